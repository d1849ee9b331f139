from __future__ import annotations

import threading

import pytest

from importer.upload.prefetch import BodyPrefetch


def test_a_started_body_is_made_in_the_helper_thread_and_taken_once() -> None:
    made: list[tuple[list[int], str]] = []

    def prepare(rows: list[int]) -> bytes:
        made.append((rows, threading.current_thread().name))
        return bytes(rows)

    first, second = [1, 2], [3]
    with BodyPrefetch(prepare) as bodies:
        bodies.start(second)
        assert bodies.take(first) == b"\x01\x02"
        assert bodies.take(second) == b"\x03"
        assert bodies.take(second) == b"\x03"
    here = threading.current_thread().name
    helper = [(rows, name) for rows, name in made if name != here]
    assert len(helper) == 1 and helper[0][0] is second
    assert helper[0][1].startswith("upload-prefetch")  # the order of the calls may vary
    assert [rows for rows, name in made if name == here] == [first, second]


def test_an_equal_but_other_list_is_made_again() -> None:
    made: list[list[int]] = []

    def prepare(rows: list[int]) -> bytes:
        made.append(rows)
        return b"x"

    rows = [1]
    with BodyPrefetch(prepare) as bodies:
        bodies.start(rows)
        bodies.take([1])
    assert len(made) == 2


def test_what_prepare_raises_is_raised_by_take() -> None:
    def prepare(rows: list[int]) -> bytes:
        raise ValueError(f"row {rows[0]} cannot be sent")

    rows = [7]
    with BodyPrefetch(prepare) as bodies:
        bodies.start(rows)
        with pytest.raises(ValueError, match="row 7"):
            bodies.take(rows)
