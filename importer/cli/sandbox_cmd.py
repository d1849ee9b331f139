"""`contact-importer sandbox`: a local practice server that behaves like the Sociocs API."""

from __future__ import annotations

import argparse
import contextlib
import re
import signal
import threading
from collections.abc import Iterator
from types import FrameType
from typing import Any

from importer.cli import exit_status
from importer.cli.arg_types import port_number, positive_int
from importer.cli.output import tell_error
from importer.i18n import _
from importer.sandbox.faults import RETRY_AFTER_STYLES, FaultPlan
from importer.sandbox.server import DEFAULT_SANDBOX_KEY, SandboxServer

DEFAULT_PORT = 8765
_RATE = re.compile(r"\s*(\d+)\s*(?:/\s*min(?:ute)?)?\s*", re.IGNORECASE)


def register(subparsers: Any) -> None:
    """Add the `sandbox` sub-parser."""
    parser = subparsers.add_parser(
        "sandbox",
        help="run a local practice server that behaves like the Sociocs API",
        description="Serve a practice copy of the Sociocs API on this computer "
        "(127.0.0.1), to rehearse imports without touching real contacts. "
        "Stop it with Ctrl+C.",
    )
    parser.add_argument(
        "--port", type=port_number, default=DEFAULT_PORT, help="0 picks a free port"
    )
    parser.add_argument("--db", metavar="PATH", default=":memory:", help="SQLite file to keep")
    parser.add_argument("--api-key", metavar="KEY", default=DEFAULT_SANDBOX_KEY)
    parser.add_argument(
        "--rate-limit", metavar="N/min", type=_rate, help="answer 429 beyond N requests a minute"
    )
    parser.add_argument(
        "--retry-after",
        choices=(*RETRY_AFTER_STYLES, "none"),
        default="seconds",
        help="form of the Retry-After header sent with 429 answers",
    )
    parser.add_argument("--server-errors-every", metavar="N", type=positive_int, default=None)
    parser.add_argument(
        "--server-error-status", type=int, choices=(500, 502, 503, 504), default=503
    )
    parser.add_argument("--delay", metavar="SECONDS", type=float, default=0.0)
    parser.add_argument(
        "--faults-on",
        metavar="PATH",
        action="append",
        default=[],
        help="inject the faults only into requests to PATH (repeatable), e.g. /lists or "
        "/contacts/add-to-list (default: every request)",
    )
    parser.add_argument(
        "--list-name-limit",
        metavar="N",
        type=positive_int,
        default=None,
        help="refuse new lists whose name is longer than N characters, as an account might "
        "(Sociocs documents no limit; default: none)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Serve until Ctrl+C or SIGTERM; exit status 0 (2 when the port cannot be used)."""
    plan = FaultPlan(
        rate_limit_per_minute=args.rate_limit,
        retry_after=None if args.retry_after == "none" else args.retry_after,
        server_error_every=args.server_errors_every,
        server_error_status=args.server_error_status,
        delay_seconds=max(args.delay, 0.0),
        only_paths=frozenset(args.faults_on),
    )
    server = SandboxServer(args.api_key, port=args.port, db_path=args.db, faults=plan)
    server.store.list_name_limit = args.list_name_limit
    try:
        server.start()
    except OSError as exc:
        tell_error(
            _(
                "cannot listen on 127.0.0.1 port {port} ({strerror}). Choose another port with "
                "--port, or --port 0 for any free one."
            ).format(port=args.port, strerror=exc.strerror)
        )
        return exit_status.UNUSABLE
    with _stop_requests() as stop:
        try:
            print(
                _("Sandbox running at {url} — API key {key}. Press Ctrl+C to stop.").format(
                    url=server.url, key=server.api_key
                ),
                flush=True,
            )
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
    server.stop()
    print(_("Sandbox stopped."), flush=True)
    return exit_status.OK


@contextlib.contextmanager
def _stop_requests() -> Iterator[threading.Event]:
    """An event set by SIGTERM, listened for before the address is printed: whoever reads the
    address may stop the server at once (Ctrl+C is caught as KeyboardInterrupt by the caller)."""
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = signal.signal(signal.SIGTERM, on_signal)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGTERM, previous)


def _rate(text: str) -> int:
    match = _RATE.fullmatch(text)
    if not match or int(match.group(1)) < 1:
        raise argparse.ArgumentTypeError(
            _("expected a rate such as 30/min, not {text!r}").format(text=text)
        )
    return int(match.group(1))
