"""Templates (canned answers and the desk's own automatic texts) in the store.

Shared templates have no owner; personal ones belong to one agent. The shipped set is seeded
once per workspace (`seed_templates`, run by writers); before that, readers see the shipped
set as it would be seeded, so a read-only window shows the same list.
"""

from __future__ import annotations

from omniinbox.domain.templates import Template, search_templates
from omniinbox.store.core import StoreBase, StoreError
from omniinbox.store.desk_shipped import RESERVED, shipped_templates

SEEDED_KEY = "seeded.templates"


def _template(row) -> Template:  # type: ignore[no-untyped-def]
    return Template(row["name"], row["language"], row["body"], row["owner_id"], row["id"])


class DeskTemplatesMixin(StoreBase):
    def seed_templates(self) -> int:
        """Store the shipped templates once per workspace; returns how many were added."""
        if self.scalar("SELECT 1 FROM desk_settings WHERE key = ?", (SEEDED_KEY,)):
            return 0
        shipped = shipped_templates()
        with self.tx():
            for t in shipped:
                self.db.execute(
                    "INSERT INTO templates (name, language, body) VALUES (?, ?, ?)",
                    (t.name, t.language, t.body),
                )
            self.db.execute(
                "INSERT INTO desk_settings (key, value) VALUES (?, 'true')", (SEEDED_KEY,)
            )
        return len(shipped)

    def templates(self, agent_id: int | None = None, *, everyone: bool = False) -> list[Template]:
        """Shared templates and the personal ones of ``agent_id`` (all with ``everyone``),
        by name then language."""
        if not self.scalar("SELECT 1 FROM desk_settings WHERE key = ?", (SEEDED_KEY,)):
            stored = shipped_templates()
        else:
            stored = [
                _template(r)
                for r in self.all("SELECT * FROM templates ORDER BY name, language, id")
            ]
        found = [t for t in stored if everyone or t.visible_to(agent_id)]
        return sorted(found, key=lambda t: (t.name.casefold(), t.language, t.owner_id is None))

    def template(self, template_id: int) -> Template:
        row = self.one("SELECT * FROM templates WHERE id = ?", (template_id,))
        if row is None:
            raise StoreError(f"no template with id {template_id}")
        return _template(row)

    def find_templates(
        self, query: str, agent_id: int | None = None, language: str | None = None
    ) -> list[Template]:
        """What the composer's "/" search offers (see `domain.templates.search_templates`)."""
        return search_templates(
            self.templates(agent_id), query, agent_id=agent_id, language=language
        )

    def save_template(
        self,
        name: str,
        language: str,
        body: str,
        owner_id: int | None = None,
        template_id: int | None = None,
    ) -> Template:
        """Add a template, or change the one with ``template_id``. Names are unique per
        language and owner: saving an existing one replaces its body."""
        name, language = name.strip(), language.strip().lower()
        if not name:
            raise StoreError("a template needs a name")
        if not body.strip():
            raise StoreError(f"the template {name!r} is empty")
        if owner_id is not None and name in RESERVED:
            raise StoreError(f"{name!r} is the desk's own template; it cannot be personal")
        self.seed_templates()
        with self.tx():
            same = self.scalar(
                "SELECT id FROM templates WHERE name = ? AND language = ? AND owner_id IS ?",
                (name, language, owner_id),
            )
            if template_id is None and same is not None:
                template_id = int(same)
            elif template_id is not None and same is not None and same != template_id:
                raise StoreError(f"a template {name!r} in {language or 'any language'} exists")
            if template_id is None:
                cur = self.db.execute(
                    "INSERT INTO templates (name, language, body, owner_id) VALUES (?, ?, ?, ?)",
                    (name, language, body, owner_id),
                )
                template_id = int(cur.lastrowid or 0)
            else:
                self.template(template_id)
                self.db.execute(
                    "UPDATE templates SET name = ?, language = ?, body = ?, owner_id = ? "
                    "WHERE id = ?",
                    (name, language, body, owner_id, template_id),
                )
            self.audit("template.save", name, language)
        return self.template(template_id)

    def remove_template(self, template_id: int) -> None:
        self.seed_templates()
        with self.tx():
            t = self.template(template_id)
            if t.name in RESERVED and t.language == "en" and t.owner_id is None:
                raise StoreError(
                    f"the English {t.name!r} is the desk's fallback; edit it instead of removing it"
                )
            self.db.execute("DELETE FROM templates WHERE id = ?", (template_id,))
            self.audit("template.remove", t.name, t.language)

    def template_for(
        self, name: str, language: str, agent_id: int | None = None, fallback: str = "en"
    ) -> Template | None:
        """The template called ``name`` for ``language``: the agent's own before the shared
        one, then the ``fallback`` language, then any language."""
        candidates = [t for t in self.templates(agent_id) if t.name.casefold() == name.casefold()]
        for lang in (language, fallback):
            for personal in (True, False):
                for t in candidates:
                    if t.language == lang and (t.owner_id is not None) == personal:
                        return t
        return candidates[0] if candidates else None
