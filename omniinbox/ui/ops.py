"""Background operations: run store work off the GUI thread, hear the outcome on it.

Writes go to the engine's single writer (``engine.submit``); reads that may take a while
(search, counts) go to a ``Reader``: one background thread with its own read-only connection.
Either way ``success`` or ``failure`` is called later on the GUI thread::

    WriteOp(self, engine, lambda s: s.mark_read(cid)).success(on_done).run()

The default failure puts the error's sentence in the window's status bar; only unexpected
errors leave a traceback, and only in the log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from omniinbox.store import Store, StoreError
from omniinbox.sync.engine import Engine

log = logging.getLogger(__name__)
T = TypeVar("T")

STATUS_MESSAGE_MS = 10_000


class Reader:
    """Read-only queries on one background thread, over a connection of its own."""

    def __init__(self, open_store: Callable[[], Store]) -> None:
        self._open_store = open_store
        self._store: Store | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="omniinbox-reader")

    def submit(self, fn: Callable[[Store], T]) -> Future[T]:
        def run() -> T:
            if self._store is None:
                self._store = self._open_store()
            return fn(self._store)

        return self._pool.submit(run)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self._store is not None:
            self._store.close()
            self._store = None


def error_sentence(exc: BaseException) -> str:
    """What the agent reads: the error's own sentence, or a short line for a bug."""
    if isinstance(exc, StoreError | ValueError) and str(exc):
        text = str(exc)
    else:
        text = QCoreApplication.translate(
            "ops", "Something went wrong ({0}). The details are in the log."
        ).format(str(exc) or type(exc).__name__)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def show_error(parent: QWidget, exc: BaseException) -> None:
    """The default failure: one sentence where the agent looks, the traceback to the log."""
    if isinstance(exc, StoreError | ValueError):
        log.info("operation failed: %s", exc)
    else:
        log.error("operation failed", exc_info=exc)
    sentence = error_sentence(exc)
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(sentence, STATUS_MESSAGE_MS)
    else:
        box = QMessageBox(QMessageBox.Icon.Warning, window.windowTitle(), sentence, parent=window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


_IN_FLIGHT: set[_Relay] = set()  # touched on the GUI thread only


class _Relay(QObject):
    """Carries a finished future from whichever thread finished it to the GUI thread.

    Created on the GUI thread and held in ``_IN_FLIGHT`` until it delivered, so emitting
    from a worker never touches a deleted object; whether the widget still exists is checked
    on the GUI thread, at delivery.
    """

    finished = Signal(object)

    def __init__(self, widget: QWidget, deliver: Callable[[Future], None]) -> None:  # type: ignore[type-arg]
        super().__init__()
        self._widget = widget
        self._deliver = deliver
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        _IN_FLIGHT.add(self)

    @Slot(object)
    def _on_finished(self, future: Future) -> None:  # type: ignore[type-arg]
        _IN_FLIGHT.discard(self)
        if shiboken6.isValid(self._widget):
            self._deliver(future)
        else:
            log.debug("the widget waiting for a background result is gone")


class _BackgroundOp(Generic[T]):
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, callback: Callable[[T], None]) -> _BackgroundOp[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> _BackgroundOp[T]:
        self._failure = callback
        return self

    def _start(self) -> Future[T]:
        raise NotImplementedError

    def run(self) -> Future[T]:
        """Start the work; the callbacks run later on the GUI thread (never inside run)."""
        relay = _Relay(self._parent, self._deliver)
        try:
            future = self._start()
        except Exception as exc:  # e.g. the engine is already stopped: a failure like others
            future = Future()
            future.set_exception(exc)

        def relay_result(done: Future[T]) -> None:  # on the thread that finished the work
            relay.finished.emit(done)

        future.add_done_callback(relay_result)
        return future

    def _deliver(self, future: Future[T]) -> None:
        try:
            result = future.result()
        except CancelledError:
            return
        except Exception as exc:
            (self._failure or (lambda e: show_error(self._parent, e)))(exc)
            return
        if self._success is not None:
            self._success(result)


class WriteOp(_BackgroundOp[T]):
    """A store write on the engine's writer thread; a ChangeSet result is also announced
    to every view through the bridge."""

    def __init__(self, parent: QWidget, engine: Engine, fn: Callable[[Store], T]) -> None:
        super().__init__(parent)
        self._engine = engine
        self._fn = fn

    def _start(self) -> Future[T]:
        return self._engine.submit(self._fn)


class ReadOp(_BackgroundOp[T]):
    """A read query on the reader thread, for anything that may not be instant."""

    def __init__(self, parent: QWidget, reader: Reader, fn: Callable[[Store], T]) -> None:
        super().__init__(parent)
        self._reader = reader
        self._fn = fn

    def _start(self) -> Future[T]:
        return self._reader.submit(self._fn)
