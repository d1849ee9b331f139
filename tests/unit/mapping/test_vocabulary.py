"""Phone and name headers in six languages (and a few other scripts)."""

from __future__ import annotations

import pytest

from importer.mapping.vocabulary import NameKind, header_words, name_kind, phone_header_score

MOBILE_HEADERS = [
    "Mobile", "mobile phone", "Cell", "Cell Phone", "WhatsApp", "WhatsApp Number", "MSISDN",
    "Celular", "Móvil", "Teléfono móvil", "Número de celular", "Téléphone portable", "Portable",
    "Handy", "Handynummer", "Mobilnummer", "Mobiltelefon", "Cellulare", "Telemóvel",
    "MobilePhone", "mobile_number", "手机号",
]  # fmt: skip
PHONE_HEADERS = [
    "Phone", "PHONE NUMBER", "Tel", "Tel.", "Telephone", "Phone 1 - Value", "Primary Phone",
    "Teléfono", "telefono", "Telefone", "Téléphone", "Telefon", "Telefonnummer", "Rufnummer",
    "Número de teléfono", "Contact Number", "电话号码", "Телефон",
]  # fmt: skip
NOT_PHONE_HEADERS = [
    "Phone 1 - Type", "Business Fax", "Pager", "Phone Extension", "Country Code", "Email",
    "Customer Number", "Name", "Address", "Phone Type", "Telefon Art", "",
]  # fmt: skip


@pytest.mark.parametrize("header", MOBILE_HEADERS)
def test_mobile_headers_score_highest(header: str) -> None:
    assert phone_header_score(header) == 3


@pytest.mark.parametrize("header", PHONE_HEADERS)
def test_phone_headers(header: str) -> None:
    assert phone_header_score(header) == 2


@pytest.mark.parametrize("header", ["Work Phone", "Home Phone", "Business Phone", "Téléphone fixe"])
def test_landline_headers_rank_below_plain_phone(header: str) -> None:
    assert 0 < phone_header_score(header) < 2


@pytest.mark.parametrize("header", ["Number", "Número", "No."])
def test_bare_number_is_weak(header: str) -> None:
    assert phone_header_score(header) == 1


@pytest.mark.parametrize("header", NOT_PHONE_HEADERS)
def test_not_phone_headers(header: str) -> None:
    assert phone_header_score(header) == 0


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Name", NameKind.FULL),
        ("Full Name", NameKind.FULL),
        ("Display Name", NameKind.FULL),
        ("Nombre completo", NameKind.FULL),
        ("姓名", NameKind.FULL),
        ("Contact", NameKind.LOOSE),
        ("Cliente", NameKind.LOOSE),
        ("Nombre", NameKind.AMBIGUOUS),
        ("Nome", NameKind.AMBIGUOUS),
        ("Nom", NameKind.AMBIGUOUS),
        ("First Name", NameKind.FIRST),
        ("given_name", NameKind.FIRST),
        ("Vorname", NameKind.FIRST),
        ("Prénom", NameKind.FIRST),
        ("FirstName", NameKind.FIRST),
        ("Last Name", NameKind.LAST),
        ("Surname", NameKind.LAST),
        ("Family Name", NameKind.LAST),
        ("Nachname", NameKind.LAST),
        ("Apellidos", NameKind.LAST),
        ("Sobrenome", NameKind.LAST),
        ("Cognome", NameKind.LAST),
        ("Company Name", None),
        ("Email", None),
    ],
)
def test_name_kinds(header: str, kind: NameKind | None) -> None:
    assert name_kind(header) is kind


def test_header_words_split_camel_case_and_accents() -> None:
    assert header_words("TeléfonoMóvil 2") == ["telefono", "movil", "2"]
