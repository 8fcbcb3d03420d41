"""A thin Bot API client over httpx: one request per call, every failure classified.

Requests go to ``{api_url}/bot{token}/{method}`` (JSON bodies, multipart for uploads); answers
are ``{"ok": true, "result": ...}`` or ``{"ok": false, "error_code": N, "description": ...,
"parameters": {"retry_after": N}}``. Failures become the contract's errors here:

* cannot connect, 429, 5xx, a timeout or a garbled answer while reading -> TransientError
  (429 carries retry_after);
* the same while *sending* a message, once the request went out -> Uncertain: Telegram cannot be
  asked whether the message was delivered, and sending it again could deliver it twice;
* 401 (token revoked or wrong) and 404 (not a bot token) -> AuthError: the whole account stops;
* 403 (blocked by this customer, kicked from that group) and 400 -> PermanentError for that
  message only; 409 -> a webhook is set, or another program polls the same bot.

The token is part of every URL, so it is kept out of error messages and out of httpx's
request log lines.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from omniinbox.connector import (
    AuthError,
    ConnectorError,
    PermanentError,
    TransientError,
    Uncertain,
)

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://api.telegram.org"
TOKEN_RE = re.compile(r"[0-9]+:[A-Za-z0-9_-]+")
_TOKEN_IN_URL = re.compile(r"/bot[0-9]+:[A-Za-z0-9_-]+")

BAD_TOKEN = "the bot token was refused by Telegram"
UNKNOWN_TOKEN = (
    "Telegram does not recognise this bot token; copy it again from @BotFather (/mybots, API Token)"
)


class WebhookActive(ConnectorError):
    """The bot delivers its updates to a webhook, so they cannot be read by long polling."""

    def __init__(self, url: str = "") -> None:
        where = f" ({url})" if url else ""
        super().__init__(
            f"This bot sends its messages to a webhook{where}, so OmniInbox cannot receive them. "
            "Remove the webhook to let OmniInbox read the bot's messages "
            "(whatever used that webhook will stop getting them)."
        )
        self.url = url


class Refused(PermanentError):
    """Telegram refused this request (400, 403, 413); the description says why."""

    def __init__(self, message: str, code: int, description: str) -> None:
        super().__init__(message)
        self.code = code
        self.description = description


# --- keeping the token out of logs ----------------------------------------------------------


def redact(text: str) -> str:
    return _TOKEN_IN_URL.sub("/bot<token>", text)


class _HideBotTokens(logging.Filter):
    """httpx logs every request URL at INFO; the URL holds the bot token."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact(str(a)) if _TOKEN_IN_URL.search(str(a)) else a for a in record.args
            )
        return True


def hide_tokens_in_http_logs() -> None:
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _HideBotTokens) for f in logger.filters):
            logger.addFilter(_HideBotTokens())


# --- the client ------------------------------------------------------------------------------


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _reason(exc: Exception) -> str:
    text = redact(str(exc)).strip()
    return text or type(exc).__name__


class BotApi:
    """One bot on one Bot API server. Thread-safe (httpx.Client is)."""

    def __init__(
        self,
        api_url: str,
        token: str,
        *,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        hide_tokens_in_http_logs()
        self.api_url = api_url.rstrip("/")
        self.host = urlsplit(self.api_url).netloc
        self._token = token
        self.timeout = timeout
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0), write=max(timeout, 60.0)),
            transport=transport,
            headers={"User-Agent": "OmniInbox"},
            follow_redirects=False,
            trust_env=not is_loopback(self.api_url),  # no proxy between us and a local server
        )

    def close(self) -> None:
        self._client.close()

    def call(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        *,
        what: str,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        sends: bool = False,
        long_poll: float = 0.0,
    ) -> Any:
        """The ``result`` of one Bot API method, or a classified ConnectorError.

        ``what`` names the request in error sentences ("the message", "new messages");
        ``sends`` marks a request that delivers something, where a lost answer is Uncertain.
        """
        url = f"{self.api_url}/bot{self._token}/{method}"
        timeout = None
        if long_poll:
            timeout = httpx.Timeout(
                self.timeout + long_poll,
                connect=min(self.timeout, 10.0),
                write=max(self.timeout, 60.0),
            )
        try:
            if files:
                form = {
                    k: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                    for k, v in (params or {}).items()
                }
                kwargs: dict[str, Any] = {"data": form, "files": dict(files)}
            else:
                kwargs = {"json": dict(params or {})}
            if timeout is not None:
                kwargs["timeout"] = timeout
            response = self._client.post(url, **kwargs)
        except (
            httpx.ConnectError,
            httpx.ConnectTimeout,
            httpx.PoolTimeout,
            httpx.ProxyError,
        ) as exc:
            raise TransientError(f"cannot reach Telegram at {self.host}: {_reason(exc)}") from exc
        except (httpx.WriteError, httpx.WriteTimeout) as exc:
            # The request did not get through whole, so Telegram cannot have acted on it.
            raise TransientError(
                f"the connection to Telegram broke while sending {what}: {_reason(exc)}"
            ) from exc
        except httpx.TimeoutException as exc:
            raise self._lost_answer(f"Telegram did not answer in time ({what})", sends) from exc
        except httpx.HTTPError as exc:
            raise self._lost_answer(
                f"the connection to Telegram broke before it answered ({what}): {_reason(exc)}",
                sends,
            ) from exc
        return self._result(response, what, sends)

    @staticmethod
    def _lost_answer(sentence: str, sends: bool) -> ConnectorError:
        if sends:
            return Uncertain(
                f"{sentence}, so it is unknown whether the message went out. "
                "Check the chat in Telegram before sending it again."
            )
        return TransientError(sentence)

    def _result(self, response: httpx.Response, what: str, sends: bool) -> Any:
        status = response.status_code
        try:
            data = json.loads(response.content)
        except ValueError:
            data = None
        if not isinstance(data, dict) or "ok" not in data:
            if status >= 500:
                raise self._lost_answer(f"Telegram is having trouble (HTTP {status})", sends)
            if status == 200:
                raise self._lost_answer(
                    f"Telegram's answer about {what} was cut off or garbled "
                    f"({len(response.content)} bytes that are not the JSON it promised); "
                    "nothing was lost",
                    sends,
                )
            raise ConnectorError(
                f"{self.host} did not answer like the Telegram Bot API (HTTP {status}); "
                "check the Bot API server address"
            )
        if data.get("ok") is True and "result" in data:
            return data["result"]
        code = data.get("error_code")
        code = code if isinstance(code, int) else status
        description = str(data.get("description") or f"HTTP {code}")
        parameters = data.get("parameters")
        retry_after = parameters.get("retry_after") if isinstance(parameters, dict) else None
        if retry_after is None and response.headers.get("retry-after", "").isdigit():
            retry_after = int(response.headers["retry-after"])
        raise classify(code, description, retry_after, what, sends)

    def download(self, file_path: str, limit: int) -> bytes:
        """A file's bytes from ``/file/bot{token}/{file_path}``, at most ``limit`` of them."""
        url = f"{self.api_url}/file/bot{self._token}/{quote(file_path, safe='/')}"
        try:
            with self._client.stream("GET", url) as response:
                status = response.status_code
                if status == 401:
                    raise AuthError(BAD_TOKEN)
                if status == 404:
                    raise PermanentError(
                        "Telegram no longer has this file (its download link expired); "
                        "ask the customer to send it again"
                    )
                if status >= 500:
                    raise TransientError(f"Telegram is having trouble (HTTP {status})")
                if status != 200:
                    raise PermanentError(f"Telegram refused the download (HTTP {status})")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise too_big_to_download(int(declared))
                chunks: list[bytes] = []
                total = 0
                for chunk in response.iter_bytes():
                    total += len(chunk)
                    if total > limit:
                        raise too_big_to_download(total)
                    chunks.append(chunk)
                return b"".join(chunks)
        except httpx.HTTPError as exc:
            raise TransientError(f"the download from Telegram failed: {_reason(exc)}") from exc


def too_big_to_download(size: int | None) -> PermanentError:
    how_big = f"is {size / 1_048_576:.1f} MB" if size is not None else "is over 20 MB"
    return PermanentError(
        f"this file {how_big}, and Telegram lets bots download files only up to 20 MB; "
        "ask the customer to send it another way (a link, or in smaller parts)"
    )


_FORBIDDEN = {
    "bot was blocked by the user": "the customer has blocked the bot, so Telegram will not "
    "deliver messages to them",
    "user is deactivated": "this customer's Telegram account was deleted",
    "bot can't initiate conversation with a user": "the customer has never started a chat with "
    "the bot, and Telegram does not let bots write first",
    "bot was kicked from the group chat": "the bot was removed from this group",
    "bot was kicked from the supergroup chat": "the bot was removed from this group",
    "bot is not a member of the group chat": "the bot is no longer in this group",
    "bot is not a member of the supergroup chat": "the bot is no longer in this group",
}


def classify(
    code: int, description: str, retry_after: Any, what: str, sends: bool
) -> ConnectorError:
    """The contract's error for a Bot API error answer."""
    reason = description.partition(": ")[2] or description
    if code == 429:
        wait = float(retry_after) if isinstance(retry_after, int | float) else None
        later = f"; retry in {wait:.0f} s" if wait is not None else ""
        return TransientError(f"Telegram is rate limiting this bot ({what}){later}", wait)
    if code == 401:
        return AuthError(BAD_TOKEN)
    if code == 404:
        return AuthError(UNKNOWN_TOKEN)
    if code == 403:
        sentence = _FORBIDDEN.get(reason.lower(), f"Telegram did not allow it: {reason}")
        return Refused(sentence, code, description)
    if code == 409:
        if "webhook" in description.lower():
            return WebhookActive()
        return ConnectorError(
            "another program is reading this bot's messages, and Telegram allows only one. "
            "Stop it, or give OmniInbox a bot of its own."
        )
    if code == 413:
        return Refused(f"{what} is too large for Telegram", code, description)
    if code == 400:
        return Refused(f"Telegram refused {what}: {reason}", code, description)
    if code >= 500:
        return BotApi._lost_answer(f"Telegram is having trouble ({code} {reason})", sends)
    return ConnectorError(f"Telegram answered {code} {description} ({what})")
