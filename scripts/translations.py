"""Keep the translation catalogs in step with the code, and compile them.

    python scripts/translations.py update    # after changing texts: extract, merge, compile
    python scripts/translations.py compile   # .po → .mo, .ts → .qm (after editing a translation)

The sources live in ``importer/resources/translations/``: ``importer_<lang>.po`` (gettext, the
engine's messages, extracted by Babel from ``importer/``) and ``gui_<lang>.ts`` (Qt Linguist,
the wizard's texts, extracted by ``pyside6-lupdate`` from ``gui/``). English has no catalog: it
is the source, and the wizard's counted phrases have their English singular in
``gui/english_plurals.py``. ``update`` adds new texts untranslated, marks changed ones for
review (fuzzy / unfinished), drops vanished ones, fills the country names from CLDR
(Babel's data) and writes the spellings a Country column is read with
(``scripts/country_names.py``). The compiled ``.mo``/``.qm`` files are kept in git beside
their sources, so every way of running or installing the program has them; ``compile``
rewrites a compiled file only when its content changed, and ``tests/unit/test_catalogs.py``
fails while one is out of step with its source.
"""

from __future__ import annotations

import copy
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "importer" / "resources" / "translations"
LANGUAGES = ("de", "es", "fr", "pt_BR")
"""The translated languages (English is the source)."""
ENGINE = "importer"
GUI = "gui"
KEYWORDS = {
    "_": None,
    "N_": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "plural": (2, 3),
}
"""Babel extraction keywords: ``plural(count, one, many)`` gives the singular and plural."""
COUNTRY_CONTEXT = "country"
HEADER = (
    "# The Sociocs Contact Importer's engine messages (importer/).\n"
    "# Update with: python scripts/translations.py update"
)


def po_file(language: str) -> Path:
    """The engine catalog of ``language``."""
    return FOLDER / f"{ENGINE}_{language}.po"


def ts_file(language: str) -> Path:
    """The wizard catalog of ``language`` (``en``: counted phrases only)."""
    return FOLDER / f"{GUI}_{language}.ts"


def qt_tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python (the .venv), else on PATH."""
    suffix = ".exe" if os.name == "nt" else ""
    beside = Path(sys.executable).with_name(f"pyside6-{name}{suffix}")
    return str(beside) if beside.exists() else shutil.which(f"pyside6-{name}") or name


def gui_sources() -> list[str]:
    """Every Python file of ``gui/``, relative to the root (stable order)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))


def engine_template():  # type: ignore[no-untyped-def]
    """The engine's messages (a Babel catalog), with the country names under "country"."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    sys.path.insert(0, str(ROOT))
    from importer.phones.countries import COUNTRY_NAMES

    template = Catalog(project="Sociocs Contact Importer", charset="utf-8")
    methods = [("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
        str(ROOT / ENGINE), methods, keywords=KEYWORDS, comment_tags=("Translators:",)
    ):
        template.add(
            message,
            locations=[(f"{ENGINE}/{filename}", lineno)],
            auto_comments=comments,
            context=context,
        )
    for name in COUNTRY_NAMES.values():
        template.add(name, context=COUNTRY_CONTEXT)
    return template


def fill_country_names(catalog, language: str) -> None:  # type: ignore[no-untyped-def]
    """Country names without a translation get CLDR's name in ``language``."""
    from babel import Locale

    sys.path.insert(0, str(ROOT))
    from importer.phones.countries import COUNTRY_NAMES

    names = Locale.parse(language).territories
    for code, english in COUNTRY_NAMES.items():
        message = catalog.get(english, context=COUNTRY_CONTEXT)
        if message is not None and not message.string and code in names:
            message.string = names[code]
            message.flags.discard("fuzzy")


def update_engine() -> None:
    """Extract the engine's messages and merge them into each ``importer_<lang>.po``."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    template = engine_template()
    for language in LANGUAGES:
        path = po_file(language)
        if path.exists():
            with path.open("rb") as stream:
                catalog = read_po(stream, locale=language)
        else:
            catalog = Catalog(
                locale=language, project=template.project, header_comment=HEADER, fuzzy=False
            )
        created = catalog.creation_date
        catalog.update(copy.deepcopy(template), update_header_comment=False)
        catalog.creation_date = created
        fill_country_names(catalog, language)
        with path.open("wb") as stream:
            write_po(
                stream,
                catalog,
                width=100,
                omit_header=False,
                ignore_obsolete=True,
                include_lineno=False,
                sort_output=False,
            )
        print(f"{path.relative_to(ROOT)}: {len(catalog)} messages")


def update_gui() -> None:
    """Extract the wizard's texts and merge them into each ``gui_<lang>.ts``."""
    common = [qt_tool("lupdate"), *gui_sources(), "-no-obsolete", "-locations", "none"]
    common += ["-source-language", "en"]
    for language in LANGUAGES:
        subprocess.run(
            [*common, "-target-language", language, "-ts", str(ts_file(language))],
            cwd=ROOT,
            check=True,
        )


def load_script_beside(name: str):  # type: ignore[no-untyped-def]
    """The module of ``scripts/<name>.py`` (the scripts folder is no package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def mo_bytes(source: Path) -> bytes:
    """The compiled form of the engine catalog ``source`` (fuzzy entries left out)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with source.open("rb") as stream:
        catalog = read_po(stream)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def mo_content(data: bytes) -> tuple[str, dict[tuple[object, object], object]]:
    """What a compiled engine catalog says: its plural rule and every message (Babel's version,
    which the file's header names, left aside)."""
    from babel.messages.mofile import read_mo

    def frozen(value: object) -> object:
        return tuple(value) if isinstance(value, list) else value

    catalog = read_mo(io.BytesIO(data))
    messages = {(m.context, frozen(m.id)): frozen(m.string) for m in catalog if m.id}
    return catalog.plural_forms, messages


def qm_bytes(source: Path) -> bytes:
    """The compiled form of the wizard catalog ``source`` (lrelease writes the same bytes for
    the same source)."""
    with tempfile.TemporaryDirectory() as work:
        target = Path(work) / source.with_suffix(".qm").name
        subprocess.run(
            [qt_tool("lrelease"), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
        return target.read_bytes()


def compile_engine() -> int:
    """Each ``importer_<lang>.po`` → ``.mo`` where the messages changed; returns how many."""
    done = 0
    for source in sorted(FOLDER.glob(f"{ENGINE}_*.po")):
        target, data = source.with_suffix(".mo"), mo_bytes(source)
        if not target.exists() or mo_content(target.read_bytes()) != mo_content(data):
            target.write_bytes(data)
            done += 1
    return done


def compile_gui() -> int:
    """Each ``gui_<lang>.ts`` → ``.qm`` with lrelease where it changed; returns how many."""
    done = 0
    for source in sorted(FOLDER.glob(f"{GUI}_*.ts")):
        target, data = source.with_suffix(".qm"), qm_bytes(source)
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
            done += 1
    return done


def main(argv: list[str]) -> int:
    """``update`` or ``compile``."""
    if not argv or argv[0] not in {"update", "compile"}:
        print(__doc__)
        return 2
    if argv[0] == "update":
        update_engine()
        update_gui()
        load_script_beside("country_names").main()
    done = compile_engine() + compile_gui()
    print(f"translations: {done} catalog(s) compiled in {FOLDER.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
