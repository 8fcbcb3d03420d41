"""Agents: their details change in place (the profile page), a blank name is refused and
changes nothing, and the change is audited. Account settings change in place too."""

from __future__ import annotations

import pytest

from omniinbox.store import Store, StoreError
from omniinbox.workspace import Workspace


def test_an_agents_details_change_and_survive_a_reopen(store: Store, workspace: Workspace) -> None:
    dana = store.add_agent("Dana", "dana@shop.example", "Dana")
    timur = store.add_agent("Timur", "timur@shop.example")

    changed = store.update_agent(
        dana.id, name="  Dana Sultanova ", email=" dana.s@shop.example ", signature="—\nDana S."
    )

    assert (changed.id, changed.name, changed.email, changed.signature) == (
        dana.id,
        "Dana Sultanova",
        "dana.s@shop.example",
        "—\nDana S.",
    )
    assert store.agent(timur.id) == timur  # the other agent is untouched
    store.close()
    again = workspace.open_store()
    try:
        assert again.agent(dana.id) == changed
        (row,) = again.all("SELECT target FROM audit WHERE action = 'agent.update'")
        assert row["target"] == "Dana Sultanova"
    finally:
        again.close()


def test_a_blank_name_is_refused_and_changes_nothing(store: Store) -> None:
    dana = store.add_agent("Dana", "dana@shop.example", "Dana")
    with pytest.raises(StoreError, match="an agent needs a real name: it is signed on every"):
        store.update_agent(dana.id, name="   ", email="x@shop.example")
    assert store.agent(dana.id) == dana


def test_an_unknown_agent_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no agent with id 999"):
        store.update_agent(999, name="Nobody")


def test_an_accounts_settings_change_in_place(store: Store) -> None:
    account = store.add_account("Support", "imap", {"address": "a@shop.example"}, "email")
    changed = store.set_account_config(account.id, {"address": "b@shop.example", "name": "Desk"})
    assert changed.config == {"address": "b@shop.example", "name": "Desk"}
    assert store.account(account.id) == changed and changed.name == "Support"
    with pytest.raises(StoreError, match="no account with id 999"):
        store.set_account_config(999, {})
