"""ExampleConnector: a shop's website chat (the Example Chat API) as one OmniInbox account.

A small but complete connector to copy from (docs/connectors.md walks through it):

* it receives with a cursor, ``"{epoch}:{seq}"``: the server's history epoch and the last
  message seen. A changed epoch (the history was restored from a backup) is a Reset, and
  reading starts again from the beginning; the store drops what it already has;
* it waits with a long poll, so a new chat shows within a second;
* it sends with ``Outbound.key`` as the channel's transaction id: the server keeps one message
  per id, so a send whose answer was lost is retried safely (IDEMPOTENT_SEND);
* it classifies every failure where it happens: TransientError, PermanentError, AuthError.

The API is described in omniinbox_example.service, which also runs one for tests.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import quote, urlsplit

import httpx

from omniinbox.connector import (
    AuthError,
    Batch,
    Capability,
    ConfigField,
    ConfigSchema,
    Connector,
    ConnectorError,
    FieldType,
    Outbound,
    PermanentError,
    Receipt,
    SecretsHandle,
    TransientError,
)
from omniinbox.domain import (
    Channel,
    ContactInfo,
    Direction,
    Event,
    Identity,
    IdentityKind,
    NewMessage,
    Reset,
)

log = logging.getLogger(__name__)

# IdentityKind.OTHER is shared by every channel without a kind of its own: the prefix keeps
# visitor "42" of this chat apart from user "42" of another one.
PREFIX = "example:"
SHOP = Identity(IdentityKind.OTHER, PREFIX + "shop")  # the sender of our own messages
MAX_POLL = 25  # seconds; proxies and NAT boxes cut idle connections that last longer

SCHEMA = ConfigSchema(
    (
        ConfigField(
            "url",
            "Chat server",
            pattern=r"https?://\S+",
            help="The address of your Example Chat server, like https://chat.example.com",
        ),
        ConfigField(
            "token",
            "API token",
            secret=True,  # kept in the keyring, masked everywhere, never in config or logs
            help="Create one in Example Chat under Settings, API tokens",
        ),
        ConfigField(
            "page_size",
            "Messages per request",
            FieldType.INT,
            required=False,
            default="100",
        ),
    )
)


@dataclass(frozen=True, slots=True)
class Page:
    """One answer of ``GET /api/v1/events``."""

    epoch: str
    messages: list[Any]
    last: int
    latest: int
    more: bool


class ExampleConnector(Connector):
    kind: ClassVar[str] = "example"  # must equal the entry-point name
    display_name: ClassVar[str] = "Example Chat"
    channel: ClassVar[Channel] = Channel.OTHER
    schema: ClassVar[ConfigSchema] = SCHEMA
    capabilities: ClassVar[frozenset[Capability]] = frozenset(
        {Capability.RECEIVE, Capability.SEND, Capability.PUSH_WAIT, Capability.IDEMPOTENT_SEND}
    )
    notes: ClassVar[str] = (
        "Answers the chat on your website. You need the server address and an API token "
        "(Example Chat: Settings, API tokens). Text only: files are not sent."
    )

    def __init__(
        self, config: Mapping[str, str], secrets: SecretsHandle, *, timeout: float = 10.0
    ) -> None:
        super().__init__(config, secrets)
        self.timeout = timeout
        self._http: httpx.Client | None = None

    # --- plumbing -----------------------------------------------------------------------------

    def _client(self) -> httpx.Client:
        if self._http is None:
            url = server_url(self.config.get("url", ""))
            token = self.secrets.get("token")
            if not token:
                raise AuthError(
                    "no API token is saved for this account; create one in Example Chat "
                    "under Settings, API tokens"
                )
            self._http = httpx.Client(
                base_url=url,
                headers={"Authorization": f"Bearer {token}"},
                timeout=self.timeout,
                trust_env=not is_loopback(url),  # no proxy between us and a local server
            )
        return self._http

    def _request(self, method: str, path: str, what: str, **kwargs: Any) -> Any:
        """The JSON answer, or the failure as one of the contract's error classes."""
        client = self._client()
        try:
            response = client.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            # Cannot connect, timed out, or the connection dropped before the answer. Even
            # for a send this is only transient: the transaction id makes a retry safe.
            # Without one, a send that may have gone out would have to raise Uncertain.
            reason = str(exc) or type(exc).__name__
            raise TransientError(
                f"cannot reach the chat server at {client.base_url.host} ({what}): {reason}"
            ) from exc
        status = response.status_code
        if status == 401:
            self.close()  # the agent may save a new token; it is read again next time
            raise AuthError(
                f"the chat server refused the API token ({_reason(response)}); create a new "
                "one in Example Chat under Settings, API tokens"
            )
        if status == 429:
            raise TransientError(
                "the chat server asks us to slow down", retry_after=_retry_after(response)
            )
        if status == 408 or status >= 500:
            raise TransientError(f"the chat server failed on {what} (HTTP {status}); will retry")
        if status >= 400:
            raise PermanentError(f"the chat server refused {what}: {_reason(response)}")
        try:
            return response.json()
        except ValueError:
            raise TransientError(
                f"the chat server's answer about {what} was garbled; will retry"
            ) from None

    @property
    def page_size(self) -> int:
        try:
            return min(500, max(1, int(self.config.get("page_size") or 100)))
        except ValueError:
            return 100

    def _events(self, after: int, *, limit: int = 0, wait: int = 0) -> Page:
        params = {"after": after, "limit": limit or self.page_size}
        extra: dict[str, Any] = {}
        if wait > 0:
            params["wait"] = wait
            extra["timeout"] = self.timeout + wait
        data = self._request("GET", "/api/v1/events", "new messages", params=params, **extra)
        try:
            return Page(
                epoch=str(data["epoch"]),
                messages=list(data["messages"]),
                last=max(after, int(data["last"])),  # never move backwards
                latest=int(data["latest"]),
                more=bool(data["more"]),
            )
        except (KeyError, TypeError, ValueError):
            raise TransientError(
                "the chat server's list of new messages was garbled; nothing was lost"
            ) from None

    def close(self) -> None:
        http, self._http = self._http, None
        if http is not None:
            http.close()

    # --- the contract -------------------------------------------------------------------------

    def check(self) -> None:
        me = self._request("GET", "/api/v1/me", "the token check")
        if not isinstance(me, dict) or not me.get("name"):
            raise ConnectorError(
                f"{self.config.get('url')} answers, but not like an Example Chat server"
            )

    def pull(self, cursor: str) -> Batch:
        epoch, after = parse_cursor(cursor)
        page = self._events(after)
        events: list[Event] = []
        if cursor and page.epoch != epoch:
            # The history was restored (or the cursor is unreadable): our position means
            # nothing there any more. Read it all again; the store drops what it has.
            events.append(Reset("the chat server's history was restored; reading it again"))
            if after:
                page = self._events(0)
        events.extend(convert(page.messages))
        return Batch(
            events,
            f"{page.epoch}:{page.last}",
            more=page.more,
            done=page.last,
            total=page.latest,
        )

    def wait(self, cursor: str, timeout: float) -> bool:
        """Long poll: True as soon as something after the cursor is there."""
        epoch, after = parse_cursor(cursor)
        page = self._events(after, limit=1, wait=min(MAX_POLL, int(timeout)))
        return bool(page.messages) or (bool(cursor) and page.epoch != epoch)

    def send(self, outbound: Outbound) -> Receipt:
        if outbound.attachments:
            raise PermanentError("Example Chat carries text only; share the file as a link")
        conversation = outbound.thread_key or self._conversation_with(outbound.to)
        # Outbound.key is the transaction id: the server keeps one message per id, so a
        # retry after a lost answer returns the first message instead of sending another.
        path = (
            f"/api/v1/conversations/{quote(conversation, safe='')}"
            f"/messages/{quote(outbound.key, safe='')}"
        )
        body = {"text": outbound.text, "agent": outbound.from_name}  # a real name on answers
        sent = self._request("PUT", path, "the reply", json=body)
        if not isinstance(sent, dict) or not sent.get("id"):
            raise TransientError("the chat server's answer about the reply was garbled; will retry")
        return Receipt(str(sent["id"]), str(sent.get("sent_at") or ""))

    def _conversation_with(self, customer: Identity) -> str:
        """The customer's open chat, for a reply without a thread (e.g. moved from email)."""
        if customer.kind is not IdentityKind.OTHER or not customer.value.startswith(PREFIX):
            who = customer.display or customer.value
            raise PermanentError(f"{who} has no Example Chat visitor id to answer on")
        visitor = customer.value.removeprefix(PREFIX)
        opened = self._request(
            "POST",
            "/api/v1/conversations",
            f"a chat with {customer.display or visitor}",
            json={"visitor": visitor},
        )
        if not isinstance(opened, dict) or not opened.get("id"):
            raise TransientError("the chat server's answer about the chat was garbled")
        return str(opened["id"])


# --- pure helpers: no network, easy to test -------------------------------------------------


def parse_cursor(cursor: str) -> tuple[str, int]:
    """(epoch, last seq seen); ("", 0) at the start or for an unreadable cursor."""
    epoch, _, seq = cursor.rpartition(":")
    if epoch and seq.isdigit():
        return epoch, int(seq)
    return "", 0


def convert(records: Iterable[Any]) -> list[Event]:
    """The events of a page of messages, in order. A malformed record is logged and skipped:
    bad input never stops a sync."""
    events: list[Event] = []
    for record in records:
        try:
            events.extend(_events_of(record))
        except (KeyError, TypeError, ValueError, AttributeError):
            log.warning("skipped a malformed message from the chat server: %.300r", record)
    return events


def _events_of(record: Mapping[str, Any]) -> list[Event]:
    visitor = record["visitor"]
    customer = Identity.of(
        IdentityKind.OTHER, PREFIX + str(visitor["id"]), str(visitor.get("name") or "")
    )
    ours = record["by"] == "agent"  # written by the shop, here or in the web dashboard
    sent_at, note = _time(record.get("sent_at"))
    message = NewMessage(
        remote_id=str(record["id"]),  # unique per account, the same on every re-pull
        sender=SHOP if ours else customer,
        sender_name=str(record.get("agent") or "") if ours else customer.display,
        sent_at=sent_at,
        text=str(record.get("text") or ""),
        direction=Direction.OUT if ours else Direction.IN,
        thread_key=str(record["conversation"]),
        replies_to=(str(record["reply_to"]),) if record.get("reply_to") else (),
        recipient=customer if ours else None,
        note=note,
    )
    if not ours and visitor.get("email_verified") and visitor.get("email"):
        # A verified address links this visitor to the same customer's email conversations.
        info = ContactInfo(customer, customer.display, {"email": str(visitor["email"])})
        return [info, message]
    return [message]


def _time(value: Any) -> tuple[datetime, str]:
    """The message time (always with a timezone), or now with a note for the agent."""
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        return datetime.now(UTC), f"the chat server sent no valid time ({value!r})"
    return (when if when.tzinfo else when.replace(tzinfo=UTC)), ""


def server_url(value: str) -> str:
    """The server address, refused if the token would travel unencrypted over a network."""
    url = value.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConnectorError(f"the chat server address {value!r} is not a web address")
    if parts.scheme == "http" and not is_loopback(url):
        raise ConnectorError(
            "the chat server address must start with https:// (plain http only for a server "
            "on this computer), or the API token would travel unencrypted"
        )
    return url


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _reason(response: httpx.Response) -> str:
    try:
        return str(response.json()["message"])
    except (ValueError, KeyError, TypeError):
        return response.text[:200].strip() or f"HTTP {response.status_code}"


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return max(0.0, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return None
