"""Accounts changed while the engine runs, against the real Dovecot: an account added starts
syncing without a restart, a disabled one stops, a changed one restarts with its new
settings, a removed one is forgotten, and the others keep running throughout."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest

from omniinbox.connector import AccountState, SecretsHandle, discover
from omniinbox.domain import Account
from omniinbox.store import Store
from omniinbox.sync.backoff import Backoff
from omniinbox.sync.engine import Engine
from omniinbox.sync.events import AccountStatus, EngineEvent
from tests.integration.dovecot import Dovecot, MailUser
from tests.integration.imap.support import Secrets, imap_config, mail

WAIT = 30.0


def eventually(check: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT
    while not check():
        assert time.monotonic() < deadline, "it did not happen in time"
        time.sleep(0.05)


class Desk:
    """A running engine over a real store, with each mailbox's password by its address."""

    def __init__(self, store: Store) -> None:
        self.passwords: dict[str, str] = {}
        self.statuses: list[AccountStatus] = []
        self.engine = Engine(
            store,
            discover(),
            self._secrets,
            backoff=Backoff(base=0.01, cap=0.05, jitter=0),
            interval=1.0,
            desk_interval=0,
        )
        self.engine.add_listener(self._heard)

    def _secrets(self, account: Account) -> SecretsHandle:
        return Secrets({"password": self.passwords[account.config["address"]]})

    def _heard(self, event: EngineEvent) -> None:
        if isinstance(event, AccountStatus):
            self.statuses.append(event)

    def add(self, name: str, dovecot: Dovecot, user: MailUser) -> Account:
        self.passwords[user.address] = user.password
        config = imap_config(dovecot, user)
        return self.engine.call(lambda s: s.add_account(name, "imap", config, "email"))

    def texts(self, account_id: int) -> list[str]:
        def read(s: Store) -> list[str]:
            return [
                m.text
                for c in s.conversations()
                if c.account_id == account_id
                for m in s.messages(c.id)
            ]

        return self.engine.call(read)

    def state(self, account_id: int) -> AccountStatus | None:
        return self.engine.statuses.get(account_id)


@pytest.fixture
def desk(store: Store) -> Iterator[Desk]:
    d = Desk(store)
    yield d
    d.engine.stop()


def test_accounts_follow_the_store_while_the_engine_runs(desk: Desk, dovecot: Dovecot) -> None:
    first, second = dovecot.add_user(), dovecot.add_user()
    first.append(mail("Первое письмо"))
    a = desk.add("First", dovecot, first)
    desk.engine.start()
    eventually(lambda: any("Первое письмо" in t for t in desk.texts(a.id)))
    first_worker = desk.engine._workers[a.id]

    # Added while running: it syncs without a restart; the first keeps its worker.
    second.append(mail("Второе письмо"))
    b = desk.add("Second", dovecot, second)
    desk.engine.reload_accounts()
    assert desk.engine.running_accounts() == sorted([a.id, b.id])
    eventually(lambda: any("Второе письмо" in t for t in desk.texts(b.id)))
    assert desk.engine._workers[a.id] is first_worker

    # Disabled: its worker stops and it says so; mail to it waits.
    second_worker = desk.engine._workers[b.id]
    desk.engine.call(lambda s: s.set_account_enabled(b.id, False))
    desk.engine.reload_accounts()
    assert desk.engine.running_accounts() == [a.id]
    assert second_worker.thread is not None and not second_worker.thread.is_alive()
    status = desk.state(b.id)
    assert status is not None and (status.state, status.sentence) == (
        AccountState.DISABLED,
        "disabled",
    )
    second.append(mail("Пока выключен"))
    first.append(mail("Первому снова"))
    eventually(lambda: any("Первому снова" in t for t in desk.texts(a.id)))
    assert not any("Пока выключен" in t for t in desk.texts(b.id))

    # Enabled again: it catches up.
    desk.engine.call(lambda s: s.set_account_enabled(b.id, True))
    desk.engine.reload_accounts()
    eventually(lambda: any("Пока выключен" in t for t in desk.texts(b.id)))
    assert desk.engine._workers[a.id] is first_worker


def test_a_changed_account_restarts_and_a_removed_one_is_forgotten(
    desk: Desk, dovecot: Dovecot
) -> None:
    user = dovecot.add_user()
    account = desk.add("Support", dovecot, user)
    desk.passwords[user.address] = "not-the-password"
    desk.engine.start()
    eventually(
        lambda: (
            (s := desk.state(account.id)) is not None and s.state is AccountState.BAD_CREDENTIALS
        )
    )

    # The agent fixes the password and a setting: the worker restarts with them.
    desk.passwords[user.address] = user.password
    config = {**account.config, "name": "Shop.kz Help"}
    desk.engine.call(lambda s: s.set_account_config(account.id, config))
    old = desk.engine._workers[account.id]
    user.append(mail("После исправления"))
    desk.engine.reload_accounts()
    new = desk.engine._workers[account.id]
    assert new is not old and new.account.config["name"] == "Shop.kz Help"
    eventually(lambda: any("После исправления" in t for t in desk.texts(account.id)))
    eventually(
        lambda: (s := desk.state(account.id)) is not None and s.state is AccountState.CONNECTED
    )
    time.sleep(0.3)  # the old worker's late "stopped" never overwrites the new status
    status = desk.state(account.id)
    assert status is not None and status.state is AccountState.CONNECTED

    desk.engine.call(lambda s: s.remove_account(account.id))
    desk.engine.reload_accounts()
    assert desk.engine.running_accounts() == []
    assert account.id not in desk.engine.statuses
    assert desk.statuses[-1].sentence == "removed"


def test_reloads_from_several_threads_start_one_worker_each(desk: Desk, dovecot: Dovecot) -> None:
    users = [dovecot.add_user() for _ in range(3)]
    desk.engine.start()
    accounts = [desk.add(f"Box {i}", dovecot, u) for i, u in enumerate(users)]
    threads = [threading.Thread(target=desk.engine.reload_accounts) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(WAIT)
    assert desk.engine.running_accounts() == sorted(a.id for a in accounts)
    alive = [t for t in threading.enumerate() if t.name.startswith("account-")]
    assert sorted(t.name for t in alive if "-files" not in t.name) == sorted(
        f"account-{a.id}" for a in accounts
    )


def test_a_reload_before_start_and_after_stop_starts_nothing(desk: Desk, dovecot: Dovecot) -> None:
    desk.add("Support", dovecot, dovecot.add_user())
    desk.engine.reload_accounts()
    assert desk.engine.running_accounts() == []
    desk.engine.start()
    assert len(desk.engine.running_accounts()) == 1
    desk.engine.stop()
    desk.engine.reload_accounts()
    assert desk.engine.running_accounts() == []
