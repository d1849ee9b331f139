"""The translation catalogs are complete, in step with the code, and compiled.

For de, es, fr and pt_BR: every engine message (``importer_<lang>.po``) and every wizard text
(``gui_<lang>.ts``) has a reviewed, non-empty translation in every plural form, with exactly
the placeholders of its source ({name}, %n/%Ln); ``gui/english_plurals.py`` gives every counted
phrase its English singular. The catalogs hold exactly the texts the code marks today, so a new
or changed text fails here until ``python scripts/translations.py update`` has run and it is
translated. The compiled ``.mo``/``.qm`` files kept in git say what their sources say.
"""

from __future__ import annotations

import io
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from gui.english_plurals import SINGULAR
from tests.helpers.scripts import load_script

FOLDER = Path(__file__).resolve().parents[2] / "importer" / "resources" / "translations"
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


def parse_ts(path: Path) -> list[TsMessage]:
    root = ET.parse(path).getroot()
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


def ts(language: str) -> list[TsMessage]:
    return parse_ts(FOLDER / f"gui_{language}.ts")


@pytest.fixture(scope="module")
def marked_in_gui(
    translations: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> list[TsMessage]:
    """Every text the wizard's code marks, as lupdate extracts it now."""
    fresh = tmp_path_factory.mktemp("lupdate") / "gui_de.ts"
    command = [translations.qt_tool("lupdate"), *translations.gui_sources(), "-ts", str(fresh)]
    subprocess.run(command, cwd=translations.ROOT, check=True, capture_output=True)
    return parse_ts(fresh)


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


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_wizard_catalog_is_complete(language: str) -> None:
    messages = ts(language)
    assert messages, "an empty catalog"
    assert list(ts_problems(messages)) == []


def test_every_counted_phrase_has_its_english_singular(marked_in_gui: list[TsMessage]) -> None:
    counted = {(m.context, m.source) for m in marked_in_gui if m.numerus}
    assert set(SINGULAR) == counted, "add or remove entries in gui/english_plurals.py"
    for (context, source), one in SINGULAR.items():
        assert one, f"an empty singular: {context}: {source}"
        assert placeholders(one) - {"%n"} == placeholders(source) - {"%n"}, source


def test_the_engine_catalogs_hold_what_the_code_marks(translations: ModuleType) -> None:
    template = translations.engine_template()
    marked = {(m.context, _msgids(m)) for m in template if m.id}
    for language in TRANSLATED:
        held = {(m.context, _msgids(m)) for m in po(language) if m.id}
        assert held == marked, f"run scripts/translations.py update ({language})"


def test_the_wizard_catalogs_hold_what_the_code_marks(marked_in_gui: list[TsMessage]) -> None:
    marked = {(m.context, m.source) for m in marked_in_gui}
    for language in TRANSLATED:
        held = {(m.context, m.source) for m in ts(language)}
        assert held == marked, f"run scripts/translations.py update ({language})"


def compiled_name(source: Path) -> str:
    return source.with_suffix(".mo" if source.suffix == ".po" else ".qm").name


def test_the_compiled_catalogs_say_what_their_sources_say(translations: ModuleType) -> None:
    compiled = {p.name for p in FOLDER.glob("*.[mq][om]")}
    sources = {compiled_name(p) for p in FOLDER.glob("*.[pt][os]")}
    assert compiled == sources, "one compiled catalog per source: scripts/translations.py compile"
    for language in TRANSLATED:
        po_source, mo = FOLDER / f"importer_{language}.po", FOLDER / f"importer_{language}.mo"
        fresh = translations.mo_content(translations.mo_bytes(po_source))
        assert translations.mo_content(mo.read_bytes()) == fresh, f"compile {mo.name} again"
        ts_source, qm = FOLDER / f"gui_{language}.ts", FOLDER / f"gui_{language}.qm"
        assert qm.read_bytes() == translations.qm_bytes(ts_source), f"compile {qm.name} again"


def test_a_stale_compiled_catalog_is_found(translations: ModuleType) -> None:
    source = FOLDER / "importer_de.po"
    with source.open("rb") as stream:
        catalog = read_po(stream, locale="de")
    catalog["Report"].string = "Etwas anderes"
    stale = io.BytesIO()
    write_mo(stale, catalog, use_fuzzy=False)
    fresh = translations.mo_content(translations.mo_bytes(source))
    assert translations.mo_content(stale.getvalue()) != fresh


def test_a_wrong_translation_is_found() -> None:
    catalog = Catalog(locale="de", fuzzy=False)
    catalog.add("{n} rows in {file}", "{n} Zeilen in {datei}")
    catalog.add("Hello", "")
    problems = list(po_problems(catalog))
    assert any("placeholders" in p for p in problems)
    assert any("untranslated" in p for p in problems)
    bad = TsMessage("Page", "%Ln rows of {file}", True, True, ("%Ln Zeile von {file}", ""))
    assert list(ts_problems([bad])) == ["untranslated or unfinished: Page: %Ln rows of {file}"]
