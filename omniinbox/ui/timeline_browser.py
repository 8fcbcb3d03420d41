"""The timeline's browser: shows the timeline HTML and decides every image it may draw.

QTextBrowser would read ``file:`` and relative addresses from disk; here nothing is read but
our own pictures (icons, attachment thumbnails from the blob store) and remote images of
allowed senders, fetched by RemoteImages. A blocked remote image draws as a grey tile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from omniinbox.domain import Attachment
from omniinbox.ui.assets import icon
from omniinbox.ui.remote_images import RemoteImages
from omniinbox.ui.theme import colours

ICON_PX = 14


def _tile(size: int = 24) -> QImage:
    """What a blocked or loading remote image draws as."""
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(colours().chip))
    painter = QPainter(image)
    icon("image").paint(painter, 4, 4, size - 8, size - 8)
    painter.end()
    return image


class TimelineBrowser(QTextBrowser):
    def __init__(
        self,
        thumbnail: Callable[[Attachment], QImage | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(14)
        self._thumbnail = thumbnail
        self.attachments: dict[int, Attachment] = {}
        self.allow_remote = False
        self.remote = RemoteImages(self)
        self._thumbs: dict[int, QImage | None] = {}
        self.blocked_asked = 0  # remote images the document asked for and did not get

    def set_attachments(self, attachments: dict[int, Attachment]) -> None:
        self.attachments = attachments
        self._thumbs = {k: v for k, v in self._thumbs.items() if k in attachments}

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        value = kind.value if hasattr(kind, "value") else int(kind)
        if value != QTextDocument.ResourceType.ImageResource.value:
            return None
        qurl = url if isinstance(url, QUrl) else QUrl(url)
        scheme = qurl.scheme().lower()
        if scheme == "omni-icon":
            size = QSize(ICON_PX * 2, ICON_PX * 2)
            image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            icon(qurl.path()).paint(painter, 0, 0, ICON_PX * 2, ICON_PX * 2)
            painter.end()
            image.setDevicePixelRatio(2)
            return image
        if scheme == "omni-att":
            return self._attachment_image(qurl.path())
        if scheme in ("http", "https"):
            text = qurl.toString()
            if not self.allow_remote:
                self.blocked_asked += 1
                return _tile()
            found = self.remote.image(text)
            if found is None:
                self.remote.fetch(text)
                return _tile()
            return found
        return None  # file:, relative and anything else: never read

    def _attachment_image(self, key: str) -> QImage | None:
        try:
            attachment_id = int(key)
        except ValueError:
            return None
        if attachment_id not in self._thumbs:
            attachment = self.attachments.get(attachment_id)
            self._thumbs[attachment_id] = (
                self._thumbnail(attachment) if attachment is not None else None
            )
        return self._thumbs[attachment_id]
