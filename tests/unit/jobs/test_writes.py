"""write_in_parts: which rows a bulk write put in and which Sociocs refused, judged once for
the upload and the undo."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.api.errors import BatchRejectedError
from importer.jobs.bisection import PROBES
from importer.jobs.writes import Refusals, write_in_parts


class FakeSociocs:
    """Refuses any request holding a row of ``bad`` (or every request with ``refuse_all``)."""

    def __init__(self, bad: set[int], *, refuse_all: bool = False) -> None:
        self.bad = bad
        self.refuse_all = refuse_all
        self.requests: list[list[int]] = []

    def write(self, rows: list[int]) -> None:
        self.requests.append(list(rows))
        if self.refuse_all or self.bad & set(rows):
            raise BatchRejectedError(["list_id: no such list" if self.refuse_all else "bad"])


def written(
    batch: list[int], sociocs: FakeSociocs, **kwargs: object
) -> tuple[list[int], Refusals, list[str]]:
    accepted: list[int] = []
    refused: Refusals = []
    events: list[str] = []

    def on_accepted(part: list[int]) -> None:
        accepted.extend(part)
        events.append(f"accepted {len(part)}")

    def on_refused(rows: Refusals) -> None:
        refused.extend(rows)
        if rows:
            events.append(f"refused {len(rows)}")

    write_in_parts(batch, sociocs.write, accepted=on_accepted, refused=on_refused, **kwargs)  # type: ignore[arg-type]
    return accepted, refused, events


@given(st.sets(st.integers(0, 63)))
def test_every_row_is_either_accepted_or_refused_alone(bad: set[int]) -> None:
    batch = list(range(64))
    accepted, refused, _ = written(batch, FakeSociocs(bad))
    assert sorted(accepted) == sorted(set(batch) - bad)
    assert sorted(index for index, _ in refused) == sorted(bad)
    assert all(message == "bad" for _, message in refused)


def test_a_clean_batch_is_one_request() -> None:
    sociocs = FakeSociocs(set())
    accepted, refused, events = written(list(range(10)), sociocs)
    assert sociocs.requests == [list(range(10))]
    assert (accepted, refused, events) == (list(range(10)), [], ["accepted 10"])


def test_held_refusals_are_final_once_a_part_went_in_and_come_before_it() -> None:
    sociocs = FakeSociocs({0})
    accepted, refused, events = written([0, 1, 2, 3], sociocs)
    assert sociocs.requests == [[0, 1, 2, 3], [0, 1], [0], [1], [2, 3]], "first rows first"
    assert (accepted, refused) == ([1, 2, 3], [(0, "bad")])
    assert events == ["refused 1", "accepted 1", "accepted 2"], "held until a part went in"


def test_a_request_refused_whatever_its_rows_is_unsendable() -> None:
    problems: list[str] = []

    def unsendable(message: str, error: BatchRejectedError) -> None:
        problems.append(message)
        raise RuntimeError("stop")

    sociocs = FakeSociocs(set(), refuse_all=True)
    with pytest.raises(RuntimeError, match="stop"):
        written(list(range(100)), sociocs, unsendable=unsendable)
    assert problems == ["list_id: no such list"]
    assert len(sociocs.requests) < 2 * PROBES + 10, "given up after the probes, not 2·n requests"


def test_without_unsendable_every_row_is_refused_on_its_own() -> None:
    sociocs = FakeSociocs(set(), refuse_all=True)
    accepted, refused, _ = written(list(range(20)), sociocs)
    assert accepted == []
    assert sorted(index for index, _ in refused) == list(range(20))
