"""Receiving: Telegram updates become conversations in the real store, once each."""

from __future__ import annotations

from omniinbox_connectors.telegram.updates import UNREADABLE

from omniinbox.domain import ContactInfo, MessageChanged, NewMessage, Reset
from omniinbox.store import Store
from omniinbox.sync.backoff import Backoff as EngineBackoff
from omniinbox.sync.drain import drain_outbox
from tests.emulators.telegram_api import TelegramEmulator
from tests.integration.telegram.conftest import Connect
from tests.integration.telegram.support import sync


def by_contact(store: Store) -> dict[str, int]:
    return {c.contact_name: c.id for c in store.conversations()}


def remote_ids(store: Store) -> set[str]:
    return {r[0] for r in store.db.execute("SELECT remote_id FROM messages") if r[0]}


def test_each_private_chat_is_one_conversation(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    aliya = emulator.user("aliya_shop", "Алия", "Нурланова", language_code="kk")
    bakhodir = emulator.user("bakhodir", "Баходир", username=None)
    emulator.private_message(aliya, "Сәлеметсіз бе! Где мой заказ №1042?")
    emulator.private_message(bakhodir, "Buyurtmam qachon keladi?")
    emulator.private_message(aliya, "ჩემი შეკვეთა 🙏")

    events = sync(store, account, connect())

    conversations = by_contact(store)
    assert set(conversations) == {"Алия Нурланова", "Баходир"}
    messages = store.messages(conversations["Алия Нурланова"])
    assert [m.text for m in messages] == ["Сәлеметсіз бе! Где мой заказ №1042?", "ჩემი შეკვეთა 🙏"]
    assert [m.remote_id for m in messages] == [f"{aliya['id']}:1", f"{aliya['id']}:2"]
    assert all(m.sent_at.tzinfo is not None for m in messages)
    row = store.conversation(conversations["Алия Нурланова"])
    assert row.channel == "telegram" and row.unread and row.message_count == 2
    assert store.contact_identities(row.contact_id or 0) == [
        ("telegram", str(aliya["id"]), "@aliya_shop")
    ]
    # Without a @username the identity shows the name; the stable value is the user id.
    other = store.conversation(conversations["Баходир"])
    assert store.contact_identities(other.contact_id or 0) == [
        ("telegram", str(bakhodir["id"]), "Баходир")
    ]
    info = [e for e in events if isinstance(e, ContactInfo)]
    assert {i.identity.value for i in info} == {str(aliya["id"]), str(bakhodir["id"])}
    assert next(i for i in info if i.name == "Алия Нурланова").extra == {
        "username": "aliya_shop",
        "language_code": "kk",
    }


def test_the_cursor_resumes_and_redelivery_never_duplicates(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    alice = emulator.user("alice_t", "Alice")
    connector = connect()
    emulator.private_message(alice, "one")
    emulator.private_message(alice, "two")
    sync(store, account, connector)
    cursor = store.cursor(account)
    assert int(cursor) == max(emulator.pending()) + 1  # stored first, confirmed by the next call

    emulator.private_message(alice, "three")
    emulator.misbehave("duplicate", method="getUpdates")  # each update twice
    sync(store, account, connector)
    emulator.private_message(alice, "four")
    emulator.misbehave("redeliver", method="getUpdates")  # already confirmed ones come again
    events = sync(store, account, connector)
    assert [e.text for e in events if isinstance(e, NewMessage)] == ["three", "four"]

    (conversation,) = store.conversations()
    assert [m.text for m in store.messages(conversation.id)] == ["one", "two", "three", "four"]
    assert int(store.cursor(account)) > int(cursor)

    # A second connector (the app restarted) resumes from the stored cursor: nothing again.
    assert sync(store, account, connect()) == []
    assert len(store.messages(conversation.id)) == 4


def test_out_of_order_updates_apply_in_order(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    alice = emulator.user("alice_t", "Alice")
    sent = emulator.private_message(alice, "I need size M")
    emulator.edit_message(sent, "I need size L, sorry")
    emulator.misbehave("shuffle", method="getUpdates")  # the edit arrives before its message

    sync(store, account, connect())

    (conversation,) = store.conversations()
    (message,) = store.messages(conversation.id)
    assert message.text == "I need size L, sorry"
    assert store.message_flags(message.id)["edited"] == 1


def test_a_batch_is_bounded_and_confirmed_only_by_the_next_pull(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    users = [emulator.user(f"customer{n:03d}", f"Customer {n}") for n in range(105)]
    for user in users:
        emulator.private_message(user, "hello")
    connector = connect()

    first = connector.pull("")
    assert first.more and len([e for e in first.events if isinstance(e, NewMessage)]) == 100
    assert len(emulator.pending()) == 105  # nothing is forgotten before it is stored
    store.ingest(account, first.events, first.cursor)
    second = connector.pull(first.cursor)
    assert not second.more and len([e for e in second.events if isinstance(e, NewMessage)]) == 5
    assert len(emulator.pending()) == 5
    params = emulator.calls("getUpdates")[-1]
    assert params["limit"] == 100 and params["timeout"] == 0
    assert "business_message" in params["allowed_updates"]


def test_group_messages_only_when_they_mention_or_answer_the_bot(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    group = emulator.group("Shop community")
    carol, dave = emulator.user("carol_k", "Carol"), emulator.user("dave_uz", "Dave")
    emulator.group_message(group, carol, "Anyone know the opening hours?")
    asked = emulator.group_message(group, carol, "@omni_shop_bot есть доставка в Самарканд?")
    emulator.group_message(group, dave, "@someone_else_bot hi")
    emulator.group_message(group, dave, "👋🏽 @Omni_Shop_Bot а в Бухару?")  # UTF-16 offsets
    command = emulator.group_message(group, dave, "/price@omni_shop_bot")
    connector = connect()
    sync(store, account, connector)

    ids = remote_ids(store)
    gid = group["id"]
    assert ids == {f"{gid}:{asked['message_id']}", f"{gid}:4", f"{gid}:{command['message_id']}"}
    # Each customer in the group is a ticket of their own.
    conversations = by_contact(store)
    assert set(conversations) == {"Carol", "Dave"}

    # The answer goes to the group, as a reply to Carol's question.
    store.queue_reply(conversations["Carol"], "Да, за 2 дня")
    assert drain_outbox(connector, account, lambda f: f(store), EngineBackoff(), lambda c: None)
    answer = emulator.sent[-1]
    assert (answer.chat_id, answer.reply_to) == (gid, asked["message_id"])

    # Someone replying to the bot's answer is for the bot too, and threads with it.
    follow_up = emulator.group_message(group, dave, "И в Хиву тоже?", reply_to=answer.message)
    emulator.group_message(group, carol, "thanks all")  # chatter again
    sync(store, account, connector)
    ours = f"{gid}:{follow_up['message_id']}"
    assert ours in remote_ids(store)
    assert [m.text for m in store.messages(conversations["Carol"])][-1] == "И в Хиву тоже?"
    assert f"{gid}:{follow_up['message_id'] + 1}" not in remote_ids(store)


def test_groups_can_be_left_out(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    group = emulator.group("Shop community")
    carol = emulator.user("carol_k", "Carol")
    emulator.group_message(group, carol, "@omni_shop_bot hello")
    emulator.private_message(carol, "hello in private")
    sync(store, account, connect(groups="no"))
    assert [c.contact_name for c in store.conversations()] == ["Carol"]
    assert remote_ids(store) == {f"{carol['id']}:1"}


def test_edits_are_marked_and_the_old_text_kept(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    alice = emulator.user("alice_t", "Alice")
    message = emulator.private_message(alice, "Order 1042 please")
    connector = connect()
    sync(store, account, connector)
    emulator.edit_message(message, "Order 1043 please")
    events = sync(store, account, connector)

    (change,) = [e for e in events if isinstance(e, MessageChanged)]
    assert change.remote_id == f"{alice['id']}:1" and change.text == "Order 1043 please"
    assert change.changed_at is not None
    (conversation,) = store.conversations()
    (stored,) = store.messages(conversation.id)
    assert stored.text == "Order 1043 please" and store.message_flags(stored.id)["edited"] == 1
    audit = store.all("SELECT detail FROM audit WHERE action = 'message.edited'")
    assert [r["detail"] for r in audit] == ["Order 1042 please"]


def test_files_are_listed_but_not_downloaded(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    alice = emulator.user("alice_t", "Alice")
    pdf = emulator.document(b"%PDF-1.7 invoice", name="Счёт №7.pdf", mime="application/pdf")
    emulator.private_message(alice, caption="Вот счёт", document=pdf)
    emulator.private_message(alice, photo=emulator.photo(b"\xff\xd8jpeg-bytes" * 100))
    sync(store, account, connect())

    (conversation,) = store.conversations()
    first, second = store.messages(conversation.id)
    assert first.text == "Вот счёт"
    (invoice,) = first.attachments
    assert (invoice.name, invoice.mime, invoice.size, invoice.sha256) == (
        "Счёт №7.pdf",
        "application/pdf",
        16,
        None,
    )
    (photo,) = second.attachments
    assert photo.mime == "image/jpeg" and photo.size == 1200 and photo.sha256 is None
    refs = [r[0] for r in store.db.execute("SELECT remote_ref FROM attachments ORDER BY id")]
    assert refs[0] == pdf["file_id"]
    assert emulator.calls("getFile") == []  # lazily: nothing fetched until asked


def test_what_cannot_be_read_is_kept_with_a_note(
    emulator: TelegramEmulator, connect: Connect, store: Store, account: int
) -> None:
    alice = emulator.user("alice_t", "Alice")
    chat = emulator.private_chat(alice)
    emulator.push_update(poll_answer={"poll_id": "1", "option_ids": [0]})  # not asked for
    emulator.push_update(
        message={"message_id": 7, "chat": chat, "from": alice, "date": 1, "new_chat_title": "x"}
    )
    emulator.push_update(
        message={
            "message_id": 8,
            "chat": chat,
            "from": alice,
            "date": 2,
            "photo": [{"file_id": "broken"}],
        }
    )
    emulator.private_message(alice, extra={"sticker": {"emoji": "👍"}})
    events = sync(store, account, connect())

    assert not any(isinstance(e, Reset) for e in events)
    (conversation,) = store.conversations()
    broken, sticker = store.messages(conversation.id)
    assert broken.remote_id == f"{alice['id']}:8"
    assert store.message_flags(broken.id)["note"] == UNREADABLE
    raw = store.scalar("SELECT raw_sha256 FROM messages WHERE id = ?", (broken.id,))
    assert b'"file_id":"broken"' in store.blobs.get(raw)
    assert sticker.text == "[sticker 👍]"


def test_an_unreadable_cursor_starts_over_with_a_reset(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    emulator.private_message(emulator.user("alice_t", "Alice"), "hi")
    batch = connect().pull("not-a-number")
    assert isinstance(batch.events[0], Reset)
    assert [e.text for e in batch.events if isinstance(e, NewMessage)] == ["hi"]


def test_a_phone_shared_by_the_customer_is_offered_as_contact_data(
    emulator: TelegramEmulator, connect: Connect
) -> None:
    alice = emulator.user("alice_t", "Alice")
    own = {"phone_number": "998901234567", "first_name": "Alice", "user_id": alice["id"]}
    other = {"phone_number": "+77011234567", "first_name": "Friend"}
    emulator.private_message(alice, "hi")
    emulator.private_message(alice, extra={"contact": own})
    emulator.private_message(alice, extra={"contact": other})
    events = connect().pull("").events

    infos = [e for e in events if isinstance(e, ContactInfo)]
    assert [i.extra.get("phone") for i in infos] == [None, "+998901234567"]  # only their own
    assert [e.text for e in events if isinstance(e, NewMessage)] == [
        "hi",
        "[contact: Alice, 998901234567]",
        "[contact: Friend, +77011234567]",
    ]
