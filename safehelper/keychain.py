"""The OS keyring, and an honest answer to "is it safe to keep a key there?".

SafeHelper keeps small secrets (the locker's device key, an alert channel's
address) in the OS keyring: Windows Credential Manager, the macOS Keychain, or
the Secret Service on Linux. Some installs only have a backend that fails, does
nothing, or writes a plain file; those are reported as insecure so the caller
can ask for a passphrase instead of silently storing a key in the clear.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from safehelper.errors import Phrase, SafeHelperError

log = logging.getLogger(__name__)

SERVICE = "SafeHelper"

# Backends that exist but do not protect a secret: they fail, drop it, or keep it in a file.
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


@dataclass(frozen=True)
class BackendStatus:
    """Which keyring backend is in use and whether a key may be kept there."""

    name: str
    secure: bool
    reason: Phrase  # in plain words, for the locker's create form


def _real_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    if inner is not None:  # the chainer: only as good as what it chains
        return list(inner)
    return [backend]


def _is_secure(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(_INSECURE_MODULES):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:
        return False


def backend_status() -> BackendStatus:
    """Describe the keyring backend ``keyring`` would use, without storing anything."""
    backend = keyring.get_keyring()
    real = [b for b in _real_backends(backend) if _is_secure(b)]
    name = ", ".join(type(b).__module__ + "." + type(b).__name__ for b in _real_backends(backend))
    if not real:
        return BackendStatus(
            name=name or type(backend).__name__,
            secure=False,
            reason=Phrase("keyring.none"),
        )
    return BackendStatus(name=name, secure=True, reason=Phrase("keyring.available"))


def require_secure_backend() -> None:
    """Raise a plain error if a key must not be kept in this computer's keyring."""
    status = backend_status()
    if not status.secure:
        raise SafeHelperError("keyring.none_use_passphrase")


def set_secret(name: str, value: str) -> None:
    """Keep ``value`` in the keyring under ``name``; refuse if the keyring is not safe."""
    require_secure_backend()
    try:
        keyring.set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        log.warning("keyring: could not store an entry (%s)", type(exc).__name__)
        raise SafeHelperError("keyring.locked_use_new_passphrase") from exc


def get_secret(name: str) -> str | None:
    """Read an entry, or ``None`` if there is none. A locked keyring is a plain error."""
    try:
        return keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        log.warning("keyring: could not read an entry (%s)", type(exc).__name__)
        raise SafeHelperError("keyring.locked_use_passphrase") from exc


def delete_secret(name: str) -> None:
    """Remove an entry if it exists. Missing entries are not an error."""
    try:
        keyring.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as exc:
        log.warning("keyring: could not delete an entry (%s)", type(exc).__name__)
        raise SafeHelperError("keyring.locked_cannot_remove") from exc
