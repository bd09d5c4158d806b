"""Named encrypted records kept in the chain, such as the incident details.

A document's name is stored in the clear (a plain label like ``"incident"``);
its data is sealed. Saving again appends a new record, so earlier versions stay
in the chain and the newest one wins.
"""

from __future__ import annotations

import binascii
import secrets

from safehelper import crypto
from safehelper.errors import SafeHelperError
from safehelper.locker import chain
from safehelper.locker.index import Index

MAX_DOCUMENT_BYTES = 4 * 1024 * 1024


def check(name: str, data: bytes) -> None:
    """Refuse a name that is not a short printable label, or too much data."""
    if not name or len(name) > 100 or not name.isprintable():
        raise ValueError("a document name is a short printable label")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise SafeHelperError("locker.text_too_long")


def put(index: Index, key: bytes, locker_id: str, name: str, data: bytes) -> None:
    """Append a new version of document ``name`` (checked first with :func:`check`)."""
    with index.write():
        chain.append(
            index,
            key,
            locker_id,
            "document",
            secrets.token_hex(16),
            {"name": name},
            {"data": chain.b64(data)},
        )


def open_latest(key: bytes, latest: tuple[str, int, str]) -> bytes:
    """Decrypt the newest version, as replayed: (record item id, record number, sealed)."""
    doc_id, seq, sealed = latest
    try:
        fields = chain.open_fields(key, sealed, chain.label(doc_id, f"document:{seq}"))
        return chain.unb64(fields["data"])
    except (crypto.SealError, KeyError, binascii.Error) as exc:
        raise SafeHelperError("locker.details_damaged") from exc
