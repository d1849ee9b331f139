"""build_spec/linux_libs.py: the X11 libraries Qt's xcb plugin needs are found or fetched for
the bundle, and ldd of the bundled plugins finds what a stock desktop would miss."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.unit.test_build_spec import load_module


@pytest.fixture(scope="module")
def libs() -> ModuleType:
    return load_module("linux_libs", "linux_libs")


def test_the_xcb_plugins_libraries_are_listed_with_their_packages(libs: ModuleType) -> None:
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"} <= set(
        libs.DESKTOP_LIBRARIES
    )
    assert libs.DESKTOP_LIBRARIES["libxkbcommon-x11.so.0"] == "libxkbcommon-x11-0"
    for name in libs.DESKTOP_LIBRARIES:
        assert not libs.EVERY_DESKTOP.match(name), f"{name} is not on every desktop"


@pytest.mark.parametrize(
    "name",
    [
        "libc.so.6",
        "ld-linux-x86-64.so.2",
        "libX11.so.6",
        "libxcb.so.1",
        "libGL.so.1",
        "libEGL.so.1",
        "libfontconfig.so.1",
        "libwayland-cursor.so.0",
    ],
)
def test_what_every_desktop_has(libs: ModuleType, name: str) -> None:
    assert libs.EVERY_DESKTOP.match(name)


def test_missing_libraries_are_fetched_and_the_rest_taken_from_the_system(
    libs: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = {name: Path("/usr/lib") / name for name in libs.DESKTOP_LIBRARIES}
    del system["libxcb-icccm.so.4"], system["libxcb-keysyms.so.1"]
    asked: list[list[str]] = []

    def fetch(packages: list[str], work: Path) -> Path:
        asked.append(packages)
        folder = work / "root" / "usr" / "lib" / "x86_64-linux-gnu"
        folder.mkdir(parents=True)
        for name in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-keysyms.so.1.0.0"):
            (folder / name).write_bytes(b"\x7fELF")
        return work / "root"

    monkeypatch.setattr(libs, "system_libraries", lambda: system)
    monkeypatch.setattr(libs, "fetch_packages", fetch)
    found = libs.desktop_libraries(tmp_path)
    assert asked == [["libxcb-icccm4", "libxcb-keysyms1"]]
    assert [path.name for path in found] == list(libs.DESKTOP_LIBRARIES), "by their own names"
    fetched = tmp_path / "root" / "usr" / "lib" / "x86_64-linux-gnu"
    assert fetched / "libxcb-icccm.so.4" in found
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/own")
    assert libs.search_path(found, tmp_path) == f"{fetched}:/opt/own", "no system folder first"


def test_without_apt_the_build_says_which_packages_to_install(
    libs: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(libs.LibraryProblem, match="install libxcb-cursor0 libxcb-icccm4"):
        libs.fetch_packages(["libxcb-cursor0", "libxcb-icccm4"], tmp_path)


def linked_libraries(binary: Path) -> dict[str, Path]:
    listing = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
    found = {}
    for line in listing.splitlines():
        name, _, where = line.strip().partition(" => ")
        if where.startswith("/"):
            found[name] = Path(where.split(" (")[0])
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_ldd_of_a_plugin_finds_what_is_neither_bundled_nor_on_every_desktop(
    libs: ModuleType, tmp_path: Path
) -> None:
    import _ssl  # an extension that links libraries a desktop need not have (OpenSSL)

    extension = Path(_ssl.__file__)
    needed = {
        name: path
        for name, path in linked_libraries(extension).items()
        if not libs.EVERY_DESKTOP.match(name)
    }
    if not needed:
        pytest.skip("this Python's _ssl links OpenSSL statically")
    internal = tmp_path / "_internal"
    plugin = internal / libs.PLUGINS / "tls" / "libqopenssl.so"
    plugin.parent.mkdir(parents=True)
    shutil.copy(extension, plugin)
    problems = libs.plugin_problems(internal)
    for name, path in needed.items():
        assert f"{libs.PLUGINS}/tls/libqopenssl.so needs {name} (only on this machine: " in (
            "\n".join(problems)
        )
        shutil.copy(path, internal / name)
    assert libs.plugin_problems(internal) == [], "bundled: found in the bundle first"
