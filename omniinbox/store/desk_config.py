"""Desk configuration, kept in the store as JSON: the business calendar, the SLA policy, the
desk settings (auto-acknowledgement and CSAT per account, reopen window, bulk rates) and small
processing state (high-water marks, round-robin).

Public holidays are not stored: the calendar records its country, and `desk_calendar` adds
that country's holidays (through `holiday_calendars`) for the years a computation needs.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from omniinbox.domain import Account, Channel
from omniinbox.domain.business_hours import BusinessCalendar, format_hours, parse_hours
from omniinbox.domain.clock import from_iso
from omniinbox.domain.holiday_calendars import UnknownCountryError, with_country_holidays
from omniinbox.domain.sla import SlaPolicy, SlaTargets
from omniinbox.store.core import StoreError, dumps
from omniinbox.store.desk_categories import DeskCategoriesMixin

log = logging.getLogger(__name__)

DEFAULT_NAME = "default"
BULK_PER_MINUTE = {"email": 30, "telegram": 600, "x": 10, "other": 60}


@dataclass(frozen=True, slots=True)
class DeskSettings:
    """Workspace-wide desk behaviour. Per-account switches override the per-channel defaults;
    their keys are account ids as text (JSON object keys)."""

    reopen_window_days: float = 7.0
    ack_channels: tuple[str, ...] = ("email",)
    ack_accounts: dict[str, bool] = field(default_factory=dict)
    max_acks_per_day: int = 1  # per sender: loop protection against other auto-responders
    csat_channels: tuple[str, ...] = ("email", "telegram")
    csat_accounts: dict[str, bool] = field(default_factory=dict)
    csat_follow_up: bool = True  # ask what went wrong after a score of 1 or 2
    fresh_hours: float = 72.0  # acks and surveys only for what is newer (a closed weekend)
    own_addresses: tuple[str, ...] = ()  # besides the accounts' own addresses and handles
    default_language: str = "en"
    signature_agent_id: int | None = None  # signs acknowledgements of unassigned conversations
    bulk_per_minute: dict[str, int] = field(default_factory=lambda: dict(BULK_PER_MINUTE))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeskSettings:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for name in ("ack_channels", "csat_channels", "own_addresses"):
            if name in values:
                values[name] = tuple(values[name])
        return cls(**values)

    def _switch(
        self, account: Account, channels: tuple[str, ...], overrides: dict[str, bool]
    ) -> bool:
        if account.config.get("demo") == "true":
            return False  # the demo desk never sends anything
        if str(account.id) in overrides:
            return bool(overrides[str(account.id)])
        return account.channel.value in channels

    def ack_enabled(self, account: Account) -> bool:
        return self._switch(account, self.ack_channels, self.ack_accounts)

    def csat_enabled(self, account: Account) -> bool:
        return self._switch(account, self.csat_channels, self.csat_accounts)

    def bulk_rate(self, channel: str) -> int:
        rate = self.bulk_per_minute.get(channel) or self.bulk_per_minute.get("other") or 60
        return max(1, int(rate))


# --- JSON codecs ----------------------------------------------------------------------------


def calendar_to_json(cal: BusinessCalendar) -> dict[str, Any]:
    return {
        "tz": cal.tz,
        "weekly": [format_hours(day) for day in cal.weekly],
        "country": cal.country,
        "holidays": sorted(d.isoformat() for d in cal.holidays),
        "extra_working_days": sorted(d.isoformat() for d in cal.extra_working_days),
        "extra_day_hours": format_hours(cal.extra_day_hours),
        "name": cal.name,
    }


def calendar_from_json(data: dict[str, Any]) -> BusinessCalendar:
    return BusinessCalendar(
        tz=str(data.get("tz") or "UTC"),
        weekly=tuple(parse_hours(day) for day in data.get("weekly", [])),
        holidays=frozenset(date.fromisoformat(d) for d in data.get("holidays", [])),
        country=str(data.get("country") or ""),
        extra_working_days=frozenset(
            date.fromisoformat(d) for d in data.get("extra_working_days", [])
        ),
        extra_day_hours=parse_hours(str(data.get("extra_day_hours") or "")),
        name=str(data.get("name") or ""),
    )


_PRIORITIES = ("low", "normal", "high", "urgent")


def policy_to_json(policy: SlaPolicy) -> dict[str, Any]:
    return asdict(policy)


def policy_from_json(data: dict[str, Any]) -> SlaPolicy:
    values: dict[str, Any] = {k: v for k, v in data.items() if k not in _PRIORITIES}
    for priority in _PRIORITIES:
        if priority in data:
            values[priority] = SlaTargets(**data[priority])
    return SlaPolicy(**values)


def local_zone_name() -> str:
    """The computer's IANA time zone name where it can be told, else UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
        candidates.append(target.partition("zoneinfo/")[2])
    except OSError:
        pass
    for name in candidates:
        if not name:
            continue
        try:
            ZoneInfo(name)
            return name
        except (ValueError, KeyError, OSError):
            continue
    return "UTC"


def default_calendar() -> BusinessCalendar:
    return BusinessCalendar.office(local_zone_name(), name=DEFAULT_NAME)


@lru_cache(maxsize=32)
def _with_holidays(definition: str, years: tuple[int, ...]) -> BusinessCalendar:
    cal = calendar_from_json(json.loads(definition))
    try:
        return with_country_holidays(cal, years)
    except UnknownCountryError:
        log.warning("no public holidays known for country %r; custom days only", cal.country)
        return cal


class DeskConfigMixin(DeskCategoriesMixin):
    """Settings, calendar and SLA policy; the category tree comes from its own mixin."""

    # --- raw key/value state ----------------------------------------------------------------

    def desk_value(self, key: str, default: Any = None) -> Any:
        raw = self.scalar("SELECT value FROM desk_settings WHERE key = ?", (key,))
        return default if raw is None else json.loads(raw)

    def set_desk_value(self, key: str, value: Any) -> None:
        with self.tx():
            self.db.execute(
                "INSERT INTO desk_settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, dumps(value)),
            )

    # --- settings ---------------------------------------------------------------------------

    def desk_settings(self) -> DeskSettings:
        return DeskSettings.from_json(self.desk_value("settings", {}))

    def save_desk_settings(self, settings: DeskSettings) -> DeskSettings:
        if settings.reopen_window_days < 0:
            raise StoreError("the reopen window cannot be negative")
        if settings.max_acks_per_day < 0:
            raise StoreError("the number of acknowledgements per day cannot be negative")
        self.set_desk_value("settings", settings.to_json())
        self.audit("desk.settings", "settings")
        return settings

    def update_desk_settings(self, **changes: Any) -> DeskSettings:
        return self.save_desk_settings(replace(self.desk_settings(), **changes))

    def own_addresses(self) -> set[str]:
        """Our own addresses and handles: the desk never acknowledges them."""
        own = {a.lower() for a in self.desk_settings().own_addresses}
        for account in self.accounts():  # type: ignore[attr-defined]
            for key, value in account.config.items():
                if key in ("folder", "host", "port", "demo") or not isinstance(value, str):
                    continue
                if "@" in value or key in ("handle", "bot_username", "username", "address"):
                    own.add(value.strip().lower().lstrip("@"))
        return {a for a in own if a}

    # --- calendar and SLA policy ------------------------------------------------------------

    def business_calendar(self) -> BusinessCalendar:
        """The stored calendar as configured: custom days, no country holidays resolved."""
        raw = self.scalar("SELECT definition FROM calendars WHERE name = ?", (DEFAULT_NAME,))
        return calendar_from_json(json.loads(raw)) if raw else default_calendar()

    def set_business_calendar(self, cal: BusinessCalendar) -> BusinessCalendar:
        if cal.country:
            try:
                with_country_holidays(cal, [date.today().year])
            except UnknownCountryError as exc:
                raise StoreError(str(exc)) from None
        with self.tx():
            self.db.execute(
                "INSERT INTO calendars (name, definition) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET definition = excluded.definition",
                (DEFAULT_NAME, dumps(calendar_to_json(cal))),
            )
            self.audit("desk.calendar", cal.tz, cal.country)
        return cal

    def desk_calendar(self, years: Iterable[int]) -> BusinessCalendar:
        """The calendar with its country's public holidays for ``years`` resolved."""
        definition = dumps(calendar_to_json(self.business_calendar()))
        return _with_holidays(definition, tuple(sorted(set(years))))

    def sla_policy(self) -> SlaPolicy:
        raw = self.scalar("SELECT definition FROM sla_policies WHERE name = ?", (DEFAULT_NAME,))
        return policy_from_json(json.loads(raw)) if raw else SlaPolicy()

    def set_sla_policy(self, policy: SlaPolicy) -> SlaPolicy:
        for priority in _PRIORITIES:
            targets = policy.targets_for(priority)  # type: ignore[arg-type]
            for minutes in (targets.first_response, targets.next_response, targets.resolution):
                if minutes is not None and minutes <= 0:
                    raise StoreError("SLA targets must be positive numbers of minutes")
        with self.tx():
            self.db.execute(
                "INSERT INTO sla_policies (name, definition) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET definition = excluded.definition",
                (DEFAULT_NAME, dumps(policy_to_json(policy))),
            )
            self.audit("desk.sla_policy", policy.name)
        return policy

    def accounts_joined(self) -> dict[int, datetime]:
        """When each account was added: what its channel held before is history."""
        return {
            r[0]: from_iso(r[1]) for r in self.db.execute("SELECT id, created_at FROM accounts")
        }

    def conversation_accounts(self, ids: list[int]) -> dict[int, int | None]:
        found: dict[int, int | None] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                self.db.execute(
                    f"SELECT id, account_id FROM conversations WHERE id IN ({marks})", tuple(chunk)
                ).fetchall()
            )
        return found

    def account_channel(self, account_id: int | None) -> str:
        if account_id is None:
            return Channel.OTHER.value
        return str(
            self.scalar("SELECT channel FROM accounts WHERE id = ?", (account_id,))
            or Channel.OTHER.value
        )
