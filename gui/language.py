"""The wizard's language: our Qt Linguist catalog, Qt's own texts, and the engine's catalog.

The language is the one chosen in the program (About → Language, kept in the settings) or, when
none is chosen, the system's. :func:`apply_language` installs, for that language, the compiled
``importer/resources/translations/gui_<language>.qm``, Qt's ``qtbase_<language>.qm`` (Next,
Back, Cancel, standard dialogs), the default QLocale (numbers as ``%Ln`` shows them) and the
engine's gettext catalog. English needs no file: :class:`EnglishPlurals`, installed under every
catalog, gives counted phrases their English singular. A language whose catalogs are missing or
unreadable is not spoken (:func:`language_installed`): English is, and About says so. The
language is applied before any window is built: a new choice takes effect when the program
starts again (:class:`Restarter`).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QProcess, QTranslator

from gui.english_plurals import SINGULAR
from importer.i18n import SOURCE_LANGUAGE, catalog_installed, set_language, supported_language
from importer.resources import resource_path

log = logging.getLogger(__name__)

CATALOG = "gui"
QT_CATALOG = "qtbase"


class EnglishPlurals(QTranslator):
    """English without a catalog file: the singular of each counted phrase for a count of one
    (:data:`gui.english_plurals.SINGULAR`); every other text is left to the source."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The English singular of ``source`` when ``n`` is 1; None (not translated) else."""
        return SINGULAR.get((context, source)) if n == 1 else None

    def isEmpty(self) -> bool:
        """Never empty: Qt asks it for every text the catalogs above it do not hold."""
        return False


class _Installed:
    """The translators in use (kept alive here: Qt does not own them)."""

    english = EnglishPlurals()
    translators: list[QTranslator] = []  # noqa: RUF012 - one list for the process
    language = SOURCE_LANGUAGE


def catalog_folder() -> Path:
    """Where our compiled catalogs are."""
    return resource_path("translations")


def language_installed(language: str) -> bool:
    """Whether the program can speak ``language``: English always; another language when both
    its catalogs (the wizard's .qm and the engine's .mo) are there and read."""
    if language == SOURCE_LANGUAGE:
        return True
    return QTranslator().load(f"{CATALOG}_{language}", str(catalog_folder())) and (
        catalog_installed(language)
    )


def system_language() -> str:
    """The first of the system's interface languages the program speaks (else English)."""
    for tag in QLocale.system().uiLanguages():
        found = supported_language(tag)
        if found and language_installed(found):
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
    """Speak ``language`` in the wizard, Qt's dialogs and the engine; returns the one in effect
    (English when that language is not installed)."""
    app = QCoreApplication.instance()
    wanted = supported_language(language) or SOURCE_LANGUAGE
    if not language_installed(wanted):
        log.warning("%s is not installed (its catalogs are missing or unreadable)", wanted)
        wanted = SOURCE_LANGUAGE
    language = set_language(wanted)
    for old in [_Installed.english, *_Installed.translators]:
        QCoreApplication.removeTranslator(old)
    loaded = []
    if language != SOURCE_LANGUAGE:
        for folders, name in (
            ([str(catalog_folder())], f"{CATALOG}_{language}"),
            (qt_translation_folders(), f"{QT_CATALOG}_{language}"),
        ):
            translator = _load(folders, name)
            if translator is not None:
                loaded.append(translator)
    if app is not None:
        for translator in [_Installed.english, *loaded]:
            QCoreApplication.installTranslator(translator)
    _Installed.translators = loaded
    _Installed.language = language
    QLocale.setDefault(QLocale(language))
    return language


def active_language() -> str:
    """The language :func:`apply_language` set last."""
    return _Installed.language


def installed_catalogs() -> int:
    """How many catalog files :func:`apply_language` installed (ours and Qt's; none for
    English)."""
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
