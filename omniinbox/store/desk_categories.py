"""The desk's category tree, edited by agents and stored as JSON beside the other desk
settings (key ``categories``). Until it is first saved the ISO 10002 default tree is used.

Removing a category archives it: it leaves the pickers, and conversations filed there keep
their key and a readable label. Moving one changes its key (keys are paths), so saving a
tree with moves re-files the conversations and the rules' "set the category" actions in the
same transaction.
"""

from __future__ import annotations

from dataclasses import replace

from omniinbox.domain.categories import CategoryTree
from omniinbox.domain.rules import ActionKind
from omniinbox.store.core import ChangeSet, StoreBase, StoreError

CATEGORIES_KEY = "categories"


def _moved(key: str, moves: dict[str, str]) -> str:
    """``key`` after ``moves`` (the longest moved prefix wins)."""
    for old in sorted(moves, key=len, reverse=True):
        if key == old or key.startswith(old + "."):
            return moves[old] + key[len(old) :]
    return key


class DeskCategoriesMixin(StoreBase):
    def category_tree(self) -> CategoryTree:
        data = self.desk_value(CATEGORIES_KEY)  # type: ignore[attr-defined]
        return CategoryTree.from_json(data) if data else CategoryTree()

    def save_category_tree(
        self, tree: CategoryTree, moves: dict[str, str] | None = None
    ) -> ChangeSet:
        """Store ``tree``; ``moves`` (old key -> new key, from `CategoryTree.move`) re-files
        the conversations and rules that used the old keys. Returns the conversations
        re-filed."""
        problems = tree.problems()
        if problems:
            raise StoreError("; ".join(problems))
        moves = {old: new for old, new in (moves or {}).items() if old != new}
        missing = sorted(new for new in moves.values() if tree.get(new) is None)
        if missing:
            raise StoreError(f"moved to a category the tree does not have: {', '.join(missing)}")
        touched: set[int] = set()
        with self.tx():
            self.set_desk_value(CATEGORIES_KEY, tree.to_json())  # type: ignore[attr-defined]
            for old, new in sorted(moves.items(), key=lambda m: -len(m[0])):
                prefix = old + "."
                rows = self.db.execute(
                    "SELECT id, category FROM conversations "
                    "WHERE category = ? OR substr(category, 1, ?) = ?",
                    (old, len(prefix), prefix),
                ).fetchall()
                for cid, current in rows:
                    self.db.execute(
                        "UPDATE conversations SET category = ? WHERE id = ?",
                        (new + str(current)[len(old) :], cid),
                    )
                    touched.add(int(cid))
            if moves:
                for rule in self.rules():  # type: ignore[attr-defined]
                    actions = tuple(
                        replace(a, value=_moved(a.value, moves))
                        if a.kind is ActionKind.SET_CATEGORY
                        else a
                        for a in rule.actions
                    )
                    if actions != rule.actions:
                        self.save_rule(replace(rule, actions=actions))  # type: ignore[attr-defined]
            self.audit(
                "desk.categories",
                str(len(tree.categories)),
                ", ".join(f"{o} -> {n}" for o, n in sorted(moves.items())),
            )
        return ChangeSet(touched)
