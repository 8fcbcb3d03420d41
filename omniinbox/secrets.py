"""Credentials, and the only module that imports keyring (DESIGN.md, "Safety").

Secrets live in the OS keyring (Secret Service, KWallet, macOS Keychain, Windows Credential
Locker). Where none is usable, as on headless Linux, they go to an encrypted file
(keyrings.cryptfile: argon2id key derivation, AES-GCM) at the path the caller gives, opened
with a passphrase. There is no plain-text fallback of any kind.

Environment:
  OMNIINBOX_KEYRING_BACKEND=file  always use the encrypted file (tests, servers, portable use).
  OMNIINBOX_KEYRING_PASSPHRASE    the encrypted file's passphrase; the caller's prompt is skipped.

No secret value, and no passphrase, ever reaches a log line, an exception message or a repr.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # keyring itself is imported where it is first used (it costs start-up time)
    from keyring.backend import KeyringBackend
    from keyrings.cryptfile.cryptfile import CryptFileKeyring

log = logging.getLogger("omniinbox.secrets")

BACKEND_ENV = "OMNIINBOX_KEYRING_BACKEND"
PASSPHRASE_ENV = "OMNIINBOX_KEYRING_PASSPHRASE"
_T = TypeVar("_T")


class SecretsUnavailable(RuntimeError):
    """Credentials cannot be read or written; the message is one sentence meant for the user."""


def os_keyring(chosen: KeyringBackend) -> KeyringBackend | None:
    """The OS keyring inside keyring's choice, or None if there is none to trust.

    keyring's choice can look fine and still not be an OS keyring: its fail and null backends,
    or (with keyrings.cryptfile installed) a chainer of file backends, one of them plain text,
    that claims priority 10. So unwrap a chainer and keep only recommended non-file backends.
    """
    import keyring.core
    from keyring.backends.chainer import ChainerBackend

    candidates = chosen.backends if isinstance(chosen, ChainerBackend) else [chosen]
    for backend in candidates:
        file_based = type(backend).__module__.startswith(("keyrings.alt", "keyrings.cryptfile"))
        if keyring.core.recommended(backend) and not file_based:
            return backend
    return None


class Secrets:
    """The credential store of one workspace; the backend is chosen and opened on first use.

    Thread-safe: one lock serialises every backend call, because the encrypted file is rewritten
    whole on each change. The passphrase provider runs on whichever thread first needs the file.
    """

    def __init__(
        self,
        fallback_path: Path,
        passphrase_provider: Callable[[], str | None] | None = None,
        service: str = "omniinbox",
    ) -> None:
        self.service = service
        self._path = Path(fallback_path)
        self._provider = passphrase_provider
        self._lock = threading.RLock()
        self._chosen = False
        self._os: KeyringBackend | None = None  # None once chosen means the encrypted file
        self._file: CryptFileKeyring | None = None  # set once the file is open
        self._notice: str | None = None

    def __repr__(self) -> str:  # never touches the backend, never shows a value
        backend = self.backend_name if self._chosen else "not chosen yet"
        return f"<Secrets service={self.service!r} backend={backend!r}>"

    @property
    def backend_name(self) -> str:
        """Where the secrets are kept, for the UI: e.g. "SecretService"."""
        with self._lock:
            self._choose()
            if self._os is not None:
                return self._os.name.removesuffix(" Keyring")
            return f"encrypted file ({self._path.name})"

    @property
    def notice(self) -> str | None:
        """The one-time notice that the encrypted file is in use, if this instance gave it."""
        with self._lock:
            self._choose()
            return self._notice

    def get(self, account: str, key: str) -> str | None:
        """The stored secret, or None if there is none."""
        return self._run(
            "read", False, lambda kr: kr.get_password(self.service, _user(account, key))
        )

    def set(self, account: str, key: str, value: str) -> None:
        self._run(
            "store", True, lambda kr: kr.set_password(self.service, _user(account, key), value)
        )

    def delete(self, account: str, key: str) -> None:
        """Forget one secret; nothing happens if it is not there."""
        self._run("delete", False, lambda kr: _delete(kr, self.service, _user(account, key)))

    def delete_account(self, account: str, keys: Iterable[str]) -> None:
        """Forget every listed secret of an account (e.g. when the account is removed)."""
        for key in keys:
            self.delete(account, key)

    def for_account(self, account: str) -> AccountSecrets:
        return AccountSecrets(self, account)

    # --- choosing and opening the backend (the lock is held) ------------------------------

    def _choose(self) -> None:
        if self._chosen:
            return
        forced = os.environ.get(BACKEND_ENV, "").strip().lower()
        if forced not in ("", "file"):
            raise SecretsUnavailable(f"{BACKEND_ENV} must be 'file' or unset, not {forced!r}.")
        if not forced:
            import keyring

            try:
                self._os = os_keyring(keyring.get_keyring())
            except Exception as exc:  # a broken keyring config must not stop the app
                log.info("no usable system keyring (%s)", type(exc).__name__)
        self._chosen = True
        if self._os is None:
            self._give_notice_once()

    def _give_notice_once(self) -> None:
        marker = self._path.with_name(self._path.name + ".notice-shown")
        if marker.exists():
            return
        self._notice = (
            f"No system keyring is available, so OmniInbox keeps account credentials in the "
            f"encrypted file {self._path}; keep its passphrase safe, as without it they cannot "
            f"be recovered."
        )
        log.warning("%s", self._notice)
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text("shown\n")
        except OSError as exc:
            log.info("could not record that the notice was shown (%s)", exc.strerror)

    def _open(self, create: bool) -> KeyringBackend | None:
        """The backend to use, or None if the file does not exist and need not be made."""
        self._choose()
        if self._os is not None:
            return self._os
        if self._file is None:
            if not create and not self._path.exists():
                return None  # nothing stored yet: no reason to ask for a passphrase
            self._file = self._unlock()
        return self._file

    def _unlock(self) -> CryptFileKeyring:
        passphrase = os.environ.get(PASSPHRASE_ENV) or self._ask()
        if not passphrase or not passphrase.strip():
            raise SecretsUnavailable(
                f"no system keyring is available; set {PASSPHRASE_ENV} or enter a passphrase "
                f"when asked, to use the encrypted secrets file {self._path}."
            )
        from keyrings.cryptfile.cryptfile import CryptFileKeyring

        file = CryptFileKeyring()
        file.file_path = str(self._path)  # set before the key: setting the key opens the file
        try:
            file.keyring_key = passphrase  # creates the file, or checks the passphrase against it
        except ValueError:  # cryptfile: "MAC check failed" from AES-GCM, or a damaged file
            raise SecretsUnavailable(
                f"the passphrase does not open the secrets file {self._path}; check "
                f"{PASSPHRASE_ENV} or the passphrase you typed."
            ) from None
        except Exception as exc:
            raise SecretsUnavailable(
                f"the secrets file {self._path} cannot be opened ({type(exc).__name__})."
            ) from None
        return file

    def _ask(self) -> str | None:
        if self._provider is None:
            return None
        try:
            return self._provider()
        except EOFError:  # getpass with stdin closed
            return None

    def _run(self, action: str, create: bool, call: Callable[[KeyringBackend], _T]) -> _T | None:
        """Run one backend call under the lock; any failure becomes a sentence with no value."""
        with self._lock:
            backend = self._open(create)
            if backend is None:
                return None
            try:
                return call(backend)
            except Exception as exc:  # backends raise many types; none may reach the user raw
                raise SecretsUnavailable(
                    f"could not {action} a credential in the {self.backend_name} "
                    f"({type(exc).__name__}); check that it is unlocked and try again."
                ) from None


class AccountSecrets:
    """One account's view of Secrets, handed to its connector (connector.SecretsHandle)."""

    __slots__ = ("_account", "_secrets")

    def __init__(self, secrets: Secrets, account: str) -> None:
        self._secrets = secrets
        self._account = account

    def __repr__(self) -> str:
        return f"<AccountSecrets account={self._account!r} via {self._secrets!r}>"

    def get(self, key: str) -> str | None:
        return self._secrets.get(self._account, key)

    def set(self, key: str, value: str) -> None:
        self._secrets.set(self._account, key, value)


def _user(account: str, key: str) -> str:
    return f"{account}:{key}"


def _delete(backend: KeyringBackend, service: str, username: str) -> None:
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):  # absent is the wanted end state
        backend.delete_password(service, username)
