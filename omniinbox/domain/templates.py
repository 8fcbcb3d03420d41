"""Canned answers: templates with variables, rendering that never crashes, and search.

A variable is a dotted name in braces: ``{customer.first_name}``; spaces inside the braces and
doubled braces (``{{ticket}}``, a habit from other tools) are accepted, names are matched
case-insensitively. Anything else in braces is text and stays as typed. A variable with no value
(unknown, None or empty) stays visible as typed and is reported in ``missing``, so the agent sees
what to fill in before sending.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

KNOWN_VARIABLES = (
    "customer.first_name",
    "customer.name",
    "ticket",
    "subject",
    "agent.name",
    "agent.first_name",
    "due_time",
    "due_phrase",
    "account.name",
)

_NAME = r"[^\W\d][\w]*(?:\.[^\W\d][\w]*)*"
_PLACEHOLDER = re.compile(rf"\{{\{{\s*({_NAME})\s*\}}\}}|\{{\s*({_NAME})\s*\}}")


@dataclass(frozen=True, slots=True)
class Template:
    """A canned answer. ``owner_id`` None: shared with every agent; else personal to that agent."""

    name: str
    language: str
    body: str
    owner_id: int | None = None
    id: int | None = None

    @property
    def shared(self) -> bool:
        return self.owner_id is None

    def visible_to(self, agent_id: int | None) -> bool:
        return self.shared or self.owner_id == agent_id


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    missing: tuple[str, ...] = ()  # variable names left as typed, in order of first use
    used: tuple[str, ...] = ()  # variable names that were filled

    @property
    def complete(self) -> bool:
        return not self.missing


def placeholders(body: str) -> tuple[str, ...]:
    """The variable names a body uses (lower-cased, first use first)."""
    names = ((m.group(1) or m.group(2)).lower() for m in _PLACEHOLDER.finditer(body))
    return tuple(dict.fromkeys(names))


def render(body: str, variables: Mapping[str, object]) -> Rendered:
    """Fill the variables of ``body``. Keys are dotted names (``"customer.first_name"``)."""
    values = {k.lower(): v for k, v in variables.items()}
    missing: dict[str, None] = {}
    used: dict[str, None] = {}

    def fill(found: re.Match[str]) -> str:
        name = (found.group(1) or found.group(2)).lower()
        value = values.get(name)
        if value is None or value == "":
            missing[name] = None
            return found.group(0)
        used[name] = None
        return str(value)

    return Rendered(_PLACEHOLDER.sub(fill, body), tuple(missing), tuple(used))


def first_name(full_name: str) -> str:
    """The first word of a display name, without e-mail or handle decorations."""
    cleaned = re.sub(r"<[^>]*>|\S+@\S+|[\"']", " ", full_name or "").strip().lstrip("@")
    return cleaned.split()[0] if cleaned.split() else ""


def standard_variables(
    *,
    ticket: str = "",
    customer_name: str = "",
    agent_name: str = "",
    subject: str = "",
    due_time: str = "",
    due_phrase: str = "",
    account_name: str = "",
) -> dict[str, str]:
    """The variables every template may use, from plain facts (empty means not known)."""
    return {
        "ticket": ticket,
        "customer.name": customer_name,
        "customer.first_name": first_name(customer_name),
        "agent.name": agent_name,
        "agent.first_name": first_name(agent_name),
        "subject": subject,
        "due_time": due_time,
        "due_phrase": due_phrase,
        "account.name": account_name,
    }


_APOSTROPHES = str.maketrans({c: "'" for c in "ʻ‘’`ʼ"})


def fold(text: str) -> str:
    """Case- and spelling-insensitive form for search: casefold, ё as е, one apostrophe."""
    return text.casefold().replace("ё", "е").translate(_APOSTROPHES)


def search_templates(
    templates: Iterable[Template],
    query: str,
    *,
    agent_id: int | None = None,
    language: str | None = None,
) -> list[Template]:
    """Templates visible to ``agent_id`` whose name or body contains every word of ``query``
    (a leading "/" from the composer is ignored). Best first: name starts with the query,
    then all words in the name, then body matches; ``language`` matches come first in each."""
    words = fold(query.lstrip("/")).split()
    whole = " ".join(words)
    ranked: list[tuple[tuple[int, int, str], Template]] = []
    for template in templates:
        if not template.visible_to(agent_id):
            continue
        name, body = fold(template.name), fold(template.body)
        if not all(w in name or w in body for w in words):
            continue
        if whole and name.startswith(whole):
            rank = 0
        elif all(w in name for w in words):
            rank = 1
        else:
            rank = 2
        other_language = int(language is not None and template.language != language)
        ranked.append(((rank, other_language, name), template))
    ranked.sort(key=lambda pair: pair[0])
    return [template for _, template in ranked]
