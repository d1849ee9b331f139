"""Keep the translation catalogs in step with the code, and compile them.

    python scripts/translations.py update    # after changing texts: extract and merge
    python scripts/translations.py compile   # .po → .mo, .ts → .qm (the bootstrap and build run it)

The sources live in ``resources/translations/``: ``importer_<lang>.po`` (gettext, the engine's
messages, extracted by Babel from ``importer/``) and ``gui_<lang>.ts`` (Qt Linguist, the
wizard's texts, extracted by ``pyside6-lupdate`` from ``gui/``). ``gui_en.ts`` holds only the
counted phrases (their singular forms). ``update`` adds new texts untranslated, marks changed
ones for review (fuzzy / unfinished), drops vanished ones, and fills the country names from
CLDR (Babel's data). The compiled files are build products, ignored by git.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
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
    subprocess.run(
        [*common, "-pluralonly", "-target-language", "en", "-ts", str(ts_file("en"))],
        cwd=ROOT,
        check=True,
    )


def stale(source: Path, target: Path) -> bool:
    """Whether ``target`` is missing or older than ``source``."""
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def compile_engine(force: bool) -> int:
    """Each ``importer_<lang>.po`` → ``.mo`` (fuzzy entries left out); returns how many."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    done = 0
    for source in sorted(FOLDER.glob(f"{ENGINE}_*.po")):
        target = source.with_suffix(".mo")
        if force or stale(source, target):
            with source.open("rb") as stream:
                catalog = read_po(stream)
            with target.open("wb") as stream:
                write_mo(stream, catalog, use_fuzzy=False)
            done += 1
    return done


def compile_gui(force: bool) -> int:
    """Each ``gui_<lang>.ts`` → ``.qm`` with lrelease; returns how many."""
    todo = [
        p for p in sorted(FOLDER.glob(f"{GUI}_*.ts")) if force or stale(p, p.with_suffix(".qm"))
    ]
    for source in todo:
        subprocess.run(
            [qt_tool("lrelease"), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
            check=True,
        )
    return len(todo)


def main(argv: list[str]) -> int:
    """``update`` or ``compile`` (``--force`` compiles even up-to-date catalogs)."""
    if not argv or argv[0] not in {"update", "compile"}:
        print(__doc__)
        return 2
    if argv[0] == "update":
        update_engine()
        update_gui()
    done = compile_engine("--force" in argv) + compile_gui("--force" in argv)
    print(f"translations: {done} catalog(s) compiled in {FOLDER.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
