"""Remote images of mail, fetched only for senders the agent allowed.

Nothing here runs until a sender is allowed: the network manager is created on the first
fetch. Requests carry no cookies or referrer, follow only safe redirects, give up after a
timeout and stop reading past a size limit. Images are kept in memory for the session.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

log = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT_MS = 15_000
MAX_CACHED = 300


class RemoteImages(QObject):
    loaded = Signal(str)  # the address of an image that arrived

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._manager: QNetworkAccessManager | None = None
        self._cache: dict[str, QImage] = {}
        self._pending: set[str] = set()
        self._failed: set[str] = set()
        self.requests_made = 0

    @property
    def network_used(self) -> bool:
        return self._manager is not None

    def image(self, url: str) -> QImage | None:
        return self._cache.get(url)

    def fetch(self, url: str) -> None:
        """Start loading the image unless it is here, on its way, or failed before."""
        if url in self._cache or url in self._pending or url in self._failed:
            return
        qurl = QUrl(url)
        if qurl.scheme().lower() not in ("http", "https"):
            return
        if self._manager is None:
            self._manager = QNetworkAccessManager(self)
            self._manager.setRedirectPolicy(QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy)
        request = QNetworkRequest(qurl)
        request.setTransferTimeout(TIMEOUT_MS)
        request.setAttribute(QNetworkRequest.Attribute.CookieLoadControlAttribute, 1)  # manual
        request.setAttribute(QNetworkRequest.Attribute.CookieSaveControlAttribute, 1)
        request.setHeader(QNetworkRequest.KnownHeaders.UserAgentHeader, "OmniInbox")
        reply = self._manager.get(request)
        self.requests_made += 1
        self._pending.add(url)
        reply.downloadProgress.connect(lambda got, _total, r=reply: self._guard(r, got))
        reply.finished.connect(lambda r=reply, u=url: self._done(r, u))

    def _guard(self, reply: QNetworkReply, received: int) -> None:
        if received > MAX_BYTES:
            reply.abort()

    def _done(self, reply: QNetworkReply, url: str) -> None:
        self._pending.discard(url)
        try:
            if reply.error() != QNetworkReply.NetworkError.NoError:
                self._failed.add(url)
                log.info("remote image %s not loaded: %s", url, reply.errorString())
                return
            image = QImage()
            if not image.loadFromData(bytes(reply.readAll().data())):
                self._failed.add(url)
                return
            if len(self._cache) >= MAX_CACHED:
                self._cache.pop(next(iter(self._cache)))
            self._cache[url] = image
            self.loaded.emit(url)
        finally:
            reply.deleteLater()
