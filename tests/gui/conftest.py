"""GUI tests: every test here needs a QApplication and runs offscreen."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/gui as ``gui``."""
    for item in items:
        item.add_marker(pytest.mark.gui)
