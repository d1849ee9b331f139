"""What `check` prints: a JSON object for tools, or a short summary for people."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any

from importer.check.country_hint import country_hint_text, suggest_country
from importer.check.issues import Issue
from importer.check.result import CheckResult
from importer.columns import column_letter
from importer.mapping.layouts import recognise_layout
from importer.mapping.model import Mapping
from importer.wording import plural

MAX_JSON_ISSUES = 1_000
SHOWN_ISSUES = 10


def iter_issues(result: CheckResult) -> Iterator[Issue]:
    """Every issue in sheet order."""
    for index in sorted(result.issues):
        yield from result.issues[index]


def mapping_json(mapping: Mapping) -> dict[str, Any]:
    """The mapping by column letter: phone_number, name (list), extra_fields {key: letter}."""
    phone = mapping.phone_index
    return {
        "phone_number": None if phone is None else column_letter(phone),
        "name": [column_letter(i) for i in mapping.name_indices],
        "extra_fields": {key: column_letter(i) for key, i in mapping.extra_fields.items()},
    }


def check_json(result: CheckResult) -> dict[str, Any]:
    """The JSON object `check --json` prints."""
    issues = [
        {
            "row": i.row,
            "column": i.column,
            "severity": i.severity.value,
            "code": i.code,
            "message": i.message,
        }
        for i in islice(iter_issues(result), MAX_JSON_ISSUES)
    ]
    layout = recognise_layout(result.headers)
    return {
        "file": str(result.path),
        "sheet": result.sheet,
        "header_row": result.header_row,
        "layout": None if layout is None else layout.name,
        **result.summary(),
        "country": result.country,
        "suggested_country": suggest_country(result),
        "mapping": mapping_json(result.mapping),
        "issue_codes": result.issue_codes(),
        "issues": issues,
    }


def _column(mapping: Mapping, index: int) -> str:
    header = mapping.columns[index].header
    return f'{column_letter(index)} "{header}"' if header else column_letter(index)


def mapping_lines(mapping: Mapping) -> list[str]:
    """The mapping in words, one line per part."""
    phone = mapping.phone_index
    lines = [f"Phone number: column {_column(mapping, phone)}" if phone is not None else ""]
    if mapping.name_indices:
        lines.append("Name: " + " + ".join(_column(mapping, i) for i in mapping.name_indices))
    if mapping.extra_fields:
        fields = ", ".join(f"{key} ({column_letter(i)})" for key, i in mapping.extra_fields.items())
        lines.append(f"Extra fields: {fields}")
    return [line for line in lines if line]


def summary_text(result: CheckResult) -> str:
    """A few lines for people: file, mapping, counts and the first problems."""
    counts = result.summary()
    layout = recognise_layout(result.headers)
    lines = [
        f'{result.path.name}, sheet "{result.sheet}", titles in row {result.header_row}',
        *([f"Recognised: {layout.name}"] if layout is not None else []),
        *mapping_lines(result.mapping),
        f"{plural(counts['rows'], '{n} row', '{n} rows')}: {counts['valid']:,} ready, "
        f"{counts['invalid']:,} invalid, "
        f"{plural(counts['duplicates'], '{n} duplicate', '{n} duplicates')}, "
        f"{counts['warnings']:,} with warnings (default country {result.country})",
    ]
    suggested = suggest_country(result)
    if suggested is not None:
        lines.append(country_hint_text(suggested))
    shown = list(islice(iter_issues(result), SHOWN_ISSUES))
    if shown:
        lines.append("First problems:")
        lines.extend(f"  row {i.row}, column {i.column}: {i.message}" for i in shown)
        total = sum(len(issues) for issues in result.issues.values())
        if total > len(shown):
            lines.append(f"  … and {total - len(shown):,} more (use --report to see them all)")
    return "\n".join(lines)
