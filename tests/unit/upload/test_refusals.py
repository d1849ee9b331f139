"""A refused contact is told by its row and reason, never by its place in a request."""

from __future__ import annotations

import pytest

from importer.upload.refusals import refusal_text, server_reason


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("records[0]: name not allowed.", "name not allowed."),
        ("record 0: name not allowed", "name not allowed"),
        ("Records [12] - phone_number is required.", "phone_number is required."),
        (
            "records[0]: phone_number 'x' is not valid.; records[0]: name must be a string.",
            "phone_number 'x' is not valid.; name must be a string.",
        ),
        ("The list does not exist.", "The list does not exist."),
        ("records[3]: ", "Sociocs gave no reason."),
    ],
)
def test_the_request_position_is_dropped(message: str, reason: str) -> None:
    assert server_reason(message) == reason


def test_the_refusal_names_the_sheet_row() -> None:
    assert refusal_text(12, "record 0: name not allowed") == (
        "Sociocs refused row 12: name not allowed"
    )
