"""What the demo holds, decided before anything touches the store.

One seeded ``random.Random`` draws every choice in a fixed order, so the same seed and the same
``now`` give the same plan: customers, conversations with their topic, status, owner and tags,
the messages with their times, texts and attachments, and the internal notes.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from omniinbox.demo import attachments
from omniinbox.demo.customers import PlannedCustomer, make_customers
from omniinbox.demo.people import AGENTS
from omniinbox.demo.phrases import (
    CHAT_SIGNATURE,
    DELIVERY_DAYS,
    LETTER_SIZES,
    REPLY_PREFIX,
    SHOE_SIZES,
    SHOP,
    SIZED_TOPICS,
    TOPIC_TAGS,
    TOPIC_WEIGHTS,
    Language,
)
from omniinbox.demo.phrases_en import ENGLISH
from omniinbox.demo.phrases_ka import GEORGIAN
from omniinbox.demo.phrases_kk import KAZAKH
from omniinbox.demo.phrases_ru import RUSSIAN
from omniinbox.demo.phrases_uk import UKRAINIAN
from omniinbox.demo.phrases_uz import UZBEK
from omniinbox.demo.timeline import Clock
from omniinbox.domain import Channel, Direction, Identity, IncomingAttachment, Status

LANGUAGES: Mapping[str, Language] = {
    lang.code: lang for lang in (ENGLISH, RUSSIAN, KAZAKH, UKRAINIAN, UZBEK, GEORGIAN)
}
CONVERSATIONS = 300

STATUS_WEIGHTS: Mapping[Status, int] = {
    Status.OPEN: 34,
    Status.PENDING: 12,
    Status.SNOOZED: 6,
    Status.RESOLVED: 36,
    Status.CLOSED: 12,
}
LENGTHS: Mapping[str, Mapping[int, int]] = {  # messages per conversation, by where it stands
    "open": {1: 45, 3: 35, 5: 20},
    "waiting": {2: 55, 4: 45},
    "settled": {2: 20, 3: 25, 4: 30, 5: 15, 6: 10},
}
# Where our first answer already settles the matter, a short settled conversation uses it
# instead of the fuller "resolve" text (which follows up on the customer's second message).
QUICK_ANSWER = {"invoice": "reply", "address_change": "reply", "product_question": "reply"}
_OURS = frozenset({"reply", "resolve", "extra_answer", "closing"})  # steps the shop writes
NOTE_SHARE = 0.22  # conversations with an internal note


@dataclass(frozen=True, slots=True)
class PlannedMessage:
    direction: Direction
    at: datetime
    author: str  # the agent's real name on answers, the customer's name on theirs
    text: str
    subject: str = ""
    attachments: tuple[IncomingAttachment, ...] = ()
    seen: bool = True


@dataclass(frozen=True, slots=True)
class PlannedConversation:
    customer: PlannedCustomer
    identity: Identity  # the customer's identity on this conversation's channel
    channel: Channel
    lang: str
    topic: str
    status: Status
    owner: int | None  # index into people.AGENTS; None: unassigned
    tags: tuple[str, ...]
    messages: tuple[PlannedMessage, ...]
    notes: tuple[tuple[int, str], ...] = ()  # (agent index, text)


@dataclass(frozen=True, slots=True)
class Plan:
    customers: tuple[PlannedCustomer, ...]
    conversations: tuple[PlannedConversation, ...]  # in the order their first message came


def steps_for(topic: str, status: Status, length: int) -> list[str]:
    """Which kind of message comes at each position, so a conversation reads in order."""
    if topic == "thanks":
        return ["opening", "reply"][:length]
    settled = status in (Status.RESOLVED, Status.CLOSED)
    quick = QUICK_ANSWER.get(topic, "resolve") if settled else "reply"
    shapes = {
        1: ["opening"],
        2: ["opening", quick],
        3: ["opening", quick, "thanks"] if settled else ["opening", "reply", "follow"],
        4: ["opening", "reply", "follow", "resolve"],
        5: ["opening", "reply", "follow", "resolve", "thanks" if settled else "extra"],
        6: ["opening", "reply", "follow", "resolve"]
        + (["thanks", "closing"] if settled else ["extra", "extra_answer"]),
    }
    return shapes[length]


T = TypeVar("T")


def _pick(rng: random.Random, weights: Mapping[T, int]) -> T:
    return rng.choices(list(weights), list(weights.values()))[0]


class Planner:
    def __init__(self, seed: int, now: datetime) -> None:
        self.rng = random.Random(seed)
        self.now = now
        self.clock = Clock(self.rng, now)
        self.files = 0  # numbering for photo names

    def plan(self) -> Plan:
        customers = make_customers(self.rng)
        # Everyone has a conversation on each channel they use; the rest go to repeat
        # customers, wholesale buyers and VIPs most.
        slots = [(c, channel) for c in customers for channel in c.channels]
        weights = [3 if c.wholesale else 2 if c.vip else 1 for c in customers]
        while len(slots) < CONVERSATIONS:
            customer = self.rng.choices(customers, weights)[0]
            slots.append((customer, self.rng.choice(customer.channels)))
        planned = [self._conversation(customer, channel) for customer, channel in slots]
        planned.sort(key=lambda conv: conv.messages[0].at)
        return Plan(customers, tuple(planned))

    # --- one conversation ------------------------------------------------------------------

    def _conversation(self, customer: PlannedCustomer, channel: Channel) -> PlannedConversation:
        rng = self.rng
        lang = LANGUAGES[customer.lang]
        topic_weights = dict(TOPIC_WEIGHTS)
        if customer.wholesale:
            topic_weights["invoice"] = 40
        if channel is Channel.X:
            topic_weights["invoice"] = 0  # nobody asks for an invoice in an X direct message
        topic = _pick(rng, topic_weights)
        if topic == "thanks":
            status = _pick(rng, {Status.RESOLVED: 5, Status.CLOSED: 2, Status.OPEN: 3})
            length = 1 if status is Status.OPEN else rng.choice((1, 2, 2, 2))
        else:
            status = _pick(rng, STATUS_WEIGHTS)
            stage = {Status.OPEN: "open", Status.PENDING: "waiting", Status.SNOOZED: "waiting"}
            length = _pick(rng, LENGTHS[stage.get(status, "settled")])
        steps = steps_for(topic, status, length)

        preferred = rng.choices(
            range(len(AGENTS)), [a.languages.get(lang.code, 0) for a in AGENTS]
        )[0]
        fresh = status is Status.OPEN and length == 1
        owner: int | None = preferred
        if (fresh and rng.random() < 0.6) or rng.random() < 0.05:
            owner = None
        tags = list(TOPIC_TAGS[topic])
        if fresh and owner is None and rng.random() < 0.7:
            tags = []  # nobody has triaged it yet
        if topic in ("courier_complaint", "payment_failed") and rng.random() < 0.3:
            tags.append("urgent")
        if customer.vip:
            tags.append("vip")
        if customer.wholesale:
            tags.append("wholesale")

        slots = self._slots(lang, topic)
        chain = rng.randrange(len(lang.topics[topic].opening))  # which storyline (Topic)
        times = self.clock.schedule([s in _OURS for s in steps], status)
        email = channel is Channel.EMAIL
        subject = lang.topics[topic].subject.format(**slots) if email else ""
        unread = status is Status.OPEN and rng.random() < (0.75 if length == 1 else 0.45)
        agent = AGENTS[owner if owner is not None else preferred].name
        messages = []
        for index, (step, at) in enumerate(zip(steps, times, strict=True)):
            ours = step in _OURS
            body, variant = self._body(lang, topic, step, slots, chain)
            if ours:
                greet = email or index == 1
                text = self._answer(lang, customer, body, agent, email, greet)
            else:
                text = body + (
                    f"\n\n{lang.signoff.format(customer=customer.name)}" if email else ""
                )
            last = index == len(steps) - 1
            messages.append(
                PlannedMessage(
                    direction=Direction.OUT if ours else Direction.IN,
                    at=at,
                    author=agent if ours else customer.name,
                    text=text,
                    subject=(subject if index == 0 else REPLY_PREFIX + subject) if email else "",
                    attachments=self._attachments(topic, step, variant, slots, customer),
                    seen=ours or not (last and unread),
                )
            )
        notes: tuple[tuple[int, str], ...] = ()
        if length > 1 and rng.random() < NOTE_SHARE:
            notes = (
                (
                    owner if owner is not None else preferred,
                    self._note(lang, topic, customer, slots),
                ),
            )
        return PlannedConversation(
            customer=customer,
            identity=customer.identity_on(channel),
            channel=channel,
            lang=lang.code,
            topic=topic,
            status=status,
            owner=owner,
            tags=tuple(dict.fromkeys(tags)),
            messages=tuple(messages),
            notes=notes,
        )

    def _slots(self, lang: Language, topic: str) -> dict[str, str]:
        rng = self.rng
        products = lang.products
        if topic in SIZED_TOPICS:
            products = tuple(p for p in products if p.sizes)
        product = rng.choice(products)
        sizes = SHOE_SIZES if product.sizes == "shoe" else LETTER_SIZES
        at = rng.randrange(1, len(sizes) - 1)
        place = rng.choice(lang.places)
        low, high, step = lang.amounts
        amount = f"{rng.randrange(low, high + 1, step):,}"
        amount = amount if lang.code == "en" else amount.replace(",", " ")  # 12 500 ₸
        return {
            "order": lang.order.format(n=rng.randrange(100_000, 1_000_000)),
            "product": product.name,
            "size": sizes[at],
            "size2": sizes[at + 1],
            "city": place.city,
            "city_to": place.to,
            "city_at": place.at,
            "address": place.address,
            "amount": lang.currency.format(amount=amount),
            "track": f"RB{rng.randrange(10**8, 10**9)}KZ",
            "taxid": "".join(str(rng.randrange(10)) for _ in range(lang.tax_digits)),
            "days": rng.choice(DELIVERY_DAYS),
            "extra": str(rng.randrange(len(lang.extras))),  # which side question, if any
        }

    def _body(
        self, lang: Language, topic: str, step: str, slots: dict[str, str], chain: int
    ) -> tuple[str, int]:
        """The text of one step, filled in, and which variant it was: the topic's steps follow
        one storyline, the generic thanks and closing lines vary freely."""
        rng = self.rng
        if step in ("extra", "extra_answer"):
            question, answer = lang.extras[int(slots["extra"])]
            return (answer if step == "extra_answer" else question).format(**slots), 0
        if step in ("thanks", "closing"):
            choices: tuple[str, ...] = getattr(lang, step)
            variant = rng.randrange(len(choices))
        else:
            choices = getattr(lang.topics[topic], step)
            variant = min(chain, len(choices) - 1)
        return choices[variant].format(**slots), variant

    @staticmethod
    def _answer(
        lang: Language, customer: PlannedCustomer, body: str, agent: str, email: bool, greet: bool
    ) -> str:
        """An agent's answer: greeting, text and the agent's real name (a chat signs shorter)."""
        if email:
            hello = lang.greeting.format(name=customer.greet_as)
            return f"{hello}\n\n{body}\n\n{lang.signature.format(agent=agent)}"
        hello = (lang.chat_greeting or lang.greeting).format(name=customer.greet_as)
        return f"{hello + ' ' if greet else ''}{body}\n{CHAT_SIGNATURE.format(agent=agent)}"

    def _attachments(
        self, topic: str, step: str, variant: int, slots: dict[str, str], customer: PlannedCustomer
    ) -> tuple[IncomingAttachment, ...]:
        """Files that the wording of the message promises (see phrases.Topic)."""
        photo = topic == "courier_complaint" or (
            topic in ("wrong_size", "payment_failed") and variant == 0
        )
        if step == "follow" and photo:
            self.files += 1
            stem = "screenshot" if topic == "payment_failed" else "IMG"
            number = 4000 + self.rng.randrange(6000)
            return (attachments.photo(f"{stem}_{number}.png", self.files),)
        product, order, amount = slots["product"], slots["order"], slots["amount"]
        if topic == "refund" and step == "reply" and variant == 0:
            return (attachments.return_form(SHOP, order),)
        if topic == "invoice" and step in ("reply", "resolve"):
            corrected = step == "resolve"
            taxid = slots["taxid"] if corrected else ""
            return (attachments.invoice(SHOP, order, product, amount, taxid, corrected),)
        if topic == "invoice" and step == "opening" and variant == 0:
            iban = "KZ" + "".join(str(self.rng.randrange(10)) for _ in range(18))
            company = customer.company or f"{customer.name} (sole trader)"
            return (attachments.company_details(company, slots["taxid"], iban),)
        return ()

    def _note(
        self, lang: Language, topic: str, customer: PlannedCustomer, slots: dict[str, str]
    ) -> str:
        # notes: 0 courier delay, 1 prefers messages, 2 repeat customer, 3 refund approved,
        # 4 check the order tomorrow
        if topic in ("not_arrived", "courier_complaint"):
            options = [0, 4]
        elif topic == "refund":
            options = [3, 4]
        else:
            options = [1, 4]
        if customer.vip:
            options.append(2)
        return lang.notes[self.rng.choice(options)].format(**slots)


def make_plan(seed: int, now: datetime | None = None) -> Plan:
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return Planner(seed, moment.astimezone(UTC)).plan()
