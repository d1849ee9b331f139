"""Capture what the command line gives for a set of files, so a refactoring can be proven
behaviour-preserving: run it before and after, then ``diff -r`` the two folders.

    mkdir /tmp/base && git archive main | tar -x -C /tmp/base       # the state before
    .venv/bin/python /tmp/base/scripts/capture_outputs.py --corpus ../shared/corpus /tmp/before
    .venv/bin/python scripts/capture_outputs.py /tmp/after            # this checkout
    diff -r /tmp/before /tmp/after && echo identical

For every file (the bundled samples, every file of ``../shared/corpus`` when present, and a
generated messy sheet of ``--messy`` rows) it writes into ``OUT/<file>/``:

- ``check.json`` and ``check-report.csv`` / ``check-report.xlsx.tsv``: ``check --json`` and
  ``check --report`` (an .xlsx report is written out cell by cell: its zip holds timestamps);
- ``dry-run.json`` and ``dry-run-report.csv``: ``upload --dry-run --json`` against an empty
  sandbox;
- ``upload.txt``, ``upload-report.xlsx.tsv`` and ``sandbox-after-upload.tsv``: ``upload --yes``
  and every contact and list membership the sandbox then holds;
- ``again.json``: the dry run repeated once the contacts are there (``--existing replace``);
- ``undo.txt`` and ``sandbox-after-undo.tsv``: ``undo --yes`` of that upload, and what is left.

Each command's standard output, error output and exit status are kept. What differs from run
to run by nature (import ids made of the start time, dates, the temporary folder) is replaced
by a fixed placeholder, and so is the checkout's own folder, so that two checkouts compare.
Commands run in this process (the script imports the checkout it sits in), one fresh sandbox
(SQLite file) and one fresh program folder per file.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import os
import re
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import write_csv  # noqa: E402
from importer.cli.main import main as cli  # noqa: E402
from importer.resources import resource_path  # noqa: E402
from importer.sandbox.server import SandboxServer  # noqa: E402
from importer.settings_paths import HOME_VARIABLE  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLES = resource_path("samples")
KEY = "capture:key"
LIST_ID = "10001"
_IMPORT_ID = re.compile(r"\b\d{8}-\d{6}-[0-9a-f]{8}(-\d+)?\b")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")
_SPEED = re.compile(r" · [\d,]+ rows/s| · about [\d:]+ left")
_PROGRESS = re.compile(r"^(Uploaded(?= [\d,]+ of )|Comparing with Sociocs|Undo: )")


def inputs(messy_rows: int, cache: Path, corpus: Path = CORPUS) -> list[Path]:
    """The samples, the corpus (when present) and a generated messy CSV of ``messy_rows``."""
    files = sorted(SAMPLES.glob("contacts-sample.*"))
    if corpus.is_dir():
        files += sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix != ".md")
    if messy_rows:
        cache.mkdir(parents=True, exist_ok=True)
        path = cache / f"messy-{messy_rows}.csv"
        if not path.exists():
            write_csv(path, messy_rows, "messy")
        files.append(path)
    return files


def label(path: Path, corpus: Path = CORPUS) -> str:
    """A folder name for ``path``'s outputs (corpus files keep their sub-folder)."""
    with contextlib.suppress(ValueError):
        return str(path.relative_to(corpus)).replace(os.sep, "__")
    return path.name


def normalised(text: str, scratch: Path) -> str:
    """``text`` without what changes from run to run: the scratch folder, the checkout's
    folder (so two checkouts compare), ids, dates."""
    text = text.replace(str(scratch), "<scratch>").replace(str(ROOT), "<checkout>")
    text = _IMPORT_ID.sub("<import-id>", text)
    return _DATE_TIME.sub("<date>", text)


def steady_progress(text: str) -> str:
    """``text`` with only the first and last line of each run of one job's progress lines,
    without speeds and times left: without a terminal the lines between come every few
    seconds, so their number depends on the machine's speed, not on what the program does."""
    kept: list[str] = []
    for job, lines in itertools.groupby(text.splitlines(), key=_job_of):
        group = list(lines)
        kept += group if job is None else [_SPEED.sub("", g) for g in group[:1] + group[1:][-1:]]
    return "".join(line + "\n" for line in kept)


def _job_of(line: str) -> str | None:
    """Which job's progress ``line`` is (None: not a progress line)."""
    match = _PROGRESS.match(line)
    return match.group(1) if match else None


class Capture:
    """Runs the commands for one file against one fresh sandbox, writing into ``out``."""

    def __init__(self, source: Path, out: Path, scratch: Path, server: SandboxServer) -> None:
        self.source = source
        self.out = out
        self.scratch = scratch
        self.server = server

    def run(self, name: str, *argv: str) -> None:
        """``contact-importer argv``; keeps its output as ``name.txt`` (or ``.json``)."""
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            status = cli(list(argv))
        suffix = ".json" if "--json" in argv else ".txt"
        errors = steady_progress(stderr.getvalue())
        text = f"{stdout.getvalue()}--- stderr\n{errors}--- exit {status}\n"
        self.write(name + suffix, text)

    def write(self, name: str, text: str) -> None:
        """Write ``text`` (normalised) to ``out/name``."""
        (self.out / name).write_text(normalised(text, self.scratch), encoding="utf-8")

    def keep_report(self, name: str) -> None:
        """Copy the report ``scratch/name`` (an .xlsx one cell by cell), if it was written."""
        path = self.scratch / name
        if not path.exists():
            return
        if path.suffix == ".xlsx":
            self.write(name + ".tsv", xlsx_cells(path))
        else:
            self.write(name, path.read_text(encoding="utf-8-sig"))

    def keep_sandbox(self, name: str) -> None:
        """Every contact and membership the sandbox holds (without its own timestamps)."""
        self.write(name, sandbox_rows(self.scratch / "sandbox.db"))

    def everything(self) -> None:
        """check, dry run, upload, dry run again, undo."""
        file, url = str(self.source), self.server.url
        target = ("--list-id", LIST_ID, "--api-url", url, "--journal", str(self.scratch / "j"))
        self.run("check", "check", file, "--json")
        report = self.scratch / "check-report.csv"
        self.run("check-report", "check", file, "--report", str(report))
        self.keep_report("check-report.csv")
        self.run("check-report-xlsx", "check", file, "--report", str(report.with_suffix(".xlsx")))
        self.keep_report("check-report.xlsx")
        plan_report = str(self.scratch / "dry-run-report.csv")
        self.run("dry-run", "upload", file, *target, "--dry-run", "--json", "--report", plan_report)
        self.keep_report("dry-run-report.csv")
        upload_report = str(self.scratch / "upload-report.xlsx")
        self.run("upload", "upload", file, *target, "--yes", "--report", upload_report)
        self.keep_report("upload-report.xlsx")
        self.keep_sandbox("sandbox-after-upload.tsv")
        again = ("--existing", "replace", "--dry-run", "--json")
        self.run("again", "upload", file, *target, *again, "--report", plan_report)
        self.run("undo", "undo", "--yes")
        self.keep_sandbox("sandbox-after-undo.tsv")


def xlsx_cells(path: Path) -> str:
    """Every sheet's cells as tab-separated lines (values as Python shows them)."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    lines = []
    for sheet in book.worksheets:
        lines.append(f"### {sheet.title}")
        lines += ["\t".join(repr(v) for v in row) for row in sheet.iter_rows(values_only=True)]
    book.close()
    return "\n".join(lines) + "\n"


def sandbox_rows(db: Path) -> str:
    """The sandbox's contacts (id order) and memberships, tab-separated."""
    with contextlib.closing(sqlite3.connect(db)) as connection:
        contacts = connection.execute(
            "SELECT id, phone, name, extra_fields, phone_cc, is_blocked FROM contacts ORDER BY id"
        ).fetchall()
        members = connection.execute(
            "SELECT list_id, phone FROM memberships ORDER BY list_id, phone"
        ).fetchall()
    lines = ["\t".join(map(str, row)) for row in contacts]
    lines.append("### memberships")
    lines += ["\t".join(map(str, row)) for row in members]
    return "\n".join(lines) + "\n"


@contextlib.contextmanager
def program_home(folder: Path) -> Iterator[None]:
    """The program's files under ``folder``, and the sandbox's key as the API key."""
    saved = {name: os.environ.get(name) for name in (HOME_VARIABLE, "SOCIOCS_API_KEY")}
    os.environ[HOME_VARIABLE] = str(folder)
    os.environ["SOCIOCS_API_KEY"] = KEY
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def capture(source: Path, out: Path) -> None:
    """Every output of ``source`` into ``out`` (created)."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="capture-") as temporary:
        scratch = Path(temporary)
        server = SandboxServer(KEY, port=0, db_path=str(scratch / "sandbox.db"))
        with server, program_home(scratch / "home"):
            Capture(source, out, scratch, server).everything()


def main(argv: list[str] | None = None) -> int:
    """Capture every input's outputs into the folder given."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the folder to write (new, or empty)")
    parser.add_argument("--messy", type=int, default=100_000, help="rows of the messy sheet")
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "capture-inputs"
    )
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="the corpus (default: ../shared/corpus)"
    )
    parser.add_argument("files", nargs="*", type=Path, help="only these files")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} already holds files: give a new folder")
    files = args.files or inputs(args.messy, args.cache, args.corpus)
    for source in files:
        print(f"{label(source, args.corpus)} …", file=sys.stderr, flush=True)
        capture(source, args.out / label(source, args.corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main())
