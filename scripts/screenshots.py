"""Regenerate the README screenshots: every wizard page, offscreen, in practice mode.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--states DIR] [--file PATH]
        [--theme light|dark|high-contrast] [--size 1040x680] [--lang de]

The wizard runs against the embedded sandbox with the bundled sample spreadsheet, in a
temporary program folder with an in-memory keyring (nothing of the user's is read or
written); ``--file PATH`` pictures the walk with that file instead (a Google export, a vCard…);
``--lang LANG`` (en, de, es, fr, pt_BR; default en) pictures it in that language.
Each page is one entry of :data:`SHOTS`: how to prepare it before the picture and
what to do before moving on with Next. ``--states DIR`` also pictures the states a user meets
less often (see :mod:`screenshot_states`): a refused address, a password-protected file, the
offer to continue, many problems, a rate-limit wait, a paused upload, the dialogs (the
retry prompt after many tries among them).
``--theme`` pictures the light (default), dark or high-contrast theme; ``--size`` the window's
size in device-independent pixels. The pages marked ``laptop`` are also pictured as on a
1366×768 laptop at 125 % with a taskbar (``<name>-laptop.png``): a work area of 1093×540,
where the window is 1077×500 inside its frame.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SOCIOCS_IMPORTER_HOME"] = tempfile.mkdtemp(prefix="importer-screenshots-")
os.environ.pop("SOCIOCS_API_KEY", None)

import keyring  # noqa: E402
from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402
from screenshot_states import picture_states, wait_until  # noqa: E402

from gui.dialogs.message_boxes import ConfirmDialog  # noqa: E402
from gui.language import apply_language  # noqa: E402
from gui.pages.base import WizardPage  # noqa: E402
from gui.pages.check_page import CheckPage  # noqa: E402
from gui.pages.confirm_page import ConfirmPage  # noqa: E402
from gui.pages.connect_page import ConnectPage  # noqa: E402
from gui.pages.done_page import DonePage  # noqa: E402
from gui.pages.file_page import FilePage  # noqa: E402
from gui.pages.list_page import ListPage  # noqa: E402
from gui.pages.mapping_page import MappingPage  # noqa: E402
from gui.pages.upload_page import UploadPage  # noqa: E402
from gui.theme import ThemeChoice, apply_theme  # noqa: E402
from gui.wizard import FRAME, PAGES, ImportWizard  # noqa: E402
from importer.i18n import LANGUAGES, SOURCE_LANGUAGE  # noqa: E402
from tests.helpers.memory_keyring import MemoryKeyring  # noqa: E402

WINDOW_SIZE = (1040, 680)
LAPTOP_WORK_AREA = QRect(0, 0, 1093, 540)
"""A 1366×768 screen at 125 % less a taskbar, in device-independent pixels."""
THEMES = [ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.HIGH_CONTRAST]


def window_size(text: str) -> tuple[int, int]:
    """ "960x680" → (960, 680)."""
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def page_ready(page: WizardPage) -> bool:
    """Nothing running on ``page``."""
    return not page.is_busy()


Step = Callable[[ImportWizard, WizardPage], None]


@dataclass(frozen=True)
class Shot:
    """One screenshot: the file name, the page, and optional steps around the picture."""

    name: str
    page: type[WizardPage]
    prepare: Step | None = None
    """Run on the page before the picture."""
    leave: Step | None = None
    """Run after the picture, before Next."""
    settle: bool = True
    """Wait for the page's background work to end before the picture (False: picture it busy)."""
    laptop: bool = False
    """Also picture the page in the window of a laptop's work area (:data:`LAPTOP_WORK_AREA`)."""


def start_practice(wizard: ImportWizard, page: WizardPage) -> None:
    """Start the sandbox from the Connect page and wait for the connection test."""
    assert isinstance(page, ConnectPage)
    page.start_practice()
    wait_until(lambda: page.status.state == "ok", "the practice connection")


CHOSEN_FILE: list[Path] = []
"""The file given with ``--file`` (empty: the bundled sample)."""


def load_sample(wizard: ImportWizard, page: WizardPage) -> None:
    """Load the bundled sample workbook, or the file given with ``--file``."""
    assert isinstance(page, FilePage)
    if CHOSEN_FILE:
        page.load_file(CHOSEN_FILE[0])
    else:
        page.use_sample()
    wait_until(page.isComplete, "the file to load")


def select_long_problem(wizard: ImportWizard, page: WizardPage) -> None:
    """Once checked, select the last row (the sample's longest problem) so its text shows."""
    assert isinstance(page, CheckPage)
    wait_until(page.isComplete, "the check")
    page.table.selectRow(page.model.rowCount() - 1)


def seed_existing(wizard: ImportWizard, page: WizardPage) -> None:
    """Put some of the file's contacts in the practice account beforehand, as a user's account
    holds them: one as the file has it, two under another name, one with another value in a
    field and a field the file lacks, so Confirm has updated contacts to show."""
    result, sandbox = wizard.session.result, wizard.session.sandbox
    assert result is not None and sandbox is not None
    ready = result.ready_indices()[:4]
    records = [dict(result.record(i)) for i in ready]
    for record, name in zip(records[1:3], ("Old name", "A. Person"), strict=False):
        record["name"] = name
    if len(records) > 3:
        record = records[3]
        fields = dict(record.get("extra_fields", {}))
        for key in list(fields)[:1]:
            fields[key] = "Old value"
        record["extra_fields"] = {**fields, "tier": "gold"}
    list_id = wizard.session.choices.list_id if wizard.session.choices else 0
    sandbox.store.upsert(list_id or 0, records)


def wait_for_plan(wizard: ImportWizard, page: WizardPage) -> None:
    """The comparison with the practice account is done and its plan shown (consent not yet
    confirmed, as the user first sees it)."""
    assert isinstance(page, ConfirmPage)
    wait_until(
        lambda: page.session.plan is not None and page_ready(page), "the comparison with Sociocs"
    )


def confirm_consent(wizard: ImportWizard, page: WizardPage) -> None:
    """Tick that the contacts agreed to be contacted, which enables Upload."""
    assert isinstance(page, ConfirmPage)
    page.consent.setChecked(True)


SHOTS: tuple[Shot, ...] = (
    Shot("01-connect", ConnectPage, leave=start_practice),
    Shot("02-choose-file", FilePage, prepare=load_sample),
    Shot("03-match-columns", MappingPage),
    Shot("04-check-data", CheckPage, prepare=select_long_problem, laptop=True),
    Shot("05-choose-list", ListPage, leave=seed_existing),
    Shot("06-confirm", ConfirmPage, prepare=wait_for_plan, leave=confirm_consent, laptop=True),
    Shot("07-upload", UploadPage, settle=False),
    Shot("08-done", DonePage),
)


def save(wizard: ImportWizard, path: Path) -> Path:
    """Save the window as PNG at ``path``."""
    QApplication.processEvents()
    if not wizard.grab().save(str(path)):
        raise SystemExit(f"Could not write {path}")
    return path


def grab_on_laptop(wizard: ImportWizard, out: Path, shot: Shot) -> Path:
    """The page in the largest window a laptop's work area holds, then the size before."""
    size = wizard.size()
    wizard.resize(LAPTOP_WORK_AREA.marginsRemoved(FRAME).size())
    try:
        return save(wizard, out / f"{shot.name}-laptop.png")
    finally:
        wizard.resize(size)


def grab(wizard: ImportWizard, out: Path, shot: Shot) -> list[Path]:
    """Bring the page to the screen as the user sees it and save it as PNG (also as on a
    laptop, for the shots marked so)."""
    page = wizard.currentPage()
    if not isinstance(page, shot.page):
        raise SystemExit(f"Expected the {shot.page.__name__} page, found {type(page).__name__}")
    if shot.prepare is not None:
        shot.prepare(wizard, page)
    if shot.settle:
        wait_until(lambda: page_ready(page), f"the {shot.page.__name__} page to settle")
    paths = [save(wizard, out / f"{shot.name}.png")]
    if shot.laptop:
        paths.append(grab_on_laptop(wizard, out, shot))
    return paths


def advance(wizard: ImportWizard, shot: Shot) -> None:
    """Leave the page of ``shot`` with Next and wait for the next page."""
    page = wizard.currentPage()
    assert isinstance(page, WizardPage)
    if shot.leave is not None:
        shot.leave(wizard, page)
    current = wizard.currentId()
    wait_until(
        lambda: wizard.currentId() != current or (page.isComplete() and page_ready(page)),
        f"{shot.name} to allow Next",
    )
    if wizard.currentId() == current:
        wizard.next()
    wait_until(lambda: wizard.currentId() != current, f"the page after {shot.name}")


def grab_history(wizard: ImportWizard, out: Path) -> Path:
    """The Import history dialog, opened from the Done page."""
    page = wizard.currentPage()
    assert isinstance(page, DonePage)
    page.history_button.click()
    dialog = page.history_dialog
    assert dialog is not None
    wait_until(lambda: dialog.isVisible(), "the history dialog")
    QApplication.processEvents()
    path = out / "09-history.png"
    if not dialog.grab().save(str(path)):
        raise SystemExit(f"Could not write {path}")
    dialog.accept()
    return path


GROUP_ROWS = (
    ("Aisha Khan", "VIP, Newsletter"), ("Chen Wei", "Team"), ("Olivia Brown", "Newsletter"),
    ("Mateo López", None), ("Zoe Williams", "VIP"), ("Ravi Patel", "Newsletter, Team"),
    ("Liam O'Connor", "Newsletter"), ("Emma Stone", "Partners"), ("Noah Fischer", None),
    ("Mia Rossi", "Newsletter, VIP"), ("Lena Berg", "Newsletter"), ("Omar Haddad", "Team"),
)  # fmt: skip
"""A members sheet whose "Group" column makes lists: two of them exist in the practice
account (Newsletter, and VIP as "VIP customers" does not match), three are new."""


def write_group_sheet(folder: Path) -> Path:
    """The members sheet of :data:`GROUP_ROWS`, with a phone and an e-mail column."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Name", "Mobile", "Email", "Group"])
    for number, (name, group) in enumerate(GROUP_ROWS):
        email = name.split()[0].lower() + "@example.com"
        sheet.append([name, f"+1 212 374 02{number + 10:02d}", email, group])
    path = folder / "members.xlsx"
    workbook.save(path)
    return path


def grab_lists_confirm(wizard: ImportWizard, out: Path) -> Path:
    """From Done, *Import another file* with a sheet whose Group column makes lists, on to
    Confirm (nothing is uploaded): the lists to be created and the contacts per list."""
    done = wizard.currentPage()
    assert isinstance(done, DonePage)
    done.again_button.click()
    wait_until(lambda: isinstance(wizard.currentPage(), FilePage), "Choose file again")
    file_page = wizard.currentPage()
    assert isinstance(file_page, FilePage)
    file_page.load_file(write_group_sheet(Path(tempfile.mkdtemp(prefix="importer-groups-"))))
    wait_until(file_page.isComplete, "the members sheet to load")
    for shot in SHOTS[1:5]:
        advance(wizard, shot)
    page = wizard.currentPage()
    assert isinstance(page, ConfirmPage)
    wait_for_plan(wizard, page)
    page.lists_box.setFocus()
    QApplication.processEvents()
    scroll = page.findChild(QScrollArea)
    if scroll is not None:  # the lists in view, as a user scrolls to them
        scroll.ensureWidgetVisible(page.lists_box, 0, 0)
    QApplication.processEvents()
    path = out / "10-confirm-lists.png"
    if not wizard.grab().save(str(path)):
        raise SystemExit(f"Could not write {path}")
    return path


def main(argv: list[str] | None = None) -> int:
    """Write one PNG per entry of :data:`SHOTS` and list them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--states", type=Path, help="also picture the less common states here")
    parser.add_argument("--file", type=Path, help="walk with this file instead of the sample")
    parser.add_argument("--theme", choices=[t.value for t in THEMES], default="light")
    parser.add_argument("--size", type=window_size, default=WINDOW_SIZE, help="WIDTHxHEIGHT")
    parser.add_argument(
        "--lang", choices=sorted(LANGUAGES), default=SOURCE_LANGUAGE, help="the wizard's language"
    )
    args = parser.parse_args(argv)
    CHOSEN_FILE[:] = [args.file.resolve()] if args.file is not None else []
    args.out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    real_ask = ConfirmDialog.__dict__["ask"]
    ConfirmDialog.ask = classmethod(lambda cls, *args: args[-1](True))  # type: ignore[method-assign]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Sociocs Contact Importer")
    assert isinstance(app, QApplication)
    apply_theme(app, ThemeChoice(args.theme))
    apply_language(args.lang)
    missing = [p.__name__ for p in PAGES if p not in {s.page for s in SHOTS}]
    if missing:
        print(f"Pages without a screenshot entry: {', '.join(missing)}", file=sys.stderr)
    wizard = ImportWizard()
    wizard.resize(*args.size)
    wizard.show()
    try:
        for number, shot in enumerate(SHOTS):
            print(*grab(wizard, args.out, shot), sep="\n")
            if number + 1 < len(SHOTS):
                advance(wizard, shot)
        print(grab_history(wizard, args.out))
        print(grab_lists_confirm(wizard, args.out))
    finally:
        wizard.shutdown()
        wizard.hide()
        ConfirmDialog.ask = real_ask  # type: ignore[method-assign]
    if args.states is not None:
        args.states.mkdir(parents=True, exist_ok=True)
        for path in picture_states(args.states, args.size):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
