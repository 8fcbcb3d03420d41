"""A loopback emulator of the X API v2 endpoints OmniInbox uses, over real HTTP on 127.0.0.1.

Written from X's published documents (the X API v2 OpenAPI description and its reference
pages): the request parameters each endpoint takes and validates, the response JSON (``data``,
``includes.users``, ``meta`` with result_count / newest_id / oldest_id / next_token), errors in
X's problem shape, and the ``x-rate-limit-limit`` / ``-remaining`` / ``-reset`` headers on
every answer.

Endpoints:
  GET  /2/users/me
  GET  /2/users/:id/mentions                        since_id, until_id, pagination_token,
                                                    max_results (5-100), expansions, fields
  POST /2/tweets                                    {"text", "reply": {"in_reply_to_tweet_id"}}
  GET  /2/dm_events                                 dm_event.fields, event_types, expansions,
  GET  /2/dm_conversations/:id/dm_events            max_results (1-100), pagination_token
  POST /2/dm_conversations/with/:participant_id/messages   {"text"}
  POST /2/dm_conversations/:id/messages                    {"text"}
  GET  /i/oauth2/authorize                          PKCE sign-in, approved at once (302)
  POST /2/oauth2/token                              authorization_code and refresh_token grants

Auth: "Bearer <OAuth 2.0 user token>" (scopes checked: dm.* for DMs, tweet.write to post) or
OAuth 1.0a HMAC-SHA1 signatures, verified in full. Anything else gets X's 401 body.

Test side: users, mentions, replies in a thread, DMs (from a customer or from the shop on X
itself), scripted misbehaviour (429 with a near reset, 5xx, timeouts, dropped connections,
truncated JSON, overlapping pages), and what the shop posted and sent.

The package follows the documents' grouping: ``basics`` (fields, expansions, errors),
``state`` (the world and scripted faults), ``auth`` (OAuth 2.0 with PKCE, OAuth 1.0a),
``rate_limits``, ``parameters`` (fields, max_results, pagination), ``tweets`` (mentions,
posting), ``dms`` (direct messages) and ``server`` (HTTP, routing, /2/users/me).
"""

from tests.emulators.x_api.basics import (
    ALL_SCOPES,
    DM_EVENT_FIELDS,
    DM_EVENT_TYPES,
    DM_EXPANSIONS,
    FORBIDDEN,
    QUERY_PARAMETERS,
    SERVER_ERRORS,
    TOO_MANY,
    TWEET_EXPANSIONS,
    TWEET_FIELDS,
    UNAUTHORIZED,
    USER_FIELDS,
    Fault,
    Grant,
    Posted,
    Recorded,
    base36,
    endpoint_key,
    invalid_request,
    problem,
    weighted_length,
)
from tests.emulators.x_api.rate_limits import LIMITS, WINDOW
from tests.emulators.x_api.server import XApiEmulator
from tests.emulators.x_api.state import SNOWFLAKE_EPOCH_MS

__all__ = [
    "ALL_SCOPES",
    "DM_EVENT_FIELDS",
    "DM_EVENT_TYPES",
    "DM_EXPANSIONS",
    "FORBIDDEN",
    "LIMITS",
    "QUERY_PARAMETERS",
    "SERVER_ERRORS",
    "SNOWFLAKE_EPOCH_MS",
    "TOO_MANY",
    "TWEET_EXPANSIONS",
    "TWEET_FIELDS",
    "UNAUTHORIZED",
    "USER_FIELDS",
    "WINDOW",
    "Fault",
    "Grant",
    "Posted",
    "Recorded",
    "XApiEmulator",
    "base36",
    "endpoint_key",
    "invalid_request",
    "problem",
    "weighted_length",
]
