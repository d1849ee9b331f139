"""Columns that describe a contact (e-mail, company, city, birthday, notes, tags, customer id…)
as opposed to the rest of a wide export (order lines, prices, internal codes).

In a wide file only these become extra fields by default: every extra field is saved on the
contact in Sociocs (and replaces what was there), so a sales export's 50 order columns must not
be sent unless the user asks for them.
"""

from __future__ import annotations

from importer.mapping.vocabulary import header_words

WIDE_COLUMNS = 20
"""From this many columns on a file is "wide": other columns start as "Don't import"."""

DESCRIBING_WORDS = frozenset(
    {
        "email", "mail", "emails", "company", "organization", "organisation", "org", "firma",
        "empresa", "societe", "azienda", "unternehmen", "employer", "account",
        "city", "town", "ort", "stadt", "ciudad", "cidade", "ville", "citta", "localidad",
        "address", "street", "strasse", "adresse", "direccion", "endereco", "indirizzo",
        "zip", "zipcode", "postal", "postcode", "plz", "cep", "country", "land", "pais",
        "paese", "pays", "state", "province", "region", "bundesland", "birthday", "birth",
        "bday", "birthdate", "geburtstag", "geburtsdatum", "cumpleanos", "aniversario",
        "anniversary", "notes", "note", "notizen", "notas", "nota", "remarks",
        "comment", "comments", "tags",
        "tag", "labels", "groups", "group", "category", "categories", "kategorie", "segment",
        "customer", "client", "kunde", "kunden", "cliente", "member", "membership", "title",
        "job", "position", "role", "department", "abteilung", "website", "web", "url",
        "homepage", "gender", "geschlecht", "language", "sprache", "idioma", "nickname",
        "salutation", "anrede", "lifecycle",
    }
)  # fmt: skip
"""Header words of columns that say something about the person or company."""
_LABEL_WORDS = frozenset({"type", "label", "yomi", "phonetic", "display", "kind"})
"""Words of columns that qualify another column (Google's "E-mail 1 - Type")."""


def describes_contact(header: str) -> bool:
    """Whether a column titled ``header`` describes the contact (worth an extra field).

    Other phone columns do not: they are offered as phone fallbacks instead.
    """
    words = set(header_words(header))
    if words & _LABEL_WORDS:
        return False
    return bool(words & DESCRIBING_WORDS)
