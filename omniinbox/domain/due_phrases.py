"""When to expect an answer, as a phrase that fits "We will answer you {due_phrase}." in each
shipped language: "within 60 minutes" while the desk is open and the answer is near, otherwise
"by 10:00 tomorrow", "by 10:00 on Monday", "by 10:00 on 27 March" on the desk's wall clock.

Promises never undercut the due time: minutes and clock times are rounded up to 5 minutes.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from omniinbox.domain.business_hours import BusinessCalendar, is_open

LANGUAGES = ("en", "ru", "kk", "uk", "uz", "ka")
NEAR = timedelta(minutes=90)  # inside hours and at most this far: "within N minutes"

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ru": (
        "в понедельник",
        "во вторник",
        "в среду",
        "в четверг",
        "в пятницу",
        "в субботу",
        "в воскресенье",
    ),
    "uk": (
        "у понеділок",
        "у вівторок",
        "у середу",
        "у четвер",
        "у п’ятницю",
        "у суботу",
        "у неділю",
    ),
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
    "uz": ("dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba", "yakshanba"),
    "ka": ("ორშაბათს", "სამშაბათს", "ოთხშაბათს", "ხუთშაბათს", "პარასკევს", "შაბათს", "კვირას"),
}

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
    "uz": "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr",
    "ka": "იანვარს თებერვალს მარტს აპრილს მაისს ივნისს ივლისს აგვისტოს სექტემბერს ოქტომბერს "
    "ნოემბერს დეკემბერს",
}

# Kazakh dative after a clock time follows the last numeral read aloud: 10:00 "онға", 18:00
# "сегізге", 13:00 "үшке", 12:40 "қырыққа".
_KK_UNITS = {
    0: "ге",
    1: "ге",
    2: "ге",
    3: "ке",
    4: "ке",
    5: "ке",
    6: "ға",
    7: "ге",
    8: "ге",
    9: "ға",
}
_KK_TENS = {1: "ға", 2: "ға", 3: "ға", 4: "қа", 5: "ге"}


def _kk_dative(hour: int, minute: int) -> str:
    number = minute or hour
    if number % 10 or number == 0:
        return _KK_UNITS[number % 10]
    return _KK_TENS[number // 10]


def _plural_genitive(n: int, one: str, many: str) -> str:
    """Russian and Ukrainian genitive after "в течение" / "протягом": 21 минуты, 25 минут."""
    return one if n % 10 == 1 and n % 100 != 11 else many


def _within(lang: str, n: int) -> str:
    if lang == "ru":
        return f"в течение {n} {_plural_genitive(n, 'минуты', 'минут')}"
    if lang == "uk":
        return f"протягом {n} {_plural_genitive(n, 'хвилини', 'хвилин')}"
    if lang == "kk":
        return f"{n} минут ішінде"
    if lang == "uz":
        return f"{n} daqiqa ichida"
    if lang == "ka":
        return f"{n} წუთის განმავლობაში"
    return f"within {n} minute{'' if n == 1 else 's'}"


_ASAP = {
    "en": "as soon as possible",
    "ru": "как можно скорее",
    "uk": "якнайшвидше",
    "kk": "мүмкіндігінше тезірек",
    "uz": "imkon qadar tezroq",
    "ka": "რაც შეიძლება მალე",
}

# Per language: (today, tomorrow, on a weekday, on a date); {t} time, {w} weekday, {d} day, {m} month.
_BY = {
    "en": ("by {t} today", "by {t} tomorrow", "by {t} on {w}", "by {t} on {d} {m}"),
    "ru": ("сегодня до {t}", "завтра до {t}", "{w} до {t}", "{d} {m} до {t}"),
    "uk": ("сьогодні до {t}", "завтра до {t}", "{w} до {t}", "{d} {m} до {t}"),
    "kk": (
        "бүгін сағат {t}-{k} дейін",
        "ертең сағат {t}-{k} дейін",
        "{w} күні сағат {t}-{k} дейін",
        "{d} {m} күні сағат {t}-{k} дейін",
    ),
    "uz": (
        "bugun soat {t} gacha",
        "ertaga soat {t} gacha",
        "{w} kuni soat {t} gacha",
        "{d}-{m} kuni soat {t} gacha",
    ),
    "ka": ("დღეს {t}-მდე", "ხვალ {t}-მდე", "{w} {t}-მდე", "{d} {m} {t}-მდე"),
}


def _round_up(moment: datetime, minutes: int = 5) -> datetime:
    step = timedelta(minutes=minutes)
    floor = moment.replace(minute=moment.minute - moment.minute % minutes, second=0, microsecond=0)
    return floor if floor == moment else floor + step


def expected_answer_phrase(cal: BusinessCalendar, due: datetime, now: datetime, lang: str) -> str:
    """The phrase for a due time seen from ``now``; unknown languages get English."""
    lang = lang if lang in _BY else "en"
    left = due - now
    if left <= timedelta():
        return _ASAP[lang]
    if left <= NEAR and is_open(cal, now):
        return _within(lang, max(5, 5 * math.ceil(left.total_seconds() / 300)))
    local_due = _round_up(cal.local(due))
    days = (local_due.date() - cal.local(now).date()).days
    today, tomorrow, weekday, dated = _BY[lang]
    pattern = today if days == 0 else tomorrow if days == 1 else weekday if days < 7 else dated
    return pattern.format(
        t=f"{local_due:%H:%M}",
        k=_kk_dative(local_due.hour, local_due.minute),
        w=_WEEKDAYS[lang][local_due.weekday()],
        d=local_due.day,
        m=_MONTHS[lang].split()[local_due.month - 1],
    )


def due_time_text(cal: BusinessCalendar, due: datetime, now: datetime) -> str:
    """A language-neutral due time for the {due_time} variable: "10:00" today, else
    "10:00, 27.03"; on the desk's wall clock, rounded up to 5 minutes."""
    local_due = _round_up(cal.local(due))
    if local_due.date() == cal.local(now).date():
        return f"{local_due:%H:%M}"
    return f"{local_due:%H:%M}, {local_due:%d.%m}"
