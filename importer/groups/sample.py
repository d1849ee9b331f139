"""The groups a few cells of the lists column name, for showing before the whole file is read
(Match columns: "3 groups: VIP, Newsletter, Team")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from importer.groups.cells import CellReader
from importer.groups.names import list_key
from importer.groups.separators import GroupSeparator, detect_separator
from importer.sources.base import CellValue


def sample_groups(
    values: Sequence[CellValue], separator: GroupSeparator | None
) -> tuple[GroupSeparator, list[str]]:
    """The separator (``separator``, else the one ``values`` hold) and the distinct groups
    ``values`` name with it, the most named first (as the file first spells each)."""
    used = separator or detect_separator(values)
    reader = CellReader(used)
    rows: Counter[str] = Counter()
    names: dict[str, str] = {}
    for value in values:
        for name in reader.names(value):
            key = list_key(name)
            names.setdefault(key, name)
            rows[key] += 1
    return used, [names[key] for key, _count in rows.most_common()]
