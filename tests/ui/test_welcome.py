"""The first run: a workspace with no account shows the welcome screen; the demo is one click
away; adding an account goes through the wizard to the profile, then the workspace opens;
cancelling the wizard comes back to the welcome screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from omniinbox.connector import discover
from omniinbox.ui.app import choose_workspace, preferred_language
from omniinbox.ui.settings import LANGUAGE, PROFILE_DONE, UiSettings, locale_for
from omniinbox.ui.welcome_flow import FirstRun, Outcome, profile_wanted
from omniinbox.workspace import Workspace

LEFT = Qt.MouseButton.LeftButton


def start(qtbot: QtBot, workspace: Workspace) -> FirstRun:
    flow = FirstRun(workspace, discover())
    flow.start()
    assert flow.welcome is not None
    qtbot.addWidget(flow.welcome)
    qtbot.waitExposed(flow.welcome)
    return flow


def test_the_welcome_screen_offers_an_account_or_the_demo(
    qtbot: QtBot, workspace: Workspace
) -> None:
    flow = start(qtbot, workspace)
    welcome = flow.welcome
    assert welcome is not None and welcome.isVisible()
    assert welcome.add_button.text() == "Add an account"
    assert welcome.demo_button.text() == "Explore the demo"
    assert welcome.add_button.isDefault()


def test_explore_the_demo_opens_the_demo_beside_the_workspace(
    qtbot: QtBot, workspace: Workspace
) -> None:
    flow = start(qtbot, workspace)
    assert flow.welcome is not None
    with qtbot.waitSignal(flow.finished) as ended:
        qtbot.mouseClick(flow.welcome.demo_button, LEFT)
    assert ended.args == [Outcome.DEMO]
    chosen = choose_workspace(workspace, demo=False)  # what run_gui then opens
    assert chosen == workspace.demo()
    assert chosen.has_accounts()  # the demo desk was filled
    assert not workspace.has_accounts()  # the agent's own workspace stays empty


def test_closing_the_welcome_screen_quits(qtbot: QtBot, workspace: Workspace) -> None:
    flow = start(qtbot, workspace)
    assert flow.welcome is not None
    with qtbot.waitSignal(flow.finished) as ended:
        flow.welcome.reject()
    assert ended.args == [Outcome.QUIT]


def test_a_cancelled_wizard_returns_to_the_welcome_screen(
    qtbot: QtBot, workspace: Workspace
) -> None:
    flow = start(qtbot, workspace)
    assert flow.welcome is not None
    qtbot.mouseClick(flow.welcome.add_button, LEFT)
    assert flow.wizard is not None and flow.wizard.isVisible()
    qtbot.addWidget(flow.wizard)
    flow.wizard.reject()
    assert flow.welcome.isVisible() and flow.outcome is None
    assert flow.welcome.note.text() == "No account was added."
    assert not workspace.has_accounts()


def test_adding_an_account_leads_to_the_profile_then_the_workspace(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    flow = start(qtbot, workspace)
    assert flow.welcome is not None
    qtbot.mouseClick(flow.welcome.add_button, LEFT)
    wizard = flow.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    assert wizard.kind_page.select("scripted")  # a connector whose check() needs no server
    wizard.next()
    form = wizard.settings_page.form
    assert form is not None
    folder = tmp_path / "remote"
    folder.mkdir()
    qtbot.keyClicks(form.rows["folder"].control, str(folder))
    qtbot.keyClicks(form.rows["token"].control, "tok-1234")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.ok, timeout=10_000)
    wizard.accept()
    qtbot.waitUntil(lambda: flow.profile is not None, timeout=10_000)
    assert workspace.has_accounts()
    profile = flow.profile
    assert profile is not None
    qtbot.addWidget(profile)
    qtbot.waitUntil(lambda: profile.editor.loaded)
    qtbot.keyClicks(profile.editor.page.name, "Aigerim Sadykova")
    with qtbot.waitSignal(flow.finished, timeout=10_000) as ended:
        qtbot.mouseClick(profile.save_button, LEFT)
    assert ended.args == [Outcome.WORKSPACE]
    assert choose_workspace(workspace, demo=False) == workspace
    store = workspace.open_store(readonly=True)
    try:
        (agent,) = store.agents()
    finally:
        store.close()
    assert agent.name == "Aigerim Sadykova"
    assert workspace.config()["agent_id"] == agent.id
    assert not profile_wanted(workspace)


def test_a_start_with_accounts_and_nobody_at_the_desk_asks_for_the_profile_once(
    workspace: Workspace,
) -> None:
    store = workspace.open_store()
    try:
        store.add_account("Support", "scripted", {"folder": "x"})
    finally:
        store.close()
    assert profile_wanted(workspace)
    UiSettings.of(workspace).set(PROFILE_DONE, True)  # answered or skipped
    assert not profile_wanted(workspace)


def test_the_language_chosen_is_read_before_the_window_opens(workspace: Workspace) -> None:
    assert preferred_language(workspace) == "system"
    demo = UiSettings.of(workspace.demo())
    demo.set(LANGUAGE, "ka")
    demo.sync()
    assert preferred_language(workspace) == "ka"  # chosen in the demo, no account yet
    own = UiSettings.of(workspace)
    own.set(LANGUAGE, "ru")
    own.sync()
    assert preferred_language(workspace) == "ru"  # the agent's own workspace wins
    assert locale_for("ru").name() == "ru_RU"
    assert locale_for("uz").name().startswith("uz")
    assert locale_for("uz").script().name == "LatinScript"
