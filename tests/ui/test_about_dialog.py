"""About OmniInbox (versions, workspace, the libraries' licences from their metadata) and Copy
diagnostics (on the clipboard, confirmed, without secrets)."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from omniinbox import __version__
from omniinbox.bundled import runtime_libraries
from omniinbox.secrets import Secrets
from omniinbox.sync.engine import Engine
from omniinbox.ui.about import AboutDialog
from omniinbox.ui.diagnostics import copy_diagnostics
from omniinbox.workspace import Workspace
from tests.ui.sample_desk import Desk


def _labels(dialog: AboutDialog) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_shows_versions_workspace_and_every_runtime_library(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = AboutDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    text = _labels(dialog)
    for expected in (
        __version__,
        qVersion(),
        PySide6.__version__,
        str(workspace.root),
        "Lesser General Public",
    ):
        assert expected in text, expected
    names = {dialog.table.item(r, 0).text().lower() for r in range(dialog.table.rowCount())}
    # the direct requirements of omniinbox and what they need in turn, from the metadata
    for needed in ("pyside6_essentials", "shiboken6", "imapclient", "httpx", "h11", "keyring"):
        assert needed in {n.replace("-", "_") for n in names}, needed
    assert "pytest" not in names  # a test tool, not shipped
    row = next(
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "httpx"
    )
    assert "BSD" in dialog.table.item(row, 2).text()
    dialog.table.setCurrentCell(row, 0)
    assert "Redistribution and use" in dialog.text.toPlainText()  # the shipped licence text
    pyside = next(
        r
        for r in range(dialog.table.rowCount())
        if "pyside6" in dialog.table.item(r, 0).text().lower()
    )
    dialog.table.setCurrentCell(pyside, 0)
    assert "Lesser General Public License" in dialog.text.toPlainText()


def test_runtime_libraries_is_a_closure_with_licences() -> None:
    libs = runtime_libraries()
    assert libs[0].name == "omniinbox" and libs[0].licence == "MIT"
    assert all(lib.version and lib.licence for lib in libs if not lib.problem)
    assert sum(bool(lib.licence_files) for lib in libs) >= len(libs) // 2


def test_copy_diagnostics_puts_them_on_the_clipboard_with_a_confirmation(
    qtbot: QtBot, workspace: Workspace, engine: Engine, desk: Desk
) -> None:
    planted = "planted-Пароль-token-5521"
    store = workspace.open_store(readonly=True)
    account = store.accounts()[0]
    store.close()
    Secrets(workspace.keyring_path).set(f"account-{account.id}", "password", planted)
    QGuiApplication.clipboard().clear()
    dialog = copy_diagnostics(workspace, engine)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.copy_button.isEnabled(), timeout=15_000)
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.view.toPlainText() and copied.startswith("OmniInbox diagnostics")
    assert "Copied to the clipboard" in dialog.confirmation.text()
    assert f"Qt: {qVersion()}" in copied and account.name in copied
    assert planted not in copied
