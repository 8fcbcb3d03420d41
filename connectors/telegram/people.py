"""Telegram users as the domain sees them: a name, and an identity by user id."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from omniinbox.domain import Identity, IdentityKind


def full_name(person: Mapping[str, Any]) -> str:
    return " ".join(p for p in (person.get("first_name"), person.get("last_name")) if p).strip()


def identity(person: Mapping[str, Any]) -> Identity:
    """A User (or the Chat of a private chat, which names the same person)."""
    username = person.get("username")
    display = f"@{username}" if username else full_name(person)
    return Identity.of(IdentityKind.TELEGRAM, str(int(person["id"])), display)
