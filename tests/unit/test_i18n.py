"""importer.i18n: which language, the catalogs, plural rules per language, numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from importer import i18n
from importer.i18n import (
    _,
    current_language,
    environment_language,
    format_count,
    pgettext,
    set_language,
    supported_language,
)
from importer.wording import plural


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("de_DE.UTF-8", "de"),
        ("de-AT", "de"),
        ("es_MX", "es"),
        ("fr_CA.utf8@euro", "fr"),
        ("pt-BR", "pt_BR"),
        ("pt_PT", "pt_BR"),
        ("en_GB", "en"),
        ("C", None),
        ("ja_JP", None),
        ("", None),
    ],
)
def test_locale_names_map_to_a_supported_language(tag: str, language: str | None) -> None:
    assert supported_language(tag) == language


def test_the_command_line_follows_gettexts_variables_in_order() -> None:
    assert environment_language({"LANGUAGE": "ja:fr", "LANG": "de_DE.UTF-8"}) == "fr"
    assert environment_language({"LANGUAGE": "ja", "LANG": "de_DE.UTF-8"}) == "de"
    assert environment_language({"LC_ALL": "es_ES.UTF-8", "LANG": "de_DE"}) == "es"
    assert environment_language({"LC_ALL": "C", "LANG": "de_DE"}) == "en"
    assert environment_language({}) == "en"


def test_country_names_come_from_the_catalog() -> None:
    assert set_language("de") == "de"
    assert pgettext("country", "Germany") == "Deutschland"
    assert pgettext("country", "Côte d’Ivoire") == "Côte d’Ivoire"
    set_language("pt_BR")
    assert pgettext("country", "Germany") == "Alemanha"


def test_an_unknown_language_or_a_missing_catalog_speaks_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert set_language("ja") == "en"
    monkeypatch.setattr(i18n, "catalog_file", lambda language: tmp_path / "absent.mo")
    assert set_language("de") == "en"
    assert current_language() == "en"


def _catalog(tmp_path: Path, language: str, plural_forms: str, forms: tuple[str, ...]) -> Path:
    catalog = Catalog(locale=language, fuzzy=False)
    catalog._num_plurals, catalog._plural_expr = plural_forms.split(";")
    catalog.add(("{n} row", "{n} rows"), forms)
    catalog.add("Hello", "Bonjour")
    path = tmp_path / f"{language}.mo"
    with path.open("wb") as stream:
        write_mo(stream, catalog)
    return path


def test_plural_uses_each_languages_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _catalog(tmp_path, "fr", "2;(n > 1)", ("{n} ligne", "{n} lignes"))
    monkeypatch.setattr(i18n, "catalog_file", lambda language: path)
    set_language("fr")
    assert _("Hello") == "Bonjour"
    assert plural(0, "{n} row", "{n} rows") == "0 ligne", "French: 0 is singular"
    assert plural(1, "{n} row", "{n} rows") == "1 ligne"
    assert plural(2000, "{n} row", "{n} rows") == "2\u202f000 lignes"
    assert _("Not in the catalog") == "Not in the catalog"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "1,234,567"),
        ("de", "1.234.567"),
        ("pt_BR", "1.234.567"),
        ("fr", "1\u202f234\u202f567"),
    ],
)
def test_counts_use_the_languages_thousands_separator(language: str, text: str) -> None:
    set_language(language)
    assert format_count(1_234_567) == text
    assert format_count(999) == "999"
