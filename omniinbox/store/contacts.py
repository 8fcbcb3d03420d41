"""Customers: details, notes and custom fields, merging two into one (with undo), and the
saved searches of the left pane."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from omniinbox.domain import Contact, Identity, IdentityKind
from omniinbox.store.core import ChangeSet, StoreBase, StoreError, dumps, fold, now_iso

_NAME_CANDIDATES = 2_000  # customers a name's phrase match reads before comparing exactly


@dataclass(frozen=True, slots=True)
class MergeSuggestion:
    """Another customer who may be this one: ``why`` is "name" (the same full name) or
    "handle" (the same handle on ``network``, shown as ``handle``)."""

    contact_id: int
    name: str
    why: str
    network: str = ""
    handle: str = ""

    @property
    def reason(self) -> str:
        if self.why == "name":
            return f"same name: {self.name}"
        return f"same handle on {self.network}: {self.handle}"


@dataclass(frozen=True, slots=True)
class CustomerCard:
    """What the customer panel shows."""

    contact: Contact
    fields: dict[str, str] = field(default_factory=dict)
    conversation_count: int = 0


def _identity(row) -> Identity:  # type: ignore[no-untyped-def]
    kind = row["kind"]
    kind_enum = (
        IdentityKind(kind) if kind in IdentityKind._value2member_map_ else IdentityKind.OTHER
    )
    return Identity(kind_enum, row["value"], row["display"], row["contact_id"])


class ContactsMixin(StoreBase):
    def customer(self, contact_id: int) -> CustomerCard:
        row = self.one("SELECT * FROM contacts WHERE id = ?", (contact_id,))
        if row is None:
            raise StoreError(f"no customer with id {contact_id}")
        identities = tuple(
            _identity(r)
            for r in self.all(
                "SELECT * FROM identities WHERE contact_id = ? ORDER BY kind, id", (contact_id,)
            )
        )
        count = self.scalar(
            "SELECT count(*) FROM conversations WHERE contact_id = ?", (contact_id,)
        )
        return CustomerCard(
            Contact(row["id"], row["name"], identities, row["notes"]),
            json.loads(row["fields"] or "{}"),
            int(count or 0),
        )

    def update_customer(
        self,
        contact_id: int,
        *,
        name: str | None = None,
        notes: str | None = None,
        fields: dict[str, str] | None = None,
    ) -> ChangeSet:
        with self.tx():
            if name is not None:
                if not name.strip():
                    raise StoreError("a customer needs a name")
                self.db.execute(
                    "UPDATE contacts SET name = ? WHERE id = ?", (name.strip(), contact_id)
                )
            if notes is not None:
                self.db.execute("UPDATE contacts SET notes = ? WHERE id = ?", (notes, contact_id))
            if fields is not None:
                clean = {k.strip(): v for k, v in fields.items() if k.strip()}
                self.db.execute(
                    "UPDATE contacts SET fields = ? WHERE id = ?", (dumps(clean), contact_id)
                )
            self._refresh_people(contact_id)
        return self._customer_changes(contact_id)

    def _customer_changes(self, contact_id: int) -> ChangeSet:
        ids = {
            r[0]
            for r in self.db.execute(
                "SELECT id FROM conversations WHERE contact_id = ?", (contact_id,)
            )
        }
        return ChangeSet(conversations=ids, contacts={contact_id})

    def _refresh_people(self, contact_id: int) -> None:
        """Keep the customer's names and handles searchable on every message of theirs."""
        people = self.scalar(
            "SELECT c.name || ' ' || coalesce((SELECT group_concat(i.value || ' ' || i.display, ' ') "
            "FROM identities i WHERE i.contact_id = c.id), '') FROM contacts c WHERE c.id = ?",
            (contact_id,),
        )
        self.db.execute(
            "UPDATE message_fts SET people = ? WHERE rowid IN (SELECT m.id FROM messages m "
            "JOIN conversations c ON c.id = m.conversation_id WHERE c.contact_id = ?)",
            (people or "", contact_id),
        )

    # --- one customer across channels -----------------------------------------------------

    def link_strong_identities(self, contact_id: int, extra: dict[str, str]) -> ChangeSet:
        """A verified phone or email learnt on one channel (a Telegram user sharing their
        number) links this customer to whoever already has it: the two become one, recorded
        as a merge an agent can undo."""
        changes = ChangeSet()
        for key, kind in (("phone", IdentityKind.PHONE), ("email", IdentityKind.EMAIL)):
            if not extra.get(key):
                continue
            identity = Identity.of(kind, extra[key])
            owner = self.scalar(
                "SELECT contact_id FROM identities WHERE kind = ? AND value = ?",
                (kind.value, identity.value),
            )
            if owner is None:
                self.add_identity(contact_id, identity)  # type: ignore[attr-defined]
                changes.contacts.add(contact_id)
            elif owner != contact_id:
                self.merge_customers(int(owner), contact_id, actor=f"automatic: same {key}")
                changes.merge(self._customer_changes(int(owner)))
                contact_id = int(owner)
        return changes

    def merge_suggestions(self, contact_id: int) -> list[tuple[int, str]]:
        """(customer id, reason) of the customers who may be this one."""
        return [(s.contact_id, s.reason) for s in self.suggested_merges(contact_id)]

    def suggested_merges(self, contact_id: int) -> list[MergeSuggestion]:
        """Other customers who may be this one (same name, or the same handle on another
        network): shown to the agent, never merged silently; never one the agent said is
        not the same person."""
        me = self.one("SELECT name FROM contacts WHERE id = ?", (contact_id,))
        if me is None:
            return []
        distinct = self._distinct_from(contact_id)
        found: dict[int, MergeSuggestion] = {}
        name = " ".join(str(me["name"]).split()).casefold()
        if len(name) >= 3 and " " in name:
            for other, other_name in self._same_name(name, contact_id):
                found[other] = MergeSuggestion(other, other_name, "name")
        handles = {
            str(h).lstrip("@").casefold()
            for row in self.all(
                "SELECT value, display FROM identities WHERE contact_id = ? AND kind IN "
                "('telegram', 'x')",
                (contact_id,),
            )
            for h in (row["display"], row["value"])
            if h and not str(h).isdigit()
        }
        if handles:
            # Handles on Telegram and X are ASCII: NOCASE compares them as the networks do,
            # through the index of migration 10 (never lower() over every identity).
            shown = sorted(handles | {"@" + h for h in handles})
            marks = ",".join("?" * len(shown))
            for r in self.all(
                "SELECT i.contact_id, i.kind, i.display, c.name FROM identities i "
                "JOIN contacts c ON c.id = i.contact_id "
                "WHERE i.id IN ("
                f"  SELECT id FROM identities WHERE display COLLATE NOCASE IN ({marks})"
                "   AND kind IN ('telegram', 'x')"
                f"  UNION SELECT id FROM identities WHERE kind IN ('telegram', 'x')"
                f"   AND value IN ({marks})"
                ") AND i.contact_id != ? AND c.merged_into IS NULL",
                (*shown, *shown, contact_id),
            ):
                found.setdefault(
                    r[0], MergeSuggestion(r[0], str(r[3]), "handle", str(r[1]), str(r[2]))
                )
        return [found[k] for k in sorted(found) if k not in distinct]

    def _same_name(self, name: str, contact_id: int) -> list[tuple[int, str]]:
        """Other customers named exactly ``name`` (case and spacing aside): candidates come
        from the search index's people column (a phrase match), then compared exactly."""
        phrase = 'people:"' + fold(name).replace('"', '""') + '"'
        rows = self.all(
            "SELECT DISTINCT c.id, c.name FROM message_fts "
            "JOIN messages m ON m.id = message_fts.rowid "
            "JOIN conversations cv ON cv.id = m.conversation_id "
            "JOIN contacts c ON c.id = cv.contact_id "
            "WHERE message_fts MATCH ? AND c.id != ? AND c.merged_into IS NULL LIMIT ?",
            (phrase, contact_id, _NAME_CANDIDATES),
        )
        return [
            (int(r[0]), str(r[1])) for r in rows if " ".join(str(r[1]).split()).casefold() == name
        ]

    def _distinct_from(self, contact_id: int) -> set[int]:
        return {
            int(r[0])
            for r in self.db.execute(
                "SELECT high_id FROM contacts_distinct WHERE low_id = ? "
                "UNION SELECT low_id FROM contacts_distinct WHERE high_id = ?",
                (contact_id, contact_id),
            )
        }

    def mark_not_same(self, contact_id: int, other_id: int, actor: str = "") -> ChangeSet:
        """The agent says these two are different people: never suggest merging them again."""
        if contact_id == other_id:
            raise StoreError("a customer is always the same as themselves")
        low, high = sorted((contact_id, other_id))
        with self.tx():
            for cid in (low, high):
                if self.scalar("SELECT 1 FROM contacts WHERE id = ?", (cid,)) is None:
                    raise StoreError(f"no customer with id {cid}")
            self.db.execute(
                "INSERT OR IGNORE INTO contacts_distinct (low_id, high_id, at, actor) "
                "VALUES (?, ?, ?, ?)",
                (low, high, now_iso(), actor),
            )
            self.audit("customer.not-same", f"{low}<>{high}", "", actor)
        return ChangeSet(contacts={contact_id, other_id})

    # --- merge and undo ---------------------------------------------------------------------

    def merge_customers(self, keep_id: int, merge_id: int, actor: str = "") -> int:
        """Make two customers one: the second's identities and conversations move to the first.
        Returns the merge's id, which ``unmerge`` takes to undo it exactly."""
        if keep_id == merge_id:
            raise StoreError("a customer cannot be merged with itself")
        with self.tx():
            for cid in (keep_id, merge_id):
                if self.scalar("SELECT merged_into FROM contacts WHERE id = ?", (cid,)) is not None:
                    raise StoreError(f"customer {cid} was merged already")
            identities = [
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM identities WHERE contact_id = ?", (merge_id,)
                )
            ]
            conversations = [
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM conversations WHERE contact_id = ?", (merge_id,)
                )
            ]
            self.db.execute(
                "UPDATE identities SET contact_id = ? WHERE contact_id = ?", (keep_id, merge_id)
            )
            self.db.execute(
                "UPDATE conversations SET contact_id = ? WHERE contact_id = ?", (keep_id, merge_id)
            )
            self.db.execute("UPDATE contacts SET merged_into = ? WHERE id = ?", (keep_id, merge_id))
            cur = self.db.execute(
                "INSERT INTO merges (at, actor, kept_id, merged_id, identities, conversations) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (now_iso(), actor, keep_id, merge_id, dumps(identities), dumps(conversations)),
            )
            self.audit("customer.merge", f"{merge_id}->{keep_id}", "", actor)
            self._refresh_people(keep_id)
        return int(cur.lastrowid or 0)

    def unmerge(self, merge_id: int, actor: str = "") -> ChangeSet:
        """Undo a merge: exactly what moved moves back."""
        with self.tx():
            row = self.one("SELECT * FROM merges WHERE id = ?", (merge_id,))
            if row is None or row["undone_at"]:
                raise StoreError("that merge does not exist or was undone already")
            identities = json.loads(row["identities"])
            conversations = json.loads(row["conversations"])
            for iid in identities:
                self.db.execute(
                    "UPDATE identities SET contact_id = ? WHERE id = ?", (row["merged_id"], iid)
                )
            for cid in conversations:
                self.db.execute(
                    "UPDATE conversations SET contact_id = ? WHERE id = ?", (row["merged_id"], cid)
                )
            self.db.execute(
                "UPDATE contacts SET merged_into = NULL WHERE id = ?", (row["merged_id"],)
            )
            self.db.execute("UPDATE merges SET undone_at = ? WHERE id = ?", (now_iso(), merge_id))
            self.audit("customer.unmerge", f"{row['merged_id']}<-{row['kept_id']}", "", actor)
            self._refresh_people(row["kept_id"])
            self._refresh_people(row["merged_id"])
        changes = self._customer_changes(row["kept_id"])
        changes.merge(self._customer_changes(row["merged_id"]))
        return changes

    def merges_of(self, contact_id: int) -> list[tuple[int, int, str]]:
        """(merge id, merged customer id, at) of merges into this customer not undone yet."""
        return [
            (r[0], r[1], r[2])
            for r in self.db.execute(
                "SELECT id, merged_id, at FROM merges WHERE kept_id = ? AND undone_at IS NULL "
                "ORDER BY id DESC",
                (contact_id,),
            )
        ]

    # --- saved searches ---------------------------------------------------------------------

    def save_search(self, name: str, query: str) -> int:
        if not name.strip() or not query.strip():
            raise StoreError("a saved search needs a name and a query")
        with self.tx():
            cur = self.db.execute(
                "INSERT INTO saved_searches (name, query) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET query = excluded.query",
                (name.strip(), query.strip()),
            )
        return int(cur.lastrowid or 0)

    def saved_searches(self) -> list[tuple[int, str, str]]:
        return [
            (r[0], r[1], r[2])
            for r in self.db.execute("SELECT id, name, query FROM saved_searches ORDER BY name")
        ]

    def delete_saved_search(self, search_id: int) -> None:
        with self.tx():
            self.db.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,))
