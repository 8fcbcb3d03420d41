"""ImapConnector: email over IMAP (receive, state) and SMTP (send), one class for the engine."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from email.policy import SMTP
from typing import ClassVar, TypeVar

from imapclient.imap_utf7 import encode

from omniinbox.connector import (
    AuthError,
    Batch,
    Capability,
    Connector,
    ConnectorError,
    OpKind,
    Outbound,
    PermanentError,
    ProviderPreset,
    Receipt,
    SecretsHandle,
    StateOp,
    TransientError,
)
from omniinbox.domain import Channel, NewMessage

from . import compose, lazy, mime, oauth, presets, smtp
from .config import SCHEMA, AccountConfig
from .convert import Job, ParsePool
from .cursor import dump_cursor, load_cursor
from .idle import wait_for_change
from .session import Session, connect, discover_folders, imap_errors
from .sync import Budget, sync
from .wire import FetchData

log = logging.getLogger(__name__)
T = TypeVar("T")

KEYWORD_SPECIALS = set('(){ %*"\\]')


class ImapConnector(Connector):
    kind: ClassVar[str] = "imap"
    display_name: ClassVar[str] = "Email (IMAP/SMTP)"
    channel: ClassVar[Channel] = Channel.EMAIL
    schema = SCHEMA
    capabilities: ClassVar[frozenset[Capability]] = frozenset(
        {
            Capability.RECEIVE,
            Capability.SEND,
            Capability.ATTACHMENTS,
            Capability.READ_STATE,
            Capability.TAGS,
            Capability.PUSH_WAIT,
            Capability.IDEMPOTENT_SEND,
        }
    )
    notes: ClassVar[str] = (
        "Reads INBOX and the Sent folder (plus any folders you list) and sends through SMTP. "
        "Works with any IMAP provider. Gmail: an app password, or sign in with Google. "
        "Microsoft 365 / Outlook.com: sign in with Microsoft (OAuth 2); Microsoft turns off "
        "password sign-in for SMTP at the end of 2026."
    )
    presets: ClassVar[tuple[ProviderPreset, ...]] = presets.contract_presets()
    budget: ClassVar[Budget] = Budget()

    def __init__(self, config: Mapping[str, str], secrets: SecretsHandle) -> None:
        super().__init__(config, secrets)
        self.account = AccountConfig.from_config(self.config)
        self._session: Session | None = None
        self._lock = threading.Lock()
        self._busy = 0  # calls in progress (close() may come from another thread)
        self._closes = 0  # close() calls so far: a call that sees it change does not retry
        self._downloads: Session | None = None  # download()'s own connection
        self._download_lock = threading.Lock()
        self._parse = ParsePool(self.account.own_addresses)
        self.tokens = oauth.TokenKeeper(
            secrets, self._oauth_app(), who=self.account.address, fallback_key="password"
        )

    # --- signing in -------------------------------------------------------------------------

    def _oauth_app(self) -> oauth.OAuthApp | None:
        if not self.account.uses_oauth:
            return None
        return self.account.oauth_app(self.secrets.get("oauth_client_secret") or "")

    def _secret(self) -> str | None:
        """The password, or the OAuth access token (refreshed first when it is due)."""
        if not self.account.uses_oauth:
            return self.secrets.get("password")
        return self.tokens.access_token()

    def _signed_in(self, attempt: Callable[[str | None], T]) -> T:
        """``attempt`` with the credential; with OAuth, a refused token is renewed once and
        the attempt repeated (a token can be revoked or expire before its stated time)."""
        secret = self._secret()  # a failed renewal here is final: not renewed twice
        try:
            return attempt(secret)
        except AuthError:
            if not self.account.uses_oauth or not self.tokens.can_refresh:
                raise
            log.info("the access token of %s was refused; renewing it", self.account.address)
            return attempt(self.tokens.refresh().access_token)

    @classmethod
    def sign_in_provider(cls, config: Mapping[str, str]) -> str | None:
        """The provider's name where the chosen (or recognised) preset signs in with OAuth;
        "" where the settings name a sign-in page or ask for OAuth; None for a password."""
        chosen = presets.PRESETS.get(config.get("preset") or "")
        if chosen is None or chosen.imap is None:
            chosen = presets.preset_for_host(config.get("imap_host") or "")
        if chosen is not None and chosen.oauth is not None:
            return chosen.oauth.name
        if (config.get("oauth_authorize_url") or "").strip():
            return ""
        return "" if (config.get("auth") or "password") != "password" else None

    def sign_in(
        self, open_browser: Callable[[str], object], timeout: float = 300.0
    ) -> dict[str, str]:
        """Sign in with the provider in the browser (OAuth 2, PKCE, loopback redirect) and keep
        the tokens in the account's secrets. Blocks until the browser comes back: call it off
        the UI thread; ``open_browser`` is e.g. QDesktopServices.openUrl (posted to the UI
        thread). Raises AuthError when the sign-in is refused, cancelled or times out.
        Returns {"auth": "xoauth2"} when the settings said password: the tokens replace it."""
        app = self.account.oauth_app(self.secrets.get("oauth_client_secret") or "")
        if app is None:
            raise ConnectorError(
                "signing in needs the provider (Gmail or Microsoft, or the sign-in page and "
                "token endpoint) and this app's OAuth client id in the account settings"
            )
        tokens = oauth.authorize(
            app, open_browser, login_hint=self.account.address, timeout=timeout
        )
        self.tokens.app = app
        self.tokens.save(tokens)
        return {"auth": "xoauth2"} if not self.account.uses_oauth else {}

    # --- the connection ---------------------------------------------------------------------

    def _connect(self) -> Session:
        session = self._signed_in(lambda secret: connect(self.account.imap, secret))
        discover_folders(session)
        return session

    def _run(self, doing: str, work: Callable[[Session], T]) -> T:
        """Run ``work`` on the open session; a stale connection is reopened once."""
        closes = self._closes
        for attempt in (1, 2):
            reused = self._session is not None
            session = self._session or self._connect()
            with self._lock:
                self._session = session
                self._busy += 1
            try:
                with imap_errors(self.account.imap, doing):
                    return work(session)
            except TransientError:
                self._drop(session)
                if not reused or attempt == 2 or closes != self._closes:
                    raise
                log.info("IMAP connection to %s went stale; reconnecting", self.account.imap.where)
            except BaseException:
                self._drop(session)
                raise
            finally:
                with self._lock:
                    self._busy -= 1
        raise AssertionError("unreachable")

    def _drop(self, session: Session) -> None:
        with self._lock:
            if self._session is session:
                self._session = None
        session.abort()

    def close(self) -> None:
        """Log out; from another thread while a call is running (e.g. an IDLE), cut the
        connection instead, which ends that call with a TransientError at once."""
        with self._lock:
            session, self._session = self._session, None
            downloads, self._downloads = self._downloads, None
            busy = self._busy > 0
            self._closes += 1
        self._parse.close()
        if downloads is not None:
            downloads.abort()
        if session is None:
            return
        if busy:
            session.abort()
        else:
            session.close()

    def check(self) -> None:
        """Receiving and sending both work: IMAP signs in and finds its folders, SMTP
        connects, secures the connection and signs in (no message is sent)."""
        self.check_imap()
        self.check_smtp()

    def check_imap(self) -> None:
        session = self._signed_in(lambda secret: connect(self.account.imap, secret))
        try:
            folders = discover_folders(session, strict=True)
            if folders.sent is None and self.account.server_saves_sent:
                raise ConnectorError(
                    f"no Sent folder was found on {self.account.imap.host}; name it in the "
                    "account settings"
                )
        finally:
            session.close()

    def check_smtp(self) -> None:
        settings = self.account.smtp()
        self._signed_in(lambda secret: smtp.check_smtp(settings, secret or ""))

    # --- receiving --------------------------------------------------------------------------

    def pull(self, cursor: str) -> Batch:
        states = load_cursor(cursor)

        def work(session: Session) -> Batch:
            assert session.folders is not None
            roles = session.folders.roles()
            result = sync(
                session, roles, states, self._convert, self.budget, self._convert_many,
                self._convert_later if self._parse.enabled else None,
            )  # fmt: skip
            if not result.more:  # caught up: the second parsing process is not needed now
                self._parse.close(wait=True)
            return Batch(
                result.events,
                dump_cursor(result.states),
                more=result.more,
                done=result.done,
                total=result.total,
            )

        return self._run("syncing mail", work)

    def _convert(self, raw: bytes, role: str, data: FetchData) -> NewMessage:
        return self._parse.one(raw, role, data)

    def _convert_many(self, jobs: Sequence[Job]) -> list[NewMessage]:
        return self._parse.many(jobs)

    def _convert_later(self, jobs: Sequence[Job]) -> Callable[[], list[NewMessage]]:
        return self._parse.later(jobs)

    def wait(self, cursor: str, timeout: float) -> bool:
        states = load_cursor(cursor)
        deadline = time.monotonic() + timeout
        return self._run("waiting for new mail", lambda s: wait_for_change(s, states, deadline))

    def download(self, remote_ref: str) -> bytes:
        """The content of an attachment that was synced without it (its ``remote_ref``,
        "<folder>/<uidvalidity>/<uid>/<part>"), transfer encoding undone. Uses a connection of
        its own, so it may run from any thread, also while ``wait`` idles on the main one.
        Raises PermanentError when the message is gone or its folder was renumbered."""
        lazy.parse_ref(remote_ref)  # a malformed reference fails before connecting
        return self._on_download_session(lambda s: lazy.download(s, remote_ref))

    def download_many(self, remote_refs: Sequence[str]) -> dict[str, bytes]:
        """Many attachments at once, {remote_ref: content}, with one SELECT per folder and one
        FETCH per ~16 MB (download.py): what a background job filling attachments in should
        call, a few dozen refs at a time. A ref whose message is gone or whose folder was
        renumbered is left out (``download(ref)`` raises the reason); a malformed ref raises
        PermanentError. Same connection and thread rules as ``download``."""
        refs = list(remote_refs)
        for ref in refs:
            lazy.parse_ref(ref)
        if not refs:
            return {}
        return self._on_download_session(lambda s: lazy.download_many(s, refs))

    def _on_download_session(self, work: Callable[[Session], T]) -> T:
        with self._download_lock:
            for attempt in (1, 2):
                reused = self._downloads is not None
                session = self._downloads or self._signed_in(
                    lambda secret: connect(self.account.imap, secret)
                )
                self._downloads = session
                try:
                    with imap_errors(self.account.imap, "downloading an attachment"):
                        return work(session)
                except TransientError:
                    self._downloads = None
                    session.abort()
                    if not reused or attempt == 2:
                        raise
                except BaseException:
                    self._downloads = None
                    session.abort()
                    raise
        raise AssertionError("unreachable")

    # --- sending ----------------------------------------------------------------------------

    def send(self, outbound: Outbound) -> Receipt:
        acc = self.account
        msg = compose.build_reply(
            outbound,
            from_address=acc.address,
            from_name=outbound.from_name or acc.desk_name,
            domain=acc.domain,
        )
        raw = msg.as_bytes(policy=SMTP)
        parsed = mime.parse_message(raw)  # the id the Sent copy will have when it is pulled
        sent_at = parsed.date.isoformat() if parsed.date else ""
        receipt = Receipt(parsed.message_id, sent_at=sent_at)
        message_id = str(msg["Message-ID"] or "").strip()
        # Sent first: if an earlier attempt got through, we must not send it again.
        if self._run("looking for the message in Sent", lambda s: self._in_sent(s, message_id)):
            log.info("message %s is already in Sent; not sending it again", message_id)
            return receipt
        settings = acc.smtp()
        self._signed_in(lambda secret: smtp.send_message(settings, secret or "", msg))
        if not acc.server_saves_sent:
            try:
                self._run("filing the copy in Sent", lambda s: self._file_in_sent(s, raw))
            except ConnectorError as exc:  # sent is sent: never fail (and resend) for the copy
                log.warning("sent %s but could not file it in Sent: %s", message_id, exc)
        return receipt

    def _in_sent(self, session: Session, message_id: str) -> bool:
        assert session.folders is not None
        if not message_id or session.folders.sent is None:
            return False
        session.select(session.folders.sent)
        return bool(_search_message_id(session, message_id))

    def _file_in_sent(self, session: Session, raw: bytes) -> None:
        assert session.folders is not None
        sent = session.folders.sent
        if sent is None:
            sent = "Sent"
            session.client.create_folder(sent)
            discover_folders(session)
        session.client.append(sent, raw, flags=("\\Seen",))

    # --- state ------------------------------------------------------------------------------

    def apply(self, op: StateOp) -> None:
        if op.kind is OpKind.ARCHIVED:
            return  # moving to an archive folder is not done yet; the desk keeps the state
        flag = _flag_for(op)
        add = op.kind in {OpKind.SEEN, OpKind.ANSWERED, OpKind.TAG_ADD}
        self._run("updating message flags", lambda s: self._apply(s, op, flag, add))

    def _apply(self, session: Session, op: StateOp, flag: str, add: bool) -> None:
        assert session.folders is not None
        for folder, _role in session.folders.roles():
            selected = session.select(folder, readonly=False)
            uids = _search_message_id(session, op.remote_id)
            if not uids:
                continue
            if not flag.startswith("\\"):
                allowed = {f.upper() for f in selected.get(b"PERMANENTFLAGS", ())}
                if b"\\*" not in allowed and flag.encode().upper() not in allowed:
                    raise PermanentError(f"{self.account.imap.host} does not keep tags on messages")
            if add:
                session.client.add_flags(uids, [flag], silent=True)
            else:
                session.client.remove_flags(uids, [flag], silent=True)
            return
        log.info("message %s is not on the server any more; %s not applied", op.remote_id, op.kind)


def _search_message_id(session: Session, message_id: str) -> list[int]:
    """UIDs in the selected folder whose Message-ID header holds this id."""
    bare = message_id.strip().strip("<>")
    if not bare or not bare.isascii() or not bare.isprintable():
        return []  # not something a server can search for (e.g. a derived id)
    quoted = "<" + bare + ">"
    quoted = quoted.replace("\\", "\\\\").replace('"', '\\"')
    return list(session.client.search(f'HEADER Message-ID "{quoted}"'))


def _flag_for(op: StateOp) -> str:
    if op.kind in {OpKind.SEEN, OpKind.UNSEEN}:
        return "\\Seen"
    if op.kind is OpKind.ANSWERED:
        return "\\Answered"
    return tag_keyword(op.value)


def tag_keyword(tag: str) -> str:
    """A desk tag as an IMAP keyword (an atom): modified UTF-7 for non-ASCII, as Thunderbird
    does, and '_' for spaces and the characters an atom cannot hold."""
    text = tag.strip()
    if not text:
        raise PermanentError("an empty tag cannot be stored on the server")
    encoded = encode(text).decode("ascii")
    return "".join("_" if ch in KEYWORD_SPECIALS or ord(ch) < 33 else ch for ch in encoded)
