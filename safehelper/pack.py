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

5. **Time stamps.** Every ``timestamps/<file>.tsr`` is the time stamp of a
   listed picture, every stamp the manifest lists is there, and each checks
   out against its picture and ``timestamps/tsa-chain.pem``
   (:func:`safehelper.timestamps.pack.check_tokens`).

What cannot be checked without the locker's key: the note, app and username
(they are sealed inside the record, so the plain copies in the manifest are
the user's word), and the contents of records for anything not in the pack
(only their hashes are listed). The hashes show that files have not changed
since they were saved; they cannot show that what a picture shows is genuine.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from safehelper.errors import SafeHelperError
from safehelper.export import (
    EVIDENCE_DIR,
    EXTENSIONS,
    FORMAT,
    MANIFEST_NAME,
    README_NAME,
    REPORT_NAME,
    SUMS_NAME,
)
from safehelper.locker import GENESIS, canonical, chain_hash
from safehelper.timestamps.pack import TOKEN_DIR, CheckedToken, TokenProblem, check_tokens

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_SUM_LINE = re.compile(r"^([0-9a-fA-F]{64}) [ *](.+)$")
_EVIDENCE_NAME = re.compile(r"^evidence/(\d{4,})_(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)\.([a-z]+)$")
_READ_CHUNK = 1024 * 1024
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


def _problem(text: str) -> PackProblem:
    return PackProblem(f"The pack is not intact: {text}")


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
            raise _problem(f"it has an entry with an unsafe name ({name!r}).")
        if name in seen:
            raise _problem(f"{name} appears twice.")
        seen.add(name)
        mode = info.external_attr >> 16
        if mode and stat.S_ISLNK(mode):
            raise _problem(f"{name} is a link, not a file.")
        if not info.is_dir():
            files.append(info)
    names = {info.filename for info in files}
    for required in (README_NAME, MANIFEST_NAME, REPORT_NAME, SUMS_NAME):
        if required not in names:
            raise _problem(f"{required} is missing.")
    return files


def _sha256_of(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(_READ_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        # A changed stored file fails the ZIP's own CRC check before we see all its bytes.
        raise _problem(f"{info.filename} is damaged or was changed ({exc}).") from exc
    return digest.hexdigest(), size


def parse_sums(text: str) -> dict[str, str]:
    """``name -> sha256`` from SHA256SUMS text; a problem if any line is not in that format."""
    sums: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _SUM_LINE.match(line)
        if match is None:
            raise _problem(f"line {number} of {SUMS_NAME} is not in sha256sum format.")
        digest, name = match.group(1).lower(), match.group(2)
        if name in sums:
            raise _problem(f"{name} is listed twice in {SUMS_NAME}.")
        sums[name] = digest
    return sums


def _load_manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _problem(f"{MANIFEST_NAME} is not valid JSON.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _problem(f"{MANIFEST_NAME} is not a SafeHelper pack manifest ({FORMAT}).")
    if not isinstance(manifest.get("items"), list) or not isinstance(manifest.get("chain"), dict):
        raise _problem(f"{MANIFEST_NAME} has no items list or no chain.")
    return manifest


def _check_item_file(
    item: dict[str, Any], position: int, actual: dict[str, tuple[str, int]]
) -> tuple[str, datetime]:
    name = item.get("file")
    label = f"item {position} in {MANIFEST_NAME}"
    if not isinstance(name, str):
        raise _problem(f"{label} has no file name.")
    match = _EVIDENCE_NAME.match(name)
    if match is None:
        raise _problem(f"{label} names a file outside {EVIDENCE_DIR}/ or with a wrong name: {name}")
    if name not in actual:
        raise _problem(f"{name} is listed in {MANIFEST_NAME} but is missing from the pack.")
    digest, size = actual[name]
    if item.get("number") != position or int(match.group(1)) != position:
        raise _problem(f"{name} is not numbered {position} as its place in the list says.")
    if item.get("size") != size:
        raise _problem(f"{name} is {size} bytes, but {MANIFEST_NAME} says {item.get('size')}.")
    if item.get("sha256") != digest:
        raise _problem(f"{name} does not match its SHA-256 in {MANIFEST_NAME}.")
    try:
        captured = datetime.strptime(str(item.get("captured_at_utc")), "%Y-%m-%dT%H:%M:%SZ")
    except ValueError as exc:
        raise _problem(f"{name} has no readable capture time in {MANIFEST_NAME}.") from exc
    captured = captured.replace(tzinfo=UTC)
    if captured.strftime("%Y-%m-%dT%H-%M-%SZ") != match.group(2):
        raise _problem(f"{name}: its name does not carry its capture time.")
    if EXTENSIONS.get(str(item.get("media_type"))) != match.group(3):
        raise _problem(f"{name}: its name does not match its type ({item.get('media_type')}).")
    return name, captured


def _check_chain(manifest: dict[str, Any]) -> str:
    chain = manifest["chain"]
    entries = chain.get("entries")
    if not isinstance(entries, list) or not entries:
        raise _problem(f"{MANIFEST_NAME} lists no chain records.")
    hashes: list[str] = []
    for position, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or entry.get("seq") != position:
            raise _problem(f"chain record {position} is missing or out of order.")
        value = entry.get("entry_hash")
        if not isinstance(value, str) or not _HEX64.match(value):
            raise _problem(f"chain record {position} has no valid hash.")
        hashes.append(value)
    if len(set(hashes)) != len(hashes):
        raise _problem("two chain records have the same hash.")
    if chain.get("length") != len(hashes):
        raise _problem(
            f"the chain should have {chain.get('length')} records, but lists {len(hashes)}."
        )
    if chain.get("head") != hashes[-1]:
        raise _problem("the chain head is not the hash of the last record.")
    for position, item in enumerate(manifest["items"], start=1):
        _check_item_link(item, position, hashes)
    return hashes[-1]


def _check_item_link(item: dict[str, Any], position: int, hashes: list[str]) -> None:
    name = item.get("file")
    link = item.get("chain")
    if not isinstance(link, dict):
        raise _problem(f"{name} has no chain record in {MANIFEST_NAME}.")
    seq = link.get("seq")
    if not isinstance(seq, int) or not 1 <= seq <= len(hashes):
        raise _problem(f"{name}: its chain record number is not in the chain.")
    if link.get("entry_hash") != hashes[seq - 1]:
        raise _problem(f"{name}: its chain hash is not the one listed for record {seq}.")
    text = link.get("record")
    try:
        record_bytes = str(text).encode("ascii")
        record = json.loads(record_bytes)
        if not isinstance(record, dict) or canonical(record) != record_bytes:
            raise ValueError("not canonical")
    except (UnicodeEncodeError, ValueError) as exc:
        raise _problem(f"{name}: its chain record was changed (not the exact saved form).") from exc
    previous = hashes[seq - 2] if seq > 1 else GENESIS
    if chain_hash(previous, record_bytes) != hashes[seq - 1]:
        raise _problem(f"{name}: its chain record does not produce its chain hash.")
    if record.get("kind") != "add" or record.get("seq") != seq:
        raise _problem(f"{name}: its chain record is not the record that saved it.")
    if record.get("item") != item.get("locker_item_id"):
        raise _problem(f"{name}: its chain record is for a different item.")
    for key in _RECORD_FIELDS:
        if record.get(key) != item.get(key):
            raise _problem(f"{name}: its {key} differs from the one saved in the chain.")
    try:
        saved = datetime.fromisoformat(str(record.get("captured_at"))).astimezone(UTC)
    except ValueError as exc:
        raise _problem(f"{name}: its chain record has no readable time.") from exc
    if saved.strftime("%Y-%m-%dT%H:%M:%SZ") != item.get("captured_at_utc"):
        raise _problem(f"{name}: its capture time differs from the one saved in the chain.")


def verify_pack(path: Path, progress: Callable[[int, int], None] | None = None) -> PackReport:
    """Check a pack (see the module docs). Raises :class:`PackProblem` naming the first problem.

    ``progress(done, total)`` counts files hashed.
    """
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise SafeHelperError(f"There is no file at {path}.") from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise _problem("it is not a ZIP file, or it is damaged.") from exc
    with archive:
        files = check_entries(archive)
        by_name = {info.filename: info for info in files}
        sums = parse_sums(archive.read(by_name[SUMS_NAME]).decode("utf-8", "replace"))
        for name in sums:
            if name not in by_name:
                raise _problem(f"{name} is listed in {SUMS_NAME} but is missing from the pack.")
        for name in by_name:
            if name != SUMS_NAME and name not in sums:
                raise _problem(f"{name} is in the pack but not listed in {SUMS_NAME}.")
        actual: dict[str, tuple[str, int]] = {}
        for done, info in enumerate(files, start=1):
            if info.filename != SUMS_NAME:
                actual[info.filename] = _sha256_of(archive, info)
                if actual[info.filename][0] != sums[info.filename]:
                    raise _problem(f"{info.filename} does not match its SHA-256 in {SUMS_NAME}.")
            if progress is not None:
                progress(done, len(files))
        manifest = _load_manifest(archive.read(by_name[MANIFEST_NAME]))
        stamp_files = {n: archive.read(i) for n, i in by_name.items() if n.startswith(TOKEN_DIR)}
    listed: set[str] = set()
    previous: datetime | None = None
    for position, item in enumerate(manifest["items"], start=1):
        if not isinstance(item, dict):
            raise _problem(f"item {position} in {MANIFEST_NAME} is not a record.")
        name, captured = _check_item_file(item, position, actual)
        if name in listed:
            raise _problem(f"{name} is listed twice in {MANIFEST_NAME}.")
        if previous is not None and captured < previous:
            raise _problem(f"{name} is out of time order in {MANIFEST_NAME}.")
        listed.add(name)
        previous = captured
    for name in actual:
        if name.startswith(f"{EVIDENCE_DIR}/") and name not in listed:
            raise _problem(f"{name} is in the pack but not listed in {MANIFEST_NAME}.")
    if manifest.get("item_count") != len(listed):
        raise _problem(
            f"{MANIFEST_NAME} says {manifest.get('item_count')} items but lists {len(listed)}."
        )
    head = _check_chain(manifest)
    try:
        stamps = check_tokens(stamp_files.__getitem__, set(by_name), manifest["items"])
    except TokenProblem as exc:
        raise _problem(str(exc)) from exc
    exported_at = str(manifest.get("exported_at_utc", ""))
    return PackReport(len(listed), len(files), head, exported_at, tuple(stamps))
