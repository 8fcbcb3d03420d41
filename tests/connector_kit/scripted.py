"""A small connector whose "remote" is a folder of JSON files, with faults on request.

It is a real connector (registered through an entry point like any third-party one), used
to test the engine's crash and retry behaviour. The folder holds:
  inbox.jsonl   one message per line, appended by tests (the remote mailbox)
  sent.jsonl    what send() delivered, one line each (with the idempotency key)
  faults.json   {"pull": {"at": N, "error": "transient"|"auth"|"crash", "times": K},
                 "send": {"error": ..., "times": K}}  - each fault fires K times
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

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
    StateOp,
    TransientError,
    Uncertain,
)
from omniinbox.domain import Channel, Direction, Identity, IdentityKind, NewMessage


class Crash(BaseException):
    """Stands for the process dying: not an Exception, so nothing catches it on the way."""


ERRORS: dict[str, type[BaseException]] = {
    "transient": TransientError,
    "permanent": PermanentError,
    "auth": AuthError,
    "uncertain": Uncertain,
    "crash": Crash,
    "bug": RuntimeError,
}


class Remote:
    """The remote side, as tests see it."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        for name in ("inbox.jsonl", "sent.jsonl", "applied.jsonl"):
            (self.folder / name).touch()

    def deliver(
        self,
        text: str,
        sender: str = "customer@example.com",
        name: str = "A Customer",
        **extra: Any,
    ) -> str:
        lines = self.lines("inbox.jsonl")
        remote_id = extra.pop("id", f"msg-{len(lines) + 1}")
        record = {"id": remote_id, "from": sender, "name": name, "text": text, **extra}
        record.setdefault("at", f"2026-11-{1 + len(lines) % 28:02d}T10:00:00+00:00")
        with (self.folder / "inbox.jsonl").open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        return str(remote_id)

    def lines(self, name: str) -> list[dict[str, Any]]:
        path = self.folder / name
        if not path.exists():
            return []
        return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]

    def sent(self) -> list[dict[str, Any]]:
        return self.lines("sent.jsonl")

    def applied(self) -> list[dict[str, Any]]:
        return self.lines("applied.jsonl")

    def fault(self, where: str, error: str, times: int = 1, at: int = 0) -> None:
        faults = self._faults()
        faults[where] = {"error": error, "times": times, "at": at}
        (self.folder / "faults.json").write_text(json.dumps(faults))

    def _faults(self) -> dict[str, Any]:
        path = self.folder / "faults.json"
        return json.loads(path.read_text()) if path.exists() else {}

    def fault_due(self, where: str, position: int = 0) -> bool:
        try:
            self.take_fault(where, position)
        except BaseException:
            return True
        return False

    def take_fault(self, where: str, position: int = 0) -> None:
        faults = self._faults()
        fault = faults.get(where)
        if not fault or fault["times"] <= 0 or position < fault.get("at", 0):
            return
        fault["times"] -= 1
        (self.folder / "faults.json").write_text(json.dumps(faults))
        raise ERRORS[fault["error"]](f"injected {fault['error']} fault in {where}")


class DiesWhileRead(list):  # type: ignore[type-arg]
    """A batch that kills the process after its first event is read: a crash while the
    engine's transaction is open, between pull and commit."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        for index, item in enumerate(list.__iter__(self)):
            if index == 1:
                os._exit(3)
            yield item


class ScriptedConnector(Connector):
    kind: ClassVar[str] = "scripted"
    display_name: ClassVar[str] = "Scripted (tests)"
    channel: ClassVar[Channel] = Channel.OTHER
    schema: ClassVar[ConfigSchema] = ConfigSchema(
        (
            ConfigField("folder", "Remote folder", help="Where the scripted remote lives"),
            ConfigField("batch", "Batch size", FieldType.INT, required=False, default="2"),
            ConfigField("token", "Access token", secret=True, required=False),
        )
    )
    capabilities: ClassVar[frozenset[Capability]] = frozenset(
        {Capability.RECEIVE, Capability.SEND, Capability.READ_STATE, Capability.IDEMPOTENT_SEND}
    )

    @property
    def remote(self) -> Remote:
        return Remote(Path(self.config["folder"]))

    def check(self) -> None:
        if not Path(self.config.get("folder", "")).is_dir():
            raise ConnectorError(f"the remote folder {self.config.get('folder')!r} does not exist")
        if self.secrets.get("token") == "wrong":
            raise AuthError("the access token was refused")

    def pull(self, cursor: str) -> Batch:
        position = int(cursor or 0)
        self.remote.take_fault("pull", position)
        lines = self.remote.lines("inbox.jsonl")
        size = int(self.config.get("batch") or 2)
        chunk = lines[position : position + size]
        events = [
            NewMessage(
                remote_id=str(r["id"]),
                sender=Identity.of(IdentityKind.EMAIL, r["from"]),
                sender_name=r.get("name", ""),
                sent_at=datetime.fromisoformat(r["at"]),
                text=r["text"],
                subject=r.get("subject", ""),
                thread_key=r.get("thread", ""),
                replies_to=tuple(r.get("replies_to", ())),
                direction=Direction(r.get("direction", "in")),
            )
            for r in chunk
        ]
        if self.remote.fault_due("die-in-commit", position):
            events = DiesWhileRead(events)
        new_position = position + len(chunk)
        return Batch(
            events,
            str(new_position),
            more=new_position < len(lines),
            done=new_position,
            total=len(lines),
        )

    def send(self, outbound: Outbound) -> Receipt:
        for record in self.remote.sent():
            if record["key"] == outbound.key:  # idempotent: already delivered
                return Receipt(record["id"])
        self.remote.take_fault("send")
        remote_id = f"sent-{len(self.remote.sent()) + 1}"
        record = {
            "id": remote_id,
            "key": outbound.key,
            "to": outbound.to.value,
            "text": outbound.text,
            "subject": outbound.subject,
            "from_name": outbound.from_name,
            "in_reply_to": list(outbound.in_reply_to),
        }
        with (self.remote.folder / "sent.jsonl").open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.remote.take_fault("after-send")  # a crash after delivery, before we hear back
        return Receipt(remote_id)

    def apply(self, op: StateOp) -> None:
        self.remote.take_fault("apply")
        with (self.remote.folder / "applied.jsonl").open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"op": op.kind.value, "remote_id": op.remote_id}) + "\n")


class PlainScriptedConnector(ScriptedConnector):
    """The same remote, but a channel that cannot tell whether a send went through."""

    kind: ClassVar[str] = "scripted-plain"
    capabilities: ClassVar[frozenset[Capability]] = frozenset({Capability.RECEIVE, Capability.SEND})

    def send(self, outbound: Outbound) -> Receipt:
        self.remote.take_fault("send")
        remote_id = f"sent-{len(self.remote.sent()) + 1}"
        with (self.remote.folder / "sent.jsonl").open("a", encoding="utf-8") as fh:
            fh.write(
                json.dumps({"id": remote_id, "key": outbound.key, "text": outbound.text}) + "\n"
            )
        self.remote.take_fault("after-send")
        return Receipt(remote_id)
