"""pytest plugin that makes PySide6 unimportable, proving the engine runs without Qt."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType

import pytest


class _QtBlocker(importlib.abc.MetaPathFinder):
    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname == "PySide6" or fullname.startswith("PySide6."):
            raise ImportError(f"{fullname} is blocked: the engine must not need Qt")
        return None


for _name in [m for m in sys.modules if m == "PySide6" or m.startswith("PySide6.")]:
    del sys.modules[_name]
sys.meta_path.insert(0, _QtBlocker())


def pytest_addoption(parser: pytest.Parser) -> None:
    """Accept pytest-qt's ini keys while pytest-qt itself is disabled for this run."""
    for key in ("qt_api", "qt_log_level_fail"):
        parser.addini(key, f"(pytest-qt, unused with Qt blocked) {key}")
