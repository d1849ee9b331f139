"""What in a file confirms a number read with a ``+`` in front (see :mod:`.plus_readings`)."""

from __future__ import annotations

from dataclasses import dataclass

from importer.phones.normalize import country_code_of, dial_code


@dataclass(frozen=True, slots=True)
class PlusEvidence:
    """What in the file confirms a reading with a +."""

    column: bool
    """Most of the column's numbers are valid only with a + (the column is written that way):
    more than those valid as read, and more than half its filled cells — Brazilian mobiles
    under a US default, some of which read with a + are Peruvian (``(51) 9…`` → +51 9…), do
    not make a column written with country codes."""
    codes: frozenset[str]
    """The country codes of the numbers the file writes with their own country code."""

    def confirms(self, with_plus: str, named: str | None) -> bool:
        """Whether the file confirms ``with_plus`` (E.164) for a row naming ``named``."""
        code = country_code_of(with_plus)
        if named and dial_code(named) == code:
            return True
        return self.column or code in self.codes
