"""One account's loop, in its own thread: pull until caught up, drain the outbox, wait."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from omniinbox.connector import (
    AccountState,
    AuthError,
    Batch,
    Capability,
    Connector,
    ConnectorError,
    TransientError,
)
from omniinbox.domain import Account
from omniinbox.store import AttachmentRef, ChangeSet
from omniinbox.sync.backoff import Backoff
from omniinbox.sync.drain import drain_outbox
from omniinbox.sync.events import AccountStatus
from omniinbox.sync.fetch import download_into_store, prefetch
from omniinbox.sync.pipeline import pull_ahead

log = logging.getLogger(__name__)

MAX_BATCHES_PER_ROUND = 10_000  # a runaway connector cannot spin forever


@dataclass(frozen=True, slots=True)
class RoundResult:
    batches: int
    events: int
    sent: int


class AccountWorker:
    """Runs a connector for one account. All store access goes through ``call`` (the writer)."""

    def __init__(
        self,
        account: Account,
        connector: Connector,
        call: Callable,  # type: ignore[type-arg]
        report: Callable[[AccountStatus], None],
        on_change: Callable[[ChangeSet], None],
        *,
        backoff: Backoff | None = None,
        interval: float = 60.0,
        after_ingest: Callable[[], object] | None = None,
    ) -> None:
        self.account = account
        self.connector = connector
        self.call = call
        self.report = report
        self.on_change = on_change
        self.backoff = backoff or Backoff()
        self.interval = interval
        self.stop_event = threading.Event()
        self.wake_event = threading.Event()
        self.thread: threading.Thread | None = None
        self.failures = 0
        # The desk processor (acknowledgements, rules, SLA, surveys), run on the writer.
        self.after_ingest = after_ingest
        # Downloads (the agent's and the background prefetch) on a thread of their own, so a
        # file never waits behind a long poll and a long download never delays the sync.
        self._files = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix=f"account-{account.id}-files"
        )
        self._prefetching: Future[int] | None = None

    def _status(self, state: AccountState, sentence: str = "", **kw: int | None) -> None:
        self.report(AccountStatus(self.account.id, self.account.name, state, sentence, **kw))

    # --- one round, also used synchronously by the CLI -------------------------------------

    def run_round(self) -> RoundResult:
        """Pull until the connector has nothing more, then drain the outbox. Raises
        ConnectorError subclasses for the caller to classify."""
        idempotent = Capability.IDEMPOTENT_SEND in self.connector.capabilities
        self.call(lambda s: s.recover_interrupted(self.account.id, idempotent))
        self._status(AccountState.SYNCING, "checking for new messages")

        def ingest(batch: Batch) -> None:
            # Events and the cursor after them commit together: a crash before this
            # means the same batch is pulled again, and dedup keeps it single.
            changes = self.call(lambda s: s.ingest(self.account.id, batch.events, batch.cursor))
            if changes:
                self.on_change(changes)
                if self.after_ingest is not None:
                    self.after_ingest()
            self._status(AccountState.SYNCING, "syncing", done=batch.done, total=batch.total)

        cursor = self.call(lambda s: s.cursor(self.account.id))
        pulled = pull_ahead(
            self.connector.pull,
            ingest,
            cursor,
            max_batches=MAX_BATCHES_PER_ROUND,
            name=f"account-{self.account.id}-ingest",
        )
        if self.after_ingest is not None:
            self.after_ingest()  # what changed elsewhere (e.g. a resolve) goes out in this round
        sent = drain_outbox(
            self.connector, self.account.id, self.call, self.backoff, self.on_change
        )
        self._status(AccountState.CONNECTED, "up to date")
        return RoundResult(pulled.batches, pulled.events, sent)

    # --- files ----------------------------------------------------------------------------

    def fetch(self, attachment_id: int) -> Future[AttachmentRef]:
        """Download one attachment into the blob store, on this account's file thread."""
        return self._files.submit(
            download_into_store, self.connector, self.call, self.on_change, attachment_id
        )

    def prefetch_soon(self) -> Future[int] | None:
        """Fetch the small pending files in the background (after a sync, when online);
        at most one prefetch at a time. None when one is already running."""
        running = self._prefetching
        if running is not None and not running.done():
            return None
        try:
            self._prefetching = self._files.submit(
                prefetch,
                self.connector,
                self.call,
                self.on_change,
                self.account.id,
                self.stop_event,
            )
        except RuntimeError:  # stopping
            return None
        return self._prefetching

    # --- the thread -------------------------------------------------------------------------

    def start(self) -> None:
        self.thread = threading.Thread(
            target=self._loop, name=f"account-{self.account.id}", daemon=True
        )
        self.thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self.stop_event.set()
        self.wake_event.set()
        if self.thread is not None:
            self.thread.join(timeout)
        self._files.shutdown(wait=False, cancel_futures=True)  # closing cuts a running one
        try:
            self.connector.close()
        except Exception:
            log.warning("closing %s failed", self.account.name, exc_info=True)

    def wake(self) -> None:
        self.wake_event.set()

    def _sleep(self, seconds: float) -> None:
        self.wake_event.wait(seconds)
        self.wake_event.clear()

    def _loop(self) -> None:
        self._status(AccountState.CONNECTING, "connecting")
        while not self.stop_event.is_set():
            try:
                self.run_round()
                self.failures = 0
                self.prefetch_soon()  # online and caught up: small files come in now
            except AuthError as exc:
                self._status(AccountState.BAD_CREDENTIALS, str(exc))
                self._sleep(3600)  # until the agent fixes the credentials and wakes us
                continue
            except TransientError as exc:
                self.failures += 1
                delay = exc.retry_after or self.backoff.delay(self.failures)
                self._status(AccountState.OFFLINE, f"{exc} (retrying in {delay:.0f} s)")
                self._sleep(delay)
                continue
            except ConnectorError as exc:
                self.failures += 1
                self._status(AccountState.ERROR, str(exc))
                self._sleep(self.backoff.delay(self.failures))
                continue
            except Exception as exc:  # a bug must not kill the thread silently
                log.exception("account %s: unexpected error", self.account.name)
                self.failures += 1
                self._status(AccountState.ERROR, f"unexpected error: {exc}")
                self._sleep(self.backoff.delay(self.failures))
                continue
            if self.stop_event.is_set():
                break
            if Capability.PUSH_WAIT in self.connector.capabilities:
                cursor = self.call(lambda s: s.cursor(self.account.id))
                try:
                    self.connector.wait(cursor, self.interval)
                except ConnectorError as exc:
                    log.info("wait on %s ended: %s", self.account.name, exc)
            else:
                self._sleep(self.interval)
        self._status(AccountState.DISABLED, "stopped")
