"""Mail bodies made safe to show: HTML through nh3, remote images counted and held back,
quoted history found so the timeline can fold it.

The sanitised HTML keeps only structure and text (no scripts, styles, event handlers, forms,
frames or relative URLs). Remote images keep their address, but nothing loads them: the
timeline's browser fetches only senders the agent allowed (see remote_images.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import nh3

TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "center",
        "cite",
        "code",
        "dd",
        "del",
        "div",
        "dl",
        "dt",
        "em",
        "font",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "tt",
        "u",
        "ul",
    }
)
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "title"},
    "td": {"colspan", "rowspan", "align", "valign", "width"},
    "th": {"colspan", "rowspan", "align", "valign", "width"},
    "table": {"width", "align", "cellpadding", "cellspacing"},
    "ol": {"start"},
    "font": {"size"},
    "p": {"align"},
    "div": {"align"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "cid"})
DROP_WITH_CONTENT = frozenset({"script", "style", "title", "head", "template", "noscript"})
BLOCKED_SCHEME = "omni-blocked"
_EMPTY_IMG = re.compile(r"<img(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
_REMOTE = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
_ATTRIBUTION = re.compile(
    r"^(on .{3,200} wrote:|.{3,200} (написал|написала|написав|написала\(а\)|пише|жазды|yozdi|დაწერა).{0,20}:"
    r"|-{2,} ?(original message|forwarded message|исходное сообщение|пересылаемое сообщение) ?-{2,}.*)\s*$",
    re.IGNORECASE,
)


def is_remote(url: str) -> bool:
    return bool(_REMOTE.match(url))


@dataclass(frozen=True, slots=True)
class CleanHtml:
    html: str
    remote_images: tuple[str, ...]  # addresses of remote images (none of them loaded)
    has_quote: bool


class _Collector:
    """Notes remote image addresses while nh3 walks the attributes."""

    def __init__(self) -> None:
        self.remote: list[str] = []

    def __call__(self, tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src":
            if is_remote(value):
                url = "https:" + value.strip() if value.strip().startswith("//") else value.strip()
                self.remote.append(url)
                return url
            if value.strip().lower().startswith("cid:"):
                return None  # inline parts are shown as attachments
        if tag == "a" and attribute == "href" and value.strip().lower().startswith("javascript:"):
            return None
        return value


@cache
def _cleaner_args(fold: bool) -> dict[str, object]:
    tags = set(TAGS) - ({"blockquote"} if fold else set())
    drop = set(DROP_WITH_CONTENT) | ({"blockquote"} if fold else set())
    return {
        "tags": tags,
        "clean_content_tags": drop,
        "attributes": ATTRIBUTES,
        "url_schemes": set(URL_SCHEMES),
        "url_relative": "deny",
        "link_rel": None,
        "strip_comments": True,
    }


def clean_html(markup: str, *, fold_quotes: bool = True) -> CleanHtml:
    """Sanitised HTML for the timeline; with ``fold_quotes`` the quoted history is left out."""
    collector = _Collector()
    safe = nh3.clean(markup, attribute_filter=collector, **_cleaner_args(fold_quotes))  # type: ignore[arg-type]
    has_quote = "<blockquote" in markup.lower()
    safe = _EMPTY_IMG.sub("", safe)  # images whose address was dropped
    return CleanHtml(safe, tuple(dict.fromkeys(collector.remote)), has_quote)


def split_quoted(text: str) -> tuple[str, str]:
    """(what the writer wrote, the quoted history below it). The history is the trailing run
    of "> " lines, with the attribution line above it ("On … wrote:"), or everything after an
    "Original message" divider. Quotes between new text (inline replies) are not split off."""
    lines = text.rstrip("\n").split("\n")
    for i, line in enumerate(lines):
        if re.match(
            r"^\s*-{2,} ?(original message|forwarded message|исходное сообщение)", line, re.I
        ):
            return "\n".join(lines[:i]).rstrip(), "\n".join(lines[i:])
    end = len(lines)
    start = end
    for i in range(end - 1, -1, -1):
        stripped = lines[i].strip()
        if stripped.startswith(">") or (not stripped and start < end):
            start = i
        elif not stripped:
            continue
        else:
            break
    if start >= end:
        return text, ""
    # Take the attribution line (and blank lines) just above the quote along.
    j = start - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if j >= 0 and _ATTRIBUTION.match(lines[j].strip()):
        start = j
    body = "\n".join(lines[:start]).rstrip()
    quoted = "\n".join(lines[start:]).strip("\n")
    if not body:
        return text, ""  # a message that is all quote: show it as it is
    return body, quoted
