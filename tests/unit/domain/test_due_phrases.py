"""The acknowledgement's promise of an answer, in the six shipped languages."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from omniinbox.domain.business_hours import BusinessCalendar, add_business_time
from omniinbox.domain.due_phrases import LANGUAGES, due_time_text, expected_answer_phrase

ALMATY = ZoneInfo("Asia/Almaty")
CAL = BusinessCalendar.office("Asia/Almaty")


def t(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2025, 3, day, hour, minute, second, tzinfo=ALMATY)  # 3 March: a Monday


def phrases(due: datetime, now: datetime, cal: BusinessCalendar = CAL) -> dict[str, str]:
    return {lang: expected_answer_phrase(cal, due, now, lang) for lang in LANGUAGES}


def test_inside_hours_within_60_minutes() -> None:
    now = t(3, 10, 0, 3)  # the ack goes out a few seconds after the message
    due = add_business_time(CAL, t(3, 10), 60)
    assert phrases(due, now) == {
        "en": "within 60 minutes",
        "ru": "в течение 60 минут",
        "kk": "60 минут ішінде",
        "uk": "протягом 60 хвилин",
        "uz": "60 daqiqa ichida",
        "ka": "60 წუთის განმავლობაში",
    }


def test_after_hours_by_10_tomorrow() -> None:
    now = t(3, 19)
    due = add_business_time(CAL, now, 60)
    assert due == t(4, 10)
    assert phrases(due, now) == {
        "en": "by 10:00 tomorrow",
        "ru": "завтра до 10:00",
        "kk": "ертең сағат 10:00-ға дейін",
        "uk": "завтра до 10:00",
        "uz": "ertaga soat 10:00 gacha",
        "ka": "ხვალ 10:00-მდე",
    }


def test_friday_evening_by_10_on_monday() -> None:
    now = t(7, 18, 30)
    assert phrases(add_business_time(CAL, now, 60), now) == {
        "en": "by 10:00 on Monday",
        "ru": "в понедельник до 10:00",
        "kk": "дүйсенбі күні сағат 10:00-ға дейін",
        "uk": "у понеділок до 10:00",
        "uz": "dushanba kuni soat 10:00 gacha",
        "ka": "ორშაბათს 10:00-მდე",
    }


def test_before_opening_by_a_time_today() -> None:
    now = t(4, 7, 45)
    assert phrases(add_business_time(CAL, now, 60), now) == {
        "en": "by 10:00 today",
        "ru": "сегодня до 10:00",
        "kk": "бүгін сағат 10:00-ға дейін",
        "uk": "сьогодні до 10:00",
        "uz": "bugun soat 10:00 gacha",
        "ka": "დღეს 10:00-მდე",
    }


def test_a_long_holiday_names_the_date() -> None:
    nauryz = frozenset(date(2025, 3, d) for d in (21, 24, 25, 26, 27, 28))
    cal = BusinessCalendar.office("Asia/Almaty", holidays=nauryz)
    now = t(20, 18, 30)  # Thursday evening before a week off
    due = add_business_time(cal, now, 60)
    assert due == t(31, 10)
    assert phrases(due, now, cal) == {
        "en": "by 10:00 on 31 March",
        "ru": "31 марта до 10:00",
        "kk": "31 наурыз күні сағат 10:00-ға дейін",
        "uk": "31 березня до 10:00",
        "uz": "31-mart kuni soat 10:00 gacha",
        "ka": "31 მარტს 10:00-მდე",
    }


def test_inside_hours_but_far_away_gives_the_time() -> None:
    now = t(3, 10)
    due = add_business_time(CAL, now, 240)
    assert expected_answer_phrase(CAL, due, now, "en") == "by 14:00 today"
    assert expected_answer_phrase(CAL, due, now, "ru") == "сегодня до 14:00"


def test_a_promise_never_undercuts_the_due_time() -> None:
    assert expected_answer_phrase(CAL, t(3, 10, 31, 20), t(3, 10), "en") == "within 35 minutes"
    assert expected_answer_phrase(CAL, t(4, 9, 31, 20), t(3, 19), "en") == "by 09:35 tomorrow"
    assert expected_answer_phrase(CAL, t(3, 10, 0, 30), t(3, 10), "en") == "within 5 minutes"


@pytest.mark.parametrize(
    ("hour", "minute", "suffix"),
    [(10, 0, "ға"), (18, 0, "ге"), (13, 0, "ке"), (16, 0, "ға"), (12, 40, "қа"), (9, 15, "ке"),
     (11, 50, "ге"), (14, 30, "ға")],
)  # fmt: skip
def test_kazakh_dative_follows_the_last_numeral_read_aloud(
    hour: int, minute: int, suffix: str
) -> None:
    due = t(4, hour, minute)
    assert expected_answer_phrase(CAL, due, t(3, 19), "kk") == (
        f"ертең сағат {hour:02d}:{minute:02d}-{suffix} дейін"
    )


def test_an_overdue_answer_is_promised_as_soon_as_possible() -> None:
    assert phrases(t(3, 10), t(3, 11)) == {
        "en": "as soon as possible",
        "ru": "как можно скорее",
        "kk": "мүмкіндігінше тезірек",
        "uk": "якнайшвидше",
        "uz": "imkon qadar tezroq",
        "ka": "რაც შეიძლება მალე",
    }


def test_unknown_language_falls_back_to_english() -> None:
    assert expected_answer_phrase(CAL, t(4, 10), t(3, 19), "de") == "by 10:00 tomorrow"


def test_times_are_on_the_desks_wall_clock_even_across_dst() -> None:
    kyiv = ZoneInfo("Europe/Kyiv")
    cal = BusinessCalendar.office("Europe/Kyiv")
    now = datetime(2024, 3, 29, 16, 30, tzinfo=ZoneInfo("UTC"))  # Friday 18:30 in Kyiv (EET)
    due = add_business_time(cal, now, 60)
    assert due.astimezone(kyiv) == datetime(2024, 4, 1, 10, tzinfo=kyiv)  # EEST by then
    assert expected_answer_phrase(cal, due, now, "uk") == "у понеділок до 10:00"


def test_due_time_text_for_the_template_variable() -> None:
    assert due_time_text(CAL, t(3, 14), t(3, 10)) == "14:00"
    assert due_time_text(CAL, t(4, 9, 31), t(3, 19)) == "09:35, 04.03"
