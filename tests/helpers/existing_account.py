"""An account that already holds contacts when an import starts: some identical to the file,
some with another name, some with fields the file lacks, some not in the file at all."""

from __future__ import annotations

from pathlib import Path

from importer.api.client import SociocsClient
from importer.check.result import CheckResult
from importer.choices import ExistingPolicy, ImportChoices
from importer.compare.classify import classify
from importer.compare.engine import CompareEngine
from importer.compare.plan import ComparePlan, PlannedRows
from importer.history.recording import begin_import, end_import
from importer.history.store import ImportHistory
from importer.sandbox.store import SandboxStore
from importer.upload.engine import UploadEngine
from importer.upload.journal import Journal
from importer.upload.summary import UploadSummary
from tests.helpers.upload_faults import FakeTime, RecordingDecider
from tests.helpers.upload_rows import make_result, phone_of

LIST_ID = 10001
IDENTICAL = (0, 1)
RENAMED = (2, 3)
MORE_FIELDS = (4, 5)
OUTSIDE_THE_LIST = (6,)
NOT_IN_THE_FILE = ("+14155550199", "+14155550100")


def seed_account(store: SandboxStore) -> None:
    """Rows 0-6 of :func:`make_result` exist (0-1 identical, 2-3 renamed, 4-5 with a
    ``tier`` the file lacks, 6 identical but in no list); two contacts are not in the file."""
    members = [
        *(
            {
                "phone_number": phone_of(i),
                "name": f"Person {i}",
                "extra_fields": {"city": f"City {i}"},
            }
            for i in IDENTICAL
        ),
        *(
            {"phone_number": phone_of(i), "name": "Old name", "extra_fields": {"city": f"City {i}"}}
            for i in RENAMED
        ),
        *(
            {
                "phone_number": phone_of(i),
                "name": f"Person {i}",
                "extra_fields": {"city": "Elsewhere", "tier": "gold"},
            }
            for i in MORE_FIELDS
        ),
        {"phone_number": NOT_IN_THE_FILE[0], "name": "Bystander", "extra_fields": {"x": 1}},
    ]
    store.upsert(LIST_ID, members)
    others = [
        {"phone_number": phone_of(6), "name": "Person 6", "extra_fields": {"city": "City 6"}},
        {"phone_number": NOT_IN_THE_FILE[1], "name": "Other bystander"},
    ]
    store.upsert(0, others)


def file_rows(count: int = 12) -> CheckResult:
    """The file: rows 0-6 exist in the account, the rest are new (row 11 invalid); its city
    column holds "City i"."""
    result = make_result(count, invalid={count - 1})
    result.extras["city"] = [f"City {i}" for i in range(count)]
    return result


def plan_for(
    client: SociocsClient, result: CheckResult, existing: ExistingPolicy, **kwargs: bool
) -> ComparePlan:
    """Compare ``result`` with the account and classify it for ``existing``."""
    phones = [result.phones[i] or "" for i in result.ready_indices()]
    run = CompareEngine(client, phones, list_id=LIST_ID, decider=RecordingDecider()).run()
    assert run.snapshot is not None, run.stop_message
    return classify(result, run.snapshot, LIST_ID, existing, **kwargs)


def import_planned(
    client: SociocsClient,
    result: CheckResult,
    plan: ComparePlan,
    folder: Path,
    history: ImportHistory,
) -> tuple[str, UploadSummary]:
    """Back the plan up, upload it (waits on a fake clock); the import's id and summary."""
    with Journal.open(
        folder, "import", file_name="contacts.csv", rows_total=len(result.ready_indices())
    ) as journal:
        choices = ImportChoices(
            result.path, list_id=LIST_ID, list_name="Newsletter", consent_confirmed=True
        )
        import_id = begin_import(
            journal, result, plan, choices, history, api_url=client.base_url, identity="import"
        )
        fake_time = FakeTime()
        engine = UploadEngine(
            client,
            PlannedRows(result, plan),
            list_id=LIST_ID,
            phone_number_cc="1",
            decider=RecordingDecider(),
            journal=journal,
            settled=plan.settled(),
            clock=fake_time.clock,
            sleeper=fake_time.sleep,
        )
        summary = engine.run()
    end_import(history, import_id, summary)
    return import_id, summary
