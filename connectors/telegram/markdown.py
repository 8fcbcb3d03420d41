"""MarkdownV2 escaping: text shown exactly as the agent typed it, whatever it contains.

Telegram's rule (Bot API, "MarkdownV2 style"): outside entities the characters
_ * [ ] ( ) ~ ` > # + - = | { } . ! must be escaped with a preceding backslash, and any
character with code 1-126 may be escaped; a backslash itself is escaped as ``\\\\``.
"""

from __future__ import annotations

import re

SPECIAL = "\\_*[]()~`>#+-=|{}.!"

_SPECIAL_RE = re.compile("([" + re.escape(SPECIAL) + "])")


def escape(text: str) -> str:
    """Plain text as MarkdownV2 that renders to exactly that text."""
    return _SPECIAL_RE.sub(r"\\\1", text)
