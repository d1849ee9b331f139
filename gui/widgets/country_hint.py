"""The "Most numbers look like Germany numbers — Use Germany" line of Check data."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from importer.phones.countries import country_name


class CountryHint(QWidget):
    """Hidden until :meth:`show_region` names a region; its button emits ``use_region``."""

    use_region = Signal(str)
    """The suggested region (e.g. "DE"), when the user clicks "Use …"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countryHint")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self._clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self._region: str | None = None
        self.setVisible(False)

    def show_region(self, region: str | None) -> None:
        """Suggest ``region`` (ISO code), or hide the line when None."""
        self._region = region
        self.setVisible(region is not None)
        if region is None:
            return
        name = country_name(region)
        self.label.setText(
            self.tr("Most numbers look like <b>{country}</b> numbers.").format(country=name)
        )
        self.button.setText(self.tr("&Use {country}").format(country=name))

    @Slot()
    def _clicked(self) -> None:
        if self._region is not None:
            self.use_region.emit(self._region)
