"""Fixtures shared by every test: the real-world corpus folder, temporary files, English.

Tests speak English whatever the machine's language (``LANGUAGE=en`` also reaches the CLI in a
subprocess and Qt's system locale).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from importer.i18n import SOURCE_LANGUAGE, set_language
from importer.settings_paths import HOME_VARIABLE

os.environ["LANGUAGE"] = SOURCE_LANGUAGE

pytest_plugins = ["tests.helpers.sandbox", "tests.helpers.tls", "tests.helpers.proxy"]

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """../shared/corpus, read in place; tests using it skip cleanly when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus (../shared/corpus) is not present on this machine")
    return CORPUS


def pytest_configure(config: pytest.Config) -> None:
    """Let the commands the tests start hear Ctrl+C even when the suite itself was started
    with it ignored (a background job of a script passes that on, and Python then never raises
    KeyboardInterrupt in them: the Ctrl+C tests would fail for no fault of the program)."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def own_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The program's own folders (journals, the copies of the files it checks, history …) in a
    temporary folder, never the user's; a test that looks into them sets
    ``SOCIOCS_IMPORTER_HOME`` itself."""
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path_factory.mktemp("importer-home")))


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Every test starts in English, and a test that changes the language cannot leak it."""
    set_language(SOURCE_LANGUAGE)
    yield
    set_language(SOURCE_LANGUAGE)
