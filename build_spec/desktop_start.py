"""Start the frozen Linux app on a real X server, as on a desktop without the X11 helper
libraries, and take a screenshot of the window it opens (Connect).

Xvfb (installed with apt when missing and allowed: root, or ``sudo`` without a password) serves
a 1280x800 screen whose frame buffer it writes to a file. The app starts in a mount namespace
(``unshare``: root, or an unprivileged user namespace) where every system copy of
:data:`linux_libs.DESKTOP_LIBRARIES` is covered by an empty file, so the loader can only use the
bundle's; where no namespace can be made, nothing is hidden and only the second proof holds:
``/proc/<pid>/maps`` must show each of those libraries loaded from the bundle. The app must keep
running, draw a window at least the wizard's minimum size, and stay still; the frame buffer is
then saved as a PNG. A machine where Xvfb cannot be had skips this with the reason.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import linux_libs
import smoke

SCREEN = (1280, 800)
WINDOW_AT_LEAST = (780, 580)
"""The wizard's minimum size: anything smaller drawn is not the wizard."""
START_TIMEOUT_S = 60
POLL_S = 0.25


class DesktopFailed(Exception):
    """The app did not start on the X server; the message says what was seen."""


@dataclass
class DesktopStart:
    """What the desktop start saw (for the build report)."""

    screenshot: str = ""
    hidden: int = 0
    loaded_from_bundle: int = 0
    seconds: float = 0.0
    skipped: str = ""


def ensure_xvfb() -> str:
    """Xvfb's path: found, or installed with apt-get when this may (else "")."""
    found = shutil.which("Xvfb")
    if found:
        return found
    apt = ["apt-get", "install", "-y", "-q", "--no-install-recommends", "xvfb"]
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    if prefix and not shutil.which("sudo"):
        return ""
    print("Xvfb is missing: " + " ".join([*prefix, *apt]), flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run([*prefix, *apt], env=env, capture_output=True, check=False).returncode:
        subprocess.run([*prefix, "apt-get", "update", "-q"], env=env, capture_output=True)
        subprocess.run([*prefix, *apt], env=env, capture_output=True, check=False)
    return shutil.which("Xvfb") or ""


def start_xvfb(xvfb: str, frame_folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on the first free display, writing its screen to ``frame_folder``; (process,
    display)."""
    read, write = os.pipe()
    width, height = SCREEN
    server = subprocess.Popen(
        [
            *(xvfb, "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24"),
            *("-fbdir", str(frame_folder), "-br", "-nolisten", "tcp"),
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as stream:
        number = stream.readline().strip()
    if not number:
        server.kill()
        raise DesktopFailed("Xvfb did not start")
    return server, f":{number}"


def read_frame(frame: Path) -> tuple[int, int, int, bytes]:
    """The screen Xvfb keeps in ``frame`` (XWD, 32 bits a pixel): width, height, bytes per
    line and the pixels."""
    data = frame.read_bytes()
    fields = struct.unpack(">25I", data[:100])
    header_size, width, height, bytes_per_line, colours = (
        fields[0],
        fields[4],
        fields[5],
        fields[12],
        fields[19],
    )
    start = header_size + 12 * colours
    return width, height, bytes_per_line, data[start : start + bytes_per_line * height]


def drawn_box(frame: Path) -> tuple[int, int]:
    """Width and height of the part of the (black) screen something was drawn on."""
    width, height, line, pixels = read_frame(frame)
    rows = [y for y in range(height) if pixels[y * line : y * line + width * 4].strip(b"\0")]
    if not rows:
        return 0, 0
    columns = [
        x
        for x in range(0, width, 4)
        if any(pixels[y * line + 4 * x : y * line + 4 * x + 3] != b"\0\0\0" for y in rows[::8])
    ]
    return (columns[-1] - columns[0] + 4 if columns else 0), rows[-1] - rows[0] + 1


def save_png(frame: Path, target: Path) -> None:
    """The screen as a PNG (Qt's image writer: the build's environment has PySide6)."""
    from PySide6.QtGui import QImage

    width, height, line, pixels = read_frame(frame)
    image = QImage(pixels, width, height, line, QImage.Format.Format_RGB32)
    if not image.save(str(target)):
        raise DesktopFailed(f"the screenshot could not be saved to {target}")


def hiding_command(internal: Path) -> tuple[list[str], int]:
    """The command prefix that covers the system's copies of the desktop libraries with an
    empty file, in a mount namespace of the app's own; ([], 0) where none can be made."""
    system = linux_libs.system_libraries()
    copies = sorted(
        {
            str(path.resolve())
            for name, path in system.items()
            if name in linux_libs.DESKTOP_LIBRARIES and not path.resolve().is_relative_to(internal)
        }
    )
    unshare = shutil.which("unshare")
    if not copies or unshare is None:
        return [], 0
    namespace = (
        [unshare, "--mount"] if os.geteuid() == 0 else [unshare, "--mount", "--map-root-user"]
    )
    if subprocess.run([*namespace, "true"], capture_output=True, check=False).returncode:
        return [], 0
    script = 'for f in "$@"; do mount --bind /dev/null "$f" || exit 97; done; exec "$APP"'
    return [*namespace, "sh", "-c", script, "hide", *copies], len(copies)


def libraries_loaded(pid: int) -> dict[str, str]:
    """The shared libraries process ``pid`` has mapped: name → file."""
    loaded = {}
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        path = line.split(maxsplit=5)[-1] if line.count(" ") >= 5 else ""
        if ".so" in path:
            loaded.setdefault(Path(path).name.split(".so")[0], path)
    return loaded


def wait_for_window(app: subprocess.Popen[bytes], frame: Path) -> tuple[int, int]:
    """Wait until the app's window is drawn and stays still; its size."""
    deadline, previous, shown = time.monotonic() + START_TIMEOUT_S, b"", (0, 0)
    while time.monotonic() < deadline:
        if app.poll() is not None:
            raise DesktopFailed(
                f"the app ended with status {app.returncode} before its window showed"
            )
        time.sleep(POLL_S)
        current = frame.read_bytes()
        shown = drawn_box(frame)
        large = shown[0] >= WINDOW_AT_LEAST[0] and shown[1] >= WINDOW_AT_LEAST[1]
        if large and current == previous:
            return shown
        previous = current
    raise DesktopFailed(
        f"no still window of the wizard's size within {START_TIMEOUT_S} s (drawn: {shown})"
    )


def check_loaded_from_bundle(pid: int, internal: Path) -> int:
    """Each desktop library the app loaded must be the bundle's; returns how many were."""
    loaded = libraries_loaded(pid)
    outside = []
    count = 0
    for name in linux_libs.DESKTOP_LIBRARIES:
        where = loaded.get(name.split(".so")[0])
        if where is None:
            continue
        if Path(where).is_relative_to(internal):
            count += 1
        else:
            outside.append(f"{name} from {where}")
    if outside:
        raise DesktopFailed(
            "the app loaded libraries from the system, not the bundle: " + ", ".join(outside)
        )
    if not count:
        raise DesktopFailed("the app loaded none of the X11 libraries: it is not on the X server")
    return count


def start_on_desktop(executable: Path, internal: Path, screenshot: Path) -> DesktopStart:
    """Start ``executable`` under Xvfb with the system's desktop libraries hidden; screenshot."""
    report = DesktopStart()
    xvfb = ensure_xvfb()
    if not xvfb:
        report.skipped = "Xvfb is not installed and could not be (no root, no password-less sudo)"
        return report
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="contact-importer-desktop-") as tmp:
        work = Path(tmp)
        server, display = start_xvfb(xvfb, work)
        hide, report.hidden = hiding_command(internal)
        env = {
            **smoke.home_environment(work / "home", "en"),
            "DISPLAY": display,
            "APP": str(executable),
        }
        env["QT_QPA_PLATFORM"] = "xcb"
        env.pop("WAYLAND_DISPLAY", None)
        (work / "home").mkdir()
        app = subprocess.Popen(
            hide or [str(executable)],
            env=env,
            cwd=work / "home",
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for_window(app, work / "Xvfb_screen0")
            report.loaded_from_bundle = check_loaded_from_bundle(app.pid, internal)
            save_png(work / "Xvfb_screen0", screenshot)
        except DesktopFailed as exc:
            app.kill()
            output = app.communicate(timeout=10)[0].decode(errors="replace")[-2000:]
            raise DesktopFailed(f"{exc}\n{output}") from None
        finally:
            if app.poll() is None:
                app.terminate()
                try:
                    app.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    app.kill()
                    app.wait()
            server.terminate()
            server.wait(timeout=10)
    report.screenshot = str(screenshot)
    report.seconds = round(time.monotonic() - started, 1)
    return report
