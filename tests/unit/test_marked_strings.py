"""Every text the user reads is marked for translation (an AST scan of gui/ and importer/).

gui/: a literal passed to a widget's text setter or constructor, a dialog's title or text, or
``show_error``'s title must be wrapped in ``tr``/``QCoreApplication.translate`` (or be a
constant marked with ``QT_TRANSLATE_NOOP``); counts use ``tr(…, n)``, never the engine's
``plural``. importer/: the message and hint of an ``ImporterError`` (or subclass), a phone
problem's text, an issue's message and what the CLI prints for people go through ``_``,
``N_`` or ``plural``. Nowhere is an f-string given to a marker: it could not be extracted.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEXT_SETTERS = {
    "setTitle",
    "setSubTitle",
    "setText",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "setWindowTitle",
    "setLabelText",
    "setInformativeText",
    "addButton",
    "addItem",
    "addRow",
    "show_error",
    "show_busy",
    "show_ok",
    "show_warning",
    "show_info",
}
"""Methods whose first argument is shown to the user."""
TEXT_WIDGETS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QToolButton",
    "QAction",
    "Collapsible",
    "QMessageBox",
    "QListWidgetItem",
}
"""Constructors taking the shown text (QMessageBox: its title and text)."""
GUI_MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP"}
ENGINE_MARKERS = {"_", "N_", "ngettext", "pgettext", "plural"}
ENGINE_PEOPLE_OUTPUT = {"tell_error", "print", "input", "ArgumentTypeError"}
"""CLI calls whose text is for people (JSON output is built with json.dumps, never a literal)."""
ENGINE_SKIPPED = ("importer/sandbox/",)
"""The sandbox imitates the Sociocs API, whose messages are English."""
GUI_SKIPPED = ("gui/english_plurals.py",)
"""The English singulars of counted phrases: a catalog written in code, keyed by marked texts
(test_catalogs checks it against them)."""


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _error_classes() -> set[str]:
    """ImporterError and every class deriving from it in importer/."""
    classes = [
        node
        for path in (ROOT / "importer").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    ]
    found = {"ImporterError"}
    grew = True
    while grew:
        grew = False
        for node in classes:
            bases = {getattr(b, "id", "") or getattr(b, "attr", "") for b in node.bases}
            if node.name not in found and bases & found:
                found.add(node.name)
                grew = True
    return found


def _is_words(node: ast.expr) -> bool:
    """A literal (or f-string, or concatenation with one) holding words."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and sum(c.isalpha() for c in node.value) >= 2
    if isinstance(node, ast.JoinedStr):
        return any(_is_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _is_words(node.left) or _is_words(node.right)
    if isinstance(node, ast.IfExp):
        return _is_words(node.body) or _is_words(node.orelse)
    return False


def _files(folder: str) -> Iterator[tuple[str, ast.Module]]:
    for path in sorted((ROOT / folder).rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        yield relative, ast.parse(path.read_text(encoding="utf-8"))


def _gui_texts(call: ast.Call) -> list[ast.expr]:
    name = _name(call)
    if name == "QMessageBox":
        return call.args[1:3]
    if name in TEXT_SETTERS or name in TEXT_WIDGETS:
        shown = call.args[2:3] if name == "show_error" else call.args[:1]
        return shown + [k.value for k in call.keywords if k.arg in {"text", "title"}]
    if name in {"setButtonText", "setTabText", "setItemText"}:
        return call.args[1:2]
    if name == "ask":
        return call.args[1:5]
    return []


def _engine_texts(call: ast.Call, errors: set[str]) -> list[ast.expr]:
    name = _name(call)
    if name in errors or name in ENGINE_PEOPLE_OUTPUT:
        return [*call.args, *(k.value for k in call.keywords if k.arg in {"hint", "message"})]
    if name == "PhoneProblem":
        return call.args[1:2]
    if name == "Issue":
        return call.args[4:5]
    return []


def unmarked(folder: str) -> list[str]:
    """``file:line: text`` for each user-visible literal of ``folder`` that is not marked."""
    errors = _error_classes()
    found = []
    for relative, tree in _files(folder):
        if relative.startswith(ENGINE_SKIPPED):
            continue
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            texts = _gui_texts(call) if folder == "gui" else _engine_texts(call, errors)
            found += [
                f"{relative}:{text.lineno}: {ast.unparse(text)[:80]}"
                for text in texts
                if _is_words(text)
            ]
    return found


ACCELERATOR = re.compile(r"&(?!amp;|nbsp;|lt;|gt;|quot;)[A-Za-z]")
"""A keyboard accelerator ("&Show:"): only a label or a button text has one."""


def _docstrings(tree: ast.Module) -> set[int]:
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def unmarked_labels() -> list[str]:
    """Literals in gui/ with a keyboard accelerator that are not inside a marker call."""
    found = []
    for relative, tree in _files("gui"):
        if relative.startswith(GUI_SKIPPED):
            continue
        marked = {
            id(inner)
            for call in ast.walk(tree)
            if isinstance(call, ast.Call) and _name(call) in GUI_MARKERS
            for inner in ast.walk(call)
        }
        skipped = marked | _docstrings(tree)
        found += [
            f"{relative}:{node.lineno}: {node.value[:80]}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skipped
            and ACCELERATOR.search(node.value)
        ]
    return found


def misused_markers(folder: str) -> list[str]:
    """Markers given an f-string or a concatenation (not extractable), and, in gui/, the
    engine's ``plural`` (Qt's ``tr(…, n)`` counts there)."""
    markers = GUI_MARKERS if folder == "gui" else ENGINE_MARKERS
    found = []
    for relative, tree in _files(folder):
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name = _name(call)
            if folder == "gui" and name == "plural":
                found.append(f"{relative}:{call.lineno}: plural() in the GUI: use tr(…, n)")
            if name in markers and any(
                isinstance(arg, ast.JoinedStr | ast.BinOp) and _is_words(arg) for arg in call.args
            ):
                found.append(f"{relative}:{call.lineno}: {ast.unparse(call)[:80]}")
    return found


@pytest.mark.parametrize("folder", ["gui", "importer"])
def test_every_user_visible_text_is_marked_for_translation(folder: str) -> None:
    assert unmarked(folder) == []


def test_every_label_with_an_accelerator_is_marked() -> None:
    assert unmarked_labels() == []


@pytest.mark.parametrize("folder", ["gui", "importer"])
def test_markers_get_whole_literal_sentences(folder: str) -> None:
    assert misused_markers(folder) == []


def test_the_scan_finds_an_unmarked_text(tmp_path: Path) -> None:
    code = ast.parse(
        'label = QLabel("Hello there", self)\n'
        'raise SourceError(path, f"Row {row} is bad.", hint="Fix it.")\n'
        'ok = QLabel(self.tr("Hello there"), self)\n'
    )
    calls = [n for n in ast.walk(code) if isinstance(n, ast.Call)]
    gui = [t for c in calls for t in _gui_texts(c) if _is_words(t)]
    engine = [t for c in calls for t in _engine_texts(c, {"SourceError"}) if _is_words(t)]
    assert [ast.unparse(t) for t in gui] == ["'Hello there'"]
    assert [ast.unparse(t) for t in engine] == ["f'Row {row} is bad.'", "'Fix it.'"]
