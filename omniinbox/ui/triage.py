"""What an agent does to conversations (one or many): status, owner, snooze, priority,
category, tags, collaborators. Each is written by the engine's single writer and shows in
every view through the change-set it returns; the status bar says what happened."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from omniinbox.domain import Priority, Status
from omniinbox.store import ChangeSet, Store
from omniinbox.sync.engine import Engine
from omniinbox.ui.formatting import full_time, priority_label, status_label
from omniinbox.ui.ops import WriteOp

Write = Callable[[Store], ChangeSet]


class Triage(QObject):
    """Writes for the window; ``done`` carries the sentence to show once a write is in."""

    done = Signal(str)

    def __init__(
        self, parent: QWidget, engine: Engine, agent_id: int | None, agent_name: str
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._engine = engine
        self.agent_id = agent_id
        self.actor = agent_name

    def _run(self, fn: Write, sentence: str) -> None:
        WriteOp(self._parent, self._engine, fn).success(lambda _c: self.done.emit(sentence)).run()

    def _many(self, ids: list[int], one: str, many: str, detail: str = "") -> str:
        """``one`` for a single conversation, else ``many`` with {0} the count, {1} the detail."""
        return one if len(ids) == 1 else many.format(len(ids), detail)

    # --- status -----------------------------------------------------------------------------

    def set_status(self, ids: list[int], status: Status) -> None:
        if not ids:
            return
        if status is Status.SNOOZED:
            raise ValueError("snoozing needs a time: use snooze()")
        actor = self.actor
        label = status_label(status)
        self._run(
            lambda s: s.set_status(ids, status, actor),
            self._many(
                ids,
                self.tr("Marked {0}.").format(label),
                self.tr("{0} conversations marked {1}."),
                label,
            ),
        )

    def resolve(self, ids: list[int]) -> None:
        if not ids:
            return
        actor = self.actor
        self._run(
            lambda s: s.set_status(ids, Status.RESOLVED, actor),
            self._many(ids, self.tr("Resolved."), self.tr("{0} conversations resolved.")),
        )

    def snooze(self, ids: list[int], until: datetime) -> None:
        if not ids:
            return
        actor = self.actor
        when = full_time(until)
        self._run(
            lambda s: s.snooze(ids, until, actor),
            self._many(
                ids,
                self.tr("Snoozed until {0}.").format(when),
                self.tr("{0} conversations snoozed until {1}."),
                when,
            ),
        )

    # --- people -----------------------------------------------------------------------------

    def assign(self, ids: list[int], agent_id: int | None, agent_name: str = "") -> None:
        if not ids:
            return
        actor = self.actor
        if agent_id is None:
            sentence = self._many(
                ids, self.tr("Unassigned."), self.tr("{0} conversations unassigned.")
            )
        elif agent_id == self.agent_id:
            sentence = self._many(
                ids, self.tr("Assigned to you."), self.tr("{0} conversations assigned to you.")
            )
        else:
            sentence = self._many(
                ids,
                self.tr("Assigned to {0}.").format(agent_name),
                self.tr("{0} conversations assigned to {1}."),
                agent_name,
            )
        self._run(lambda s: s.assign(ids, agent_id, actor), sentence)

    def assign_to_me(self, ids: list[int]) -> None:
        self.assign(ids, self.agent_id, self.actor)

    def set_collaborators(self, conversation_id: int, agent_ids: list[int]) -> None:
        actor = self.actor
        self._run(
            lambda s: s.set_collaborators(conversation_id, agent_ids, actor),
            self.tr("Collaborators updated."),
        )

    # --- fields -----------------------------------------------------------------------------

    def set_priority(self, ids: list[int], priority: Priority) -> None:
        if not ids:
            return
        actor = self.actor
        self._run(
            lambda s: s.set_priority(ids, priority, actor),
            self.tr("Priority: {0}.").format(priority_label(priority)),
        )

    def set_category(self, ids: list[int], key: str, label: str) -> None:
        if not ids:
            return
        actor = self.actor
        sentence = self.tr("Category: {0}.").format(label) if key else self.tr("Category cleared.")
        self._run(lambda s: s.set_category(ids, key, actor), sentence)

    def set_tags(self, tags: Mapping[int, list[str]]) -> None:
        """New tag lists per conversation, written together."""
        if not tags:
            return
        wanted = {cid: list(t) for cid, t in tags.items()}

        def write(store: Store) -> ChangeSet:
            changes = ChangeSet()
            with store.tx():
                for cid, tag_list in wanted.items():
                    changes.merge(store.set_tags(cid, tag_list))
            return changes

        self._run(
            write,
            self._many(
                list(wanted),
                self.tr("Tags updated."),
                self.tr("Tags of {0} conversations updated."),
            ),
        )
