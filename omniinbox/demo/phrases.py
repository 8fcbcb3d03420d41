"""The shape of the demo's text material, and what is common to every language.

Each ``phrases_<code>.py`` module fills one :class:`Language` with short templates written for
that language. Slots in braces are filled per conversation:

``{order}`` order number as the language writes it, ``{product}`` a catalogue item (already
quoted the local way), ``{size}`` / ``{size2}`` the size worn and the one wanted,
``{city}`` a city in the nominative, ``{city_to}`` "(delivery) to the city", ``{city_at}``
"in the city", ``{address}`` a full delivery address in that city, ``{amount}`` a sum with its
currency, ``{track}`` a tracking number, ``{taxid}`` a company tax number, ``{days}`` a
delivery estimate such as "2–3".

Templates avoid grammar a slot cannot carry: no gendered past tense about the customer or the
agent (Russian, Ukrainian), no case endings glued onto a slot (Kazakh, Uzbek, Georgian get a
ready-made "to the city" / "in the city" form from :class:`Place`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SHOP = "Orbita Shop"

# The situations a small online shop's desk sees, with the tags an agent would put on them
# and how often each comes in (relative weights).
TOPIC_TAGS: Mapping[str, tuple[str, ...]] = {
    "not_arrived": ("delivery",),
    "wrong_size": ("exchange",),
    "refund": ("refund",),
    "payment_failed": ("payment",),
    "address_change": ("delivery",),
    "invoice": ("invoice",),
    "product_question": ("presale",),
    "courier_complaint": ("complaint", "delivery"),
    "thanks": ("feedback",),
}
TOPIC_WEIGHTS: Mapping[str, int] = {
    "not_arrived": 18,
    "wrong_size": 14,
    "refund": 12,
    "payment_failed": 10,
    "address_change": 10,
    "invoice": 6,
    "product_question": 14,
    "courier_complaint": 8,
    "thanks": 8,
}
SIZED_TOPICS = frozenset({"wrong_size", "product_question"})  # these need a product with sizes

LETTER_SIZES = ("XS", "S", "M", "L", "XL", "XXL")
SHOE_SIZES = ("36", "37", "38", "39", "40", "41", "42", "43", "44", "45")
DELIVERY_DAYS = ("1–2", "2–3", "3–4")  # every language's templates read well with these

CHAT_SIGNATURE = "— {agent}"
REPLY_PREFIX = "Re: "


@dataclass(frozen=True, slots=True)
class Product:
    name: str
    sizes: str = ""  # "letter", "shoe", or "" for one-size items


@dataclass(frozen=True, slots=True)
class Place:
    city: str  # nominative
    to: str  # "(delivery) to the city", in the language's own grammar
    at: str  # "in the city"
    address: str  # a full street address in that city


@dataclass(frozen=True, slots=True)
class Topic:
    """One support situation: the customer's first message, our first answer, the customer's
    next message, and our answer that settles it.

    Variants form storylines: a conversation takes variant i of every step (or the last one,
    where a step has fewer), so variant 1 of the follow-up answers variant 1 of our reply.
    Files promised by the wording are attached only where the text promises them: the label
    photo and bank screenshot in variant 0 follow-ups, the return form in variant 0 of the
    refund reply, the company details in variant 0 of the invoice request, every invoice."""

    subject: str
    opening: tuple[str, ...]
    reply: tuple[str, ...]
    follow: tuple[str, ...] = ()
    resolve: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # BCP 47, stored on every message
    name: str
    greeting: str  # how an answer opens; {name} is the customer's given name
    signature: str  # the end of an email answer; {agent} is the agent's real name
    signoff: str  # how a customer ends an email; {customer} is their full name
    order: str  # how an order number is written, {n} the digits
    currency: str  # {amount} the digits, grouped
    amounts: tuple[int, int, int]  # lowest, highest, step of a typical order sum
    tax_digits: int  # length of a company tax number
    places: tuple[Place, ...]
    products: tuple[Product, ...]
    topics: Mapping[str, Topic]
    extras: tuple[tuple[str, str], ...]  # a side question and our answer to it
    thanks: tuple[str, ...]  # the customer's last word when all is well
    closing: tuple[str, ...]  # our last word
    notes: tuple[str, ...]  # internal notes agents leave each other
    chat_greeting: str = ""  # the greeting in a chat, where it differs from the email one
