"""How long to wait before trying a failed request again, and when to stop trying on our own."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(frozen=True)
class BackoffPolicy:
    """Exponential backoff with full jitter, bounded by ``cap_seconds``.

    Server errors and network failures are retried automatically ``max_auto_retries`` times;
    rate limits (which the server asks for, so they are expected) ``max_rate_limit_retries``
    times. After that the caller is asked whether to keep trying.
    """

    base_seconds: float = 2.0
    cap_seconds: float = 60.0
    max_auto_retries: int = 5
    max_rate_limit_retries: int = 30
    rng: random.Random = field(default_factory=random.Random, compare=False)

    def backoff(self, attempt: int) -> float:
        """A random delay in ``[0, min(cap, base * 2**(attempt-1))]`` before retry ``attempt``."""
        ceiling = min(self.cap_seconds, self.base_seconds * 2.0 ** max(0, attempt - 1))
        return self.rng.uniform(0.0, ceiling)

    def rate_limit_delay(self, attempt: int, retry_after: float | None) -> float:
        """The server's ``Retry-After`` when it gave one (never negative), else :meth:`backoff`."""
        if retry_after is not None:
            return max(0.0, retry_after)
        return self.backoff(attempt)

    def exhausted(self, attempt: int, *, rate_limited: bool) -> bool:
        """Whether ``attempt`` failures in a row used up the automatic retries."""
        limit = self.max_rate_limit_retries if rate_limited else self.max_auto_retries
        return attempt > limit
