"""The shared query parameters: ``*.fields`` and ``expansions`` (comma-separated, checked
against the OpenAPI enums), ``max_results``, and newest-first pagination with next_token
(PaginationToken36 for posts, PaginationToken32 for DM events)."""

from __future__ import annotations

import base64
from typing import Any

from tests.emulators.x_api.basics import _Refused, base36, invalid_request
from tests.emulators.x_api.state import State


class Parameters(State):
    """Reading and checking the query parameters shared by the endpoints; paging."""

    @staticmethod
    def _list(query: dict[str, str], name: str, allowed: frozenset[str]) -> list[str] | str:
        """A comma-separated parameter as a list, or the first value X would reject."""
        values = [v for v in query.get(name, "").split(",") if v]
        for value in values:
            if value not in allowed:
                return value
        return values

    def _fields(
        self, query: dict[str, str], spec: dict[str, frozenset[str]]
    ) -> dict[str, list[str]]:
        chosen: dict[str, list[str]] = {}
        for name, allowed in spec.items():
            values = self._list(query, name, allowed)
            if isinstance(values, str):
                raise _Refused(
                    400,
                    invalid_request(
                        name,
                        query[name],
                        f"The `{name}` query parameter value [{values}] is not one of "
                        f"[{','.join(sorted(allowed))}]",
                    ),
                )
            chosen[name] = values
        return chosen

    @staticmethod
    def _max_results(query: dict[str, str], low: int, high: int, default: int) -> int:
        raw = query.get("max_results")
        if raw is None:
            return default
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise _Refused(
                400,
                invalid_request(
                    "max_results",
                    raw,
                    f"The `max_results` query parameter value [{raw}] is not between {low} "
                    f"and {high}",
                ),
            )
        return int(raw)

    def _user_json(self, user_id: str, fields: list[str]) -> dict[str, Any]:
        user = self.users.get(user_id, {"id": user_id, "name": "", "username": ""})
        shown = {k: user[k] for k in ("id", "name", "username")}
        shown.update({f: user[f] for f in fields if f in user})
        return shown

    def _page(
        self, items: list[dict[str, Any]], query: dict[str, str], size: int, kind: str, path: str
    ) -> tuple[list[dict[str, Any]], str]:
        """Newest-first paging by id: the token says "older than this id". An "overlap" fault
        makes the next page start two items early, as when new items shift a page."""
        token = query.get("pagination_token")
        if token is not None:
            before = self._decode_token(token, kind)
            if before is None:
                raise _Refused(
                    400,
                    invalid_request(
                        "pagination_token",
                        token,
                        f"The `pagination_token` query parameter value [{token}] is not valid",
                    ),
                )
            items = [i for i in items if int(i["id"]) < before]
        page = items[:size]
        if len(items) <= size or not page:
            return page, ""
        overlap = self._take_fault("GET", path, {"overlap"})
        last = page[-3] if overlap is not None and len(page) >= 3 else page[-1]
        return page, self._encode_token(int(last["id"]), kind)

    @staticmethod
    def _encode_token(before: int, kind: str) -> str:
        if kind == "tweets":  # PaginationToken36: base36
            return "7140" + base36(before)
        raw = before.to_bytes(8, "big") + b"\x5a\x5a"  # PaginationToken32: base32, 16+ chars
        return base64.b32encode(raw).decode().rstrip("=")

    @staticmethod
    def _decode_token(token: str, kind: str) -> int | None:
        try:
            if kind == "tweets":
                return int(token.removeprefix("7140"), 36) if token.startswith("7140") else None
            raw = base64.b32decode(token + "=" * (-len(token) % 8))
            return int.from_bytes(raw[:8], "big") if raw[8:] == b"\x5a\x5a" else None
        except ValueError:
            return None
