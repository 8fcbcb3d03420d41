"""The IMAP cursor format, tag keywords, fingerprints and account settings (no server)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from omniinbox_connectors.imap import ImapConnector
from omniinbox_connectors.imap.config import AccountConfig
from omniinbox_connectors.imap.connector import tag_keyword
from omniinbox_connectors.imap.cursor import (
    FolderState,
    decode_uids,
    dump_cursor,
    encode_uids,
    load_cursor,
)
from omniinbox_connectors.imap.session import Security, normalise_fingerprint

from omniinbox.connector import ConnectorError


@given(st.sets(st.integers(min_value=1, max_value=5000)))
def test_uid_sets_round_trip(uids: set[int]) -> None:
    assert decode_uids(encode_uids(uids)) == uids


def test_uid_sets_are_compact() -> None:
    assert encode_uids({1, 2, 3, 7, 9, 10}) == "1:3,7,9:10"


def test_the_cursor_round_trips() -> None:
    states = {
        "INBOX": FolderState(17, 412, 977),
        "Sent Items": FolderState(18, 5, 0, seen={1, 2, 3}, answered=set()),
    }
    text = dump_cursor(states)
    assert load_cursor(text) == states
    assert '"seen":"1:3"' in text and "INBOX" in text


@pytest.mark.parametrize("text", ["", "   ", "{broken", "[1, 2]", '{"INBOX": {"last_uid": 3}}'])
def test_an_unreadable_cursor_means_start_over(text: str) -> None:
    assert load_cursor(text) == {}


def test_tags_become_atoms() -> None:
    assert tag_keyword("VIP client") == "VIP_client"
    assert tag_keyword("доставка").isascii()
    assert not set(tag_keyword('a(b)"c\\d]e%f*')) & set('()"\\]%* ')


def test_fingerprints_are_accepted_as_agents_copy_them() -> None:
    hexed = "ab" * 32
    assert normalise_fingerprint(":".join(["AB"] * 32)) == hexed
    assert normalise_fingerprint("sha256:" + hexed) == hexed
    assert normalise_fingerprint("") == ""
    with pytest.raises(ValueError):
        normalise_fingerprint("ab:cd")


def test_settings_have_sensible_defaults() -> None:
    account = AccountConfig.from_config(
        {"address": "Support@Shop.kz", "imap_host": "imap.shop.kz", "aliases": "info@shop.kz, "}
    )
    assert account.imap.port == 993 and account.imap.security is Security.TLS
    assert account.imap.username == "support@shop.kz"
    assert account.own_addresses == {"support@shop.kz", "info@shop.kz"}
    smtp = account.smtp()
    assert (smtp.host, smtp.port, smtp.security) == ("imap.shop.kz", 587, "starttls")


def test_bad_settings_are_a_sentence_not_a_traceback() -> None:
    with pytest.raises(ConnectorError, match="IMAP port must be a whole number"):
        ImapConnector({"address": "a@shop.kz", "imap_host": "h", "imap_port": "x"}, {})  # type: ignore[arg-type]


def test_repr_never_shows_the_password() -> None:
    class Secrets:
        def get(self, key: str) -> str | None:
            return "hunter2-secret"

        def set(self, key: str, value: str) -> None:
            pass

    connector = ImapConnector({"address": "a@shop.kz", "imap_host": "h"}, Secrets())
    assert "hunter2" not in repr(connector)


def test_text_first_threshold_is_in_kilobytes_and_reads_the_old_setting() -> None:
    base = {"address": "support@shop.kz", "imap_host": "imap.shop.kz"}
    assert AccountConfig.from_config(base).imap.lazy_threshold == 64 * 1024  # the default
    kb = AccountConfig.from_config({**base, "lazy_attachments_kb": "256"})
    assert kb.imap.lazy_threshold == 256 * 1024
    assert AccountConfig.from_config({**base, "lazy_attachments_kb": "0"}).imap.lazy_threshold == 0
    # Saved before text-first sync: 0 (everything at once) is kept; a size in MB takes the
    # new default, since it meant "whole messages over N MB", not a part size.
    old_off = AccountConfig.from_config({**base, "lazy_attachments_mb": "0"})
    assert old_off.imap.lazy_threshold == 0
    old_on = AccountConfig.from_config({**base, "lazy_attachments_mb": "2"})
    assert old_on.imap.lazy_threshold == 64 * 1024
    with pytest.raises(ConnectorError, match="lazy_attachments_mb"):
        AccountConfig.from_config({**base, "lazy_attachments_mb": "lots"})
