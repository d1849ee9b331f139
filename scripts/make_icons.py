"""Render every app-icon format from the one source image ``importer/resources/icons/app-icon.svg``.

Writes, beside the SVG: ``app-icon-<size>.png`` for each size in ``PNG_SIZES`` (Linux, the
window icon, the AppImage), ``app-icon.ico`` (Windows: several sizes in one file, PNG-encoded)
and ``app-icon.icns`` (macOS). Run it again after editing the SVG and commit the outputs:

    .venv/bin/python scripts/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "importer" / "resources" / "icons"
SOURCE = ICONS / "app-icon.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, with their pixel sizes (Apple's "Icon Composer" set).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG rendered to a ``size``×``size`` PNG with a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG (Vista+ reads PNG-encoded entries of any size)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns made of PNG elements, one per entry of ``ICNS_TYPES``."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(source: Path = SOURCE, out_dir: Path = ICONS) -> list[Path]:
    """Render every format from ``source`` into ``out_dir``; returns the files written."""
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not a valid SVG image")
    pngs = {size: render_png(renderer, size) for size in PNG_SIZES}
    written = []
    for size, png in pngs.items():
        path = out_dir / f"app-icon-{size}.png"
        path.write_bytes(png)
        written.append(path)
    ico = out_dir / "app-icon.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = out_dir / "app-icon.icns"
    icns.write_bytes(icns_bytes(pngs))
    return [*written, ico, icns]


def main() -> int:
    """Regenerate the icons and list what was written."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in write_icons():
        print(f"wrote {path.relative_to(ICONS.parent.parent)} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
