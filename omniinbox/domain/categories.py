"""Categories and complaints, following ISO 10002 practice: every case is categorised, a complaint
is flagged as such, and its resolution records a root cause, so complaints can be analysed by
type, escalation and cause.

The default tree is data: the store seeds it once, agents edit it afterwards. Keys are stable
dotted paths (``delivery.late``); names are English and translated by the UI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any


@dataclass(frozen=True, slots=True)
class Category:
    key: str  # "delivery" or "delivery.late": the parent is the part before the last dot
    name: str
    complaint: bool = False  # cases filed here are complaints unless the agent says otherwise
    archived: bool = False  # hidden from pickers, kept for history and KPIs

    @property
    def parent(self) -> str | None:
        return self.key.rpartition(".")[0] or None


# Requests rather than complaints, although filed under a complaint category.
_REQUESTS = frozenset({"product.question", "delivery.address", "billing.invoice"})


def _tree(spec: dict[tuple[str, str, bool], tuple[tuple[str, str], ...]]) -> tuple[Category, ...]:
    out = []
    for (key, name, complaint), children in spec.items():
        out.append(Category(key, name, complaint))
        for sub, sub_name in children:
            path = f"{key}.{sub}"
            out.append(Category(path, sub_name, complaint and path not in _REQUESTS))
    return tuple(out)


DEFAULT_CATEGORIES: tuple[Category, ...] = _tree(
    {
        ("product", "Product", True): (
            ("defective", "Defective or damaged"),
            ("wrong_item", "Wrong item"),
            ("not_as_described", "Not as described"),
            ("question", "Question about a product"),
        ),
        ("delivery", "Delivery", True): (
            ("late", "Late delivery"),
            ("lost", "Lost parcel"),
            ("damaged", "Damaged in transit"),
            ("address", "Address or time change"),
        ),
        ("billing", "Billing", True): (
            ("double_charge", "Charged twice"),
            ("wrong_amount", "Wrong amount"),
            ("payment_failed", "Payment failed"),
            ("invoice", "Invoice or receipt"),
        ),
        ("refund", "Refund", True): (
            ("request", "Refund request"),
            ("status", "Refund status"),
            ("return", "Return of goods"),
        ),
        ("service_quality", "Service quality", True): (
            ("slow_response", "Slow response"),
            ("unresolved", "Problem not solved"),
            ("wrong_information", "Wrong information given"),
        ),
        ("staff_behaviour", "Staff behaviour", True): (
            ("rude", "Rude or disrespectful"),
            ("unhelpful", "Unhelpful"),
        ),
        ("other", "Other", False): (
            ("question", "General question"),
            ("feedback", "Praise or suggestion"),
        ),
    }
)


class RootCause(StrEnum):
    """Why it went wrong, recorded when a complaint is resolved."""

    PRODUCT_DEFECT = "product_defect"
    SUPPLIER = "supplier"  # a manufacturer or wholesaler
    CARRIER = "carrier"  # the courier or post
    PAYMENT_PROVIDER = "payment_provider"
    PROCESS = "process"  # how the shop works: stock, packing, order handling
    STAFF = "staff"  # a person's mistake or behaviour
    INFORMATION = "information"  # the site, a description or an answer was wrong or unclear
    SYSTEM = "system"  # software or equipment failure
    CUSTOMER = "customer"  # a misunderstanding or a mistake on the customer's side
    POLICY = "policy"  # the rule itself is what the customer disputes
    UNKNOWN = "unknown"  # investigated, cause not found


class Outcome(StrEnum):
    UPHELD = "upheld"  # the complaint was justified and remedied
    PARTLY_UPHELD = "partly_upheld"
    NOT_UPHELD = "not_upheld"
    NOT_A_COMPLAINT = "not_a_complaint"


@dataclass(frozen=True, slots=True)
class Resolution:
    """How a case ended: its category, whether it was a complaint and, if so, why it happened."""

    category: str
    complaint: bool = False
    root_cause: RootCause | None = None
    outcome: Outcome | None = None
    escalated: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class CategoryTree:
    categories: tuple[Category, ...] = DEFAULT_CATEGORIES

    def get(self, key: str) -> Category | None:
        return next((c for c in self.categories if c.key == key), None)

    def roots(self) -> tuple[Category, ...]:
        return tuple(c for c in self.categories if c.parent is None and not c.archived)

    def children(self, key: str) -> tuple[Category, ...]:
        return tuple(c for c in self.categories if c.parent == key and not c.archived)

    def path(self, key: str) -> tuple[Category, ...]:
        """The category and its ancestors, root first (unknown keys are skipped)."""
        parts = key.split(".")
        found = (self.get(".".join(parts[: i + 1])) for i in range(len(parts)))
        return tuple(c for c in found if c is not None)

    def label(self, key: str, separator: str = " › ") -> str:
        return separator.join(c.name for c in self.path(key)) or key

    def with_category(self, category: Category) -> CategoryTree:
        """Added, or replaced when the key exists; the parent must exist."""
        if category.parent and self.get(category.parent) is None:
            raise ValueError(f"no parent category {category.parent!r} for {category.key!r}")
        others = tuple(c for c in self.categories if c.key != category.key)
        if len(others) == len(self.categories):
            return CategoryTree((*self.categories, category))
        return CategoryTree(
            tuple(category if c.key == category.key else c for c in self.categories)
        )

    def archive(self, key: str) -> CategoryTree:
        """Hide a category and its sub-categories; cases filed there keep their key."""
        return CategoryTree(
            tuple(
                replace(c, archived=True) if c.key == key or c.key.startswith(key + ".") else c
                for c in self.categories
            )
        )

    def restore(self, key: str) -> CategoryTree:
        """Bring back an archived category, with its archived ancestors (never its children:
        they come back one by one)."""
        keep = {c.key for c in self.path(key)}
        return CategoryTree(
            tuple(replace(c, archived=False) if c.key in keep else c for c in self.categories)
        )

    def rename(self, key: str, name: str) -> CategoryTree:
        """A new name; the key (what conversations are filed under) stays."""
        name = " ".join(name.split())
        if not name:
            raise ValueError("a category needs a name")
        if self.get(key) is None:
            raise ValueError(f"no category {key!r}")
        return CategoryTree(
            tuple(replace(c, name=name) if c.key == key else c for c in self.categories)
        )

    def new_key(self, parent: str | None, name: str) -> str:
        """A key for a new category under ``parent``, unused so far (archived ones included)."""
        slug = re.sub(r"[\W]+", "_", name.casefold()).strip("_") or "category"
        base = f"{parent}.{slug}" if parent else slug
        key, n = base, 2
        while self.get(key) is not None:
            key, n = f"{base}_{n}", n + 1
        return key

    def add(self, parent: str | None, name: str, complaint: bool | None = None) -> Category:
        """The new category (call `with_category` to keep it); complaint as the parent's."""
        if parent is not None and self.get(parent) is None:
            raise ValueError(f"no parent category {parent!r}")
        name = " ".join(name.split())
        if not name:
            raise ValueError("a category needs a name")
        if complaint is None:
            complaint = self.is_complaint(parent) if parent else False
        return Category(self.new_key(parent, name), name, complaint)

    def descendants(self, key: str) -> tuple[Category, ...]:
        return tuple(c for c in self.categories if c.key.startswith(key + "."))

    def move(self, key: str, parent: str | None) -> tuple[CategoryTree, dict[str, str]]:
        """Put ``key`` and its sub-categories under ``parent`` (None: the top level). Keys are
        paths, so they change: returns the tree and each old key's new key, for re-filing."""
        moving = self.get(key)
        if moving is None:
            raise ValueError(f"no category {key!r}")
        if parent is not None and (parent == key or parent.startswith(key + ".")):
            raise ValueError("a category cannot move into itself")
        if parent is not None and self.get(parent) is None:
            raise ValueError(f"no parent category {parent!r}")
        if moving.parent == parent:
            return self, {}
        rest = CategoryTree(
            tuple(c for c in self.categories if c.key != key and not c.key.startswith(key + "."))
        )
        slug = key.rpartition(".")[2]
        target = rest.new_key(parent, slug)
        moves = {key: target}
        for c in self.descendants(key):
            moves[c.key] = target + c.key[len(key) :]
        moved = tuple(replace(c, key=moves[c.key]) for c in (moving, *self.descendants(key)))
        return CategoryTree((*rest.categories, *moved)), moves

    def problems(self) -> list[str]:
        """What makes a tree unstorable: empty when it can be saved."""
        found, seen = [], set()
        for c in self.categories:
            if not c.key or any(not part for part in c.key.split(".")):
                found.append(f"the category key {c.key!r} is not a path like delivery.late")
            elif c.key in seen:
                found.append(f"the category {c.key!r} is there twice")
            elif c.parent and self.get(c.parent) is None:
                found.append(f"no parent category for {c.key!r}")
            elif not c.name.strip():
                found.append(f"the category {c.key!r} has no name")
            seen.add(c.key)
        return found

    def to_json(self) -> list[dict[str, Any]]:
        return [
            {"key": c.key, "name": c.name, "complaint": c.complaint, "archived": c.archived}
            for c in self.categories
        ]

    @classmethod
    def from_json(cls, data: list[dict[str, Any]]) -> CategoryTree:
        return cls(
            tuple(
                Category(
                    str(d["key"]),
                    str(d.get("name") or d["key"]),
                    bool(d.get("complaint", False)),
                    bool(d.get("archived", False)),
                )
                for d in data
            )
        )

    def is_complaint(self, key: str) -> bool:
        """The default complaint flag for a case filed under ``key``."""
        category = self.get(key)
        return bool(category and category.complaint)


def resolution_problems(resolution: Resolution, tree: CategoryTree) -> list[str]:
    """What an agent must fix before resolving: empty when the resolution can be saved."""
    problems = []
    if not resolution.category:
        problems.append("choose a category")
    elif tree.get(resolution.category) is None:
        problems.append(f"unknown category {resolution.category!r}")
    if resolution.complaint and resolution.root_cause is None:
        problems.append("a complaint needs a root cause")
    if not resolution.complaint and resolution.outcome not in (None, Outcome.NOT_A_COMPLAINT):
        problems.append("an outcome is recorded only for complaints")
    return problems
