"""The frame shared by the desk's editor dialogs (canned answers, bulk notification): a dialog
that reads the store and writes through the engine for one agent, with a Close button.

No user-visible strings here: titles and labels stay in the subclasses, so their translation
contexts (the subclasses' names) are the ones the .ts files know.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from omniinbox.store import Store
from omniinbox.sync.engine import Engine


class DeskDialog(QDialog):
    """Subclasses name themselves (``object_name``) and make their widgets in ``_setup``."""

    object_name: ClassVar[str] = ""

    def __init__(
        self,
        store: Store,
        engine: Engine,
        agent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self.store, self.engine, self.agent_id = store, engine, agent_id
        self._setup()

    def _setup(self) -> None:
        """Make the widgets and connect them (the subclass's part of the constructor)."""

    def close_box(self) -> QDialogButtonBox:
        """The Close button row for the bottom of the dialog; Close rejects it."""
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        return close
