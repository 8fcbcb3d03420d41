"""apply(): read, answered and tags pushed to the server as flags and keywords."""

from __future__ import annotations

from imapclient.imap_utf7 import decode
from omniinbox_connectors.imap.connector import tag_keyword

from omniinbox.connector import OpKind, StateOp
from tests.integration.dovecot import Dovecot, MailUser
from tests.integration.imap.support import connector_for, mail


def test_seen_unseen_and_answered_reach_the_server(any_server: Dovecot, any_user: MailUser) -> None:
    uid = any_user.append(mail("hello", message_id="<order-1042@example.kz>"))
    connector = connector_for(any_server, any_user)

    connector.apply(StateOp(OpKind.SEEN, "order-1042@example.kz"))
    connector.apply(StateOp(OpKind.ANSWERED, "order-1042@example.kz"))
    assert {"\\Seen", "\\Answered"} <= any_user.flags(uid)

    connector.apply(StateOp(OpKind.UNSEEN, "order-1042@example.kz"))
    assert "\\Seen" not in any_user.flags(uid) and "\\Answered" in any_user.flags(uid)


def test_tags_become_keywords_and_come_off_again(any_server: Dovecot, any_user: MailUser) -> None:
    uid = any_user.append(mail("hello", message_id="<order-7@example.kz>"))
    connector = connector_for(any_server, any_user)

    connector.apply(StateOp(OpKind.TAG_ADD, "order-7@example.kz", "доставка"))
    connector.apply(StateOp(OpKind.TAG_ADD, "order-7@example.kz", "VIP client"))
    keywords = {f for f in any_user.flags(uid) if not f.startswith("\\")}
    assert keywords == {tag_keyword("доставка"), "VIP_client"}
    assert decode(tag_keyword("доставка").encode()) == "доставка"  # readable by other clients

    connector.apply(StateOp(OpKind.TAG_REMOVE, "order-7@example.kz", "доставка"))
    assert {f for f in any_user.flags(uid) if not f.startswith("\\")} == {"VIP_client"}


def test_a_message_in_sent_is_found_too(dovecot: Dovecot, mail_user: MailUser) -> None:
    uid = mail_user.append(
        mail("our answer", sender=mail_user.address, message_id="<reply-1@shop.kz>"), "Sent"
    )
    connector_for(dovecot, mail_user).apply(StateOp(OpKind.TAG_ADD, "reply-1@shop.kz", "sla"))
    assert "sla" in mail_user.flags(uid, "Sent")


def test_a_message_gone_from_the_server_is_not_an_error(
    dovecot: Dovecot, mail_user: MailUser
) -> None:
    connector = connector_for(dovecot, mail_user)
    connector.apply(StateOp(OpKind.SEEN, "gone@example.kz"))
    connector.apply(StateOp(OpKind.ARCHIVED, "gone@example.kz"))


def test_apply_never_expunges(dovecot: Dovecot, mail_user: MailUser) -> None:
    uid = mail_user.append(
        mail("deleted elsewhere", message_id="<d-1@example.kz>"), flags=["\\Deleted"]
    )
    connector = connector_for(dovecot, mail_user)
    connector.apply(StateOp(OpKind.SEEN, "d-1@example.kz"))
    connector.pull("")  # leaves the folder it changed without CLOSE-expunging it
    assert mail_user.uids() == [uid]
