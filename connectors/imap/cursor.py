"""The IMAP cursor: where each folder's sync stands, as a small JSON string.

    {"INBOX": {"uidvalidity": 1795446223, "last_uid": 412, "highestmodseq": 977},
     "Sent":  {"uidvalidity": 1795446224, "last_uid": 57, "highestmodseq": 130}}

``last_uid``: every message with a UID up to it has been handed to the engine.
``highestmodseq`` (CONDSTORE servers): every flag change up to it is reflected; 0 without
CONDSTORE. Servers without CONDSTORE get ``seen``/``answered`` too: the UID sets (IMAP
sequence-set syntax, "1:40,42") of messages with those flags, for small folders only, so
flag changes can be found by comparison.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(slots=True)
class FolderState:
    uidvalidity: int
    last_uid: int = 0
    highestmodseq: int = 0
    seen: set[int] | None = None  # only without CONDSTORE
    answered: set[int] | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "uidvalidity": self.uidvalidity,
            "last_uid": self.last_uid,
            "highestmodseq": self.highestmodseq,
        }
        if self.seen is not None and self.answered is not None:
            out["seen"] = encode_uids(self.seen)
            out["answered"] = encode_uids(self.answered)
        return out

    @classmethod
    def from_json(cls, data: dict[str, object]) -> FolderState:
        seen, answered = data.get("seen"), data.get("answered")
        return cls(
            uidvalidity=int(str(data["uidvalidity"])),
            last_uid=int(str(data.get("last_uid", 0))),
            highestmodseq=int(str(data.get("highestmodseq", 0))),
            seen=decode_uids(str(seen)) if isinstance(seen, str) else None,
            answered=decode_uids(str(answered)) if isinstance(answered, str) else None,
        )


def load_cursor(text: str) -> dict[str, FolderState]:
    """Folder states from a cursor; an empty or unreadable cursor means "start over"
    (the store deduplicates by Message-ID, so starting over loses and doubles nothing)."""
    if not text.strip():
        return {}
    try:
        data = json.loads(text)
        return {str(name): FolderState.from_json(value) for name, value in data.items()}
    except (ValueError, TypeError, KeyError, AttributeError):
        log.warning("unreadable IMAP cursor, starting over: %.200r", text)
        return {}


def dump_cursor(states: dict[str, FolderState]) -> str:
    data = {name: state.to_json() for name, state in states.items()}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def encode_uids(uids: set[int]) -> str:
    """{1, 2, 3, 7} -> "1:3,7" (an IMAP sequence set)."""
    parts: list[str] = []
    ordered = sorted(uids)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        parts.append(str(ordered[i]) if i == j else f"{ordered[i]}:{ordered[j]}")
        i = j + 1
    return ",".join(parts)


def decode_uids(text: str) -> set[int]:
    """ "1:3,7" -> {1, 2, 3, 7}. A '*' cannot appear (we only write closed ranges)."""
    out: set[int] = set()
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        low, _, high = part.partition(":")
        a, b = int(low), int(high or low)
        out.update(range(min(a, b), max(a, b) + 1))
    return out
