"""Broken connections: a pull that dies mid-FETCH commits nothing, and the next pull resumes
from the committed cursor with nothing lost and nothing doubled."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from omniinbox_connectors.imap.sync import Budget

from omniinbox.connector import TransientError
from omniinbox.store import Store
from tests.integration.dovecot import Dovecot, MailUser
from tests.integration.imap.support import connector_for, mail, new_messages
from tests.integration.proxy import CuttingProxy

BIG = 20_000  # bytes of text per message, so one FETCH takes many TCP segments


@pytest.fixture
def proxy(dovecot: Dovecot) -> Iterator[CuttingProxy]:
    assert dovecot.imaps_port is not None
    p = CuttingProxy(dovecot.host, dovecot.imaps_port)  # TLS passes through untouched
    yield p
    p.close()


def stored(store: Store, account_id: int) -> list[str]:
    rows = store.all("SELECT remote_id FROM messages WHERE account_id = ?", (account_id,))
    return [r[0] for r in rows]


def test_a_connection_dropped_mid_fetch_loses_and_doubles_nothing(
    dovecot: Dovecot, mail_user: MailUser, proxy: CuttingProxy, store: Store
) -> None:
    mail_user.append_many([mail(f"заказ {n}", padding=BIG) for n in range(6)])
    account = store.add_account("Shop", "imap", {}, channel="email")
    connector = connector_for(dovecot, mail_user, imap_port=str(proxy.port))
    connector.budget = Budget(messages=3)

    def pull_and_commit() -> bool:
        batch = connector.pull(store.cursor(account.id))
        store.ingest(account.id, batch.events, batch.cursor)  # as the engine does
        return batch.more

    assert pull_and_commit() is True  # the first three are in
    mail_user.kick()  # the server drops the idle session ...
    proxy.cut_after(30_000)  # ... and the new connection dies inside the next body FETCH
    with pytest.raises(TransientError, match="lost"):
        pull_and_commit()
    assert proxy.cuts == 1
    assert len(stored(store, account.id)) == 3  # nothing half-committed

    proxy.cut_after(None)
    while pull_and_commit():
        pass
    ids = stored(store, account.id)
    assert len(ids) == len(set(ids)) == 6
    texts = store.all("SELECT text FROM messages WHERE account_id = ? ORDER BY id", (account.id,))
    assert [r[0].split("\n")[0] for r in texts] == [f"заказ {n}" for n in range(6)]


def test_a_session_the_server_dropped_is_reopened_without_an_error(
    dovecot: Dovecot, mail_user: MailUser
) -> None:
    mail_user.append(mail("one"))
    connector = connector_for(dovecot, mail_user)
    first = connector.pull("")
    mail_user.kick()
    mail_user.append(mail("two"))
    second = connector.pull(first.cursor)  # reconnects once, transparently
    assert [m.text for m in new_messages(list(second.events))] == ["two"]


def test_a_server_that_is_gone_is_a_transient_error(
    dovecot: Dovecot, mail_user: MailUser, proxy: CuttingProxy
) -> None:
    connector = connector_for(dovecot, mail_user, imap_port=str(proxy.port))
    connector.pull("")
    proxy.close()  # the network goes away: open connections and new ones fail
    with pytest.raises(TransientError):
        connector.pull("")
