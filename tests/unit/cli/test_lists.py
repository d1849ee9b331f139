"""`contact-importer lists` against the real sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail

from importer.api_key import ENV_VAR
from importer.cli.main import main
from importer.sandbox.server import SandboxServer
from tests.helpers.sandbox import TEST_API_KEY


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_prints_id_and_name_of_each_list(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_VAR, TEST_API_KEY)
    assert main(["lists", "--api-url", sandbox.url]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "   ID  NAME",
        "    0  All Contacts",
        "10001  Newsletter",
        "10002  VIP customers",
    ]


def test_missing_key_exits_2_and_says_how_to_set_it(
    no_keyring: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert main(["lists", "--api-url", "http://127.0.0.1:9"]) == 2
    assert ENV_VAR in capsys.readouterr().err


def test_refused_key_exits_3_without_echoing_it(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_VAR, "other:wrong-secret-value")
    assert main(["lists", "--api-url", sandbox.url]) == 3
    captured = capsys.readouterr()
    assert "did not accept the API key" in captured.err
    assert "wrong-secret-value" not in captured.err + captured.out


def test_insecure_address_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_VAR, TEST_API_KEY)
    assert main(["lists", "--api-url", "http://api.sociocs.com"]) == 2
    assert "https://" in capsys.readouterr().err


def test_empty_account_says_so(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_VAR, TEST_API_KEY)
    sandbox.lists_override = {"status": "success", "data": []}
    assert main(["lists", "--api-url", sandbox.url]) == 0
    assert "No contact lists" in capsys.readouterr().out


def test_key_is_never_taken_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["lists", "--api-key", TEST_API_KEY])
    assert caught.value.code == 2
