"""Getting updates: getUpdates (offset / limit / allowed_updates, a ``timeout`` long poll that
really blocks, a 409 for a second poller or while a webhook is set), setWebhook, deleteWebhook
and getWebhookInfo; and the test side of the queue (raw updates, what is still pending)."""

from __future__ import annotations

import copy
import time
from typing import Any

from tests.emulators.telegram_api.basics import (
    NOT_BY_DEFAULT,
    POLL_CONFLICT,
    WEBHOOK_CONFLICT,
    ApiError,
    Fault,
    _int,
    _json,
    _true,
)
from tests.emulators.telegram_api.state import State


class Updates(State):
    """getUpdates, the webhook methods, and the update queue seen from the test."""

    def push_update(self, **payload: Any) -> dict[str, Any]:
        """Any raw update (e.g. one of a kind the bot did not ask for)."""
        with self._cond:
            return self._push(**payload)

    def set_webhook(self, url: str) -> None:
        with self._cond:
            self._webhook = url

    @property
    def webhook(self) -> str:
        return self._webhook

    def pending(self) -> list[int]:
        """Ids of the updates not confirmed yet."""
        with self._cond:
            return [u["update_id"] for u in self._queue]

    def _get_webhook_info(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        with self._cond:
            info: dict[str, Any] = {
                "url": self._webhook,
                "has_custom_certificate": False,
                "pending_update_count": len(self._queue),
            }
            if self._webhook:
                info["max_connections"] = 40
            return info

    def _set_webhook(self, params: dict[str, Any], files: Any) -> bool:
        url = params.get("url")
        if url is None:
            raise ApiError(400, "Bad Request: url is empty")
        with self._cond:
            self._webhook = str(url)
            if _true(params.get("drop_pending_updates")):
                self._queue.clear()
        return True

    def _delete_webhook(self, params: dict[str, Any], files: Any) -> bool:
        with self._cond:
            self._webhook = ""
            if _true(params.get("drop_pending_updates")):
                self._queue.clear()
        return True

    def _wanted(self, update: dict[str, Any]) -> bool:
        kinds = set(update) - {"update_id"}
        if self._allowed:
            return bool(kinds & self._allowed)
        return not kinds <= NOT_BY_DEFAULT

    def _get_updates(self, params: dict[str, Any], fault: Fault | None) -> list[dict[str, Any]]:
        offset = _int(params, "offset")
        limit = min(100, max(1, _int(params, "limit") or 100))
        timeout = max(0, _int(params, "timeout") or 0)
        allowed = _json(params, "allowed_updates")
        with self._cond:
            if self._webhook:
                raise ApiError(409, WEBHOOK_CONFLICT)
            if isinstance(allowed, list):
                self._allowed = set(allowed) or None
            self._generation += 1  # an earlier long poll still waiting ends with a 409
            mine = self._generation
            self._cond.notify_all()
            if offset is not None and offset > 0:
                confirmed = [u for u in self._queue if u["update_id"] < offset]
                if confirmed:
                    self._confirmed_last = confirmed
                self._queue = [u for u in self._queue if u["update_id"] >= offset]
            elif offset is not None and offset < 0:
                self._queue = self._queue[offset:]
            deadline = time.monotonic() + timeout
            while True:
                if mine != self._generation:
                    raise ApiError(409, POLL_CONFLICT)
                ready = [u for u in self._queue if self._wanted(u)][:limit]
                left = deadline - time.monotonic()
                if ready or left <= 0 or self._closing.is_set():
                    break
                self._cond.wait(left)
            result = copy.deepcopy(ready)
            if fault and fault.kind == "redeliver":
                result = copy.deepcopy(self._confirmed_last) + result
        if fault and fault.kind == "duplicate":
            result = [u for u in result for _ in (0, 1)]
        if fault and fault.kind == "shuffle":
            result.reverse()
        return result
