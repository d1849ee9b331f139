"""The command line speaks the user's language (LANGUAGE/LC_ALL/LANG), with its plural rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.cli.main import main
from importer.i18n import set_language
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
