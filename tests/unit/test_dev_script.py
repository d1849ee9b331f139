"""scripts/dev.py: `run` installs only the program, `test` adds its tools, neither twice."""

from __future__ import annotations

from tests.helpers.scripts import load_script


def test_run_after_test_installs_nothing_and_test_after_run_adds_the_tools() -> None:
    dev = load_script("dev")
    tools, run = dev.TEST_EXTRAS, dev.RUN_EXTRAS
    assert dev.installed("abc dev,build,i18n", "abc", run), "run after test: the tools stay"
    assert dev.installed("abc dev,build,i18n", "abc", tools)
    assert dev.installed("abc i18n", "abc", run)
    assert not dev.installed("abc i18n", "abc", tools), "test after run: the tools are added"
    assert not dev.installed("abc dev,i18n", "abc", tools)


def test_a_changed_pyproject_or_an_old_stamp_installs_again() -> None:
    dev = load_script("dev")
    assert not dev.installed("old dev,build", "new", ())
    assert not dev.installed("", "abc", ())
    assert dev.installed("abc", "abc", ()), "a stamp from before extras were recorded"
    assert not dev.installed("abc", "abc", dev.TEST_EXTRAS)
    assert dev.stamp_extras("abc dev,build") == {"dev", "build"}
    assert dev.stamp_extras("abc") == set()
