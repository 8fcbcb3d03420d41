"""Sign in with X through the connector contract (``sign_in_provider`` / ``sign_in``): the
browser is sent to the emulator's authorisation page, which redirects to the registered
callback port; the tokens land in the account's secrets and work."""

from __future__ import annotations

import socket
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest
from omniinbox_connectors.x import XConnector
from omniinbox_connectors.x.config import Settings

from omniinbox.connector import AuthError, ConnectorError
from tests.emulators.x_api import XApiEmulator
from tests.integration.x.support import CLIENT_ID, Secrets, connector_for


class Browser:
    """The agent's browser: opens X's page, which (approved) redirects to the app."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        with urllib.request.urlopen(url, timeout=5) as response:
            response.read()
        return True


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_browser_sign_in_is_offered_for_oauth2_only() -> None:
    assert XConnector.sign_in_provider({"account": "@shop_kz"}) == "X"
    assert XConnector.sign_in_provider({"auth": "oauth2"}) == "X"
    assert XConnector.sign_in_provider({"auth": "oauth1a"}) is None


def test_signing_in_stores_tokens_that_work(x_api: XApiEmulator) -> None:
    port = free_port()
    secrets = Secrets({"oauth2_client_id": CLIENT_ID})
    connector = connector_for(x_api, secrets, callback_port=str(port))
    browser = Browser()

    assert connector.sign_in(browser, timeout=10) == {}

    (url,) = browser.opened
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert query["redirect_uri"] == f"http://127.0.0.1:{port}/callback"
    assert query["client_id"] == CLIENT_ID
    assert secrets.values["oauth2_access_token"] in x_api.tokens
    assert secrets.values["oauth2_refresh_token"] in x_api.refresh_tokens
    assert sorted(secrets.writes) == ["oauth2_access_token", "oauth2_refresh_token"]
    connector.check()  # the new token signs in as the shop
    assert connector.shop().username == "shop_kz"


def test_without_a_client_id_no_browser_opens(x_api: XApiEmulator) -> None:
    connector = connector_for(x_api, Secrets(), callback_port=str(free_port()))
    browser = Browser()
    with pytest.raises(AuthError, match=r"OAuth 2\.0 client id"):
        connector.sign_in(browser, timeout=5)
    assert browser.opened == [] and x_api.calls("GET", "/i/oauth2/authorize") == []


def test_a_callback_port_in_use_is_named(x_api: XApiEmulator) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        secrets = Secrets({"oauth2_client_id": CLIENT_ID})
        connector = connector_for(x_api, secrets, callback_port=str(port))
        browser = Browser()
        with pytest.raises(ConnectorError, match=f"port {port} is in use — "):
            connector.sign_in(browser, timeout=5)
    assert browser.opened == [] and "oauth2_access_token" not in secrets.values


def test_a_denied_sign_in_stores_nothing(x_api: XApiEmulator) -> None:
    x_api.deny_next_authorization = True
    secrets = Secrets({"oauth2_client_id": CLIENT_ID})
    connector = connector_for(x_api, secrets, callback_port=str(free_port()))
    with pytest.raises(AuthError, match="access_denied"):
        connector.sign_in(Browser(), timeout=10)
    assert secrets.writes == []


def test_the_callback_port_defaults_to_8765_and_is_checked() -> None:
    assert Settings.of({"account": "@shop_kz"}).callback_port == 8765
    assert Settings.of({"account": "@shop_kz", "callback_port": "9001"}).callback_port == 9001
    with pytest.raises(ConnectorError, match="callback port must be 1-65535"):
        Settings.of({"account": "@shop_kz", "callback_port": "70000"})
    with pytest.raises(ConnectorError, match="Callback port must be a whole number"):
        Settings.of({"account": "@shop_kz", "callback_port": "http"})
