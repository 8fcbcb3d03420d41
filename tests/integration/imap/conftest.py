"""Every connector a test opened is closed after it (its IMAP session logs out)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.imap.support import close_opened


@pytest.fixture(autouse=True)
def _close_connectors() -> Iterator[None]:
    yield
    close_opened()
