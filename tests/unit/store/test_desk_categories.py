"""The stored category tree: edits in the domain, kept in the store, moves re-file the
conversations and rules that used the old keys; escalation notices are kept per agent."""

from __future__ import annotations

import pytest

from omniinbox.domain.categories import CategoryTree
from omniinbox.domain.rules import Action, ActionKind, Rule, Trigger
from omniinbox.store import Store, StoreError


def test_tree_edits_keep_keys_stable_except_when_moving() -> None:
    tree = CategoryTree()
    events = tree.add(None, "Events")
    tree = tree.with_category(events)
    concert = tree.add("events", "Cancelled concert!")
    assert concert.key == "events.cancelled_concert" and not concert.complaint
    tree = tree.with_category(concert).rename("delivery", "  Shipping  ")
    assert tree.get("delivery").name == "Shipping"  # type: ignore[union-attr]
    assert tree.add("events", "Cancelled concert").key == "events.cancelled_concert_2"
    moved, moves = tree.move("delivery", "service_quality")
    assert moves["delivery"] == "service_quality.delivery"
    assert moves["delivery.late"] == "service_quality.delivery.late"
    assert moved.get("delivery") is None and moved.label("service_quality.delivery.late") == (
        "Service quality › Shipping › Late delivery"
    )
    with pytest.raises(ValueError, match="into itself"):
        moved.move("service_quality", "service_quality.delivery")
    archived = moved.archive("refund")
    assert archived.get("refund.request").archived  # type: ignore[union-attr]
    assert archived.restore("refund.request").get("refund").archived is False  # type: ignore[union-attr]
    assert CategoryTree.from_json(archived.to_json()) == archived
    assert archived.problems() == []


def test_saving_a_move_refiles_conversations_and_rules(store: Store) -> None:
    from tests.ui.sample_desk import fill

    desk = fill(store)
    store.set_category([desk.aigerim], "delivery.late")
    store.set_category([desk.olena], "delivery_x")  # a key that only starts like it
    store.save_rule(
        Rule(
            "Late", Trigger.NEW_MESSAGE, actions=(Action(ActionKind.SET_CATEGORY, "delivery.late"),)
        )
    )
    tree, moves = store.category_tree().move("delivery", "service_quality")
    changes = store.save_category_tree(tree, moves)
    assert changes.conversations == {desk.aigerim}
    assert store.conversation(desk.aigerim).category == "service_quality.delivery.late"
    assert store.conversation(desk.olena).category == "delivery_x"
    assert store.rules()[0].actions[0].value == "service_quality.delivery.late"
    assert store.category_tree() == tree
    broken = CategoryTree((*tree.categories, tree.categories[0]))
    with pytest.raises(StoreError, match="twice"):
        store.save_category_tree(broken)
    assert store.category_tree() == tree


def test_notices_are_kept_per_agent(store: Store) -> None:
    from tests.ui.sample_desk import fill

    desk = fill(store)
    other = store.add_agent("Timur", "t@shop.example")
    first = store.add_notice("escalation", desk.aigerim, desk.agent_id, text="lawyer")
    store.add_notice("escalation", desk.giorgi, other.id)
    assert [n.conversation_id for n in store.notices_after(0, desk.agent_id)] == [desk.aigerim]
    assert [n.agent_id for n in store.notices_after(first)] == [other.id]
    assert store.last_notice_id() == first + 1
