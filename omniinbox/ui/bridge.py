"""The one place where engine threads meet Qt: engine events become queued Qt signals.

The engine calls its listeners on worker threads. Emitting a signal of a QObject that lives
in the GUI thread from another thread delivers it queued, so every slot connected to these
signals runs on the GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from omniinbox.sync.engine import Engine
from omniinbox.sync.events import AccountStatus, Changed, EngineEvent, OutboxChanged

log = logging.getLogger(__name__)


class EngineBridge(QObject):
    """Re-emits engine events as Qt signals; create it on the GUI thread."""

    changed = Signal(object)  # ChangeSet
    account_status = Signal(object)  # AccountStatus
    outbox_changed = Signal(object)  # dict[str, int]: outbox rows per state

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._closed = False
        engine.add_listener(self._on_event)

    def close(self) -> None:
        """Stop relaying: the engine keeps its listener list, so we go quiet instead."""
        self._closed = True

    def _on_event(self, event: EngineEvent) -> None:  # runs on an engine thread
        if self._closed:
            return
        try:
            if isinstance(event, Changed):
                self.changed.emit(event.changes)
            elif isinstance(event, AccountStatus):
                self.account_status.emit(event)
            elif isinstance(event, OutboxChanged):
                self.outbox_changed.emit(dict(event.counts))
        except RuntimeError:  # the C++ side is gone while the engine was still reporting
            self._closed = True
            log.debug("engine event after the bridge was deleted: %r", event)
