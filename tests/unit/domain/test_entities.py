from __future__ import annotations

import pytest

from omniinbox.domain import Identity, IdentityKind, parse_ticket_tag, ticket_tag
from omniinbox.domain.tickets import format_ticket, tag_subject


def test_email_identities_are_lower_cased() -> None:
    assert Identity.of(IdentityKind.EMAIL, " Aigerim@Shop.KZ ").value == "aigerim@shop.kz"


def test_phone_identities_keep_only_digits_after_plus() -> None:
    assert Identity.of(IdentityKind.PHONE, "+7 (701) 123-45-67").value == "+77011234567"


def test_handles_drop_the_at_sign() -> None:
    assert Identity.of(IdentityKind.X, "@shop_kz").value == "shop_kz"


@pytest.mark.parametrize(
    ("subject", "ticket"),
    [
        ("Re: Заказ не пришёл [#1042]", 1042),
        ("Fwd: Re: [#7] old [#1042]", 1042),
        ("no tag here", None),
        ("#1042 without brackets", None),
        ("", None),
    ],
)
def test_ticket_tag_is_found_in_subjects(subject: str, ticket: int | None) -> None:
    assert parse_ticket_tag(subject) == ticket


def test_tagging_a_subject_adds_the_tag_once() -> None:
    once = tag_subject("Order late", 1042)
    assert once == "Order late [#1042]"
    assert tag_subject(once, 1042) == once
    assert parse_ticket_tag(once) == 1042
    assert ticket_tag(5) == "[#5]" and format_ticket(5) == "#5"
