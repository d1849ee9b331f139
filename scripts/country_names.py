"""Write ``resources/countries/names.json``: how people write each country, from CLDR (Babel).

    python scripts/country_names.py          # after updating Babel (translations.py update runs it)

A Country column says "Deutschland", "Allemagne", "DE", "DEU" or "UK". The engine reads such
values with this table (:mod:`importer.phones.country_values`): every country phonenumbers
knows, by its ISO 3166 alpha-2 code, its CLDR name in English and in the program's languages,
its ISO alpha-3 code and CLDR's other territory codes (``UK``), and its name in each of its
official languages (Italia, Nederland, 日本), plus the English variants CLDR holds as
alternatives (:data:`ENGLISH_VARIANTS`). Each spelling is stored folded the way the engine
folds a cell (case, accents, spaces and punctuation ignored). Where two countries share a
spelling, the earlier source in that order wins. Only these spellings ship (about 26 KB),
not Babel's locale data (32 MB).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "importer" / "resources" / "countries" / "names.json"
PROGRAM_LANGUAGES = ("en", "de", "es", "fr", "pt", "pt_BR")
"""CLDR names in these languages (English first; Portuguese both as in Portugal and Brazil)."""
LOCAL_STATUS = frozenset({"official", "de_facto_official"})
"""A territory's languages whose names for it count as its local names."""
ENGLISH_VARIANTS = {
    "United States of America": "US",
    "Great Britain": "GB",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    "Holland": "NL",
    "Ivory Coast": "CI",
    "Czech Republic": "CZ",
    "Swaziland": "SZ",
    "East Timor": "TL",
    "Turkey": "TR",
    "Macedonia": "MK",
}
"""English spellings CLDR keeps only as alternatives ("US-alt-long", "CI-alt-variant"), which
Babel leaves out, and the countries of the United Kingdom."""


def spellings(regions: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(spelling, region) for ``regions`` (code → English name), in order of precedence."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    yield from ((code, code) for code in regions)
    yield from ((english, code) for code, english in regions.items())
    yield from ENGLISH_VARIANTS.items()
    for language in PROGRAM_LANGUAGES:
        names = Locale.parse(language).territories
        yield from ((names[code], code) for code in regions if code in names)
    for alias, replacements in sorted(get_global("territory_aliases").items()):
        if not alias.isdigit() and len(replacements) == 1 and replacements[0] in regions:
            yield alias, replacements[0]
    languages = get_global("territory_languages")
    for code in regions:
        for language, info in languages.get(code, {}).items():
            if info.get("official_status") not in LOCAL_STATUS:
                continue
            try:
                names = Locale.parse(f"{language}_{code}").territories
            except (UnknownLocaleError, ValueError):
                continue
            if code in names:
                yield names[code], code


def build() -> dict[str, object]:
    """The table's JSON object: folded spelling → region, and where it comes from."""
    import babel

    sys.path.insert(0, str(ROOT))
    from importer.phones.countries import COUNTRY_NAMES
    from importer.phones.country_values import fold

    table: dict[str, str] = {}
    for spelling, region in spellings(COUNTRY_NAMES):
        key = fold(spelling)
        if key and not key.isdigit():
            table.setdefault(key, region)
    return {
        "source": f"Unicode CLDR, through Babel {babel.__version__}",
        "names": dict(sorted(table.items())),
    }


def text() -> str:
    """The file's text as :func:`main` writes it."""
    return json.dumps(build(), ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> int:
    """Write the table."""
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text(), encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
