"""When to try an outbox entry again after a temporary failure.

Exponential back-off with *full jitter* (a random wait between nothing and the
exponential bound, so that many clients failing together do not come back
together), capped; a server's ``Retry-After`` wins over the computed wait, within
its own, longer cap. The random source and the clock are passed in, so a test can
fix both.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

#: A random number in [0, 1), as :func:`random.random` gives.
Random = Callable[[], float]
#: The current time, timezone-aware.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def system_random() -> float:
    # Jitter spreads retries in time; it needs no cryptographic quality.
    return random.random()  # noqa: S311


@dataclass(frozen=True)
class Backoff:
    """The wait before attempt ``n + 1`` after ``n`` failed attempts."""

    #: The bound after the first failure, in seconds; it doubles with each failure.
    base: float = 30.0
    #: The longest computed wait: an hour.
    cap: float = 3600.0
    #: Never sooner than this, so that a jitter near zero does not hammer a server.
    floor: float = 1.0
    #: A server's ``Retry-After`` is honoured up to this (six hours): a date far in
    #: the future from a confused server must not park an article for weeks.
    retry_after_cap: float = 6 * 3600.0

    def bound(self, attempts: int) -> float:
        """The exponential bound after ``attempts`` failures (1 for the first)."""
        exponent = max(0, attempts - 1)
        # 2**exponent overflows a float long after it has passed any sensible cap.
        return self.cap if exponent >= 64 else min(self.cap, self.base * 2.0**exponent)

    def delay(
        self, attempts: int, retry_after: float | None = None, rng: Random = system_random
    ) -> float:
        """Seconds to wait after ``attempts`` failed attempts."""
        if retry_after is not None and retry_after >= 0:
            return min(max(retry_after, self.floor), self.retry_after_cap)
        jittered = rng() * self.bound(attempts)
        return max(self.floor, jittered)

    def next_attempt(
        self,
        attempts: int,
        retry_after: float | None = None,
        *,
        now: datetime,
        rng: Random = system_random,
    ) -> datetime:
        return now + timedelta(seconds=self.delay(attempts, retry_after, rng))
