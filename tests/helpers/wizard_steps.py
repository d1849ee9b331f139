"""Steps of a GUI test through the whole wizard: wait for a page, wait until it is ready."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from gui.wizard import ImportWizard, page_id


def go_to(qtbot: QtBot, wizard: ImportWizard, page_class: type) -> Any:
    """The wizard's page of ``page_class``, once the wizard shows it."""

    def there() -> None:
        assert wizard.currentId() == page_id(page_class)

    qtbot.waitUntil(there, timeout=15_000)
    return wizard.currentPage()


def ready(qtbot: QtBot, page: Any) -> None:
    """Wait until ``page`` is complete and no longer busy."""

    def complete() -> None:
        assert page.isComplete()
        assert not page.is_busy()

    qtbot.waitUntil(complete, timeout=15_000)
