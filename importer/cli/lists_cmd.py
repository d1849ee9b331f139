"""`contact-importer lists`: the id and name of each Sociocs contact list."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from importer.api.client import DEFAULT_API_URL, SociocsClient
from importer.api.errors import ApiError
from importer.api_key import ENV_VAR, require_api_key

EXIT_STOPPED = 3


def register(subparsers: Any) -> None:
    """Add the `lists` sub-parser."""
    parser = subparsers.add_parser(
        "lists",
        help="show the id and name of each Sociocs contact list",
        description="Show the id and name of each contact list of your Sociocs account. "
        f"The API key comes from the {ENV_VAR} environment variable or the key saved by "
        "the import wizard. Exit status: 0 ok, 2 missing key or bad address, "
        "3 Sociocs could not be used (key refused, network).",
    )
    parser.add_argument(
        "--api-url",
        default=DEFAULT_API_URL,
        metavar="URL",
        help=f"API address (default {DEFAULT_API_URL}; a local sandbox may use http://127.0.0.1)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print one ``id  name`` line per list."""
    key = require_api_key()
    with SociocsClient(key, args.api_url) as client:
        try:
            lists = client.lists()
        except ApiError as exc:
            print(f"contact-importer: {exc.user_text()}", file=sys.stderr)
            return EXIT_STOPPED
    if not lists:
        print("No contact lists. Contacts can still go to All Contacts (list id 0).")
        return 0
    width = max(len(str(item.id)) for item in lists)
    print(f"{'ID':>{width}}  NAME")
    for item in lists:
        print(f"{item.id:>{width}}  {item.name}")
    return 0
