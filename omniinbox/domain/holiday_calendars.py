"""Public holidays by country, from the `holidays` package, as plain dates for a calendar.

The package is imported inside the functions: importing it pulls in `socket` (through its
dependencies), and the domain package must stay importable without any network module.
Resolve holidays once (when a calendar is loaded or its years change), not per computation.

Note on Ukraine: under martial law (since 2022) public holidays are working days, and the
package reflects that, so ``holiday_dates("UA", [2024])`` is empty; a desk that closes anyway
adds its days as custom holidays.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from omniinbox.domain.business_hours import BusinessCalendar


class UnknownCountryError(ValueError):
    pass


def _years(years: int | Iterable[int]) -> list[int]:
    return [years] if isinstance(years, int) else sorted(set(years))


def _country(country: str, years: list[int], **options: Any) -> Any:
    import holidays  # imported here on purpose: see the module docstring

    try:
        return holidays.country_holidays(country.strip().upper(), years=years, **options)
    except NotImplementedError as exc:
        raise UnknownCountryError(f"no holiday calendar for country {country!r}") from exc


def holiday_dates(
    country: str, years: int | Iterable[int], subdiv: str | None = None
) -> frozenset[date]:
    """The public holidays of ``country`` (ISO 3166 alpha-2, e.g. KZ, UZ, GE, UA) in ``years``,
    observed days and official bridge days off included."""
    return frozenset(_country(country, _years(years), subdiv=subdiv).keys())


def transferred_working_days(
    country: str, years: int | Iterable[int], subdiv: str | None = None
) -> frozenset[date]:
    """Weekend days declared working days in exchange for a bridge day off (KZ, UZ and UA do
    this: e.g. Sunday 5 January 2025 in Kazakhstan paid for Friday 3 January)."""
    wanted = _years(years)
    found = _country(country, wanted, subdiv=subdiv)
    return frozenset(d for d in getattr(found, "weekend_workdays", ()) if d.year in wanted)


def holiday_names(
    country: str, years: int | Iterable[int], language: str | None = None
) -> dict[date, str]:
    """Holiday names for display, in ``language`` where the package has it (e.g. "kk", "uk",
    "ka", "uz"), English otherwise."""
    return dict(sorted(_country(country, _years(years), language=language).items()))


def supported_countries() -> frozenset[str]:
    import holidays

    return frozenset(holidays.list_supported_countries())


def with_country_holidays(cal: BusinessCalendar, years: Iterable[int]) -> BusinessCalendar:
    """``cal`` with its country's holidays and transferred working days for ``years`` added to
    its custom ones (working weekend days open with ``extra_day_hours``)."""
    if not cal.country:
        return cal
    wanted = _years(years)
    return replace(
        cal,
        holidays=cal.holidays | holiday_dates(cal.country, wanted),
        extra_working_days=cal.extra_working_days | transferred_working_days(cal.country, wanted),
    )
