"""The options shared by the commands that talk to Sociocs (`lists`, `upload`)."""

from __future__ import annotations

import argparse

from importer.api.client import DEFAULT_API_URL, SociocsClient
from importer.api_key import ENV_VAR, require_api_key

KEY_SOURCE = (
    f"The API key comes from the {ENV_VAR} environment variable or the key saved by the "
    "import wizard (never from the command line)."
)


def add_api_url_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--api-url URL`` (default: the real Sociocs API)."""
    parser.add_argument(
        "--api-url",
        default=DEFAULT_API_URL,
        metavar="URL",
        help=f"API address (default {DEFAULT_API_URL}; a local sandbox may use http://127.0.0.1)",
    )


def open_client(args: argparse.Namespace) -> SociocsClient:
    """A client for ``args.api_url`` with the user's key (raises MissingApiKeyError if none)."""
    return SociocsClient(require_api_key(), args.api_url)
