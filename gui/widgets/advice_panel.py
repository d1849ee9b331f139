"""The Check page's way out of a dead end: the engine's sentence on why rows cannot be sent,
with the button that fixes it.

The panel's main button — first, in bold — is always the one fix the program believes in:
the country most numbers point to (*Use France*), then the row that really holds the column
titles (*Use row 3*), then another phone column (*Use "Other phones" as the phone number*),
then a column that holds the number of rows whose phone cell is empty. Other fixes that apply
follow as plain buttons. Only when the program knows no fix is *Back to Match columns* offered,
and then it is the main button.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.theme import Tone, box_style, on_theme_change
from gui.widgets.responsive_row import ResponsiveRow
from importer.check.diagnosis import Diagnosis, FallbackOffer
from importer.phones.countries import country_name


class AdvicePanel(QFrame):
    """Hidden until :meth:`show_advice` gets a suggested country, a diagnosis or a fallback
    offer."""

    use_region = Signal(str)
    """Make this region (e.g. "FR") the default country."""
    use_header_row = Signal(int)
    """Read the sheet again with its column titles in this row."""
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
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.country_button = self._button("useCountryButton", self._country_clicked)
        self.header_button = self._button("useHeaderRowButton", self._header_clicked)
        self.column_button = self._button("useColumnButton", self._column_clicked)
        self.fallback_button = self._button("useFallbackButton", self._fallback_clicked)
        self.back_button = self._button("backToColumnsButton", self.back_to_columns.emit)
        self.back_button.setText(self.tr("Back to &Match columns"))
        self._buttons = ResponsiveRow(self, spacing=6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self._buttons)
        self._region: str | None = None
        self._header_row = -1
        self._column = -1
        self._fallback = -1
        self._main: QPushButton | None = None
        self.setVisible(False)

    def _button(self, name: str, clicked: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter stays Next
        button.clicked.connect(clicked)
        button.setVisible(False)
        return button

    @Slot()
    def _restyle(self) -> None:
        self.setStyleSheet(box_style("#advicePanel", Tone.NOTE))

    def main_button(self) -> QPushButton | None:
        """The fix the program believes in (None while the panel is hidden)."""
        return self._main

    def show_advice(
        self,
        diagnosis: Diagnosis | None,
        offer: FallbackOffer | None,
        headers: list[str],
        phone_title: str,
        region: str | None = None,
    ) -> None:
        """Show the sentences and the fixes that apply, the one the program believes in first
        (hide the panel when nothing applies); ``region`` is the country most numbers look
        like."""
        self._region = region
        header_row = diagnosis.header_row if diagnosis is not None else None
        self._header_row = header_row if header_row is not None else -1
        self._column = diagnosis.column if diagnosis and diagnosis.column is not None else -1
        self._fallback = offer.column if offer is not None else -1
        found_here = (diagnosis, offer)
        sentences = [
            escape(found.message, quote=False) for found in found_here if found is not None
        ]
        if region is not None:
            hint = self.tr("Most numbers look like <b>{country}</b> numbers.").format(
                country=escape(country_name(region))
            )
            sentences.insert(0, hint)
        self.message.setText(" ".join(sentences))
        fixes = self._fixes(headers, phone_title)
        if not fixes and diagnosis is not None:
            fixes = [self.back_button]
        self._arrange(fixes)
        self.setVisible(bool(sentences))

    def _fixes(self, headers: list[str], phone_title: str) -> list[QPushButton]:
        """The buttons of the fixes that apply, the surest first, their words set."""
        fixes = []
        if self._region is not None:
            name = country_name(self._region)
            self.country_button.setText(self.tr("&Use {country}").format(country=name))
            fixes.append(self.country_button)
        if self._header_row > 0:
            self.header_button.setText(self.tr("Use &row {row}").format(row=self._header_row))
            fixes.append(self.header_button)
        if self._column >= 0:
            self.column_button.setText(
                self.tr('&Use "{column}" as the phone number').format(column=headers[self._column])
            )
            fixes.append(self.column_button)
        if self._fallback >= 0:
            self.fallback_button.setText(
                self.tr('&Take the number from "{fallback}" when "{phone}" is empty').format(
                    fallback=headers[self._fallback], phone=phone_title
                )
            )
            fixes.append(self.fallback_button)
        return fixes

    def _arrange(self, shown: list[QPushButton]) -> None:
        """Show ``shown`` in order, the first in bold; hide the other buttons."""
        every = (
            self.country_button,
            self.header_button,
            self.column_button,
            self.fallback_button,
            self.back_button,
        )
        for button in every:
            button.setVisible(button in shown)
            font = button.font()
            font.setBold(bool(shown) and button is shown[0])
            button.setFont(font)
        self._buttons.set_parts(list(shown))
        self._main = shown[0] if shown else None

    @Slot()
    def _country_clicked(self) -> None:
        if self._region is not None:
            self.use_region.emit(self._region)

    @Slot()
    def _header_clicked(self) -> None:
        if self._header_row > 0:
            self.use_header_row.emit(self._header_row)

    @Slot()
    def _column_clicked(self) -> None:
        self.use_column.emit(self._column)

    @Slot()
    def _fallback_clicked(self) -> None:
        self.use_fallback.emit(self._fallback)
