"""Canned answers: rendering with missing variables and hostile braces, and search."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omniinbox.domain.templates import (
    KNOWN_VARIABLES,
    Template,
    first_name,
    placeholders,
    render,
    search_templates,
    standard_variables,
)

VARS = standard_variables(
    ticket="#1042", customer_name="Дана Серикова", agent_name="Aigerim Nurlanova",
    due_time="10:00", subject="Заказ",
)  # fmt: skip


def test_variables_are_filled() -> None:
    out = render("Здравствуйте, {customer.first_name}! Заявка {ticket}. {agent.name}", VARS)
    assert out.text == "Здравствуйте, Дана! Заявка #1042. Aigerim Nurlanova"
    assert out.complete and out.missing == ()
    assert out.used == ("customer.first_name", "ticket", "agent.name")


def test_unknown_and_empty_variables_stay_visible_and_are_reported() -> None:
    out = render(
        "Hi {customer.first_name}, order {order.number} by {due_phrase} {Order.Number}", VARS
    )
    assert out.text == "Hi Дана, order {order.number} by {due_phrase} {Order.Number}"
    assert out.missing == ("order.number", "due_phrase")  # empty counts as missing; names fold case
    assert not out.complete


def test_spaces_case_and_double_braces_are_tolerated() -> None:
    out = render("{ ticket } {{customer.first_name}} {TICKET} {{ agent.first_name }}", VARS)
    assert out.text == "#1042 Дана #1042 Aigerim"


@pytest.mark.parametrize(
    "body",
    [
        "{", "}", "{}", "{{}}", "}{", "{0}", "{ }", "{.}", "{customer.}", "{a..b}", "{1ticket}",
        "{ticket", "ticket}", "{{{{ticket}}}}", "%s %(ticket)s", "{ticket!r}", "{ticket:>10}",
        "{__class__}", "{customer.__init__.__globals__}", "\\{ticket\\}", "{смайлик :)}",
    ],
)  # fmt: skip
def test_hostile_braces_never_crash(body: str) -> None:
    out = render(body, VARS)
    assert isinstance(out.text, str)


def test_format_like_syntax_is_text_not_code() -> None:
    assert render("{ticket!r} {ticket:>10} {0}", VARS).text == "{ticket!r} {ticket:>10} {0}"
    out = render("{__class__} {customer.__init__}", VARS)
    assert out.text == "{__class__} {customer.__init__}"
    assert out.missing == ("__class__", "customer.__init__")


def test_values_are_inserted_literally_once() -> None:
    out = render("{customer.name}", {"customer.name": "{ticket} \\1 $& {{x}}"})
    assert out.text == "{ticket} \\1 $& {{x}}"  # not re-expanded, no regex escapes


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("{}ab. _1\\ä—ტ\n"), max_size=40))
def test_any_text_renders_and_text_without_variables_is_unchanged(body: str) -> None:
    out = render(body, {})
    names = placeholders(body)
    assert out.missing == names
    assert out.text == body  # nothing known: everything stays as typed


def test_standard_variables_and_first_names() -> None:
    assert set(VARS) == set(KNOWN_VARIABLES)
    assert first_name('"Dana Serikova" <dana@mail.kz>') == "Dana"
    assert first_name("@dana_kz") == "dana_kz"
    assert first_name("dana@mail.kz") == ""
    assert first_name("") == ""


TEMPLATES = [
    Template("Delivery delay", "en", "Sorry, your parcel {ticket} is late. The courier ..."),
    Template("Задержка доставки", "ru", "Извините, посылка задерживается. Курьер приедет ..."),
    Template("Yetkazib berish", "uz", "Kechirasiz, buyurtmangiz kechikmoqda. Qoʻngʻiroq qilamiz"),
    Template("Возврат денег", "ru", "Деньги вернутся на карту в течение 3 дней", owner_id=7),
    Template("მიწოდება", "ka", "ბოდიში, ამანათი იგვიანებს"),
    Template("Refund", "en", "Your refund is on its way. Доставка не нужна."),
]


def names(found: list[Template]) -> list[str]:
    return [t.name for t in found]


def test_search_is_case_insensitive_in_every_script() -> None:
    assert names(search_templates(TEMPLATES, "ЗАДЕРЖКА")) == ["Задержка доставки"]
    assert names(search_templates(TEMPLATES, "ამანათი")) == ["მიწოდება"]
    assert names(search_templates(TEMPLATES, "DELAY")) == ["Delivery delay"]


def test_search_needs_every_word_and_ranks_name_matches_first() -> None:
    assert names(search_templates(TEMPLATES, "доставк")) == ["Задержка доставки", "Refund"]
    assert names(search_templates(TEMPLATES, "parcel late")) == ["Delivery delay"]
    assert names(search_templates(TEMPLATES, "parcel refund")) == []


def test_search_from_the_composer_slash_and_spelling_variants() -> None:
    assert names(search_templates(TEMPLATES, "/del")) == ["Delivery delay"]
    assert names(search_templates(TEMPLATES, "qo'ng'iroq")) == ["Yetkazib berish"]
    assert names(search_templates(TEMPLATES, "задёржка")) == ["Задержка доставки"]


def test_personal_templates_are_visible_to_their_owner_only() -> None:
    assert names(search_templates(TEMPLATES, "деньги")) == []
    assert names(search_templates(TEMPLATES, "деньги", agent_id=7)) == ["Возврат денег"]
    assert not TEMPLATES[3].shared and TEMPLATES[0].shared


def test_empty_query_lists_everything_visible_preferring_the_language() -> None:
    found = search_templates(TEMPLATES, "", language="ru")
    assert len(found) == 5
    assert found[0].language == "ru"
