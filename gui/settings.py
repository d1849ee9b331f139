"""The wizard's remembered choices (last folder, country, list, language, window geometry).

Stored with QSettings in an INI file under the user's configuration folder. The API key is
never stored here: it lives in the operating system's keyring only. The file is created
readable by the user alone (:mod:`importer.private_files`); Qt keeps the mode when it rewrites it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from importer.private_files import private_folder, private_opener
from importer.settings_paths import config_dir


class AppSettings:
    """Typed access to the wizard's QSettings file."""

    def __init__(self, path: Path | None = None) -> None:
        target = path if path is not None else config_dir() / "wizard.ini"
        self._qsettings = QSettings(str(target), QSettings.Format.IniFormat)

    @property
    def file_path(self) -> Path:
        """Where the settings are written."""
        return Path(self._qsettings.fileName())

    def _text(self, key: str) -> str:
        value = self._qsettings.value(key, "")
        return value if isinstance(value, str) else ""

    def _set(self, key: str, value: object) -> None:
        self._create_private()
        self._qsettings.setValue(key, value)
        self._qsettings.sync()

    def _create_private(self) -> None:
        """Create the file 0600 in a 0700 folder before Qt first writes it (Qt would create
        both readable by others); an existing one is tightened."""
        path = self.file_path
        private_folder(path.parent)
        with open(path, "ab", opener=private_opener):
            pass

    @property
    def last_folder(self) -> Path | None:
        """The folder of the last file opened, if it still exists."""
        text = self._text("files/last_folder")
        return Path(text) if text and Path(text).is_dir() else None

    @last_folder.setter
    def last_folder(self, folder: Path) -> None:
        self._set("files/last_folder", str(folder))

    @property
    def country(self) -> str:
        """The default country (ISO code such as "US") last used to read phone numbers."""
        return self._text("check/country")

    @country.setter
    def country(self, code: str) -> None:
        self._set("check/country", code)

    @property
    def list_id(self) -> int | None:
        """The contact list last uploaded to."""
        text = self._text("upload/list_id")
        return int(text) if text.isdigit() else None

    @list_id.setter
    def list_id(self, list_id: int | None) -> None:
        self._set("upload/list_id", "" if list_id is None else str(list_id))

    @property
    def api_url(self) -> str:
        """A custom API address set under "Advanced", or "" for the default."""
        return self._text("connect/api_url")

    @api_url.setter
    def api_url(self, url: str) -> None:
        self._set("connect/api_url", url)

    @property
    def language(self) -> str:
        """The language chosen in the program ("de", "pt_BR" …), or "" to follow the system."""
        return self._text("ui/language")

    @language.setter
    def language(self, code: str) -> None:
        self._set("ui/language", code)

    @property
    def geometry(self) -> QByteArray | None:
        """The window's saved size and position."""
        value = self._qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)
