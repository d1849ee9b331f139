"""The next item of an iterator made in a helper thread while the caller uses the current one.

Used for the parts of a big sheet: calamine parses a part in Rust with the GIL released, so the
next part is parsed on the second core while the check works through the current one.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar, cast

T = TypeVar("T")
_END = object()


def read_ahead(items: Generator[T, None, None], name: str) -> Iterator[T]:
    """``items``, each made in a helper thread (named after ``name``) one step ahead.

    At most one item is made ahead. ``items`` is only ever advanced in that thread; an error it
    raises comes out of this iterator in its place. Leaving early does not wait for the item
    being made: ``items`` is closed once it is done.
    """
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
    pending = pool.submit(next, items, _END)
    try:
        while (item := pending.result()) is not _END:
            pending = pool.submit(next, items, _END)
            yield cast(T, item)
    finally:
        pending.add_done_callback(lambda _done: items.close())
        pool.shutdown(wait=False, cancel_futures=True)
