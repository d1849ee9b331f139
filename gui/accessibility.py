"""Screen readers: announcements of progress and status changes.

:func:`announce` hands a sentence to the platform's accessibility layer (Orca, NVDA,
VoiceOver) as a polite announcement — read when the reader is idle — or an assertive one for
errors. It costs nothing when no screen reader is running.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` (about ``widget``), politely unless ``assertive``."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
