from __future__ import annotations

import pytest

from importer.closing import ClosesOnExit


class Counted(ClosesOnExit):
    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1


def test_with_gives_the_object_and_closes_it() -> None:
    counted = Counted()
    with counted as entered:
        assert entered is counted
        assert counted.closed == 0
    assert counted.closed == 1


def test_closes_when_the_block_raises() -> None:
    counted = Counted()
    with pytest.raises(RuntimeError, match="boom"), counted:
        raise RuntimeError("boom")
    assert counted.closed == 1


def test_a_subclass_must_say_how_it_closes() -> None:
    class Forgetful(ClosesOnExit):
        pass

    with pytest.raises(TypeError, match="close"):
        Forgetful()  # type: ignore[abstract]
