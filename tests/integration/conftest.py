"""Fixtures for tests against real servers: Dovecot (two flavours, one process each per
session, a fresh mailbox per test) and aiosmtpd (``smtp_servers``, from smtp_server.py).
A failing test shows the tail of Dovecot's log."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration import dovecot as dovecot_module
from tests.integration.dovecot import Dovecot, MailUser, shared_dovecot
from tests.integration.smtp_server import smtp_servers  # noqa: F401  (a fixture)


@pytest.fixture(scope="session")
def _dovecot_servers() -> Iterator[None]:
    yield
    dovecot_module.stop_shared()


@pytest.fixture(scope="session")
def dovecot(_dovecot_servers: None) -> Dovecot:
    """STARTTLS + implicit TLS, CONDSTORE/QRESYNC, IDLE, SPECIAL-USE, XOAUTH2/OAUTHBEARER."""
    return shared_dovecot("modern")


@pytest.fixture(scope="session")
def dovecot_plain(_dovecot_servers: None) -> Dovecot:
    """No TLS, no CONDSTORE/QRESYNC/SPECIAL-USE; the sent folder is "Sent Items"."""
    return shared_dovecot("plain")


@pytest.fixture
def mail_user(dovecot: Dovecot) -> MailUser:
    """A brand-new mailbox on the modern server."""
    return dovecot.add_user()


@pytest.fixture(params=["condstore", "plain"])
def any_server(request: pytest.FixtureRequest) -> Dovecot:
    """Each test using it runs twice: CONDSTORE/QRESYNC path and plain UID path."""
    name = "dovecot" if request.param == "condstore" else "dovecot_plain"
    server: Dovecot = request.getfixturevalue(name)
    return server


@pytest.fixture
def any_user(any_server: Dovecot) -> MailUser:
    return any_server.add_user()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.failed:
        for server in dovecot_module.running():
            report.sections.append((f"dovecot log ({server.root.name})", server.diagnostics()))
