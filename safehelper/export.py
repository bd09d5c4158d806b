"""The evidence pack: one ZIP file a teen can hand to police, a school or a lawyer.

Layout (every name is fixed by SafeHelper; nothing a user typed becomes a path)::

    README.txt                         what the pack is and how to check it
    evidence/0001_2026-11-25T16-53-57Z.png   the pictures, oldest first, exact bytes
    manifest.json                      every item's details, the incident, the chain
    report.pdf                         a printable report with small pictures
    timestamps/<picture>.tsr           a picture's independent time stamp, if it has one
    timestamps/tsa-chain.pem           the certificates those time stamps were checked up to
    SHA256SUMS                         ``sha256sum -c`` lines for every other file

The pack is written to a hidden temporary file in the chosen folder and only
renamed to the chosen name once it is complete and flushed to disk, so a
cancel, a full disk or a crash never leaves a half-written pack under that
name (an older file there is left as it was). What a kill or power cut leaves
under the hidden name is removed by the next export or the app's next start
(:mod:`safehelper.pack_leftovers`). Pictures are decrypted one at a
time in memory and never written anywhere but into the pack.

What each file holds is :mod:`safehelper.pack_contents`; this module writes
them. The pack is not encrypted: the window says so before the user chooses
where to save it (and :mod:`safehelper.synced_folders` warns of a synced folder).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import zipfile
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from safehelper import __version__, clock, incident, pack_leftovers, paths, report
from safehelper.errors import SafeHelperError
from safehelper.locker import ChainRecord, Item
from safehelper.locker.stamps import item_stamps, record_stamps
from safehelper.pack_contents import (
    MANIFEST_NAME,
    README_NAME,
    REPORT_NAME,
    SUMS_NAME,
    PackEntry,
    local_time,
    manifest,
    parse_offset,
    plan,
    readme_text,
    stamped_files,
    sums_text,
)
from safehelper.timestamps import pack as timestamps_pack
from safehelper.timestamps.protocol import Stamp

log = logging.getLogger(__name__)

# Files in the pack open as the unzipping user's own (0600): the pack is not encrypted.
_FILE_MODE = 0o600 << 16


class ExportSource(Protocol):
    """What the pack needs from the locker (:class:`safehelper.locker.Locker`)."""

    def items(self, *, include_deleted: bool = False) -> list[Item]:
        """Items, newest first."""
        ...

    def read_image(self, item_id: str) -> bytes:
        """An item's exact stored bytes."""
        ...

    def read_thumbnail(self, item_id: str) -> bytes:
        """An item's small thumbnail."""
        ...

    def chain_records(self) -> list[ChainRecord]:
        """Every chain record as stored."""
        ...

    def get_document(self, name: str) -> bytes | None:
        """A named document (the incident details)."""
        ...

    def timestamp_records(self) -> list[tuple[str, dict[str, str]]]:
        """The stored time stamps (see :mod:`safehelper.locker.stamps`)."""
        ...


@dataclass(frozen=True)
class ExportResult:
    """What :func:`export_pack` did. ``path`` exists only when not ``cancelled``."""

    path: Path
    items: int
    size: int
    cancelled: bool


class _Cancelled(Exception):
    pass


def _report_rows(entries: Sequence[PackEntry]) -> list[report.ReportRow]:
    return [
        report.ReportRow(
            number=e.number,
            file_name=e.file_name,
            saved_utc=e.item.captured_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
            saved_local=report.format_local(local_time(e.item), e.item.local_zone),
            source=e.item.source,
            covered=e.item.covered,
            app=e.item.platform,
            username=e.item.username,
            note=e.item.note,
            sha256=e.item.sha256,
            size=e.item.size,
            width=e.item.width,
            height=e.item.height,
            timestamp=timestamps_pack.report_line(e.stamp),
        )
        for e in entries
    ]


def _zip_info(name: str, when: datetime, *, stored: bool) -> zipfile.ZipInfo:
    stamp = when.astimezone(UTC)
    info = zipfile.ZipInfo(
        name, date_time=(stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    )
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.external_attr = _FILE_MODE
    return info


def _choose(source: ExportSource, item_ids: Sequence[str] | None) -> list[Item]:
    if item_ids is None:
        return source.items()
    wanted = set(item_ids)
    chosen = [i for i in source.items(include_deleted=True) if i.id in wanted]
    unknown = wanted - {i.id for i in chosen}
    if unknown:
        raise SafeHelperError("export.no_such_item", item=sorted(unknown)[0])
    return chosen


def export_pack(
    source: ExportSource,
    destination: Path,
    *,
    item_ids: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Write the evidence pack to ``destination`` (a ``.zip`` path). Run it off the GUI thread.

    ``item_ids`` limits it to those items (default: every item not deleted).
    ``progress(done, total)`` counts steps (each picture twice: into the pack,
    then into the report); ``cancelled()`` is checked between steps. A cancel
    returns a result with ``cancelled`` set and leaves nothing at
    ``destination``; a failure (full or read-only disk, locked locker) raises
    :class:`SafeHelperError` in plain words and likewise leaves nothing.
    """
    destination = Path(destination)
    folder = destination.parent
    moment = clock.now()
    exported_at = (now or moment.utc).astimezone(UTC)
    items = _choose(source, item_ids)
    if item_ids is not None and not items:
        raise SafeHelperError("export.nothing_chosen")
    records = source.chain_records()
    stored_stamps = source.timestamp_records()
    entries = plan(items, records, item_stamps(stored_stamps))
    stamped_records = record_stamps(stored_stamps, records)
    stored = source.get_document(incident.DOCUMENT_NAME)
    details = incident.Incident.from_json(stored) if stored is not None else incident.Incident()
    total = 2 * len(entries) + 1
    done = 0

    def step() -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise _Cancelled
        done += 1
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    if not folder.is_dir():
        raise SafeHelperError("export.no_folder", folder=folder)
    try:
        with (
            pack_leftovers.exporting(folder),
            paths.replacing(destination, suffix=pack_leftovers.PART_SUFFIX) as handle,
        ):
            pack_leftovers.hold(handle)
            _write_zip(
                handle,
                source,
                entries,
                records,
                details,
                moment,
                exported_at,
                step,
                stamped_records,
            )
            size = handle.tell()
            if cancelled is not None and cancelled():
                raise _Cancelled
    except _Cancelled:
        return ExportResult(destination, len(entries), 0, cancelled=True)
    except OSError as exc:
        log.warning("export: failed (%s)", type(exc).__name__)
        raise _save_error(destination, exc) from exc
    except BaseException:
        log.warning("export: failed")
        raise
    return ExportResult(destination, len(entries), size, cancelled=False)


class _ReportPictures:
    """The report's small pictures, shrunk on a worker thread a few rows ahead of the PDF.

    Pillow lets go of the interpreter while it decodes and encodes, and laying out the PDF
    is pure Python, so on a second core the two overlap. The locker is read on the calling
    thread only (its database connection belongs to that thread), each item's stored
    thumbnail rather than the full picture, and at most ``AHEAD`` pictures wait in memory.
    """

    AHEAD = 8

    def __init__(
        self, source: ExportSource, entries: Sequence[PackEntry], pool: ThreadPoolExecutor
    ) -> None:
        self._source = source
        self._upcoming = iter(entries)
        self._pool = pool
        self._waiting: deque[tuple[int, Future[bytes | None]]] = deque()

    def _read(self, entry: PackEntry) -> bytes:
        try:
            return self._source.read_thumbnail(entry.item.id)
        except SafeHelperError:
            return self._source.read_image(entry.item.id)

    def next(self, row: report.ReportRow) -> bytes | None:
        """The JPEG for ``row``; rows are asked for in order, once each."""
        while len(self._waiting) < self.AHEAD:
            entry = next(self._upcoming, None)
            if entry is None:
                break
            picture = self._read(entry)
            self._waiting.append((entry.number, self._pool.submit(report.thumbnail_jpeg, picture)))
        number, shrunk = self._waiting.popleft()
        if number != row.number:
            raise RuntimeError("report rows were asked for out of order")
        return shrunk.result()


def _write_zip(
    handle: Any,
    source: ExportSource,
    entries: Sequence[PackEntry],
    records: Sequence[ChainRecord],
    details: incident.Incident,
    moment: clock.Moment,
    exported_at: datetime,
    step: Callable[[], None],
    stamped_records: Mapping[int, Stamp],
) -> None:
    """Fill the open temporary file with the pack. The ZIP's central directory comes last."""
    hashes: list[tuple[str, str]] = []
    archive = zipfile.ZipFile(handle, "w", allowZip64=True)

    def add(
        name: str, data: bytes | bytearray, when: datetime, *, stored: bool, digest: str = ""
    ) -> None:
        archive.writestr(_zip_info(name, when, stored=stored), data)
        hashes.append((name, digest or hashlib.sha256(data).hexdigest()))

    try:
        add(
            README_NAME,
            readme_text(
                len(entries),
                exported_at,
                stamped_files(entries),
                [(seq, records[seq - 1].entry_hash) for seq in sorted(stamped_records)],
            ).encode("utf-8"),
            exported_at,
            stored=False,
        )
        for entry in entries:
            data = source.read_image(entry.item.id)
            if hashlib.sha256(data).hexdigest() != entry.item.sha256:
                raise SafeHelperError("export.fingerprint_mismatch", number=entry.number)
            # Pictures are already compressed: stored as they are, which is faster and exact.
            # Their SHA-256 was just checked against the record: no need to hash them twice.
            when = entry.item.captured_at
            add(entry.file_name, data, when, stored=True, digest=entry.item.sha256)
            del data
            step()
        stamped = [(e.file_name, e.stamp) for e in entries if e.stamp is not None]
        record_pairs = sorted(stamped_records.items())
        for name, token in timestamps_pack.pack_files(stamped, record_pairs):
            add(name, token, exported_at, stored=False)

        header = report.ReportHeader(
            app_version=__version__,
            exported_utc=exported_at.strftime("%Y-%m-%d %H:%M:%S UTC"),
            exported_local=report.format_local(
                exported_at.astimezone(parse_offset(moment.offset)), moment.zone
            ),
            item_count=len(entries),
            chain_head=records[-1].entry_hash if records else "0" * 64,
        )
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-pictures") as pool:
            pictures = _ReportPictures(source, entries, pool)
            pdf = report.build_report(header, details, _report_rows(entries), pictures.next, step)
        add(REPORT_NAME, pdf, exported_at, stored=False)
        del pdf
        data = json.dumps(
            manifest(entries, records, details, exported_at, stamped_records),
            ensure_ascii=False,
            indent=2,
        ).encode("utf-8")
        add(MANIFEST_NAME, data + b"\n", exported_at, stored=False)
        archive.writestr(
            _zip_info(SUMS_NAME, exported_at, stored=False), sums_text(hashes).encode("ascii")
        )
        archive.close()
        step()
    except BaseException:
        # Closing marks the archive finished, so it does not try again when collected; the
        # temporary file is deleted by the caller, and a second disk error here changes nothing.
        with contextlib.suppress(Exception):
            archive.close()
        raise


def _save_error(destination: Path, exc: OSError) -> SafeHelperError:
    return SafeHelperError(
        "export.cannot_save", folder=destination.parent, reason=paths.describe_os_error(exc)
    )
