"""Where the API key comes from: environment first, then a secure OS keyring only."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail

from importer import api_key
from importer.api_key import (
    ENV_VAR,
    MissingApiKeyError,
    clean_key,
    forget_api_key,
    load_api_key,
    require_api_key,
    save_api_key,
)
from tests.helpers.memory_keyring import MemoryKeyring


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("nope")


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv(ENV_VAR, raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_environment_variable_wins(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_api_key("saved:key")
    monkeypatch.setenv(ENV_VAR, "  env:key \n")
    assert load_api_key() == "env:key"


def test_save_load_forget_round_trip(memory_keyring: MemoryKeyring) -> None:
    assert load_api_key() is None
    assert save_api_key(" saved:key ")
    assert memory_keyring.passwords == {
        (api_key.KEYRING_SERVICE, api_key.KEYRING_USER): "saved:key"
    }
    assert load_api_key() == "saved:key"
    forget_api_key()
    assert load_api_key() is None
    forget_api_key()


def test_missing_key_explains_how_to_set_it(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(MissingApiKeyError, match=ENV_VAR):
        require_api_key()


def test_no_secure_backend_means_nothing_is_saved(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not save_api_key("a:b")
        assert load_api_key() is None
        forget_api_key()
    finally:
        keyring.set_keyring(previous)


def test_broken_backend_is_treated_as_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        assert not save_api_key("a:b")
        assert load_api_key() is None
    finally:
        keyring.set_keyring(previous)


def test_pasted_key_loses_spaces_and_line_breaks() -> None:
    assert clean_key("  abc:def\n123 \r\n") == "abc:def123"
