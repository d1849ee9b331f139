"""GUI tests: every test here needs a QApplication and runs offscreen.

Fixtures: an isolated program home and in-memory keyring for every test, recorded (never
blocking) dialogs, the shared ``session``/``settings``/``wizard``, and a check that fails a
test which leaves a QThread running (after napari's ``_dangling_qthreads``).
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import keyring
import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gui.language import apply_language
from importer.i18n import SOURCE_LANGUAGE
from tests.helpers.memory_keyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/gui as ``gui``."""
    for item in items:
        item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def importer_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Program folders under ``tmp_path``, no key in the environment, an in-memory keyring."""
    home = tmp_path / "importer-home"
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(home))
    monkeypatch.delenv("SOCIOCS_API_KEY", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield home
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(importer_home: Path) -> MemoryKeyring:
    """The in-memory keyring installed for this test."""
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    return backend


@dataclass
class DialogRecorder:
    """Records error boxes and answers confirmation questions instead of showing them."""

    errors: list[tuple[str, str, str]] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: bool = True


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    """Replace the message-box factories so no test waits on a box."""
    from gui.dialogs.message_boxes import ConfirmDialog, ErrorDialog

    recorder = DialogRecorder()

    def record_error(
        parent: QWidget | None, title: str, text: str, details: str
    ) -> QMessageBox | None:
        recorder.errors.append((title, text, details))
        return None

    def answer_question(
        parent: QWidget | None,
        title: str,
        text: str,
        yes: str,
        no: str,
        on_answer: Callable[[bool], None],
    ) -> None:
        recorder.questions.append(text)
        on_answer(recorder.answer)

    monkeypatch.setattr(ErrorDialog, "show", record_error)
    monkeypatch.setattr(ConfirmDialog, "ask", answer_question)
    return recorder


def _calling_place() -> str:
    return "".join(traceback.format_stack(limit=6)[:-2])


@pytest.fixture(autouse=True)
def _dangling_qthreads(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[None]:
    """Fail the test when a QThread it started is still running at its end."""
    started: WeakKeyDictionary[QThread, str] = WeakKeyDictionary()
    base_start = QThread.start

    def start_and_remember(self: QThread, *args: Any) -> None:
        started[self] = _calling_place()
        base_start(self, *args)

    monkeypatch.setattr(QThread, "start", start_and_remember)
    yield
    dangling = []
    for thread, place in list(started.items()):
        try:
            if thread.isRunning():
                dangling.append(place)
                thread.quit()
                thread.wait(2000)
        except RuntimeError:  # the C++ thread is already deleted: it finished
            continue
    if dangling:
        pytest.fail("QThreads left running, started at:\n" + "\n---\n".join(dangling))


@pytest.fixture(autouse=True, scope="session")
def wizard_in_english(qapp: QApplication) -> None:
    """Every GUI test speaks English (the singular of counted phrases included)."""
    apply_language(SOURCE_LANGUAGE)


@pytest.fixture
def restore_theme(qapp: QApplication) -> Iterator[QApplication]:
    """Put the test run's style and palette back after a test that changes the theme."""
    from PySide6.QtGui import QPalette

    from gui import theme

    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    theme.apply_theme(qapp, theme.ThemeChoice.LIGHT)
    if qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setPalette(palette)
    theme._State.choice = theme.ThemeChoice.SYSTEM
    theme._State.high_contrast = False


@pytest.fixture
def settings(importer_home: Path) -> Any:
    """Wizard settings in the test's own folder."""
    from gui.settings import AppSettings

    return AppSettings()


@pytest.fixture
def session() -> Any:
    """A fresh, empty import session."""
    from gui.session import ImportSession

    return ImportSession()


@pytest.fixture
def wizard(qtbot: QtBot, session: Any, settings: Any) -> Iterator[Any]:
    """The whole wizard, shown offscreen; closed (workers and sandbox stopped) after."""
    from gui.wizard import ImportWizard

    window = ImportWizard(session, settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.shutdown()
