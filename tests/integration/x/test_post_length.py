"""X counts a post's length by weight: Latin, Cyrillic and Georgian letters 1, CJK and emoji 2,
a link 23. Replies over 280 are refused before any call; nothing is split."""

from __future__ import annotations

import pytest
from omniinbox_connectors.x.text import weighted_length

from omniinbox.connector import Outbound, PermanentError
from omniinbox.domain import Identity, IdentityKind
from tests.emulators.x_api import XApiEmulator
from tests.integration.x.support import connector_for


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("hello", 5),
        ("Привет, ვიწერები", 16),  # Cyrillic and Georgian count 1 each
        ("你好", 4),
        ("👍", 2),
        ("👍🏽", 2),  # a skin tone belongs to its emoji
        ("👩‍💻", 2),  # a ZWJ sequence is one emoji
        ("❤️", 2),
        ("see https://example.kz/a/very/long/path?with=query&and=more", 4 + 23),
        ("e\u0301", 1),  # counted after NFC
    ],
)
def test_weights(text: str, weight: int) -> None:
    assert weighted_length(text) == weight


def reply(root: str, text: str) -> Outbound:
    return Outbound(
        key="k",
        to=Identity.of(IdentityKind.X, "1"),
        text=text,
        thread_key=f"x-thread:{root}",
        in_reply_to=(f"tweet:{root}",),
    )


@pytest.mark.parametrize(
    "text", ["ж" * 280, "ბ" * 280, "字" * 140, "x" * 256 + " https://a.kz/" + "p" * 80]
)
def test_replies_up_to_the_limit_go_out(x_api: XApiEmulator, text: str) -> None:
    root = x_api.mention("aigerim_kz", "?")
    receipt = connector_for(x_api).send(reply(root, text))
    assert receipt.remote_id.startswith("tweet:") and x_api.posted_texts() == [text]


@pytest.mark.parametrize("text", ["ж" * 281, "字" * 141, "🙂" * 141])
def test_replies_over_the_limit_are_refused_before_calling(x_api: XApiEmulator, text: str) -> None:
    root = x_api.mention("aigerim_kz", "?")
    with pytest.raises(PermanentError, match="more than the 280"):
        connector_for(x_api).send(reply(root, text))
    assert x_api.calls("POST") == []
