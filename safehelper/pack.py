"""Checking an evidence pack with no locker and no key, as an officer would.

:func:`verify_pack` opens the ZIP read-only and checks, stopping at the first
problem and naming it:

1. **Entries.** Every name is a plain relative path inside the pack (no
   ``/`` at the start, no ``..``, no backslashes or drive letters), none is
   repeated, none is a link, and the four fixed files are there.
2. **SHA256SUMS.** Every line is in ``sha256sum`` format, every file it names
   is in the pack and matches its SHA-256, and it lists every file in the pack
   except itself (so nothing was slipped in).
3. **manifest.json vs the files.** Every item's file is present, under
   ``evidence/``, with the listed size and SHA-256; numbers run 1, 2, 3... in
   capture-time order; each file name carries its number, capture time and
   media type; no picture in ``evidence/`` is missing from the manifest.
4. **The chain.** The listed records are numbered 1..N without gaps, each
   hash is 64 hex digits and unique, and the head is the last one. Each item
   carries the exact record that added it to the locker: that record is
   canonical JSON whose number, kind, item id, SHA-256, size, media type,
   capture time, zone, source and "covered" flag match the manifest and the
   file, and ``SHA-256(previous hash ‖ record)`` equals its listed hash.

5. **Time stamps.** Every ``timestamps/*.tsr`` is the time stamp of a listed
   picture (or of a listed chain record: the incident details), every stamp
   the manifest lists is there, and each checks out against its picture's
   SHA-256 (or the record's listed hash) and ``timestamps/tsa-chain.pem``
   (:func:`safehelper.timestamps.pack.check_tokens`).

What cannot be checked without the locker's key: the note, app and username
(they are sealed inside the record, so the plain copies in the manifest are
the user's word), and the contents of records for anything not in the pack
(only their hashes are listed). All of this shows that the pack's files agree
with each other. It cannot show on its own when they were made, nor that nobody
rebuilt the whole pack (anyone can make a consistent one); only an independent
time stamp adds proof of when. Nor can it show that what a picture shows is
genuine.

A pack may come from anyone, so it is read as hostile: every member is read
streaming with a size cap taken from what a SafeHelper pack can hold, only the
two compression methods SafeHelper writes are accepted, and the manifest's
JSON is bounded in size and in how many values it holds before it is parsed,
so that no pack can use more than a few tens of megabytes of memory. Whatever
goes wrong ends as one :class:`PackProblem` line.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from safehelper.errors import SafeHelperError
from safehelper.locker import GENESIS, canonical, chain_hash
from safehelper.pack_contents import (
    EVIDENCE_DIR,
    EXTENSIONS,
    FORMAT,
    MANIFEST_NAME,
    README_NAME,
    REPORT_NAME,
    SUMS_NAME,
)
from safehelper.timestamps.pack import CheckedToken, check_tokens

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_SUM_LINE = re.compile(r"^([0-9a-fA-F]{64}) [ *](.+)$")
_EVIDENCE_NAME = re.compile(r"^evidence/(\d{4,})_(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)\.([a-z]+)$")
_READ_CHUNK = 1024 * 1024
# What a SafeHelper pack can hold, with room to spare: a SHA256SUMS line is under 200
# bytes, and a manifest of thousands of items with long notes stays well under these.
MAX_SUMS_BYTES = 8 * 1024 * 1024
MAX_MANIFEST_BYTES = 32 * 1024 * 1024
MAX_STAMP_BYTES = 1024 * 1024  # a time stamp or the TSA's certificates: a few kilobytes
# Commas, colons and brackets bound how many JSON values a parse can create (and so its
# memory); counted over the raw bytes, strings included, which only overestimates.
MAX_MANIFEST_VALUES = 1_000_000
_WRITTEN_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# What reading a hostile ZIP or JSON can raise besides our own checks.
_READ_FAILURES = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    TypeError,
    KeyError,
    RecursionError,
    RuntimeError,
    NotImplementedError,
)
# Fields that the chain record holds in the clear and the manifest repeats.
_RECORD_FIELDS = (
    "sha256",
    "size",
    "media_type",
    "local_zone",
    "utc_offset",
    "source",
    "covered",
    "width",
    "height",
)


class PackProblem(SafeHelperError):
    """The pack failed a check; the message names the first problem found."""


@dataclass(frozen=True)
class PackReport:
    """A pack that passed every check: how many items and files, and its chain head."""

    items: int
    files: int
    chain_head: str
    exported_at: str
    stamps: tuple[CheckedToken, ...] = ()


def _safe_name(name: str) -> bool:
    if not name or name.startswith("/") or "\\" in name or "\x00" in name:
        return False
    if re.match(r"^[A-Za-z]:", name):
        return False
    return all(part not in ("", ".", "..") for part in name.rstrip("/").split("/"))


def check_entries(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The pack's files, after checking that every entry stays inside the pack's folder."""
    seen: set[str] = set()
    files = []
    for info in archive.infolist():
        name = info.filename
        if not _safe_name(name):
            raise PackProblem("pack.unsafe_name", name=repr(name))
        if name in seen:
            raise PackProblem("pack.appears_twice", name=name)
        seen.add(name)
        mode = info.external_attr >> 16
        if mode and stat.S_ISLNK(mode):
            raise PackProblem("pack.link", name=name)
        if info.compress_type not in _WRITTEN_METHODS or info.flag_bits & 0x1:
            raise PackProblem("pack.unknown_packing", name=name)
        if not info.is_dir():
            files.append(info)
    names = {info.filename for info in files}
    for required in (README_NAME, MANIFEST_NAME, REPORT_NAME, SUMS_NAME):
        if required not in names:
            raise PackProblem("pack.missing", name=required)
    return files


def _sha256_of(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(_READ_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except _READ_FAILURES as exc:
        # A changed stored file fails the ZIP's own CRC check before we see all its bytes.
        raise PackProblem("pack.entry_damaged", name=info.filename) from exc
    return digest.hexdigest(), size


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """A member that must be parsed whole, read streaming and never past ``cap`` bytes."""
    if info.file_size > cap:
        raise PackProblem("pack.member_too_big", name=info.filename)
    data = bytearray()
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(_READ_CHUNK):
                data += chunk
                if len(data) > cap:
                    raise PackProblem("pack.member_bigger_than_said", name=info.filename)
    except _READ_FAILURES as exc:
        raise PackProblem("pack.entry_damaged", name=info.filename) from exc
    return bytes(data)


def parse_sums(text: str) -> dict[str, str]:
    """``name -> sha256`` from SHA256SUMS text; a problem if any line is not in that format."""
    sums: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _SUM_LINE.match(line)
        if match is None:
            raise PackProblem("pack.bad_sums_line", line=number, file=SUMS_NAME)
        digest, name = match.group(1).lower(), match.group(2)
        if name in sums:
            raise PackProblem("pack.listed_twice", name=name, file=SUMS_NAME)
        sums[name] = digest
    return sums


def _load_manifest(data: bytes) -> dict[str, Any]:
    values = sum(data.count(mark) for mark in (b",", b":", b"[", b"{"))
    if values > MAX_MANIFEST_VALUES:
        raise PackProblem("pack.too_many_values", file=MANIFEST_NAME)
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackProblem("pack.manifest_not_json", file=MANIFEST_NAME) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackProblem("pack.not_a_manifest", file=MANIFEST_NAME, format=FORMAT)
    if not isinstance(manifest.get("items"), list) or not isinstance(manifest.get("chain"), dict):
        raise PackProblem("pack.no_items_or_chain", file=MANIFEST_NAME)
    return manifest


def _check_item_file(
    item: dict[str, Any], position: int, actual: dict[str, tuple[str, int]]
) -> tuple[str, datetime]:
    name = item.get("file")
    if not isinstance(name, str):
        raise PackProblem("pack.item_no_file_name", position=position, file=MANIFEST_NAME)
    match = _EVIDENCE_NAME.match(name)
    if match is None:
        raise PackProblem(
            "pack.item_bad_name",
            position=position,
            file=MANIFEST_NAME,
            folder=EVIDENCE_DIR,
            name=name,
        )
    if name not in actual:
        raise PackProblem("pack.listed_but_missing", name=name, file=MANIFEST_NAME)
    digest, size = actual[name]
    if item.get("number") != position or int(match.group(1)) != position:
        raise PackProblem("pack.wrong_number", name=name, position=position)
    if item.get("size") != size:
        raise PackProblem(
            "pack.wrong_size", name=name, size=size, file=MANIFEST_NAME, listed=item.get("size")
        )
    if item.get("sha256") != digest:
        raise PackProblem("pack.wrong_sha256", name=name, file=MANIFEST_NAME)
    try:
        captured = datetime.strptime(str(item.get("captured_at_utc")), "%Y-%m-%dT%H:%M:%SZ")
    except ValueError as exc:
        raise PackProblem("pack.no_capture_time", name=name, file=MANIFEST_NAME) from exc
    captured = captured.replace(tzinfo=UTC)
    if captured.strftime("%Y-%m-%dT%H-%M-%SZ") != match.group(2):
        raise PackProblem("pack.name_without_time", name=name)
    if EXTENSIONS.get(str(item.get("media_type"))) != match.group(3):
        raise PackProblem("pack.name_wrong_type", name=name, media_type=item.get("media_type"))
    return name, captured


def _check_chain(manifest: dict[str, Any]) -> str:
    chain = manifest["chain"]
    entries = chain.get("entries")
    if not isinstance(entries, list) or not entries:
        raise PackProblem("pack.no_chain_records", file=MANIFEST_NAME)
    hashes: list[str] = []
    for position, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or entry.get("seq") != position:
            raise PackProblem("pack.chain_record_missing", position=position)
        value = entry.get("entry_hash")
        if not isinstance(value, str) or not _HEX64.match(value):
            raise PackProblem("pack.chain_record_no_hash", position=position)
        hashes.append(value)
    if len(set(hashes)) != len(hashes):
        raise PackProblem("pack.chain_hash_twice")
    if chain.get("length") != len(hashes):
        raise PackProblem(
            "pack.chain_wrong_length", expected=chain.get("length"), count=len(hashes)
        )
    if chain.get("head") != hashes[-1]:
        raise PackProblem("pack.chain_head_wrong")
    for position, item in enumerate(manifest["items"], start=1):
        _check_item_link(item, position, hashes)
    return hashes[-1]


def _check_item_link(item: dict[str, Any], position: int, hashes: list[str]) -> None:
    name = item.get("file")
    link = item.get("chain")
    if not isinstance(link, dict):
        raise PackProblem("pack.no_chain_record", name=name, file=MANIFEST_NAME)
    seq = link.get("seq")
    if not isinstance(seq, int) or not 1 <= seq <= len(hashes):
        raise PackProblem("pack.chain_number_outside", name=name)
    if link.get("entry_hash") != hashes[seq - 1]:
        raise PackProblem("pack.chain_hash_wrong", name=name, seq=seq)
    text = link.get("record")
    try:
        record_bytes = str(text).encode("ascii")
        record = json.loads(record_bytes)
        if not isinstance(record, dict) or canonical(record) != record_bytes:
            raise ValueError("not canonical")
    except (UnicodeEncodeError, ValueError, TypeError, RecursionError) as exc:
        raise PackProblem("pack.chain_record_was_changed", name=name) from exc
    previous = hashes[seq - 2] if seq > 1 else GENESIS
    if chain_hash(previous, record_bytes) != hashes[seq - 1]:
        raise PackProblem("pack.chain_record_wrong_hash", name=name)
    if record.get("kind") != "add" or record.get("seq") != seq:
        raise PackProblem("pack.chain_record_not_add", name=name)
    if record.get("item") != item.get("locker_item_id"):
        raise PackProblem("pack.chain_record_other_item", name=name)
    for key in _RECORD_FIELDS:
        if record.get(key) != item.get(key):
            raise PackProblem("pack.field_differs", name=name, key=key)
    try:
        saved = datetime.fromisoformat(str(record.get("captured_at"))).astimezone(UTC)
    except ValueError as exc:
        raise PackProblem("pack.chain_record_no_time", name=name) from exc
    if saved.strftime("%Y-%m-%dT%H:%M:%SZ") != item.get("captured_at_utc"):
        raise PackProblem("pack.capture_time_differs", name=name)


def verify_pack(path: Path, progress: Callable[[int, int], None] | None = None) -> PackReport:
    """Check a pack (see the module docs). Raises :class:`PackProblem` naming the first problem.

    ``progress(done, total)`` counts files hashed. Any failure to read a damaged or
    crafted pack is a :class:`PackProblem` too, never a crash.
    """
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise SafeHelperError("pack.no_file", path=path) from exc
    except _READ_FAILURES as exc:
        raise PackProblem("pack.not_zip") from exc
    try:
        with archive:
            return _verify_open(archive, progress)
    except PackProblem:
        raise
    except (*_READ_FAILURES, MemoryError) as exc:
        raise PackProblem("pack.unreadable") from exc


def _verify_open(
    archive: zipfile.ZipFile, progress: Callable[[int, int], None] | None
) -> PackReport:
    files = check_entries(archive)
    by_name = {info.filename: info for info in files}
    sums = parse_sums(
        _read_small(archive, by_name[SUMS_NAME], MAX_SUMS_BYTES).decode("utf-8", "replace")
    )
    for name in sums:
        if name not in by_name:
            raise PackProblem("pack.listed_but_missing", name=name, file=SUMS_NAME)
    for name in by_name:
        if name != SUMS_NAME and name not in sums:
            raise PackProblem("pack.not_listed", name=name, file=SUMS_NAME)
    actual: dict[str, tuple[str, int]] = {}
    for done, info in enumerate(files, start=1):
        if info.filename != SUMS_NAME:
            actual[info.filename] = _sha256_of(archive, info)
            if actual[info.filename][0] != sums[info.filename]:
                raise PackProblem("pack.wrong_sha256", name=info.filename, file=SUMS_NAME)
        if progress is not None:
            progress(done, len(files))
    manifest = _load_manifest(_read_small(archive, by_name[MANIFEST_NAME], MAX_MANIFEST_BYTES))
    listed: set[str] = set()
    previous: datetime | None = None
    for position, item in enumerate(manifest["items"], start=1):
        if not isinstance(item, dict):
            raise PackProblem("pack.item_not_record", position=position, file=MANIFEST_NAME)
        name, captured = _check_item_file(item, position, actual)
        if name in listed:
            raise PackProblem("pack.listed_twice", name=name, file=MANIFEST_NAME)
        if previous is not None and captured < previous:
            raise PackProblem("pack.out_of_order", name=name, file=MANIFEST_NAME)
        listed.add(name)
        previous = captured
    for name in actual:
        if name.startswith(f"{EVIDENCE_DIR}/") and name not in listed:
            raise PackProblem("pack.not_listed", name=name, file=MANIFEST_NAME)
    if manifest.get("item_count") != len(listed):
        raise PackProblem(
            "pack.wrong_item_count",
            file=MANIFEST_NAME,
            expected=manifest.get("item_count"),
            count=len(listed),
        )
    head = _check_chain(manifest)
    records = manifest["chain"]["entries"]
    stamps = check_tokens(
        lambda name: _read_small(archive, by_name[name], MAX_STAMP_BYTES),
        set(by_name),
        manifest["items"],
        records,
    )
    exported_at = str(manifest.get("exported_at_utc", ""))
    return PackReport(len(listed), len(files), head, exported_at, tuple(stamps))
