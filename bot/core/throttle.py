"""A per-user token bucket for the expensive commands (search, quizzes, inline queries)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

BURST = 6  # requests a user may make at once
REFILL_SECONDS = 4.0  # then one more every this many seconds
MAX_USERS = 10_000  # buckets kept; the idlest are forgotten first


@dataclass
class Bucket:
    tokens: float
    at: float
    warned: bool = False


@dataclass
class UserLimiter:
    burst: int = BURST
    refill_seconds: float = REFILL_SECONDS
    clock: Callable[[], float] = time.monotonic
    buckets: dict[int, Bucket] = field(default_factory=dict)

    def take(self, user_id: int) -> tuple[bool, bool]:
        """(allowed, warn): whether the user may go on, and whether to tell them they may not
        (only once per run of refusals, so a flood gets one answer, not one per message)."""
        now = self.clock()
        bucket = self.buckets.pop(user_id, None) or Bucket(float(self.burst), now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) / self.refill_seconds)
        bucket.at = now
        self.buckets[user_id] = bucket  # most recent last
        if len(self.buckets) > MAX_USERS:
            self.buckets.pop(next(iter(self.buckets)))
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.warned = False
            return True, False
        warn = not bucket.warned
        bucket.warned = True
        return False, warn
