"""One vCard as one row: the name, the number to send to, and what else describes the contact.

The phone is the card's mobile number (``CELL``, or an Apple/Google ``X-ABLabel`` saying
mobile), the preferred one first; without a mobile, the preferred number, else the first
number that is not a fax or pager. Every other number goes to "Other phones" with its label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from importer.sources.base import CellValue
from importer.sources.vcard_lines import Property
from importer.sources.vcard_values import components, list_values, property_text, unescape

COLUMNS = (
    "Name",
    "Phone",
    "Other phones",
    "Email",
    "Other emails",
    "Organization",
    "Title",
    "Address",
    "Birthday",
    "Note",
    "Categories",
    "Country",
)
"""The columns every vCard file is read into (row 1 holds them; card N is row N + 1).
"Country" is the country of the card's address (the preferred one, else home, else work),
which the check reads the card's national numbers in."""

USED_PROPERTIES = frozenset(
    {b"FN", b"N", b"TEL", b"EMAIL", b"ORG", b"TITLE", b"ADR", b"BDAY", b"NOTE", b"CATEGORIES"}
    | {b"X-ABLABEL"}
)
"""The properties a row is made of (upper case, as bytes)."""
_MOBILE_LABELS = re.compile(r"mobil|cell|handy|iphone|movil|portable", re.IGNORECASE)
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_NOT_FOR_MESSAGES = frozenset({"fax", "pager"})
_UNSHOWN_TYPES = frozenset({"voice", "pref", "internet", "x400"})
_ADR_COUNTRY = 6
"""ADR is PO box;extended;street;locality;region;postal code;country."""
_N_ORDER = (3, 1, 2, 0, 4)
"""N is family;given;additional;prefix;suffix — read as prefix given additional family suffix."""


@dataclass(frozen=True, slots=True)
class _Number:
    value: str
    types: frozenset[str]
    label: str
    position: int
    pref: bool

    def mobile(self) -> bool:
        return "cell" in self.types or bool(_MOBILE_LABELS.search(self.label))

    def for_messages(self) -> bool:
        return not _NOT_FOR_MESSAGES & self.types

    def described(self) -> str:
        words = self.label or " ".join(sorted(self.types - _UNSHOWN_TYPES))
        return f"{words}: {self.value}" if words else self.value


def card_row(properties: list[Property]) -> list[CellValue]:
    """The values of :data:`COLUMNS` for the card made of ``properties`` (trailing Nones cut)."""
    labels = _labels(properties)
    by_name: dict[str, list[Property]] = {}
    for prop in properties:
        by_name.setdefault(prop.name, []).append(prop)
    numbers = _numbers(by_name.get("TEL", []), labels)
    phone = _phone(numbers)
    others = [n.described() for n in numbers if n is not phone]
    emails = _ordered_values(by_name.get("EMAIL", []))
    row: list[CellValue] = [
        _name(by_name),
        phone.value if phone else None,
        "; ".join(others) or None,
        emails[0] if emails else None,
        ", ".join(emails[1:]) or None,
        _joined(by_name.get("ORG", [])),
        _first(by_name.get("TITLE", [])),
        _joined(_ordered(by_name.get("ADR", []))),
        _first(by_name.get("BDAY", [])),
        _first(by_name.get("NOTE", [])),
        _categories(by_name.get("CATEGORIES", [])),
        _country(by_name.get("ADR", [])),
    ]
    while row and row[-1] is None:
        row.pop()
    return row


def _labels(properties: list[Property]) -> dict[str, str]:
    """Group → its ``X-ABLabel`` text (Apple's ``_$!<Mobile>!$_`` unwrapped)."""
    found: dict[str, str] = {}
    for prop in properties:
        if prop.name == "X-ABLABEL" and prop.group:
            text = unescape(property_text(prop))
            wrapped = _APPLE_LABEL.match(text)
            found[prop.group] = wrapped.group(1) if wrapped else text
    return found


def _numbers(tels: list[Property], labels: dict[str, str]) -> list[_Number]:
    numbers = []
    for position, prop in enumerate(tels):
        value = unescape(property_text(prop))
        if value.lower().startswith("tel:"):
            value = value[4:]
        if value:
            label = labels.get(prop.group, "") if prop.group else ""
            numbers.append(_Number(value, prop.types(), label, position, _preferred(prop)))
    return numbers


def _phone(numbers: list[_Number]) -> _Number | None:
    candidates = [n for n in numbers if n.for_messages()]
    if not candidates:
        return None
    return max(candidates, key=lambda n: (n.mobile(), n.pref, -n.position))


def _name(by_name: dict[str, list[Property]]) -> str | None:
    full = _first(by_name.get("FN", []))
    if full:
        return full
    for prop in by_name.get("N", []):
        parts = components(property_text(prop)) + [""] * 5
        joined = " ".join(parts[i] for i in _N_ORDER if parts[i])
        if joined:
            return joined
    return None


def _preferred(prop: Property) -> bool:
    """Marked preferred: a ``PREF`` type (2.1, 3.0) or a ``PREF=1`` parameter (4.0)."""
    return "pref" in prop.types() or bool(prop.param("PREF"))


def _ordered(props: list[Property]) -> list[Property]:
    """``props`` with the preferred ones first."""
    return sorted(props, key=lambda p: not _preferred(p))


def _ordered_values(props: list[Property]) -> list[str]:
    values = (unescape(property_text(p)) for p in _ordered(props))
    return list(dict.fromkeys(v for v in values if v))


def _first(props: list[Property]) -> str | None:
    for prop in props:
        text = unescape(property_text(prop))
        if text:
            return text
    return None


def _categories(props: list[Property]) -> str | None:
    """Every category of every CATEGORIES line, each once, joined by ", " (the separator the
    lists column reads a vCard's categories with); a comma inside a category becomes a
    space, so it stays one group."""
    found: dict[str, str] = {}
    for prop in props:
        for value in list_values(property_text(prop)):
            name = " ".join(value.replace(",", " ").split())
            found.setdefault(name.casefold(), name)
    return ", ".join(found.values()) or None


def _joined(props: list[Property]) -> str | None:
    """The first structured value with text, its non-empty parts joined by ", "."""
    for prop in props:
        parts = [part for part in components(property_text(prop)) if part]
        if parts:
            return ", ".join(parts)
    return None


def _country(addresses: list[Property]) -> str | None:
    """The country of the preferred address, else the home one, else the work one, else any."""
    ranked = sorted(
        addresses,
        key=lambda p: (not _preferred(p), "home" not in p.types(), "work" not in p.types()),
    )
    for prop in ranked:
        parts = components(property_text(prop))
        if len(parts) > _ADR_COUNTRY and parts[_ADR_COUNTRY].strip():
            return parts[_ADR_COUNTRY].strip()
    return None
