"""The HTTP side: ``/bot<token>/<method>`` and ``/file/bot<token>/<file_path>`` on 127.0.0.1
(a stdlib ThreadingHTTPServer), the token check, the scripted misbehaviour, getMe, and the
emulator itself, made of the mixins of the sibling modules."""

from __future__ import annotations

import contextlib
import json
import re
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

from tests.emulators.telegram_api.basics import (
    FAULTS,
    MB,
    NGINX_502,
    TOKEN_RE,
    ApiError,
    Fault,
    parse_request,
)
from tests.emulators.telegram_api.business import Business
from tests.emulators.telegram_api.keyboards import Keyboards
from tests.emulators.telegram_api.updates import Updates


class TelegramEmulator(Keyboards, Business, Updates):
    """One bot on a fake Bot API server. Use as a context manager or start() / close()."""

    def _api_methods(self) -> dict[str, Callable[..., Any]]:
        return {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "getwebhookinfo": self._get_webhook_info,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "sendmessage": self._send_message,
            "sendphoto": lambda p, f: self._send_file("photo", p, f),
            "senddocument": lambda p, f: self._send_file("document", p, f),
            "getfile": self._get_file,
            "answercallbackquery": self._answer_callback_query,
            "editmessagereplymarkup": self._edit_reply_markup,
        }

    # --- life -------------------------------------------------------------------------------

    def start(self) -> TelegramEmulator:
        handler = type("Handler", (_Handler,), {"emulator": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="telegram-emulator",
            daemon=True,
        )
        self._thread.start()
        return self

    def close(self) -> None:
        self._closing.set()
        with self._cond:
            self._cond.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> TelegramEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the emulator first"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    # --- test controls ------------------------------------------------------------------------

    def misbehave(
        self,
        kind: str,
        *,
        times: int = 1,
        method: str | None = None,
        retry_after: int = 3,
        seconds: float = 5.0,
    ) -> None:
        """The next ``times`` calls (of ``method``, "file" for downloads, or any) go wrong:

        429 (with retry_after), 500, 502 (an nginx HTML page), hang (the request is carried
        out, then the answer waits ``seconds``), truncated (JSON cut in half, with a matching
        Content-Length), disconnect (carried out, then the connection drops without an answer),
        and for getUpdates: duplicate (each update twice), redeliver (the updates confirmed
        last time come again), shuffle (newest first).
        """
        assert kind in FAULTS, kind
        if kind in {"duplicate", "redeliver", "shuffle"}:
            method = method or "getUpdates"
        with self._cond:
            self._faults.append(
                Fault(kind, method.lower() if method else None, times, retry_after, seconds)
            )

    def sent_texts(self) -> list[str]:
        return [s.text for s in self.sent]

    def calls(self, method: str) -> list[dict[str, Any]]:
        return [p for m, p in self.requests if m.lower() == method.lower()]

    # --- HTTP ---------------------------------------------------------------------------------

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        path = unquote(parts.path)
        length = int(handler.headers.get("Content-Length") or 0)
        if length > self.upload_limit:
            while length > 0:  # hear the request out, then refuse it
                length -= len(handler.rfile.read(min(length, MB)))
            self._answer(handler, 413, ApiError(413, "Request Entity Too Large").payload())
            return
        body = handler.rfile.read(length) if length else b""
        file_match = re.fullmatch(r"/file/bot([^/]+)/(.+)", path)
        if file_match:
            self._serve_file(handler, *file_match.groups())
            return
        match = re.fullmatch(r"/bot([^/]*)/(\w*)", path)
        if match is None or not TOKEN_RE.fullmatch(match.group(1)):
            self._answer(handler, 404, ApiError(404, "Not Found").payload())
            return
        token, method = match.groups()
        if token != self.token:
            self._answer(handler, 401, ApiError(401, "Unauthorized").payload())
            return
        try:
            params, files = parse_request(
                parts.query, handler.headers.get("Content-Type", ""), body
            )
        except (ValueError, UnicodeDecodeError):
            self._answer(handler, 400, ApiError(400, "Bad Request: invalid request body").payload())
            return
        with self._cond:
            shown = dict(params)
            shown.update({k: {"file_name": v[0], "size": len(v[1])} for k, v in files.items()})
            self.requests.append((method, shown))
        fault = self._take_fault(method.lower())
        if fault and fault.kind == "429":
            error = ApiError(
                429, f"Too Many Requests: retry after {fault.retry_after}", fault.retry_after
            )
            self._answer(handler, 429, error.payload())
            return
        if fault and fault.kind == "500":
            self._answer(handler, 500, ApiError(500, "Internal Server Error").payload())
            return
        if fault and fault.kind == "502":
            self._answer_raw(handler, 502, NGINX_502, "text/html")
            return
        action = self._methods.get(method.lower())
        try:
            if action is None:
                raise ApiError(404, "Not Found")
            result = (
                action(params, files) if method.lower() != "getupdates" else action(params, fault)
            )
            status, payload = 200, {"ok": True, "result": result}
        except ApiError as error:
            status, payload = error.code, error.payload()
        if fault and fault.kind == "hang":
            self._closing.wait(fault.seconds)
        if fault and fault.kind == "disconnect":
            handler.close_connection = True
            return
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        if fault and fault.kind == "truncated":
            data = data[: max(1, len(data) // 2)]
        self._answer_raw(handler, status, data, "application/json")

    def _serve_file(self, handler: BaseHTTPRequestHandler, token: str, file_path: str) -> None:
        fault = self._take_fault("file")
        if token != self.token:
            self._answer(handler, 404, ApiError(404, "Not Found").payload())
            return
        if fault and fault.kind in {"500", "502"}:
            self._answer_raw(handler, 502, NGINX_502, "text/html")
            return
        if fault and fault.kind == "hang":
            self._closing.wait(fault.seconds)
        file_id = self._paths.get(file_path)
        if file_id is None:
            self._answer(handler, 404, ApiError(404, "Not Found").payload())
            return
        self._answer_raw(handler, 200, self._files[file_id].content, "application/octet-stream")

    def _answer(self, handler: BaseHTTPRequestHandler, status: int, payload: Any) -> None:
        self._answer_raw(handler, status, json.dumps(payload).encode("utf-8"), "application/json")

    @staticmethod
    def _answer_raw(
        handler: BaseHTTPRequestHandler, status: int, data: bytes, content_type: str
    ) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)
        handler.wfile.flush()

    # --- methods ------------------------------------------------------------------------------

    def _get_me(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        return {
            **self.bot,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": True,
            "has_main_web_app": False,
        }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # an idle keep-alive connection is closed after this
    emulator: TelegramEmulator

    def do_GET(self) -> None:
        self.emulator._serve(self)

    do_POST = do_GET

    def handle(self) -> None:
        # The client may have given up (a hang it timed out on): nothing left to answer.
        with contextlib.suppress(ConnectionError, TimeoutError):
            super().handle()

    def log_message(self, format: str, *args: Any) -> None:
        pass
