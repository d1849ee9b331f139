"""The wizard's language: our Qt Linguist catalog, Qt's own texts, and the engine's catalog.

The language is the one chosen in the program (About → Language, kept in the settings) or, when
none is chosen, the system's. :func:`apply_language` installs, for that language, the compiled
``resources/translations/gui_<language>.qm`` (English has one too: it holds the singular forms
of counted phrases, whose source text is the plural), Qt's ``qtbase_<language>.qm`` (Next,
Back, Cancel, standard dialogs), the default QLocale (numbers as ``%Ln`` shows them) and the
engine's gettext catalog. It is applied before any window is built: a new choice takes effect
when the program starts again (:func:`restart_program`).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QProcess, QTranslator

from importer.i18n import SOURCE_LANGUAGE, set_language, supported_language
from importer.resources import resource_path

log = logging.getLogger(__name__)

CATALOG = "gui"
QT_CATALOG = "qtbase"


class _Installed:
    """The translators in use (kept alive here: Qt does not own them)."""

    translators: list[QTranslator] = []  # noqa: RUF012 - one list for the process
    language = SOURCE_LANGUAGE


def system_language() -> str:
    """The first of the system's interface languages the program speaks (else English)."""
    for tag in QLocale.system().uiLanguages():
        found = supported_language(tag)
        if found:
            return found
    return SOURCE_LANGUAGE


def wizard_language(chosen: str) -> str:
    """The language to speak: ``chosen`` in the settings when supported, else the system's."""
    return supported_language(chosen) or system_language()


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogs may be: Qt's configured folder, then the one inside PySide6
    (the frozen app's layout)."""
    bundled = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(bundled)]


def _load(folders: list[str], name: str) -> QTranslator | None:
    translator = QTranslator()
    if any(translator.load(name, folder) for folder in folders):
        return translator
    log.warning("Translation %s not found in %s", name, ", ".join(folders))
    return None


def apply_language(language: str) -> str:
    """Speak ``language`` in the wizard, Qt's dialogs and the engine; returns the one in effect."""
    app = QCoreApplication.instance()
    language = set_language(language)
    for old in _Installed.translators:
        QCoreApplication.removeTranslator(old)
    wanted = [([str(resource_path("translations"))], f"{CATALOG}_{language}")]
    if language != SOURCE_LANGUAGE:
        wanted.append((qt_translation_folders(), f"{QT_CATALOG}_{language}"))
    loaded = [t for t in (_load(folders, name) for folders, name in wanted) if t is not None]
    if app is not None:
        for translator in loaded:
            QCoreApplication.installTranslator(translator)
    _Installed.translators = loaded
    _Installed.language = language
    QLocale.setDefault(QLocale(language))
    return language


def active_language() -> str:
    """The language :func:`apply_language` set last."""
    return _Installed.language


def installed_catalogs() -> int:
    """How many catalogs :func:`apply_language` installed (ours, and Qt's unless English)."""
    return len(_Installed.translators)


def restart_command() -> list[str]:
    """The command line that started this program, to start it again."""
    frozen = bool(getattr(sys, "frozen", False))
    return [sys.executable, *sys.argv[1:]] if frozen else list(sys.orig_argv)


class Restarter:
    """Starts the program again (after the window closed); tests replace :meth:`start`."""

    @classmethod
    def start(cls) -> None:
        """Launch a new copy of the program, detached from this one."""
        program, *arguments = restart_command()
        started, _pid = QProcess.startDetached(program, arguments)
        if not started:
            log.warning("Could not start the program again: %s", program)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalog under ``context`` (a module-level constant); translate it
    with ``tr`` or ``QCoreApplication.translate(context, text)`` where it is shown.

    Qt's own marker is typed as returning ``object``; this one keeps the ``str``.
    """
    return text
