"""The HTTP side on 127.0.0.1: routing, the order of the checks (faults, auth, rate limit,
query parameters, body), the answers with their rate-limit headers, GET /2/users/me, and the
emulator itself, made of the mixins of the sibling modules."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.emulators.x_api.auth import Auth
from tests.emulators.x_api.basics import (
    QUERY_PARAMETERS,
    SERVER_ERRORS,
    TOO_MANY,
    UNAUTHORIZED,
    USER_FIELDS,
    Fault,
    Grant,
    Recorded,
    _Refused,
    _Reply,
    endpoint_key,
    invalid_request,
    problem,
)
from tests.emulators.x_api.dms import Dms
from tests.emulators.x_api.rate_limits import RateLimits
from tests.emulators.x_api.tweets import Tweets


class XApiEmulator(Tweets, Dms, Auth, RateLimits):
    """Start with ``XApiEmulator()``; ``base_url`` is what the connector's api_base is set to."""

    def __init__(
        self,
        shop_username: str = "shop_kz",
        shop_name: str = "Shop.kz Support",
    ) -> None:
        super().__init__()
        self.shop_id = self.add_user(shop_username, shop_name)
        self.authorizing_user = self.shop_id
        self.token = self.issue_token(self.shop_id)

        emulator = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                emulator._serve(self, "GET")

            def do_POST(self) -> None:
                emulator._serve(self, "POST")

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output quiet

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> XApiEmulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- what happened ----------------------------------------------------------------------

    def posted_texts(self) -> list[str]:
        return [p.text for p in self.posted]

    def calls(self, method: str = "", path: str = "") -> list[Recorded]:
        return [
            r
            for r in self.requests
            if (not method or r.method == method) and r.path.startswith(path)
        ]

    # --- HTTP -------------------------------------------------------------------------------

    def _serve(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        url = urlsplit(handler.path)
        query = dict(parse_qsl(url.query, keep_blank_values=True))
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in handler.headers.items()}
        fault = self._take_fault(method, url.path, query=query)
        if fault is not None and fault.kind in {"timeout", "drop"}:
            self._log(method, url.path, query, headers, body, 0)
            if fault.kind == "timeout":
                self._stop.wait(fault.delay)
            handler.close_connection = True
            return
        try:
            reply = self._answer(method, url.path, query, headers, body, handler, fault)
        except Exception as exc:  # an emulator bug must show as a 500, not a hung test
            reply = _Reply(500, problem(500, "Internal Server Error", f"emulator: {exc!r}"))
        data = reply.raw
        if data is None:
            data = json.dumps(reply.body, ensure_ascii=False, separators=(",", ":")).encode()
            reply.headers.setdefault("Content-Type", "application/json; charset=utf-8")
        if fault is not None and fault.kind == "truncated":
            data = data[: max(1, len(data) // 2)]
        self._log(method, url.path, query, headers, body, reply.status, data, reply.headers)
        try:
            handler.send_response(reply.status)
            for name, value in reply.headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except OSError:
            pass  # the client gave up (its timeout): nothing to do

    def _log(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        headers: dict[str, str],
        body: bytes,
        status: int,
        answer: bytes = b"",
        answer_headers: dict[str, str] | None = None,
    ) -> None:
        with self.lock:
            self.requests.append(
                Recorded(
                    method, path, query, headers, body, status, answer, dict(answer_headers or {})
                )
            )

    def _answer(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        headers: dict[str, str],
        body: bytes,
        handler: BaseHTTPRequestHandler,
        fault: Fault | None,
    ) -> _Reply:
        if method == "GET" and path == "/i/oauth2/authorize":
            return self._authorize(query)
        key = endpoint_key(method, path)
        if fault is not None and fault.kind == "429":
            rate, _ = self._rate_headers(key, spend=False)
            rate["x-rate-limit-remaining"] = "0"
            rate["x-rate-limit-reset"] = str(int(time.time() + fault.reset_in))
            return _Reply(429, TOO_MANY, rate)
        if fault is not None and fault.kind.isdigit() and int(fault.kind) >= 500:
            rate, _ = self._rate_headers(key, spend=False)
            status = int(fault.kind)
            return _Reply(status, SERVER_ERRORS.get(status, SERVER_ERRORS[500]), rate)
        if method == "POST" and path == "/2/oauth2/token":
            rate, _ = self._rate_headers(key, spend=True)
            reply = self._token(headers, body)
            reply.headers.update(rate)
            return reply
        route = self._route(method, path)
        grant = self._authenticate(method, path, query, headers, body, handler)
        rate, empty = self._rate_headers(key, spend=grant is not None and route is not None)
        if grant is None:
            return _Reply(401, UNAUTHORIZED, rate)
        if route is None:
            return _Reply(404, problem(404, "Not Found Error", f"no route {method} {path}"), rate)
        if empty:
            return _Reply(429, TOO_MANY, rate)
        handler_fn, match = route
        allowed = QUERY_PARAMETERS.get(handler_fn.__name__, frozenset())
        for name in query:
            if name not in allowed:
                message = (
                    f"The query parameter [{name}] is not one of [{','.join(sorted(allowed))}]"
                )
                return _Reply(400, invalid_request(name, query[name], message), rate)
        try:
            payload = json.loads(body) if body else None
        except ValueError:
            return _Reply(400, invalid_request("body", "", "The request body is not JSON"), rate)
        try:
            status, answer = handler_fn(grant, query, match, payload)
        except _Refused as refused:
            status, answer = refused.status, refused.body
        return _Reply(status, answer, rate)

    def _route(
        self, method: str, path: str
    ) -> tuple[Callable[..., tuple[int, Any]], re.Match[str]] | None:
        table: list[tuple[str, str, Callable[..., tuple[int, Any]]]] = [
            ("GET", r"/2/users/me", self._me),
            ("GET", r"/2/users/(?P<id>[0-9]{1,19})/mentions", self._mentions),
            ("POST", r"/2/tweets", self._create_tweet),
            ("GET", r"/2/dm_events", self._dm_events),
            ("GET", r"/2/dm_conversations/(?P<conv>[0-9-]+)/dm_events", self._dm_events),
            (
                "POST",
                r"/2/dm_conversations/with/(?P<participant>[0-9]{1,19})/messages",
                self._send_dm,
            ),
            ("POST", r"/2/dm_conversations/(?P<conv>[0-9-]+)/messages", self._send_dm),
        ]
        for verb, pattern, fn in table:
            match = re.fullmatch(pattern, path)
            if verb == method and match:
                return fn, match
        return None

    # --- endpoints --------------------------------------------------------------------------

    def _me(
        self, grant: Grant, query: dict[str, str], match: re.Match[str], body: Any
    ) -> tuple[int, Any]:
        chosen = self._fields(query, {"user.fields": USER_FIELDS})
        return 200, {"data": self._user_json(grant.user_id, chosen["user.fields"])}
