"""The API key never shows up in log output, exception texts or repr."""

from __future__ import annotations

import base64
import io
import logging
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.api.client import SociocsClient
from importer.api.errors import ApiError, BatchRejectedError
from importer.api.redact import REDACTED, RedactingFilter, redact
from importer.sandbox.server import SandboxServer
from tests.helpers.sandbox import TEST_API_KEY

SECRET_PART = TEST_API_KEY.partition(":")[2]


def test_redact_hides_the_key_its_password_and_its_basic_auth_form() -> None:
    basic = base64.b64encode(TEST_API_KEY.encode()).decode()
    text = f"k={TEST_API_KEY} p={SECRET_PART} b={basic}"
    assert redact(text, TEST_API_KEY) == f"k={REDACTED} p={REDACTED} b={REDACTED}"
    assert redact("nothing here", None) == "nothing here"


def test_filter_scrubs_arguments_and_tracebacks() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter([TEST_API_KEY]))
    logger = logging.getLogger("tests.redact")
    logger.addHandler(handler)
    try:
        logger.warning("key is %s", TEST_API_KEY)
        try:
            raise RuntimeError(f"boom {SECRET_PART}")
        except RuntimeError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert SECRET_PART not in output
    assert "key is [redacted]" in output
    assert "RuntimeError: boom [redacted]" in output


def test_key_absent_from_client_logs_and_errors(
    sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    texts = []
    sandbox.faults.rate_limit_next = 1
    sandbox.faults.server_error_next = 1
    with SociocsClient(TEST_API_KEY, sandbox.url) as api:
        texts.append(repr(api))
        for _ in range(3):
            try:
                api.bulk_upsert(0, None, [{"phone_number": "+16175551212"}])
            except ApiError as exc:
                texts.append(str(exc))
        sandbox.faults.drop_connection_next = 1
        with pytest.raises(ApiError) as caught:
            api.lists()
        texts.append(str(caught.value))
    assert len(texts) == 4
    assert caplog.records
    for text in [*texts, caplog.text]:
        assert SECRET_PART not in text


def test_server_messages_echoing_the_key_are_redacted(sandbox: SandboxServer) -> None:
    record = {"phone_number": "+16175551212", "extra_fields": {TEST_API_KEY: ["nested"]}}
    with pytest.raises(BatchRejectedError) as caught:
        SociocsClient(TEST_API_KEY, sandbox.url).bulk_upsert(0, None, [record])
    assert SECRET_PART not in str(caught.value)
    assert REDACTED in caught.value.messages[0]


@given(
    st.text(alphabet=string.ascii_letters + string.digits + ":-_", min_size=1, max_size=20),
    st.text(max_size=30),
    st.text(max_size=30),
)
def test_redacted_text_never_contains_the_secret(secret: str, before: str, after: str) -> None:
    assert secret not in redact(before + secret + after, secret) or secret in REDACTED
