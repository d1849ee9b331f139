"""Tolerant reading of contact objects, whose fields Sociocs does not document.

The only sample (the webhook payload) shows ``id, name, phone_number, phone_number_cc,
extra_fields, created_at, updated_at, is_blocked`` with ``extra_fields`` as a JSON-encoded
string. A number may come with or without ``+``; extra fields may be a string or an object;
fields this module does not know are kept in :attr:`Contact.other`.
"""

from __future__ import annotations

import json
from collections.abc import Container
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from importer.api.payload import payload_items

_KNOWN = frozenset({"name", "phone_number", "phone_number_cc", "extra_fields", "updated_at"})
_CONTAINER_KEYS = ("contacts", "items", "data")


@dataclass(frozen=True, slots=True)
class Contact:
    """A contact as Sociocs holds it; ``phone`` is ``+`` and the digits.

    ``extra_raw`` is the extra fields exactly as read (a JSON string or an object), kept for
    the backup; ``extra`` is their parsed form, or None when they could not be read.
    """

    phone: str
    name: str | None
    extra: dict[str, Any] | None
    extra_raw: Any = None
    updated_at: str | None = None
    other: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def readable(self) -> bool:
        """False when the extra fields could not be read (such a contact is left alone)."""
        return self.extra is not None


class ContactPage:
    """The contact objects of one ``GET /contacts`` or search answer, read on demand.

    Accepts ``{"data": [...]}``, a bare array, and ``data`` wrapping ``contacts`` or
    ``items``. ``size`` counts every item, usable or not: a page holding fewer items than
    asked for is the last one.
    """

    def __init__(self, payload: Any) -> None:
        self._items = payload_items(payload, _CONTAINER_KEYS)
        self.size = len(self._items)

    def contacts(self, only: Container[str] | None = None) -> list[Contact]:
        """The usable contacts (those with a phone number), or only those whose number is in
        ``only`` (the others are not read further)."""
        found = []
        for item in self._items:
            contact = parse_contact(item, only)
            if contact is not None:
                found.append(contact)
        return found

    def unusable(self) -> int:
        """How many items have no usable phone number."""
        return sum(1 for item in self._items if _item_phone(item) is None)


def parse_contact(item: Any, only: Container[str] | None = None) -> Contact | None:
    """One contact object; None when it has no usable phone number or, given ``only``, when
    its number is not in ``only``."""
    phone = _item_phone(item)
    if phone is None or (only is not None and phone not in only):
        return None
    name = item.get("name")
    raw = item.get("extra_fields")
    updated = item.get("updated_at")
    return Contact(
        phone=phone,
        name=name if isinstance(name, str) else None,
        extra=parse_extra_fields(raw),
        extra_raw=raw,
        updated_at=None if updated is None else str(updated),
        other={k: v for k, v in item.items() if k not in _KNOWN},
    )


def _item_phone(item: Any) -> str | None:
    if not isinstance(item, dict):
        return None
    return contact_phone(item.get("phone_number"), item.get("phone_number_cc"))


def contact_phone(number: Any, dial_code: Any) -> str | None:
    """``+`` and the digits of ``number``; its dial code is put first when it plainly lacks
    it (a national number given with ``phone_number_cc``: the digits do not start with the
    code and are no valid number as they are). None when it is no number."""
    if isinstance(number, int) and not isinstance(number, bool):
        number = str(number)
    if not isinstance(number, str):
        return None
    text = number.strip()
    plus = text.startswith("+")
    digits = text[1:] if plus else text
    if not (digits.isascii() and digits.isdigit()):
        if any(ch.isalpha() for ch in text):
            return None
        digits = "".join(ch for ch in text if "0" <= ch <= "9")
        if not digits:
            return None
    if not plus and dial_code is not None:
        code = str(dial_code).strip().lstrip("+")
        if (
            code.isascii()
            and code.isdigit()
            and not digits.startswith(code)
            and not _valid_international(digits)
        ):
            digits = code + digits
    return "+" + digits


def _valid_international(digits: str) -> bool:
    """Whether ``digits`` read with a + in front are a valid number: a contact the importer
    sent as ``+33…`` under the default dial code 1 is stored as ``33…`` beside ``"1"``, and
    is that French number, not ``+1 33…``."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits))
    except phonenumbers.NumberParseException:
        return False


def parse_extra_fields(raw: Any) -> dict[str, Any] | None:
    """The extra fields from a JSON string or an object; ``{}`` for none; None if unreadable."""
    if raw is None or raw == "":
        return {}
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return None
        if raw is None:
            return {}
    return dict(raw) if isinstance(raw, dict) else None
