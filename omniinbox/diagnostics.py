"""The text of "Copy diagnostics": what a support request needs, and never a secret.

Versions (app, Python, OS, PySide6; the window adds Qt's own), the workspace's schema and
sizes, each account (kind, state, last sync, last error sentence, and its non-secret
settings: addresses and host names), where secrets are kept (the backend's name only), and
the end of the log file. Never passwords, tokens or message text: account settings that the
connector declares secret, or whose name says so, are left out, and the log lines are
scrubbed of anything that looks like a credential before they are shown.
"""

from __future__ import annotations

import platform
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from omniinbox import __version__
from omniinbox.domain.clock import to_iso, utcnow
from omniinbox.workspace import Workspace

LOG_LINES = 200
TAIL_BYTES = 512 << 10
_SECRET_NAME = re.compile(r"(?i)pass|secret|token|key|auth|cookie|session|credential")
REDACTED = "[redacted]"
_SCRUB: tuple[tuple[re.Pattern[str], str], ...] = (
    # key=value and key: value where the key names a credential
    (
        re.compile(
            r"(?i)\b((?:[a-z_]*[_-])?(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key"
            r"|client[_-]?secret|authorization|cookie)[\"']?\s*[=:]\s*[\"']?)"
            r"(?:bearer\s+|basic\s+)?[^\s\"',;&]+"
        ),
        r"\1" + REDACTED,
    ),
    (re.compile(r"(?i)\b(bearer|basic)\s+[a-z0-9._~+/=-]{8,}"), r"\1 " + REDACTED),
    # SASL exchanges: AUTH PLAIN <base64>, AUTHENTICATE XOAUTH2 <base64>
    (
        re.compile(r"(?i)\b(auth(?:enticate)?\s+(?:plain|login|xoauth2|oauthbearer))\s+\S+"),
        r"\1 " + REDACTED,
    ),
    # Telegram bot tokens, also inside API URLs (.../bot123:ABC.../getMe)
    (re.compile(r"\b(bot)?\d{5,}:[A-Za-z0-9_-]{30,}"), REDACTED),
    # query parameters of OAuth and API calls
    (
        re.compile(
            r"(?i)([?&](?:code|access_token|refresh_token|oauth_token|oauth_verifier)=)"
            r"[^&\s]+"
        ),
        r"\1" + REDACTED,
    ),
)


@dataclass(frozen=True, slots=True)
class AccountState:
    """What the running engine knows of an account (the window passes these in)."""

    state: str
    sentence: str = ""


def scrub(text: str, known: Iterable[str] = ()) -> str:
    """``text`` without anything that looks like a credential, nor any of ``known``."""
    for value in known:
        if value and len(value) >= 4:
            text = text.replace(value, REDACTED)
    for pattern, replacement in _SCRUB:
        text = pattern.sub(replacement, text)
    return text


def log_tail(path: Path, lines: int = LOG_LINES) -> list[str]:
    """The last ``lines`` lines of the log file (read from its end, whatever its size)."""
    try:
        with path.open("rb") as f:
            f.seek(0, 2)
            size = f.tell()
            f.seek(max(0, size - TAIL_BYTES))
            data = f.read()
    except OSError:
        return []
    text = data.decode("utf-8", "replace").splitlines()
    if size > TAIL_BYTES and text:
        text = text[1:]  # the first line is probably cut
    return text[-lines:] if lines > 0 else []


def _dist_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def versions() -> list[tuple[str, str]]:
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    return [
        ("OmniInbox", f"{__version__}{frozen}"),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("OS", f"{platform.platform()} ({platform.machine()})"),
        ("PySide6", _dist_version("PySide6-Essentials")),
    ]


def _safe_settings(config: Mapping[str, str], secret_keys: Iterable[str]) -> str:
    hidden = set(secret_keys)
    shown = []
    for key in sorted(config):
        if key in hidden or _SECRET_NAME.search(key):
            continue
        value = str(config[key]).strip()
        if value:
            shown.append(f"{key}={value[:80]}")
    return ", ".join(shown)


def collect(
    workspace: Workspace,
    *,
    states: Mapping[int, AccountState] | None = None,
    secret_keys: Callable[[str], Iterable[str]] = lambda kind: (),
    keyring_backend: str = "",
    extra_versions: Iterable[tuple[str, str]] = (),
    log_lines: int = LOG_LINES,
) -> str:
    """The diagnostics text. ``states``: the engine's account states (the window has them;
    the CLI does not run the engine); ``secret_keys(kind)``: the setting names a connector
    declares secret; ``keyring_backend``: the name of where secrets are kept."""
    out = [
        "OmniInbox diagnostics (no passwords, tokens or message text are included)",
        f"Generated: {to_iso(utcnow())}",
    ]
    out += [f"{name}: {value}" for name, value in [*versions(), *extra_versions]]
    out.append(f"Workspace: {workspace.root}")
    out.append(f"Secrets kept in: {keyring_backend or 'unknown'}")
    known: list[str] = []
    if workspace.exists():
        lines, known = _workspace_lines(workspace, states or {}, secret_keys)
        out += lines
    else:
        out.append("The workspace has no database yet.")
    tail = log_tail(workspace.log_path, log_lines)
    out.append(f"Log ({workspace.log_path}, last {len(tail)} lines):")
    out += [scrub(line, known) for line in tail] or ["(empty)"]
    return "\n".join(out) + "\n"


def _workspace_lines(
    workspace: Workspace,
    states: Mapping[int, AccountState],
    secret_keys: Callable[[str], Iterable[str]],
) -> tuple[list[str], list[str]]:
    """The workspace's lines, and secret values found in settings (to scrub everywhere)."""
    store = workspace.open_store(readonly=True)
    try:
        facts = store.workspace_facts()
        accounts = store.accounts()
    finally:
        store.close()
    counts = ", ".join(f"{k} {v}" for k, v in facts["counts"].items())
    outbox = ", ".join(f"{k} {v}" for k, v in sorted(facts["outbox"].items())) or "empty"
    # a secret an old version left in the settings is scrubbed wherever it shows up
    known = [
        str(value)
        for account in accounts
        for key, value in account.config.items()
        if _SECRET_NAME.search(key) or key in _declared(secret_keys, account.kind)
    ]
    out = [
        f"Schema: {facts['schema']} (this version knows up to {facts['schema_known']}), "
        f"SQLite {facts['sqlite']}",
        f"Counts: {counts}",
        f"Outbox: {outbox}",
        "",
        f"Accounts ({len(accounts)}):",
    ]
    for account in accounts:
        state_of = states.get(account.id)
        state = (
            state_of.state if state_of else ("disabled" if not account.enabled else "not running")
        )
        out.append(f"- {account.name} [{account.kind}, {account.channel.value}] {state}")
        out.append(f"  last sync: {facts['last_sync'].get(account.id, 'never')}")
        if state_of and state_of.sentence:
            out.append(f"  last message: {scrub(state_of.sentence, known)}")
        settings = _safe_settings(account.config, _declared(secret_keys, account.kind))
        if settings:
            out.append(f"  settings: {scrub(settings, known)}")
    for imp in facts["imports"]:
        out.append(
            f"Import ({imp['source_kind']}, account {imp['account_id']}): {imp['state']}, "
            f"{imp['added']} added, {imp['skipped']} already there, {imp['failed']} unreadable"
            + (f"; {scrub(imp['error'], known)}" if imp["error"] else "")
        )
    out.append("")
    return out, known


def _declared(secret_keys: Callable[[str], Iterable[str]], kind: str) -> set[str]:
    try:
        return set(secret_keys(kind))
    except Exception:  # an unavailable connector: the names alone decide
        return set()
