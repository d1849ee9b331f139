"""The column that names each row's groups (labels, categories, tags): found by its title,
confirmed by its values.

Titles as exports and people write them — Labels, Group Membership, Categories, Tags, Group,
Groups, Lists, Gruppe, Kategorien, Grupo, Etiquetas, Groupe, Étiquettes … in the program's
languages, alone or with a word such as "Contact" ("Contact groups"); at least half of the
column's sample values must read as group names (text, not an e-mail address, a web address, a
yes/no mark or a number).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from importer.groups.cells import split_cell
from importer.groups.separators import detect_separator
from importer.mapping.titled_column import pick_titled
from importer.mapping.vocabulary import header_words
from importer.sources.base import CellValue

LIST_WORDS = frozenset(
    {
        "labels", "label", "group", "groups", "categories", "category", "tags", "tag",
        "lists", "list", "segments", "segment", "gruppe", "gruppen", "kategorien",
        "kategorie", "listen", "liste", "schlagworter", "grupo", "grupos", "etiquetas",
        "etiqueta", "categorias", "categoria", "listas", "lista", "marcadores", "groupe",
        "groupes", "etiquettes", "etiquette", "categorie", "listes", "gruppo", "gruppi",
    }
)  # fmt: skip
"""Title words (lowercase ASCII) announcing groups: English, German, Spanish and Portuguese,
French, Italian."""
QUALIFIER_WORDS = frozenset(
    {
        "contact", "contacts", "customer", "customers", "client", "clients", "my", "membership",
        "memberships", "kontakt", "kontakte", "kunden", "de", "du", "des", "do", "da", "dos",
        "der", "contacto", "contactos", "contato", "contatos", "cliente", "clientes",
    }
)  # fmt: skip
"""Words that may stand beside a group word in such a title ("Group Membership", "Contact
groups", "Grupos de contacto")."""
MIN_GROUP_SHARE = 0.5
"""The share of a column's non-empty sample values that must read as group names."""
_NOT_GROUPS = frozenset(
    {"yes", "no", "y", "n", "x", "true", "false", "ja", "nein", "si", "sim", "nao", "oui", "non"}
)
"""Marks of a yes/no column ("Tag: x"), never group names."""


def lists_header_score(header: str) -> float:
    """How clearly ``header`` announces groups: 0 not at all, 2 for the word alone ("Labels",
    "Kategorien"), 1 with a qualifying word ("Group Membership", "Contact groups")."""
    words = [w for w in header_words(header) if not w.isdigit()]
    found = LIST_WORDS.intersection(words)
    if len(found) != 1 or not set(words) <= LIST_WORDS | QUALIFIER_WORDS:
        return 0.0
    return 2.0 if len(words) == 1 else 1.0


def group_share(values: Sequence[CellValue]) -> tuple[float, int]:
    """The share of the non-empty ``values`` that name at least one group, and how many
    there were."""
    filled = [v for v in values if v is not None and v != ""]
    if not filled:
        return 0.0, 0
    separator = detect_separator(filled)
    named = sum(1 for v in filled if _looks_like_groups(v) and split_cell(v, separator).names)
    return named / len(filled), len(filled)


def _looks_like_groups(value: CellValue) -> bool:
    if not isinstance(value, str):
        return False
    text = value.strip().casefold()
    if text in _NOT_GROUPS or "@" in text or "://" in text:
        return False
    return not text.replace(" ", "").replace("-", "").replace(".", "").isdigit()


def pick_lists(
    headers: Sequence[str], columns: Sequence[Sequence[CellValue]], taken: Collection[int]
) -> int | None:
    """The column holding the rows' groups, if one is titled so and its values agree
    (``columns``: sample values; without a sample the title alone decides). Among several,
    the one naming groups in most rows, then the clearer title, then the first."""
    return pick_titled(headers, columns, taken, lists_header_score, group_share, MIN_GROUP_SHARE)
