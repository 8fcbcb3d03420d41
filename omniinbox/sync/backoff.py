"""Exponential backoff with jitter, capped: how long to wait before try number n."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Backoff:
    base: float = 2.0
    factor: float = 2.0
    cap: float = 15 * 60.0
    jitter: float = 0.2  # +-20%, so many accounts coming back online don't retry in step

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait after ``attempt`` failures (1 = the first failure)."""
        raw = min(self.cap, self.base * self.factor ** max(0, attempt - 1))
        spread = (rng or random).uniform(-self.jitter, self.jitter)
        return max(0.0, min(self.cap, raw * (1 + spread)))
