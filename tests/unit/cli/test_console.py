"""The terminal side of a job: progress lines and the answers given to retry questions."""

from __future__ import annotations

import io

from importer.cli.console import ConsoleAnswers, ProgressPrinter
from importer.jobs.decisions import RetryChoice, RetryEvent, RetryKind, retry_message
from importer.jobs.progress import JobState
from tests.helpers.upload_rows import upload_progress


def event(*, exhausted: bool) -> RetryEvent:
    kind = RetryKind.SERVER_ERROR
    return RetryEvent(kind, retry_message(kind, 8, exhausted=exhausted), 8.0, 6, exhausted)


def test_terminal_line_is_rewritten_in_place() -> None:
    stream = io.StringIO()
    printer = ProgressPrinter(stream, live=True)
    printer(upload_progress(100_000))
    printer(upload_progress(120_000, JobState.FINISHED))
    printer.close()
    text = stream.getvalue()
    assert text.startswith("\rUploaded 100,000") and text.count("\r") == 2
    assert text.endswith("\n")


def test_without_a_terminal_lines_are_throttled() -> None:
    now = [0.0]
    stream = io.StringIO()
    printer = ProgressPrinter(stream, live=False, clock=lambda: now[0])
    for done in range(0, 60_000, 10_000):
        printer(upload_progress(done))
        now[0] += 1.0
    printer(upload_progress(60_000, JobState.FINISHED))
    lines = stream.getvalue().splitlines()
    assert [line.split(" of ")[0] for line in lines] == [
        "Uploaded 0",
        "Uploaded 50,000",
        "Uploaded 60,000",
    ]


def test_answers_wait_while_retries_remain_then_ask() -> None:
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return "y"

    answers = ConsoleAnswers(interactive=True, ask_line=ask)
    assert answers.retry(event(exhausted=False)) is RetryChoice.WAIT
    assert asked == []
    assert answers.retry(event(exhausted=True)) is RetryChoice.WAIT
    assert "Keep trying? [y/N]" in asked[0]
    assert (
        ConsoleAnswers(interactive=True, ask_line=lambda _p: "").retry(event(exhausted=True))
        is RetryChoice.STOP
    )


def test_without_a_terminal_exhausted_retries_stop_and_no_key_is_asked() -> None:
    answers = ConsoleAnswers(interactive=False)
    assert answers.retry(event(exhausted=True)) is RetryChoice.STOP
    assert answers.new_key() is None


def test_a_new_key_is_read_hidden() -> None:
    answers = ConsoleAnswers(interactive=True, ask_secret=lambda _p: "  new:key \n")
    assert answers.new_key() == "new:key"
    assert ConsoleAnswers(interactive=True, ask_secret=lambda _p: "").new_key() is None
