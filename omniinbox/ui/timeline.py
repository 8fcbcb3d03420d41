"""A conversation's messages as the HTML a QTextBrowser shows: email as cards, chat as
bubbles, internal notes in yellow, the delivery state of what we sent.

Nothing a customer wrote is rendered as markup: text is escaped, and a message that came as
HTML only is reduced to its text first.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from omniinbox.domain import Channel, Direction, Message
from omniinbox.ui.formatting import channel_of, full_time, human_size, list_time, local

MAX_MESSAGES = 200  # the newest; a longer history says how many it leaves out

INK, MUTED, BORDER = "#1f2328", "#6e7781", "#d8dee4"
CARD_IN, CARD_OUT, NOTE = "#ffffff", "#f3f8ff", "#fff5c2"
NOTE_BORDER = "#eed888"
BUBBLE_IN, BUBBLE_OUT = "#ffffff", "#dbeafe"
DELIVERY_COLOURS = {"queued": MUTED, "sent": "#1a7f37", "failed": "#cf222e", "uncertain": "#9a6700"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("timeline", text)


@dataclass(frozen=True, slots=True)
class MessageFlags:
    """What the store knows about a message beyond its text."""

    edited: bool = False
    deleted: bool = False
    note: str = ""  # a parsing problem, shown to the agent


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


def body_html(text: str) -> str:
    """Plain text as escaped HTML; quoted lines (> ...) dimmed."""
    lines = []
    for line in text.strip("\n").split("\n"):
        escaped = html.escape(line) or "&nbsp;"
        if line.lstrip().startswith(">"):
            escaped = f'<span style="color:{MUTED}">{escaped}</span>'
        lines.append(escaped)
    return f'<div style="white-space:pre-wrap">{"<br>".join(lines)}</div>'


def delivery_html(delivery: str) -> str:
    labels = {
        "queued": _tr("Queued: goes out when the account is online"),
        "sent": _tr("Sent"),
        "failed": _tr("Failed to send"),
        "uncertain": _tr("May not have gone out: check before sending again"),
    }
    if delivery not in labels:
        return ""
    colour = DELIVERY_COLOURS[delivery]
    return f'<p style="margin-top:6px; color:{colour}; font-size:small">{labels[delivery]}</p>'


def _attachments_html(message: Message) -> str:
    if not message.attachments:
        return ""
    items = []
    for att in message.attachments:
        detail = human_size(att.size)
        if not att.sha256:
            detail += " · " + _tr("not downloaded yet")
        items.append(f"{html.escape(att.name)} <span style='color:{MUTED}'>({detail})</span>")
    title = f"<span style='color:{MUTED}'>{_tr('Attachments')}</span>"
    return f'<p style="margin-top:8px">{title}<br>{"<br>".join(items)}</p>'


def _flags_html(flags: MessageFlags) -> str:
    notes = []
    if flags.edited:
        notes.append(_tr("edited by the customer"))
    if flags.deleted:
        notes.append(_tr("deleted on the channel"))
    if flags.note:
        notes.append(html.escape(flags.note))
    if not notes:
        return ""
    return f'<p style="margin-top:6px; color:{MUTED}; font-size:small">{" · ".join(notes)}</p>'


def _text(message: Message) -> str:
    if message.text.strip():
        return message.text
    if message.html.strip():
        return text_of_html(message.html)
    return ""


def _header(message: Message, label: str = "") -> str:
    who = html.escape(message.author or _tr("Unknown sender"))
    when = full_time(message.sent_at)
    prefix = f"{html.escape(label)} · " if label else ""
    return f'<p style="margin:0"><b>{prefix}{who}</b>&nbsp;&nbsp;<span style="color:{MUTED}">{when}</span></p>'


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


def _card(inner: str, background: str, border: str = BORDER) -> str:
    return _box(inner, background, border, pad=12)


def _bubble(inner: str, background: str, outbound: bool) -> str:
    """Three quarters of the width, on the customer's side or ours. A layout table rather
    than a float: QTextDocument lets a right float run over the document margin."""
    bubble = f'<td width="75%">{_box(inner, background, "" if outbound else BORDER, pad=9, margin=0)}</td>'
    gap = '<td width="25%"></td>'
    cells = gap + bubble if outbound else bubble + gap
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" border="0" '
        f'style="margin-bottom:8px"><tr>{cells}</tr></table>'
    )


def message_html(message: Message, channel: Channel, flags: MessageFlags | None = None) -> str:
    flags = flags or MessageFlags()
    text = _text(message)
    extras = _attachments_html(message) + _flags_html(flags)
    if message.direction is Direction.NOTE:
        inner = _header(message, _tr("Internal note")) + body_html(text) + extras
        return _card(inner, NOTE, NOTE_BORDER)
    outbound = message.direction is Direction.OUT
    delivery = delivery_html(message.delivery) if outbound else ""
    if channel is Channel.EMAIL:
        subject = ""
        if message.subject:
            subject = (
                f'<p style="margin:2px 0 0 0; color:{MUTED}">{html.escape(message.subject)}</p>'
            )
        body = f'<div style="margin-top:10px">{body_html(text)}</div>'
        inner = _header(message) + subject + body + extras + delivery
        return _card(inner, CARD_OUT if outbound else CARD_IN)
    when = list_time(message.sent_at)
    who = html.escape(message.author or "")
    head = f'<p style="margin:0 0 3px 0; color:{MUTED}; font-size:small">{who} · {when}</p>'
    return _bubble(
        head + body_html(text) + extras + delivery, BUBBLE_OUT if outbound else BUBBLE_IN, outbound
    )


def _day_html(moment: datetime) -> str:
    day = local(moment).date()
    today = datetime.now().astimezone().date()
    if day == today:
        label = _tr("Today")
    elif (today - day).days == 1:
        label = _tr("Yesterday")
    else:
        label = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
    return (
        f'<p align="center" style="margin:8px 0 8px 0; color:{MUTED}; font-size:small">'
        f"{html.escape(label)}</p>"
    )


def timeline_html(
    messages: Sequence[Message],
    channel: str,
    flags: Mapping[int, MessageFlags] | None = None,
) -> str:
    """The whole timeline, oldest first, newest last."""
    kind = channel_of(channel)
    shown = messages[-MAX_MESSAGES:]
    parts = [f'<body style="color:{INK}">']
    if len(messages) > len(shown):
        hidden = len(messages) - len(shown)
        parts.append(
            f'<p align="center" style="color:{MUTED}">'
            + _tr("{0} earlier messages are not shown").format(hidden)
            + "</p>"
        )
    if not shown:
        parts.append(f'<p align="center" style="color:{MUTED}">{_tr("No messages yet")}</p>')
    day = None
    for message in shown:
        this_day = local(message.sent_at).date()
        if this_day != day:
            parts.append(_day_html(message.sent_at))
            day = this_day
        parts.append(message_html(message, kind, (flags or {}).get(message.id)))
    parts.append("</body>")
    return "".join(parts)
