"""Provider presets: recognised from the address, applied to the settings, valid settings."""

from __future__ import annotations

import pytest
from omniinbox_connectors.imap.config import SCHEMA, AccountConfig
from omniinbox_connectors.imap.presets import (
    CUSTOM,
    PRESETS,
    Endpoint,
    apply_preset,
    preset_for,
    preset_for_host,
)
from omniinbox_connectors.imap.session import AuthMethod, Security


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("support@gmail.com", "gmail"),
        ("Support@GoogleMail.com", "gmail"),
        ("desk@outlook.com", "microsoft"),
        ("desk@hotmail.com", "microsoft"),
        ("desk@live.com", "microsoft"),
        ("заказы@yandex.ru", "yandex"),
        ("desk@yandex.kz", "yandex"),
        ("desk@yandex.com", "yandex"),
        ("desk@mail.ru", "mailru"),
        ("desk@bk.ru", "mailru"),
        ("desk@list.ru", "mailru"),
        ("desk@inbox.ru", "mailru"),
        ("desk@fastmail.com", "fastmail"),
        (" desk@gmail.com. ", "gmail"),
    ],
)
def test_the_provider_is_recognised_from_the_address(address: str, key: str) -> None:
    preset = preset_for(address)
    assert preset is not None and preset.key == key


@pytest.mark.parametrize("address", ["support@shop.kz", "a@gmail.com.evil.kz", "no-at-sign", ""])
def test_other_domains_are_not_guessed(address: str) -> None:
    assert preset_for(address) is None


def test_gmail() -> None:
    gmail = PRESETS["gmail"]
    assert gmail.imap == Endpoint("imap.gmail.com", 993, "tls")
    assert gmail.smtp == Endpoint("smtp.gmail.com", 465, "tls")
    assert gmail.smtp_alternatives == (Endpoint("smtp.gmail.com", 587, "starttls"),)
    assert gmail.server_saves_sent and gmail.gmail_threads and not gmail.oauth_required
    assert gmail.oauth is not None and gmail.oauth.scopes == ("https://mail.google.com/",)
    assert gmail.oauth.authorize_url == "https://accounts.google.com/o/oauth2/v2/auth"
    assert gmail.oauth.token_url == "https://oauth2.googleapis.com/token"
    assert dict(gmail.oauth.extra) == {"access_type": "offline", "prompt": "consent"}
    assert "app password" in gmail.password_help and "apppasswords" in gmail.password_help


def test_microsoft() -> None:
    microsoft = PRESETS["microsoft"]
    assert microsoft.imap == Endpoint("outlook.office365.com", 993, "tls")
    assert microsoft.smtp == Endpoint("smtp.office365.com", 587, "starttls")
    assert microsoft.oauth is not None and microsoft.oauth_required
    assert microsoft.oauth.scopes == (
        "https://outlook.office.com/IMAP.AccessAsUser.All",
        "https://outlook.office.com/SMTP.Send",
        "offline_access",
    )
    common = "https://login.microsoftonline.com/common/oauth2/v2.0/"
    assert microsoft.oauth.authorize_url == common + "authorize"
    assert microsoft.oauth.token_url == common + "token"
    assert "end of 2026" in microsoft.note and "OAuth 2" in microsoft.note


@pytest.mark.parametrize(
    ("key", "imap", "smtp"),
    [
        ("yandex", "imap.yandex.com", "smtp.yandex.com"),
        ("mailru", "imap.mail.ru", "smtp.mail.ru"),
        ("fastmail", "imap.fastmail.com", "smtp.fastmail.com"),
    ],
)
def test_password_providers(key: str, imap: str, smtp: str) -> None:
    preset = PRESETS[key]
    assert preset.imap == Endpoint(imap, 993, "tls")
    assert preset.smtp == Endpoint(smtp, 465, "tls")
    assert preset.oauth is None and preset.password_help


def test_servers_are_recognised_by_name() -> None:
    assert preset_for_host("IMAP.gmail.com").key == "gmail"  # type: ignore[union-attr]
    assert preset_for_host("smtp.office365.com").key == "microsoft"  # type: ignore[union-attr]
    assert preset_for_host("mail.shop.kz") is None


def test_applying_gmail_fills_the_servers_and_keeps_the_agents_settings() -> None:
    config = {
        "address": "support@gmail.com",
        "name": "Shop Support",
        "imap_host": "old.example.com",
        "fingerprint": "ab" * 32,
        "folders": "Архив",
    }
    applied = apply_preset(PRESETS["gmail"], config)
    assert applied == {
        "address": "support@gmail.com",
        "name": "Shop Support",
        "folders": "Архив",
        "preset": "gmail",
        "imap_host": "imap.gmail.com",
        "imap_port": "993",
        "imap_security": "tls",
        "smtp_host": "smtp.gmail.com",
        "smtp_port": "465",
        "smtp_security": "tls",
        "server_saves_sent": "yes",
    }
    assert config["imap_host"] == "old.example.com"  # the caller's dict is untouched
    account = AccountConfig.from_config(applied)
    assert account.imap.security is Security.TLS and account.server_saves_sent
    smtp = account.smtp()
    assert (smtp.host, smtp.port, smtp.security) == ("smtp.gmail.com", 465, "ssl")
    assert account.imap.auth is AuthMethod.PASSWORD  # an app password is the simple path


def test_applying_microsoft_turns_a_password_sign_in_into_oauth() -> None:
    applied = apply_preset(PRESETS["microsoft"], {"address": "desk@outlook.com"})
    assert applied["auth"] == "xoauth2"
    assert apply_preset(PRESETS["microsoft"], {"auth": "oauthbearer"})["auth"] == "oauthbearer"
    account = AccountConfig.from_config({**applied, "oauth_client_id": "app-1"})
    app = account.oauth_app()
    assert app is not None and app.name == "Microsoft" and app.client_id == "app-1"
    assert app.token_url.startswith("https://login.microsoftonline.com/common/")
    assert "offline_access" in app.scopes


def test_custom_changes_nothing_but_the_choice() -> None:
    config = {"address": "a@shop.kz", "imap_host": "mail.shop.kz"}
    assert apply_preset(PRESETS[CUSTOM], config) == {**config, "preset": CUSTOM}


@pytest.mark.parametrize("key", sorted(PRESETS))
def test_every_preset_makes_valid_settings(key: str) -> None:
    applied = apply_preset(PRESETS[key], {"address": "desk@shop.kz", "imap_host": "mail.shop.kz"})
    SCHEMA.validate(applied)
    AccountConfig.from_config(applied).smtp()


def test_oauth_endpoints_can_be_pointed_elsewhere() -> None:
    account = AccountConfig.from_config(
        {
            "address": "support@gmail.com",
            "imap_host": "imap.gmail.com",
            "auth": "xoauth2",
            "oauth_client_id": "desktop-1",
            "oauth_token_url": "http://127.0.0.1:9/token",
            "oauth_scopes": "a, b",
        }
    )
    app = account.oauth_app("s3cret")
    assert app is not None and app.name == "Google"  # recognised by the server's name
    assert app.token_url == "http://127.0.0.1:9/token"
    assert app.authorize_url == "https://accounts.google.com/o/oauth2/v2/auth"
    assert app.scopes == ("a", "b") and app.client_secret == "s3cret"
    assert "s3cret" not in repr(app)
    no_client = AccountConfig.from_config({"address": "a@gmail.com", "imap_host": "imap.gmail.com"})
    assert no_client.oauth_app() is None
