"""One picture as the phone sends it: sealed in the browser, opened only here.

The phone's page encrypts every file with AES-256-GCM under the key it read
from the address after ``#`` (which browsers never send), so a listener on the
Wi-Fi sees only ciphertext. The associated data binds each upload to this
session's token, the phone that claimed it and the file's sequence number:
an upload captured on the network cannot be replayed into another session, as
another phone's, or twice (the bridge accepts each sequence number and nonce
once). Inside the seal, a short JSON header carries the file's name and the
phone's last-modified time, then the file's bytes.

Everything here happens in memory: nothing received is ever written anywhere
until the locker seals it with its own key.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from safehelper import imports

if TYPE_CHECKING:
    from safehelper.locker.review_queue import PendingItem, ReviewQueue

PROTOCOL = "safehelper-phone-v1"
NONCE_BYTES = 12
TAG_BYTES = 16
HEADER_LENGTH_BYTES = 4
MAX_HEADER_BYTES = 4096
# The sealed body of the largest picture the locker takes, with its header and seal.
MAX_SEALED_BYTES = (
    imports.MAX_FILE_BYTES + MAX_HEADER_BYTES + HEADER_LENGTH_BYTES + NONCE_BYTES + TAG_BYTES
)
# JavaScript times are milliseconds; anything outside 1990-2100 is not a real phone clock.
_EARLIEST_MS = 631_152_000_000
_LATEST_MS = 4_102_444_800_000


class UploadRefused(Exception):
    """An upload the bridge turns down; ``code`` names a refusal in ``bridge.REFUSALS``.

    ``reason`` carries the locker's own plain words when the file is not a
    picture it takes (those come from :mod:`safehelper.imports`).
    """

    def __init__(self, code: str, reason: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class ReceivedPicture:
    """A checked picture from the phone, still only in memory, with what is known of it."""

    data: bytes
    name: str
    sha256: str
    facts: imports.ImageFacts
    phone_modified: str | None
    received_at: str
    sequence: int

    @property
    def size(self) -> int:
        """The picture's length in bytes."""
        return len(self.data)

    def wait_in(self, queue: ReviewQueue) -> PendingItem:
        """Seal it into the review queue with what the phone said of it, checked once only."""
        return queue.add(
            self.data,
            source="phone",
            original_name=self.name,
            phone_modified=self.phone_modified,
            received_at=self.received_at,
            facts=self.facts,
        )


def associated_data(token: str, phone_id: str, purpose: str) -> bytes:
    """What a seal is bound to: protocol, session token, phone, and the file's number.

    ``purpose`` is the decimal sequence number for a file, or ``claim`` for
    the phone's first message, so a claim can never pass as a file or back.
    """
    return f"{PROTOCOL}\n{token}\n{phone_id}\n{purpose}".encode()


def split_nonce(body: bytes) -> tuple[bytes, bytes]:
    """The nonce that starts a sealed body, and the ciphertext after it."""
    if len(body) < NONCE_BYTES + TAG_BYTES:
        raise UploadRefused("garbled")
    return body[:NONCE_BYTES], body[NONCE_BYTES:]


def open_body(key: bytes, body: bytes, aad: bytes) -> bytes:
    """Decrypt a sealed body, or refuse it as garbled (wrong key, session, number or bytes)."""
    nonce, ciphertext = split_nonce(body)
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag as exc:
        raise UploadRefused("garbled") from exc


def _phone_time(value: object) -> str | None:
    """The phone's last-modified time as UTC ISO 8601 text, when it is a believable one."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not _EARLIEST_MS <= value <= _LATEST_MS:
        return None
    return datetime.fromtimestamp(value / 1000, UTC).isoformat(timespec="seconds")


def read_picture(plaintext: bytes, sequence: int, received_at: str) -> ReceivedPicture:
    """Split the opened upload into header and file, and check the file as the locker would.

    Raises :class:`UploadRefused`: ``garbled`` for a malformed header, ``too_large``
    past the locker's size limit, ``not_image`` (with the locker's reason) for a
    file that is not a complete picture it takes.
    """
    if len(plaintext) < HEADER_LENGTH_BYTES:
        raise UploadRefused("garbled")
    header_length = int.from_bytes(plaintext[:HEADER_LENGTH_BYTES], "big")
    if header_length > MAX_HEADER_BYTES or header_length > len(plaintext) - HEADER_LENGTH_BYTES:
        raise UploadRefused("garbled")
    header_end = HEADER_LENGTH_BYTES + header_length
    try:
        header = json.loads(plaintext[HEADER_LENGTH_BYTES:header_end].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UploadRefused("garbled") from exc
    if not isinstance(header, dict):
        raise UploadRefused("garbled")
    raw_name = header.get("name")
    name = imports.clean_name(raw_name) if isinstance(raw_name, str) else ""
    data = plaintext[header_end:]
    if len(data) > imports.MAX_FILE_BYTES:
        raise UploadRefused("too_large")
    try:
        facts = imports.examine(data, name)
    except imports.ImageRefused as exc:
        raise UploadRefused("not_image", str(exc.reason)) from exc
    return ReceivedPicture(
        data=data,
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        facts=facts,
        phone_modified=_phone_time(header.get("lastModified")),
        received_at=received_at,
        sequence=sequence,
    )
