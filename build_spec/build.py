"""Build the double-click app with PyInstaller, smoke-test the frozen result, check its size.

    .venv/bin/python build_spec/build.py            # build + smoke test + size budget
    .venv/bin/python build_spec/build.py --package  # … then the installer/archive for this OS
    .venv/bin/python build_spec/build.py --ci       # as CI runs it: also writes build-report.json

Steps: PyInstaller with ``contact_importer.spec`` into ``dist/`` (work files in
``build/pyinstaller``); the bundle must hold every compiled catalog (they are kept in git beside
their sources), no dangling links and no excluded Qt/tkinter files, and must fit the size
budget in ``bundle_settings.SIZE_BUDGET_MIB``; then the frozen executable runs ``--version``,
``--self-test`` (headless, ``QT_QPA_PLATFORM=offscreen``) and ``check`` on the bundled sample
spreadsheet, in English and in German (:mod:`smoke`). ``--package`` then makes the Linux
tarball (and an AppImage when ``appimagetool`` is on PATH), the macOS .dmg, or the Windows
installer (Inno Setup's iscc).
Exit status 0 when every step passed; otherwise 1 with the failing step named.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import bundle_settings as bs
import desktop_start
import linux_libs
import smoke

DIST = bs.ROOT / "dist"
WORK = bs.ROOT / "build" / "pyinstaller"
BUNDLE = DIST / bs.DIST_NAME
APP_BUNDLE = DIST / f"{bs.APP_NAME}.app"
REPORT = DIST / "build-report.json"
SCREENSHOT = DIST / "connect-on-xvfb.png"
SAMPLES = ("contacts-sample.xlsx", "contacts-sample.csv")
FORBIDDEN_NAME_PARTS = (
    "tkinter",
    "libtk8",
    "libtcl8",
    *(f"Qt{six}{name}" for six in ("", "6") for name in ("Qml", "Quick", "WebEngine", "Network")),
)


class BuildFailed(Exception):
    """A build step failed; the message says which and why."""


@dataclass
class BuildReport:
    """What the build measured, printed at the end and written as JSON with ``--ci``."""

    version: str
    platform: str
    build_seconds: float = 0.0
    bundle_mib: float = 0.0
    budget_mib: float = 0.0
    self_test: str = ""
    check: str = ""
    desktop_start: str = ""
    packages: list[str] = field(default_factory=list)


def step(title: str) -> None:
    """Print a step heading (flushed, so CI logs keep the order)."""
    print(f"\n== {title}", flush=True)


def run_pyinstaller() -> float:
    """Build the onedir bundle; returns the seconds it took."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(bs.SPEC),
    ]
    print(" ".join(command), flush=True)
    started = time.monotonic()
    if subprocess.run(command, cwd=bs.ROOT, check=False).returncode != 0:
        raise BuildFailed("PyInstaller failed (see its output above)")
    return time.monotonic() - started


def bundle_root() -> Path:
    """The folder that ships: the .app on macOS, the onedir folder elsewhere."""
    return APP_BUNDLE if sys.platform == "darwin" else BUNDLE


def executable() -> Path:
    """The frozen console executable used for the smoke tests."""
    if sys.platform == "darwin":
        return APP_BUNDLE / "Contents" / "MacOS" / bs.EXE_NAME
    return BUNDLE / (bs.EXE_NAME + (".exe" if sys.platform == "win32" else ""))


def bundled_sample() -> Path:
    """The sample spreadsheet inside the bundle (proves resources/ shipped)."""
    for name in SAMPLES:
        for candidate in bundle_root().rglob(name):
            return candidate
    raise BuildFailed(f"no sample spreadsheet ({' or '.join(SAMPLES)}) inside {bundle_root()}")


def smoke_test(report: BuildReport) -> None:
    """--version, --self-test and ``check`` on the bundled sample (:mod:`smoke`)."""
    try:
        found = smoke.smoke_test([str(executable())], report.version, bundled_sample())
    except smoke.SmokeFailed as exc:
        raise BuildFailed(str(exc)) from exc
    report.self_test, report.check = found.self_test, found.check


def check_plugin_libraries(root: Path) -> None:
    """Linux: fail when a bundled Qt plugin needs a library that is neither in the bundle nor
    on every desktop (ldd, :mod:`linux_libs`)."""
    problems = linux_libs.plugin_problems(root / "_internal")
    if problems:
        raise BuildFailed(
            "Qt plugins need libraries a desktop may lack, and the bundle lacks them:\n  "
            + "\n  ".join(problems)
        )
    print(f"Qt plugins: every library is in the bundle or on every desktop ({root.name})")


def start_on_desktop(report: BuildReport) -> None:
    """Linux: the frozen app starts under Xvfb with the system's X11 helper libraries hidden
    and shows Connect (:mod:`desktop_start`); dist/connect-on-xvfb.png is its screenshot."""
    try:
        seen = desktop_start.start_on_desktop(executable(), BUNDLE / "_internal", SCREENSHOT)
    except desktop_start.DesktopFailed as exc:
        raise BuildFailed(f"the app did not start on an X server: {exc}") from exc
    if seen.skipped:
        report.desktop_start = f"skipped: {seen.skipped}"
    else:
        report.desktop_start = (
            f"started under Xvfb with {seen.hidden} system libraries hidden, "
            f"{seen.loaded_from_bundle} X11 libraries loaded from the bundle, window shown in "
            f"{seen.seconds} s: {SCREENSHOT.relative_to(bs.ROOT)}"
        )
    print(report.desktop_start, flush=True)


def bundle_size_mb(root: Path) -> float:
    """Total size of the files under ``root`` in MiB (links counted once, not followed)."""
    total = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() or p.is_symlink())
    return total / 2**20


def check_catalogs(root: Path) -> None:
    """Fail when a compiled catalog (ours or Qt's qtbase) is missing from the bundle."""
    names = {p.name for p in root.rglob("*.[mq][om]")}
    wanted = {
        f"{kind}_{lang}.{ext}"
        for lang in bs.TRANSLATED
        for kind, ext in (("importer", "mo"), ("gui", "qm"), ("qtbase", "qm"))
    }
    missing = sorted(wanted - names)
    if missing:
        raise BuildFailed("translation catalogs missing from the bundle: " + ", ".join(missing))


def check_contents(root: Path) -> None:
    """Fail on dangling links (an over-eager prune) or files of excluded modules."""
    dangling = [p for p in root.rglob("*") if p.is_symlink() and not p.exists()]
    if dangling:
        raise BuildFailed("dangling links in the bundle: " + ", ".join(map(str, dangling[:5])))
    forbidden = [p for p in root.rglob("*") if any(part in p.name for part in FORBIDDEN_NAME_PARTS)]
    if forbidden:
        raise BuildFailed("excluded modules in the bundle: " + ", ".join(map(str, forbidden[:5])))


def check_size(report: BuildReport) -> None:
    """Measure the bundle and fail when it exceeds this platform's budget."""
    report.bundle_mib = round(bundle_size_mb(bundle_root()), 1)
    report.budget_mib = bs.SIZE_BUDGET_MIB.get(sys.platform, max(bs.SIZE_BUDGET_MIB.values()))
    print(f"bundle {bundle_root().name}: {report.bundle_mib} MiB (budget {report.budget_mib} MiB)")
    if report.bundle_mib > report.budget_mib:
        raise BuildFailed(
            f"the bundle is {report.bundle_mib} MiB, over its {report.budget_mib} MiB budget: "
            "find what grew (du -sh dist/*/_internal/*) before raising SIZE_BUDGET_MIB"
        )


def package_linux(version: str) -> list[Path]:
    """A .tar.gz of the onedir folder, and an AppImage when appimagetool is available."""
    machine = os.uname().machine
    tarball = DIST / f"sociocs-contact-importer-{version}-linux-{machine}.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
        archive.add(BUNDLE, arcname=bs.DIST_NAME)
        archive.add(
            bs.ROOT / "build_spec" / "linux" / "contact-importer.desktop",
            arcname=f"{bs.DIST_NAME}/contact-importer.desktop",
        )
    made = [tarball]
    appimagetool = shutil.which("appimagetool")
    if appimagetool:
        made.append(make_appimage(appimagetool, version, machine))
    else:
        print("appimagetool not on PATH: AppImage skipped (the tarball is the Linux download)")
    return made


def make_appimage(appimagetool: str, version: str, machine: str) -> Path:
    """Assemble dist/AppDir from build_spec/linux and run appimagetool on it."""
    linux = bs.ROOT / "build_spec" / "linux"
    appdir = DIST / "AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(BUNDLE, appdir / bs.DIST_NAME, symlinks=True)
    shutil.copy2(linux / "AppRun", appdir / "AppRun")
    shutil.copy2(linux / "contact-importer.desktop", appdir / "contact-importer.desktop")
    shutil.copy2(bs.ICONS / "app-icon-256.png", appdir / "contact-importer.png")
    image = DIST / f"Sociocs_Contact_Importer-{version}-{machine}.AppImage"
    env = {**os.environ, "ARCH": machine}
    if subprocess.run([appimagetool, str(appdir), str(image)], env=env, check=False).returncode:
        raise BuildFailed("appimagetool failed")
    return image


def package_macos(version: str) -> list[Path]:
    """The .dmg made by build_spec/macos/make_dmg.sh."""
    dmg = DIST / f"Sociocs-Contact-Importer-{version}.dmg"
    script = bs.ROOT / "build_spec" / "macos" / "make_dmg.sh"
    if subprocess.run(["bash", str(script), str(APP_BUNDLE), str(dmg)], check=False).returncode:
        raise BuildFailed("make_dmg.sh failed")
    return [dmg]


def find_iscc() -> str | None:
    """Inno Setup's command-line compiler, on PATH or in its default install folder."""
    found = shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or "") / "Inno Setup 6" / "ISCC.exe"
        if base and candidate.is_file():
            return str(candidate)
    return None


def package_windows(version: str) -> list[Path]:
    """The per-user Setup.exe compiled by Inno Setup from build_spec/contact_importer.iss."""
    iscc = find_iscc()
    if iscc is None:
        raise BuildFailed("Inno Setup (iscc) not found: install it from https://jrsoftware.org")
    script = bs.ROOT / "build_spec" / "contact_importer.iss"
    command = [iscc, f"/DAppVersion={version}", f"/DSourceDir={BUNDLE}", f"/O{DIST}", str(script)]
    if subprocess.run(command, check=False).returncode:
        raise BuildFailed("Inno Setup failed")
    return [DIST / f"Sociocs-Contact-Importer-{version}-Setup.exe"]


def package(version: str) -> list[Path]:
    """The distributable for the current operating system."""
    if sys.platform == "win32":
        return package_windows(version)
    if sys.platform == "darwin":
        return package_macos(version)
    return package_linux(version)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", action="store_true", help="also make the installer/archive")
    parser.add_argument("--ci", action="store_true", help="write dist/build-report.json")
    parser.add_argument(
        "--skip-build", action="store_true", help="smoke-test the existing bundle only"
    )
    return parser.parse_args(argv)


def build(args: argparse.Namespace, report: BuildReport) -> None:
    """Every step in order; raises BuildFailed at the first failure."""
    if not args.skip_build:
        step(f"PyInstaller: {bs.APP_NAME} {report.version} for {sys.platform}")
        report.build_seconds = round(run_pyinstaller(), 1)
        print(f"built in {report.build_seconds} s", flush=True)
    if not executable().is_file():
        raise BuildFailed(f"no frozen executable at {executable()}: build first")
    step("bundle contents and size budget")
    check_contents(bundle_root())
    check_catalogs(bundle_root())
    if sys.platform.startswith("linux"):
        check_plugin_libraries(bundle_root())
    check_size(report)
    step("smoke test of the frozen app")
    smoke_test(report)
    if sys.platform.startswith("linux"):
        step("a desktop without the X11 helper libraries: the app starts under Xvfb")
        start_on_desktop(report)
    if args.package:
        step("package")
        report.packages = [str(path.relative_to(bs.ROOT)) for path in package(report.version)]


def main(argv: list[str] | None = None) -> int:
    """Build, test and measure; prints a summary and returns the exit status."""
    args = parse_args(argv)
    report = BuildReport(version=bs.app_version(), platform=sys.platform)
    try:
        build(args, report)
    except BuildFailed as exc:
        print(f"\nBUILD FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        if args.ci and DIST.is_dir():
            REPORT.write_text(json.dumps(asdict(report), indent=2) + "\n", encoding="utf-8")
    step("summary")
    for key, value in asdict(report).items():
        print(f"{key:>14}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
