"""Desk configuration in the store: calendar, SLA policy, settings, options, templates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest

from omniinbox.domain.business_hours import BusinessCalendar, parse_hours
from omniinbox.domain.sla import SlaPolicy, SlaTargets
from omniinbox.store import Store, StoreError
from omniinbox.store.desk_config import calendar_from_json, calendar_to_json
from omniinbox.store.desk_shipped import ACK, CSAT, LANGUAGES


def test_the_calendar_round_trips_and_country_holidays_are_resolved_at_use(store: Store) -> None:
    cal = BusinessCalendar(
        "Asia/Almaty",
        (parse_hours("09:00-13:00, 14:00-18:00"),) * 5 + (parse_hours("22:00-06:00"), ()),
        holidays=frozenset({date(2026, 12, 31)}),
        country="KZ",
        extra_working_days=frozenset({date(2026, 1, 4)}),
        extra_day_hours=parse_hours("10:00-14:00"),
        name="Almaty",
    )
    assert calendar_from_json(calendar_to_json(cal)) == cal
    store.set_business_calendar(cal)
    assert store.business_calendar() == cal  # as configured: custom days only
    resolved = store.desk_calendar([2026])
    assert date(2026, 12, 16) in resolved.holidays  # Independence Day, from `holidays`
    assert date(2026, 12, 31) in resolved.holidays  # the custom day stays
    assert resolved.hours_on(date(2026, 12, 16)) == ()
    with pytest.raises(StoreError, match="no holiday calendar for country 'XX'"):
        store.set_business_calendar(replace(cal, country="XX"))


def test_a_new_workspace_has_office_hours_and_the_default_policy(store: Store) -> None:
    cal = store.business_calendar()
    assert cal.weekly[0] == ((time(9), time(18)),) and cal.weekly[6] == ()
    policy = store.sla_policy()
    assert policy == SlaPolicy() and policy.normal.first_response == 60


def test_the_sla_policy_round_trips(store: Store) -> None:
    policy = SlaPolicy(
        name="Shop",
        urgent=SlaTargets(15, 30, 240),
        high=SlaTargets(30, None, 480),
        pause_while_pending=False,
        due_soon_fraction=None,
    )
    store.set_sla_policy(policy)
    assert store.sla_policy() == policy
    with pytest.raises(StoreError, match="positive"):
        store.set_sla_policy(replace(policy, low=SlaTargets(0)))


def test_acknowledgements_and_surveys_default_by_channel_and_switch_per_account(
    store: Store,
) -> None:
    mail = store.add_account("Mail", "imap", {"username": "Support@Shop.kz"}, "email")
    chat = store.add_account("Bot", "telegram", {"bot_username": "@shop_bot"}, "telegram")
    x = store.add_account("X", "x", {"handle": "shop"}, "x")
    demo = store.add_account("Demo", "imap", {"demo": "true"}, "email")
    s = store.desk_settings()
    assert [s.ack_enabled(a) for a in (mail, chat, x, demo)] == [True, False, False, False]
    assert [s.csat_enabled(a) for a in (mail, chat, x, demo)] == [True, True, False, False]
    store.set_desk_option("ack.account.Bot", "on")
    store.set_desk_option("csat.channel.email", "off")
    s = store.desk_settings()
    assert s.ack_enabled(chat) and not s.csat_enabled(mail)
    store.set_desk_option("ack.account.Bot", "default")
    assert not store.desk_settings().ack_enabled(chat)
    assert store.own_addresses() >= {"support@shop.kz", "shop_bot", "shop"}


def test_options_show_and_set_every_setting(store: Store) -> None:
    store.add_account("Shop mail", "imap", {}, "email")
    store.add_agent("Dana Sultanova")
    for key, value in [
        ("calendar.tz", "Asia/Tashkent"),
        ("calendar.country", "uz"),
        ("calendar.sat", "10:00-14:00"),
        ("calendar.holiday.add", "2026-12-31"),
        ("calendar.workday.add", "2026-12-27"),
        ("sla.first_response", "45"),
        ("sla.urgent.resolution", "240"),
        ("sla.pause_while_pending", "no"),
        ("sla.due_soon_minutes", "none"),
        ("ack.account.Shop mail", "off"),
        ("ack.max_per_day", "2"),
        ("csat.follow_up", "off"),
        ("reopen_window_days", "3"),
        ("language.default", "RU"),
        ("signature.agent", "dana sultanova"),
        ("bulk.rate.email", "20"),
        ("own_address.add", "Info@Shop.kz"),
    ]:
        store.set_desk_option(key, value)
    shown = store.desk_options()
    assert shown["calendar.tz"] == "Asia/Tashkent" and shown["calendar.country"] == "UZ"
    assert shown["calendar.sat"] == "10:00-14:00" and shown["calendar.holidays"] == "2026-12-31"
    assert shown["calendar.workdays"] == "2026-12-27"
    assert shown["sla.low.first_response"] == "45" == shown["sla.urgent.first_response"]
    assert shown["sla.urgent.resolution"] == "240" and shown["sla.normal.resolution"] == "none"
    assert shown["sla.pause_while_pending"] == "off" and shown["sla.due_soon_minutes"] == "none"
    assert shown["ack.account.Shop mail"] == "off" and shown["ack.max_per_day"] == "2"
    assert shown["csat.follow_up"] == "off" and shown["reopen_window_days"] == "3.0"
    assert shown["language.default"] == "ru" and shown["signature.agent"] == "Dana Sultanova"
    assert shown["bulk.rate.email"] == "20" and shown["own_addresses"] == "info@shop.kz"
    store.set_desk_option("calendar.holiday.remove", "2026-12-31")
    assert store.desk_options()["calendar.holidays"] == "none"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("calendar.tz", "Mars/Olympus", "unknown time zone"),
        ("calendar.mon", "9 to 5", "not a time range"),
        ("calendar.holiday.add", "31.12.2026", "expected a date"),
        ("calendar.moon", "x", "unknown calendar setting"),
        ("sla.first_response", "soon", "expected a number"),
        ("sla.someday.first_response", "5", "not a priority"),
        ("ack.channel.email", "maybe", "expected on or off"),
        ("ack.account.Nope", "on", "no account named 'Nope'"),
        ("signature.agent", "Nobody Here", "no agent named"),
        ("reopen_window_days", "-1", "positive"),
        ("colour", "blue", "unknown setting 'colour'"),
    ],
)
def test_a_wrong_option_says_what_is_wrong(
    store: Store, key: str, value: str, message: str
) -> None:
    with pytest.raises(StoreError, match=message):
        store.set_desk_option(key, value)


def test_templates_are_seeded_once_and_readers_see_them_before(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite"
    Store(path).close()
    reader = Store(path, readonly=True)
    shipped = reader.templates()
    assert len(shipped) == 7 * len(LANGUAGES) and all(t.id is None for t in shipped)
    writer = Store(path)
    assert writer.seed_templates() == 7 * len(LANGUAGES)
    assert writer.seed_templates() == 0
    stored = reader.templates()
    assert [(t.name, t.language, t.body) for t in stored] == [
        (t.name, t.language, t.body) for t in shipped
    ]
    assert all(t.id for t in stored)
    ack_kk = writer.template_for(ACK, "kk")
    assert ack_kk is not None and "Сәлеметсіз бе" in ack_kk.body


def test_shared_and_personal_templates(store: Store) -> None:
    dana = store.add_agent("Dana").id
    timur = store.add_agent("Timur").id
    store.save_template("Refund started", "ru", "Личный текст {ticket}", owner_id=dana)
    mine = store.template_for("refund started", "ru", dana)
    assert mine is not None and mine.owner_id == dana
    shared = store.template_for("Refund started", "ru", timur)
    assert shared is not None and shared.shared
    assert store.template_for("Refund started", "xx") is not None  # falls back to English
    assert store.template_for("Refund started", "xx").language == "en"  # type: ignore[union-attr]
    assert [t.owner_id for t in store.find_templates("/refund", dana, "ru")][:1] == [dana]
    replaced = store.save_template("Refund started", "ru", "Новый личный текст", owner_id=dana)
    assert replaced.id == mine.id
    assert len([t for t in store.templates(everyone=True) if t.owner_id == dana]) == 1
    with pytest.raises(StoreError, match="cannot be personal"):
        store.save_template(CSAT, "en", "x", owner_id=dana)
    english_ack = store.template_for(ACK, "en")
    assert english_ack is not None and english_ack.id is not None
    with pytest.raises(StoreError, match="fallback"):
        store.remove_template(english_ack.id)
    store.remove_template(replaced.id)  # type: ignore[arg-type]
    assert store.template_for("Refund started", "ru", dana).shared  # type: ignore[union-attr]
