"""The credential store, through the real encrypted-file keyring in tmp_path.

argon2 key derivation costs about half a second per read or write, on purpose, so these
tests are few and each checks several things.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

# Only to hand real keyring backends to os_keyring; the app itself imports keyring only in secrets.
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyrings.cryptfile.cryptfile import CryptFileKeyring
from keyrings.cryptfile.file import PlaintextKeyring

from omniinbox.secrets import (
    BACKEND_ENV,
    PASSPHRASE_ENV,
    Secrets,
    SecretsUnavailable,
    os_keyring,
)

SECRET = "hunter2-Пароль-პაროლი"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def file_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BACKEND_ENV, "file")
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "secrets.cryptfile"


def test_round_trip_is_encrypted_and_never_shown(
    path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    secrets = Secrets(path)
    handle = secrets.for_account("support@example.com")

    handle.set("password", SECRET)
    assert secrets.get("support@example.com", "password") == SECRET
    assert secrets.backend_name == "encrypted file (secrets.cryptfile)"

    on_disk = path.read_bytes()
    assert SECRET.encode() not in on_disk
    assert PASSPHRASE.encode() not in on_disk
    assert path.stat().st_mode & 0o077 == 0  # readable by the owner only

    for shown in (repr(secrets), str(secrets), repr(handle), caplog.text):
        assert SECRET not in shown
        assert PASSPHRASE not in shown

    secrets.delete("support@example.com", "password")
    assert secrets.get("support@example.com", "password") is None
    secrets.delete("support@example.com", "password")  # absent: no error
    secrets.delete_account("support@example.com", ["password", "token"])


def test_same_passphrase_reads_wrong_one_is_refused_notice_given_once(
    path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    first = Secrets(path)
    assert list(path.parent.iterdir()) == []  # constructing touches nothing
    assert first.get("tg", "bot_token") is None  # no file yet: nothing asked for, nothing made
    first.delete("tg", "bot_token")
    assert not path.exists()

    first.for_account("tg").set("bot_token", SECRET)
    warnings = [r for r in caplog.records if r.name == "omniinbox.secrets"]
    assert [r.levelno for r in warnings] == [logging.WARNING]
    assert first.notice is not None
    assert str(path) in first.notice
    assert warnings[0].getMessage() == first.notice

    caplog.clear()
    second = Secrets(path)
    assert second.get("tg", "bot_token") == SECRET
    assert second.notice is None
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]

    monkeypatch.setenv(PASSPHRASE_ENV, "not the passphrase")
    with pytest.raises(SecretsUnavailable, match="the passphrase does not open") as caught:
        Secrets(path).get("tg", "bot_token")
    message = str(caught.value)
    assert str(path) in message
    for secret in ("not the passphrase", PASSPHRASE, SECRET):
        assert secret not in message
        assert secret not in caplog.text


def test_passphrase_comes_from_the_environment_or_the_provider(path: Path) -> None:
    with pytest.raises(SecretsUnavailable, match="no system keyring is available") as caught:
        Secrets(path).set("x", "token", SECRET)
    assert PASSPHRASE_ENV in str(caught.value)
    assert SECRET not in str(caught.value)

    with pytest.raises(SecretsUnavailable, match=PASSPHRASE_ENV):
        Secrets(path, passphrase_provider=lambda: None).set("x", "token", SECRET)
    assert not path.exists()

    asked: list[str] = []

    def provider() -> str:
        asked.append("asked")
        return PASSPHRASE

    secrets = Secrets(path, passphrase_provider=provider)
    assert asked == []  # only on first use
    secrets.set("x", "token", SECRET)
    assert asked == ["asked"]
    assert path.exists()


def test_an_unknown_forced_backend_is_an_error(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BACKEND_ENV, "plaintext")
    with pytest.raises(SecretsUnavailable, match=BACKEND_ENV):
        Secrets(path).get("x", "token")


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), CryptFileKeyring(), PlaintextKeyring()],
    ids=["fail", "null", "cryptfile", "plaintext"],
)
def test_no_os_keyring_is_recognised(backend: KeyringBackend) -> None:
    assert os_keyring(backend) is None
