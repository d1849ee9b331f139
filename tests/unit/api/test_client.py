"""SociocsClient against the real sandbox over HTTP: payloads, semantics, typed errors."""

from __future__ import annotations

import json

import pytest

from importer.api.client import ENCODE_SLICE, SociocsClient, bulk_body, encode_json
from importer.api.errors import (
    AuthError,
    BatchRejectedError,
    EndpointNotFoundError,
    InsecureUrlError,
    InvalidApiKeyError,
    InvalidApiUrlError,
)
from importer.api.models import ContactList
from importer.sandbox.server import SandboxServer
from tests.helpers.sandbox import TEST_API_KEY


@pytest.fixture
def client(sandbox: SandboxServer) -> SociocsClient:
    return SociocsClient(TEST_API_KEY, sandbox.url)


def test_bulk_body_is_exactly_the_documented_shape(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    records = [
        {"phone_number": "+16175551212", "name": "Zoë Ürgen", "extra_fields": {"email": "z@x.io"}},
        {"phone_number": "16175551111"},
    ]
    client.bulk_upsert(10001, "1", records)
    request = sandbox.store.last_request
    assert request is not None
    assert (request.method, request.path) == ("POST", "/contacts/bulk")
    assert (
        request.body
        == (
            '{"list_id":10001,"phone_number_cc":"1","records":['
            '{"phone_number":"+16175551212","name":"Zoë Ürgen","extra_fields":{"email":"z@x.io"}},'
            '{"phone_number":"16175551111"}]}'
        ).encode()
    )
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["apikey"] == TEST_API_KEY


def test_a_body_encoded_beforehand_is_sent_as_bulk_upsert_sends_it(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    records = [{"phone_number": "+16175551212", "name": "Ann"}]
    client.bulk_upsert(10001, "1", records)
    assert sandbox.store.last_request is not None
    upserted = sandbox.store.last_request.body
    client.post_bulk(bulk_body(10001, "1", records), len(records))
    assert sandbox.store.last_request.body == upserted
    assert sandbox.store.last_request.headers["Content-Type"] == "application/json"
    with pytest.raises(ValueError, match="not 0"):
        bulk_body(10001, None, [])


def test_phone_number_cc_is_omitted_when_none(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    client.bulk_upsert(0, None, [{"phone_number": "+4915112345678"}])
    assert sandbox.store.last_request is not None
    assert json.loads(sandbox.store.last_request.body) == {
        "list_id": 0,
        "records": [{"phone_number": "+4915112345678"}],
    }


def test_upsert_overwrites_name_and_every_extra_field(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    first = {"phone_number": "+16175551212", "name": "Ann", "extra_fields": {"a": "1", "b": "2"}}
    client.bulk_upsert(10001, None, [first])
    client.bulk_upsert(10002, None, [{"phone_number": "16175551212", "extra_fields": {"b": "3"}}])
    contact = sandbox.store.contacts()["+16175551212"]
    assert contact == {"name": None, "extra_fields": {"b": "3"}, "lists": {10001, 10002}}
    assert not hasattr(client, "get_contact")  # no documented endpoint returns one contact
    assert len(sandbox.store.contacts()) == 1


def test_contacts_page_reads_the_documented_contact_objects(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    client.bulk_upsert(10001, "33", [{"phone_number": "+33612345678", "name": "Léa"}])
    client.bulk_upsert(0, None, [{"phone_number": "+33600000001", "extra_fields": {"a": 1}}])
    page = client.contacts_page(0, 0)
    assert page.size == 2
    lea, other = page.contacts()
    assert (lea.phone, lea.name, lea.extra, lea.extra_raw) == ("+33612345678", "Léa", {}, "{}")
    assert (other.name, other.extra) == (None, {"a": 1})
    assert set(lea.other) == {"id", "created_at", "is_blocked"}
    assert [c.phone for c in client.contacts_page(10001, 0).contacts()] == ["+33612345678"]
    assert client.contacts_page(0, 1, limit=1).contacts() == [other]
    assert client.contacts_page(0, 2).size == 0
    assert sandbox.store.last_request is not None
    assert sandbox.store.last_request.path == "/contacts"


def test_search_finds_a_number_by_its_digits(client: SociocsClient) -> None:
    client.bulk_upsert(0, None, [{"phone_number": "+33612345678", "name": "Léa"}])
    found = client.search_contacts("33612345678").contacts()
    assert [c.phone for c in found] == ["+33612345678"]
    assert client.search_contacts("léa").contacts() == found
    assert client.search_contacts("nobody").size == 0


def test_delete_contact_removes_it_from_a_list_or_everywhere(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    client.bulk_upsert(10001, None, [{"phone_number": "+33612345678"}])
    client.bulk_upsert(10002, None, [{"phone_number": "+33612345678"}])
    client.delete_contact("+33612345678", 10001)
    assert sandbox.store.contacts()["+33612345678"]["lists"] == {10002}
    assert sandbox.store.last_request is not None
    assert json.loads(sandbox.store.last_request.body) == {"list_id": 10001}
    assert client.delete_contact("+33612345678", 0).payload == {"status": "success"}
    assert sandbox.store.contacts() == {}
    gone = client.delete_contact("+33612345678", 0)  # "not found" is an answer, for the judge
    assert (gone.status, gone.messages) == (404, ("Contact not found.",))


def test_lists_and_create_list(client: SociocsClient) -> None:
    assert client.lists()[:3] == [
        ContactList(0, "All Contacts"),
        ContactList(10001, "Newsletter"),
        ContactList(10002, "VIP customers"),
    ]
    created = client.create_list("Spring fair")
    assert created.name == "Spring fair"
    assert created in client.lists()


def test_wrong_key_raises_auth_error_without_the_key(sandbox: SandboxServer) -> None:
    wrong = "someone:not-the-right-secret"
    with pytest.raises(AuthError) as caught:
        SociocsClient(wrong, sandbox.url).lists()
    assert caught.value.status == 401
    assert "not-the-right-secret" not in str(caught.value)
    assert "did not accept the API key" in str(caught.value)


def test_unknown_endpoint_raises_not_found(sandbox: SandboxServer) -> None:
    with pytest.raises(EndpointNotFoundError, match="check the API address"):
        SociocsClient(TEST_API_KEY, sandbox.url + "/v9").lists()


def test_rejected_batch_carries_the_server_messages(client: SociocsClient) -> None:
    records = [{"phone_number": "+16175551212"}, {"phone_number": "12"}, {"name": 5}]
    with pytest.raises(BatchRejectedError) as caught:
        client.bulk_upsert(0, None, records)
    assert caught.value.status == 400
    assert len(caught.value.messages) == 2
    assert caught.value.messages[0].startswith("records[1]:")
    assert "phone_number is required" in caught.value.messages[1]


def test_unknown_list_is_rejected(client: SociocsClient) -> None:
    with pytest.raises(BatchRejectedError, match="list_id 424242 does not exist"):
        client.bulk_upsert(424242, None, [{"phone_number": "+16175551212"}])


@pytest.mark.parametrize("count", [0, 10_001])
def test_batch_size_outside_the_documented_range_is_a_programming_error(
    client: SociocsClient, count: int
) -> None:
    with pytest.raises(ValueError, match=r"1\.\.10000"):
        client.bulk_upsert(0, None, [{"phone_number": "+16175551212"}] * count)


@pytest.mark.parametrize(
    "url", ["http://api.sociocs.com", "http://10.0.0.1:8080", "http://127.0.0.1.evil.com"]
)
def test_plain_http_is_refused_unless_loopback(url: str) -> None:
    with pytest.raises(InsecureUrlError, match="https"):
        SociocsClient(TEST_API_KEY, url)


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9", "http://127.4.5.6", "http://localhost:80/", "http://[::1]:9"],
)
def test_plain_http_is_allowed_on_loopback(url: str) -> None:
    assert SociocsClient(TEST_API_KEY, url).base_url == url.rstrip("/")


@pytest.mark.parametrize(
    "url", ["ftp://api.sociocs.com", "api.sociocs.com", "https://u:p@api.sociocs.com", "https://"]
)
def test_unusable_urls_are_refused(url: str) -> None:
    with pytest.raises(InvalidApiUrlError):
        SociocsClient(TEST_API_KEY, url)


@pytest.mark.parametrize("key", ["", "  ", "has space:x", "line\nbreak", "non-ascii:é"])
def test_malformed_keys_are_refused_without_echoing_them(key: str) -> None:
    with pytest.raises(InvalidApiKeyError) as caught:
        SociocsClient(key, "https://api.sociocs.com")
    assert not key.strip() or key.strip() not in str(caught.value)


def test_repr_hides_the_key(client: SociocsClient) -> None:
    assert "test-secret" not in repr(client)
    assert "127.0.0.1" in repr(client)


def test_encode_json_is_compact_utf8_and_survives_lone_surrogates() -> None:
    assert encode_json({"a": ["é", 1]}) == '{"a":["é",1]}'.encode()
    assert encode_json({"a": "\ud800"}) == b'{"a":"\\ud800"}'
    with pytest.raises(ValueError):
        encode_json({"a": float("nan")})


@pytest.mark.parametrize("count", [1, ENCODE_SLICE - 1, ENCODE_SLICE, ENCODE_SLICE + 1, 1234])
@pytest.mark.parametrize("odd", ["é", "\ud800"])
def test_bulk_body_in_slices_is_byte_for_byte_the_whole_encoding(count: int, odd: str) -> None:
    records = [
        {
            "phone_number": f"+1212555{index:04d}",
            "name": f"Zoë {index}" + (odd if index == count // 2 else ""),
            "extra_fields": {"n": index, "ok": index % 2 == 0, "empty": None, "x": 1.5},
        }
        for index in range(count)
    ]
    for cc in ("1", None):
        whole = {"list_id": 10001, **({"phone_number_cc": cc} if cc else {}), "records": records}
        assert bulk_body(10001, cc, records) == encode_json(whole)


def test_bulk_body_refuses_a_value_json_cannot_carry_in_any_slice() -> None:
    records = [{"phone_number": f"+1212555{i:04d}", "name": None} for i in range(ENCODE_SLICE + 2)]
    records[-1]["x"] = float("nan")
    with pytest.raises(ValueError):
        bulk_body(10001, None, records)
