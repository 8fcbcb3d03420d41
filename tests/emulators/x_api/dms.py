"""Direct messages: DMs from customers (or from the shop in X's own app) on the test side,
GET /2/dm_events and /2/dm_conversations/:id/dm_events (dm_event.fields, event_types,
expansions, max_results 1-100, pagination_token), and sending with
POST /2/dm_conversations/with/:participant_id/messages or /2/dm_conversations/:id/messages
(the dm.* scopes; a customer may refuse DMs from the shop)."""

from __future__ import annotations

import re
from typing import Any

from tests.emulators.x_api.basics import (
    DM_EVENT_FIELDS,
    DM_EVENT_TYPES,
    DM_EXPANSIONS,
    FORBIDDEN,
    USER_FIELDS,
    Grant,
    Posted,
    invalid_request,
    problem,
)
from tests.emulators.x_api.parameters import Parameters


class Dms(Parameters):
    """Direct messages, from both sides."""

    def dm(self, username: str, text: str, *, to: str = "") -> str:
        """A direct message from ``username`` to the shop (or to ``to``), sent on X."""
        sender = self.add_user(username)
        recipient = self.user_id(to) if to else self.shop_id
        return self._dm_event(sender, self.one_to_one(sender, recipient), text)

    def shop_dm(self, username: str, text: str) -> str:
        """The shop writes to a customer from X's own app, not through OmniInbox."""
        customer = self.add_user(username)
        return self._dm_event(self.shop_id, self.one_to_one(self.shop_id, customer), text)

    def refuse_dms(self, username: str) -> None:
        """This customer does not accept direct messages from the shop."""
        self.no_dms_from_shop.add(self.add_user(username))

    @staticmethod
    def one_to_one(a: str, b: str) -> str:
        low, high = sorted((a, b), key=int)
        return f"{low}-{high}"

    def _dm_event(self, sender: str, conversation: str, text: str) -> str:
        with self.lock:
            event_id, created = self._new_id()
            self.conversations.setdefault(conversation, set(conversation.split("-")))
            self.events.append(
                {
                    "id": event_id,
                    "event_type": "MessageCreate",
                    "text": text,
                    "sender_id": sender,
                    "dm_conversation_id": conversation,
                    "created_at": created,
                }
            )
            return event_id

    # --- endpoints --------------------------------------------------------------------------

    def _dm_events(
        self, grant: Grant, query: dict[str, str], match: re.Match[str], body: Any
    ) -> tuple[int, Any]:
        if "dm.read" not in grant.scopes:
            return 403, FORBIDDEN
        chosen = self._fields(
            query,
            {
                "dm_event.fields": DM_EVENT_FIELDS,
                "user.fields": USER_FIELDS,
                "expansions": DM_EXPANSIONS,
                "event_types": DM_EVENT_TYPES,
            },
        )
        size = self._max_results(query, 1, 100, 100)
        conversation = match.groupdict().get("conv")
        types = set(chosen["event_types"]) or DM_EVENT_TYPES
        with self.lock:
            found = sorted(
                (
                    e
                    for e in self.events
                    if grant.user_id in self.conversations.get(e["dm_conversation_id"], set())
                    and (conversation is None or e["dm_conversation_id"] == conversation)
                    and e["event_type"] in types
                ),
                key=lambda e: int(e["id"]),
                reverse=True,
            )
        path = f"/2/dm_conversations/{conversation}" if conversation else "/2/dm_events"
        page, next_token = self._page(found, query, size, "dm", path)
        meta: dict[str, Any] = {"result_count": len(page)}
        if next_token:
            meta["next_token"] = next_token
        if not page:
            return 200, {"meta": meta}
        expand_senders = "sender_id" in chosen["expansions"]
        wanted = set(chosen["dm_event.fields"]) | ({"sender_id"} if expand_senders else set())
        data = []
        for event in page:
            shown = {k: event[k] for k in ("id", "event_type", "text")}
            shown.update({f: event[f] for f in sorted(wanted) if f in event})
            data.append(shown)
        answer: dict[str, Any] = {"data": data}
        if expand_senders:
            senders = dict.fromkeys(e["sender_id"] for e in page)
            answer["includes"] = {
                "users": [self._user_json(s, chosen["user.fields"]) for s in senders]
            }
        answer["meta"] = meta
        return 200, answer

    def _send_dm(
        self, grant: Grant, query: dict[str, str], match: re.Match[str], body: Any
    ) -> tuple[int, Any]:
        if "dm.write" not in grant.scopes:
            return 403, FORBIDDEN
        if not isinstance(body, dict) or not (body.get("text") or body.get("attachments")):
            return 400, invalid_request("text", "", "The `text` field is required")
        text = str(body.get("text") or "")
        if len(text) > 10_000:
            return 400, invalid_request("text", "", "The `text` field is too long")
        groups = match.groupdict()
        if groups.get("participant"):
            other = groups["participant"]
            if other not in self.users:
                return 400, invalid_request(
                    "participant_id", other, f"Could not find user with id: [{other}]."
                )
            conversation = self.one_to_one(grant.user_id, other)
        else:
            conversation = groups["conv"]
            members = self.conversations.get(conversation, set())
            if grant.user_id not in members:
                return 403, problem(
                    403, "Forbidden", "You are not a participant of this conversation."
                )
            others = members - {grant.user_id}
            other = next(iter(others)) if len(others) == 1 else ""
        if other in self.no_dms_from_shop:
            return 403, problem(403, "Forbidden", "You cannot send messages to this user.")
        with self.lock:
            event_id = self._dm_event(grant.user_id, conversation, text)
            self.posted.append(Posted("dm", event_id, text, conversation=conversation))
        return 201, {"data": {"dm_conversation_id": conversation, "dm_event_id": event_id}}
