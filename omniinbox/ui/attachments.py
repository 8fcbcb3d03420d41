"""Attachments: open, save as, preview. A file name from a customer is sanitised before it
touches the disk (no path parts, no control or reserved characters, no reserved Windows
names, a sane length), and programs are never opened with a double click."""

from __future__ import annotations

import logging
import re
import tempfile
import unicodedata
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
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

    def __init__(self, parent: QWidget, store: Store) -> None:
        self._parent = parent
        self._store = store

    def menu(self, attachment: Attachment) -> QMenu:
        menu = QMenu(self._parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        available = bool(attachment.sha256)
        opener = menu.addAction(menu.tr("Open"), lambda: self.open(attachment))
        opener.setEnabled(available and not is_risky(attachment.name))
        if is_risky(attachment.name):
            opener.setToolTip(menu.tr("Programs and scripts are only saved, never opened here"))
        menu.addAction(menu.tr("Save as…"), lambda: self.save_as(attachment)).setEnabled(available)
        if attachment.mime.lower().startswith("image/"):
            menu.addAction(menu.tr("Preview"), lambda: self.preview(attachment)).setEnabled(
                available
            )
        if not available:
            menu.addSeparator()
            menu.addAction(menu.tr("Not downloaded yet")).setEnabled(False)
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
        """A private copy under a safe name, opened with the desktop's program for it."""
        if is_risky(attachment.name):
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
        data = self._bytes(attachment)
        if data is None:
            return None
        if path is None:
            start = str(Path.home() / safe_filename(attachment.name))
            path, _ = QFileDialog.getSaveFileName(
                self._parent, self._parent.tr("Save attachment"), start
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
