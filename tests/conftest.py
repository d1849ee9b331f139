"""Fixtures shared by every test: the real-world corpus folder, temporary files."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["tests.helpers.sandbox"]

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """../shared/corpus, read in place; tests using it skip cleanly when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus (../shared/corpus) is not present on this machine")
    return CORPUS
