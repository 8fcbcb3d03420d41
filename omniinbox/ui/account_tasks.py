"""Blocking account work off the GUI thread: checks, sign-ins, keyring writes.

``Task(fn)`` runs ``fn`` on a small thread pool and calls ``done`` or ``failed`` on the GUI
thread. A task can be abandoned (``cancel``): its result is then dropped, since a blocking
network call cannot be interrupted from outside (the caller closes the connector or ends the
sign-in wait so the thread finishes soon).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from omniinbox.connector import ConnectorError
from omniinbox.secrets import SecretsUnavailable
from omniinbox.store import Store, StoreError
from omniinbox.workspace import Workspace

log = logging.getLogger(__name__)
T = TypeVar("T")

_POOL = ThreadPoolExecutor(max_workers=3, thread_name_prefix="omniinbox-accounts")
_RUNNING: set[Task] = set()  # held until delivered, so a worker never emits on a dead object


class Task(QObject):
    """One blocking call; ``done(result)`` or ``failed(sentence)`` arrive on the GUI thread."""

    done = Signal(object)
    failed = Signal(str)
    _finished = Signal(object)

    def __init__(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], object] | None = None,
        failed: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__()  # no parent: lives until it delivered, whatever the dialog does
        self._fn = fn
        self.cancelled = False
        self.future: Future[Any] | None = None
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        if done is not None:
            self.done.connect(done)
        if failed is not None:
            self.failed.connect(failed)

    def start(self) -> Task:
        _RUNNING.add(self)
        self.future = _POOL.submit(self._fn)
        self.future.add_done_callback(self._finished.emit)
        return self

    def cancel(self) -> None:
        """Drop the result: neither ``done`` nor ``failed`` will be emitted."""
        self.cancelled = True

    @property
    def running(self) -> bool:
        return self.future is not None and not self.future.done()

    @Slot(object)
    def _deliver(self, future: Future[Any]) -> None:
        _RUNNING.discard(self)
        if self.cancelled:
            return
        try:
            result = future.result()
        except Exception as exc:
            self.failed.emit(sentence_of(exc))
            return
        self.done.emit(result)


def wait_all(timeout: float = 10.0) -> None:
    """Let running tasks finish (tests, and the app before it exits)."""
    for task in list(_RUNNING):
        if task.future is not None:
            try:
                task.future.exception(timeout)
            except Exception:  # a timeout: the task's thread ends by itself later
                log.info("an account task was still running at exit")


def sentence_of(exc: BaseException) -> str:
    """The sentence an agent reads: the connector's own, or a short line for a bug."""
    if isinstance(exc, ConnectorError | SecretsUnavailable | StoreError | ValueError) and str(exc):
        text = str(exc)
    else:
        log.error("account task failed", exc_info=exc)
        text = QCoreApplication.translate(
            "accounts", "Something went wrong ({0}). The details are in the log."
        ).format(type(exc).__name__)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class WorkspaceCall:
    """A StoreCall for a workspace no engine writes to (first run; the agent's own workspace
    seen from the demo): a connection per call, on the calling background thread."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def __call__(self, fn: Callable[[Store], T], /) -> T:
        store = self.workspace.open_store()
        try:
            return fn(store)
        finally:
            store.close()
