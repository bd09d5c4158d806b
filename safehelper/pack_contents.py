"""What goes into the evidence pack, as data: fixed names, numbering, manifest, README, sums.

Every name in the pack is fixed here; nothing a user typed becomes a path.
The pictures are numbered oldest first and named by their UTC capture time,
``manifest.json`` carries each item's details and its own chain record (so a
link can be recomputed without a key), ``README.txt`` says how to check the
pack, and ``SHA256SUMS`` is what ``sha256sum -c`` reads. Writing these into
the ZIP is :mod:`safehelper.export`'s job; checking a received pack is
:mod:`safehelper.pack`'s.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from safehelper import APP_NAME, __version__, incident
from safehelper.errors import SafeHelperError
from safehelper.locker import ChainRecord, Item
from safehelper.resources import read_text
from safehelper.timestamps import pack as timestamps_pack
from safehelper.timestamps.protocol import Stamp

FORMAT = "safehelper-pack/1"
EVIDENCE_DIR = "evidence"
README_NAME = "README.txt"
MANIFEST_NAME = "manifest.json"
REPORT_NAME = "report.pdf"
SUMS_NAME = "SHA256SUMS"
EXTENSIONS = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/webp": "webp",
    "image/gif": "gif",
    "image/bmp": "bmp",
}
CHAIN_RULE = (
    "entry_hash = SHA-256(bytes of the previous entry_hash || record bytes); "
    "the first record follows 64 zeros"
)


@dataclass(frozen=True)
class PackEntry:
    """One item placed in the pack: its number, file name, and its record in the chain."""

    number: int
    file_name: str
    item: Item
    record: ChainRecord
    stamp: Stamp | None = None


def utc_text(moment: datetime) -> str:
    """``2026-11-25T16:53:57Z``: UTC, seconds, the form used throughout the pack."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_offset(text: str) -> timezone:
    """A fixed zone for an offset like ``+13:00`` (UTC if the text is not one)."""
    try:
        sign = -1 if text.startswith("-") else 1
        hours, minutes = text.lstrip("+-").split(":")
        return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
    except ValueError:
        return UTC


def local_time(item: Item) -> datetime:
    """When the item was saved, in the offset the computer recorded at that instant."""
    return item.captured_at.astimezone(parse_offset(item.utc_offset))


def file_name(number: int, digits: int, item: Item) -> str:
    """``evidence/0001_2026-11-25T16-53-57Z.png``: sorts by capture time; colons avoided.

    Colons are not allowed in Windows file names, so the time uses hyphens.
    """
    stamp = item.captured_at.astimezone(UTC).strftime("%Y-%m-%dT%H-%M-%SZ")
    extension = EXTENSIONS.get(item.media_type, "bin")
    return f"{EVIDENCE_DIR}/{number:0{digits}d}_{stamp}.{extension}"


def plan(
    items: Sequence[Item],
    records: Sequence[ChainRecord],
    stamps: Mapping[str, Stamp] | None = None,
) -> list[PackEntry]:
    """Number the items oldest first; pair each with the record that added it, and its stamp.

    A stored stamp goes with its item only if it signs the item's SHA-256.
    """
    stamps = stamps or {}
    adds = {r.item_id: r for r in records if r.kind == "add"}
    missing = [item for item in items if item.id not in adds]
    if missing:
        raise SafeHelperError("export.records_mismatch")
    ordered = sorted(items, key=lambda i: (i.captured_at, adds[i.id].seq))
    digits = max(4, len(str(len(ordered))))
    return [
        PackEntry(n, file_name(n, digits, item), item, adds[item.id], _stamp_of(item, stamps))
        for n, item in enumerate(ordered, start=1)
    ]


def _stamp_of(item: Item, stamps: Mapping[str, Stamp]) -> Stamp | None:
    stamp = stamps.get(item.id)
    return stamp if stamp is not None and stamp.digest == item.sha256 else None


def manifest_item(entry: PackEntry) -> dict[str, Any]:
    """One item's entry in ``manifest.json``."""
    item = entry.item
    return {
        "number": entry.number,
        "file": entry.file_name,
        "sha256": item.sha256,
        "size": item.size,
        "media_type": item.media_type,
        "width": item.width,
        "height": item.height,
        "captured_at_utc": utc_text(item.captured_at),
        "captured_at_local": local_time(item).isoformat(timespec="seconds"),
        "local_zone": item.local_zone,
        "utc_offset": item.utc_offset,
        "source": item.source,
        "app_or_site": item.platform,
        "username": item.username,
        "note": item.note,
        "covered": item.covered,
        "original_name": item.original_name,
        "file_modified_utc": utc_text(item.file_mtime) if item.file_mtime else None,
        "exif_date": item.exif_date,
        "deleted_in_locker": item.deleted,
        "locker_item_id": item.id,
        "chain": {
            "seq": entry.record.seq,
            "entry_hash": entry.record.entry_hash,
            "record": entry.record.record.decode("ascii"),
        },
        "timestamp": timestamps_pack.manifest_entry(entry.file_name, entry.stamp),
    }


def manifest(
    entries: Sequence[PackEntry],
    records: Sequence[ChainRecord],
    details: incident.Incident,
    exported_at: datetime,
    stamped_records: Mapping[int, Stamp] | None = None,
) -> dict[str, Any]:
    """The whole ``manifest.json`` as data.

    The chain section lists every record's number, kind and hash (nothing
    else, so records of items not in the pack reveal no content, apart from
    the time stamp of a stamped record); each item carries its own full
    record, so its link can be recomputed without a key.
    """
    stamped_records = stamped_records or {}
    head = records[-1].entry_hash if records else "0" * 64
    return {
        "format": FORMAT,
        "app": APP_NAME,
        "app_version": __version__,
        "exported_at_utc": utc_text(exported_at),
        "item_count": len(entries),
        "incident": details.to_dict(),
        "items": [manifest_item(e) for e in entries],
        "chain": {
            "rule": CHAIN_RULE,
            "head": head,
            "length": len(records),
            "entries": [
                {
                    "seq": r.seq,
                    "kind": r.kind,
                    "entry_hash": r.entry_hash,
                    **_record_stamp(r.seq, stamped_records),
                }
                for r in records
            ],
        },
    }


def _record_stamp(seq: int, stamped: Mapping[int, Stamp]) -> dict[str, Any]:
    if seq not in stamped:
        return {}
    return {"timestamp": timestamps_pack.manifest_entry("", stamped[seq], seq=seq)}


def sums_text(hashes: Sequence[tuple[str, str]]) -> str:
    """``SHA256SUMS`` lines (``<hex>  <name>``), exactly what ``sha256sum -c`` reads."""
    return "".join(f"{digest}  {name}\n" for name, digest in hashes)


def stamped_files(entries: Sequence[PackEntry]) -> list[str]:
    """The pack's pictures that carry a time stamp, in pack order."""
    return [e.file_name for e in entries if e.stamp is not None]


def readme_text(
    count: int,
    exported_at: datetime,
    stamped_files: Sequence[str] = (),
    stamped_records: Sequence[tuple[int, str]] = (),
) -> str:
    """``README.txt``, from the template in ``resources/export``.

    ``stamped_files`` are the pictures with a time stamp and ``stamped_records``
    the ``(number, hash)`` of stamped chain records, each given its exact
    ``openssl ts -verify`` command.
    """
    template = read_text("export", "README.txt")
    return template.format(
        app=APP_NAME,
        version=__version__,
        count=count,
        exported=exported_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
        timestamps=timestamps_pack.readme_section(stamped_files, count, stamped_records),
    )
