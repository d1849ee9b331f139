"""The engine's translations: gettext catalogs for every sentence the user reads.

Messages are marked with :func:`_` (or :func:`ngettext` / :func:`importer.wording.plural` for
counts, :func:`pgettext` where one English word has two meanings) and translated when called,
so the language set by :func:`set_language` applies to everything said afterwards. Module-level
constants are marked with :func:`N_` (which only marks) and translated with :func:`_` where they
are shown. The catalogs are ``importer/resources/translations/importer_<language>.po`` and
their compiled ``.mo`` (kept beside them in git: ``scripts/translations.py`` writes both). English
needs no catalog: it is the source, and gettext's own rule picks "1 row" / "2 rows".
"""

from __future__ import annotations

import ctypes
import functools
import gettext
import locale
import logging
import os
import struct
from collections.abc import Mapping
from pathlib import Path

from importer.resources import resource_path

SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
}
"""Every language the program speaks, each named in itself (as a language menu shows it)."""
DOMAIN = "importer"
ENVIRONMENT_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
"""Where a command line finds the user's language, in gettext's order."""
_GROUP_SEPARATORS = {"en": ",", "de": ".", "es": ".", "fr": "\u202f", "pt_BR": "."}
"""The thousands separator of each language (French: a narrow no-break space)."""

log = logging.getLogger(__name__)


class _Active:
    """The language in effect and its catalog (one per process, like the locale)."""

    language = SOURCE_LANGUAGE
    catalog: gettext.NullTranslations = gettext.NullTranslations()


def catalog_file(language: str) -> Path:
    """Where the compiled engine catalog of ``language`` is (it may not exist yet)."""
    return resource_path(f"translations/{DOMAIN}_{language}.mo")


def supported_language(tag: str) -> str | None:
    """The supported language a locale name or tag stands for, or None.

    ``"de_DE.UTF-8"`` → ``"de"``, ``"pt-BR"`` and ``"pt"`` → ``"pt_BR"``, ``"C"`` → None.
    """
    name = tag.split(".")[0].split("@")[0].replace("-", "_").strip()
    if name in LANGUAGES:
        return name
    base = name.split("_")[0].lower()
    if base == "pt":
        return "pt_BR"
    return base if base in LANGUAGES else None


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The user's language for a command line: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
    ``LANG`` (the first one set), else the system's locale; English when none is supported."""
    env = os.environ if environ is None else environ
    for variable in ENVIRONMENT_VARIABLES:
        value = env.get(variable, "")
        if value:
            tags = value.split(":") if variable == "LANGUAGE" else [value]
            for tag in tags:
                found = supported_language(tag)
                if found:
                    return found
            if variable != "LANGUAGE":
                return SOURCE_LANGUAGE
    return supported_language(_system_locale()) or SOURCE_LANGUAGE


def _system_locale() -> str:
    """Windows' display language as a locale name ("de_DE"), as Windows sets no variables;
    "" elsewhere."""
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return ""
    return locale.windows_locale.get(windll.kernel32.GetUserDefaultUILanguage(), "")


def read_catalog(language: str) -> gettext.GNUTranslations | None:
    """The compiled engine catalog of ``language``, or None when it is missing or unreadable
    (the reason goes to the log; callers tell the user)."""
    path = catalog_file(language)
    try:
        with path.open("rb") as stream:
            return gettext.GNUTranslations(stream)
    except (OSError, ValueError, struct.error) as exc:
        log.info("The %s catalog %s cannot be read: %s", language, path.name, exc)
        return None


def catalog_installed(language: str) -> bool:
    """Whether the engine can speak ``language``: English always, another language when its
    catalog reads."""
    return language == SOURCE_LANGUAGE or read_catalog(language) is not None


def set_language(language: str) -> str:
    """Speak ``language`` from now on; returns the language in effect.

    An unsupported language, or one whose catalog is missing or unreadable, falls back to
    English.
    """
    chosen = supported_language(language) or SOURCE_LANGUAGE
    catalog: gettext.NullTranslations = gettext.NullTranslations()
    if chosen != SOURCE_LANGUAGE:
        found = read_catalog(chosen)
        if found is None:
            chosen = SOURCE_LANGUAGE
        else:
            catalog = found
    _Active.language, _Active.catalog = chosen, catalog
    return chosen


@functools.cache
def _language_catalog(language: str) -> gettext.GNUTranslations | None:
    """The compiled catalog of ``language`` read once (None when it is missing)."""
    return None if language == SOURCE_LANGUAGE else read_catalog(language)


def every_translation(message: str) -> frozenset[str]:
    """``message`` in every language the program speaks (English included): to recognise a
    text the program wrote in whichever language was in effect then."""
    catalogs = filter(None, map(_language_catalog, LANGUAGES))
    return frozenset({message, *(catalog.gettext(message) for catalog in catalogs)})


def current_language() -> str:
    """The language in effect ("en" until :func:`set_language` is called)."""
    return _Active.language


def _(message: str) -> str:
    """``message`` in the current language."""
    return _Active.catalog.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a whole phrase that fits ``count`` in the current language."""
    return _Active.catalog.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, where ``context`` tells two meanings apart."""
    return _Active.catalog.pgettext(context, message)


def N_(message: str) -> str:
    """Mark a module-level constant for translation; translate it with :func:`_` where shown."""
    return message


def format_count(count: int) -> str:
    """``count`` with the current language's thousands separator ("1,234" / "1.234")."""
    return f"{count:,}".replace(",", _GROUP_SEPARATORS[_Active.language])
