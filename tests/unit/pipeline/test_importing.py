"""The whole import through the pipeline, with a front end that records what it was shown and
asked: the same steps the command line and the wizard run, against a real sandbox."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from importer.api.client import SociocsClient
from importer.check.issues import Outcome
from importer.choices import ExistingPolicy
from importer.compare.engine import CompareProgress
from importer.history.store import ImportHistory, ImportState
from importer.jobs.backoff import BackoffPolicy
from importer.pipeline.importing import run_import
from importer.pipeline.outcome import Ending, ImportPlace
from importer.sandbox.server import SandboxServer
from importer.upload.progress import UploadProgress
from tests.helpers.pipeline import ScriptedFrontEnd, choices_for, contacts_file
from tests.helpers.upload_faults import at_request


@pytest.fixture
def source(tmp_path: Path) -> Path:
    phones = ["+1 617 200 0001", "+1 617 200 0002", "12", "+1 617 200 0003"]
    return contacts_file(tmp_path / "contacts.csv", phones)


@pytest.fixture
def place(tmp_path: Path) -> ImportPlace:
    return ImportPlace(tmp_path / "journals", ImportHistory(tmp_path / "history.json"))


def test_the_whole_import_runs_its_steps_in_order(
    sandbox: SandboxServer, client: SociocsClient, source: Path, place: ImportPlace
) -> None:
    front = ScriptedFrontEnd()
    end = run_import(
        client, choices_for(source), front, place, report_path=source.with_suffix(".xlsx")
    )
    assert front.events == [
        "checked 3 ready",
        "no earlier run",
        "planned 3 to send",
        "confirm?",
        "ended sent",
    ]
    assert front.jobs == ["compare", "upload"]
    kinds = {type(progress) for progress in front.progress}
    assert kinds == {CompareProgress, UploadProgress}
    assert end.ending is Ending.SENT and end.sent is not None
    assert end.sent.summary.uploaded == 3 and end.sent.summary.invalid == 1
    assert end.choices.consent_confirmed, "confirming is the consent"
    assert end.report == source.with_suffix(".xlsx") and end.report.is_file()
    assert set(sandbox.store.contacts()) == {"+16172000001", "+16172000002", "+16172000003"}
    assert place.history is not None
    (entry,) = place.history.entries()
    assert entry.id == end.sent.import_id and entry.state is ImportState.FINISHED
    assert entry.report_path == str(end.report)


def test_a_dry_run_writes_the_plan_and_sends_nothing(
    sandbox: SandboxServer, client: SociocsClient, source: Path, place: ImportPlace
) -> None:
    front = ScriptedFrontEnd()
    end = run_import(client, choices_for(source), front, place, preview=True)
    assert end.ending is Ending.PREVIEWED and end.snapshot is not None
    assert end.report is not None and end.report.suffix == ".csv" and end.report.is_file()
    assert "confirm?" not in front.events and front.jobs == ["compare"]
    assert sandbox.store.contacts() == {}


def test_a_file_with_no_row_ready_ends_with_the_check_report(
    sandbox: SandboxServer, client: SociocsClient, tmp_path: Path, place: ImportPlace
) -> None:
    front = ScriptedFrontEnd()
    source = contacts_file(tmp_path / "bad.csv", ["12", "34"])
    end = run_import(client, choices_for(source), front, place)
    assert end.ending is Ending.NOTHING_READY
    assert front.events == ["checked 0 ready", "ended nothing_ready"]
    assert end.report is not None and end.report.is_file() and front.jobs == []


def test_nothing_is_sent_without_confirmation_nor_a_new_list_created(
    sandbox: SandboxServer, client: SociocsClient, source: Path, place: ImportPlace
) -> None:
    front = ScriptedFrontEnd(confirm=False)
    end = run_import(client, choices_for(source, None, "Fresh"), front, place)
    assert end.ending is Ending.NOT_CONFIRMED and end.report is None
    assert sandbox.store.contacts() == {}
    assert "Fresh" not in [item.name for item in client.lists()]


def test_a_new_list_is_created_once_confirmed(
    sandbox: SandboxServer, client: SociocsClient, source: Path, place: ImportPlace
) -> None:
    end = run_import(client, choices_for(source, None, "Fresh"), ScriptedFrontEnd(), place)
    (fresh,) = [item for item in client.lists() if item.name == "Fresh"]
    assert end.ending is Ending.SENT and end.choices.list_id == fresh.id
    assert all(fresh.id in contact["lists"] for contact in sandbox.store.contacts().values())


def test_an_import_sent_before_has_nothing_to_send(
    sandbox: SandboxServer, client: SociocsClient, source: Path, place: ImportPlace
) -> None:
    choices = choices_for(source)
    run_import(client, choices, ScriptedFrontEnd(), place)
    front = ScriptedFrontEnd()
    again = choices.with_changes(existing=ExistingPolicy.REPLACE)
    end = run_import(client, again, front, place, report_path=source.with_suffix(".csv"))
    assert end.ending is Ending.NOTHING_TO_SEND and end.plan is not None
    assert "confirm?" not in front.events
    outcomes = [row[1] for row in csv.reader(source.with_suffix(".csv").open(encoding="utf-8-sig"))]
    assert outcomes[1:].count(Outcome.UNCHANGED.value) == 3


def test_an_unanswered_question_ends_the_import_before_comparing(
    sandbox: SandboxServer, client: SociocsClient, source: Path, place: ImportPlace
) -> None:
    front = ScriptedFrontEnd(restart=None)
    end = run_import(client, choices_for(source), front, place)
    assert end.ending is Ending.UNDECIDED and front.jobs == []


def test_a_report_whose_folder_is_gone_goes_to_documents_and_says_so(
    sandbox: SandboxServer,
    client: SociocsClient,
    source: Path,
    place: ImportPlace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    gone = tmp_path / "USB stick" / "report.xlsx"
    end = run_import(client, choices_for(source), ScriptedFrontEnd(), place, report_path=gone)
    moved = tmp_path / "home" / "Documents" / "report.xlsx"
    assert end.ending is Ending.SENT and end.report == moved and moved.is_file()
    assert end.report_note.startswith(f'The report could not be saved as "{gone}": the folder')
    assert place.history is not None
    assert place.history.entries()[0].report_path == str(moved)


def test_a_report_that_cannot_be_written_is_handed_back_after_the_upload(
    sandbox: SandboxServer,
    client: SociocsClient,
    source: Path,
    place: ImportPlace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "home").write_text("no Documents folder can be made under a file")
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    nowhere = tmp_path / "missing" / "report.xlsx"
    end = run_import(client, choices_for(source), ScriptedFrontEnd(), place, report_path=nowhere)
    assert end.ending is Ending.SENT and end.report is None
    assert end.report_error is not None and "report.xlsx" in str(end.report_error)
    assert len(sandbox.store.contacts()) == 3, "the upload itself is done"


def test_an_upload_of_a_file_changed_since_is_continued_only_when_asked(
    sandbox: SandboxServer,
    client: SociocsClient,
    source: Path,
    place: ImportPlace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(BackoffPolicy, "backoff", lambda self, attempt: 0.0)
    faults = sandbox.faults
    at_request(sandbox, "POST", 2, lambda: setattr(faults, "server_error_next", 1000))
    first = run_import(client, choices_for(source), ScriptedFrontEnd(), place, batch_size=1)
    assert first.sent is not None and first.sent.summary.stopped
    faults.server_error_next = 0
    contacts_file(source, ["+1 617 200 0009", "+1 617 200 0002", "12", "+1 617 200 0003"])

    undecided = ScriptedFrontEnd(continue_changed=None)
    end = run_import(client, choices_for(source), undecided, place, batch_size=1)
    assert end.ending is Ending.UNDECIDED
    assert undecided.events == [
        "checked 3 ready",
        "contacts.csv changed since 1 were done",
        "ended undecided",
    ]
    assert set(sandbox.store.contacts()) == {"+16172000001"}, "nothing more was sent"

    going_on = ScriptedFrontEnd(continue_changed=True)
    end = run_import(client, choices_for(source), going_on, place, batch_size=1)
    assert going_on.events == [
        "checked 3 ready",
        "contacts.csv changed since 1 were done",
        "checked 3 ready",
        "planned 3 to send (followed)",
        "confirm?",
        "ended sent",
    ]
    assert end.sent is not None and end.sent.import_id == first.sent.import_id
    assert set(sandbox.store.contacts()) == {"+16172000001", "+16172000002", "+16172000003"}
    assert end.result.raw_phones[0] == "+1 617 200 0001", "the rows as they were checked"
    assert end.source_note.startswith("contacts.csv changed after it was checked")
