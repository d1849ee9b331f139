"""What `check` prints: a JSON object for tools, or a short summary for people."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any

from importer.cell_text import cell_text
from importer.check.country_hint import country_hint_text
from importer.check.counts import RowCounts
from importer.check.issues import Issue
from importer.check.result import CheckResult
from importer.check.row_countries import destinations
from importer.check.row_groups import group_rows
from importer.columns import column_letter
from importer.i18n import _, format_count
from importer.mapping.layouts import recognise_layout
from importer.mapping.model import Mapping
from importer.phones.countries import country_name
from importer.phones.normalize import dial_code
from importer.sources.table import NO_TITLES
from importer.wording import plural

MAX_JSON_ISSUES = 1_000
MAX_JSON_GROUPS = 1_000
SHOWN_ISSUES = 10
SHOWN_GROUPS = 10


def iter_issues(result: CheckResult) -> Iterator[Issue]:
    """Every issue in sheet order."""
    for index in sorted(result.issues):
        yield from result.issues[index]


def column_json(mapping: Mapping, index: int) -> dict[str, str]:
    """One column by its letter and its title: ``{"letter": "C", "title": "Mobile"}``."""
    return {"letter": column_letter(index), "title": mapping.columns[index].header}


def mapping_json(mapping: Mapping) -> dict[str, Any]:
    """The mapping: phone_number, name (list) and extra_fields {key: column}, each column
    named by letter and title."""
    phone = mapping.phone_index
    return {
        "phone_number": None if phone is None else column_json(mapping, phone),
        "name": [column_json(mapping, i) for i in mapping.name_indices],
        "extra_fields": {key: column_json(mapping, i) for key, i in mapping.extra_fields.items()},
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
    country = result.mapping.country_index
    lists = result.mapping.lists_index
    return {
        "file": str(result.path),
        "sheet": result.sheet,
        "header_row": result.header_row,
        "layout": None if layout is None else layout.name,
        **result.summary(),
        "country": result.country,
        "country_column": None if country is None else column_json(result.mapping, country),
        "countries": dict(result.rows_per_country().most_common()),
        "list_column": None if lists is None else column_json(result.mapping, lists),
        "list_separator": None if result.list_separator is None else result.list_separator.value,
        "groups": groups_json(result),
        "send_unverified": result.send_unverified,
        "suggested_country": result.suggested_country,
        "mapping": mapping_json(result.mapping),
        "issue_codes": result.issue_codes(),
        "issues": issues,
    }


def groups_json(result: CheckResult) -> list[dict[str, object]]:
    """The groups the ready rows name, most rows first: ``[{"name", "rows"}]`` (at most
    :data:`MAX_JSON_GROUPS`)."""
    found = group_rows(result, result.ready_indices()).values()
    return [{"name": name, "rows": rows} for name, rows in islice(found, MAX_JSON_GROUPS)]


def groups_sentence(result: CheckResult) -> str:
    """'Groups (each a list): VIP 120, Team 40, Newsletter 12.' ("" without a lists column)."""
    if result.mapping.lists_index is None:
        return ""
    found = group_rows(result, result.ready_indices())
    if not found:
        return _("The lists column names no group.")
    shown = ", ".join(
        f"{cell_text(name)} {format_count(rows)}"
        for name, rows in islice(found.values(), SHOWN_GROUPS)
    )
    if len(found) > SHOWN_GROUPS:
        shown += _(" and {n} more").format(n=format_count(len(found) - SHOWN_GROUPS))
    return plural(
        len(found),
        "{n} group (it becomes a list): {groups}.",
        "{n} groups (each becomes a list): {groups}.",
        groups=shown,
    )


def _column(mapping: Mapping, index: int) -> str:
    header = mapping.columns[index].header
    if not header:
        return column_letter(index)
    return _('{letter} "{title}"').format(letter=column_letter(index), title=cell_text(header))


def mapping_lines(mapping: Mapping) -> list[str]:
    """The mapping in words, one line per part."""
    phone = mapping.phone_index
    lines = [
        _("Phone number: column {column}").format(column=_column(mapping, phone))
        if phone is not None
        else ""
    ]
    if mapping.name_indices:
        names = " + ".join(_column(mapping, i) for i in mapping.name_indices)
        lines.append(_("Name: {columns}").format(columns=names))
    country = mapping.country_index
    if country is not None:
        lines.append(
            _("Country of each row: column {column}").format(column=_column(mapping, country))
        )
    lists = mapping.lists_index
    if lists is not None:
        lines.append(
            _("Lists of each row (its groups): column {column}").format(
                column=_column(mapping, lists)
            )
        )
    if mapping.extra_fields:
        fields = ", ".join(f"{key} ({column_letter(i)})" for key, i in mapping.extra_fields.items())
        lines.append(_("Extra fields: {fields}").format(fields=fields))
    return [line for line in lines if line]


def counts_sentence(counts: RowCounts) -> str:
    """'48 rows: 30 ready to send, 2 ready with a note, 16 cannot be sent, 0 duplicates.'"""
    template = _(
        "{rows}: {ready} ready to send, {noted} ready with a note, {invalid} cannot be sent, "
        "{duplicates}."
    )
    return template.format(
        rows=plural(counts.rows, "{n} row", "{n} rows"),
        ready=format_count(counts.ready),
        noted=format_count(counts.noted),
        invalid=format_count(counts.invalid),
        duplicates=plural(counts.duplicates, "{n} duplicate", "{n} duplicates"),
    )


def country_sentence(region: str) -> str:
    """'Numbers without a country code were read as United States (+1) numbers.'"""
    name = country_name(region)
    return _("Numbers without a country code were read as {country} (+{code}) numbers.").format(
        country=name, code=dial_code(region)
    )


def countries_sentence(result: CheckResult) -> str:
    """How numbers were read: in one country, or in each row's own ("… column F "Country";
    rows without one: United States (+1). Brazil 7, India 6, …")."""
    column = result.mapping.country_index
    if column is None:
        return country_sentence(result.country)
    said = _(
        "Numbers without a country code were read in each row's country (column {column}); "
        "rows without one: {country} (+{code})."
    ).format(
        column=_column(result.mapping, column),
        country=country_name(result.country),
        code=dial_code(result.country),
    )
    named = result.named_countries()
    if not named:
        return said
    found = ", ".join(
        f"{country_name(region)} {format_count(rows)}" for region, rows in named.most_common()
    )
    listed = _("Countries found: {countries}.").format(countries=found)
    return f"{said} {listed}"


def unverified_sentence(result: CheckResult) -> str:
    """What happens to numbers libphonenumber does not know as in use, when there are any:
    those valid in a country the file points to are never sent; the others only with
    --send-unverified."""
    rows, _explained = result.unverified_rows()
    said = [
        _explained_sentence(region, count, region == result.suggested_country)
        for region, count in result.explaining_countries().most_common()
    ]
    if rows and result.send_unverified:
        said.append(
            plural(
                rows,
                "{n} row has a number not known to be in use; it is sent, as --send-unverified "
                "asks.",
                "{n} rows have numbers not known to be in use; they are sent, as "
                "--send-unverified asks.",
            )
        )
    elif rows:
        said.append(
            plural(
                rows,
                "{n} row has a number of the right length that is not known to be in use, so it "
                "cannot be sent. Check it, or pass --send-unverified if the number is new.",
                "{n} rows have numbers of the right length that are not known to be in use, so "
                "they cannot be sent. Check them, or pass --send-unverified if those numbers are "
                "new.",
            )
        )
    return " ".join(said)


def _explained_sentence(region: str, rows: int, suggested: bool) -> str:
    """Why ``rows`` numbers that cannot be verified are not sent: they are valid in
    ``region`` (the suggested country when ``suggested``)."""
    if suggested:
        return plural(
            rows,
            "{n} row has a number that is not known to be in use here but is valid in "
            "{country}, where the file points: it is not sent, even with --send-unverified.",
            "{n} rows have numbers that are not known to be in use here but are valid in "
            "{country}, where the file points: they are not sent, even with "
            "--send-unverified.",
            country=country_name(region),
        )
    return plural(
        rows,
        "{n} row has a number that is not known to be in use here but is valid in {country}: "
        "it is not sent, even with --send-unverified. If that is what it is, write it with "
        "+{code}, or check the file with --country {iso}.",
        "{n} rows have numbers that are not known to be in use here but are valid in "
        "{country}: they are not sent, even with --send-unverified. If that is what they are, "
        "write them with +{code}, or check the file with --country {iso}.",
        country=country_name(region),
        code=dial_code(region),
        iso=region,
    )


def destinations_sentence(result: CheckResult) -> str:
    """'The numbers go to: 38 × France +33, 2 × United States +1.' ("" when none is sent)."""
    going = destinations(result, result.ready_indices())
    if not going:
        return ""
    found = ", ".join(
        f"{format_count(rows)} × {country_name(region)} +{code}" for region, code, rows in going
    )
    return _("The numbers go to: {countries}.").format(countries=found)


def titles_line(result: CheckResult) -> str:
    """The file, its sheet and where the column titles are ("no title row": every row is data)."""
    if result.header_row == NO_TITLES:
        return _('{file}, sheet "{sheet}", no title row').format(
            file=result.path.name, sheet=result.sheet
        )
    return _('{file}, sheet "{sheet}", titles in row {row}').format(
        file=result.path.name, sheet=result.sheet, row=result.header_row
    )


def summary_text(result: CheckResult) -> str:
    """A few lines for people: file, mapping, counts, the country and the first problems."""
    layout = recognise_layout(result.headers)
    lines = [
        titles_line(result),
        *([_("Recognised: {layout}").format(layout=layout.name)] if layout is not None else []),
        *mapping_lines(result.mapping),
        counts_sentence(result.counts()),
        countries_sentence(result),
        groups_sentence(result),
        unverified_sentence(result),
    ]
    if result.suggested_country is not None:
        lines.append(country_hint_text(result.suggested_country))
    shown = list(islice(iter_issues(result), SHOWN_ISSUES))
    if shown:
        lines.append(_("First problems:"))
        lines.extend(
            "  "
            + _("row {row}, column {column}: {problem}").format(
                row=i.row, column=i.column, problem=i.message
            )
            for i in shown
        )
        total = sum(len(issues) for issues in result.issues.values())
        if total > len(shown):
            lines.append(
                "  "
                + plural(
                    total - len(shown),
                    "… and {n} more (use --report to see them all)",
                    "… and {n} more (use --report to see them all)",
                )
            )
    return "\n".join(line for line in lines if line)
