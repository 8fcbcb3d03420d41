"""The X connector's cursor: where each of the two streams (mentions, DMs) stands.

Both lists come newest first. A run over one stream starts at the newest page and follows
``next_token`` to older pages until it reaches what the last run saw; only then does the
stream's "since" move up to the newest id of the run. Between pulls a run in progress keeps
its next token and the newest id so far, so a bounded batch can stop mid-run and resume.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields


@dataclass(slots=True)
class Cursor:
    mentions_since: str = ""  # newest mention id fully taken in (the since_id of the next run)
    mentions_next: str = ""  # next_token of the run in progress
    mentions_top: str = ""  # newest id of the run in progress
    dm_since: str = ""  # newest DM event id fully taken in (dm_events has no since_id)
    dm_next: str = ""
    dm_top: str = ""

    def dump(self) -> str:
        return json.dumps({k: v for k, v in asdict(self).items() if v}, sort_keys=True)

    @classmethod
    def load(cls, text: str) -> Cursor | None:
        """The cursor saved as ``text``; None if it cannot be read (start again)."""
        if not text.strip():
            return cls()
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        known = {f.name for f in fields(cls)}
        values = {k: str(v) for k, v in data.items() if k in known and v is not None}
        if any(v and not v.isdigit() for k, v in values.items() if not k.endswith("_next")):
            return None
        return cls(**values)

    def copy(self) -> Cursor:
        return Cursor(**asdict(self))
