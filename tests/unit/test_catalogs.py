"""The translation catalogs are complete and in step with the code.

For de, es, fr and pt_BR: every engine message (``importer_<lang>.po``) and every wizard text
(``gui_<lang>.ts``) has a reviewed, non-empty translation in every plural form, with exactly
the placeholders of its source ({name}, %n/%Ln); ``gui_en.ts`` gives every counted phrase its
English forms. The catalogs hold exactly the texts the code marks today, so a new or changed
text fails here until ``python scripts/translations.py update`` has run and it is translated.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from tests.helpers.scripts import load_script

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
TRANSLATED = ("de", "es", "fr", "pt_BR")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:![rsa])?(?::[^}]*)?\}|%L?n")


def placeholders(text: str) -> set[str]:
    """The named placeholders and Qt count markers of ``text`` (``%Ln`` counts as ``%n``)."""
    return {p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(text)}


@pytest.fixture(scope="module")
def translations() -> ModuleType:
    return load_script("translations")


def po(language: str) -> Catalog:
    with (FOLDER / f"importer_{language}.po").open("rb") as stream:
        return read_po(stream, locale=language)


def _msgids(message: Message) -> tuple[str, ...]:
    return message.id if isinstance(message.id, tuple) else (message.id,)


def _forms(message: Message) -> tuple[str, ...]:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def po_problems(catalog: Catalog) -> Iterator[str]:
    """What is wrong with each message of an engine catalog."""
    for message in catalog:
        if not message.id:
            continue
        ids, forms = _msgids(message), _forms(message)
        shown = ids[0][:70]
        if message.fuzzy or not all(forms):
            yield f"untranslated or fuzzy: {shown}"
            continue
        if len(forms) != (catalog.num_plurals if len(ids) > 1 else 1):
            yield f"wrong number of plural forms: {shown}"
        wanted = placeholders(ids[-1])
        for index, form in enumerate(forms):
            expected = placeholders(ids[0]) if index == 0 else wanted
            got = placeholders(form)
            if got != expected and not (index == 0 and got == expected - {"{n}"}):
                yield f"placeholders {sorted(got)} ≠ {sorted(expected)}: {shown}"


@dataclass(frozen=True)
class TsMessage:
    context: str
    source: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]


def ts(language: str) -> list[TsMessage]:
    root = ET.parse(FOLDER / f"gui_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found.append(
                TsMessage(
                    context.findtext("name", ""),
                    message.findtext("source", ""),
                    numerus,
                    translation.get("type") is None,
                    forms,
                )
            )
    return found


def ts_problems(messages: list[TsMessage]) -> Iterator[str]:
    """What is wrong with each message of a wizard catalog."""
    for message in messages:
        shown = f"{message.context}: {message.source[:70]}"
        if not message.finished or not all(message.forms) or not message.forms:
            yield f"untranslated or unfinished: {shown}"
            continue
        for form in message.forms:
            if placeholders(form) - {"%n"} != placeholders(message.source) - {"%n"}:
                yield f"placeholders differ: {shown} → {form[:70]}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_engine_catalog_is_complete(language: str) -> None:
    assert list(po_problems(po(language))) == []


@pytest.mark.parametrize("language", [*TRANSLATED, "en"])
def test_the_wizard_catalog_is_complete(language: str) -> None:
    messages = ts(language)
    assert messages, "an empty catalog"
    assert list(ts_problems(messages)) == []
    if language == "en":
        assert all(m.numerus for m in messages), "gui_en.ts holds only counted phrases"


def test_the_engine_catalogs_hold_what_the_code_marks(translations: ModuleType) -> None:
    template = translations.engine_template()
    marked = {(m.context, _msgids(m)) for m in template if m.id}
    for language in TRANSLATED:
        held = {(m.context, _msgids(m)) for m in po(language) if m.id}
        assert held == marked, f"run scripts/translations.py update ({language})"


def test_the_wizard_catalogs_hold_what_the_code_marks(
    translations: ModuleType, tmp_path: Path
) -> None:
    fresh = tmp_path / "gui_de.ts"
    command = [translations.qt_tool("lupdate"), *translations.gui_sources(), "-ts", str(fresh)]
    subprocess.run(command, cwd=translations.ROOT, check=True, capture_output=True)
    marked = {(m.context, m.source) for m in ts_from(fresh)}
    for language in TRANSLATED:
        held = {(m.context, m.source) for m in ts(language)}
        assert held == marked, f"run scripts/translations.py update ({language})"


def ts_from(path: Path) -> list[TsMessage]:
    root = ET.parse(path).getroot()
    return [
        TsMessage(c.findtext("name", ""), m.findtext("source", ""), False, False, ())
        for c in root.iter("context")
        for m in c.iter("message")
    ]


def test_a_wrong_translation_is_found() -> None:
    catalog = Catalog(locale="de", fuzzy=False)
    catalog.add("{n} rows in {file}", "{n} Zeilen in {datei}")
    catalog.add("Hello", "")
    problems = list(po_problems(catalog))
    assert any("placeholders" in p for p in problems)
    assert any("untranslated" in p for p in problems)
    bad = TsMessage("Page", "%Ln rows of {file}", True, True, ("%Ln Zeile von {file}", ""))
    assert list(ts_problems([bad])) == ["untranslated or unfinished: Page: %Ln rows of {file}"]
