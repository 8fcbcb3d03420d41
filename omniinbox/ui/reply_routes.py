"""Where a reply can go: the identity the customer wrote from, or another identity of the
same customer on another channel (answered in their latest conversation there, with a note
left here). A second address on the same channel needs the store to address a reply."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from omniinbox.domain import IdentityKind
from omniinbox.store import ConversationFilter, ConversationRow, Store
from omniinbox.ui.formatting import channel_label

CHANNEL_OF_KIND = {
    IdentityKind.EMAIL.value: "email",
    IdentityKind.TELEGRAM.value: "telegram",
    IdentityKind.X.value: "x",
}


@dataclass(frozen=True, slots=True)
class Route:
    key: str  # "kind:value", what a draft remembers
    label: str
    conversation_id: int | None  # where the reply is queued; None: not possible yet
    ticket: int | None = None
    reason: str = ""  # why it is not possible
    default: bool = False


translate = QCoreApplication.translate  # lupdate finds these calls


def routes(store: Store, row: ConversationRow) -> list[Route]:
    """Every identity of the conversation's customer, the one to answer first."""
    if row.contact_id is None:
        return []
    out: list[Route] = []
    seen_default = False
    latest: dict[str, tuple[int, int] | None] = {}
    for kind, value, display in store.contact_identities(row.contact_id):
        channel = CHANNEL_OF_KIND.get(kind, "")
        shown = display if display and display != value else value
        if kind == IdentityKind.TELEGRAM.value and display:
            shown = display
        label = f"{channel_label(channel or 'other')} · {shown}"
        key = f"{kind}:{value}"
        if channel == row.channel:
            if not seen_default:
                seen_default = True
                out.insert(0, Route(key, label, row.id, row.ticket, default=True))
            else:
                out.append(
                    Route(
                        key,
                        label,
                        None,
                        reason=translate("reply_routes", "a second address on the same channel"),
                    )
                )
            continue
        if not channel:
            out.append(
                Route(key, label, None, reason=translate("reply_routes", "no channel to send on"))
            )
            continue
        if channel not in latest:
            ids = store.conversation_ids(
                ConversationFilter(contact_id=row.contact_id, channel=channel)
            )
            rows = store.conversation_rows(ids[:5])
            usable = [rows[i] for i in ids[:5] if i in rows and rows[i].account_id is not None]
            latest[channel] = (usable[0].id, usable[0].ticket) if usable else None
        found = latest[channel]
        if found is None:
            out.append(
                Route(
                    key,
                    label,
                    None,
                    reason=translate("reply_routes", "no conversation on that channel yet"),
                )
            )
        else:
            out.append(Route(key, label, found[0], found[1]))
    if not seen_default:  # the customer wrote from an identity no longer linked to them
        out.insert(0, Route("", channel_label(row.channel), row.id, row.ticket, default=True))
    return out


def fill_route_box(box: QComboBox, found: list[Route], identity: str) -> None:
    """The picker: every route, the impossible ones greyed out with the reason; the draft's
    identity chosen, else the customer's own channel."""
    box.clear()
    model = box.model()
    for index, route in enumerate(found):
        box.addItem(route.label, route.key)
        if route.conversation_id is None:
            reason = translate("reply_routes", "Not possible yet: {0}").format(route.reason)
            box.setItemData(index, reason, Qt.ItemDataRole.ToolTipRole)
            item = model.item(index) if isinstance(model, QStandardItemModel) else None
            if item is not None:
                item.setEnabled(False)
    chosen = box.findData(identity) if identity else -1
    box.setCurrentIndex(chosen if chosen >= 0 else 0)
