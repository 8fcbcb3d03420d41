"""About OmniInbox: versions, the workspace, and the licences of the libraries it runs on.

The library list is the runtime dependency closure read from the installed metadata
(omniinbox.bundled), so it is true of this very installation or bundle; a licence text the
metadata ships is shown when its row is chosen.
"""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omniinbox import __version__
from omniinbox.bundled import Library, licence_text, runtime_libraries
from omniinbox.workspace import Workspace

QT_NOTE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Qt and Qt for Python (PySide6, Shiboken6) are used under the GNU Lesser General Public "
    "License version 3. They are linked dynamically, as separate shared libraries that you may "
    "replace with your own build; their source code is available from https://code.qt.io and "
    "https://download.qt.io.",
)


def version_lines(workspace: Workspace) -> list[tuple[str, str]]:
    frozen = getattr(sys, "frozen", False)
    translate = QCoreApplication.translate
    return [
        (
            translate("AboutDialog", "Version"),
            __version__ + (translate("AboutDialog", " (bundle)") if frozen else ""),
        ),
        (translate("AboutDialog", "Qt"), qVersion()),
        (translate("AboutDialog", "PySide6"), PySide6.__version__),
        (
            translate("AboutDialog", "Python"),
            f"{platform.python_version()} ({platform.python_implementation()})",
        ),
        (translate("AboutDialog", "System"), platform.platform()),
        (translate("AboutDialog", "Workspace"), str(workspace.root)),
    ]


class AboutDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About OmniInbox"))
        self.libraries: list[Library] = runtime_libraries()
        title = QLabel(self.tr("<h2>OmniInbox {0}</h2>").format(__version__))
        blurb = QLabel(
            self.tr(
                "A desktop support inbox: email, Telegram and X conversations as one list of "
                "tickets, offline first."
            )
        )
        blurb.setWordWrap(True)
        facts = QFormLayout()
        for name, value in version_lines(workspace):
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(name, label)
        self.table = QTableWidget(len(self.libraries), 3)
        self.table.setObjectName("aboutLibraries")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, lib in enumerate(self.libraries):
            licence = lib.licence or self.tr("unknown: %1").replace("%1", lib.problem)
            for col, text in enumerate((lib.name, lib.version, licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(lib.summary)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setObjectName("aboutLicenceText")
        self.text.setPlaceholderText(self.tr("Choose a library to read its licence."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.text)
        qt_note = QLabel(QCoreApplication.translate("AboutDialog", str(QT_NOTE)))
        qt_note.setObjectName("aboutQtNote")
        qt_note.setWordWrap(True)
        qt_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(facts)
        layout.addWidget(QLabel(self.tr("Libraries in this installation and their licences:")))
        layout.addWidget(split, 1)
        layout.addWidget(qt_note)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))
        self.resize(720, 640)

    def show_licence(self, row: int) -> None:
        if not 0 <= row < len(self.libraries):
            return
        lib = self.libraries[row]
        texts = []
        for path in lib.licence_files:
            text = licence_text(lib.name, path)
            if text:
                texts.append(f"== {path} ==\n{text.strip()}")
        if not texts:
            texts.append(
                self.tr("%1 ships no licence text in its metadata; its licence is: %2")
                .replace("%1", lib.name)
                .replace("%2", lib.licence or lib.problem)
            )
        if lib.name.lower().startswith(("pyside6", "shiboken6")):
            texts.insert(0, QCoreApplication.translate("AboutDialog", str(QT_NOTE)))
        self.text.setPlainText("\n\n".join(texts))
