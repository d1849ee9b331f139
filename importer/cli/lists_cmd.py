"""`contact-importer lists`: the id and name of each Sociocs contact list."""

from __future__ import annotations

import argparse
from typing import Any

from importer.api.errors import ApiError
from importer.cli import exit_status
from importer.cli.api_options import KEY_SOURCE, add_api_url_option, open_client
from importer.cli.output import tell_error
from importer.i18n import _


def register(subparsers: Any) -> None:
    """Add the `lists` sub-parser."""
    parser = subparsers.add_parser(
        "lists",
        help="show the id and name of each Sociocs contact list",
        description="Show the id and name of each contact list of your Sociocs account. "
        f"{KEY_SOURCE} Exit status: 0 ok, 2 missing key or bad address, "
        "3 Sociocs could not be used (key refused, network).",
    )
    add_api_url_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print one ``id  name`` line per list."""
    with open_client(args) as client:
        try:
            lists = client.lists()
        except ApiError as exc:
            tell_error(exc.user_text())
            return exit_status.STOPPED
    if not lists:
        print(_("No contact lists. Contacts can still go to All Contacts (list id 0)."))
        return exit_status.OK
    width = max(len(str(item.id)) for item in lists)
    print(f"{_('ID'):>{width}}  {_('NAME')}")
    for item in lists:
        print(f"{item.id:>{width}}  {item.name}")
    return exit_status.OK
