"""A conversation's messages as the HTML a QTextBrowser shows: email as cards, chat as
bubbles, internal notes in yellow, attachments as chips, the delivery state of what we sent.

Plain text is escaped; an HTML mail body goes through nh3 first (mail_html.py). Links of the
``omni:`` scheme are the timeline's own buttons (fold a quote, an attachment, retry a send);
images of the ``omni-att:`` and ``omni-icon:`` schemes are drawn by the browser from local
data. Remote images stay addresses nobody loads unless the agent allowed their sender.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from omniinbox.domain import Channel, Direction, Message
from omniinbox.ui.formatting import channel_of, full_time, human_size, list_time, local
from omniinbox.ui.mail_html import clean_html, split_quoted
from omniinbox.ui.theme import LIGHT, Colours

MAX_MESSAGES = 200  # the newest; a longer history says how many it leaves out
NOTE = LIGHT.note  # the light look's note colour (tests look for it)
PREVIEWABLE = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp")


translate = QCoreApplication.translate  # lupdate finds these calls


class TimelineTexts(QObject):
    """Texts with a count: lupdate marks plural forms only on tr() with a count."""

    def earlier(self, hidden: int) -> str:
        return self.tr("%n earlier messages are not shown", "", hidden)


@dataclass(frozen=True, slots=True)
class MessageFlags:
    """What the store knows about a message beyond its text."""

    edited: bool = False
    deleted: bool = False
    note: str = ""  # a parsing problem, shown to the agent


@dataclass(frozen=True, slots=True)
class Options:
    colours: Colours = LIGHT
    expanded: Collection[int] = ()  # messages whose quoted history is shown
    previews: bool = True  # small pictures of image attachments


@dataclass(frozen=True, slots=True)
class TimelineDoc:
    html: str
    remote_images: tuple[str, ...] = ()
    quoted: tuple[int, ...] = ()  # messages with a quoted history (folded or not)


class _TextOf(HTMLParser):
    _SKIP = frozenset({"script", "style", "head", "title"})
    _BREAK = frozenset({"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BREAK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BREAK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def text_of_html(markup: str) -> str:
    """The readable text of an HTML body, without any of its markup."""
    parser = _TextOf()
    parser.feed(markup)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()


def body_html(text: str, c: Colours = LIGHT) -> str:
    """Plain text as escaped HTML; quoted lines (> ...) dimmed."""
    lines = []
    for line in text.strip("\n").split("\n"):
        escaped = html.escape(line) or "&nbsp;"
        if line.lstrip().startswith(">"):
            escaped = f'<span style="color:{c.muted}">{escaped}</span>'
        lines.append(escaped)
    return f'<div style="white-space:pre-wrap">{"<br>".join(lines)}</div>'


def delivery_html(message: Message, c: Colours = LIGHT) -> str:
    labels = {
        "queued": translate("timeline", "Queued: goes out when the account is online"),
        "sent": translate("timeline", "Sent"),
        "failed": translate("timeline", "Failed to send"),
        "uncertain": translate("timeline", "May not have gone out: check before sending again"),
    }
    delivery = message.delivery
    if delivery not in labels:
        return ""
    colour = {"queued": c.muted, "sent": c.green, "failed": c.red, "uncertain": c.amber}[delivery]
    retry = ""
    if delivery in ("failed", "uncertain"):
        again = translate("timeline", "Try again")
        retry = f' &nbsp;<a href="omni:retry:{message.id}">{again}</a>'
    return (
        f'<p style="margin-top:6px; color:{colour}; font-size:small">{labels[delivery]}{retry}</p>'
    )


def _attachments_html(message: Message, o: Options) -> str:
    if not message.attachments:
        return ""
    c = o.colours
    chips = []
    previews = []
    for att in message.attachments:
        detail = human_size(att.size)
        if not att.sha256:
            detail += " · " + translate("timeline", "not downloaded yet")
        chips.append(
            f'<a href="omni:att:{att.id}" style="text-decoration:none; color:{c.ink}">'
            f'<img src="omni-icon:attachment" width="14" height="14"> '
            f"{html.escape(att.name)} <span style='color:{c.muted}'>({detail})</span></a>"
        )
        if o.previews and att.sha256 and att.mime.lower() in PREVIEWABLE:
            previews.append(f'<a href="omni:att:{att.id}"><img src="omni-att:{att.id}"></a>')
    shown = "".join(
        f'<td bgcolor="{c.chip}" style="padding:4px 8px">{chip}</td><td width="6"></td>'
        for chip in chips
    )
    table = (
        f'<table cellspacing="0" cellpadding="0" style="margin-top:8px"><tr>{shown}</tr></table>'
    )
    pictures = f'<p style="margin-top:6px">{" ".join(previews)}</p>' if previews else ""
    return table + pictures


def _flags_html(flags: MessageFlags, c: Colours) -> str:
    notes = []
    if flags.edited:
        notes.append(translate("timeline", "edited by the customer"))
    if flags.deleted:
        notes.append(translate("timeline", "deleted on the channel"))
    if flags.note:
        notes.append(html.escape(flags.note))
    if not notes:
        return ""
    return f'<p style="margin-top:6px; color:{c.muted}; font-size:small">{" · ".join(notes)}</p>'


def _toggle(message: Message, expanded: bool, c: Colours) -> str:
    text = (
        translate("timeline", "Hide quoted text")
        if expanded
        else translate("timeline", "··· Show quoted text")
    )
    return (
        f'<p style="margin-top:6px; font-size:small"><a href="omni:quote:{message.id}" '
        f'style="color:{c.muted}">{text}</a></p>'
    )


def _body(message: Message, o: Options, doc: dict[str, list]) -> str:  # type: ignore[type-arg]
    """The message's body: sanitised HTML for an HTML mail, else escaped text; quoted
    history folded unless the agent opened it."""
    c = o.colours
    expanded = message.id in o.expanded
    if message.html.strip() and message.direction is not Direction.NOTE:
        clean = clean_html(message.html, fold_quotes=not expanded)
        doc["remote"].extend(clean.remote_images)
        if clean.has_quote:
            doc["quoted"].append(message.id)
        inner = f"<div>{clean.html}</div>"
        return inner + (_toggle(message, expanded, c) if clean.has_quote else "")
    text = message.text if message.text.strip() else ""
    body, quoted = split_quoted(text)
    if not quoted:
        return body_html(text, c)
    doc["quoted"].append(message.id)
    shown = body_html(f"{body}\n{quoted}" if expanded else body, c)
    return shown + _toggle(message, expanded, c)


def _header(message: Message, c: Colours, label: str = "") -> str:
    who = html.escape(message.author or translate("timeline", "Unknown sender"))
    when = full_time(message.sent_at)
    prefix = f"{html.escape(label)} · " if label else ""
    return (
        f'<p style="margin:0"><b>{prefix}{who}</b>&nbsp;&nbsp;'
        f'<span style="color:{c.muted}">{when}</span></p>'
    )


def _box(inner: str, background: str, border: str, *, pad: int, margin: int = 10) -> str:
    """One framed cell: QTextDocument's way to a card (its CSS has no border-radius)."""
    frame = (
        f'border="1" style="border-collapse:collapse; border-color:{border}; border-style:solid; '
        if border
        else 'border="0" style="'
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="{pad}" {frame}'
        f'margin-bottom:{margin}px"><tr><td bgcolor="{background}">{inner}</td></tr></table>'
    )


def _bubble(inner: str, background: str, border: str, outbound: bool) -> str:
    """Three quarters of the width, on the customer's side or ours. A layout table rather
    than a float: QTextDocument lets a right float run over the document margin."""
    cell = _box(inner, background, border, pad=9, margin=0)
    bubble = f'<td width="75%">{cell}</td>'
    gap = '<td width="25%"></td>'
    cells = gap + bubble if outbound else bubble + gap
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" border="0" '
        f'style="margin-bottom:8px"><tr>{cells}</tr></table>'
    )


def message_html(
    message: Message,
    channel: Channel,
    flags: MessageFlags | None = None,
    options: Options | None = None,
    doc: dict[str, list] | None = None,  # type: ignore[type-arg]
) -> str:
    o = options or Options()
    c = o.colours
    collected: dict[str, list] = doc if doc is not None else {"remote": [], "quoted": []}  # type: ignore[type-arg]
    flags = flags or MessageFlags()
    extras = _attachments_html(message, o) + _flags_html(flags, c)
    if message.direction is Direction.NOTE:
        text = message.text if message.text.strip() else text_of_html(message.html)
        inner = (
            _header(message, c, translate("timeline", "Internal note"))
            + body_html(text, c)
            + extras
        )
        return _box(inner, c.note, c.note_border, pad=12)
    outbound = message.direction is Direction.OUT
    delivery = delivery_html(message, c) if outbound else ""
    body = _body(message, o, collected)
    if channel is Channel.EMAIL:
        subject = ""
        if message.subject:
            subject = (
                f'<p style="margin:2px 0 0 0; color:{c.muted}">{html.escape(message.subject)}</p>'
            )
        inner = _header(message, c) + subject + f'<div style="margin-top:10px">{body}</div>'
        return _box(
            inner + extras + delivery, c.card_out if outbound else c.card_in, c.border, pad=12
        )
    when = list_time(message.sent_at)
    who = html.escape(message.author or "")
    head = f'<p style="margin:0 0 3px 0; color:{c.muted}; font-size:small">{who} · {when}</p>'
    background = c.bubble_out if outbound else c.bubble_in
    return _bubble(
        head + body + extras + delivery, background, "" if outbound else c.border, outbound
    )


def _day_html(moment: datetime, c: Colours) -> str:
    day = local(moment).date()
    today = datetime.now().astimezone().date()
    if day == today:
        label = translate("timeline", "Today")
    elif (today - day).days == 1:
        label = translate("timeline", "Yesterday")
    else:
        label = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
    return (
        f'<p align="center" style="margin:8px 0 8px 0; color:{c.muted}; font-size:small">'
        f"{html.escape(label)}</p>"
    )


def render_timeline(
    messages: Sequence[Message],
    channel: str,
    flags: Mapping[int, MessageFlags] | None = None,
    options: Options | None = None,
) -> TimelineDoc:
    """The whole timeline, oldest first, newest last, with what it found on the way."""
    o = options or Options()
    c = o.colours
    kind = channel_of(channel)
    shown = messages[-MAX_MESSAGES:]
    doc: dict[str, list] = {"remote": [], "quoted": []}  # type: ignore[type-arg]
    parts = [f'<body style="color:{c.ink}">']
    if len(messages) > len(shown):
        hidden = len(messages) - len(shown)
        parts.append(
            f'<p align="center" style="color:{c.muted}">' + TimelineTexts().earlier(hidden) + "</p>"
        )
    if not shown:
        empty = translate("timeline", "No messages yet")
        parts.append(f'<p align="center" style="color:{c.muted}">{empty}</p>')
    day = None
    for message in shown:
        this_day = local(message.sent_at).date()
        if this_day != day:
            parts.append(_day_html(message.sent_at, c))
            day = this_day
        parts.append(message_html(message, kind, (flags or {}).get(message.id), o, doc))
    parts.append("</body>")
    return TimelineDoc("".join(parts), tuple(dict.fromkeys(doc["remote"])), tuple(doc["quoted"]))


def timeline_html(
    messages: Sequence[Message],
    channel: str,
    flags: Mapping[int, MessageFlags] | None = None,
    options: Options | None = None,
) -> str:
    return render_timeline(messages, channel, flags, options).html
