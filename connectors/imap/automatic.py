"""Mail sent by a machine: bounces, read receipts, auto-replies, bulk and list mail."""

from __future__ import annotations

from .raw import _Headers
from .walk import _Found


def _automatic(
    headers: _Headers, top_type: str, report_type: str, found: _Found, sender: str
) -> str:
    """Why a message was sent by a machine ("" for a human): bounce, read-receipt, ..."""
    local = sender.partition("@")[0]
    if report_type == "delivery-status" or "delivery-status" in found.reports:
        return "bounce"
    if local in ("mailer-daemon", "postmaster") or sender.startswith("mailer-daemon@"):
        return "bounce"
    if report_type == "disposition-notification" or "disposition-notification" in found.reports:
        return "read-receipt"
    if top_type == "multipart/report":
        return report_type or "report"
    auto = headers.first("auto-submitted").strip().lower().split(";")[0].strip()
    if auto and auto != "no":
        return auto
    if "x-autoreply" in headers or "x-autorespond" in headers:
        return "auto-replied"
    precedence = headers.first("precedence").strip().lower()
    if precedence in ("bulk", "junk", "list", "auto_reply"):
        return "auto-replied" if precedence == "auto_reply" else precedence
    if "list-id" in headers:
        return "list"
    return ""
