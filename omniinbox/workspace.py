"""The workspace: one folder with the database, the blobs, the non-secret config and the log.

Chosen by ``--workspace DIR``, else ``$OMNIINBOX_HOME``, else the platform's data folder.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from omniinbox.store import Store

ENV_VAR = "OMNIINBOX_HOME"
DB_NAME = "omniinbox.sqlite"


def default_location() -> Path:
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("OmniInbox", appauthor=False))


@dataclass(frozen=True, slots=True)
class Workspace:
    root: Path

    @classmethod
    def at(cls, path: str | Path | None = None) -> Workspace:
        return cls(Path(path).expanduser() if path else default_location())

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def blob_dir(self) -> Path:
        return self.root / "blobs"

    @property
    def config_path(self) -> Path:
        return self.root / "config.json"

    @property
    def log_path(self) -> Path:
        return self.root / "logs" / "omniinbox.log"

    @property
    def keyring_path(self) -> Path:
        """The encrypted-file keyring used only where no OS keyring exists."""
        return self.root / "secrets.cryptfile"

    def exists(self) -> bool:
        return self.db_path.exists()

    def demo(self) -> Workspace:
        """The demo workspace kept beside this one, so trying the demo never mixes with real data."""
        return Workspace(self.root / "demo")

    def has_accounts(self) -> bool:
        if not self.exists():
            return False
        store = self.open_store(readonly=True)
        try:
            return bool(store.accounts())
        finally:
            store.close()

    def open_store(self, *, readonly: bool = False) -> Store:
        if not readonly:
            self.root.mkdir(parents=True, exist_ok=True)
        return Store(self.db_path, blobs=self.blob_dir, readonly=readonly)

    def config(self) -> dict[str, Any]:
        try:
            return dict(json.loads(self.config_path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def save_config(self, values: dict[str, Any]) -> None:
        """Write non-secret settings atomically."""
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.config_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(self.config_path)
