"""Developer bootstrap: ``scripts/dev.py run`` starts the wizard, ``… test`` runs every check.

Needs only Python 3.11+ and the package index. The first call creates ``.venv`` and installs the
project with its development extras; later calls reinstall only when ``pyproject.toml`` changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed-from"


def ensure_venv() -> None:
    """Create ``.venv`` and install the project when missing or out of date."""
    if sys.version_info < (3, 11):  # noqa: UP036 - the bootstrap may run on an older python3
        sys.exit("Python 3.11 or newer is needed (this is " + sys.version.split()[0] + ").")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text() == digest:
        return
    if not PYTHON.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing the project and its tools into .venv …", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[dev,build]"], check=True)
    STAMP.write_text(digest)


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
            ],
        ),
        ("GUI tests (pytest-qt, offscreen)", [py, "-m", "pytest", "tests/gui"]),
        ("dependency audit (pip-audit)", [py, "scripts/audit.py"]),
        ("frozen app: PyInstaller build + smoke test", [py, "build_spec/build.py", "--ci"]),
    ]


def run_tests(extra: list[str]) -> int:
    """Run every check; stop at the first failure and return its exit status."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for title, command in test_steps():
        shown = " ".join([Path(command[0]).name, *command[1:]])
        print(f"\n=== {title}: {shown}", flush=True)
        status = subprocess.run(
            [*command, *extra] if "pytest" in command else command, cwd=ROOT, env=env
        ).returncode
        if status != 0:
            print(f"\nFAILED: {title} (exit status {status})", flush=True)
            return status
    print("\nAll checks passed.", flush=True)
    return 0


def main(argv: list[str]) -> int:
    """Dispatch ``run`` / ``test``; anything after ``run`` goes to ``contact-importer``."""
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    ensure_venv()
    if argv[0] == "run":
        return subprocess.run([tool("contact-importer"), *argv[1:]]).returncode
    return run_tests(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
