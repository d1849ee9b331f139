"""The PyInstaller spec, installer recipes and icons agree with each other and the package.

Fast and Qt-free: the spec is executed with recording stand-ins for PyInstaller's build
classes, so no bundle is built here (build_spec/build.py does that, with a smoke test).
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import plistlib
import re
import struct
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

import importer

ROOT = Path(__file__).resolve().parents[2]
BUILD_SPEC = ROOT / "build_spec"


def load_module(name: str, module_name: str) -> ModuleType:
    """Import ``build_spec/<name>.py`` (build_spec is a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(module_name, BUILD_SPEC / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bs() -> ModuleType:
    """build_spec/bundle_settings.py."""
    return load_module("bundle_settings", "bundle_settings")


@pytest.fixture
def build(bs: ModuleType, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """build_spec/build.py (it imports bundle_settings from its own folder)."""
    monkeypatch.syspath_prepend(str(BUILD_SPEC))
    return load_module("build", "contact_importer_build")


class Recorder:
    """Stands in for PyInstaller's Analysis/PYZ/EXE/COLLECT/BUNDLE and records each call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def factory(self, kind: str) -> Any:
        def record(*args: Any, **kwargs: Any) -> SimpleNamespace:
            self.calls.append((kind, args, kwargs))
            return SimpleNamespace(binaries=[], datas=[], scripts=[], pure=[], kind=kind)

        return record

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [kwargs for called, _, kwargs in self.calls if called == kind]


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str, workpath: Path) -> Recorder:
    """Execute contact_importer.spec as PyInstaller would on ``platform``."""
    hooks = ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [f"{package}.stub"]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    libraries = ModuleType("linux_libs")  # the real one may fetch Debian packages
    fetched = workpath / "desktop-libs" / "root" / "usr" / "lib"
    libraries.desktop_libraries = lambda work: [fetched / "libxcb-icccm.so.4"]  # type: ignore[attr-defined]
    libraries.search_path = lambda found, work: str(fetched)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "linux_libs", libraries)
    monkeypatch.setenv("LD_LIBRARY_PATH", os.environ.get("LD_LIBRARY_PATH", ""))
    recorder = Recorder()
    namespace: dict[str, Any] = {"SPECPATH": str(BUILD_SPEC), "workpath": str(workpath)}
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[kind] = recorder.factory(kind)
    code = compile((BUILD_SPEC / "contact_importer.spec").read_text(), "spec", "exec")
    exec(code, namespace)
    return recorder


def test_version_has_one_source(bs: ModuleType) -> None:
    assert bs.app_version() == importer.__version__
    assert bs.windows_version_tuple(importer.__version__)[:3] == tuple(
        int(part) for part in importer.__version__.split(".")[:3]
    )


@pytest.mark.parametrize(
    ("version", "expected"),
    [("1.2.3", (1, 2, 3, 0)), ("2.0", (2, 0, 0, 0)), ("1.4.0rc1", (1, 4, 0, 0))],
)
def test_windows_version_tuple(bs: ModuleType, version: str, expected: tuple[int, ...]) -> None:
    assert bs.windows_version_tuple(version) == expected


def test_spec_on_linux_builds_one_console_executable(
    bs: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    recorder = run_spec(monkeypatch, "linux", tmp_path)
    (analysis,) = recorder.of("Analysis")
    assert {"tkinter", "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtWebEngineCore"} <= set(
        analysis["excludes"]
    )
    assert "importer.stub" in analysis["hiddenimports"]
    assert "gui.stub" in analysis["hiddenimports"]
    assert "truststore.stub" in analysis["hiddenimports"]  # every platform's store module
    assert Path(analysis["hookspath"][0], "hook-phonenumbers.py").is_file()
    shipped = {Path(source).relative_to(ROOT).as_posix() for source, _ in analysis["datas"]}
    assert {
        "importer/resources/icons/app-icon-256.png",
        "importer/resources/samples/contacts-sample.xlsx",
        "importer/resources/translations/gui_de.qm",
        "importer/resources/translations/importer_de.mo",
    } <= shipped
    assert not [name for name in shipped if name.endswith((".po", ".ts", ".py"))]
    for source, folder in analysis["datas"]:
        assert Path(source).parent.relative_to(ROOT).as_posix() == folder, "same place as in git"
    assert analysis["binaries"] == [
        (str(tmp_path / "desktop-libs/root/usr/lib/libxcb-icccm.so.4"), ".")
    ], "the X11 libraries Qt's xcb plugin needs, at the top of the bundle"
    assert os.environ["LD_LIBRARY_PATH"] == str(tmp_path / "desktop-libs/root/usr/lib")
    (exe,) = recorder.of("EXE")
    assert exe["name"] == bs.EXE_NAME
    assert exe["console"] is True
    assert recorder.of("COLLECT")[0]["name"] == bs.DIST_NAME
    assert recorder.of("BUNDLE") == []


def test_spec_on_windows_adds_a_windowed_executable_with_version_resource(
    bs: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    recorder = run_spec(monkeypatch, "win32", tmp_path)
    assert recorder.of("Analysis")[0]["binaries"] == [], "X11 libraries on Linux only"
    consoles = {exe["name"]: exe["console"] for exe in recorder.of("EXE")}
    assert consoles == {bs.WINDOWED_EXE_NAME: False, bs.EXE_NAME: True}
    for exe in recorder.of("EXE"):
        assert exe["icon"].endswith("app-icon.ico")
        assert Path(exe["icon"]).is_file()
        version_file = Path(exe["version"]).read_text()
        assert f"ProductVersion', '{importer.__version__}'" in version_file
        names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable")
        names += ("StringStruct", "VarFileInfo", "VarStruct")
        parts = dict.fromkeys(names, lambda *args, **kwargs: SimpleNamespace(args=args, **kwargs))
        parsed = eval(version_file, parts)  # well-formed: PyInstaller evaluates it the same way
        assert parsed.ffi.prodvers == bs.windows_version_tuple(importer.__version__)


def test_spec_on_macos_makes_a_windowed_app_bundle(
    bs: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    recorder = run_spec(monkeypatch, "darwin", tmp_path)
    (exe,) = recorder.of("EXE")
    assert exe["console"] is False
    (bundle,) = recorder.of("BUNDLE")
    assert bundle["name"] == f"{bs.APP_NAME}.app"
    assert bundle["version"] == importer.__version__
    assert Path(bundle["icon"]).is_file()
    plist = bundle["info_plist"]
    assert plist["CFBundleIdentifier"] == bs.BUNDLE_ID == bundle["bundle_identifier"]
    assert plist["CFBundleShortVersionString"] == importer.__version__
    assert plist["NSHighResolutionCapable"] is True
    assert plist["NSRequiresAquaSystemAppearance"] is False


@pytest.mark.parametrize(
    "kept",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "libQt6XcbQpa.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqico.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/QtWidgets.abi3.so",
        "libicudata.so.73",
        "libpng16.so.16",
        "libfontconfig.so.1",
        "certifi/cacert.pem",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtbase_pt_BR.qm",
        "importer/resources/translations/gui_fr.qm",
    ],
)
def test_prune_keeps_what_the_app_needs(bs: ModuleType, kept: str) -> None:
    assert not bs.is_pruned(kept)


@pytest.mark.parametrize(
    "dropped",
    [
        "PySide6/Qt/translations/qtbase_ja.qm",
        "PySide6/Qt/translations/qtdeclarative_de.qm",
        "PySide6/translations/qt_fr.qm",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "libQt6Network.so.6",
        "PySide6/Qt6Network.dll",
        "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/QtNetwork.abi3.so",
        "libcairo.so.2",
        "libpango-1.0.so.0",
    ],
)
def test_prune_drops_unused_qt_parts(bs: ModuleType, dropped: str) -> None:
    assert bs.is_pruned(dropped)


def iss_defines() -> tuple[str, dict[str, str]]:
    """The Inno Setup script and its ``#define NAME "value"`` lines."""
    text = (BUILD_SPEC / "contact_importer.iss").read_text()
    return text, dict(re.findall(r'#define (\w+) "([^"]*)"', text))


def test_inno_setup_script_matches_the_bundle(bs: ModuleType) -> None:
    text, defines = iss_defines()
    assert defines["AppName"] == bs.APP_NAME
    assert defines["AppExeName"] == f"{bs.WINDOWED_EXE_NAME}.exe"
    assert defines["CliExeName"] == f"{bs.EXE_NAME}.exe"
    assert defines["SourceDir"].replace("\\", "/").endswith(f"dist/{bs.DIST_NAME}")
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.M)
    assert re.search(r"^AppVersion=\{#AppVersion\}$", text, re.M)
    assert "#error" in text  # the version must be passed in, never hard-coded
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.M)
    assert icon is not None
    assert (BUILD_SPEC / icon.group(1).replace("\\", "/")).resolve().is_file()
    assert '"{group}\\{#AppName}"' in text  # Start-menu shortcut
    assert "{uninstallexe}" in text


def test_build_script_expects_the_installer_name_the_script_makes(build: ModuleType) -> None:
    text, _ = iss_defines()
    base = re.search(r"^OutputBaseFilename=(.+)$", text, re.M)
    assert base is not None
    made = base.group(1).replace("{#AppVersion}", importer.__version__) + ".exe"
    source = (BUILD_SPEC / "build.py").read_text()
    assert 'f"Sociocs-Contact-Importer-{version}-Setup.exe"' in source
    assert made == f"Sociocs-Contact-Importer-{importer.__version__}-Setup.exe"


def desktop_entry() -> dict[str, str]:
    """build_spec/linux/contact-importer.desktop's [Desktop Entry] keys, case kept."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(BUILD_SPEC / "linux" / "contact-importer.desktop", encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_linux_opens_the_file_types_it_reads_with_the_file_as_argument(bs: ModuleType) -> None:
    entry = desktop_entry()
    assert entry["Exec"] == f"{bs.EXE_NAME} %f", "one file per start, passed as a path"
    declared = entry["MimeType"].split(";")
    assert declared[-1] == "", "the list ends with a semicolon"
    wanted = [mime for kind in bs.OPEN_WITH for mime in kind.mime_types]
    assert declared[:-1] == wanted


def registry_lines() -> list[dict[str, str]]:
    """The [Registry] section of the Inno Setup script: each line's parameters, the quotes
    around Subkey and ValueName taken off (ValueData keeps Inno's doubled quotes)."""
    text, _ = iss_defines()
    section = text.split("\n[Registry]\n", 1)[1].split("\n[", 1)[0]
    found = []
    for line in section.splitlines():
        if line and not line.startswith(";"):
            parts = dict(part.split(": ", 1) for part in re.split(r";\s+(?=\w+:)", line))
            for key in ("Subkey", "ValueName"):
                parts[key] = parts[key].removeprefix('"').removesuffix('"')
            found.append(parts)
    return found


def test_windows_offers_open_with_for_this_user_and_removes_it_on_uninstall(
    bs: ModuleType,
) -> None:
    text, defines = iss_defines()
    assert re.search(r"^ChangesAssociations=yes$", text, re.M)
    assert defines["Classes"] == "Software\\Classes"
    assert defines["AppExeName"] == f"{bs.WINDOWED_EXE_NAME}.exe", "no console window"
    lines = registry_lines()
    assert lines and {line["Root"] for line in lines} == {"HKCU"}, "the user's hive only"
    extensions = [kind.extension for kind in bs.OPEN_WITH]
    open_with = [line for line in lines if line["Subkey"].endswith("\\OpenWithProgids")]
    assert [line["Subkey"].split("\\")[1] for line in open_with] == extensions
    for line in open_with:
        assert (line["ValueName"], line["Flags"]) == ("{#ProgId}", "uninsdeletevalue")
    supported = [line for line in lines if line["Subkey"].endswith("\\SupportedTypes")]
    assert [line["ValueName"] for line in supported] == extensions
    commands = [line for line in lines if line["Subkey"].endswith("\\shell\\open\\command")]
    assert [line["ValueData"] for line in commands] == ['"""{app}\\{#AppExeName}"" ""%1"""'] * 2
    owned = {line["Subkey"] for line in lines if line.get("Flags") == "uninsdeletekey"}
    assert owned == {"{#Classes}\\{#ProgId}", "{#Classes}\\Applications\\{#AppExeName}"}
    for line in lines:
        removed = line in open_with or any(line["Subkey"].startswith(key) for key in owned)
        assert removed, f"the uninstaller would leave {line['Subkey']}"


def test_macos_declares_the_document_types_as_a_viewer(
    bs: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (bundle,) = run_spec(monkeypatch, "darwin", tmp_path).of("BUNDLE")
    types = bundle["info_plist"]["CFBundleDocumentTypes"]
    assert [t["LSItemContentTypes"] for t in types] == [[k.uti] for k in bs.OPEN_WITH]
    assert {t["CFBundleTypeRole"] for t in types} == {"Viewer"}
    assert {t["LSHandlerRank"] for t in types} == {"Alternate"}, "never the default program"
    extensions = [e for t in types for e in t["CFBundleTypeExtensions"]]
    assert extensions == [k.extension.lstrip(".") for k in bs.OPEN_WITH]
    assert plistlib.loads(plistlib.dumps(bundle["info_plist"]))["CFBundleDocumentTypes"] == types


def test_open_with_offers_only_files_the_program_reads(bs: ModuleType) -> None:
    browse = re.search(
        r"Spreadsheets and contacts \(([^)]*)\)", (ROOT / "gui/dialogs/file_dialog.py").read_text()
    )
    assert browse is not None
    readable = {pattern.lstrip("*") for pattern in browse.group(1).split()}
    assert {kind.extension for kind in bs.OPEN_WITH} == readable - {".txt"}


def test_linux_recipes_start_the_bundled_executable(bs: ModuleType) -> None:
    linux = BUILD_SPEC / "linux"
    app_run = (linux / "AppRun").read_text()
    assert f"{bs.DIST_NAME}/{bs.EXE_NAME}" in app_run
    assert (linux / "AppRun").stat().st_mode & 0o111
    desktop = (linux / "contact-importer.desktop").read_text()
    assert f"Name={bs.APP_NAME}" in desktop
    assert "Terminal=false" in desktop
    assert (BUILD_SPEC / "macos" / "make_dmg.sh").stat().st_mode & 0o111


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_png_icons_exist_in_every_size(bs: ModuleType) -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024):
        assert png_size(bs.ICONS / f"app-icon-{size}.png") == (size, size)


def test_ico_holds_several_sizes_up_to_256(bs: ModuleType) -> None:
    data = (bs.ICONS / "app-icon.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_icns_holds_retina_sizes(bs: ModuleType) -> None:
    data = (bs.ICONS / "app-icon.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kinds.add(data[offset : offset + 4])
        offset += struct.unpack(">I", data[offset + 4 : offset + 8])[0]
    assert {b"icp4", b"ic07", b"ic08", b"ic09", b"ic10", b"ic14"} <= kinds
    assert (bs.ICONS / "app-icon.svg").is_file()


def test_bundle_check_rejects_dangling_links_and_excluded_modules(
    build: ModuleType, tmp_path: Path
) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "libQt6Core.so.6").write_bytes(b"x" * 2048)
    build.check_contents(bundle)
    assert build.bundle_size_mb(bundle) == pytest.approx(2048 / 2**20)
    (bundle / "libQt6Svg.so.6").symlink_to(bundle / "gone")
    with pytest.raises(build.BuildFailed, match="dangling"):
        build.check_contents(bundle)
    (bundle / "libQt6Svg.so.6").unlink()
    (bundle / "_tkinter.cpython-311.so").write_bytes(b"")
    with pytest.raises(build.BuildFailed, match="excluded"):
        build.check_contents(bundle)
