"""The emulator and the connector held against real X material from the shared corpus:

- X's API v2 OpenAPI description (xdevplatform/xdk): every answer the emulator gave in a full
  session is valid against the response schema of its operation, and every request the
  connector made uses only declared parameters with allowed values and a valid body;
- tweepy's VCR cassettes, recorded against the real API: their bodies go through our parser,
  their rate-limit headers through our rate-limit reader, and their DM conversation ids match
  the convention the emulator and the connector use.

Collected only where ../shared/corpus exists (see conftest.py).
"""

from __future__ import annotations

import base64
import gzip
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from omniinbox_connectors.x.events import (
    Shop,
    dm_events,
    mention_events,
    other_participant,
    snowflake_time,
)
from omniinbox_connectors.x.limits import RateLimits

from omniinbox.connector import AuthError, Outbound, PermanentError, TransientError
from omniinbox.domain import Identity, IdentityKind
from tests.emulators.x_api import Recorded, XApiEmulator
from tests.integration.x.conftest import CORPUS
from tests.integration.x.support import Secrets, connector_for, pull_all

pytestmark = pytest.mark.corpus

OPENAPI = CORPUS / "xdevplatform+xdk" / "latest-openapi.json"
CASSETTES = CORPUS / "tweepy+tweepy" / "cassettes"

Json = dict[str, Any]


# --- a small OpenAPI 3 schema checker (the parts X's description uses) ------------------------


@cache
def spec() -> Json:
    return json.loads(OPENAPI.read_text(encoding="utf-8"))


def resolve(node: Json) -> Json:
    while "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def problems(value: Any, schema: Json, where: str = "$") -> list[str]:
    schema = resolve(schema)
    found: list[str] = []
    for sub in schema.get("allOf", ()):
        found += problems(value, sub, where)
    for key in ("anyOf", "oneOf"):
        if key in schema and all(problems(value, sub, where) for sub in schema[key]):
            found.append(f"{where}: matches none of {key}")
    kind = schema.get("type")
    checks = {
        "object": isinstance(value, dict),
        "array": isinstance(value, list),
        "string": isinstance(value, str),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "boolean": isinstance(value, bool),
    }
    if kind in checks and not checks[kind]:
        return [*found, f"{where}: {value!r} is not of type {kind}"]
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{where}: {value!r} not in {schema['enum']}")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        found += [f"{where}: missing {k}" for k in schema.get("required", ()) if k not in value]
        if schema.get("additionalProperties") is False:
            found += [f"{where}: unexpected {k}" for k in value if k not in properties]
        for key, item in value.items():
            if key in properties:
                found += problems(item, properties[key], f"{where}.{key}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            found.append(f"{where}: fewer than {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            found.append(f"{where}: more than {schema['maxItems']} items")
        for index, item in enumerate(value):
            found += problems(item, schema.get("items", {}), f"{where}[{index}]")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{where}: {value!r} does not match {schema['pattern']}")
        if len(value) < schema.get("minLength", 0):
            found.append(f"{where}: {value!r} shorter than {schema['minLength']}")
        if schema.get("format") == "date-time":
            try:
                datetime.fromisoformat(value)
            except ValueError:
                found.append(f"{where}: {value!r} is not a date-time")
    if isinstance(value, int) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            found.append(f"{where}: {value} below {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            found.append(f"{where}: {value} above {schema['maximum']}")
    return found


def operation(method: str, path: str) -> Json:
    """The OpenAPI operation for a concrete request path (literal paths win over templates)."""
    candidates = []
    for template, item in spec()["paths"].items():
        pattern = re.sub(r"\{[^}]+\}", "[^/]+", template)
        if method.lower() in item and re.fullmatch(pattern, path):
            candidates.append((template.count("{"), template, item[method.lower()]))
    assert candidates, f"{method} {path} is not in X's OpenAPI description"
    return min(candidates, key=lambda c: c[0])[2]


def response_schema(op: Json, status: int) -> Json:
    responses = op["responses"]
    answer = responses.get(str(status)) or responses["default"]
    content = answer["content"]
    if status >= 400 and "application/problem+json" in content:
        return content["application/problem+json"]["schema"]
    return content["application/json"]["schema"]


def request_problems(call: Recorded) -> list[str]:
    op = operation(call.method, call.path)
    declared = {}
    for parameter in op.get("parameters", ()):
        parameter = resolve(parameter)
        if parameter["in"] == "query":
            declared[parameter["name"]] = resolve(parameter["schema"])
    found = []
    for name, raw in call.query.items():
        if name not in declared:
            found.append(f"{call.method} {call.path}: undeclared parameter {name}")
            continue
        schema = declared[name]
        if schema.get("type") == "array":
            value: Any = raw.split(",")
        elif schema.get("type") == "integer":
            value = int(raw)
        else:
            value = raw
        found += problems(value, schema, f"{call.path}?{name}")
    if call.method == "POST":
        body_schema = op["requestBody"]["content"]["application/json"]["schema"]
        found += problems(json.loads(call.body), body_schema, f"{call.path} body")
    return found


# --- a whole session against the emulator, checked against the description ----------------


def full_session(x_api: XApiEmulator) -> list[Recorded]:
    root = x_api.mention("aigerim_kz", "Где мой заказ?", name="Айгерим")
    x_api.reply("aigerim_kz", root, "@shop_kz алло?")
    for n in range(7):
        x_api.mention(f"customer{n}", f"question {n}")
    x_api.dm("nino_ge", "გამარჯობა")
    x_api.shop_dm("carol", "Your refund is done")
    x_api.refuse_dms("eve")
    connector = connector_for(x_api, pages=2, page_size=5)
    connector.check()
    _, cursor = pull_all(connector)
    conversation = x_api.one_to_one(x_api.user_id("nino_ge"), x_api.shop_id)
    connector.send(
        Outbound(
            key="1",
            to=Identity.of(IdentityKind.X, x_api.user_id("aigerim_kz")),
            text="Заказ в пути",
            thread_key=f"x-thread:{root}",
            in_reply_to=(f"tweet:{root}",),
        )
    )
    connector.send(
        Outbound(
            key="2",
            to=Identity.of(IdentityKind.X, x_api.user_id("nino_ge")),
            text="გამარჯობა!",
            thread_key=f"x-dm:{conversation}",
        )
    )
    connector.send(
        Outbound(key="3", to=Identity.of(IdentityKind.X, x_api.user_id("dana")), text="Hi")
    )
    with pytest.raises(PermanentError):
        connector.send(
            Outbound(key="4", to=Identity.of(IdentityKind.X, x_api.user_id("eve")), text="Hi")
        )
    x_api.fault("429", path="/2/dm_events")
    with pytest.raises(TransientError):
        connector.pull(cursor)
    with pytest.raises(AuthError):
        connector_for(x_api, Secrets({"oauth2_access_token": "nope"})).check()
    return [c for c in x_api.calls() if c.path.startswith("/2/") and "oauth2" not in c.path]


def test_every_emulator_answer_is_valid_against_x_s_openapi_schemas(
    x_api: XApiEmulator,
) -> None:
    calls = full_session(x_api)
    statuses = {c.status for c in calls}
    assert {200, 201, 401, 403, 429} <= statuses

    found = []
    for call in calls:
        schema = response_schema(operation(call.method, call.path), call.status)
        found += problems(json.loads(call.answer), schema, f"{call.method} {call.path}")
        for header in ("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset"):
            if not call.answer_headers.get(header, "").isdigit():
                found.append(f"{call.method} {call.path}: no {header} header")
    assert found == []


def test_every_connector_request_uses_declared_parameters_and_valid_bodies(
    x_api: XApiEmulator,
) -> None:
    calls = full_session(x_api)
    assert {c.path.split("/")[2] for c in calls} >= {"users", "tweets", "dm_events"}

    found = [p for call in calls for p in request_problems(call)]
    assert found == []


def test_the_problem_bodies_are_x_s_problem_objects(x_api: XApiEmulator) -> None:
    full_session(x_api)
    problem = resolve({"$ref": "#/components/schemas/Problem"})
    errors = [c for c in x_api.calls() if c.status >= 400]
    assert errors
    for call in errors:
        assert problems(json.loads(call.answer), problem) == [], call.path


# --- tweepy's recorded answers from the real API -----------------------------------------


def interactions(name: str) -> Iterator[Json]:
    """The interactions of a vcrpy cassette: just enough YAML for the format vcrpy writes."""
    text = (CASSETTES / name).read_text(encoding="utf-8")
    for chunk in re.split(r"^- request:\n", text, flags=re.M)[1:]:
        method = re.search(r"^    method: (\S+)", chunk, re.M)
        uri = re.search(r"^    uri: (\S+)", chunk, re.M)
        status = re.search(r"^      code: (\d+)", chunk, re.M)
        assert method and uri and status
        response = chunk[chunk.index("\n  response:") :]
        binary = re.search(r"^      string: !!binary \|\n((?: {8}\S+\n)+)", response, re.M)
        quoted = re.search(r"^ +string: '(.*)'$", response, re.M)
        if binary:
            body = base64.b64decode("".join(binary.group(1).split()))
            body = gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body
        else:
            body = quoted.group(1).replace("''", "'").encode() if quoted else b""
        headers = dict(
            re.findall(r"^      (x-rate-limit-[a-z]+):\n      - '(\d+)'", response, re.M)
        )
        date = re.search(r"^      date:\n      - (.+)$", response, re.M)
        yield {
            "method": method.group(1),
            "uri": uri.group(1),
            "status": int(status.group(1)),
            "body": json.loads(body) if body.strip() else None,
            "headers": headers,
            "date": date.group(1) if date else "",
        }


def recorded(name: str, method: str, path: str) -> Json:
    for item in interactions(name):
        if item["method"] == method and item["uri"].endswith(path):
            return item
    raise AssertionError(f"{method} {path} not in {name}")


ME = Shop("1072250532645998596", "TweepyDev", "Tweepy Testing")  # the account of the recordings


def test_recorded_me_answer_is_what_the_connector_reads() -> None:
    data = recorded("test_client_get_me.yaml", "GET", "/2/users/me")["body"]["data"]
    assert (data["id"], data["username"], data["name"]) == (ME.id, ME.username, ME.name)


def test_recorded_mentions_go_through_the_parser() -> None:
    item = recorded("test_client_get_users_mentions.yaml", "GET", "/mentions")
    payload = item["body"]

    infos, messages = mention_events(payload, ME)

    tweets = payload["data"]
    assert infos == [] and len(messages) == len(tweets) == payload["meta"]["result_count"]
    assert [m.remote_id for m in messages] == [f"tweet:{t['id']}" for t in tweets]
    assert [m.text for m in messages] == [t["text"] for t in tweets]
    assert "🤨" in messages[5].text  # a surrogate-pair escape in the JSON, decoded
    assert all(m.thread_key == f"x-thread:{t['id']}" for m, t in zip(messages, tweets, strict=True))
    # No created_at was asked for in the recording: the time comes from the snowflake id.
    answered = datetime.strptime(item["date"], "%a, %d %b %Y %H:%M:%S %Z").replace(tzinfo=UTC)
    assert abs(messages[0].sent_at - answered) < timedelta(minutes=5)
    assert "taken from the message id" in messages[0].note
    assert payload["meta"]["newest_id"] == tweets[0]["id"]
    assert payload["meta"]["next_token"]


def test_recorded_dm_answers_go_through_the_parser_and_match_our_conventions() -> None:
    name = "test_manage_and_lookup_direct_messages.yaml"
    created = recorded(name, "POST", "/dm_conversations/with/750362064426721281/messages")
    conversation = created["body"]["data"]["dm_conversation_id"]
    assert created["status"] == 201
    assert XApiEmulator.one_to_one(ME.id, "750362064426721281") == conversation
    assert other_participant(conversation, ME.id) == "750362064426721281"

    listed = recorded(name, "GET", f"/dm_conversations/{conversation}/dm_events")["body"]
    _, messages = dm_events(listed, ME)
    assert [m.text for m in messages] == ["Testing 2", "Testing 1"]
    assert [m.remote_id for m in messages] == [f"dm:{e['id']}" for e in listed["data"]]
    assert all("did not say who sent" in m.note for m in messages)
    assert "newest_id" not in listed["meta"]  # dm_events has no since_id: we compare ids

    empty = recorded(name, "GET", "/2/dm_events")["body"]
    assert empty == {"meta": {"result_count": 0}} and dm_events(empty, ME) == ([], [])


def test_recorded_rate_limit_headers_are_read() -> None:
    item = recorded("test_client_get_users_mentions.yaml", "GET", "/mentions")
    limits = RateLimits(clock=lambda: 1665183228 - 100)

    limits.record("GET /2/users/:id/mentions", item["headers"])

    window = limits.window("GET /2/users/:id/mentions")
    assert window is not None
    assert (window.limit, window.remaining, window.reset) == (450, 448, 1665183228)
    limits.check("GET /2/users/:id/mentions")  # 448 left: no waiting


@pytest.mark.parametrize(
    "name", sorted(p.name for p in CASSETTES.glob("*.yaml")) if CASSETTES.is_dir() else []
)
def test_every_recorded_answer_carries_rate_limit_headers_and_snowflake_ids(name: str) -> None:
    for item in interactions(name):
        assert set(item["headers"]) == {
            "x-rate-limit-limit",
            "x-rate-limit-remaining",
            "x-rate-limit-reset",
        }, item["uri"]
        data = (item["body"] or {}).get("data")
        for entry in data if isinstance(data, list) else [data] if isinstance(data, dict) else []:
            if "id" in entry and "created_at" in entry and len(entry["id"]) >= 18:
                stated = datetime.fromisoformat(entry["created_at"])
                derived = snowflake_time(entry["id"])
                assert derived is not None and abs(derived - stated) < timedelta(seconds=2)


def test_the_corpus_is_where_the_conftest_says() -> None:
    assert Path(OPENAPI).is_file() and Path(CASSETTES).is_dir()
