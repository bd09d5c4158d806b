"""Ed25519 signatures on the helpline directory, so an update cannot be forged.

A wrong phone number given to a child in crisis is the worst thing this app
could do, so a new directory is trusted only if it was signed with the
maintainers' private key. The matching public key ships inside the app as
``resources/helplines.pub`` (PEM). The signature of a file is the raw 64-byte
Ed25519 signature over the file's exact bytes, stored as one line of base64
(the ``.sig`` file published next to the directory).
"""

from __future__ import annotations

import base64
import binascii
from functools import cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from safehelper.errors import SafeHelperError
from safehelper.resources import resource_path

PUBLIC_KEY_FILE = "helplines.pub"
SIGNATURE_BYTES = 64


def public_key_from_pem(pem: bytes) -> Ed25519PublicKey:
    """Read an Ed25519 public key from PEM, refusing any other kind of key."""
    try:
        key = load_pem_public_key(pem)
    except ValueError as exc:
        raise SafeHelperError("signature.key_damaged") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise SafeHelperError("signature.key_wrong_type")
    return key


@cache
def shipped_public_key() -> Ed25519PublicKey:
    """The public key bundled with this copy of SafeHelper."""
    return public_key_from_pem(resource_path(PUBLIC_KEY_FILE).read_bytes())


def decode_signature(text: bytes | str) -> bytes:
    """Turn the base64 text of a ``.sig`` file into the 64 signature bytes."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SafeHelperError("signature.unreadable") from exc
    if len(raw) != SIGNATURE_BYTES:
        raise SafeHelperError("signature.unreadable")
    return raw


def encode_signature(raw: bytes) -> str:
    """The one-line base64 text written to a ``.sig`` file."""
    return base64.b64encode(raw).decode("ascii")


def verify(data: bytes, signature: bytes, key: Ed25519PublicKey | None = None) -> None:
    """Raise unless ``signature`` is a valid signature of ``data`` by the (shipped) key."""
    try:
        (key or shipped_public_key()).verify(signature, data)
    except InvalidSignature as exc:
        raise SafeHelperError("signature.not_ours") from exc
