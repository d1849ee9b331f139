"""The Check page's way out of a dead end: the engine's sentence on why rows cannot be sent,
with the button that fixes it — use the country most numbers point to, use another column,
use a fallback, or go back to the columns. The fix comes first and is the panel's main button.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.theme import Tone, box_style, on_theme_change
from importer.check.diagnosis import Diagnosis, FallbackOffer
from importer.phones.countries import country_name


class AdvicePanel(QFrame):
    """Hidden until :meth:`show_advice` gets a suggested country, a diagnosis or a fallback
    offer."""

    use_region = Signal(str)
    """Make this region (e.g. "FR") the default country."""
    use_column = Signal(int)
    """Make this column the phone number."""
    use_fallback = Signal(int)
    """Take this column's number when the phone cell is empty."""
    back_to_columns = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("advicePanel")
        self._restyle()
        on_theme_change(self._restyle)
        self.message = QLabel(self)
        self.message.setObjectName("adviceMessage")
        self.message.setWordWrap(True)
        self.country_button = QPushButton(self)
        self.country_button.setObjectName("useCountryButton")
        font = self.country_button.font()
        font.setBold(True)
        self.country_button.setFont(font)
        self.country_button.clicked.connect(self._country_clicked)
        self.column_button = QPushButton(self)
        self.column_button.setObjectName("useColumnButton")
        self.column_button.clicked.connect(self._column_clicked)
        self.fallback_button = QPushButton(self)
        self.fallback_button.setObjectName("useFallbackButton")
        self.fallback_button.clicked.connect(self._fallback_clicked)
        self.back_button = QPushButton(self.tr("Back to &Match columns"), self)
        self.back_button.setObjectName("backToColumnsButton")
        self.back_button.clicked.connect(self.back_to_columns)
        buttons = QHBoxLayout()
        for button in (
            self.country_button,
            self.column_button,
            self.fallback_button,
            self.back_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._region: str | None = None
        self._column = -1
        self._fallback = -1
        self.setVisible(False)

    @Slot()
    def _restyle(self) -> None:
        self.setStyleSheet(box_style("#advicePanel", Tone.NOTE))

    def show_advice(
        self,
        diagnosis: Diagnosis | None,
        offer: FallbackOffer | None,
        headers: list[str],
        phone_title: str,
        region: str | None = None,
    ) -> None:
        """Show the sentences and the buttons that apply (hide the panel when none does);
        ``region`` is the country most numbers look like, whose button comes first."""
        self._region = region
        sentences = [found.message for found in (diagnosis, offer) if found is not None]
        if region is not None:
            name = country_name(region)
            hint = self.tr("Most numbers look like <b>{country}</b> numbers.").format(
                country=escape(name)
            )
            sentences = [hint, *(escape(sentence) for sentence in sentences)]
            self.country_button.setText(self.tr("&Use {country}").format(country=name))
        self.message.setText(" ".join(sentences))
        self.country_button.setVisible(region is not None)
        self._column = diagnosis.column if diagnosis and diagnosis.column is not None else -1
        self._fallback = offer.column if offer is not None else -1
        self.column_button.setVisible(self._column >= 0)
        if self._column >= 0:
            self.column_button.setText(
                self.tr('&Use "{column}" as the phone number').format(column=headers[self._column])
            )
        self.fallback_button.setVisible(self._fallback >= 0)
        if self._fallback >= 0:
            self.fallback_button.setText(
                self.tr('&Take the number from "{fallback}" when "{phone}" is empty').format(
                    fallback=headers[self._fallback], phone=phone_title
                )
            )
        self.back_button.setVisible(diagnosis is not None)
        self.setVisible(bool(sentences))

    @Slot()
    def _country_clicked(self) -> None:
        if self._region is not None:
            self.use_region.emit(self._region)

    @Slot()
    def _column_clicked(self) -> None:
        self.use_column.emit(self._column)

    @Slot()
    def _fallback_clicked(self) -> None:
        self.use_fallback.emit(self._fallback)
