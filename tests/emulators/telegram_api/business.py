"""Telegram Business: the shop connects the bot to its own account (a business_connection
update), customers and the owner write in the shop's chats (business_message), messages are
deleted (deleted_business_messages). Sends with a business_connection_id are checked in
``messages``."""

from __future__ import annotations

import time
from typing import Any

from tests.emulators.telegram_api.messages import Messages


class Business(Messages):
    """A Telegram Business connection and the messages of its chats."""

    def business_connect(
        self, owner: dict[str, Any], *, can_reply: bool = True, enabled: bool = True
    ) -> dict[str, Any]:
        """The shop connects the bot to its own (Telegram Business) account."""
        with self._cond:
            connection = {
                "id": f"Bc{len(self._connections) + 1:03d}AAFkZW11bGF0b3I",
                "user": owner,
                "user_chat_id": owner["id"],
                "date": int(time.time()),
                "rights": {"can_reply": can_reply, "can_read_messages": True},
                "is_enabled": enabled,
            }
            self._connections[connection["id"]] = connection
            self._push(business_connection=connection)
            return connection

    def business_message(
        self,
        connection: dict[str, Any],
        customer: dict[str, Any],
        text: str | None = None,
        *,
        from_owner: bool = False,
        document: dict[str, Any] | None = None,
        reply_to: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A message in the shop's own chat with ``customer`` (by the owner if from_owner)."""
        with self._cond:
            sender = connection["user"] if from_owner else customer
            msg = self._new_message(
                connection["id"],
                self.private_chat(customer),
                sender,
                text=text,
                reply_to=reply_to,
                business=connection["id"],
                extra={"document": document} if document else None,
            )
            self._push(business_message=msg)
            return msg

    def delete_business_messages(
        self, connection: dict[str, Any], customer: dict[str, Any], messages: list[dict[str, Any]]
    ) -> None:
        with self._cond:
            self._push(
                deleted_business_messages={
                    "business_connection_id": connection["id"],
                    "chat": self.private_chat(customer),
                    "message_ids": [m["message_id"] for m in messages],
                }
            )
