"""Where the API key comes from: the ``SOCIOCS_API_KEY`` variable, else the OS keyring.

The key is never written to a clear-text file: without a secure keyring backend
:func:`save_api_key` returns False and the caller asks again next time.
"""

from __future__ import annotations

import logging
import os

import keyring
import keyring.backend
import keyring.errors

from importer.errors import ImporterError
from importer.i18n import _

ENV_VAR = "SOCIOCS_API_KEY"
KEYRING_SERVICE = "Sociocs Contact Importer"
KEYRING_USER = "api-key"
_INSECURE_BACKEND_MODULES = ("keyring.backends.fail", "keyrings.alt")

log = logging.getLogger(__name__)


class MissingApiKeyError(ImporterError):
    """No key in the environment nor in the keyring."""

    def __init__(self) -> None:
        super().__init__(
            _("No Sociocs API key was found."),
            hint=_(
                "Set the {variable} environment variable to your key (Sociocs web app → Profile & "
                "settings → API), or save it once in the import wizard."
            ).format(variable=ENV_VAR),
        )


def clean_key(text: str) -> str:
    """The key as typed or pasted, without spaces or line breaks anywhere."""
    return "".join(text.split())


KEY_HINT_CHARACTERS = 6
"""How much of the key's public part names the account on screen."""


def key_hint(key: str) -> str:
    """The start of the key's public part, to tell accounts apart on screen ("test-u…"):
    the part before ":" (Sociocs takes it as the user name), at most
    :data:`KEY_HINT_CHARACTERS` of it; never the secret after ":". "" for a key without
    a public part."""
    public, colon, _secret = clean_key(key).partition(":")
    if not colon or not public:
        return ""
    if len(public) <= KEY_HINT_CHARACTERS:
        return public
    return f"{public[:KEY_HINT_CHARACTERS]}…"


def load_api_key() -> str | None:
    """The key from ``SOCIOCS_API_KEY`` or the keyring; None when neither has one."""
    from_env = os.environ.get(ENV_VAR, "").strip()
    if from_env:
        return from_env
    if not keyring_available():
        return None
    try:
        stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    except Exception as exc:  # any backend failure means "no saved key"
        log.warning("Could not read the saved API key from the keyring (%s).", type(exc).__name__)
        return None
    key = (stored or "").strip()
    return key or None


def require_api_key() -> str:
    """Like :func:`load_api_key` but raises :class:`MissingApiKeyError` when there is none."""
    key = load_api_key()
    if key is None:
        raise MissingApiKeyError()
    return key


def save_api_key(key: str) -> bool:
    """Store the key in the OS keyring; False when no secure keyring is usable."""
    if not keyring_available():
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, key.strip())
    except Exception as exc:  # a broken backend is "not available"
        log.warning("Could not save the API key in the keyring (%s).", type(exc).__name__)
        return False
    return True


def forget_api_key() -> None:
    """Remove the saved key from the keyring (nothing happens when none is saved)."""
    if not keyring_available():
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)
    except keyring.errors.PasswordDeleteError:
        return
    except Exception as exc:  # nothing more can be done
        log.warning("Could not remove the API key from the keyring (%s).", type(exc).__name__)


def keyring_available() -> bool:
    """True when the active keyring backend stores secrets securely."""
    backend = keyring.get_keyring()
    return _backend_secure(backend)


def _backend_secure(backend: keyring.backend.KeyringBackend) -> bool:
    backends = getattr(backend, "backends", None)
    if backends is not None:
        return any(_backend_secure(b) for b in backends)
    module = type(backend).__module__
    if module.startswith(_INSECURE_BACKEND_MODULES):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend whose priority cannot be read is unusable
        return False
