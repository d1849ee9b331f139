"""Refuse zip bombs before anything is inflated: bound the sizes a zip declares."""

from __future__ import annotations

import zipfile
from pathlib import Path

from importer.errors import ResourceLimitError
from importer.i18n import N_, _, format_count

MAX_MEMBERS = 10_000
MAX_TOTAL_UNCOMPRESSED = 4 * 1024**3
MAX_MEMBER_UNCOMPRESSED = 2 * 1024**3
MAX_RATIO = 200
RATIO_CHECK_FROM = 32 * 1024**2
"""Small members may compress very well (a sheet of empty styled cells); only big ones count."""

_TOO_BIG_HINT = N_(
    "If the workbook really is this large, split it into several smaller files; "
    "otherwise it may be damaged or crafted to exhaust memory."
)


def member_names(archive: zipfile.ZipFile) -> set[str]:
    """The members' names with Windows backslashes read as slashes."""
    return {info.filename.replace("\\", "/") for info in archive.infolist()}


def check_zip_limits(path: Path, archive: zipfile.ZipFile) -> None:
    """Raise :class:`ResourceLimitError` if the declared sizes would be unsafe to inflate."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ResourceLimitError(
            path,
            _("The file holds {count} parts, far more than a workbook has.").format(
                count=format_count(len(infos))
            ),
            hint=_(_TOO_BIG_HINT),
        )
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_MEMBER_UNCOMPRESSED or total > MAX_TOTAL_UNCOMPRESSED:
            raise ResourceLimitError(
                path,
                _("The workbook would take more than 2 GB of memory to open."),
                hint=_(_TOO_BIG_HINT),
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECK_FROM and ratio > MAX_RATIO:
            raise ResourceLimitError(
                path,
                _("Part {filename} expands {ratio} times when opened (a zip bomb).").format(
                    filename=info.filename, ratio=format_count(round(ratio))
                ),
                hint=_(_TOO_BIG_HINT),
            )
