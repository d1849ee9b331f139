"""The command line speaks the user's language (LANGUAGE/LC_ALL/LANG), with its plural rules;
English needs no catalog, and a language whose catalog is missing says so."""

from __future__ import annotations

from pathlib import Path

import pytest

import importer.resources
from importer.cli.main import main
from importer.i18n import catalog_installed, set_language
from importer.wording import plural
from tests.helpers.make_files import write_xlsx

ROWS = [
    ["Name", "Mobile"],
    ["Ann Lee", "+1 617 555 1212"],
    ["Bob Ray", "12"],
]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de_DE.UTF-8", ("2 Zeilen", "Zu wenige Ziffern für eine Telefonnummer.")),
        ("es_MX.UTF-8", ("2 filas", "Faltan dígitos para ser un número de teléfono.")),
        ("fr_FR.UTF-8", ("2 lignes", "Trop peu de chiffres pour un numéro de téléphone.")),
        ("pt_BR.UTF-8", ("2 linhas", "Poucos dígitos para um número de telefone.")),
    ],
)
def test_check_speaks_the_language_of_the_environment(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
    words: tuple[str, ...],
) -> None:
    monkeypatch.setenv("LANGUAGE", language)
    status = main(["check", str(write_xlsx(tmp_path / "c.xlsx", ROWS))])
    out = capsys.readouterr().out
    assert status == 1
    for text in words:
        assert text in out
    assert "rows" not in out


def test_french_says_zero_in_the_singular() -> None:
    set_language("fr")
    assert plural(0, "{n} duplicate", "{n} duplicates") == "0 doublon"
    assert plural(2, "{n} duplicate", "{n} duplicates") == "2 doublons"
    set_language("de")
    assert plural(1200, "{n} row", "{n} rows") == "1.200 Zeilen"


@pytest.fixture
def no_catalogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An install whose translation folder is gone: only English can be spoken."""
    bare = tmp_path / "resources"
    (bare / "translations").mkdir(parents=True)
    monkeypatch.setattr(importer.resources, "resources_root", lambda: bare)
    return bare


def test_english_counts_are_right_without_any_catalog(
    no_catalogs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [*ROWS, ["Ann again", "+1 617 555 1212"]]
    assert main(["check", str(write_xlsx(tmp_path / "c.xlsx", rows))]) == 1
    out = capsys.readouterr().out
    assert "3 rows: 1 ready to send, 0 ready with a note, 1 cannot be sent, 1 duplicate." in out
    assert plural(1, "{n} row", "{n} rows") == "1 row"
    assert plural(2, "{n} row", "{n} rows") == "2 rows"


@pytest.mark.parametrize("damage", ["missing", "garbage"])
def test_a_language_whose_catalog_is_missing_or_damaged_says_so_and_speaks_english(
    no_catalogs: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    damage: str,
) -> None:
    if damage == "garbage":
        (no_catalogs / "translations" / "importer_de.mo").write_bytes(b"\xde\x12\x04\x95" * 4)
    monkeypatch.setenv("LANGUAGE", "de_DE.UTF-8")
    assert not catalog_installed("de")
    status = main(["check", str(write_xlsx(tmp_path / "c.xlsx", ROWS))])
    captured = capsys.readouterr()
    assert status == 1
    assert "2 rows:" in captured.out
    assert captured.err.startswith(
        "contact-importer: Deutsch is not installed (its translation file is missing or "
        "damaged): messages are in English."
    )
