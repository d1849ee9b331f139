"""Tolerant parsing of GET /lists, served verbatim by the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.api.client import SociocsClient
from importer.api.errors import BatchRejectedError, ListNotConfirmedError
from importer.api.list_parsing import parse_lists
from importer.api.models import ContactList
from importer.sandbox.server import SandboxServer
from tests.helpers.sandbox import TEST_API_KEY


def _lists_served(sandbox: SandboxServer, payload: Any) -> list[ContactList]:
    sandbox.lists_override = payload
    return SociocsClient(TEST_API_KEY, sandbox.url).lists()


def test_documented_shape_with_extra_fields(sandbox: SandboxServer) -> None:
    payload = {
        "status": "success",
        "data": [{"id": 10001, "name": "Newsletter", "count": 3, "created": "2024-01-01"}],
    }
    (parsed,) = _lists_served(sandbox, payload)
    assert parsed == ContactList(10001, "Newsletter")
    assert parsed.extra == {"count": 3, "created": "2024-01-01"}


def test_numeric_string_ids_and_bare_array(sandbox: SandboxServer) -> None:
    payload = [{"id": "1000001", "name": " Big list "}, {"id": 7, "name": "Seven"}]
    assert _lists_served(sandbox, payload) == [
        ContactList(1000001, "Big list"),
        ContactList(7, "Seven"),
    ]


def test_wrapped_lists_and_alternative_name_keys(sandbox: SandboxServer) -> None:
    payload = {"status": "success", "data": {"lists": [{"id": 5, "list_name": "Alt"}]}}
    (parsed,) = _lists_served(sandbox, payload)
    assert parsed == ContactList(5, "Alt")
    assert parsed.extra == {}


def test_malformed_items_are_skipped(sandbox: SandboxServer) -> None:
    payload = {
        "status": "success",
        "data": [
            {"id": "abc", "name": "bad id"},
            {"name": "no id"},
            {"id": True, "name": "boolean id"},
            {"id": 1.5, "name": "float id"},
            "just text",
            None,
            {"id": 3},
            {"id": 4, "name": "Good"},
        ],
    }
    assert _lists_served(sandbox, payload) == [ContactList(3, "List 3"), ContactList(4, "Good")]


@pytest.mark.parametrize("payload", [{"status": "success"}, {"status": "success", "data": 3}, {}])
def test_shapes_without_lists_give_an_empty_result(sandbox: SandboxServer, payload: Any) -> None:
    assert _lists_served(sandbox, payload) == []


def test_a_json_string_gives_an_empty_result(sandbox: SandboxServer) -> None:
    sandbox.lists_override = "not an object"
    assert SociocsClient(TEST_API_KEY, sandbox.url).lists() == []


def test_create_list_with_an_empty_name_is_rejected(sandbox: SandboxServer) -> None:
    api = SociocsClient(TEST_API_KEY, sandbox.url)
    with pytest.raises(BatchRejectedError, match="name is required"):
        api.create_list(" ")


@pytest.mark.parametrize(
    "body",
    [
        b'{"status":"fail","data":{"id":10003}}',
        b"{}",
        b'{"status":"success"}',
        b'{"status":"success","data":{"id":true}}',
        b'{"status":"success","data":{"id":10003},"errors":[{"msg":"later"}]}',
        b'{"success":true,"data":{"id":10003}}',
        b"<html>OK</html>",
    ],
)
def test_create_list_counts_only_the_documented_success(
    sandbox: SandboxServer, body: bytes
) -> None:
    sandbox.faults.odd_list_next = 1
    sandbox.faults.odd_list_body = body
    api = SociocsClient(TEST_API_KEY, sandbox.url)
    with pytest.raises(ListNotConfirmedError) as caught:
        api.create_list("Partners")
    assert caught.value.shown == body.decode()
    assert "Partners" not in [item.name for item in api.lists()]
    assert api.create_list("Partners") == ContactList(10003, "Partners"), "the next is"


def test_create_list_answered_with_status_error_is_a_refusal(sandbox: SandboxServer) -> None:
    sandbox.faults.odd_list_next = 1
    sandbox.faults.odd_list_body = b'{"status":"error","errors":[{"msg":"Name taken."}]}'
    with pytest.raises(BatchRejectedError, match="Name taken"):
        SociocsClient(TEST_API_KEY, sandbox.url).create_list("Partners")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(_JSON)
def test_any_json_payload_parses_without_error(payload: Any) -> None:
    for item in parse_lists(payload):
        assert isinstance(item.id, int)
        assert item.name
