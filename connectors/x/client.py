"""tweepy's API v2 Client, pointed at a configurable base URL, with timeouts and rate limits.

tweepy.Client builds every URL from a host fixed inside ``BaseClient.request`` and never sets
a timeout, so this subclass overrides ``request`` (same signature, same error classes, same
OAuth 1.0a and Bearer handling) to use our base URL, a (connect, read) timeout, and to read
the rate-limit headers of every answer and honour them before the next call.
"""

from __future__ import annotations

import logging
from typing import Any

import tweepy

from .limits import RateLimits, endpoint_key

log = logging.getLogger(__name__)

Timeout = tuple[float, float]


class XClient(tweepy.Client):
    def __init__(
        self,
        base_url: str,
        *,
        bearer_token: str | None = None,
        consumer_key: str | None = None,
        consumer_secret: str | None = None,
        access_token: str | None = None,
        access_token_secret: str | None = None,
        timeout: Timeout = (10.0, 30.0),
        limits: RateLimits | None = None,
    ) -> None:
        super().__init__(
            bearer_token,
            consumer_key,
            consumer_secret,
            access_token,
            access_token_secret,
            return_type=dict,
            wait_on_rate_limit=False,  # we never sleep in a worker; the engine waits
        )
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.limits = limits if limits is not None else RateLimits()

    def __repr__(self) -> str:  # never the tokens
        return f"<XClient {self.base_url}>"

    def request(  # type: ignore[override]
        self,
        method: str,
        route: str,
        params: dict[str, Any] | None = None,
        json: dict[str, Any] | None = None,
        user_auth: bool = False,
    ) -> Any:
        key = endpoint_key(method, route)
        self.limits.check(key)  # a used-up window fails here, without calling X
        headers = {"User-Agent": self.user_agent}
        auth = None
        if user_auth:
            auth = tweepy.OAuth1UserHandler(
                self.consumer_key,
                self.consumer_secret,
                self.access_token,
                self.access_token_secret,
            ).apply_auth()
        else:
            headers["Authorization"] = f"Bearer {self.bearer_token}"
        log.debug("X API request: %s %s%s params=%s", method, self.base_url, route, params)
        with self.session.request(
            method,
            self.base_url + route,
            params=params,
            json=json,
            headers=headers,
            auth=auth,
            timeout=self.timeout,
        ) as response:
            self.limits.record(key, response.headers)
            status = response.status_code
            log.debug("X API answer: %s %s for %s", status, response.reason, key)
            if status == 400:
                raise tweepy.BadRequest(response)
            if status == 401:
                raise tweepy.Unauthorized(response)
            if status == 403:
                raise tweepy.Forbidden(response)
            if status == 404:
                raise tweepy.NotFound(response)
            if status == 429:
                reset = response.headers.get("x-rate-limit-reset")
                reset_time = int(reset) if reset and reset.strip().isdigit() else None
                if reset_time is not None:
                    self.limits.exhausted(key, reset_time)
                raise tweepy.TooManyRequests(response, reset_time=reset_time)
            if status >= 500:
                raise tweepy.TwitterServerError(response)
            if not 200 <= status < 300:
                raise tweepy.HTTPException(response)
            return response
