"""Developer bootstrap: ``scripts/dev.py run`` starts the wizard, ``… test`` runs every check.

Needs only Python 3.11+ and the package index. The first call creates ``.venv``: ``run`` installs
what the program needs, ``test`` adds the test, lint, translation and build tools. Later calls
install again only when ``pyproject.toml`` changed or ``test`` still lacks its tools.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed-from"
"""``<sha256 of pyproject.toml> <extras>``: what the last install put into ``.venv``."""
RUN_EXTRAS: tuple[str, ...] = ()
"""What ``run`` needs beyond the program: nothing (the compiled catalogs are in git)."""
TEST_EXTRAS = ("dev", "build", "i18n")
"""What ``test`` needs beyond the program: test, lint and type tools, PyInstaller, Babel (the
catalog tests extract and compile the catalogs)."""


def stamp_extras(stamp: str) -> set[str]:
    """The extras a :data:`STAMP` text records (none for a stamp without them)."""
    return set(filter(None, stamp.partition(" ")[2].split(",")))


def installed(stamp: str, digest: str, extras: tuple[str, ...]) -> bool:
    """True when ``stamp`` says this ``pyproject.toml`` was installed with at least ``extras``."""
    return stamp.partition(" ")[0] == digest and set(extras) <= stamp_extras(stamp)


def ensure_venv(extras: tuple[str, ...]) -> None:
    """Create ``.venv`` and install the project (with ``extras``) when missing or out of date.

    ``run`` asks for no extras: only what the program needs. ``test`` adds the tools; a later
    ``run`` keeps them, and an install is redone when ``pyproject.toml`` changed.
    """
    if sys.version_info < (3, 11):  # noqa: UP036 - the bootstrap may run on an older python3
        sys.exit("Python 3.11 or newer is needed (this is " + sys.version.split()[0] + ").")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = STAMP.read_text() if PYTHON.exists() and STAMP.exists() else ""
    if installed(stamp, digest, extras):
        return
    if not PYTHON.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = sorted(set(extras) | stamp_extras(stamp))
    what = "the project and its tools" if wanted else "the project"
    print(f"Installing {what} into .venv …", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    target = f"{ROOT}[{','.join(wanted)}]" if wanted else str(ROOT)
    subprocess.run([*pip, "-e", target], check=True)
    STAMP.write_text(f"{digest} {','.join(wanted)}")


def tool(name: str) -> str:
    """Path of a console script installed in ``.venv``."""
    return str(BIN / (name + (".exe" if os.name == "nt" else "")))


def test_steps() -> list[tuple[str, list[str]]]:
    """Every check the test command runs, in order: (title, command)."""
    py = str(PYTHON)
    return [
        ("ruff lint", [tool("ruff"), "check", "."]),
        ("ruff format", [tool("ruff"), "format", "--check", "."]),
        ("mypy (importer and gui, strict)", [tool("mypy")]),
        ("import contracts", [tool("lint-imports")]),
        (
            "engine tests, with Qt made unimportable",
            [
                py,
                "-m",
                "pytest",
                "tests",
                "--ignore=tests/gui",
                "-p",
                "no:pytest-qt",
                "-p",
                "tests.helpers.block_qt",
                "-n",
                "2",
            ],
        ),
        ("GUI tests (pytest-qt, offscreen)", [py, "-m", "pytest", "tests/gui"]),
        ("dependency audit (pip-audit)", [py, "scripts/audit.py"]),
        ("wheel and sdist, each in a fresh virtual environment", [py, "build_spec/wheel_check.py"]),
        ("frozen app: PyInstaller build + smoke test", [py, "build_spec/build.py", "--ci"]),
    ]


def run_tests(extra: list[str]) -> int:
    """Run every check; stop at the first failure and return its exit status. The seconds
    each step took are printed at the end (the suite's budget is 5 minutes)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    took: list[tuple[str, float]] = []
    for title, command in test_steps():
        shown = " ".join([Path(command[0]).name, *command[1:]])
        print(f"\n=== {title}: {shown}", flush=True)
        started = time.monotonic()
        status = subprocess.run(
            [*command, *extra] if "pytest" in command else command, cwd=ROOT, env=env
        ).returncode
        took.append((title, time.monotonic() - started))
        if status != 0:
            print(f"\nFAILED: {title} (exit status {status})", flush=True)
            return status
    print("\nSeconds per step:", flush=True)
    for title, seconds in took:
        print(f"{seconds:7.1f}  {title}")
    print(f"{sum(s for _, s in took):7.1f}  in all", flush=True)
    print("\nAll checks passed.", flush=True)
    return 0


def main(argv: list[str]) -> int:
    """Dispatch ``run`` / ``test``; anything after ``run`` goes to ``contact-importer``."""
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    ensure_venv(RUN_EXTRAS if argv[0] == "run" else TEST_EXTRAS)
    if argv[0] == "run":
        return subprocess.run([tool("contact-importer"), *argv[1:]]).returncode
    return run_tests(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
