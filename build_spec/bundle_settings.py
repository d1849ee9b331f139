"""Facts about the frozen app shared by the PyInstaller spec, build.py and the tests.

Plain Python (no PyInstaller import) so the unit tests can check it quickly. The version comes
from ``importer.__version__`` — the one source of truth, also used by pyproject.toml.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = Path(__file__).resolve().parent / "contact_importer.spec"
ENTRY_SCRIPT = ROOT / "gui" / "entry.py"
RESOURCES = ROOT / "importer" / "resources"
ICONS = RESOURCES / "icons"

APP_NAME = "Sociocs Contact Importer"
BUNDLE_ID = "com.sociocs.contactimporter"
PUBLISHER = "Sociocs"
# The onedir folder under dist/ and the executable that runs both the wizard and the CLI.
DIST_NAME = "contact-importer"
EXE_NAME = "contact-importer"
# Windows only: a second, windowed (no console) executable for double-clicking.
WINDOWED_EXE_NAME = "ContactImporter"

# Qt modules the app must not pull in (only QtCore, QtGui and QtWidgets are used).
QT_EXCLUDES = tuple(
    f"PySide6.{name}"
    for name in (
        "QtNetwork",
        "QtQml",
        "QtQuick",
        "QtQuickControls2",
        "QtQuickWidgets",
        "QtQuickTest",
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "QtWebChannel",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPrintSupport",
        "QtSql",
        "QtSvg",
        "QtSvgWidgets",
        "QtTest",
        "QtUiTools",
        "QtDesigner",
        "QtHelp",
        "QtXml",
        "QtConcurrent",
        "QtDBus",
        "QtMultimedia",
        "QtPdf",
        "QtCharts",
        "QtGraphs",
        "QtLabsStyleKit",
    )
)
# Python packages that are installed for development or benchmarks but never needed at run time.
# phonenumbers' geocoder, carrier and time-zone data (≈45 MB) are unused: the engine only
# parses, validates and formats numbers, which needs phonenumbers.data and .shortdata.
PYTHON_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "numpy",
    "pandas",
    "PIL",
    "pytest",
    "hypothesis",
    "IPython",
    "lib2to3",
    "pydoc_data",
    "urllib3.contrib.pyopenssl",
    "OpenSSL",
    "phonenumbers.geocoder",
    "phonenumbers.carrier",
    "phonenumbers.timezone",
    "phonenumbers.geodata",
    "phonenumbers.carrierdata",
    "phonenumbers.tzdata",
)

# Files dropped from the bundle (regular expressions searched in the path inside the bundle,
# posix style): Qt's translations other than qtbase in the program's languages (TRANSLATED),
# image formats and icon engines
# it never reads, embedded-device platforms, input-device plugins, Wayland plugins that need
# QtSvg/QtOpenGL, the libraries of excluded Qt modules (and their top-level symlinks) and the
# GTK platform theme with the GTK/cairo/pango/Kerberos stack only it pulled in (Fusion and the
# XDG desktop portal still give native-looking file dialogs).
_QT_LIBS = "Network|Qml|Quick|Svg|Pdf|OpenGL|Sql|Test|Xml|VirtualKeyboard|EglFs|EglFS"
_GTK_STACK = (
    "atk-1.0|cairo|cairo-gobject|datrie|fribidi|gdk_pixbuf-2.0|gio-2.0|gmodule-2.0|gobject-2.0"
    "|graphite2|harfbuzz|jpeg|pango-1.0|pangocairo-1.0|pangoft2-1.0|pixman-1|thai|Xext|Xrender"
    "|gssapi_krb5|k5crypto|krb5|krb5support|com_err|keyutils|mount|blkid|selinux|bsd|md"
)
TRANSLATED = ("de", "es", "fr", "pt_BR")
"""The languages besides English: their qtbase catalog ships (Next, Back, Cancel, dialogs)."""
QT_PRUNE_PATTERNS = (
    rf"PySide6/(Qt/)?translations/(?!qtbase_({'|'.join(TRANSLATED)})\.qm$)",
    r"PySide6/(Qt/)?plugins/(iconengines|imageformats)/[^/]*(svg|pdf|tiff|webp|icns|tga|wbmp)[^/]*$",
    r"PySide6/(Qt/)?plugins/(tls|networkinformation|egldeviceintegrations|sqldrivers|generic)/",
    r"PySide6/(Qt/)?plugins/(wayland-graphics-integration-(server|client)|qmltooling|designer)/",
    r"PySide6/(Qt/)?plugins/platforms/[^/]*(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc)[^/]*$",
    r"PySide6/(Qt/)?plugins/platformthemes/[^/]*gtk3[^/]*$",
    r"PySide6/(Qt/)?plugins/wayland-decoration-client/[^/]*adwaita[^/]*$",
    r"PySide6/(Qt/)?plugins/wayland-shell-integration/[^/]*(fullscreen|ivi|wl-shell|qt-shell)",
    rf"(^|/)(lib)?Qt6?({_QT_LIBS})[^/]*$",
    rf"^lib({_GTK_STACK})\.so[.0-9]*$",
    r"PySide6/Qt(Network|Qml|Quick|Svg|Pdf|OpenGL|Sql|Test|Xml)",
)
_PRUNE = re.compile("|".join(f"(?:{pattern})" for pattern in QT_PRUNE_PATTERNS))

# Size budget for the unpacked bundle per platform, in MiB; build.py fails the build above it.
# Linux measured 130.5 MiB on 2026-11-26 (PyInstaller 6.22, PySide6-Essentials 6.11.3, stripped):
# budget = that + 15 %. Windows and macOS (universal2 Qt, about twice the size) are estimates
# until a hosted build measures them; set them to the first measurement + 15 %.
SIZE_BUDGET_MIB = {"linux": 150, "win32": 150, "darwin": 260}


def app_version() -> str:
    """``importer.__version__``, imported from the checkout (not from an installed copy)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from importer import __version__

    return __version__


def windows_version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3"`` → ``(1, 2, 3, 0)`` for the Windows version resource (pre-release tags drop)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])][:3]
    major, minor, patch = (*numbers, 0, 0, 0)[:3]
    return (major, minor, patch, 0)


def windows_version_info(version: str) -> str:
    """The text of a PyInstaller version file (the Windows file-version resource)."""
    numbers = windows_version_tuple(version)
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": APP_NAME,
        "FileVersion": version,
        "InternalName": EXE_NAME,
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    table = ",\n".join(f"        StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),\n"
        "  kids=[\n"
        "    StringFileInfo([StringTable('040904B0', [\n"
        f"{table}\n"
        "    ])]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])]),\n"
        "  ],\n"
        ")\n"
    )


def is_pruned(dest_name: str) -> bool:
    """Whether a file collected at ``dest_name`` (path inside the bundle) should be dropped."""
    return bool(_PRUNE.search(dest_name.replace("\\", "/")))


NOT_SHIPPED = (".po", ".ts", ".py", ".pyc")
"""Translation sources (only their compiled .mo/.qm ship) and the package's code (in the PYZ)."""


def resource_datas() -> list[tuple[str, str]]:
    """(source, destination folder) pairs for the files under ``importer/resources/`` that
    ship, at the same place in the bundle, where ``importlib.resources`` finds them."""
    datas = []
    for path in sorted(RESOURCES.rglob("*")):
        if path.is_file() and path.suffix not in NOT_SHIPPED:
            datas.append((str(path), str(path.parent.relative_to(ROOT))))
    return datas


@dataclass(frozen=True)
class FileType:
    """A kind of file the program opens from the desktop ("Open with", a double-click)."""

    extension: str
    mime_types: tuple[str, ...]
    """The freedesktop.org MIME types (the first is the type; aliases after it)."""
    uti: str
    """macOS's Uniform Type Identifier."""
    name: str


OPEN_WITH = (
    FileType(
        ".csv",
        ("text/csv", "text/x-comma-separated-values"),
        "public.comma-separated-values-text",
        "CSV file",
    ),
    FileType(
        ".tsv",
        ("text/tab-separated-values",),
        "public.tab-separated-values-text",
        "Tab-separated file",
    ),
    FileType(
        ".xlsx",
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",),
        "org.openxmlformats.spreadsheetml.sheet",
        "Excel workbook",
    ),
    FileType(
        ".xlsm",
        ("application/vnd.ms-excel.sheet.macroEnabled.12",),
        "org.openxmlformats.spreadsheetml.sheet.macroenabled",
        "Excel macro-enabled workbook",
    ),
    FileType(
        ".xls", ("application/vnd.ms-excel",), "com.microsoft.excel.xls", "Excel 97-2003 workbook"
    ),
    FileType(
        ".ods",
        ("application/vnd.oasis.opendocument.spreadsheet",),
        "org.oasis-open.opendocument.spreadsheet",
        "OpenDocument spreadsheet",
    ),
    FileType(".vcf", ("text/vcard", "text/x-vcard"), "public.vcard", "vCard contacts"),
)
"""What the desktop offers to open with the program: the spreadsheets and contact files it
reads (plain .txt is left out: every text file would list it). The Linux .desktop file, the
Windows installer's registry entries and the macOS Info.plist all declare exactly these
(tests/unit/test_build_spec.py reads the recipes and checks them)."""


def document_types() -> list[dict[str, object]]:
    """The Info.plist's ``CFBundleDocumentTypes``: one entry per file type, as a viewer that
    never claims to be the default program for them."""
    return [
        {
            "CFBundleTypeName": kind.name,
            "CFBundleTypeRole": "Viewer",
            "LSHandlerRank": "Alternate",
            "LSItemContentTypes": [kind.uti],
            "CFBundleTypeExtensions": [kind.extension.lstrip(".")],
            "CFBundleTypeMIMETypes": list(kind.mime_types),
        }
        for kind in OPEN_WITH
    ]


def info_plist(version: str) -> dict[str, object]:
    """The macOS Info.plist entries of the .app bundle."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundlePackageType": "APPL",
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": f"© {PUBLISHER}",
        "CFBundleDocumentTypes": document_types(),
    }
