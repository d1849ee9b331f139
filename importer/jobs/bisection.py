"""Isolating the records a server rejects, by splitting a rejected batch in halves.

The bulk endpoint's error messages carry no record index, so a rejected batch of n records is
split until each rejected record stands alone (about 2·k·log2(n/k) requests for k bad records).

A problem with the request itself (an unknown list, say) would make every record fail alone,
costing 2·n requests. So the first rejected single records are held back: when :data:`PROBES`
of them fail before any part of the batch went through, all with the very message the whole
batch got, the batch is judged unsendable as a whole (:meth:`Bisection.request_problem`) and
none of its rows is marked rejected.
"""

from __future__ import annotations

PROBES = 8


class Bisection:
    """The parts of one batch still to send, and the single-record rejections held back."""

    def __init__(self, batch: list[int]) -> None:
        self._parts = [batch]
        self._size = len(batch)
        self._accepted_any = False
        self._held: list[tuple[int, str]] = []
        self._holding = True
        self._batch_message: str | None = None

    def next_part(self) -> list[int] | None:
        """The next rows to send in one request (first rows first), or None when done."""
        return self._parts.pop() if self._parts else None

    def again(self, part: list[int]) -> None:
        """Send ``part`` again as a whole, next (its answer confirmed nothing)."""
        self._parts.append(part)

    def accepted(self) -> list[tuple[int, str]]:
        """Note that a part went through; returns the held rejections, now final."""
        self._accepted_any = True
        return self._release()

    def rejected(self, part: list[int], message: str) -> list[tuple[int, str]]:
        """Note that ``part`` was rejected; returns rejections that are now final."""
        if self._batch_message is None:
            self._batch_message = message
        if len(part) > 1:
            middle = len(part) // 2
            self._parts += [part[middle:], part[:middle]]
            return []
        if not self._holding:
            return [(part[0], message)]
        self._held.append((part[0], message))
        if len(self._held) >= PROBES and self.request_problem() is None:
            return self._release()
        return []

    def request_problem(self) -> str | None:
        """The message if the whole request looks unsendable (see the module docstring)."""
        messages = {message for _, message in self._held}
        if (
            self._holding
            and not self._accepted_any
            and len(self._held) >= PROBES
            and self._size > PROBES
            and messages == {self._batch_message}
        ):
            return messages.pop()
        return None

    def finish(self) -> list[tuple[int, str]]:
        """The rejections still held when every part was sent."""
        return self._release()

    def _release(self) -> list[tuple[int, str]]:
        held, self._held, self._holding = self._held, [], False
        return held
