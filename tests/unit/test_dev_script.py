"""scripts/dev.py: `run` installs only the program, `test` adds its tools, neither twice."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.unit.test_audit_script import SCRIPT as AUDIT_SCRIPT

SCRIPT = AUDIT_SCRIPT.parent / "dev.py"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_run_after_test_installs_nothing_and_test_after_run_adds_the_tools() -> None:
    dev = load_script()
    tools = dev.TEST_EXTRAS
    assert dev.installed("abc dev,build", "abc", ()), "run after test: the tools stay"
    assert dev.installed("abc dev,build", "abc", tools)
    assert dev.installed("abc ", "abc", ())
    assert not dev.installed("abc ", "abc", tools), "test after run: the tools are added"
    assert not dev.installed("abc dev", "abc", tools)


def test_a_changed_pyproject_or_an_old_stamp_installs_again() -> None:
    dev = load_script()
    assert not dev.installed("old dev,build", "new", ())
    assert not dev.installed("", "abc", ())
    assert dev.installed("abc", "abc", ()), "a stamp from before extras were recorded"
    assert not dev.installed("abc", "abc", dev.TEST_EXTRAS)
    assert dev.stamp_extras("abc dev,build") == {"dev", "build"}
    assert dev.stamp_extras("abc") == set()
