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


def test_inline_buttons_and_their_presses_follow_the_spec(
    emulator: TelegramEmulator, connect: Connect, spec: dict[str, Any]
) -> None:
    alice = emulator.user("alice_t", "Alice")
    connection = emulator.business_connect(emulator.user("owner_t", "Owner"))
    emulator.private_message(alice, "Привет")
    connector = connect()
    me = Identity.of(IdentityKind.TELEGRAM, str(alice["id"]))
    choices = ("1", "2", "3", "4", "5")
    connector.send(Outbound(key="s1", to=me, text="Оцените нас", choices=choices))
    connector.send(
        Outbound(
            key="s2",
            to=me,
            text="Оцените",
            choices=choices,
            thread_key=f"business:{connection['id']}:{alice['id']}",
        )
    )
    private, business = emulator.sent[-2:]
    emulator.press(alice, private.message, "4")
    emulator.press(alice, business.message, "5")
    updates = api(emulator, "getUpdates", timeout=0)
    connector.pull("")  # answers both presses and takes both keyboards away

    found = problems(spec, updates, spec["methods"]["getUpdates"]["returns"], "getUpdates")
    found += problems(spec, private.message, ["Message"], "sendMessage")
    presses = [u["callback_query"] for u in updates if "callback_query" in u]
    assert [p["data"] for p in presses] == ["4", "5"]
    assert presses[1]["message"]["business_connection_id"] == connection["id"]
    for method in ("sendMessage", "answerCallbackQuery", "editMessageReplyMarkup"):
        fields = {f["name"]: f for f in spec["methods"][method]["fields"]}
        for params in emulator.calls(method):
            found += [f"{method}: {k} is not documented" for k in params if k not in fields]
            found += [
                f"{method}: {k} is required"
                for k, f in fields.items()
                if f["required"] and k not in params
            ]
            if "reply_markup" in params:
                found += object_problems(
                    spec, params["reply_markup"], "InlineKeyboardMarkup", method
                )
    assert len(emulator.calls("answerCallbackQuery")) == 2
    assert len(emulator.calls("editMessageReplyMarkup")) == 2
    # What editMessageReplyMarkup answers, and its refusal of an edit that changes nothing.
    edited = api(
        emulator,
        "editMessageReplyMarkup",
        chat_id=alice["id"],
        message_id=private.message["message_id"],
        reply_markup={"inline_keyboard": [[{"text": "✓ 4", "callback_data": "4"}]]},
    )
    found += problems(spec, edited, spec["methods"]["editMessageReplyMarkup"]["returns"], "edit")
    body = httpx.post(
        f"{emulator.url}/bot{emulator.token}/editMessageReplyMarkup",
        json={
            "chat_id": alice["id"],
            "message_id": private.message["message_id"],
            "reply_markup": {"inline_keyboard": [[{"text": "✓ 4", "callback_data": "4"}]]},
        },
    ).json()
    assert body["ok"] is False and body["description"].startswith(
        "Bad Request: message is not modified"
    )
    assert found == []


def test_the_emulator_refuses_what_telegram_refuses_about_buttons(
    emulator: TelegramEmulator,
) -> None:
    alice = emulator.user("alice_t", "Alice")
    emulator.private_message(alice, "hi")

    def call(method: str, **params: Any) -> dict[str, Any]:
        return httpx.post(f"{emulator.url}/bot{emulator.token}/{method}", json=params).json()

    too_long = {"inline_keyboard": [[{"text": "x", "callback_data": "x" * 65}]]}
    assert call("sendMessage", chat_id=alice["id"], text="?", reply_markup=too_long)[
        "description"
    ] == ("Bad Request: BUTTON_DATA_INVALID")
    bare = {"inline_keyboard": [[{"text": "just text"}]]}
    assert (
        "Text buttons are unallowed"
        in call("sendMessage", chat_id=alice["id"], text="?", reply_markup=bare)["description"]
    )
    good = {"inline_keyboard": [[{"text": "1", "callback_data": "1"}]]}
    sent = call("sendMessage", chat_id=alice["id"], text="?", reply_markup=good)["result"]
    assert sent["reply_markup"] == good
    query = emulator.press(alice, sent, "1")["callback_query"]
    assert call("answerCallbackQuery", callback_query_id=query["id"])["result"] is True
    again = call("answerCallbackQuery", callback_query_id=query["id"])
    assert again["error_code"] == 400 and "query is too old" in again["description"]
