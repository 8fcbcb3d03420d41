"""The sync engine: one writer for the store, one worker thread per account, events out.

No Qt here. The UI subscribes with ``add_listener`` and turns events into queued signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from omniinbox.connector import AccountState, Connector, ConnectorError, Registry, SecretsHandle
from omniinbox.domain import Account
from omniinbox.secrets import Secrets
from omniinbox.store import AttachmentRef, ChangeSet, Store, StoreError
from omniinbox.sync.backoff import Backoff
from omniinbox.sync.desk import DeskProcessor, DeskResult
from omniinbox.sync.events import REMOVED, AccountStatus, Changed, EngineEvent, OutboxChanged
from omniinbox.sync.fetch import download_into_store
from omniinbox.sync.worker import AccountWorker, RoundResult

log = logging.getLogger(__name__)
T = TypeVar("T")

SecretsFactory = Callable[[Account], SecretsHandle]


class _NoSecrets:
    """For connectors that need none (and tests): every lookup is empty."""

    def get(self, key: str) -> str | None:
        return None

    def set(self, key: str, value: str) -> None:
        raise ConnectorError("no secrets store is configured")


def _silent(status: AccountStatus) -> None:
    """The report of a worker being replaced."""


class Engine:
    def __init__(
        self,
        store: Store,
        registry: Registry,
        secrets: SecretsFactory | None = None,
        *,
        backoff: Backoff | None = None,
        interval: float = 60.0,
        desk: DeskProcessor | None = None,
        desk_interval: float = 30.0,
        keyring: Secrets | None = None,
    ) -> None:
        self.store = store
        self.registry = registry
        self.secrets = secrets or (lambda account: _NoSecrets())
        # The keyring behind ``secrets`` where there is one: the account dialogs write
        # through the same instance (one lock, one passphrase prompt).
        self.keyring = keyring
        self.backoff = backoff or Backoff()
        self.interval = interval
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="omniinbox-writer")
        self._workers: dict[int, AccountWorker] = {}
        self._listeners: list[Callable[[EngineEvent], None]] = []
        self._lock = threading.Lock()  # guards _workers
        # One start/reload/stop at a time; reload_accounts comes from a background task.
        self._accounts_lock = threading.RLock()
        self._running = False
        self.statuses: dict[int, AccountStatus] = {}
        self.desk = desk or DeskProcessor()
        self.desk_interval = desk_interval
        self._desk_stop = threading.Event()
        self._desk_timer: threading.Thread | None = None
        # Downloads for accounts without a running worker (not started, or the CLI).
        self._spare = ThreadPoolExecutor(max_workers=1, thread_name_prefix="omniinbox-fetch")

    # --- events -----------------------------------------------------------------------------

    def add_listener(self, listener: Callable[[EngineEvent], None]) -> None:
        self._listeners.append(listener)

    def _emit(self, event: EngineEvent) -> None:
        if isinstance(event, AccountStatus):
            self.statuses[event.account_id] = event
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("an engine listener failed")

    def _changed(self, changes: ChangeSet) -> None:
        changes.conversations |= self.call(lambda s: self.desk.repair(s, changes))
        self._emit(Changed(changes))
        self._emit(OutboxChanged(self.call(lambda s: s.outbox_counts())))

    # --- the single writer ------------------------------------------------------------------

    def submit(self, fn: Callable[[Store], T]) -> Future[T]:
        """Run a store operation on the writer thread. A ChangeSet result is announced."""

        def run() -> T:
            result = fn(self.store)
            if isinstance(result, ChangeSet) and result:
                self._emit(Changed(result))
                self._emit(OutboxChanged(self.store.outbox_counts()))
            return result

        return self._writer.submit(run)

    def call(self, fn: Callable[[Store], T]) -> T:
        """Run on the writer and wait (from a worker thread or the CLI, never the GUI)."""
        if threading.current_thread().name.startswith("omniinbox-writer"):
            return fn(self.store)
        return self._writer.submit(fn, self.store).result()

    # --- the desk: acknowledgements, rules, SLA clocks, surveys (see sync.desk) -------------

    def run_desk(self, now: Any = None) -> ChangeSet:
        """Process what arrived or changed since the last run (after each ingest commit and
        before each drain); returns and announces what it changed."""
        result = self.call(lambda s: self.desk.safe(lambda: self.desk.process(s, now=now)))
        return self._desk_done(result)

    def desk_tick(self, now: Any = None) -> ChangeSet:
        """The timer's work (snoozes, SLA clocks and rules, time-based rules), callable
        directly with a ``now``."""
        result = self.call(lambda s: self.desk.safe(lambda: self.desk.tick(s, now=now)))
        return self._desk_done(result)

    def desk_soon(self) -> None:
        """Run the desk processor on the writer without waiting, e.g. right after the agent
        resolved a conversation (its survey goes out without waiting for the next round)."""

        def run() -> None:
            self._desk_done(self.desk.safe(lambda: self.desk.process(self.store)))

        try:
            self._writer.submit(run)
        except RuntimeError:  # shutting down
            log.debug("the desk was asked to run while the engine stops")

    def _desk_done(self, result: DeskResult) -> ChangeSet:
        if result.changes:
            self._changed(result.changes)
        for account_id in result.wake:
            self.wake(account_id)
        return result.changes

    def _desk_loop(self) -> None:
        while not self._desk_stop.wait(self.desk_interval):
            try:
                self.desk_tick()
            except RuntimeError:  # the writer is shutting down
                return

    # --- accounts ---------------------------------------------------------------------------

    def connector_for(self, account: Account) -> Connector:
        cls = self.registry.get(account.kind)
        return cls(account.config, self.secrets(account))

    def _worker(self, account: Account) -> AccountWorker:
        return AccountWorker(
            account,
            self.connector_for(account),
            self.call,
            self._emit,
            self._changed,
            backoff=self.backoff,
            interval=self.interval,
            after_ingest=self.run_desk,
        )

    def _start_account(self, account: Account) -> None:
        """A worker for the account if it is enabled and its connector available; its
        status otherwise. Call with ``_accounts_lock`` held."""
        if not account.enabled or account.config.get("demo") == "true":
            sentence = "demo account, never connected" if account.enabled else "disabled"
            self._emit(AccountStatus(account.id, account.name, AccountState.DISABLED, sentence))
            return
        try:
            worker = self._worker(account)
        except ConnectorError as exc:
            self._emit(AccountStatus(account.id, account.name, AccountState.ERROR, str(exc)))
            return
        with self._lock:
            self._workers[account.id] = worker
        worker.start()

    def start(self) -> None:
        """Start a worker for every enabled account whose connector is available."""
        with self._accounts_lock:
            self._running = True
            for account in self.call(lambda s: s.accounts()):
                self._start_account(account)
        if self._desk_timer is None and self.desk_interval > 0:
            self._desk_timer = threading.Thread(
                target=self._desk_loop, name="omniinbox-desk-timer", daemon=True
            )
            self._desk_timer.start()

    def reload_accounts(self) -> None:
        """Follow the accounts as stored now, without a restart: workers of accounts removed,
        disabled or changed (settings, name) stop; enabled accounts without a worker (added,
        enabled again, changed) start. Blocking (it waits for stopping workers): call it
        from a background thread, never the GUI's. Does nothing before ``start()``."""
        with self._accounts_lock:
            if not self._running:
                return
            accounts = {a.id: a for a in self.call(lambda s: s.accounts())}
            with self._lock:
                stale = [w for i, w in self._workers.items() if accounts.get(i) != w.account]
                for worker in stale:
                    del self._workers[worker.account.id]
                running = set(self._workers)
            for worker in stale:
                worker.report = _silent  # its late "stopped" must not follow the new status
                worker.stop()
                gone = worker.account
                if gone.id not in accounts:
                    self._emit(AccountStatus(gone.id, gone.name, AccountState.DISABLED, REMOVED))
                    self.statuses.pop(gone.id, None)
                log.info("account %s stopped: removed, disabled or changed", gone.name)
            for account_id, account in accounts.items():
                if account_id not in running:
                    self._start_account(account)

    def running_accounts(self) -> list[int]:
        """The ids of the accounts whose worker runs."""
        with self._lock:
            return sorted(self._workers)

    def wake(self, account_id: int | None = None) -> None:
        """Sync now (e.g. after the agent queued a reply)."""
        with self._lock:
            workers = [w for a, w in self._workers.items() if account_id in (None, a)]
        for worker in workers:
            worker.wake()

    # --- files synced without their content ----------------------------------------------

    def fetch_attachment(self, attachment_id: int) -> Future[AttachmentRef]:
        """Download an attachment into the blob store; returns at once (call it from the GUI).
        It runs on its account's file thread (a connector made for it when the account is not
        running) and writes through the writer. The future's error is a ConnectorError with a
        sentence for the agent (offline: TransientError, too big or gone: PermanentError)."""
        result: Future[AttachmentRef] = Future()

        def chain(inner: Future[AttachmentRef]) -> None:
            error = inner.exception()
            if error is not None:
                result.set_exception(error)
            else:
                result.set_result(inner.result())

        def located(found: Future[AttachmentRef]) -> None:  # on the writer thread
            try:
                ref = found.result()
                if ref.present:
                    result.set_result(ref)
                    return
                with self._lock:
                    worker = self._workers.get(ref.account_id or -1)
                if worker is not None:
                    worker.fetch(attachment_id).add_done_callback(chain)
                else:
                    self._spare.submit(self._fetch_idle, ref).add_done_callback(chain)
            except BaseException as exc:
                result.set_exception(exc)

        try:
            self._writer.submit(self.store.attachment_ref, attachment_id).add_done_callback(located)
        except RuntimeError as exc:  # the engine is stopping
            result.set_exception(exc)
        return result

    def _fetch_idle(self, ref: AttachmentRef) -> AttachmentRef:
        """A download for an account with no running worker, with a connector of its own."""
        account = next(
            (a for a in self.call(lambda s: s.accounts()) if a.id == ref.account_id), None
        )
        if account is None:
            raise StoreError(
                f"the account {ref.name} came from was removed; it cannot be downloaded"
            )
        if account.config.get("demo") == "true":
            raise StoreError("the demo desk has no channel to download files from")
        connector = self.connector_for(account)
        try:
            return download_into_store(connector, self.call, self._changed, ref.id)
        finally:
            connector.close()

    def sync_once(self, account: Account) -> RoundResult:
        """One synchronous round for one account (the CLI's ``sync``). Raises ConnectorError."""
        worker = self._worker(account)
        try:
            return worker.run_round()
        finally:
            worker.connector.close()

    def stop(self) -> None:
        with self._accounts_lock:
            self._running = False
        with self._lock:
            workers, self._workers = list(self._workers.values()), {}
        for worker in workers:
            worker.stop()
        self._desk_stop.set()
        if self._desk_timer is not None:
            self._desk_timer.join(5.0)
        self._spare.shutdown(wait=False, cancel_futures=True)
        self._writer.shutdown(wait=True)

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()
