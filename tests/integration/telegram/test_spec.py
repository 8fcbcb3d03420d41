"""The emulator and the connector against Telegram's machine-readable Bot API description.

Collected only where the shared corpus holds the spec (see conftest.collect_ignore): every
object the emulator answers with has exactly the documented fields (all required ones, no
invented ones, of the documented types), and every parameter the connector sends is one the
method documents.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from omniinbox.connector import Outbound, OutboundAttachment
from omniinbox.domain import Identity, IdentityKind
from tests.emulators.telegram_api import TelegramEmulator
from tests.integration.telegram.conftest import SPEC, Connect

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return json.loads(SPEC.read_text(encoding="utf-8"))


def problems(spec: dict[str, Any], value: Any, types: list[str], where: str) -> list[str]:
    """What is wrong with ``value`` as one of the documented ``types`` (empty: nothing)."""
    attempts = []
    for kind in types:
        if kind.startswith("Array of "):
            if not isinstance(value, list):
                attempts.append([f"{where}: not an array"])
                continue
            inner = [
                p
                for i, v in enumerate(value)
                for p in problems(spec, v, [kind[9:]], f"{where}[{i}]")
            ]
            attempts.append(inner)
        elif kind == "Integer":
            attempts.append(
                []
                if isinstance(value, int) and not isinstance(value, bool)
                else [f"{where}: not an Integer"]
            )
        elif kind == "Float":
            attempts.append(
                []
                if isinstance(value, int | float) and not isinstance(value, bool)
                else [f"{where}: not a Float"]
            )
        elif kind == "String":
            attempts.append([] if isinstance(value, str) else [f"{where}: not a String"])
        elif kind == "Boolean":
            attempts.append([] if isinstance(value, bool) else [f"{where}: not a Boolean"])
        elif kind == "True":
            attempts.append([] if value is True else [f"{where}: not True"])
        elif kind in spec["types"]:
            attempts.append(object_problems(spec, value, kind, where))
        else:
            attempts.append([f"{where}: unknown type {kind}"])
        if not attempts[-1]:
            return []
    return min(attempts, key=len) if attempts else [f"{where}: no type"]


def object_problems(spec: dict[str, Any], value: Any, type_name: str, where: str) -> list[str]:
    described = spec["types"][type_name]
    if described.get("subtypes"):
        return problems(spec, value, described["subtypes"], where)
    if not isinstance(value, dict):
        return [f"{where}: not a {type_name} object"]
    fields = {f["name"]: f for f in described.get("fields", [])}
    found = [f"{where}.{k}: not a field of {type_name}" for k in value if k not in fields]
    found += [
        f"{where}.{k}: required in {type_name} but missing"
        for k, f in fields.items()
        if f["required"] and k not in value
    ]
    for key, item in value.items():
        if key in fields:
            found += problems(spec, item, fields[key]["types"], f"{where}.{key}")
    return found


def api(emulator: TelegramEmulator, method: str, **params: Any) -> Any:
    response = httpx.post(f"{emulator.url}/bot{emulator.token}/{method}", json=params)
    body = response.json()
    assert body["ok"] is True, body
    return body["result"]


def upload(emulator: TelegramEmulator, method: str, field: str, data: dict[str, str]) -> Any:
    response = httpx.post(
        f"{emulator.url}/bot{emulator.token}/{method}",
        data=data,
        files={field: ("товар.png", b"\x89PNG\r\n\x1a\n....", "image/png")},
    )
    return response.json()["result"]


def fill(emulator: TelegramEmulator) -> dict[str, Any]:
    """Every kind of update the connector reads, and a business connection."""
    alice = emulator.user("alice_t", "Alice", "Smith", language_code="ru")
    nobody = emulator.user("no_handle", "Без", username=None)
    group = emulator.group("Shop community")
    first = emulator.private_message(alice, "Где заказ? @omni_shop_bot")
    emulator.private_message(nobody, "/start")
    emulator.private_message(alice, caption="Счёт", document=emulator.document(b"%PDF"))
    emulator.private_message(alice, photo=emulator.photo(b"jpeg" * 50))
    emulator.private_message(alice, "И ещё", reply_to=first)
    emulator.edit_message(first, "Где заказ №1042?")
    emulator.group_message(group, alice, "👋 @omni_shop_bot hi")
    connection = emulator.business_connect(emulator.user("owner_t", "Owner"))
    said = emulator.business_message(connection, alice, "Есть размер M?")
    emulator.business_message(connection, alice, "Смотрю", from_owner=True)
    emulator.edit_message(said, "Есть размер L?")
    emulator.delete_business_messages(connection, alice, [said])
    return {"alice": alice, "group": group, "first": first, "connection": connection}


def test_the_emulator_answers_with_documented_objects(
    emulator: TelegramEmulator, spec: dict[str, Any]
) -> None:
    scene = fill(emulator)
    alice, connection = scene["alice"], scene["connection"]
    results: list[tuple[str, Any]] = [
        ("getMe", api(emulator, "getMe")),
        ("getWebhookInfo", api(emulator, "getWebhookInfo")),
        ("getUpdates", api(emulator, "getUpdates", timeout=0)),
        (
            "sendMessage",
            api(
                emulator,
                "sendMessage",
                chat_id=alice["id"],
                text="Ответ",
                reply_parameters={"message_id": scene["first"]["message_id"]},
            ),
        ),
        (
            "sendMessage",
            api(
                emulator,
                "sendMessage",
                chat_id=alice["id"],
                text="Да",
                business_connection_id=connection["id"],
            ),
        ),
        ("sendMessage", api(emulator, "sendMessage", chat_id=scene["group"]["id"], text="Всем")),
        ("sendPhoto", upload(emulator, "sendPhoto", "photo", {"chat_id": str(alice["id"])})),
        (
            "sendDocument",
            upload(
                emulator,
                "sendDocument",
                "document",
                {"chat_id": str(alice["id"]), "caption": "Счёт"},
            ),
        ),
        ("getFile", api(emulator, "getFile", file_id=emulator.document(b"x")["file_id"])),
    ]
    emulator.set_webhook("https://example.kz/hook")
    results.append(("getWebhookInfo", api(emulator, "getWebhookInfo")))
    results.append(("deleteWebhook", api(emulator, "deleteWebhook")))

    assert len(results[2][1]) == 12  # every update of the scene
    found = []
    for method, result in results:
        returns = spec["methods"][method]["returns"]
        found += problems(spec, result, returns, method)
    assert found == []


def test_error_answers_are_documented_response_parameters(
    emulator: TelegramEmulator, spec: dict[str, Any]
) -> None:
    emulator.misbehave("429", retry_after=3)
    body = httpx.post(f"{emulator.url}/bot{emulator.token}/getMe").json()
    assert body == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 3",
        "parameters": {"retry_after": 3},
    }
    assert object_problems(spec, body["parameters"], "ResponseParameters", "parameters") == []


def test_the_connector_sends_only_documented_parameters(
    emulator: TelegramEmulator, connect: Connect, spec: dict[str, Any]
) -> None:
    scene = fill(emulator)
    alice, connection = scene["alice"], scene["connection"]
    connector = connect(parse_mode="MarkdownV2")
    emulator.set_webhook("https://example.kz/hook")
    connector.remove_webhook()
    connector.check()
    batch = connector.pull("")
    connector.wait(batch.cursor, 0)
    connector.pull(batch.cursor)
    me = Identity.of(IdentityKind.TELEGRAM, str(alice["id"]))
    first = f"{alice['id']}:{scene['first']['message_id']}"
    connector.send(Outbound(key="1", to=me, text="Ответ (1).", in_reply_to=(first,)))
    connector.send(
        Outbound(
            key="2",
            to=me,
            text="Фото",
            attachments=(OutboundAttachment("a.png", "image/png", b"\x89PNG...."),),
            in_reply_to=(first,),
        )
    )
    connector.send(
        Outbound(
            key="3",
            to=me,
            text="Файлы",
            thread_key=f"business:{connection['id']}:{alice['id']}",
            attachments=(
                OutboundAttachment("a.pdf", "application/pdf", b"%PDF"),
                OutboundAttachment("b.pdf", "application/pdf", b"%PDF"),
            ),
        )
    )
    file_id = emulator.document(b"data")["file_id"]
    connector.download(file_id)

    used = {method for method, _ in emulator.requests}
    assert used == {
        "deleteWebhook",
        "getMe",
        "getWebhookInfo",
        "getUpdates",
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "getFile",
    }
    found = []
    for method, params in emulator.requests:
        fields = {f["name"]: f for f in spec["methods"][method].get("fields", [])}
        found += [f"{method}: {k} is not documented" for k in params if k not in fields]
        found += [
            f"{method}: {k} is required"
            for k, f in fields.items()
            if f["required"] and k not in params
        ]
        if "reply_parameters" in params:
            reply = params["reply_parameters"]
            reply = json.loads(reply) if isinstance(reply, str) else reply
            found += object_problems(spec, reply, "ReplyParameters", f"{method}.reply_parameters")
        if "allowed_updates" in params:
            update_fields = {f["name"] for f in spec["types"]["Update"]["fields"]}
            found += [
                f"{u} is no update type"
                for u in params["allowed_updates"]
                if u not in update_fields
            ]
    assert found == []
