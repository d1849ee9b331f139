"""write_in_parts: which rows a bulk write put in and which Sociocs refused, judged once for
the upload and the undo."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.api.errors import BatchRejectedError
from importer.api.models import WriteAnswer
from importer.jobs.answers import UnconfirmedError
from importer.jobs.bisection import PROBES
from importer.jobs.writes import ReadBack, Refusals, write_in_parts

SAVED = WriteAnswer(200, {"status": "success"}, True, '{"status":"success"}')


class FakeSociocs:
    """Refuses any request holding a row of ``bad`` (or every request with ``refuse_all``).

    ``odd`` answers are given next (in turn) whatever happened: with ``saving``, the rows of
    such a request were saved all the same, else none of them. ``held`` is what a read finds.
    """

    def __init__(
        self,
        bad: set[int],
        *,
        refuse_all: bool = False,
        odd: list[WriteAnswer] | None = None,
        saving: bool = False,
    ) -> None:
        self.bad = bad
        self.refuse_all = refuse_all
        self.odd = list(odd or [])
        self.saving = saving
        self.requests: list[list[int]] = []
        self.held: set[int] = set()
        self.reads = 0

    def write(self, rows: list[int]) -> WriteAnswer:
        self.requests.append(list(rows))
        if self.odd:
            if self.saving:
                self.held.update(set(rows) - self.bad)
            return self.odd.pop(0)
        if self.refuse_all or self.bad & set(rows):
            raise BatchRejectedError(["list_id: no such list" if self.refuse_all else "bad"])
        self.held.update(rows)
        return SAVED

    def read_back(self) -> ReadBack:
        def held(rows: list[int]) -> set[int]:
            self.reads += 1
            return self.held & set(rows)

        def again(error: UnconfirmedError, attempt: int) -> int:
            assert "did not confirm" in error.message
            return attempt

        return ReadBack(held, again)


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

    write_in_parts(
        batch,
        sociocs.write,
        accepted=on_accepted,
        refused=on_refused,
        read_back=sociocs.read_back(),
        **kwargs,  # type: ignore[arg-type]
    )
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


ODD = [
    WriteAnswer(200, {}, True, "{}"),
    WriteAnswer(200, {"status": "fail"}, True, '{"status":"fail"}'),
    WriteAnswer(200, "ERROR", True, '"ERROR"'),
    WriteAnswer(200, {"success": False}, True, '{"success":false}'),
    WriteAnswer(200, None, False, "<html>OK</html>"),
]


@given(
    st.sets(st.integers(0, 63)),
    st.lists(st.sampled_from(ODD), max_size=6),
    st.booleans(),
)
def test_only_what_sociocs_confirms_or_holds_counts(
    bad: set[int], odd: list[WriteAnswer], saving: bool
) -> None:
    """Answers that confirm nothing are read back: a row counts once Sociocs holds it, the
    rest is sent again, and every row still ends accepted or refused exactly once."""
    batch = list(range(64))
    sociocs = FakeSociocs(bad, odd=odd, saving=saving)
    accepted, refused, _ = written(batch, sociocs)
    assert sorted(accepted) == sorted(set(batch) - bad)
    assert set(accepted) <= sociocs.held
    assert sorted(index for index, _ in refused) == sorted(bad)
    assert sociocs.reads == len(odd) - len(sociocs.odd)  # one read per odd answer given


def test_an_odd_answer_for_a_saved_batch_costs_a_read_not_a_resend() -> None:
    sociocs = FakeSociocs(set(), odd=[ODD[4]], saving=True)
    accepted, refused, events = written(list(range(10)), sociocs)
    assert (accepted, refused, events) == (list(range(10)), [], ["accepted 10"])
    assert len(sociocs.requests) == 1 and sociocs.reads == 1


def test_errors_listed_with_a_success_status_isolate_the_records_they_name() -> None:
    """``{"status": "success", "errors": [...]}``: the server dropped some records; they are
    found by splitting and reported with its message, the others count."""

    class DropsBad(FakeSociocs):
        def write(self, rows: list[int]) -> WriteAnswer:
            self.requests.append(list(rows))
            self.held.update(set(rows) - self.bad)
            if self.bad & set(rows):
                payload = {"status": "success", "errors": [{"msg": "phone_number is invalid"}]}
                return WriteAnswer(200, payload, True, "…", ("phone_number is invalid",))
            return SAVED

    sociocs = DropsBad({3})
    accepted, refused, _ = written(list(range(10)), sociocs)
    assert sorted(accepted) == [0, 1, 2, 4, 5, 6, 7, 8, 9]
    assert refused == [(3, "phone_number is invalid")]
