"""build_spec/desktop_start.py's own parts: the X server's screen read from its XWD file, the
drawn window found on it, the libraries a process has loaded. (build.py starts the frozen app
under Xvfb with them; that is the test of the bundle.)"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.unit.test_build_spec import BUILD_SPEC, load_module


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BUILD_SPEC))
    return load_module("desktop_start", "desktop_start")


def write_xwd(path: Path, width: int, height: int, box: tuple[int, int, int, int]) -> Path:
    """A 32-bit XWD screen, black but for a grey ``box`` (x, y, width, height)."""
    name = b"Xvfb main window\0"
    line = width * 4
    fields = [100 + len(name), 7, 2, 24, width, height, 0, 0, 32, 0, 32, 32, line, 4]
    fields += [0xFF0000, 0xFF00, 0xFF, 8, 256, 2, width, height, 0, 0, 0]
    pixels = bytearray(line * height)
    x, y, w, h = box
    for row in range(y, y + h):
        pixels[row * line + 4 * x : row * line + 4 * (x + w)] = b"\xee\xee\xee\x00" * w
    path.write_bytes(struct.pack(">25I", *fields) + name + bytes(12 * 2) + bytes(pixels))
    return path


def test_the_window_drawn_on_the_screen_is_measured(desktop: ModuleType, tmp_path: Path) -> None:
    frame = write_xwd(tmp_path / "Xvfb_screen0", 320, 200, (40, 30, 200, 120))
    width, height, line, pixels = desktop.read_frame(frame)
    assert (width, height, line, len(pixels)) == (320, 200, 1280, 1280 * 200)
    drawn_width, drawn_height = desktop.drawn_box(frame)
    assert drawn_height == 120
    assert 196 <= drawn_width <= 204, "measured every fourth column"
    assert desktop.drawn_box(write_xwd(tmp_path / "black", 64, 64, (0, 0, 0, 0))) == (0, 0)


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="Linux /proc")
def test_the_libraries_a_process_loaded_are_read_from_proc(desktop: ModuleType) -> None:
    loaded = desktop.libraries_loaded(os.getpid())
    assert "libc" in loaded and Path(loaded["libc"]).is_file()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_no_xvfb_and_no_way_to_install_it_skips_with_the_reason(
    desktop: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desktop, "ensure_xvfb", lambda: "")
    seen = desktop.start_on_desktop(tmp_path / "app", tmp_path, tmp_path / "shot.png")
    assert seen.skipped.startswith("Xvfb is not installed and could not be")
    assert not (tmp_path / "shot.png").exists()
