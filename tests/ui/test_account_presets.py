"""Provider presets through the connector contract: a connector that declares presets gets a
provider choice that fills its settings in and folds them away; an address's domain picks
the provider; the X-style notes of a connector are shown on its page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from pytestqt.qtbot import QtBot

from omniinbox.connector import ConfigField, ConfigSchema, Connector, FieldType, discover
from omniinbox.secrets import Secrets
from omniinbox.sync.runtime import build_engine, open_secrets
from omniinbox.ui.account_wizard import AccountWizard
from omniinbox.workspace import Workspace


@dataclass(frozen=True)
class Preset:
    """The shape the wizard reads (the contract's provider preset)."""

    key: str
    name: str
    values: dict[str, str] = field(default_factory=dict)
    domains: tuple[str, ...] = ()
    note: str = ""
    secret_help: str = ""


class MailLike(Connector):
    kind: ClassVar[str] = "maillike"
    display_name: ClassVar[str] = "Mail-like (tests)"
    notes: ClassVar[str] = "This service's API is paid. What works: mentions and replies."
    schema: ClassVar[ConfigSchema] = ConfigSchema(
        (
            ConfigField("address", "Email address", pattern=r"[^@\s]+@[^@\s]+"),
            ConfigField("preset", "Provider", FieldType.CHOICE, False, choices=("acme", "custom")),
            ConfigField("host", "Server"),
            ConfigField("port", "Port", FieldType.INT, required=False, default="993"),
            ConfigField("password", "Password", secret=True),
        )
    )
    presets: ClassVar[tuple[Preset, ...]] = (
        Preset(
            "acme",
            "Acme Mail",
            {"host": "imap.acme.test", "port": "993"},
            ("acme.test",),
            "Acme files sent mail itself.",
            "Acme takes an app password.",
        ),
        Preset("custom", "Other (enter the servers)"),
    )


def wizard_for(qtbot: QtBot, workspace: Workspace) -> AccountWizard:
    engine = build_engine(workspace)
    secrets: Secrets = open_secrets(workspace)
    wizard = AccountWizard(discover({"maillike": MailLike}), engine.call, secrets)
    wizard.destroyed.connect(engine.stop)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.kind_page.select("maillike")
    assert wizard.kind_page.notes.text() == MailLike.notes
    wizard.next()
    return wizard


def test_a_preset_fills_the_servers_in_and_folds_them_away(
    qtbot: QtBot, workspace: Workspace
) -> None:
    wizard = wizard_for(qtbot, workspace)
    page = wizard.settings_page
    assert page.notes.text().startswith("This service's API is paid.")
    assert page.provider.isVisible()
    assert [page.provider.itemText(i) for i in range(page.provider.count())] == [
        "Acme Mail",
        "Other (enter the servers)",
    ]
    form = page.form
    assert form is not None
    assert form.rows["host"].isHidden() and form.rows["preset"].isHidden()
    assert (
        form.preset_summary.text() == "Filled in for Acme Mail: Server: imap.acme.test; Port: 993."
    )
    assert page.provider_note.text() == "Acme files sent mail itself. Acme takes an app password."
    qtbot.keyClicks(form.rows["address"].control, "help@acme.test")
    qtbot.keyClicks(form.rows["password"].control, "app-pass")
    wizard.next()
    draft = page.draft
    assert draft is not None
    assert draft.config == {
        "address": "help@acme.test",
        "preset": "acme",
        "host": "imap.acme.test",
        "port": "993",
    }
    assert draft.secrets.get("password") == "app-pass"


def test_the_custom_choice_shows_the_fields_and_an_address_picks_the_provider(
    qtbot: QtBot, workspace: Workspace
) -> None:
    wizard = wizard_for(qtbot, workspace)
    page = wizard.settings_page
    form = page.form
    assert form is not None
    assert page.choose_provider("custom")
    assert not form.rows["host"].isHidden()
    qtbot.keyClicks(form.rows["address"].control, "shop@acme.test")
    assert page.provider.currentData() == "acme"  # recognised from the domain
    assert page.account_name() == "shop@acme.test"


def test_the_x_page_says_the_api_is_paid_and_what_works(qtbot: QtBot, workspace: Workspace) -> None:
    engine = build_engine(workspace)
    wizard = AccountWizard(discover(), engine.call, open_secrets(workspace))
    wizard.destroyed.connect(engine.stop)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.kind_page.select("x")
    wizard.next()
    notes = wizard.settings_page.notes
    assert notes.isVisible() and notes.text().startswith("X's API is paid")
    assert "dm_events" in notes.text() and "encrypted chats are not visible" in notes.text()
    form = wizard.settings_page.form
    assert form is not None and "oauth2_client_id" in form.rows  # no client id of our own


def imap_wizard(qtbot: QtBot, workspace: Workspace) -> AccountWizard:
    engine = build_engine(workspace)
    wizard = AccountWizard(discover(), engine.call, open_secrets(workspace))
    wizard.destroyed.connect(engine.stop)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.kind_page.select("imap")
    wizard.next()
    return wizard


def test_the_email_providers_come_from_the_connectors_presets(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = imap_wizard(qtbot, workspace).settings_page
    form = page.form
    assert form is not None
    names = [page.provider.itemText(i) for i in range(page.provider.count())]
    assert names[0] == "Other (enter the servers)" and "Gmail / Google Workspace" in names
    assert page.provider.currentData() == "custom" and not form.rows["imap_host"].isHidden()
    assert page.sign_in.isHidden()  # a password account on a server of its own
    # Rarely needed settings are folded away; the everyday ones are not.
    assert form.advanced.isVisible() and not form.advanced.isChecked()
    assert form.rows["fingerprint"].parent() is form.advanced_body
    assert form.rows["imap_host"].parent() is not form.advanced_body

    qtbot.keyClicks(form.rows["address"].control, "desk@gmail.com")
    assert page.provider.currentData() == "gmail"
    assert form.rows["imap_host"].isHidden() and form.rows["smtp_port"].isHidden()
    assert form.preset_summary.text().startswith(
        "Filled in for Gmail / Google Workspace: IMAP server: imap.gmail.com; IMAP port: 993"
    )
    assert "app password" in page.provider_note.text()
    assert page.sign_in.isVisible() and page.sign_in.button.text() == "Sign in with Google…"
    values = page.values()
    assert (values["imap_host"], values["smtp_host"], values["server_saves_sent"]) == (
        "imap.gmail.com",
        "smtp.gmail.com",
        "yes",
    )

    # Microsoft takes no passwords: its preset switches to OAuth 2; back on Gmail, the
    # sign-in method Microsoft set is undone.
    assert page.choose_provider("microsoft")
    assert page.values()["auth"] == "xoauth2"
    assert page.sign_in.button.text() == "Sign in with Microsoft…"
    assert page.choose_provider("gmail")
    assert page.values()["auth"] == "password"
    assert page.choose_provider("custom")
    assert page.values()["imap_host"] == "" and page.sign_in.isHidden()
