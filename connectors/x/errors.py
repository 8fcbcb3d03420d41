"""Turning what tweepy and the network raise into the contract's error classes, with a
sentence an agent can act on."""

from __future__ import annotations

import socket
import time

import tweepy

from omniinbox.connector import (
    AuthError,
    ConnectorError,
    PermanentError,
    TransientError,
    Uncertain,
)

from .limits import seconds_until

TOKEN_REFUSED = "the X access token was refused; sign in again"

# Failures that happen before a request leaves this computer: it surely was not delivered.
_CONNECT_PHASE = {"NewConnectionError", "NameResolutionError", "ConnectTimeoutError"}


def detail_of(exc: tweepy.HTTPException) -> str:
    """What X said went wrong, in its own words (the problem detail or error messages)."""
    messages = [m for m in exc.api_messages if m]
    if messages:
        return "; ".join(dict.fromkeys(messages))
    reason = getattr(exc.response, "reason", "") or ""
    status = getattr(exc.response, "status_code", "")
    return f"{status} {reason}".strip()


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    stack: list[BaseException | None] = [exc]
    while stack:
        item = stack.pop()
        if item is None or any(item is s for s in seen):
            continue
        seen.append(item)
        stack += [item.__cause__, item.__context__]
        reason = getattr(item, "reason", None)
        if isinstance(reason, BaseException):
            stack.append(reason)
    return seen


def never_left(exc: BaseException) -> bool:
    """True if the request could not have reached X (refused, unresolvable, connect timeout)."""
    for item in _chain(exc):
        if isinstance(item, ConnectionRefusedError | socket.gaierror):
            return True
        if type(item).__name__ in _CONNECT_PHASE or type(item).__name__ == "ConnectTimeout":
            return True
    return False


def classify(exc: BaseException, what: str, *, sending: bool = False) -> ConnectorError:
    """The contract error for ``exc`` raised while ``what`` ("reading mentions", ...)."""
    if isinstance(exc, ConnectorError):
        return exc
    if isinstance(exc, tweepy.TooManyRequests):
        wait = seconds_until(exc.reset_time, time.time())
        when = f"; it resets in {wait:.0f} s" if wait is not None else ""
        return TransientError(f"X's rate limit for {what} is used up{when}", retry_after=wait)
    if isinstance(exc, tweepy.Unauthorized):
        return AuthError(TOKEN_REFUSED)
    if isinstance(exc, tweepy.Forbidden):
        return PermanentError(f"X refused {what}: {detail_of(exc)}")
    if isinstance(exc, tweepy.BadRequest):
        return PermanentError(f"X rejected {what}: {detail_of(exc)}")
    if isinstance(exc, tweepy.NotFound):
        return PermanentError(f"X could not find what {what} needs: {detail_of(exc)}")
    if isinstance(exc, tweepy.TwitterServerError):
        return TransientError(f"X is having trouble ({detail_of(exc)}) while {what}; will retry")
    if isinstance(exc, tweepy.HTTPException):
        return PermanentError(f"X answered {what} with an error: {detail_of(exc)}")
    # An answer that is not the JSON it should be. Checked before OSError: requests'
    # JSONDecodeError is both.
    if isinstance(exc, ValueError):
        if sending:
            return Uncertain(
                f"X's answer to {what} was cut off or unreadable; it may have gone out, "
                "so check X before sending it again"
            )
        return TransientError(f"X's answer to {what} was cut off or unreadable; will retry")
    if isinstance(exc, OSError):  # requests' errors are OSErrors: network down, timeout, cut off
        if sending and not never_left(exc):
            return Uncertain(
                f"the connection to X broke while {what} ({type(exc).__name__}); it may have "
                "gone out, so check X before sending it again"
            )
        return TransientError(f"cannot reach X while {what} ({type(exc).__name__}); will retry")
    if isinstance(exc, tweepy.TweepyException):
        return PermanentError(f"tweepy failed while {what}: {exc}")
    raise exc
