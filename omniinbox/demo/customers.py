"""The demo's customers: a name in their own script, a language, and one or two identities
(an email address, a numeric Telegram user id shown as @username, a numeric X id shown as
@handle), all drawn from one seeded Random."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass

from omniinbox.demo.people import EMAIL_DOMAINS, GIVEN, LANGUAGE_SHARE, SURNAMES
from omniinbox.domain import Channel, Identity, IdentityKind

CUSTOMERS = sum(LANGUAGE_SHARE.values())  # 120
TWO_CHANNEL_CUSTOMERS = 26  # write to the shop on two channels, e.g. email and Telegram
VIP_SHARE = 0.10
WHOLESALE_SHARE = 0.08

CHANNEL_OF: Mapping[IdentityKind, Channel] = {
    IdentityKind.EMAIL: Channel.EMAIL,
    IdentityKind.TELEGRAM: Channel.TELEGRAM,
    IdentityKind.X: Channel.X,
}
_PRIMARY_WEIGHTS = {IdentityKind.EMAIL: 45, IdentityKind.TELEGRAM: 40, IdentityKind.X: 15}
_SECOND = {  # the other channel a two-channel customer uses, with weights
    IdentityKind.EMAIL: {IdentityKind.TELEGRAM: 7, IdentityKind.X: 3},
    IdentityKind.TELEGRAM: {IdentityKind.EMAIL: 7, IdentityKind.X: 3},
    IdentityKind.X: {IdentityKind.TELEGRAM: 5, IdentityKind.EMAIL: 5},
}


@dataclass(frozen=True, slots=True)
class PlannedCustomer:
    number: int
    lang: str
    name: str  # as the contact list shows it
    greet_as: str  # how an answer addresses them
    identities: tuple[Identity, ...]  # the first is where they first wrote from
    vip: bool = False
    wholesale: bool = False
    company: str = ""  # wholesale buyers write for a company

    def identity_on(self, channel: Channel) -> Identity:
        return next(i for i in self.identities if CHANNEL_OF[i.kind] is channel)

    @property
    def channels(self) -> tuple[Channel, ...]:
        return tuple(CHANNEL_OF[i.kind] for i in self.identities)


def _slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


class _Identities:
    """Makes identities, never the same value twice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[tuple[str, str]] = set()

    def _claim(self, namespace: str, candidates: list[str]) -> str:
        """The first free candidate (or the first with digits added) in that namespace."""
        for value in candidates:
            if (namespace, value) not in self.used:
                self.used.add((namespace, value))
                return value
        while True:
            value = f"{candidates[0]}{self.rng.randrange(10, 1000)}"
            if (namespace, value) not in self.used:
                self.used.add((namespace, value))
                return value

    def email(self, first: str, last: str, company: str) -> Identity:
        f, s = _slug(first), _slug(last)
        if company:
            domain = _slug(company.split()[0]) + "-trade.example"
            locals_ = [f, f"{f}.{s}", f"{f[0]}.{s}"]
        else:
            domain = self.rng.choice(EMAIL_DOMAINS)
            year = (
                self.rng.randrange(70, 100) if self.rng.random() < 0.5 else self.rng.randrange(0, 8)
            )
            locals_ = self.rng.choice(
                [
                    [f"{f}.{s}", f"{f}.{s}{year:02d}"],
                    [f"{f}{s}", f"{f}{s}{year:02d}"],
                    [f"{f[0]}.{s}", f"{f}.{s}"],
                    [f"{s}.{f}", f"{s}{f}{year:02d}"],
                ]
            )
        value = self._claim("email", [f"{local}@{domain}" for local in locals_])
        return Identity.of(IdentityKind.EMAIL, value)

    def telegram(self, first: str, last: str) -> Identity:
        f, s = _slug(first), _slug(last)
        n = self.rng.randrange(1, 100)
        username = self._claim(
            "telegram username",
            self.rng.choice(
                [[f"{f}_{s}", f"{f}_{s}{n}"], [f"{f}{s[:3]}{n}"], [f"{s}_{f}", f"{f}{n}_{s}"]]
            ),
        )
        user_id = self._claim("telegram id", [str(self.rng.randrange(10**8, 8 * 10**9))])
        return Identity.of(IdentityKind.TELEGRAM, user_id, f"@{username}")

    def x(self, first: str, last: str) -> Identity:
        f, s = _slug(first), _slug(last)
        n = self.rng.randrange(1, 100)
        handle = self._claim(
            "x handle",
            self.rng.choice(
                [[f"{f}{s}"[:15], f"{f}_{n}"], [f"{f}_{s}"[:15]], [f"{s}{f[0]}{n}"[:15]]]
            ),
        )
        if self.rng.random() < 0.4:  # accounts from before 2013 have short ids
            user_id = str(self.rng.randrange(10**7, 2 * 10**9))
        else:
            user_id = str(self.rng.randrange(7 * 10**17, 19 * 10**17))
        user_id = self._claim("x id", [user_id])
        return Identity.of(IdentityKind.X, user_id, f"@{handle}")

    def make(self, kind: IdentityKind, first: str, last: str, company: str) -> Identity:
        if kind is IdentityKind.EMAIL:
            return self.email(first, last, company)
        if kind is IdentityKind.TELEGRAM:
            return self.telegram(first, last)
        return self.x(first, last)


def make_customers(rng: random.Random) -> tuple[PlannedCustomer, ...]:
    languages = [code for code, count in LANGUAGE_SHARE.items() for _ in range(count)]
    rng.shuffle(languages)
    two_channel = set(rng.sample(range(CUSTOMERS), TWO_CHANNEL_CUSTOMERS))
    identities = _Identities(rng)
    taken: set[str] = set()
    customers = []
    for number, lang in enumerate(languages):
        while True:
            given = rng.choice(GIVEN[lang])
            surname = rng.choice(SURNAMES[lang])
            last = surname.female if given.female else surname.male
            name = f"{given.native} {last}"
            if name not in taken:
                taken.add(name)
                break
        last_latin = surname.latin_female if given.female else surname.latin_male
        wholesale = rng.random() < WHOLESALE_SHARE
        vip = not wholesale and rng.random() < VIP_SHARE
        company = f"{last_latin} Trade LLP" if wholesale else ""
        kinds = [rng.choices(list(_PRIMARY_WEIGHTS), list(_PRIMARY_WEIGHTS.values()))[0]]
        if number in two_channel:
            options = _SECOND[kinds[0]]
            kinds.append(rng.choices(list(options), list(options.values()))[0])
        customers.append(
            PlannedCustomer(
                number=number,
                lang=lang,
                name=name,
                greet_as=given.vocative or given.native,
                identities=tuple(
                    identities.make(k, given.latin, last_latin, company) for k in kinds
                ),
                vip=vip,
                wholesale=wholesale,
                company=company,
            )
        )
    return tuple(customers)
