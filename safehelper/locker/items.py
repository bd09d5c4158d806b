"""What an item looks like to a caller: the :class:`Item` made from its replayed records.

The sensitive fields (note, platform, username or profile link, original file
name) are decrypted here, in memory only, and cached per record until the locker
is locked.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from safehelper import clock, crypto, imports
from safehelper.locker.chain import ItemState, iso, label, open_fields

log = logging.getLogger(__name__)

# (item id, number of the record holding its current fields) -> decrypted fields
PlainCache = dict[tuple[str, int], dict[str, str]]


@dataclass(frozen=True)
class Item:
    """One picture in the locker, as it is now (after any note edits or deletion).

    ``captured_at`` is when it was saved to the locker (aware, UTC), with the
    computer's ``local_zone`` name and ``utc_offset`` then. ``file_mtime`` and
    ``exif_date`` come from imported files: when the file was last changed, and
    when a phone or camera says it took the photo (ISO 8601 text, with an offset
    if the camera recorded one). ``covered`` says that part of the picture was
    covered before it was saved. ``entry_hash`` is the chain hash of the record
    that added the item.
    """

    id: str
    sha256: str
    size: int
    width: int
    height: int
    media_type: str
    captured_at: datetime
    local_zone: str
    utc_offset: str
    source: str
    file_mtime: datetime | None
    exif_date: str | None
    note: str
    platform: str
    username: str
    original_name: str
    covered: bool
    deleted: bool
    entry_hash: str


def private_fields(key: bytes, state: ItemState) -> dict[str, str]:
    """The item's decrypted fields. One that does not open reads as empty (verify names it)."""
    fields = {"note": "", "platform": "", "username": "", "original_name": ""}
    try:
        fields.update(
            open_fields(
                key, str(state.record["private"]), label(state.item_id, f"add:{state.add_seq}")
            )
        )
        if state.note_seq:
            note = open_fields(
                key, state.note_sealed, label(state.item_id, f"note:{state.note_seq}")
            )
            fields["note"] = note.get("note", "")
    except (crypto.SealError, KeyError):
        log.warning("locker: sealed fields of record %d did not open", state.add_seq)
    return fields


def cache_key(state: ItemState) -> tuple[str, int]:
    """Where an item's decrypted fields are cached: its newest record holding them."""
    return state.item_id, state.note_seq or state.add_seq


def new_record_fields(
    data: bytes,
    facts: imports.ImageFacts,
    *,
    source: str,
    covered: bool,
    file_mtime: datetime | None,
) -> dict[str, Any]:
    """The clear fields of a new ``add`` record that the picture decides: fingerprint, size, kind.

    The time it is saved is added by :func:`saved_now` when it is saved (an import
    works these out on its checking threads, ahead of saving).
    """
    return {
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
        "width": facts.width,
        "height": facts.height,
        "media_type": facts.media_type,
        "source": source,
        "file_mtime": iso(file_mtime) if file_mtime is not None else None,
        "exif_date": facts.exif_date,
        "covered": bool(covered),
    }


def saved_now() -> dict[str, str]:
    """The fields saying when an item is saved to the locker: now, with the local zone and offset.

    A batch of an import shares one moment: its items are committed together.
    """
    moment = clock.now()
    return {"captured_at": iso(moment.utc), "local_zone": moment.zone, "utc_offset": moment.offset}


def to_item(state: ItemState, private: dict[str, str]) -> Item:
    """An :class:`Item` from its replayed state and decrypted fields."""
    record = state.record
    mtime = record.get("file_mtime")
    return Item(
        id=state.item_id,
        sha256=str(record["sha256"]),
        size=int(record["size"]),
        width=int(record["width"]),
        height=int(record["height"]),
        media_type=str(record["media_type"]),
        captured_at=datetime.fromisoformat(str(record["captured_at"])),
        local_zone=str(record["local_zone"]),
        utc_offset=str(record["utc_offset"]),
        source=str(record["source"]),
        file_mtime=datetime.fromisoformat(mtime) if isinstance(mtime, str) else None,
        exif_date=record.get("exif_date"),
        note=private["note"],
        platform=private["platform"],
        username=private["username"],
        original_name=private["original_name"],
        covered=bool(record.get("covered", False)),
        deleted=state.deleted,
        entry_hash=state.entry_hash,
    )
