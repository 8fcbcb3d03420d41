"""The default ISO 10002-style category tree, complaints and root causes."""

from __future__ import annotations

import pytest

from omniinbox.domain.categories import (
    DEFAULT_CATEGORIES,
    Category,
    CategoryTree,
    Outcome,
    Resolution,
    RootCause,
    resolution_problems,
)

TREE = CategoryTree()


def test_default_roots_follow_iso_10002_practice() -> None:
    assert [c.key for c in TREE.roots()] == [
        "product", "delivery", "billing", "refund", "service_quality", "staff_behaviour", "other"
    ]  # fmt: skip
    assert all(TREE.children(root.key) for root in TREE.roots())


def test_keys_are_unique_and_every_parent_exists() -> None:
    keys = [c.key for c in DEFAULT_CATEGORIES]
    assert len(keys) == len(set(keys))
    assert all(c.parent is None or TREE.get(c.parent) for c in DEFAULT_CATEGORIES)


def test_complaint_flags_by_default() -> None:
    assert TREE.is_complaint("delivery.late")
    assert TREE.is_complaint("staff_behaviour.rude")
    assert not TREE.is_complaint("product.question")  # a question filed under product
    assert not TREE.is_complaint("other.feedback")
    assert not TREE.is_complaint("no.such")


def test_paths_and_labels() -> None:
    assert [c.key for c in TREE.path("delivery.late")] == ["delivery", "delivery.late"]
    assert TREE.label("delivery.late") == "Delivery › Late delivery"
    assert TREE.label("legacy.key") == "legacy.key"


def test_editing_returns_a_new_tree() -> None:
    tree = TREE.with_category(Category("delivery.customs", "Stuck at customs", complaint=True))
    assert tree.get("delivery.customs") is not None and TREE.get("delivery.customs") is None
    renamed = tree.with_category(Category("delivery", "Shipping", complaint=True))
    assert renamed.label("delivery.customs") == "Shipping › Stuck at customs"
    assert len(renamed.categories) == len(tree.categories)
    with pytest.raises(ValueError, match="no parent"):
        TREE.with_category(Category("warranty.repair", "Repair"))


def test_archiving_hides_a_branch_but_keeps_its_keys() -> None:
    tree = TREE.archive("refund")
    assert "refund" not in [c.key for c in tree.roots()]
    assert tree.children("refund") == ()
    assert (
        tree.get("refund.status") is not None
        and tree.label("refund.status") == "Refund › Refund status"
    )


def test_a_complaint_needs_a_root_cause() -> None:
    complaint = Resolution("delivery.late", complaint=True)
    assert resolution_problems(complaint, TREE) == ["a complaint needs a root cause"]
    done = Resolution("delivery.late", True, RootCause.CARRIER, Outcome.UPHELD, escalated=True)
    assert resolution_problems(done, TREE) == []


def test_resolution_checks() -> None:
    assert resolution_problems(Resolution(""), TREE) == ["choose a category"]
    assert resolution_problems(Resolution("nope"), TREE) == ["unknown category 'nope'"]
    assert resolution_problems(Resolution("other.question", outcome=Outcome.UPHELD), TREE) == [
        "an outcome is recorded only for complaints"
    ]
    assert resolution_problems(Resolution("other.question"), TREE) == []
