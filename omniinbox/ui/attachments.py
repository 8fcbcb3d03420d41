"""Attachments: open, save as, preview. A file name from a customer is sanitised before it
touches the disk (no path parts, no control or reserved characters, no reserved Windows
names, a sane length), and programs are never opened with a double click.

A file synced without its content (a Telegram file, a big email attachment) is fetched first
when the agent opens or saves it (attachment_fetch.py): the download runs on the account's
file thread, a busy cursor shows meanwhile, and a failure is one sentence in the status bar;
the chip stays usable, so it can be tried again once the account is online."""

from __future__ import annotations

import logging
import re
import tempfile
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from omniinbox.domain import Attachment
from omniinbox.store import Store
from omniinbox.sync.engine import Engine
from omniinbox.ui.attachment_fetch import Fetcher
from omniinbox.ui.ops import show_error

log = logging.getLogger(__name__)

MAX_NAME = 120
THUMBNAIL = QSize(240, 160)
MAX_PREVIEW_BYTES = 15 * 1024 * 1024
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}
_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
RISKY = frozenset(
    {
        "exe",
        "com",
        "bat",
        "cmd",
        "msi",
        "msp",
        "scr",
        "pif",
        "cpl",
        "jar",
        "js",
        "jse",
        "vbs",
        "vbe",
        "wsf",
        "wsh",
        "ps1",
        "psm1",
        "hta",
        "lnk",
        "reg",
        "sh",
        "bash",
        "run",
        "command",
        "desktop",
        "app",
        "appimage",
        "deb",
        "rpm",
        "dmg",
        "pkg",
        "py",
        "pyw",
        "html",
        "htm",
        "svg",
        "iso",
        "docm",
        "xlsm",
        "pptm",
    }
)


def safe_filename(name: str, fallback: str = "attachment") -> str:
    """A file name safe on every desktop: the last path part, no control or reserved
    characters, no leading dots, not a reserved device name, at most MAX_NAME characters
    with the extension kept."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").split("/")[-1]
    name = _BAD.sub("_", name)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp"))
    name = name.strip().strip(". ")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if not stem.strip("._ "):
        stem = fallback
    if stem.split(".")[0].lower() in _RESERVED:
        stem = "_" + stem
    ext = ext[:16]
    room = MAX_NAME - (len(ext) + 1 if ext else 0)
    stem = stem[:room].rstrip(". ")
    return f"{stem}.{ext}" if ext else stem


def is_risky(name: str) -> bool:
    """A program or script: saved, never opened from the desk."""
    ext = name.rpartition(".")[2].lower() if "." in name else ""
    return ext in RISKY


_open_dir: Path | None = None


def _open_folder() -> Path:
    global _open_dir
    if _open_dir is None:
        _open_dir = Path(tempfile.mkdtemp(prefix="omniinbox-open-"))
    return _open_dir


def thumbnail(store: Store, attachment: Attachment) -> QImage | None:
    """A small picture of an image attachment, or None."""
    image = _image(store, attachment)
    if image is None:
        return None
    if image.width() > THUMBNAIL.width() or image.height() > THUMBNAIL.height():
        image = image.scaled(
            THUMBNAIL,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def _image(store: Store, attachment: Attachment) -> QImage | None:
    if not attachment.sha256 or attachment.size > MAX_PREVIEW_BYTES:
        return None
    try:
        data = store.blobs.get(attachment.sha256)
    except (OSError, ValueError):
        return None
    image = QImage()
    return image if image.loadFromData(data) else None


class AttachmentActions:
    """Open, save as and preview for one window."""

    def __init__(self, parent: QWidget, store: Store, engine: Engine | None = None) -> None:
        self._parent = parent
        self._store = store
        self.fetcher = Fetcher(parent, store, engine)

    @property
    def engine(self) -> Engine | None:
        return self.fetcher.engine

    @engine.setter
    def engine(self, engine: Engine | None) -> None:
        """Set by the window: without an engine, files not downloaded yet cannot be opened."""
        self.fetcher.engine = engine

    def menu(self, attachment: Attachment) -> QMenu:
        menu = QMenu(self._parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        present = bool(attachment.sha256)
        problem = "" if present else self.fetcher.problem(attachment)
        fetching = attachment.id in self.fetcher.busy
        # Not downloaded yet: Open and Save fetch it first, when there is a way to.
        usable = present or (self.fetcher.engine is not None and not problem and not fetching)
        opener = menu.addAction(
            QCoreApplication.translate("Attachments", "Open"), lambda: self.open(attachment)
        )
        opener.setEnabled(usable and not is_risky(attachment.name))
        if is_risky(attachment.name):
            opener.setToolTip(
                QCoreApplication.translate(
                    "Attachments", "Programs and scripts are only saved, never opened here"
                )
            )
        menu.addAction(
            QCoreApplication.translate("Attachments", "Save as…"), lambda: self.save_as(attachment)
        ).setEnabled(usable)
        if attachment.mime.lower().startswith("image/"):
            menu.addAction(
                QCoreApplication.translate("Attachments", "Preview"),
                lambda: self.preview(attachment),
            ).setEnabled(usable)
        if not present:
            menu.addSeparator()
            if fetching:
                note = QCoreApplication.translate("Attachments", "Downloading…")
            elif problem:
                note = QCoreApplication.translate(
                    "Attachments", "Cannot be downloaded: {0}"
                ).format(problem)
            else:
                note = QCoreApplication.translate("Attachments", "Not downloaded yet")
            shown = menu.addAction(note if len(note) <= 90 else note[:88] + "…")
            shown.setToolTip(note)
            shown.setEnabled(False)
            if problem and self.fetcher.engine is not None:
                menu.addAction(
                    QCoreApplication.translate("Attachments", "Try downloading again"),
                    lambda: self.fetcher.retry(attachment),
                )
        return menu

    def _bytes(self, attachment: Attachment) -> bytes | None:
        if not attachment.sha256:
            return None
        try:
            return self._store.blobs.get(attachment.sha256)
        except (OSError, ValueError) as exc:
            show_error(self._parent, OSError(f"the attachment's file is missing ({exc})"))
            return None

    def open(self, attachment: Attachment) -> Path | None:
        """A private copy under a safe name, opened with the desktop's program for it (a file
        not downloaded yet is fetched first; None then, and it opens when it is here)."""
        if is_risky(attachment.name):
            return None
        if not attachment.sha256:
            self.fetcher.fetch(attachment, self.open)
            return None
        data = self._bytes(attachment)
        if data is None:
            return None
        folder = _open_folder() / (attachment.sha256 or "x")[:12]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / safe_filename(attachment.name)
        target.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def save_as(self, attachment: Attachment, path: str | None = None) -> Path | None:
        if not attachment.sha256:
            self.fetcher.fetch(attachment, lambda fetched: self.save_as(fetched, path))
            return None
        data = self._bytes(attachment)
        if data is None:
            return None
        if path is None:
            start = str(Path.home() / safe_filename(attachment.name))
            path, _ = QFileDialog.getSaveFileName(
                self._parent, QCoreApplication.translate("Attachments", "Save attachment"), start
            )
            if not path:
                return None
        target = Path(path)
        try:
            target.write_bytes(data)
        except OSError as exc:
            show_error(self._parent, exc)
            return None
        return target

    def preview(self, attachment: Attachment) -> QDialog | None:
        if not attachment.sha256:
            self.fetcher.fetch(attachment, self.preview)
            return None
        image = _image(self._store, attachment)
        if image is None:
            return None
        dialog = QDialog(self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(attachment.name)
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setPixmap(QPixmap.fromImage(image))
        area = QScrollArea()
        area.setWidget(label)
        area.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        dialog.resize(min(image.width() + 40, 1000), min(image.height() + 80, 760))
        dialog.open()
        return dialog
