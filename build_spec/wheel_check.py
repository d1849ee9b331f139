"""Build the wheel and the sdist, install each into a fresh virtual environment, smoke-test it.

    .venv/bin/python build_spec/wheel_check.py

What ``pip install`` and ``pipx install`` give a user: the wheel comes from ``pip wheel .`` (the
checkout), the sdist from ``python -m build --sdist`` and is installed as pip installs an sdist
(it builds its own wheel from it). Both builds run in isolated build environments with their
build folders outside the checkout (``DIST_EXTRA_CONFIG``), so nothing left over from an earlier
build can slip in. Each install goes into a new virtual environment, run from a folder outside
the checkout with no ``PYTHONPATH``: the installed package must be the one imported, and its
resources (samples, catalogs) must be found inside it. Then :func:`smoke.smoke_test`:
``--version``, ``--self-test``, ``check`` of the bundled sample in English and in German.
Exit status 0 when both installs passed; otherwise 1 with the failing step named.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bundle_settings as bs
import smoke

PROBE = (
    "import importer, importer.resources as r; "
    "print(importer.__file__); print(r.resource_path('samples/contacts-sample.xlsx'))"
)
"""Run by the installed Python: where the package and its bundled sample are."""


class InstallFailed(Exception):
    """A build, install or check failed; the message says which."""


def quiet_run(command: list[str], what: str, env: dict[str, str], cwd: Path) -> str:
    """Run a build or install step; its output is shown only when it fails."""
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print(result.stdout + result.stderr, flush=True)
        raise InstallFailed(f"{what} failed (exit status {result.returncode})")
    return result.stdout


def build_environment(work: Path) -> dict[str, str]:
    """setuptools writes its build and egg-info folders under ``work``, not in the checkout."""
    config = work / "setuptools.cfg"
    config.write_text(
        f"[build]\nbuild_base = {work / 'build'}\n[egg_info]\negg_base = {work}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "DIST_EXTRA_CONFIG": str(config), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("PYTHONPATH", None)
    return env


def build_distributions(work: Path) -> tuple[Path, Path]:
    """The wheel (``pip wheel .``) and the sdist of the checkout, in ``work``."""
    env = build_environment(work)
    out = work / "dist"
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), "."]
    quiet_run(pip_wheel, "pip wheel .", env, bs.ROOT)
    sdist = [sys.executable, "-m", "build", "--sdist", "--outdir", str(out), "."]
    quiet_run(sdist, "python -m build --sdist", env, bs.ROOT)
    (wheel,) = out.glob("*.whl")
    (archive,) = out.glob("*.tar.gz")
    return wheel, archive


def install(distribution: Path, venv: Path, env: dict[str, str]) -> tuple[Path, Path]:
    """A new virtual environment at ``venv`` with ``distribution`` installed (this pip does the
    installing, so the environment needs none of its own); returns its ``contact-importer``
    and the sample spreadsheet the installed package finds in itself."""
    here = venv.parent
    quiet_run([sys.executable, "-m", "venv", "--without-pip", str(venv)], "venv", env, here)
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-compile"]
    quiet_run([*pip, str(distribution)], f"installing {distribution.name}", env, here)
    found = quiet_run([str(python), "-c", PROBE], "importing the installed package", env, here)
    package, sample = (Path(line) for line in found.splitlines())
    for path in (package, sample):
        if not path.is_relative_to(venv):
            raise InstallFailed(f"{path} is not inside the new environment {venv}")
    if not sample.is_file():
        raise InstallFailed(f"the installed package has no sample spreadsheet ({sample})")
    return scripts / (bs.EXE_NAME + (".exe" if os.name == "nt" else "")), sample


def check_install(distribution: Path, kind: str, work: Path) -> float:
    """Install ``distribution`` into a fresh environment and smoke-test it; returns seconds."""
    started = time.monotonic()
    print(f"\n== {kind} {distribution.name}: a fresh virtual environment", flush=True)
    command, sample = install(distribution, work / f"venv-{kind}", build_environment(work))
    smoke.smoke_test([str(command)], bs.app_version(), sample)
    return time.monotonic() - started


def main() -> int:
    """Build both distributions, check each install; prints the seconds each step took."""
    with tempfile.TemporaryDirectory(prefix="contact-importer-wheel-") as tmp:
        work = Path(tmp)
        try:
            started = time.monotonic()
            wheel, sdist = build_distributions(work)
            print(f"built {wheel.name} and {sdist.name} in {time.monotonic() - started:.1f} s")
            timings = {
                kind: check_install(path, kind, work)
                for kind, path in (("wheel", wheel), ("sdist", sdist))
            }
        except (InstallFailed, smoke.SmokeFailed) as exc:
            print(f"\nINSTALL CHECK FAILED: {exc}", file=sys.stderr, flush=True)
            return 1
    for kind, seconds in timings.items():
        print(f"{kind}: installed and smoke-tested in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
