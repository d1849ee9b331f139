from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.api.client import MAX_BATCH_RECORDS
from importer.jobs.batches import plan_batches


@given(st.lists(st.integers(), max_size=200), st.integers(1, 50))
def test_batches_partition_the_input_in_order(indices: list[int], size: int) -> None:
    batches = plan_batches(indices, size)
    assert [i for batch in batches for i in batch] == indices
    assert all(0 < len(batch) <= size for batch in batches)
    assert len(batches) == -(-len(indices) // size)


def test_default_size_is_the_api_limit() -> None:
    batches = plan_batches(range(25_001))
    assert [len(b) for b in batches] == [MAX_BATCH_RECORDS, MAX_BATCH_RECORDS, 5_001]
    assert list(batches[2]) == list(range(20_000, 25_001))


@pytest.mark.parametrize("size", [0, -1, MAX_BATCH_RECORDS + 1])
def test_size_outside_the_limits_is_refused(size: int) -> None:
    with pytest.raises(ValueError, match="between 1 and 10,000"):
        plan_batches([1, 2], size)
