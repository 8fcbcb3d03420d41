"""When things happen in the demo: the last ~45 days before ``now``, customers writing at
waking hours, agents answering within business hours (shop time, UTC+5: Almaty, Tashkent)."""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import datetime, timedelta

from omniinbox.domain import Status

DAYS = 45
SHOP_OFFSET = timedelta(hours=5)
OPENS, CLOSES = 9, 20  # the desk's hours, shop time

# How long ago a conversation started, in days, by where it stands now: open ones are
# recent, closed ones old.
AGE_DAYS: Mapping[Status, tuple[float, float]] = {
    Status.OPEN: (0.0, 9.0),
    Status.PENDING: (0.5, 12.0),
    Status.SNOOZED: (1.0, 16.0),
    Status.RESOLVED: (1.0, 38.0),
    Status.CLOSED: (12.0, 42.0),
}
_HOUR_WEIGHTS = {8: 2, 9: 4, 10: 6, 11: 6, 12: 6, 13: 5, 14: 5, 15: 5, 16: 5, 17: 5, 18: 5,
                 19: 6, 20: 6, 21: 6, 22: 4, 23: 2}  # fmt: skip


class Clock:
    def __init__(self, rng: random.Random, now: datetime) -> None:
        self.rng = rng
        self.now = now  # aware, UTC

    def _shop(self, moment: datetime) -> datetime:
        return moment + SHOP_OFFSET

    def _at_shop_hour(self, day: datetime, hour: int, minute: int) -> datetime:
        """``day`` (UTC) moved to hour:minute shop time on the same shop-time date."""
        local = self._shop(day).replace(hour=hour, minute=minute, second=self.rng.randrange(60))
        return local - SHOP_OFFSET

    def _answer_after(self, moment: datetime) -> datetime:
        """An agent's answer: minutes to a few hours later, inside the desk's hours."""
        answer = moment + timedelta(minutes=self.rng.uniform(4, 150))
        hour = self._shop(answer).hour
        if hour < OPENS:
            answer = self._at_shop_hour(answer, OPENS, self.rng.randrange(0, 50))
        elif hour >= CLOSES:
            answer = self._at_shop_hour(
                answer + timedelta(days=1), OPENS, self.rng.randrange(0, 50)
            )
        return max(answer, moment + timedelta(minutes=2))

    def _customer_after(self, moment: datetime) -> datetime:
        """A customer's next message: minutes to a day later, not in the small hours."""
        later = moment + timedelta(minutes=self.rng.uniform(8, 26 * 60))
        if 1 <= self._shop(later).hour < 8:
            later = self._at_shop_hour(later, 8, self.rng.randrange(0, 60))
        return max(later, moment + timedelta(minutes=2))

    def schedule(self, ours: list[bool], status: Status) -> list[datetime]:
        """Send times for a conversation whose messages are ours (True) or the customer's,
        strictly increasing, all before ``now``."""
        low, high = AGE_DAYS[status]
        day = self.now - timedelta(days=self.rng.uniform(low, high))
        hours = list(_HOUR_WEIGHTS)
        hour = self.rng.choices(hours, [_HOUR_WEIGHTS[h] for h in hours])[0]
        times = [self._at_shop_hour(day, hour, self.rng.randrange(60))]
        for is_ours in ours[1:]:
            after = self._answer_after if is_ours else self._customer_after
            times.append(after(times[-1]))
        latest = self.now - timedelta(minutes=1)
        if times[-1] > latest:  # it would end in the future: it happened a little earlier
            shift = times[-1] - latest + timedelta(minutes=self.rng.uniform(3, 120))
            times = [t - shift for t in times]
        oldest = self.now - timedelta(days=DAYS)
        if times[0] < oldest:
            times = [t + (oldest - times[0]) for t in times]
        return [t.replace(microsecond=0) for t in times]
