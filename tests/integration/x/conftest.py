"""The X connector against the loopback X API v2 emulator, over real HTTP.

test_corpus.py reads the shared real-world corpus (X's OpenAPI file, tweepy's recorded
cassettes); it is collected only where ../shared/corpus exists, never reported as skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from omniinbox.store import Store
from tests.emulators.x_api import XApiEmulator
from tests.integration.x.support import Desk, close_opened

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO.parent / "shared" / "corpus"

collect_ignore = [] if CORPUS.is_dir() else ["test_corpus.py"]


@pytest.fixture
def x_api() -> Iterator[XApiEmulator]:
    with XApiEmulator() as emulator:
        yield emulator


@pytest.fixture
def desk(x_api: XApiEmulator, store: Store) -> Desk:
    """The shop's X account in a real store, its connector pointed at the emulator."""
    return Desk(x_api, store)


@pytest.fixture(autouse=True)
def _close_connectors() -> Iterator[None]:
    yield
    close_opened()
