"""Items of an iterator, processed in helper threads ahead of the caller, given back in order.

Used for the parts of a big sheet: cutting the next part off the XML and parsing it with
calamine (in Rust, with the GIL released) run in helper threads while the check works through
the current part; with two of them, two parts are parsed at once whenever the check leaves a
core free.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Generator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

A = TypeVar("A")
B = TypeVar("B")


class _Turns(Generic[A]):
    """Hands out the items of a generator to helper threads, the n-th item to the n-th turn."""

    def __init__(self, items: Generator[A, None, None]) -> None:
        self.items = items
        self.turn = 0
        self.stopped = False
        self.condition = threading.Condition()

    def take(self, turn: int) -> tuple[A] | None:
        """``(item,)``, the item of ``turn``, once its turn comes; None past the end or once
        stopped. An error of the generator is raised on its turn."""
        with self.condition:
            self.condition.wait_for(lambda: self.stopped or self.turn == turn)
            if self.stopped:
                return None
            try:
                for item in self.items:
                    return (item,)
                return None
            finally:
                self.turn += 1
                self.condition.notify_all()

    def stop(self) -> None:
        """Take no more items, and close the generator (after an item being taken, if any)."""
        self.stopped = True  # before waiting for the lock: no later turn takes another item
        with self.condition:
            self.condition.notify_all()
            self.items.close()


def map_ahead(
    function: Callable[[A], B], items: Generator[A, None, None], name: str, workers: int = 2
) -> Generator[B, None, None]:
    """``function(item)`` for each of ``items``, in order, made ahead in ``workers`` helper
    threads (named after ``name``).

    ``items`` is advanced only in the helper threads, one item at a time and in order;
    ``function`` runs on up to ``workers`` items at once, so it should spend most of its time
    with the GIL released. An error of ``items`` or ``function`` comes out in its item's place.
    Leaving early waits at most for the one item being taken, not for ``function``.
    """
    turns = _Turns(items)

    def work(turn: int) -> tuple[B] | None:
        taken = turns.take(turn)
        return None if taken is None else (function(taken[0]),)

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
    pending: deque[Future[tuple[B] | None]] = deque(
        pool.submit(work, turn) for turn in range(workers)
    )
    try:
        next_turn = workers
        while pending:
            done = pending.popleft().result()
            if done is None:
                return
            pending.append(pool.submit(work, next_turn))
            next_turn += 1
            yield done[0]
    finally:
        turns.stop()
        pool.shutdown(wait=False, cancel_futures=True)
