"""Sealing bytes with AES-256-GCM, and turning a passphrase into a key with scrypt.

Everything the locker keeps on disk that could identify a person or show what
happened goes through :func:`seal`: a fresh random nonce for every call and a
*label* bound in as associated data (for locker items, the item id plus what
the bytes are), so an encrypted thumbnail cannot be swapped in for an image,
nor one item's note for another's, without :func:`open_sealed` noticing.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
# One leading byte names the format, so a future cipher can be told apart from this one.
FORMAT_V1 = b"\x01"
OVERHEAD = len(FORMAT_V1) + NONCE_BYTES + TAG_BYTES

# scrypt cost: N=2^17, r=8, p=1 (128 MiB, about a quarter to a third of a second on a
# modest laptop). Stored with every slot so that a later release can raise it.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
# Stored parameters come from a file someone could edit: cap them so that a tampered
# index cannot make us allocate gigabytes or spin for minutes.
_MAX_N = 2**20
_MAX_R = 32
_MAX_P = 16


class SealError(Exception):
    """Sealed bytes did not open: the key or label is wrong, or the bytes were changed.

    Not a user-facing message on its own: callers know which item or slot it was
    and turn it into plain words.
    """


def new_key() -> bytes:
    """A fresh random 256-bit key, from the operating system's secure generator."""
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def seal(key: bytes, plaintext: bytes, label: bytes) -> bytes:
    """Encrypt and authenticate ``plaintext`` under ``key``, bound to ``label``.

    Each call draws a new random 96-bit nonce; at the locker's scale (far fewer
    than 2^32 seals per key) a random nonce never repeats in practice.
    """
    nonce = os.urandom(NONCE_BYTES)
    return FORMAT_V1 + nonce + AESGCM(key).encrypt(nonce, plaintext, label)


def open_sealed(key: bytes, sealed: bytes, label: bytes) -> bytes:
    """Return the plaintext of :func:`seal`'s output, or raise :class:`SealError`."""
    if len(sealed) < OVERHEAD or sealed[:1] != FORMAT_V1:
        raise SealError("not sealed bytes of a known format")
    nonce = sealed[1 : 1 + NONCE_BYTES]
    try:
        return AESGCM(key).decrypt(nonce, sealed[1 + NONCE_BYTES :], label)
    except InvalidTag as exc:
        raise SealError("wrong key, wrong label, or changed bytes") from exc


@dataclass(frozen=True)
class ScryptParams:
    """The salt and cost of one passphrase-derived key, stored beside what it wraps."""

    salt: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    @classmethod
    def fresh(cls) -> ScryptParams:
        """Parameters for a new passphrase: a new random salt and today's cost."""
        return cls(salt=os.urandom(SALT_BYTES))

    def to_json(self) -> dict[str, Any]:
        """A JSON-safe form to store in the index."""
        return {"kdf": "scrypt", "salt": self.salt.hex(), "n": self.n, "r": self.r, "p": self.p}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ScryptParams:
        """Read stored parameters, refusing ones that are malformed or absurdly costly."""
        try:
            params = cls(
                salt=bytes.fromhex(str(data["salt"])),
                n=int(data["n"]),
                r=int(data["r"]),
                p=int(data["p"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SealError("the stored passphrase settings are damaged") from exc
        if data.get("kdf") != "scrypt" or not _sane(params):
            raise SealError("the stored passphrase settings are damaged")
        return params


def _sane(params: ScryptParams) -> bool:
    n_is_power_of_two = params.n > 1 and params.n & (params.n - 1) == 0
    return (
        n_is_power_of_two
        and params.n <= _MAX_N
        and 1 <= params.r <= _MAX_R
        and 1 <= params.p <= _MAX_P
        and len(params.salt) >= SALT_BYTES
    )


def derive_key(passphrase: str, params: ScryptParams) -> bytes:
    """Turn a passphrase into a 256-bit key with scrypt.

    The passphrase is Unicode-normalised (NFC) first, so the same words typed on
    a Mac (which may send decomposed accents) and on Windows give the same key.
    """
    normalised = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Scrypt(salt=params.salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p)
    return kdf.derive(normalised)
