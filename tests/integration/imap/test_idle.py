"""wait(): IMAP IDLE wakes the account as soon as mail arrives."""

from __future__ import annotations

import threading
import time

import pytest
from omniinbox_connectors.imap import idle

from omniinbox.connector import ConnectorError
from tests.integration.dovecot import Dovecot, MailUser
from tests.integration.imap.support import connector_for, mail, pull_all


def later(seconds: float, action: object) -> threading.Thread:
    def run() -> None:
        time.sleep(seconds)
        action()  # type: ignore[operator]

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_wait_returns_soon_after_mail_arrives(any_server: Dovecot, any_user: MailUser) -> None:
    connector = connector_for(any_server, any_user)
    _, cursor = pull_all(connector)
    later(0.3, lambda: any_user.append(mail("new")))

    started = time.monotonic()
    assert connector.wait(cursor, 20) is True
    assert time.monotonic() - started < 3


def test_wait_notices_a_flag_change_by_another_client(
    any_server: Dovecot, any_user: MailUser
) -> None:
    uid = any_user.append(mail("hello"))
    connector = connector_for(any_server, any_user)
    _, cursor = pull_all(connector)
    later(0.3, lambda: any_user.add_flags([uid], ["\\Seen"]))
    started = time.monotonic()
    assert connector.wait(cursor, 20) is True
    assert time.monotonic() - started < 3


def test_wait_returns_at_once_when_the_cursor_is_behind(
    mail_user: MailUser, dovecot: Dovecot
) -> None:
    connector = connector_for(dovecot, mail_user)
    _, cursor = pull_all(connector)
    mail_user.append(mail("arrived while we were busy"))
    started = time.monotonic()
    assert connector.wait(cursor, 20) is True
    assert time.monotonic() - started < 1


def test_wait_times_out_quietly(mail_user: MailUser, dovecot: Dovecot) -> None:
    connector = connector_for(dovecot, mail_user)
    _, cursor = pull_all(connector)
    started = time.monotonic()
    assert connector.wait(cursor, 0.5) is False
    assert 0.4 < time.monotonic() - started < 3
    assert connector.pull(cursor).events == []  # the session is still usable


def test_idle_is_renewed_before_the_server_limit(
    mail_user: MailUser, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(idle, "IDLE_RENEW", 0.3)  # stands for 25 minutes
    connector = connector_for(dovecot, mail_user)
    _, cursor = pull_all(connector)
    session = connector._session
    assert session is not None
    calls: list[float] = []
    original = session.client.idle

    def counted() -> object:
        calls.append(time.monotonic())
        return original()

    monkeypatch.setattr(session.client, "idle", counted)
    later(1.0, lambda: mail_user.append(mail("after a renewal")))

    assert connector.wait(cursor, 20) is True
    assert len(calls) >= 3


def test_closing_the_connector_ends_a_wait(mail_user: MailUser, dovecot: Dovecot) -> None:
    connector = connector_for(dovecot, mail_user)
    _, cursor = pull_all(connector)
    outcome: list[object] = []

    def waiting() -> None:
        try:
            outcome.append(connector.wait(cursor, 30))
        except ConnectorError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=waiting, daemon=True)
    thread.start()
    time.sleep(0.3)
    connector.close()  # the engine stopping the account, from another thread
    thread.join(5)
    assert not thread.is_alive() and outcome
