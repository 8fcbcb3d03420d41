"""A small Example Chat server: the remote the example connector talks to.

It is the whole service a shop's website chat would need, on the loopback interface, with the
standard library only. Tests start one per case; ``python -m omniinbox_example.service`` runs one
to try the connector by hand. The API, in full:

Shop side (``Authorization: Bearer <token>``; a wrong or missing token is 401):

* ``GET /api/v1/me`` -> ``{"id": "shop", "name": "..."}``
* ``GET /api/v1/events?after=N&limit=L&wait=S`` -> ``{"epoch": "...", "messages": [...],
  "last": N, "latest": M, "more": bool}``. Every message has a ``seq``, counting up from 1;
  ``after`` is the last ``seq`` already seen, ``last`` the ``seq`` of the last message returned.
  ``wait`` (at most 30 s) holds the answer until a message is there: a long poll. ``epoch``
  changes when the history is restored from a backup: every ``seq`` is then renumbered.
* ``POST /api/v1/conversations {"visitor": ID}`` -> ``{"id": ...}``: the visitor's open
  conversation, opened if there is none (404 for an unknown visitor).
* ``PUT /api/v1/conversations/{id}/messages/{txn} {"text", "agent", "reply_to"}`` ->
  ``{"id", "sent_at"}``. ``txn`` is the client's transaction id: the same ``txn`` again
  returns the first message and sends nothing (404 unknown conversation, 400 bad text).

Visitor side (the widget on the website, no token):

* ``POST /widget/v1/messages {"visitor": {"id", "name", "email"}, "text"}`` -> ``{"id",
  "conversation"}``

A message: ``{"seq", "id", "conversation", "visitor": {"id", "name", "email",
"email_verified"}, "by": "visitor" | "agent", "agent", "text", "sent_at", "reply_to"}``.
Errors: ``{"error": CODE, "message": TEXT}``; 429 comes with ``Retry-After`` (seconds).
"""

from __future__ import annotations

import argparse
import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

MAX_TEXT = 4000
MAX_WAIT = 30.0
MAX_LIMIT = 500


class _Refusal(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


@dataclass
class _Fault:
    path: str
    status: int  # 0: do the work, then drop the connection without answering
    times: int
    retry_after: float | None = None


@dataclass
class _Visitor:
    id: str
    name: str = ""
    email: str = ""
    email_verified: bool = False

    def json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "email": self.email,
            "email_verified": self.email_verified,
        }


@dataclass
class _State:
    epoch: str
    messages: list[dict[str, Any]] = field(default_factory=list)  # in seq order
    visitors: dict[str, _Visitor] = field(default_factory=dict)
    open_conversation: dict[str, str] = field(default_factory=dict)  # visitor -> conversation
    conversations: dict[str, str] = field(default_factory=dict)  # conversation -> visitor
    transactions: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    faults: list[_Fault] = field(default_factory=list)


class ChatService:
    """The server and its data. Thread-safe: one lock, one condition for long polls."""

    def __init__(
        self,
        token: str = "",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        shop: str = "Example Shop",
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.token = token or "ex_" + secrets.token_urlsafe(16)
        self.shop = shop
        self.clock = clock
        self._state = _State(epoch=secrets.token_hex(4))
        self._changed = threading.Condition()
        self._closing = False
        self._server = ThreadingHTTPServer((host, port), _Handler)
        self._server.daemon_threads = True
        self._server.service = self  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> ChatService:
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="example-chat", daemon=True
        )
        self._thread.start()
        return self

    def close(self) -> None:
        with self._changed:
            self._closing = True
            self._changed.notify_all()  # long polls answer at once
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> ChatService:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- what tests (and the demo) do on the remote side ---------------------------------------

    def visitor(
        self, visitor_id: str, name: str = "", email: str = "", *, verified: bool = False
    ) -> dict[str, Any]:
        """A visitor opens the chat widget (known from then on, even before writing)."""
        with self._changed:
            known = self._state.visitors.get(visitor_id)
            if known is None:
                known = self._state.visitors[visitor_id] = _Visitor(visitor_id)
            known.name = name or known.name
            known.email = email or known.email
            known.email_verified = verified or known.email_verified
            return known.json()

    def visitor_writes(
        self,
        visitor_id: str,
        text: str,
        *,
        name: str = "",
        email: str = "",
        verified: bool = False,
        reply_to: str | None = None,
        at: datetime | None = None,
    ) -> str:
        """A visitor writes in the widget; returns the new message's id."""
        self.visitor(visitor_id, name, email, verified=verified)
        with self._changed:
            conversation = self._open(visitor_id)
            return str(self._add(conversation, "visitor", text, "", reply_to, at)["id"])

    def agent_messages(self) -> list[dict[str, Any]]:
        """What the shop sent, in order."""
        with self._changed:
            return [dict(m) for m in self._state.messages if m["by"] == "agent"]

    def fail_next(
        self, status: int, *, path: str = "/api/", times: int = 1, retry_after: float | None = None
    ) -> None:
        """The next ``times`` requests under ``path`` get this HTTP error instead."""
        with self._changed:
            self._state.faults.append(_Fault(path, status, times, retry_after))

    def lose_next_answer(self, path: str = "/api/", times: int = 1) -> None:
        """The next requests under ``path`` are carried out, but the connection drops before
        the answer: the client cannot tell whether it worked."""
        self.fail_next(0, path=path, times=times)

    def restore_backup(self) -> None:
        """The operator restores the history from a backup: a new epoch, every seq renumbered."""
        with self._changed:
            self._state.epoch = secrets.token_hex(4)
            self._state.messages.reverse()  # e.g. restored in another order
            for seq, message in enumerate(self._state.messages, start=1):
                message["seq"] = seq
            self._changed.notify_all()

    # --- the data (the lock is held) -----------------------------------------------------------

    def _open(self, visitor_id: str) -> str:
        state = self._state
        if visitor_id not in state.visitors:
            raise _Refusal(404, "no_visitor", f"no visitor {visitor_id!r}")
        conversation = state.open_conversation.get(visitor_id)
        if conversation is None:
            conversation = f"c{len(state.conversations) + 1}"
            state.open_conversation[visitor_id] = conversation
            state.conversations[conversation] = visitor_id
        return conversation

    def _add(
        self,
        conversation: str,
        by: str,
        text: str,
        agent: str,
        reply_to: str | None,
        at: datetime | None,
    ) -> dict[str, Any]:
        if not isinstance(text, str) or not text.strip():
            raise _Refusal(400, "empty_text", "the message has no text")
        if len(text) > MAX_TEXT:
            raise _Refusal(
                400, "text_too_long", f"a message can have at most {MAX_TEXT} characters"
            )
        state = self._state
        visitor = state.visitors[state.conversations[conversation]]
        message = {
            "seq": len(state.messages) + 1,
            "id": f"m{len(state.messages) + 1}",
            "conversation": conversation,
            "visitor": visitor.json(),
            "by": by,
            "agent": agent,
            "text": text,
            "sent_at": (at or self.clock()).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "reply_to": reply_to,
        }
        state.messages.append(message)
        self._changed.notify_all()
        return message

    def _events(self, query: dict[str, list[str]]) -> dict[str, Any]:
        try:
            after = int(query.get("after", ["0"])[0])
            limit = min(MAX_LIMIT, max(1, int(query.get("limit", ["100"])[0])))
            wait = min(MAX_WAIT, max(0.0, float(query.get("wait", ["0"])[0])))
        except ValueError:
            raise _Refusal(400, "bad_query", "after, limit and wait must be numbers") from None
        state = self._state
        self._changed.wait_for(lambda: len(state.messages) > after or self._closing, wait)
        page = [m for m in state.messages if m["seq"] > after][:limit]
        return {
            "epoch": state.epoch,
            "messages": [dict(m) for m in page],
            "last": page[-1]["seq"] if page else after,
            "latest": len(state.messages),
            "more": bool(page) and page[-1]["seq"] < len(state.messages),
        }

    def _send(self, conversation: str, txn: str, body: dict[str, Any]) -> dict[str, Any]:
        state = self._state
        if conversation not in state.conversations:
            raise _Refusal(404, "no_conversation", f"no conversation {conversation!r}")
        earlier = state.transactions.get((conversation, txn))
        if earlier is None:
            reply_to = body.get("reply_to")
            earlier = self._add(
                conversation,
                "agent",
                body.get("text", ""),
                str(body.get("agent") or ""),
                str(reply_to) if reply_to else None,
                None,
            )
            state.transactions[(conversation, txn)] = earlier
        return {"id": earlier["id"], "sent_at": earlier["sent_at"]}

    # --- HTTP ----------------------------------------------------------------------------------

    def _route(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> Any:
        parts = [unquote(p) for p in path.strip("/").split("/")]
        if parts[:2] == ["widget", "v1"] and method == "POST" and parts[2:] == ["messages"]:
            who = body.get("visitor") if isinstance(body, dict) else None
            if not isinstance(who, dict) or not who.get("id"):
                raise _Refusal(400, "no_visitor", "the message needs a visitor with an id")
            self.visitor(str(who["id"]), str(who.get("name") or ""), str(who.get("email") or ""))
            conversation = self._open(str(who["id"]))
            added = self._add(conversation, "visitor", body.get("text", ""), "", None, None)
            return {"id": added["id"], "conversation": conversation}
        if parts[:2] != ["api", "v1"]:
            raise _Refusal(404, "not_found", f"nothing at {path}")
        match method, parts[2:]:
            case "GET", ["me"]:
                return {"id": "shop", "name": self.shop}
            case "GET", ["events"]:
                return self._events(query)
            case "POST", ["conversations"]:
                visitor = body.get("visitor") if isinstance(body, dict) else None
                return {"id": self._open(str(visitor))}
            case "PUT", ["conversations", conversation, "messages", txn]:
                return self._send(conversation, txn, body if isinstance(body, dict) else {})
        raise _Refusal(404, "not_found", f"no {method} {path}")

    def handle(self, request: _Handler, method: str) -> None:
        url = urlsplit(request.path)
        length = int(request.headers.get("Content-Length") or 0)
        raw = request.rfile.read(length) if length else b""
        with self._changed:
            fault = next((f for f in self._state.faults if url.path.startswith(f.path)), None)
            if fault is not None:
                fault.times -= 1
                if fault.times <= 0:
                    self._state.faults.remove(fault)
            try:
                if fault is not None and fault.status:
                    raise _Refusal(fault.status, "scripted", f"scripted failure {fault.status}")
                if (
                    url.path.startswith("/api/")
                    and request.headers.get("Authorization") != f"Bearer {self.token}"
                ):
                    raise _Refusal(401, "invalid_token", "the API token is not valid")
                body = json.loads(raw) if raw else {}
                status, answer = 200, self._route(method, url.path, parse_qs(url.query), body)
            except _Refusal as exc:
                status, answer = exc.status, {"error": exc.code, "message": str(exc)}
            except ValueError:
                status, answer = 400, {"error": "bad_json", "message": "the body is not JSON"}
        if fault is not None and not fault.status:
            request.close_connection = True  # done, but the answer is lost on the way
            return
        data = json.dumps(answer, ensure_ascii=False).encode()
        request.send_response(status)
        request.send_header("Content-Type", "application/json; charset=utf-8")
        request.send_header("Content-Length", str(len(data)))
        if fault is not None and fault.retry_after is not None:
            request.send_header("Retry-After", f"{fault.retry_after:g}")
        request.end_headers()
        request.wfile.write(data)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart
    server: Any

    def do_GET(self) -> None:
        self.server.service.handle(self, "GET")

    def do_POST(self) -> None:
        self.server.service.handle(self, "POST")

    def do_PUT(self) -> None:
        self.server.service.handle(self, "PUT")

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: tests start many of these


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Run an Example Chat server on this computer.")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--token", default="", help="the API token (default: a random one)")
    args = parser.parse_args(argv)
    with ChatService(args.token, port=args.port) as service:
        print(f"Example Chat at {service.url}, API token {service.token}")
        print(
            f"A visitor writes: curl -X POST {service.url}/widget/v1/messages "
            '-d \'{"visitor": {"id": "alice", "name": "Alice"}, "text": "Hello!"}\''
        )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
