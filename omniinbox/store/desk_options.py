"""Desk settings as ``key value`` pairs, for `omniinbox desk show|set` and settings screens.

Keys (values are case-insensitive yes/no words where a switch is meant):

  calendar.tz ZONE                 calendar.mon ... calendar.sun "09:00-13:00, 14:00-18:00"|""
  calendar.country CC|""           calendar.holiday.add|remove DATE   calendar.workday.add|remove DATE
  sla.first_response|next_response|resolution MINUTES|none   (every priority)
  sla.PRIORITY.TARGET MINUTES|none sla.pause_while_pending yes|no
  sla.due_soon_minutes N|none      sla.due_soon_fraction 0.8|none
  ack.channel.CHANNEL on|off       ack.account.NAME on|off|default   ack.max_per_day N
  csat.channel.CHANNEL on|off      csat.account.NAME on|off|default  csat.follow_up on|off
  reopen_window_days N             fresh_hours N        language.default CODE
  signature.agent NAME|none        bulk.rate.CHANNEL N  own_address.add|remove ADDRESS
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from omniinbox.domain import Channel
from omniinbox.domain.business_hours import format_hours, parse_hours
from omniinbox.domain.sla import SlaTargets, Target
from omniinbox.store.core import StoreBase, StoreError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PRIORITIES = ("low", "normal", "high", "urgent")
TARGETS = tuple(t.value for t in Target)
_ON = {
    "on": True,
    "yes": True,
    "true": True,
    "1": True,
    "off": False,
    "no": False,
    "false": False,
    "0": False,
}


def _switch(value: str) -> bool:
    try:
        return _ON[value.strip().lower()]
    except KeyError:
        raise StoreError(f"expected on or off, not {value!r}") from None


def _number(value: str, *, optional: bool = False) -> float | None:
    if optional and value.strip().lower() in ("none", "off", "", "-"):
        return None
    try:
        number = float(value)
    except ValueError:
        raise StoreError(f"expected a number, not {value!r}") from None
    if number < 0:
        raise StoreError(f"expected a positive number, not {value!r}")
    return int(number) if number.is_integer() else number


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise StoreError(f"expected a date like 2026-12-31, not {value!r}") from None


def _shown(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


class DeskOptionsMixin(StoreBase):
    def desk_options(self) -> dict[str, str]:
        """Every setting as ``key -> value`` text, in a stable order."""
        cal = self.business_calendar()  # type: ignore[attr-defined]
        policy = self.sla_policy()  # type: ignore[attr-defined]
        s = self.desk_settings()  # type: ignore[attr-defined]
        out = {"calendar.tz": cal.tz, "calendar.country": cal.country or '""'}
        out.update(
            {
                f"calendar.{d}": format_hours(h) or '""'
                for d, h in zip(DAYS, cal.weekly, strict=True)
            }
        )
        out["calendar.holidays"] = ", ".join(sorted(d.isoformat() for d in cal.holidays)) or "none"
        out["calendar.workdays"] = (
            ", ".join(sorted(d.isoformat() for d in cal.extra_working_days)) or "none"
        )
        for p in PRIORITIES:
            targets = policy.targets_for(p)
            for t in TARGETS:
                out[f"sla.{p}.{t}"] = _shown(getattr(targets, t))
        out["sla.pause_while_pending"] = _shown(policy.pause_while_pending)
        out["sla.due_soon_minutes"] = _shown(policy.due_soon_minutes)
        out["sla.due_soon_fraction"] = _shown(policy.due_soon_fraction)
        accounts = self.accounts()  # type: ignore[attr-defined]
        for c in Channel:
            out[f"ack.channel.{c.value}"] = _shown(c.value in s.ack_channels)
        for a in accounts:
            out[f"ack.account.{a.name}"] = _shown(s.ack_enabled(a))
        out["ack.max_per_day"] = str(s.max_acks_per_day)
        for c in Channel:
            out[f"csat.channel.{c.value}"] = _shown(c.value in s.csat_channels)
        for a in accounts:
            out[f"csat.account.{a.name}"] = _shown(s.csat_enabled(a))
        out["csat.follow_up"] = _shown(s.csat_follow_up)
        out["reopen_window_days"] = _shown(s.reopen_window_days)
        out["fresh_hours"] = _shown(s.fresh_hours)
        out["language.default"] = s.default_language
        signer = s.signature_agent_id
        out["signature.agent"] = self._author(signer) if signer else "none"
        for channel, rate in sorted(s.bulk_per_minute.items()):
            out[f"bulk.rate.{channel}"] = str(rate)
        out["own_addresses"] = ", ".join(s.own_addresses) or "none"
        return out

    def set_desk_option(self, key: str, value: str) -> None:
        """Change one setting; StoreError with a sentence when the key or value is wrong."""
        parts = key.strip().lower().split(".")
        head = parts[0]
        if head == "calendar":
            self._set_calendar(parts[1:], value)
        elif head == "sla":
            self._set_sla(parts[1:], value)
        elif head in ("ack", "csat") and len(parts) >= 2:
            self._set_switch(head, parts[1:], key, value)
        else:
            self._set_general(key.strip(), value)

    def _set_calendar(self, parts: list[str], value: str) -> None:
        cal = self.business_calendar()  # type: ignore[attr-defined]
        name = ".".join(parts)
        try:
            if name == "tz":
                cal = replace(cal, tz=value.strip())
            elif name == "country":
                cal = replace(cal, country=value.strip().upper())
            elif name in DAYS:
                weekly = list(cal.weekly)
                weekly[DAYS.index(name)] = parse_hours(value)
                cal = replace(cal, weekly=tuple(weekly))
            elif name in ("holiday.add", "holiday.remove", "workday.add", "workday.remove"):
                kind, action = parts
                attr = "holidays" if kind == "holiday" else "extra_working_days"
                days = set(getattr(cal, attr))
                days = days | {_date(value)} if action == "add" else days - {_date(value)}
                cal = replace(cal, **{attr: frozenset(days)})
            else:
                raise StoreError(f"unknown calendar setting {name!r}")
        except ValueError as exc:
            if isinstance(exc, StoreError):
                raise
            raise StoreError(str(exc)) from None
        self.set_business_calendar(cal)  # type: ignore[attr-defined]

    def _set_sla(self, parts: list[str], value: str) -> None:
        policy = self.sla_policy()  # type: ignore[attr-defined]
        if parts == ["pause_while_pending"]:
            policy = replace(policy, pause_while_pending=_switch(value))
        elif parts in (["due_soon_minutes"], ["due_soon_fraction"]):
            policy = replace(policy, **{parts[0]: _number(value, optional=True)})
        elif len(parts) in (1, 2) and parts[-1] in TARGETS:
            priorities = PRIORITIES if len(parts) == 1 else (parts[0],)
            if priorities[0] not in PRIORITIES:
                raise StoreError(f"{parts[0]!r} is not a priority ({', '.join(PRIORITIES)})")
            minutes = _number(value, optional=True)
            for p in priorities:
                targets: SlaTargets = getattr(policy, p)
                policy = replace(policy, **{p: replace(targets, **{parts[-1]: minutes})})
        else:
            raise StoreError(f"unknown SLA setting {'.'.join(parts)!r}")
        self.set_sla_policy(policy)  # type: ignore[attr-defined]

    def _set_switch(self, head: str, parts: list[str], key: str, value: str) -> None:
        s = self.desk_settings()  # type: ignore[attr-defined]
        if parts == ["max_per_day"] and head == "ack":
            self.update_desk_settings(max_acks_per_day=int(_number(value) or 0))  # type: ignore[attr-defined]
            return
        if parts == ["follow_up"] and head == "csat":
            self.update_desk_settings(csat_follow_up=_switch(value))  # type: ignore[attr-defined]
            return
        target = ".".join(parts[1:])
        if parts[0] == "channel" and target in Channel._value2member_map_:
            channels = set(getattr(s, f"{head}_channels"))
            channels = channels | {target} if _switch(value) else channels - {target}
            self.update_desk_settings(**{f"{head}_channels": tuple(sorted(channels))})  # type: ignore[attr-defined]
            return
        if parts[0] == "account" and target:
            original = key.strip().split(".", 2)[2]  # account names keep their case
            account = self.account_by_name(original)  # type: ignore[attr-defined]
            overrides = dict(getattr(s, f"{head}_accounts"))
            if value.strip().lower() == "default":
                overrides.pop(str(account.id), None)
            else:
                overrides[str(account.id)] = _switch(value)
            self.update_desk_settings(**{f"{head}_accounts": overrides})  # type: ignore[attr-defined]
            return
        raise StoreError(f"unknown setting {key!r}")

    def _set_general(self, key: str, value: str) -> None:
        s = self.desk_settings()  # type: ignore[attr-defined]
        lower = key.lower()
        update = self.update_desk_settings  # type: ignore[attr-defined]
        if lower in ("reopen_window_days", "fresh_hours"):
            update(**{lower: float(_number(value) or 0)})
        elif lower == "language.default":
            update(default_language=value.strip().lower() or "en")
        elif lower == "signature.agent":
            agent = None
            if value.strip().lower() not in ("none", ""):
                agent = self._agent_named(value)
            update(signature_agent_id=agent)
        elif lower.startswith("bulk.rate."):
            rates = dict(s.bulk_per_minute)
            rates[lower.removeprefix("bulk.rate.")] = max(1, int(_number(value) or 1))
            update(bulk_per_minute=rates)
        elif lower in ("own_address.add", "own_address.remove"):
            own = set(s.own_addresses)
            address = value.strip().lower()
            own = own | {address} if lower.endswith("add") else own - {address}
            update(own_addresses=tuple(sorted(own)))
        else:
            raise StoreError(f"unknown setting {key!r} (see 'omniinbox desk show')")

    def _agent_named(self, name: str) -> int:
        agents = self.agents()  # type: ignore[attr-defined]
        found = [a for a in agents if a.name.casefold() == name.strip().casefold()]
        if not found:
            names = ", ".join(a.name for a in agents) or "none yet"
            raise StoreError(f"no agent named {name!r} (agents: {names})")
        return int(found[0].id)
