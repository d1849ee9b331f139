"""The one judge of what Sociocs answered a write: done, refused, or not confirmed.

A write counts as done only when its answer has the documented success form: HTTP 2xx and
``{"status": "success"}`` with no ``errors``. An answer listing ``errors`` refused the records
it names (whatever its ``status`` says: the server may have saved the others), so the write is
split until each refused record stands alone (:mod:`.bisection`). Any other answer — ``{}``,
``{"status": "fail"}``, ``"ERROR"``, ``{"success": false}``, a body that is not JSON, a 404
("no such contact") — confirms nothing: what Sociocs holds is read back before anything is
counted (:mod:`.writes`, :mod:`importer.compare.read_back`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from importer.api.errors import ApiError, BatchRejectedError
from importer.api.models import WriteAnswer
from importer.i18n import _


class Verdict(StrEnum):
    """What an answer says about the write."""

    DONE = "done"
    REFUSED = "refused"
    UNCONFIRMED = "unconfirmed"


@dataclass(frozen=True, slots=True)
class Judgement:
    """The verdict on one answer: the server's messages when it refused, in words why it
    confirms nothing otherwise."""

    verdict: Verdict
    messages: tuple[str, ...] = ()
    reason: str = ""


def judge(answer: WriteAnswer) -> Judgement:
    """The verdict on ``answer`` (see the module docstring)."""
    payload = answer.payload
    if answer.status == 404:
        return Judgement(Verdict.UNCONFIRMED, reason=_("Sociocs answered “not found” (HTTP 404)"))
    if not answer.is_json:
        return Judgement(
            Verdict.UNCONFIRMED,
            reason=_("the answer is not JSON ({shown})").format(shown=answer.shown),
        )
    errors = payload.get("errors") if isinstance(payload, dict) else None
    if isinstance(errors, list) and errors:
        messages = answer.messages or (_("(Sociocs gave no details)"),)
        return Judgement(Verdict.REFUSED, messages)
    if isinstance(payload, dict) and payload.get("status") == "success" and not errors:
        return Judgement(Verdict.DONE)
    return Judgement(
        Verdict.UNCONFIRMED,
        reason=_("the answer does not say it was done ({shown})").format(shown=answer.shown),
    )


def judged(write: Callable[[], WriteAnswer]) -> Judgement:
    """The verdict on the answer ``write()`` gets: an HTTP 400 (``BatchRejectedError``) is a
    refusal like ``errors`` listed in a 200."""
    try:
        return judge(write())
    except BatchRejectedError as exc:
        return Judgement(Verdict.REFUSED, tuple(exc.messages))


def in_words(judgement: Judgement) -> str:
    """What the answer said, to quote when a read shows otherwise."""
    if judgement.verdict is Verdict.REFUSED:
        return _("Sociocs answered “{messages}”").format(messages="; ".join(judgement.messages))
    return judgement.reason


class UnconfirmedError(ApiError):
    """A write whose answer confirmed nothing, and whose records Sociocs did not all hold when
    read back: the rest is written again, with the waits and questions of a server problem."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            _(
                "Sociocs's answer did not confirm the contacts were saved ({reason}); reading "
                "them back showed some were not."
            ).format(reason=reason),
            hint=_("What Sociocs holds was counted; the others are sent again."),
        )
