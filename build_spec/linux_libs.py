"""The Linux bundle carries the X11 libraries Qt's xcb platform plugin needs beyond the desktop.

Qt's xcb plugin (``libqxcb.so`` with ``libQt6XcbQpa``) links the xcb utility libraries and
``libxkbcommon-x11``; many desktops lack some of them (Ubuntu often has no ``libxcb-cursor0``),
and without them the app aborts: "no Qt platform plugin could be initialized". So the build
finds each of :data:`DESKTOP_LIBRARIES` on the build machine, or fetches its Debian package
(``apt-get download``, no administrator rights) and unpacks it under the work folder, and the
spec bundles them. :func:`plugin_problems` then runs ``ldd`` on every bundled Qt plugin: a
library found neither in the bundle nor among those every desktop has (:data:`EVERY_DESKTOP`:
glibc, libX11/libxcb core, GL, fontconfig/freetype, Wayland's client libraries) fails the build.
Plain Python (no PyInstaller import): the spec, build.py and the tests share it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

DESKTOP_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
"""What Qt's xcb plugin links beyond every desktop: the library's name → its Debian/Ubuntu
package."""

EVERY_DESKTOP = re.compile(
    r"^(?:"
    r"linux-vdso\.so|ld-linux[-\w]*\.so|lib(?:c|m|dl|pthread|rt|resolv|util)\.so"  # glibc
    r"|lib(?:X11|X11-xcb|Xau|Xdmcp|bsd|md)\.so|libxcb\.so"  # libX11 and libxcb's core
    r"|lib(?:GL|EGL|GLX|OpenGL|GLdispatch|drm|gbm)\.so|libxcb-(?:dri\d|glx|present)\.so"  # GL
    r"|lib(?:fontconfig|freetype)\.so"
    r"|libwayland-(?:client|cursor|egl)\.so"  # only a Wayland session loads these plugins
    r")"
)
"""Libraries every Linux desktop has (PyInstaller leaves glibc, GL and Wayland's out on purpose:
they must be the system's own)."""

PLUGINS = "PySide6/Qt/plugins"


class LibraryProblem(Exception):
    """A desktop library cannot be found or fetched; the message says which and what to do."""


def system_libraries() -> dict[str, Path]:
    """The loader's cache (``ldconfig -p``): library name → path, for this machine's ABI."""
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    listing = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=False).stdout
    wanted_abi = "x86-64" if os.uname().machine == "x86_64" else ""
    found: dict[str, Path] = {}
    for line in listing.splitlines()[1:]:
        name, _, path = line.strip().partition(" => ")
        if wanted_abi in name:  # not the 32-bit copies of a multilib system
            found.setdefault(name.split(" ")[0], Path(path))
    return found


def fetch_packages(packages: list[str], work: Path) -> Path:
    """Download ``packages`` with ``apt-get download`` into ``work`` and unpack them there;
    returns the folder they unpacked into."""
    if not (shutil.which("apt-get") and shutil.which("dpkg-deb")):
        raise LibraryProblem(
            "Qt's xcb plugin needs libraries this machine lacks and cannot fetch (no apt-get): "
            f"install {' '.join(packages)} (or your distribution's names for them)"
        )
    downloads, unpacked = work / "debs", work / "root"
    downloads.mkdir(parents=True, exist_ok=True)
    fetched = subprocess.run(
        ["apt-get", "download", *packages],
        cwd=downloads,
        capture_output=True,
        text=True,
        check=False,
    )
    if fetched.returncode != 0:
        raise LibraryProblem(
            f"apt-get download {' '.join(packages)} failed: {fetched.stderr.strip()[-300:]}"
        )
    for package in sorted(downloads.glob("*.deb")):
        subprocess.run(["dpkg-deb", "-x", str(package), str(unpacked)], check=True)
    return unpacked


def desktop_libraries(work: Path) -> list[Path]:
    """Every library of :data:`DESKTOP_LIBRARIES`: the system's, else fetched into ``work``."""
    system = system_libraries()
    missing = sorted({DESKTOP_LIBRARIES[name] for name in DESKTOP_LIBRARIES if name not in system})
    fetched: dict[str, Path] = {}
    if missing:
        print(f"fetching {', '.join(missing)} for the bundle (not installed here)", flush=True)
        root = fetch_packages(missing, work)
        fetched = {
            path.name: path for path in root.rglob("*.so*") if path.name in DESKTOP_LIBRARIES
        }
    found = []
    for name in DESKTOP_LIBRARIES:
        path = system.get(name) or fetched.get(name)
        if path is None:
            raise LibraryProblem(f"{name} was not in the package {DESKTOP_LIBRARIES[name]}")
        found.append(path)  # by its own name (a link): the bundle copies it under that name
    return found


def search_path(libraries: list[Path], work: Path) -> str:
    """``LD_LIBRARY_PATH`` with the folders of the libraries fetched into ``work`` first, for
    PyInstaller's own dependency analysis (it asks ``ldd``). Only those: a system folder put
    first would also change where libpython and the rest are found."""
    fetched = [path for path in libraries if path.is_relative_to(work)]
    folders = dict.fromkeys(str(path.parent) for path in fetched)
    return os.pathsep.join([*folders, *filter(None, [os.environ.get("LD_LIBRARY_PATH", "")])])


def bundled_plugins(internal: Path) -> list[Path]:
    """The Qt plugins inside the bundle's ``_internal`` folder."""
    return sorted((internal / PLUGINS).rglob("*.so"))


def plugin_problems(internal: Path) -> list[str]:
    """What each bundled plugin needs that is neither in the bundle nor on every desktop,
    as ``ldd`` resolves it with the bundle first (as the frozen app's loader does)."""
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}{os.pathsep}{internal / 'PySide6/Qt/lib'}"}
    problems = []
    for plugin in bundled_plugins(internal):
        listing = subprocess.run(
            ["ldd", str(plugin)], env=env, capture_output=True, text=True, check=False
        ).stdout
        for line in listing.splitlines():
            needed, _, where = line.strip().partition(" => ")
            name, where = Path(needed.split(" (")[0]).name, where.split(" (")[0].strip()
            if where.startswith(str(internal)) or EVERY_DESKTOP.match(name) or not name:
                continue
            shown = "not found" if where == "not found" else f"only on this machine: {where}"
            problems.append(f"{plugin.relative_to(internal)} needs {name} ({shown})")
    return list(dict.fromkeys(problems))
