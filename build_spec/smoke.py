"""The smoke test of an installed ``contact-importer``: the frozen bundle or a wheel/sdist install.

Each run gets a throw-away home folder (settings, logs, journals, the Documents folder) and no
API key. The program must print its version and the phone-number data's, pass ``--self-test``
(headless: a practice import end to end, every language's catalogs), and ``check`` the bundled
sample in English, then a copy of it at a path with spaces and non-ASCII letters
(``Zoë Müller/Kunden 2026.xlsx``) in German. Plain Python: build.py and wheel_check.py share it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

TIMEOUT_S = 180
CHECK_STATUSES = (0, 1)
"""``check`` exits 0 when every row is valid, 1 when some are not; 2 means it failed."""
AWKWARD_FOLDER = "Zoë Müller"
AWKWARD_NAME = "Kunden 2026.xlsx"
GERMAN_ROWS = "Zeilen"
"""A word the German ``check`` summary prints ("24 Zeilen: …"), English never."""


class SmokeFailed(Exception):
    """A smoke-test run failed; the message says which and why."""


@dataclass
class SmokeReport:
    """What the runs printed that a build report keeps."""

    version: str = ""
    self_test: str = ""
    check: str = ""


def home_environment(home: Path, language: str) -> dict[str, str]:
    """The environment of one run: ``home`` for every per-user folder, ``language``, headless,
    no API key and nothing of a source checkout on the module path."""
    env = {
        **os.environ,
        "LANGUAGE": language,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "USERPROFILE": str(home),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "SOCIOCS_IMPORTER_HOME": str(home / "importer"),
    }
    for name in ("SOCIOCS_API_KEY", "PYTHONPATH", "PYTHONHOME"):
        env.pop(name, None)
    return env


def run(
    command: Sequence[str], args: Sequence[str], home: Path, language: str = "en"
) -> subprocess.CompletedProcess[str]:
    """Run ``command args`` headless in ``home`` (also the working folder), in ``language``."""
    shown = [Path(command[-1]).name, *args]
    print("$ " + " ".join(shown), flush=True)
    try:
        return subprocess.run(
            [*command, *args],
            cwd=home,
            env=home_environment(home, language),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailed(f"{' '.join(args)} did not finish within {TIMEOUT_S} s") from exc


def expect(
    result: subprocess.CompletedProcess[str], what: str, statuses: tuple[int, ...] = (0,)
) -> str:
    """Echo a run's output, fail on an unexpected exit status; returns the output."""
    output = (result.stdout + result.stderr).strip()
    print(output, flush=True)
    if result.returncode not in statuses:
        raise SmokeFailed(f"{what} exited with status {result.returncode}")
    return output


def smoke_test(command: Sequence[str], version: str, sample: Path) -> SmokeReport:
    """Every run against the installed ``command``; raises SmokeFailed at the first failure."""
    report = SmokeReport()
    with tempfile.TemporaryDirectory(prefix="contact-importer-smoke-") as tmp:
        home = Path(tmp)
        report.version = expect(run(command, ["--version"], home), "--version")
        if version not in report.version or "phonenumbers" not in report.version:
            raise SmokeFailed(
                f"--version printed {report.version!r}, expected {version} and the phone data's"
            )
        report.self_test = expect(run(command, ["--self-test"], home), "--self-test")
        # The sample holds rows with problems on purpose: ``check`` then exits 1 (see check_cmd).
        output = expect(run(command, ["check", str(sample)], home), "check", CHECK_STATUSES)
        report.check = next((line for line in output.splitlines() if " ready" in line), "")
        if not report.check:
            raise SmokeFailed("check printed no count of ready rows")
        awkward = home / AWKWARD_FOLDER / AWKWARD_NAME
        awkward.parent.mkdir()
        shutil.copyfile(sample, awkward)
        german = expect(run(command, ["check", str(awkward)], home, "de"), "check", CHECK_STATUSES)
        if GERMAN_ROWS not in german:
            raise SmokeFailed("check in German printed no German: the engine's catalog is missing")
    return report
