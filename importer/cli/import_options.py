"""The options shared by `check` and `upload`: which file, sheet, columns and country, the
:class:`~importer.choices.ImportChoices` they make, and the check they lead to."""

from __future__ import annotations

import argparse
from pathlib import Path

from importer.choices import DEFAULT_COUNTRY, DuplicatePolicy, ImportChoices
from importer.cli.arg_types import header_row_number
from importer.cli.phone_column_hint import missing_phone_error
from importer.groups.separators import GroupSeparator
from importer.mapping.overrides import ColumnOverrides, apply_overrides
from importer.mapping.rules import require_valid
from importer.mapping.suggest import suggest_mapping, untitled_phone_column
from importer.mapping.template import load_template
from importer.phones.normalize import check_region
from importer.sources import open_source
from importer.sources.table import read_preview


def add_import_options(parser: argparse.ArgumentParser) -> None:
    """Add FILE and the sheet, column, country, duplicate and unverified-number options to
    ``parser``."""
    parser.add_argument(
        "file", metavar="FILE", type=Path, help="the spreadsheet (.xlsx .xls .ods .csv …)"
    )
    parser.add_argument(
        "--sheet", metavar="NAME", help="the sheet to read (default: the first with data)"
    )
    parser.add_argument(
        "--header-row",
        metavar="N",
        type=header_row_number,
        help="the row holding the column titles, 0 for a file without one (default: detected)",
    )
    _add_column_options(parser)
    parser.add_argument(
        "--country",
        metavar="XX",
        default=DEFAULT_COUNTRY,
        help=f"default country of numbers without a country code (default: {DEFAULT_COUNTRY})",
    )
    countries = parser.add_mutually_exclusive_group()
    countries.add_argument(
        "--country-column",
        metavar="COL",
        help="the column naming each row's country: its numbers without a country code are "
        "read there (default: detected from the titles and values)",
    )
    countries.add_argument(
        "--no-country-column",
        action="store_true",
        help="read every number without a country code in --country, whatever a column says",
    )
    lists = parser.add_mutually_exclusive_group()
    lists.add_argument(
        "--list-column",
        metavar="COL",
        help="the column naming each row's groups (labels, categories, tags): each group "
        "becomes a Sociocs list its contacts join (default: detected from the titles and "
        "values)",
    )
    lists.add_argument(
        "--no-list-column",
        action="store_true",
        help="make no lists of groups: a column of groups is sent as an extra field",
    )
    parser.add_argument(
        "--list-separator",
        choices=[separator.value for separator in GroupSeparator],
        metavar="SEP",
        help="what separates several groups in one cell: ':::' (Google), ';' (Outlook), ',' "
        "(vCard, Mailchimp), '|', newline, or none (one group per cell); default: detected",
    )
    parser.add_argument(
        "--duplicates",
        choices=[policy.value for policy in DuplicatePolicy],
        default=DuplicatePolicy.LAST.value,
        help="which row of a repeated phone number is kept (default: last, as the server does)",
    )
    parser.add_argument(
        "--send-unverified",
        action="store_true",
        help="also send numbers of the right length that the phone number data does not know "
        "as in use (for ranges newer than the data); placeholders are never sent",
    )


def _add_column_options(parser: argparse.ArgumentParser) -> None:
    columns = parser.add_argument_group("columns (COL is a column title or a letter such as C)")
    columns.add_argument("--phone", metavar="COL", help="the phone number column")
    columns.add_argument(
        "--name",
        metavar="COL",
        action="append",
        default=[],
        help="the name column; give it twice for first + last name",
    )
    columns.add_argument(
        "--extra",
        metavar="COL[=KEY]",
        action="append",
        default=[],
        help="send the column as an extra field (repeatable)",
    )
    columns.add_argument(
        "--ignore",
        metavar="COL",
        action="append",
        default=[],
        help="leave the column out (repeatable)",
    )
    columns.add_argument(
        "--phone-fallback",
        metavar="COL",
        action="append",
        default=[],
        help="when the phone cell is empty, take the number from COL (repeatable, in order)",
    )
    columns.add_argument(
        "--no-extra", action="store_true", help="send only the columns chosen explicitly"
    )
    columns.add_argument(
        "--template", metavar="PATH", type=Path, help="a saved mapping template (JSON)"
    )


def overrides_from(args: argparse.Namespace) -> ColumnOverrides:
    """The explicit column choices given on the command line."""
    return ColumnOverrides(
        phone=args.phone,
        names=tuple(args.name),
        extras=tuple(args.extra),
        ignore=tuple(args.ignore),
        no_extra=args.no_extra,
        fallbacks=tuple(args.phone_fallback),
        country=args.country_column,
        no_country=args.no_country_column,
        lists=args.list_column,
        no_lists=args.no_list_column,
    )


def resolve_import(args: argparse.Namespace) -> ImportChoices:
    """The import's choices: the options, with the sheet's header read and the column mapping
    built and checked.

    The mapping is the template's (``--template``) or the suggested one, with the explicit
    column options applied. Raises :class:`ImporterError` subclasses the CLI reports as-is.
    """
    choices = ImportChoices(
        args.file,
        sheet=args.sheet,
        header_row=args.header_row,
        country=check_region(args.country),
        duplicates=DuplicatePolicy(args.duplicates),
        send_unverified=args.send_unverified,
        list_separator=GroupSeparator(args.list_separator) if args.list_separator else None,
    )
    with open_source(choices.path) as source:
        preview = read_preview(source, choices.sheet, choices.header_row)
        several_sheets = len(source.sheets()) > 1
    if args.template is not None:
        mapping = load_template(args.template, preview.headers, preview.rows)
    else:
        mapping = suggest_mapping(preview.headers, preview.rows, country=choices.country)
    mapping = apply_overrides(mapping, preview.headers, overrides_from(args))
    if mapping.phone_index is None:
        sheet = preview.sheet if several_sheets else None
        untitled = untitled_phone_column(preview.headers, preview.rows, choices.country)
        raise missing_phone_error(choices.path, sheet, preview.headers, untitled)
    require_valid(mapping)
    return choices.with_changes(sheet=preview.sheet, header_row=preview.header_row, mapping=mapping)
