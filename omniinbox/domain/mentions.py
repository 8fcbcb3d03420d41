"""@mentions in internal notes: which agents a note calls on.

An agent is mentioned by ``@`` and their full name ("@Dana Seitkali") or their first name
("@Dana") when no other agent shares it; case does not matter, and the name must end at a
word boundary ("@Danara" is not Dana).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable


def mentioned_agents(text: str, agents: Iterable[tuple[int, str]]) -> list[int]:
    """Ids of the agents ``text`` mentions, in the order of ``agents``."""
    if "@" not in text:
        return []
    people = [(agent_id, " ".join(name.split())) for agent_id, name in agents if name.strip()]
    firsts = Counter(name.split()[0].casefold() for _, name in people)
    found = []
    for agent_id, name in people:
        forms = [name]
        first = name.split()[0]
        if firsts[first.casefold()] == 1 and first != name:
            forms.append(first)
        pattern = "|".join(r"\s+".join(map(re.escape, form.split())) for form in forms)
        if re.search(rf"(?<![\w@])@(?:{pattern})(?!\w)", text, re.IGNORECASE):
            found.append(agent_id)
    return found
