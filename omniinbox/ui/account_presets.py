"""What the wizard asks a connector beyond its schema: provider presets and browser sign-in.

Both come through the connector contract (``omniinbox.connector``), never by importing a
connector package: ``Connector.presets`` (``ProviderPreset``: key, name, the settings they
fill in, the domains that pick them, a note, which password works there, the sign-in
provider's name), ``Connector.sign_in_provider(config)`` (whether a browser sign-in applies
to these settings, and with whom: "Google") and ``Connector.sign_in(open_browser, timeout)``
(OAuth in the system browser with a loopback redirect; the tokens go to the secrets handle).
Connectors that declare none of this get the plain form.
"""

from __future__ import annotations

import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices

from omniinbox.connector import Connector, ProviderPreset

log = logging.getLogger(__name__)

SIGN_IN_TIMEOUT = 300.0
CUSTOM = "custom"


def presets_of(cls: type[Connector]) -> tuple[ProviderPreset, ...]:
    """The connector's provider presets, in its order (empty when it declares none)."""
    return tuple(cls.presets)


def preset_values(preset: ProviderPreset) -> dict[str, str]:
    return {str(k): str(v) for k, v in preset.values.items()}


def preset_for_address(cls: type[Connector], address: str) -> ProviderPreset | None:
    """The preset whose domains include the address's domain (gmail.com -> Gmail)."""
    domain = address.strip().rpartition("@")[2].strip().rstrip(".").lower()
    if not domain:
        return None
    return next((p for p in cls.presets if domain in p.domains), None)


def sign_in_provider(cls: type[Connector], config: Mapping[str, str]) -> str | None:
    """None: no browser sign-in for these settings; "" or a provider's name otherwise."""
    return cls.sign_in_provider(config)


def sign_in(
    connector: Connector, open_browser: Callable[[str], object], timeout: float
) -> dict[str, str]:
    """Run the connector's browser sign-in (blocking); the settings it asks to change."""
    changes = connector.sign_in(open_browser, timeout)
    return {str(k): str(v) for k, v in (changes or {}).items()}


def end_sign_in(url: str) -> None:
    """End a sign-in that waits for the browser: answer its loopback redirect the way a
    provider answers when the user declines (RFC 6749 4.1.2.1, ``error=access_denied``)."""
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
    redirect, state = query.get("redirect_uri", ""), query.get("state", "")
    target = urllib.parse.urlsplit(redirect)
    if target.hostname not in ("127.0.0.1", "localhost", "::1") or not state:
        return
    params = urllib.parse.urlencode(
        {"state": state, "error": "access_denied", "error_description": "cancelled in OmniInbox"}
    )
    joiner = "&" if target.query else "?"
    try:
        with urllib.request.urlopen(redirect + joiner + params, timeout=5) as answer:
            answer.read()
    except (OSError, urllib.error.URLError) as exc:  # already ended: nothing to do
        log.debug("ending the sign-in wait: %s", type(exc).__name__)


class BrowserOpener(QObject):
    """``open_browser`` for a connector's sign-in: callable from its thread, opens the URL
    with the desktop's browser on the GUI thread; remembers the URL so a Cancel can end
    the wait (``end_sign_in``)."""

    _open = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self._open.connect(self._open_now, Qt.ConnectionType.QueuedConnection)

    def __call__(self, url: str) -> bool:
        self.url = url
        self._open.emit(url)
        return True

    @Slot(str)
    def _open_now(self, url: str) -> None:
        if not QDesktopServices.openUrl(QUrl(url)):
            log.warning("the web browser could not be opened for the sign-in")
