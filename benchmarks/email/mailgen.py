"""A seeded, realistic support mailbox: customers write to the desk (INBOX), agents answer
(Sent), threads carry In-Reply-To / References, six languages (en, ru, kk, uk, uz, ka), legacy
charsets for some Russian and Ukrainian mail (windows-1251, KOI8-R, KOI8-U), a mix of
8bit / quoted-printable / base64, HTML alternatives, auto-replies, and about 10% of messages
with attachments of 20-500 KB (log-uniform sizes, incompressible bytes, some RFC 2231 names).

Same seed, same bytes. Messages come out oldest first, rendered one at a time, so a mailbox
of 50,000 messages (about 1 GB) never sits in memory.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from mailmime import address, attachment, header, html_part, multipart, restore_8bit, text_part
from mailtexts import (
    AGENT,
    AGENT_GREETING,
    AGENTS,
    BRANDS,
    CITIES,
    CUSTOMER,
    DOMAINS,
    GREETING,
    LANG_WEIGHTS,
    LEGACY,
    LOGINS,
    MAILERS,
    NAMES,
    REPLY_PREFIX,
    SUBJECTS,
    WROTE,
    product_codes,
)

END = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)  # the mailbox's newest message, before the +100
SPAN = timedelta(days=730)
ATTACH_SHARE = 0.10


# --- the skeleton: who writes when ---------------------------------------------------------------


@dataclass(slots=True)
class Customer:
    name: str
    address: str
    lang: str
    charset: str  # what this customer's mail program sends


@dataclass(slots=True)
class Thread:
    number: int
    customer: Customer
    lang: str
    subject: str
    order: str
    product: str
    messages: list[tuple[datetime, bool]] = field(default_factory=list)  # (when, from agent)


@dataclass(slots=True)
class Planned:
    when: datetime
    thread: Thread
    index: int  # position in its thread


@dataclass(frozen=True, slots=True)
class GeneratedMail:
    folder: str  # "INBOX" or "Sent"
    when: datetime
    raw: bytes
    seen: bool
    answered: bool
    attachments: int


class Mailbox:
    """The plan of a mailbox: ``messages()`` renders it, oldest first."""

    def __init__(self, count: int, seed: int, desk: str, desk_name: str = "Shop.kz Support"):
        self.count = count
        self.seed = seed
        self.desk = desk
        self.desk_name = desk_name
        rng = random.Random(f"plan-{seed}")
        self.codes = product_codes(rng)
        self.customers = self._customers(rng, max(20, count // 4))
        self.threads: list[Thread] = []
        self.plan = self._plan(rng, count)

    # the plan ---------------------------------------------------------------------------

    def _customers(self, rng: random.Random, count: int) -> list[Customer]:
        langs, weights = zip(*LANG_WEIGHTS.items(), strict=True)
        out = []
        for i in range(count):
            lang = rng.choices(langs, weights)[0]
            charset = "utf-8"
            draw = rng.random()
            for name, share in LEGACY.get(lang, ()):
                if draw < share:
                    charset = name
                    break
                draw -= share
            address = f"{rng.choice(LOGINS)}.{i}@{rng.choice(DOMAINS[lang])}"
            out.append(Customer(rng.choice(NAMES[lang]), address, lang, charset))
        return out

    def _product(self, rng: random.Random) -> str:
        # Zipf-like: a few best sellers, a long tail of models mentioned once or twice
        index = min(len(self.codes) - 1, int(rng.paretovariate(1.1)) - 1)
        return f"{BRANDS[index % len(BRANDS)]} {self.codes[index]}"

    def _new_thread(self, rng: random.Random, start: datetime) -> Thread:
        # a few customers write often (repeat contacts), most write once or twice
        who = self.customers[min(len(self.customers) - 1, int(rng.paretovariate(0.7)) - 1)]
        if rng.random() < 0.7:
            who = rng.choice(self.customers)
        order = str(rng.randrange(100000, 999999))
        product = self._product(rng)
        subject = rng.choice(SUBJECTS[who.lang]).format(order=order, product=product)
        thread = Thread(len(self.threads), who, who.lang, subject, order, product)
        self.threads.append(thread)
        when, agent = start, False
        length = rng.choices([1, 2, 3, 4, 5, 6, 8], [30, 28, 16, 10, 7, 5, 4])[0]
        for _ in range(length):
            thread.messages.append((when, agent))
            gap = rng.expovariate(1 / (3 * 3600)) if not agent else rng.expovariate(1 / 86400)
            when += timedelta(seconds=60 + gap)
            agent = not agent if rng.random() < 0.9 else agent  # sometimes twice in a row
        return thread

    def _plan(self, rng: random.Random, count: int) -> list[Planned]:
        planned: list[Planned] = []
        start = END - SPAN
        while len(planned) < count:
            when = start + timedelta(seconds=rng.random() * SPAN.total_seconds())
            thread = self._new_thread(rng, when)
            for i, (at, _agent) in enumerate(thread.messages):
                planned.append(Planned(at, thread, i))
        planned.sort(key=lambda p: (p.when, p.thread.number, p.index))
        planned = planned[:count]
        # threads cut by the count end where the plan ends
        keep = {(p.thread.number, p.index) for p in planned}
        for thread in self.threads:
            thread.messages = [
                m for i, m in enumerate(thread.messages) if (thread.number, i) in keep
            ]
        self.threads = [t for t in self.threads if t.messages]
        return planned

    def extra(self, count: int, seed: int) -> list[GeneratedMail]:
        """``count`` new customer messages after the mailbox's end: about half are replies
        in recent conversations, the rest new conversations (for the incremental test)."""
        rng = random.Random(f"extra-{self.seed}-{seed}")
        recent = sorted(self.threads, key=lambda t: t.messages[-1][0])[-max(50, count * 5) :]
        out = []
        when = max(p.when for p in self.plan) + timedelta(minutes=5)
        for i in range(count):
            when += timedelta(seconds=rng.randrange(30, 600))
            if i % 2 == 0:
                thread = rng.choice(recent)
                recent.remove(thread)
                thread.messages.append((when, False))
            else:
                thread = self._new_thread(rng, when)
                thread.messages[:] = [(when, False)]
            out.append(self.render(Planned(when, thread, len(thread.messages) - 1), final=True))
        return out

    # rendering ---------------------------------------------------------------------------

    def messages(self) -> Iterator[GeneratedMail]:
        last_time = {t.number: t.messages[-1][0] for t in self.threads}
        for p in self.plan:
            yield self.render(p, final=p.when >= END - timedelta(days=3), last=last_time)

    def message_id(self, thread: Thread, index: int) -> str:
        domain = "shop.kz" if thread.messages[index][1] else thread.customer.address.split("@")[1]
        return f"<{self.seed:x}.{thread.number:x}.{index}.{thread.customer.lang}@{domain}>"

    def _body(self, thread: Thread, index: int) -> list[str]:
        """The message's own paragraphs (without quote), the same on every call."""
        rng = random.Random(f"body-{self.seed}-{thread.number}-{index}")
        agent = thread.messages[index][1]
        lang = thread.lang
        fill = {
            "order": thread.order,
            "product": thread.product if rng.random() < 0.8 else self._product(rng),
            "track": f"KZ{rng.randrange(10**8, 10**9)}KZ",
            "city": rng.choice(CITIES[lang]),
        }
        bank = AGENT[lang] if agent else CUSTOMER[lang]
        paragraphs = []
        if agent:
            first = thread.customer.name.split()[0]
            paragraphs.append(AGENT_GREETING[lang].format(name=first))
        else:
            paragraphs.append(rng.choice(GREETING[lang]))
        sentences = [s.format(**fill) for s in rng.sample(bank, k=rng.randint(2, 7))]
        while sentences:
            take = rng.randint(1, 3)
            paragraphs.append(" ".join(sentences[:take]))
            sentences = sentences[take:]
        if agent:
            agent_name = AGENTS[(thread.number + index) % len(AGENTS)]
            paragraphs.append(f"--\n{agent_name}\n{self.desk_name}\n+7 727 355 00 00")
        else:
            paragraphs.append(thread.customer.name)
        return paragraphs

    def render(
        self, p: Planned, *, final: bool = False, last: dict[int, datetime] | None = None
    ) -> GeneratedMail:
        thread, index = p.thread, p.index
        rng = random.Random(f"mime-{self.seed}-{thread.number}-{index}")
        agent = thread.messages[index][1]
        lang = thread.lang
        customer = thread.customer
        charset = "utf-8" if agent else customer.charset
        text_parts = self._body(thread, index)
        if index > 0 and rng.random() < 0.65:
            prev_when, prev_agent = thread.messages[index - 1]
            prev_name = self.desk_name if prev_agent else customer.name
            head = WROTE[lang].format(date=prev_when.strftime("%d.%m.%Y %H:%M"), name=prev_name)
            quoted = "\n".join(
                "> " + line if line else ">"
                for para in self._body(thread, index - 1)
                for line in (*para.split("\n"), "")
            )
            text_parts.append(head + "\n" + quoted)
        text = "\n\n".join(text_parts) + "\n"
        if charset != "utf-8":
            text = text.encode(charset, "replace").decode(charset)  # what the sender could say

        ids = [self.message_id(thread, i) for i in range(index + 1)]
        subject = thread.subject if index == 0 else REPLY_PREFIX[lang] + thread.subject
        if agent:
            agent_name = AGENTS[(thread.number + index) % len(AGENTS)]
            from_ = address(f"{agent_name} ({self.desk_name})", self.desk, "utf-8", rng)
            to = address(customer.name, customer.address, "utf-8", rng)
        else:
            from_ = address(customer.name, customer.address, charset, rng)
            to = address(self.desk_name, self.desk, "utf-8", rng)
        headers = []
        if not agent:
            headers.append(f"Return-Path: <{customer.address}>")
            relay = customer.address.split("@")[1]
            headers.append(
                f"Received: from mx.{relay} (mx.{relay} [203.0.113.{rng.randrange(1, 254)}])\n"
                f"\tby mx.shop.kz with ESMTPS id {rng.getrandbits(48):012x}\n"
                f"\tfor <{self.desk}>; {format_datetime(p.when)}"
            )
        headers += [
            f"Date: {format_datetime(p.when)}",
            f"From: {from_}",
            f"To: {to}",
            f"Subject: {header(subject, charset, rng)}",
            f"Message-ID: {ids[-1]}",
        ]
        if index > 0:
            headers.append(f"In-Reply-To: {ids[-2]}")
            headers.append("References: " + "\n ".join(ids[:-1][-10:]))
        mailer = "" if agent else rng.choice(MAILERS)
        if mailer:
            headers.append(f"X-Mailer: {mailer}")
        if not agent and rng.random() < 0.01:
            headers.append("Auto-Submitted: auto-replied")
        headers.append("MIME-Version: 1.0")

        html = rng.random() < (0.2 if agent else 0.35)
        attach = 0
        if rng.random() < ATTACH_SHARE:
            attach = 2 if rng.random() < 0.15 else 1
        body_part = text_part(text, charset, rng)
        if html:
            boundary = f"----=_alt_{rng.getrandbits(64):016x}"
            body_part = multipart(
                "alternative", boundary, [body_part, html_part(text, charset, rng)]
            )
        if attach:
            boundary = f"----=_mix_{rng.getrandbits(64):016x}"
            parts = [body_part] + [attachment(rng, thread.number * 10 + k) for k in range(attach)]
            body_part = multipart("mixed", boundary, parts)
        raw = ("\n".join(headers) + "\n" + body_part).encode("utf-8", "surrogateescape")
        # legacy mail travels as 8bit bytes of its charset: encode those parts accordingly
        raw = restore_8bit(raw)
        recent = final or (last is not None and last[thread.number] >= END - timedelta(days=3))
        seen = agent or not recent or rng.random() < 0.3
        return GeneratedMail(
            folder="Sent" if agent else "INBOX",
            when=p.when,
            raw=raw,
            seen=seen if not final else agent,
            answered=(not agent)
            and index + 1 < len(thread.messages)
            and thread.messages[index + 1][1],
            attachments=attach,
        )


def search_words(seed: int, count: int = 50) -> list[str]:
    """Words an agent would look for: topic words in the six languages, a few names, cities
    and model codes (rare). Seeded; no apostrophes (tokenisers split on them differently)."""
    rng = random.Random(f"words-{seed}")
    by_lang: dict[str, list[str]] = {}
    for lang in LANG_WEIGHTS:
        words = set()
        for sentence in CUSTOMER[lang] + AGENT[lang] + SUBJECTS[lang]:
            for token in sentence.replace("{", " {").split():
                word = token.strip(".,:;!?()-")
                if len(word) >= 5 and word.isalpha() and not word.startswith("{"):
                    words.add(word.lower())
        by_lang[lang] = sorted(words)
    chosen: list[str] = []
    per_lang = (count - 6) // len(by_lang)
    for lang in by_lang:
        chosen += rng.sample(by_lang[lang], per_lang)
    chosen += rng.sample(sorted({n.split()[1] for names in NAMES.values() for n in names}), 2)
    # model codes from the head of the same list the mailbox uses (the tail is rarely mentioned)
    chosen += rng.sample(product_codes(random.Random(f"plan-{seed}"))[:60], 4)
    while len(chosen) < count:
        chosen.append(rng.choice(by_lang["ru"]))
    return chosen[:count]
