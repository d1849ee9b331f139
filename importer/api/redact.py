"""Keep secrets (the API key) out of text and log records."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterable

REDACTED = "[redacted]"
_MIN_PART = 4


def secret_forms(secret: str) -> list[str]:
    """The ways a key can show up in text: whole, its password part, Basic-auth base64."""
    forms = {secret, base64.b64encode(secret.encode("utf-8")).decode("ascii")}
    _, sep, password = secret.partition(":")
    if sep and len(password) >= _MIN_PART:
        forms.add(password)
    return sorted((f for f in forms if f), key=len, reverse=True)


def redact(text: str, secret: str | None) -> str:
    """``text`` with every form of ``secret`` replaced by ``[redacted]``."""
    if not secret:
        return text
    for form in secret_forms(secret):
        text = text.replace(form, REDACTED)
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that removes secrets from messages and tracebacks of records.

    Install it on handlers (``handler.addFilter(RedactingFilter([key]))``); more secrets can
    be added later with :meth:`add`.
    """

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        super().__init__()
        self._secrets: list[str] = [s for s in secrets if s]

    def add(self, secret: str | None) -> None:
        """Also hide ``secret`` from now on."""
        if secret and secret not in self._secrets:
            self._secrets.append(secret)

    def scrub(self, text: str) -> str:
        """``text`` with every known secret redacted."""
        for secret in self._secrets:
            text = redact(text, secret)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; never drops it."""
        if not self._secrets:
            return True
        record.msg = self.scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = self.scrub(record.stack_info)
        return True
