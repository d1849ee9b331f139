"""What column headers say about their content, in English, Spanish, Portuguese, French,
German and Italian: phone columns (mobile ones preferred) and name columns.

Headers are compared as lowercase ASCII words, so "Teléfono Móvil", "TELEFONO_MOVIL" and
"telefonoMovil" read the same.
"""

from __future__ import annotations

import re
from enum import Enum

from importer.i18n import N_, every_translation
from importer.mapping.keys import to_ascii_words

ATTENTION_COLUMN = N_("Import problem")
"""The column the file of rows to fix adds (in the user's language); never imported when that
file is imported again, whatever language wrote it (:func:`is_attention_column`)."""


def is_attention_column(header: str) -> bool:
    """True for the problem column of a file of rows to fix, in any language."""
    return header.strip() in every_translation(ATTENTION_COLUMN)


_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])")

MOBILE_WORDS = frozenset(
    {
        "mobile", "mobil", "mobiel", "mob", "cell", "cellphone", "cellular", "celular",
        "cellulare", "movil", "movel", "telemovel", "portable", "handy", "whatsapp", "msisdn",
        "gsm", "natel",
    }
)  # fmt: skip
PHONE_WORDS = frozenset(
    {
        "phone", "phones", "telephone", "tel", "tele", "telefon", "telefone", "telefono",
        "telefonica", "telf", "tfno", "tlf", "tlfn", "fone", "rufnummer", "phonenumber",
        "phoneno", "sms",
    }
)  # fmt: skip
NUMBER_WORDS = frozenset({"number", "numero", "num", "nummer", "no", "nr", "nro", "n"})
LANDLINE_WORDS = frozenset(
    {"home", "work", "business", "office", "landline", "fixe", "fixo", "fijo", "festnetz",
     "fisso", "casa", "trabajo", "bureau", "domicile", "buro", "ufficio", "company", "other"}
)  # fmt: skip
NOT_A_NUMBER_WORDS = frozenset(
    {
        "fax", "pager", "type", "types", "label", "tipo", "typ", "ext", "extension", "country",
        "code", "prefix", "verified", "status", "consent", "optin", "opt", "date", "count",
        "id", "kind", "art", "carrier", "valid",
    }
)  # fmt: skip
# Headers in other scripts, matched as parts of the lowercased header.
_OTHER_SCRIPT_MOBILE = ("手机", "手機", "携帯", "мобил", "сотов", "휴대")
_OTHER_SCRIPT_PHONE = ("电话", "電話", "телефон", "전화", "هاتف", "טלפון")
_OTHER_SCRIPT_NAME = ("姓名", "名前", "氏名", "名字", "имя", "фио", "이름", "الاسم", "שם")
# Compound words (mostly German and Dutch) that hold a phone word inside them.
_MOBILE_STEMS = ("mobil", "mobiel", "handy", "cellul", "whatsapp")
_PHONE_STEMS = ("telefon", "phone", "rufnummer", "telephon", "telefoon", "telnummer", "telnr")

FULL_NAME_PHRASES = frozenset(
    {
        "name", "names", "full name", "fullname", "display name", "contact name",
        "customer name", "client name", "nombre completo", "nome completo", "nom complet",
        "vollstandiger name", "nome e cognome", "nombre y apellido", "nombre y apellidos",
        "nominativo", "kundenname", "nombre del contacto", "nome do contato", "nom du contact",
        "nome contatto", "file as",
    }
)  # fmt: skip
LOOSE_NAME_PHRASES = frozenset(
    {
        "contact", "customer", "client", "person", "recipient", "kontakt", "cliente", "kunde",
        "contacto", "contato", "contatto", "destinatario", "destinataire",
    }
)  # fmt: skip
"""Headers that usually hold a person's name but yield to explicit first/last name columns."""
AMBIGUOUS_NAME_PHRASES = frozenset({"nombre", "nome", "nom"})
""""Nombre"/"Nome" are the full name alone but the first name beside a surname column;
French "Nom" is the surname beside "Prénom"."""
FIRST_NAME_PHRASES = frozenset(
    {
        "first name", "firstname", "first", "given name", "givenname", "forename", "fname",
        "vorname", "prenom", "primeiro nome", "primer nombre", "nombres", "nome proprio",
        "nome di battesimo",
    }
)  # fmt: skip
LAST_NAME_PHRASES = frozenset(
    {
        "last name", "lastname", "last", "surname", "family name", "familyname", "lname",
        "nachname", "familienname", "apellido", "apellidos", "sobrenome", "apelido",
        "ultimo nome", "cognome", "nom de famille", "primer apellido",
    }
)  # fmt: skip


class NameKind(Enum):
    """What kind of name a header announces."""

    FULL = "full"
    LOOSE = "loose"
    AMBIGUOUS = "ambiguous"
    FIRST = "first"
    LAST = "last"


def header_words(header: str) -> list[str]:
    """The header as lowercase ASCII words: "Phone 1 - Value" → ["phone", "1", "value"]."""
    spaced = _CAMEL_BOUNDARY.sub(" ", header)
    return re.findall(r"[a-z]+|[0-9]+", to_ascii_words(spaced))


def phone_header_score(header: str) -> float:
    """How strongly ``header`` announces phone numbers: 0 not at all, higher is better.

    Mobile columns score 3, other phone columns 2, landline-flavoured ones a little less and a
    bare "Number" 1; fax, "Phone 1 - Type", extensions and country codes score 0.
    """
    words = header_words(header)
    letters = [w for w in words if not w.isdigit()]
    if not letters:
        return _other_script_phone_score(header)
    if NOT_A_NUMBER_WORDS.intersection(letters):
        return 0.0
    joined = "".join(letters)  # "WhatsApp" splits into "whats app"
    if (
        MOBILE_WORDS.intersection(letters)
        or any(w.startswith(_MOBILE_STEMS) for w in letters)
        or "whatsapp" in joined
    ):
        score = 3.0
    elif PHONE_WORDS.intersection(letters) or any(w.startswith(_PHONE_STEMS) for w in letters):
        score = 2.0
    elif set(letters) <= NUMBER_WORDS | {"contact", "contacto", "contato", "kontakt"}:
        score = 2.0 if len(letters) > 1 else 1.0
    else:
        return 0.0
    if LANDLINE_WORDS.intersection(letters):
        score -= 0.5
    return score


def _other_script_phone_score(header: str) -> float:
    lowered = header.lower()
    if any(word in lowered for word in _OTHER_SCRIPT_MOBILE):
        return 3.0
    return 2.0 if any(word in lowered for word in _OTHER_SCRIPT_PHONE) else 0.0


def name_kind(header: str) -> NameKind | None:
    """Which name ``header`` announces, if any ("Given Name" → FIRST, "Nombre" → AMBIGUOUS)."""
    phrase = " ".join(w for w in header_words(header) if not w.isdigit())
    if not phrase:
        lowered = header.strip().lower()
        return NameKind.FULL if any(word in lowered for word in _OTHER_SCRIPT_NAME) else None
    if phrase in FULL_NAME_PHRASES:
        return NameKind.FULL
    if phrase in LOOSE_NAME_PHRASES:
        return NameKind.LOOSE
    if phrase in AMBIGUOUS_NAME_PHRASES:
        return NameKind.AMBIGUOUS
    if phrase in FIRST_NAME_PHRASES:
        return NameKind.FIRST
    if phrase in LAST_NAME_PHRASES:
        return NameKind.LAST
    return None
