"""Business-time arithmetic: weekends, lunch breaks, night shifts, holidays of KZ/UZ/GE/UA from the
`holidays` package, DST in Europe/Kyiv and America/New_York, inputs in other time zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omniinbox.domain.business_hours import (
    BusinessCalendar,
    NeverOpenError,
    add_business_time,
    business_minutes_between,
    closing_time,
    format_hours,
    is_open,
    next_open,
    parse_hours,
)
from omniinbox.domain.holiday_calendars import (
    UnknownCountryError,
    holiday_dates,
    holiday_names,
    transferred_working_days,
    with_country_holidays,
)

ALMATY = ZoneInfo("Asia/Almaty")
TASHKENT = ZoneInfo("Asia/Tashkent")
TBILISI = ZoneInfo("Asia/Tbilisi")
KYIV = ZoneInfo("Europe/Kyiv")
NEW_YORK = ZoneInfo("America/New_York")

CLOSED: tuple[tuple[time, time], ...] = ()


def at(zone: ZoneInfo, year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone)


def week(**days: str) -> tuple[tuple[tuple[time, time], ...], ...]:
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    return tuple(parse_hours(days.get(n, "")) for n in names)


# --- the basics --------------------------------------------------------------------------------


def test_inside_hours_the_due_time_is_plain_addition() -> None:
    cal = BusinessCalendar.office("Asia/Almaty")
    assert add_business_time(cal, at(ALMATY, 2025, 3, 3, 10, 0), 60) == at(ALMATY, 2025, 3, 3, 11)


def test_friday_evening_rolls_over_the_weekend() -> None:
    cal = BusinessCalendar.office("Asia/Almaty")
    friday = at(ALMATY, 2025, 3, 7, 17, 30)  # 30 minutes left on Friday
    assert add_business_time(cal, friday, 60) == at(ALMATY, 2025, 3, 10, 9, 30)
    assert business_minutes_between(cal, friday, at(ALMATY, 2025, 3, 10, 9, 30)) == 60


def test_a_message_on_saturday_waits_for_monday() -> None:
    cal = BusinessCalendar.office("Asia/Almaty")
    saturday = at(ALMATY, 2025, 3, 8, 12)
    assert not is_open(cal, saturday)
    assert next_open(cal, saturday) == at(ALMATY, 2025, 3, 10, 9)
    assert add_business_time(cal, saturday, 60) == at(ALMATY, 2025, 3, 10, 10)


def test_opening_is_open_and_closing_is_closed() -> None:
    cal = BusinessCalendar.office("Asia/Almaty")
    assert is_open(cal, at(ALMATY, 2025, 3, 3, 9))
    assert not is_open(cal, at(ALMATY, 2025, 3, 3, 18))
    assert next_open(cal, at(ALMATY, 2025, 3, 3, 12)) == at(ALMATY, 2025, 3, 3, 12)


def test_time_running_out_at_closing_gives_the_closing_time() -> None:
    cal = BusinessCalendar.office("Asia/Almaty")
    assert add_business_time(cal, at(ALMATY, 2025, 3, 3, 17), 60) == at(ALMATY, 2025, 3, 3, 18)


def test_inputs_in_utc_give_results_in_utc_on_the_desks_hours() -> None:
    cal = BusinessCalendar.office("Asia/Almaty")  # UTC+5
    start = datetime(2025, 3, 3, 3, 0, tzinfo=UTC)  # 08:00 in Almaty: not open yet
    due = add_business_time(cal, start, 60)
    assert due == datetime(2025, 3, 3, 5, 0, tzinfo=UTC)  # 10:00 in Almaty
    assert due.tzinfo is UTC
    tokyo = ZoneInfo("Asia/Tokyo")  # an agent's laptop elsewhere: UTC+9
    assert add_business_time(cal, at(tokyo, 2025, 3, 3, 12), 60) == at(ALMATY, 2025, 3, 3, 10)


def test_lunch_break_is_not_business_time() -> None:
    cal = BusinessCalendar("Asia/Tashkent", week(mon="09:00-13:00, 14:00-18:00"))
    assert add_business_time(cal, at(TASHKENT, 2025, 3, 3, 12, 30), 60) == at(
        TASHKENT, 2025, 3, 3, 14, 30
    )
    assert not is_open(cal, at(TASHKENT, 2025, 3, 3, 13, 30))
    assert (
        business_minutes_between(cal, at(TASHKENT, 2025, 3, 3, 12), at(TASHKENT, 2025, 3, 3, 15))
        == 120
    )


def test_reversed_interval_is_negative_and_empty_is_zero() -> None:
    cal = BusinessCalendar.office("Asia/Almaty")
    a, b = at(ALMATY, 2025, 3, 3, 10), at(ALMATY, 2025, 3, 3, 12)
    assert business_minutes_between(cal, b, a) == -120
    assert business_minutes_between(cal, a, a) == 0
    assert add_business_time(cal, a, 0) == a


def test_three_weeks_of_business_time_end_on_the_third_friday_evening() -> None:
    cal = BusinessCalendar.office("Asia/Almaty")
    monday = at(ALMATY, 2025, 2, 3, 9)
    minutes = 3 * 5 * 9 * 60
    assert add_business_time(cal, monday, minutes) == at(ALMATY, 2025, 2, 21, 18)
    assert business_minutes_between(cal, monday, at(ALMATY, 2025, 2, 24, 9)) == minutes


def test_a_year_of_business_time_is_quick_and_exact() -> None:
    cal = BusinessCalendar.office("Europe/Kyiv")
    start = at(KYIV, 2024, 1, 1, 9)
    due = add_business_time(cal, start, 250 * 9 * 60)  # 250 working days
    assert business_minutes_between(cal, start, due) == 250 * 9 * 60
    assert due == at(KYIV, 2024, 12, 13, 18)  # 50 whole weeks from Monday 1 January


def test_always_open_counts_every_minute() -> None:
    cal = BusinessCalendar.always_open("Asia/Almaty")
    start = datetime(2025, 1, 1, tzinfo=UTC)
    assert add_business_time(cal, start, 30 * 24 * 60) == datetime(2025, 1, 31, tzinfo=UTC)
    assert closing_time(cal, start) is not None  # far away, but named


def test_closing_time_joins_adjacent_ranges() -> None:
    cal = BusinessCalendar("Asia/Almaty", week(mon="09:00-13:00, 13:00-18:00"))
    assert closing_time(cal, at(ALMATY, 2025, 3, 3, 10)) == at(ALMATY, 2025, 3, 3, 18)
    assert closing_time(cal, at(ALMATY, 2025, 3, 3, 20)) is None


# --- overnight ranges --------------------------------------------------------------------------


NIGHT_DESK = BusinessCalendar(
    "Asia/Almaty", week(mon="22:00-06:00", tue="22:00-06:00", wed="22:00-06:00",
                        thu="22:00-06:00", fri="22:00-06:00")
)  # fmt: skip


def test_night_shift_runs_past_midnight() -> None:
    assert add_business_time(NIGHT_DESK, at(ALMATY, 2025, 3, 3, 23), 60) == at(
        ALMATY, 2025, 3, 4, 0
    )
    assert add_business_time(NIGHT_DESK, at(ALMATY, 2025, 3, 4, 5, 30), 60) == at(
        ALMATY, 2025, 3, 4, 22, 30
    )


def test_fridays_night_shift_belongs_to_friday_and_ends_on_saturday() -> None:
    assert is_open(NIGHT_DESK, at(ALMATY, 2025, 3, 8, 5))  # Saturday 05:00
    assert not is_open(NIGHT_DESK, at(ALMATY, 2025, 3, 8, 7))
    assert not is_open(NIGHT_DESK, at(ALMATY, 2025, 3, 3, 3))  # Monday 03:00: Sunday has none
    assert next_open(NIGHT_DESK, at(ALMATY, 2025, 3, 8, 7)) == at(ALMATY, 2025, 3, 10, 22)


def test_a_holiday_closes_the_shift_that_starts_on_it_not_the_one_running_into_it() -> None:
    cal = BusinessCalendar(NIGHT_DESK.tz, NIGHT_DESK.weekly, holidays=frozenset({date(2025, 3, 4)}))
    assert is_open(cal, at(ALMATY, 2025, 3, 4, 2))  # Monday's shift, into Tuesday the holiday
    assert not is_open(cal, at(ALMATY, 2025, 3, 4, 23))  # Tuesday's own shift is off
    assert not is_open(cal, at(ALMATY, 2025, 3, 5, 2))


def test_overlapping_ranges_are_not_counted_twice() -> None:
    cal = BusinessCalendar(
        "Asia/Almaty", week(mon="09:00-18:00, 17:00-20:00, 20:00-02:00", tue="00:00-04:00")
    )
    # Monday 09:00 to Tuesday 04:00 without a gap: 19 hours, each counted once.
    start = at(ALMATY, 2025, 3, 3, 0)
    assert business_minutes_between(cal, start, at(ALMATY, 2025, 3, 5)) == 19 * 60
    assert add_business_time(cal, start, 19 * 60) == at(ALMATY, 2025, 3, 4, 4)


def test_whole_day_range_is_midnight_to_midnight() -> None:
    cal = BusinessCalendar("Asia/Almaty", week(sat="00:00-24:00"))
    saturday = at(ALMATY, 2025, 3, 8)
    assert business_minutes_between(cal, saturday, saturday + timedelta(days=7)) == 24 * 60


# --- DST ---------------------------------------------------------------------------------------


def test_kyiv_office_hours_keep_their_wall_clock_across_spring_forward() -> None:
    cal = BusinessCalendar.office("Europe/Kyiv")
    due = add_business_time(cal, at(KYIV, 2024, 3, 29, 17, 30), 60)  # Friday, still EET
    assert due == at(KYIV, 2024, 4, 1, 9, 30)
    assert due.utcoffset() == timedelta(hours=3)  # EEST now
    assert due.astimezone(UTC) == datetime(2024, 4, 1, 6, 30, tzinfo=UTC)


def test_kyiv_days_of_23_and_25_hours() -> None:
    cal = BusinessCalendar.always_open("Europe/Kyiv")
    spring, autumn = at(KYIV, 2024, 3, 30, 12), at(KYIV, 2024, 10, 26, 12)
    assert business_minutes_between(cal, spring, at(KYIV, 2024, 3, 31, 12)) == 23 * 60
    assert business_minutes_between(cal, autumn, at(KYIV, 2024, 10, 27, 12)) == 25 * 60
    assert add_business_time(cal, spring, 24 * 60) == at(KYIV, 2024, 3, 31, 13)


def test_kyiv_night_shift_over_the_clock_change_is_shorter_or_longer() -> None:
    cal = BusinessCalendar("Europe/Kyiv", week(sat="22:00-06:00"))

    def week_from(month: int, day: int) -> float:
        monday = at(KYIV, 2024, month, day)
        return business_minutes_between(cal, monday, monday + timedelta(days=7))

    assert week_from(3, 25) == 7 * 60  # spring forward: the night loses an hour
    assert week_from(10, 21) == 9 * 60  # fall back: the night gains one
    assert week_from(6, 3) == 8 * 60


def test_a_range_that_starts_in_the_skipped_hour_opens_at_the_jump() -> None:
    cal = BusinessCalendar("Europe/Kyiv", week(sun="03:30-05:00"))  # 03:00-04:00 does not exist
    sunday = at(KYIV, 2024, 3, 31, 0)
    assert next_open(cal, sunday) == at(KYIV, 2024, 3, 31, 4, 0)
    assert business_minutes_between(cal, sunday, sunday + timedelta(days=1)) == 60
    new_york = BusinessCalendar("America/New_York", week(sun="02:30-04:00"))
    assert next_open(new_york, at(NEW_YORK, 2024, 3, 10, 0)) == at(NEW_YORK, 2024, 3, 10, 3)


def test_a_range_that_starts_in_the_repeated_hour_starts_at_its_first_occurrence() -> None:
    cal = BusinessCalendar("Europe/Kyiv", week(sun="03:30-05:00"))  # 03:00-04:00 happens twice
    sunday = at(KYIV, 2024, 10, 27, 0)
    assert next_open(cal, sunday).astimezone(UTC) == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)
    assert business_minutes_between(cal, sunday, sunday + timedelta(days=1)) == 150


def test_new_york_spring_forward_and_fall_back() -> None:
    office = BusinessCalendar.office("America/New_York")
    due = add_business_time(office, at(NEW_YORK, 2024, 3, 8, 17, 30), 60)
    assert due == at(NEW_YORK, 2024, 3, 11, 9, 30)
    assert due.astimezone(UTC).hour == 13  # EDT, UTC-4
    always = BusinessCalendar.always_open("America/New_York")
    nov2 = at(NEW_YORK, 2024, 11, 2, 12)
    assert business_minutes_between(always, nov2, at(NEW_YORK, 2024, 11, 3, 12)) == 25 * 60


# --- holidays ----------------------------------------------------------------------------------


def test_kazakhstan_nauryz_closes_the_desk_for_days() -> None:
    kz = holiday_dates("KZ", 2025)
    assert {date(2025, 3, 21), date(2025, 3, 24), date(2025, 3, 25)} <= kz
    cal = BusinessCalendar.office("Asia/Almaty", holidays=kz, country="KZ")
    thursday = at(ALMATY, 2025, 3, 20, 17, 30)
    assert add_business_time(cal, thursday, 60) == at(ALMATY, 2025, 3, 26, 9, 30)


def test_kazakhstan_new_year_and_the_working_sunday_that_pays_for_the_bridge_day() -> None:
    assert transferred_working_days("KZ", 2025) == {date(2025, 1, 5)}
    cal = with_country_holidays(BusinessCalendar.office("Asia/Almaty", country="KZ"), [2024, 2025])
    assert date(2025, 1, 3) in cal.holidays  # the Friday bridge day off
    new_years_eve = at(ALMATY, 2024, 12, 31, 17, 30)
    assert add_business_time(cal, new_years_eve, 60) == at(ALMATY, 2025, 1, 5, 9, 30)


def test_uzbekistan_navruz() -> None:
    uz = holiday_dates("UZ", [2025])
    assert date(2025, 3, 21) in uz
    cal = BusinessCalendar.office("Asia/Tashkent", holidays=uz)
    assert add_business_time(cal, at(TASHKENT, 2025, 3, 20, 17, 30), 60) == at(
        TASHKENT, 2025, 3, 24, 9, 30
    )


def test_georgian_orthodox_easter_weekend() -> None:
    ge = holiday_dates("GE", 2025)
    assert {date(2025, 4, 18), date(2025, 4, 21)} <= ge
    cal = BusinessCalendar.office("Asia/Tbilisi", holidays=ge)
    assert add_business_time(cal, at(TBILISI, 2025, 4, 17, 17, 30), 60) == at(
        TBILISI, 2025, 4, 22, 9, 30
    )
    assert "ქრისტეშობა" in holiday_names("GE", 2025, "ka").values()


def test_ukraine_independence_day_before_martial_law_and_none_since() -> None:
    ua = holiday_dates("UA", 2021)
    assert {date(2021, 8, 23), date(2021, 8, 24)} <= ua  # bridge Monday + Independence Day
    cal = with_country_holidays(BusinessCalendar.office("Europe/Kyiv", country="UA"), [2021])
    assert add_business_time(cal, at(KYIV, 2021, 8, 20, 17, 30), 60) == at(KYIV, 2021, 8, 25, 9, 30)
    # Saturday 28 August 2021 was a working day in exchange for the Monday.
    assert add_business_time(cal, at(KYIV, 2021, 8, 27, 17, 30), 60) == at(KYIV, 2021, 8, 28, 9, 30)
    assert holiday_dates("UA", 2024) == frozenset()  # holidays are working days under martial law


def test_custom_holiday_and_extra_working_day() -> None:
    cal = BusinessCalendar.office(
        "Asia/Almaty",
        holidays=frozenset({date(2025, 3, 3)}),  # the shop's own day off, a Monday
        extra_working_days=frozenset({date(2025, 3, 8), date(2025, 3, 9)}),
        extra_day_hours=parse_hours("10:00-14:00"),
    )
    assert not is_open(cal, at(ALMATY, 2025, 3, 3, 12))
    assert is_open(cal, at(ALMATY, 2025, 3, 8, 12)) and not is_open(cal, at(ALMATY, 2025, 3, 8, 15))
    both = BusinessCalendar.office(
        "Asia/Almaty",
        holidays=frozenset({date(2025, 3, 3)}),
        extra_working_days=frozenset({date(2025, 3, 3)}),
    )
    assert is_open(both, at(ALMATY, 2025, 3, 3, 12))  # an explicit working day wins


def test_extra_working_day_defaults_to_mondays_hours() -> None:
    cal = BusinessCalendar.office("Asia/Almaty", extra_working_days=frozenset({date(2025, 3, 8)}))
    assert cal.hours_on(date(2025, 3, 8)) == parse_hours("09:00-18:00")


def test_unknown_country_is_a_clear_error() -> None:
    with pytest.raises(UnknownCountryError, match="XX"):
        holiday_dates("XX", 2025)


def test_with_country_holidays_needs_a_country() -> None:
    cal = BusinessCalendar.office("Asia/Almaty")
    assert with_country_holidays(cal, [2025]) is cal


# --- bad input ---------------------------------------------------------------------------------


def test_bad_input_is_refused_with_a_reason() -> None:
    cal = BusinessCalendar.office("Asia/Almaty")
    with pytest.raises(ValueError, match="aware"):
        add_business_time(cal, datetime(2025, 3, 3, 10), 60)
    with pytest.raises(ValueError, match="negative"):
        add_business_time(cal, at(ALMATY, 2025, 3, 3, 10), -1)
    with pytest.raises(ValueError, match="time zone"):
        BusinessCalendar("Mars/Olympus_Mons")
    with pytest.raises(ValueError, match="7 days"):
        BusinessCalendar("UTC", (CLOSED,) * 5)
    with pytest.raises(NeverOpenError):
        add_business_time(BusinessCalendar("UTC", (CLOSED,) * 7), at(ALMATY, 2025, 3, 3), 1)


@pytest.mark.parametrize("text", ["9-18", "09:00", "25:00-26:00", "09:00-18:61", "nine to six"])
def test_parse_hours_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValueError):
        parse_hours(text)


def test_parse_and_format_hours_round_trip() -> None:
    hours = parse_hours(" 09:00-13:00 , 14:00–18:00, 22:00-24:00 ")
    assert hours == ((time(9), time(13)), (time(14), time(18)), (time(22), time(0)))
    assert format_hours(hours) == "09:00-13:00, 14:00-18:00, 22:00-00:00"
    assert parse_hours("") == ()


# --- properties --------------------------------------------------------------------------------

CALENDARS = [
    BusinessCalendar("Europe/Kyiv", week(mon="09:00-13:00, 14:00-18:00", tue="09:00-18:00",
                                         wed="09:00-18:00", thu="09:00-18:00", fri="09:00-17:00",
                                         sat="22:00-06:00")),
    BusinessCalendar.office("America/New_York", "08:30-17:30", days=6),
    NIGHT_DESK,
    BusinessCalendar.office("Asia/Almaty", holidays=holiday_dates("KZ", [2024, 2025])),
    BusinessCalendar.always_open("Europe/Kyiv"),
]  # fmt: skip

# Minutes of 2024-2025 in UTC, with extra weight on the weeks around DST changes.
moments = st.one_of(
    st.integers(0, 2 * 365 * 24 * 60),
    st.sampled_from([date(2024, 3, 30), date(2024, 10, 26), date(2024, 3, 9), date(2024, 11, 2)])
    .flatmap(lambda d: st.integers(-3 * 24 * 60, 3 * 24 * 60).map(lambda m: (d, m)))
    .map(lambda dm: (dm[0] - date(2024, 1, 1)).days * 24 * 60 + dm[1]),
).map(lambda m: datetime(2024, 1, 1, tzinfo=UTC) + timedelta(minutes=m))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CALENDARS), moments, st.integers(0, 30_000))
def test_adding_then_measuring_gives_back_the_minutes(
    cal: BusinessCalendar, start: datetime, minutes: int
) -> None:
    due = add_business_time(cal, start, minutes)
    assert due >= start
    assert business_minutes_between(cal, start, due) == minutes
    if minutes:
        assert is_open(cal, due - timedelta(seconds=1))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(CALENDARS), moments, st.floats(0, 5000, allow_nan=False))
def test_fractional_minutes_round_trip_to_the_microsecond(
    cal: BusinessCalendar, start: datetime, minutes: float
) -> None:
    due = add_business_time(cal, start.astimezone(KYIV), minutes)
    assert business_minutes_between(cal, start, due) == pytest.approx(minutes, abs=1e-6)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(CALENDARS), moments)
def test_next_open_is_open_and_nothing_before_it_is(
    cal: BusinessCalendar, moment: datetime
) -> None:
    opening = next_open(cal, moment)
    assert is_open(cal, opening)
    assert opening == moment or business_minutes_between(cal, moment, opening) == 0


def _oracle_open(cal: BusinessCalendar, moment: datetime) -> bool:
    """Open by the wall-clock reading of the rules, minute by minute: the slow, obvious way."""
    local = moment.astimezone(cal.zone)
    today, now = local.date(), local.time()
    for start, end in cal.hours_on(today):
        if (start <= now < end) if end > start else now >= start:
            return True
    return any(end <= start and now < end for start, end in cal.hours_on(today - timedelta(days=1)))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(CALENDARS), moments, st.integers(1, 3 * 24 * 60))
def test_business_minutes_agree_with_counting_open_minutes(
    cal: BusinessCalendar, start: datetime, span: int
) -> None:
    end = start + timedelta(minutes=span)
    counted = sum(_oracle_open(cal, start + timedelta(minutes=m)) for m in range(span))
    assert business_minutes_between(cal, start, end) == counted
