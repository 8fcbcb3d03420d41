"""A support day, played through the real engine, store and scripted channels.

Monday 16 November 2026 at a shop in Almaty (desk open 09:00-18:00, Kazakh holidays, first
response due within 60 business minutes). Forty customers write on three channels: e01-e20 by
email, t01-t12 on Telegram, x01-x08 on X, one every five minutes from 09:00 (customer n at
09:00 + 5(n-1) min). Two agents take them in turn (a round-robin rule); a second rule tags
everyone asking about the concert of 28 November. Email and Telegram are acknowledged at
once, X is not. A bounce and a newsletter arrive too and get nothing. Most conversations are
answered 30 minutes after they start and resolved 30 minutes later; a few go slower, two are
never answered, two need a second answer, one is reopened, one customer comes back with a new
question. Resolved email and Telegram conversations get a satisfaction survey; ten customers
answer it. At 16:30 the concert is cancelled and everyone who asked about it is notified, on
the channel they wrote from; the app dies twice on the way (once while queuing the notices,
once right after a notice went out) and nobody gets one twice. The KPIs of the day are then
checked against numbers worked out by hand below.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from omniinbox.connector import discover
from omniinbox.domain import Account, Status
from omniinbox.domain.business_hours import BusinessCalendar
from omniinbox.domain.rules import Action, ActionKind, Condition, Field, Op, Rule, Trigger
from omniinbox.store import Segment, Store
from omniinbox.sync.backoff import Backoff
from omniinbox.sync.desk import DeskProcessor
from omniinbox.sync.desk_kpi import KpiQuery, kpi_report
from omniinbox.sync.engine import Engine
from tests.connector_kit.scripted import Crash, Remote

ALMATY = ZoneInfo("Asia/Almaty")
DAY = datetime(2026, 11, 16, 9, 0, tzinfo=ALMATY)  # Monday, the desk opens
SLOW = {"e05", "e06", "t04", "x04"}  # first answer after 90 minutes: SLA breached
UNANSWERED = {"e20", "x08"}
TWO_TOUCH = {"e07", "t05"}  # the agent asks for the order number first
REOPENED = "e08"
RETURNS = "e09"  # comes back at 15:00 with another question: a repeat contact
CONCERT = {"e01", "e02", "e03", "e04", "t01", "t02", "t03", "x01", "x02", "x03"}
SCORES = {
    "e01": "5",
    "e02": "4",
    "e03": "★★★★★",
    "e04": "5/5",
    "e10": "3",
    "e11": "2",
    "t01": "5",
    "t02": "4",
    "t06": "пять",
    "t07": "1",
}
TEXTS = {
    "e01": "Is the concert on 28 November still on? I bought two tickets.",
    "e02": "Здравствуйте! Концерт 28 ноября состоится? Я купил билеты.",
    "e03": "Добрый день, что с концертом 28 ноября?",
    "e04": "Hello, is the concert going ahead?",
    "t01": "Сәлеметсіз бе! 28 қарашадағы концерт бола ма?",
    "t02": "Assalomu alaykum! 28-noyabrdagi konsert boʻladimi?",
    "t03": "გამარჯობა! კონცერტი 28 ნოემბერს შედგება?",
    "x01": "@shop is the concert on the 28th cancelled?",
    "x02": "@shop any news about the concert?",
    "x03": "@shop concert tickets refund?",
}
GENERAL = [
    "Where is my order? It was due yesterday.",
    "Здравствуйте, где мой заказ? Спасибо.",
    "Сәлеметсіз бе, тапсырысым әлі келген жоқ.",
    "Вітаю, коли буде доставка мого замовлення?",
    "Buyurtmam qachon yetkazib beriladi? Rahmat.",
    "გამარჯობა, სად არის ჩემი შეკვეთა?",
]


class Clock:
    def __init__(self) -> None:
        self.now = DAY

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Customer:
    key: str
    n: int  # 1..40: arrival order
    channel: str
    conversation: int = 0
    extra: list[int] = field(default_factory=list)

    @property
    def address(self) -> str:
        return f"{self.key}@customers.example"

    @property
    def arrives(self) -> datetime:
        return DAY + timedelta(minutes=5 * (self.n - 1))


class SupportDesk:
    """The workspace, its engine, the three channels' remotes, and the day's clock."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.clock = Clock()
        self.remotes = {ch: Remote(root / ch) for ch in ("email", "telegram", "x")}
        self.store = self._open()
        self.engine = self._engine()
        names = {"email": "Mail", "telegram": "Telegram", "x": "X"}
        self.accounts: dict[str, Account] = {
            ch: self.store.add_account(
                names[ch], "scripted", {"folder": str(r.folder), "batch": "20"}, ch
            )
            for ch, r in self.remotes.items()
        }

    def _open(self) -> Store:
        return Store(self.root / "desk.sqlite", blobs=self.root / "blobs")

    def _engine(self) -> Engine:
        return Engine(
            self.store,
            discover(),
            backoff=Backoff(base=0.01, cap=0.05, jitter=0),
            desk=DeskProcessor(clock=self.clock),
        )

    def restart(self) -> None:
        """The app starts again after dying: a new store connection and a new engine."""
        self.engine.stop()
        self.store.close()
        self.store = self._open()
        self.engine = self._engine()

    def at(self, moment: datetime) -> None:
        assert moment >= self.clock.now, "the day is played in order"
        self.clock.now = moment

    def sync(self, channel: str) -> None:
        self.engine.sync_once(self.store.account(self.accounts[channel].id))

    def write(self, c: Customer, text: str, at: datetime, reply_to: str | None = None) -> None:
        self.at(at)
        self.remotes[c.channel].deliver(
            text,
            sender=c.address,
            name=f"{c.key.upper()} Customer",
            at=at.isoformat(),
            replies_to=[reply_to] if reply_to else [],
        )
        self.sync(c.channel)  # the desk sees it at once

    def answer(self, c: Customer, conversation: int, text: str, at: datetime) -> str:
        self.at(at)
        owner = self.store.conversation(conversation).owner_id
        self.store.desk_message(conversation, text, agent_id=owner, at=at)
        self.sync(c.channel)
        sent = self.store.messages(conversation)[-1]
        assert sent.delivery == "sent" and sent.remote_id
        return sent.remote_id

    def resolve(self, c: Customer, conversation: int, at: datetime) -> None:
        self.at(at)
        owner = self.store.conversation(conversation).owner_name
        self.store.desk_status([conversation], Status.RESOLVED, owner, at=at)
        self.sync(c.channel)

    def survey_id(self, conversation: int) -> str:
        return str(
            self.store.scalar(
                "SELECT remote_id FROM messages WHERE conversation_id = ? AND automatic = 'csat' "
                "ORDER BY id DESC LIMIT 1",
                (conversation,),
            )
        )

    def newest_conversation(self) -> int:
        return int(self.store.scalar("SELECT max(id) FROM conversations"))

    def sent(self, prefix: str) -> list[dict[str, object]]:
        return [
            s for r in self.remotes.values() for s in r.sent() if str(s["key"]).startswith(prefix)
        ]


def customers() -> list[Customer]:
    keys = [f"e{i:02d}" for i in range(1, 21)] + [f"t{i:02d}" for i in range(1, 13)]
    keys += [f"x{i:02d}" for i in range(1, 9)]
    channel = {"e": "email", "t": "telegram", "x": "x"}
    return [Customer(k, n, channel[k[0]]) for n, k in enumerate(keys, start=1)]


def configure(desk: SupportDesk) -> tuple[int, int]:
    store = desk.store
    store.set_business_calendar(BusinessCalendar.office("Asia/Almaty", country="KZ"))
    store.set_desk_option("ack.account.Telegram", "on")
    aigerim = store.add_agent("Aigerim Bekova", "aigerim@shop.kz").id
    timur = store.add_agent("Timur Akhmetov", "timur@shop.kz").id
    store.save_rule(
        Rule(
            "Round robin",
            Trigger.NEW_CONVERSATION,
            actions=(Action(ActionKind.ROUND_ROBIN, agent_ids=(aigerim, timur)),),
        )
    )
    store.save_rule(
        Rule(
            "Concert",
            Trigger.NEW_CONVERSATION,
            (
                Condition(
                    Field.SUBJECT_OR_TEXT, Op.CONTAINS, ("concert", "концерт", "konsert", "კონცერტ")
                ),
            ),
            (
                Action(ActionKind.ADD_TAG, "concert"),
                Action(ActionKind.SET_CATEGORY, "refund.request"),
            ),
        )
    )
    return aigerim, timur


def play_the_day(desk: SupportDesk, people: list[Customer]) -> None:
    """Arrivals, answers, resolutions and the two machines, in time order, until 16:00."""
    events: list[tuple[datetime, int, str, Customer]] = []
    for c in people:
        t = c.arrives
        events.append((t, 0, "arrive", c))
        if c.key in UNANSWERED:
            continue
        first = 90 if c.key in SLOW else 30
        events.append((t + timedelta(minutes=first), 1, "answer", c))
        events.append((t + timedelta(minutes=first + 30), 3, "resolve", c))
        if c.key in TWO_TOUCH:
            events.append((t + timedelta(minutes=40), 2, "details", c))
            events.append((t + timedelta(minutes=50), 2, "answer again", c))
        if c.key == REOPENED:
            events.append((t + timedelta(minutes=90), 4, "still broken", c))
            events.append((t + timedelta(minutes=100), 4, "answer again", c))
            events.append((t + timedelta(minutes=110), 5, "resolve", c))
    bot = Customer("bot", 0, "email")
    events.append((DAY.replace(hour=12, minute=30), 0, "bounce", bot))
    events.append((DAY.replace(hour=12, minute=35), 0, "newsletter", bot))
    for time_, _, what, c in sorted(events, key=lambda e: (e[0], e[1], e[3].n)):
        if what == "arrive":
            text = TEXTS.get(c.key) or GENERAL[c.n % len(GENERAL)]
            desk.write(c, text, time_)
            c.conversation = desk.newest_conversation()
        elif what in ("answer", "answer again"):
            text = (
                "Could you send me the order number?"
                if (c.key in TWO_TOUCH and what == "answer")
                else "Done: it is sorted out."
            )
            desk.answer(c, c.conversation, text, time_)
        elif what == "details":
            last = desk.store.messages(c.conversation)[-1].remote_id
            desk.write(c, "Order 5512, thank you", time_, reply_to=last)
        elif what in ("bounce", "newsletter"):
            machine(desk, what, time_)
        elif what == "still broken":
            last = desk.store.messages(c.conversation)[-2].remote_id  # the answer, not the survey
            desk.write(c, "It is still broken, sorry.", time_, reply_to=last)
        else:
            desk.resolve(c, c.conversation, time_)


def machine(desk: SupportDesk, what: str, at: datetime) -> None:
    """Mail no person wrote: a bounce and a newsletter (recognised by their senders)."""
    desk.at(at)
    sender, text = {
        "bounce": ("MAILER-DAEMON@mx.example.com", "Delivery Status Notification (Failure)"),
        "newsletter": ("noreply@deals.example.com", "This week's deals!"),
    }[what]
    desk.remotes["email"].deliver(text, sender=sender, name="Robot", at=at.isoformat())
    desk.sync("email")


def test_a_support_day(tmp_path: Path) -> None:
    desk = SupportDesk(tmp_path)
    people = customers()
    by_key = {c.key: c for c in people}
    aigerim, timur = configure(desk)
    play_the_day(desk, people)

    # 15:00: e09 comes back with a new question (no thread): a new conversation, no second ack.
    e09 = by_key[RETURNS]
    desk.write(e09, "One more thing: can I change my delivery address?", DAY.replace(hour=15))
    e09.extra.append(desk.newest_conversation())
    desk.answer(e09, e09.extra[0], "Yes, done.", DAY.replace(hour=15, minute=30))
    desk.resolve(e09, e09.extra[0], DAY.replace(hour=16))

    # 16:10-16:19: ten survey answers, each a reply to its survey.
    for n, (key, answer) in enumerate(SCORES.items()):
        c = by_key[key]
        desk.write(
            c, answer, DAY.replace(hour=16, minute=10 + n), reply_to=desk.survey_id(c.conversation)
        )

    store = desk.store
    # --- acknowledgements: once per customer, in their language, never to machines or X ---
    acks = desk.sent("ack:")
    per_customer = Counter(str(a["to"]) for a in acks)
    expected = {c.address for c in people if c.channel != "x"}
    assert set(per_customer) == expected and set(per_customer.values()) == {1}
    assert len(acks) == 32
    t01 = next(str(a["text"]) for a in acks if a["to"] == by_key["t01"].address)
    assert t01.startswith("Сәлеметсіз бе") and "#1021" in t01 and "60 минут ішінде" in t01
    e01 = next(str(a["text"]) for a in acks if a["to"] == by_key["e01"].address)
    assert "ticket #1001" in e01 and "We will answer you within 60 minutes." in e01
    assert e01.endswith("Aigerim Bekova")  # signed by the owner the rule chose
    skipped = [r[0] for r in store.all("SELECT detail FROM audit WHERE action = 'ack.skipped'")]
    assert skipped == [
        "sent by a bot (bounce)",
        "sent by a bot (no_reply_address)",
        "already acknowledged this sender recently",
    ]

    # --- rules: round robin in arrival order, concert questions tagged and filed ----------
    for c in people:
        row = store.conversation(c.conversation)
        assert row.owner_id == (aigerim if c.n % 2 else timur), c.key
        assert ("concert" in row.tags) == (c.key in CONCERT), c.key

    # --- CSAT: scored without reopening; low scores get a follow-up; not on X ---------------
    e01_row = store.conversation(by_key["e01"].conversation)
    assert e01_row.status is Status.RESOLVED
    assert store.scalar("SELECT csat FROM conversations WHERE id = ?", (e01_row.id,)) == 5
    assert {str(s["to"]) for s in desk.sent("csat-follow-up:")} == {
        by_key["e11"].address,
        by_key["t07"].address,
    }
    assert not [s for s in desk.remotes["x"].sent() if str(s["key"]).startswith("csat")]

    # --- 16:30: the concert is cancelled; the app dies while queuing, then after a send -----
    desk.at(DAY.replace(hour=16, minute=30))
    job = store.start_bulk(
        Segment(tag="concert"),
        "Hello {customer.first_name}, we are sorry: "
        "the concert of 28 November is cancelled and your money goes back "
        "to your card by itself. Ticket {ticket}. {agent.name}",
        agent_id=aigerim,
    )

    def dies_after_four(done: int, total: int) -> None:
        if done == 4:
            raise Crash("killed while queuing")

    with pytest.raises(Crash):
        store.queue_bulk(job.id, on_progress=dies_after_four)
    desk.restart()
    progress, _ = desk.store.queue_bulk(job.id)
    assert (progress.total, progress.queued) == (10, 10)
    desk.remotes["email"].fault("after-send", "crash")
    with pytest.raises(Crash):
        desk.sync("email")
    desk.restart()
    for channel in ("email", "telegram", "x"):
        desk.sync(channel)
    store = desk.store
    notices = desk.sent("bulk:")
    assert sorted(str(n["to"]) for n in notices) == sorted(by_key[k].address for k in CONCERT)
    assert store.bulk_progress(job.id).sent == 10
    for key in CONCERT:  # in each customer's history, on the channel they wrote from
        last = store.messages(by_key[key].conversation)[-1]
        assert (
            last.text.startswith(f"Hello {key.upper()}, we are sorry") and last.delivery == "sent"
        )

    # --- the KPIs of the day ------------------------------------------------------------------
    evening = DAY.replace(hour=18)
    day = date(2026, 11, 16)
    report = kpi_report(store, KpiQuery(day, day), now=evening)
    # 40 customers + e09's second question; the bounce and the newsletter are no contacts.
    assert report.volume == 41
    assert report.volume_by_channel == {"email": 21, "telegram": 12, "x": 8}
    assert report.volume_by_category == {"": 31, "refund.request": 10}
    # First responses: 35 after 30 min, 4 after 90 (SLOW); e20 and x08 never answered.
    # n = 39: median = 20th value = 30; p90 = value at rank ceil(35.1) = 36 = 90;
    # mean = (35·30 + 4·90) / 39 = 1410 / 39.
    assert report.unanswered == 2
    assert (report.first_response.count, report.first_response.median) == (39, 30)
    assert report.first_response.p90 == 90
    assert report.first_response.mean == pytest.approx(1410 / 39)
    # Resolution: 34 after 60 min, e08 after 110 (its latest resolution), 4 SLOW after 120.
    # median = 60; p90 = rank 36 = 120; mean = (34·60 + 110 + 4·120) / 39 = 2630 / 39.
    assert (report.resolved, report.resolution.median, report.resolution.p90) == (39, 60, 120)
    assert report.resolution.mean == pytest.approx(2630 / 39)
    # FCR: all 39 had an answer; e07 and t05 needed two, e08 two and a reopen: 36 / 39.
    assert report.first_contact_resolution_rate == pytest.approx(36 / 39)
    # Repeat contacts: e09 came back 4 h 20 min after its resolution: 1 / 39. Reopens: e08.
    assert report.repeat_contact_rate == pytest.approx(1 / 39)
    assert report.reopen_rate == pytest.approx(1 / 39)
    # SLA: 35 met, 4 SLOW and 2 unanswered breached by 18:00 (all 41 decided).
    assert report.sla_compliance == pytest.approx(35 / 41)
    # CSAT: 5 4 5 5 3 2 5 4 5 1 -> 39 / 10; seven of ten are 4 or 5; 32 surveyed (every
    # resolved email and Telegram conversation: e01-e19, e09's second, t01-t12).
    assert report.csat_average == pytest.approx(3.9)
    assert report.csat_satisfied_rate == pytest.approx(0.7)
    assert report.csat_response_rate == pytest.approx(10 / 32)
    assert report.backlog == {"under 1 day": 2, "1-3 days": 0, "3-7 days": 0, "over 7 days": 0}
    # Per agent: odd arrivals to Aigerim (20, plus e09's second), even ones to Timur (20).
    assert kpi_report(store, KpiQuery(day, day, agent="Timur Akhmetov"), now=evening).volume == 20
    assert kpi_report(store, KpiQuery(day, day, agent="Aigerim Bekova"), now=evening).volume == 21
    telegram = kpi_report(store, KpiQuery(day, day, channel="telegram"), now=evening)
    assert (telegram.volume, telegram.csat_response_rate) == (12, pytest.approx(4 / 12))
    desk.engine.stop()
    store.close()
