from __future__ import annotations

import json
from pathlib import Path

from importer.check.run import check_rows
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.upload.journal_details import journal_details, mapping_entries, saved_mapping

MAPPING = Mapping(
    (
        ColumnChoice(0, "Phone", Role.PHONE),
        ColumnChoice(1, "Name", Role.NAME),
        ColumnChoice(2, "Town", Role.EXTRA, "town"),
    )
)
HEADERS = ["Phone", "Name", "Town"]


def _details(tmp_path: Path) -> dict[str, object]:
    result = check_rows(
        [(3, ["07911 123456", "Ann", "Leeds"])],
        MAPPING,
        country="GB",
        duplicates="first",
        path=tmp_path / "contacts.xlsx",
        sheet="People",
        header_row=2,
        headers=HEADERS,
    )
    return journal_details(result, 7, "Newsletter")


def test_details_name_the_file_settings_and_list(tmp_path: Path) -> None:
    assert _details(tmp_path) == {
        "path": str(tmp_path / "contacts.xlsx"),
        "sheet": "People",
        "header_row": 2,
        "list_id": 7,
        "list_name": "Newsletter",
        "country": "GB",
        "duplicates": "first",
        "mapping": [
            [0, "Phone", "phone", ""],
            [1, "Name", "name", ""],
            [2, "Town", "extra", "town"],
        ],
    }


def test_mapping_entries_are_json_ready() -> None:
    entries = mapping_entries(MAPPING)
    assert json.loads(json.dumps(entries)) == entries


def test_saved_mapping_reads_back_what_the_journal_kept(tmp_path: Path) -> None:
    details = json.loads(json.dumps(_details(tmp_path)))
    assert saved_mapping(details, HEADERS) == MAPPING


def test_saved_mapping_is_dropped_when_the_columns_changed(tmp_path: Path) -> None:
    assert saved_mapping(_details(tmp_path), ["Phone", "Name", "City"]) is None
    assert saved_mapping(_details(tmp_path), ["Phone", "Name"]) is None


def test_malformed_saved_mapping_is_ignored() -> None:
    assert saved_mapping({}, HEADERS) is None
    assert saved_mapping({"mapping": "Phone"}, HEADERS) is None
    assert saved_mapping({"mapping": [[0, "Phone", "nonsense", ""]]}, ["Phone"]) is None
    assert saved_mapping({"mapping": [[0, "Phone"]]}, ["Phone"]) is None
    assert saved_mapping({"mapping": [["x", "Phone", "phone", ""]]}, ["Phone"]) is None
