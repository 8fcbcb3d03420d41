"""Formatting options: MarkdownV2 as the Bot API documents it, and the entities Telegram finds
by itself in plain text (@mentions, a leading /command)."""

from __future__ import annotations

import re
from typing import Any

from tests.emulators.telegram_api.basics import ApiError, utf16_len

MDV2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")
_MARKERS = {
    "*": ("bold", "Bold"),
    "_": ("italic", "Italic"),
    "__": ("underline", "Underline"),
    "~": ("strikethrough", "Strikethrough"),
    "||": ("spoiler", "Spoiler"),
    "[": ("text_link", "TextUrl"),
}


def parse_markdown_v2(source: str) -> tuple[str, list[dict[str, Any]]]:
    """(plain text, entities) of a MarkdownV2 text, or ApiError 400 "can't parse entities"."""
    out: list[str] = []
    entities: list[dict[str, Any]] = []
    opened: list[tuple[str, int, int]] = []  # marker, UTF-16 start, byte offset
    units = 0

    def fail(why: str) -> ApiError:
        return ApiError(400, f"Bad Request: can't parse entities: {why}")

    def emit(ch: str) -> None:
        nonlocal units
        out.append(ch)
        units += 2 if ord(ch) > 0xFFFF else 1

    def byte(i: int) -> int:
        return len(source[:i].encode("utf-8"))

    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            if i + 1 < n and 1 <= ord(source[i + 1]) <= 126:
                emit(source[i + 1])
                i += 2
                continue
            raise fail("Character '\\' is reserved and must be escaped with the preceding '\\'")
        if ch == "`":
            close = "```" if source.startswith("```", i) else "`"
            start, j = units, i + len(close)
            while j < n and not source.startswith(close, j):
                if source[j] == "\\" and j + 1 < n and source[j + 1] in "`\\":
                    j += 1
                emit(source[j])
                j += 1
            if j >= n:
                kind = "Pre" if close == "```" else "Code"
                raise fail(f"Can't find end of {kind} entity at byte offset {byte(i)}")
            entity = {"type": "pre" if close == "```" else "code", "offset": start}
            entities.append({**entity, "length": units - start})
            i = j + len(close)
            continue
        if ch == "]" and opened and opened[-1][0] == "[" and source.startswith("](", i):
            j, url = i + 2, []
            while j < n and source[j] != ")":
                if source[j] == "\\" and j + 1 < n:
                    j += 1
                url.append(source[j])
                j += 1
            if j >= n:
                raise fail(f"Can't find end of a URL at byte offset {byte(i)}")
            _, start, _ = opened.pop()
            entities.append(
                {"type": "text_link", "offset": start, "length": units - start, "url": "".join(url)}
            )
            i = j + 1
            continue
        marker = ""
        if ch == "_":
            marker = "__" if source.startswith("__", i) else "_"
        elif ch == "|" and source.startswith("||", i):
            marker = "||"
        elif ch in "*~[":
            marker = ch
        if marker:
            if opened and opened[-1][0] == marker and marker != "[":
                _, start, _ = opened.pop()
                entities.append(
                    {"type": _MARKERS[marker][0], "offset": start, "length": units - start}
                )
            else:
                opened.append((marker, units, byte(i)))
            i += len(marker)
            continue
        if ch == ">" and (i == 0 or source[i - 1] == "\n"):
            end = source.find("\n", i)
            end = n if end < 0 else end
            inner, inner_entities = parse_markdown_v2(source[i + 1 : end])
            start = units
            for e in inner_entities:
                entities.append({**e, "offset": e["offset"] + start})
            for c in inner:
                emit(c)
            entities.append({"type": "blockquote", "offset": start, "length": units - start})
            i = end
            continue
        if ch in MDV2_RESERVED:
            raise fail(f"Character '{ch}' is reserved and must be escaped with the preceding '\\'")
        emit(ch)
        i += 1
    if opened:
        marker, _, at = opened[-1]
        raise fail(f"Can't find end of {_MARKERS[marker][1]} entity at byte offset {at}")
    return "".join(out), sorted(entities, key=lambda e: e["offset"])


_MENTION = re.compile(r"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}")
_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(?:@[A-Za-z][A-Za-z0-9_]{3,31})?")


def auto_entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram finds by itself in plain text: @mentions and a leading /command."""
    found = []
    for kind, pattern in (("bot_command", _COMMAND), ("mention", _MENTION)):
        for m in pattern.finditer(text):
            found.append(
                {
                    "type": kind,
                    "offset": utf16_len(text[: m.start()]),
                    "length": utf16_len(m.group()),
                }
            )
    return sorted(found, key=lambda e: e["offset"])
