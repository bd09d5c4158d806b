"""The evidence locker: encrypted pictures, a crash-safe index and a hash chain.

A locker is one folder::

    locker/
      index.sqlite3      the index: key slots, settings and the chain of records
      blobs/<id>.img     one encrypted file per picture (the original bytes)
      blobs/<id>.thumb   one encrypted thumbnail per picture

Nothing in it is readable without the data key (see :mod:`safehelper.keyslots`):
pictures, thumbnails and the sensitive fields of each record (note, platform,
username or profile link, original file name) are sealed with AES-256-GCM, each
with a fresh nonce and the item id bound in as associated data.

**Records and the chain.** The index holds an append-only list of records:
``init``, ``add``, ``note`` (a changed note), ``delete``, ``restore``, ``purge``
(deleted permanently) and ``document`` (a named encrypted record such as the
incident details). Each record is stored as canonical JSON, and its
``entry_hash = SHA-256(previous entry_hash ‖ record bytes)``; the first
record follows 64 zero hex digits. The newest (number, hash) pair is also
sealed with the data key, so that rebuilding the chain or cutting records off
its end is noticed by someone holding the key. What an item looks like now
is the result of replaying its records.

**Crash safety.** Adding a picture takes SQLite's write lock, writes each blob
to a temporary name, fsyncs it, renames it into place and fsyncs the folder,
and only then commits the record (WAL, ``synchronous=FULL``). A crash at any
instant leaves a complete item or none; blobs that no record points to are
removed the next time the locker is opened.

Decrypted pictures live only in memory. Nothing sensitive is logged.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from safehelper import clock, crypto, imports, keychain, keyslots, paths
from safehelper.errors import Phrase, SafeHelperError

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
INDEX_NAME = "index.sqlite3"
BLOB_DIR = "blobs"
IMAGE_SUFFIX = ".img"
THUMB_SUFFIX = ".thumb"
SOURCES = ("screen", "file", "clipboard")
GENESIS = "0" * 64
RECORD_VERSION = 1
MAX_DOCUMENT_BYTES = 4 * 1024 * 1024
# Sealed fields are padded to a multiple of this, so their length hints little at a note's.
_PAD_BYTES = 64
# Wrong passphrases: the first few are free (typos), then each try waits twice as long.
_FREE_FAILURES = 3
_MAX_DELAY_SECONDS = 30.0
_ITEM_ID = re.compile(r"[0-9a-f]{32}")
_O_BINARY = getattr(os, "O_BINARY", 0)
_IS_POSIX = os.name == "posix"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE slots (kind TEXT PRIMARY KEY, wrapped BLOB NOT NULL, params TEXT NOT NULL);
CREATE TABLE entries (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    at TEXT NOT NULL,
    record BLOB NOT NULL,
    entry_hash TEXT NOT NULL
);
CREATE INDEX entries_item ON entries (item_id);
"""

# How to bring an older index up to date: the function keyed by N turns version N into
# N + 1 inside one transaction. Version 1 is the first, so there is nothing to upgrade yet.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}

NOT_UNLOCKED = "The locker is locked. Open it first."
NO_SUCH_ITEM = "That item is not in the locker."
LAST_SLOT = (
    "This is the only way left to open the locker, so it cannot be removed. "
    "Add another way first (a passphrase, or this computer's key)."
)


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


@dataclass(frozen=True)
class Refusal:
    """A file that was not imported: its cleaned name and the plain reason."""

    name: str
    reason: Phrase


@dataclass(frozen=True)
class ImportResult:
    """What an import did. Items in ``saved`` are in the locker even if it was cancelled.

    ``error`` is set (plain words) when the import had to stop early for a reason
    that is not about one file, such as a full disk; ``saved`` still holds what
    was saved before it.
    """

    saved: list[Item]
    refused: list[Refusal]
    cancelled: bool
    error: str = ""


@dataclass(frozen=True)
class VerifyReport:
    """The result of :meth:`Locker.verify`.

    ``checked`` is the number of items whose records and pictures were checked;
    ``problem`` names the first item that does not match, by id and time.
    """

    ok: bool
    checked: int
    problem: str = ""
    item_id: str | None = None


@dataclass(frozen=True)
class ChainRecord:
    """One record of the chain, exactly as stored, for an export pack to include."""

    seq: int
    kind: str
    item_id: str
    record: bytes
    entry_hash: str


@dataclass
class _ItemState:
    item_id: str
    add_seq: int
    entry_hash: str
    record: dict[str, Any]
    note_seq: int = 0
    note_sealed: str = ""
    deleted: bool = False
    purged: bool = False


def default_folder() -> Path:
    """Where the locker lives unless told otherwise: ``<data dir>/locker``."""
    return paths.data_dir() / "locker"


def canonical(record: dict[str, Any]) -> bytes:
    """The one byte form of a record that its hash is computed over (sorted keys, no spaces)."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode(
        "ascii"
    )


def chain_hash(prev_hash: str, record_bytes: bytes) -> str:
    """``SHA-256(previous hash ‖ record bytes)`` as hex: the link that makes the chain."""
    return hashlib.sha256(bytes.fromhex(prev_hash) + record_bytes).hexdigest()


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _label(item_id: str, what: str) -> bytes:
    return f"{item_id}:{what}".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _when(text: str) -> str:
    try:
        return datetime.fromisoformat(text).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    except ValueError:
        return "at an unknown time"


def _db_error(exc: sqlite3.Error) -> SafeHelperError:
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    log.warning("locker: index error (%s, code %d)", type(exc).__name__, code)
    if code == sqlite3.SQLITE_FULL:
        return SafeHelperError("The disk is full, so the locker could not save. Free some space.")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return SafeHelperError(
            "The locker is busy in another SafeHelper window. Try again in a moment."
        )
    if code == sqlite3.SQLITE_READONLY:
        return SafeHelperError("The locker is on a read-only disk, so nothing can be saved.")
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return SafeHelperError("The locker's index file is damaged or is not a SafeHelper locker.")
    return SafeHelperError("The locker's index could not be read or saved.")


def _connect(path: Path) -> sqlite3.Connection:
    try:
        db = sqlite3.connect(str(path), timeout=15, isolation_level=None, check_same_thread=False)
        mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("locker: WAL mode unavailable (%s)", mode)
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA secure_delete=ON")
        # Sorting or big queries never spill index data into the system's temp folder.
        db.execute("PRAGMA temp_store=MEMORY")
        db.execute("PRAGMA trusted_schema=OFF")
    except sqlite3.Error as exc:
        raise _db_error(exc) from exc
    return db


def _make_private_files(folder: Path) -> None:
    """0600 for the index and its WAL files (SQLite copies the index's mode to them)."""
    if not _IS_POSIX:
        return
    for name in (INDEX_NAME, INDEX_NAME + "-wal", INDEX_NAME + "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(folder / name, 0o600)


def _write_file_durably(path: Path, data: bytes) -> None:
    """Temp name, write, fsync, rename. The caller fsyncs the folder once for all files."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


class Locker:
    """An evidence locker folder. Get one with :meth:`open` or :meth:`create`.

    One object may be used from a worker thread (adds, imports, verify) and the
    GUI thread in turn: methods take the object's lock, and the SQLite
    connection is shared under it. An import holds it one file at a time and
    verify only while reading, so a window can keep listing items meanwhile;
    :meth:`lock` never waits (Hide now). Several processes (the app and the
    command line) may open the same locker; SQLite's write lock keeps their
    records in order.
    """

    def __init__(self, folder: Path, db: sqlite3.Connection, locker_id: str) -> None:
        """Private: use :meth:`open` or :meth:`create`."""
        self.folder = folder
        self._db = db
        self._locker_id = locker_id
        self._mutex = threading.RLock()
        self._key: bytes | None = None
        self._states: dict[str, _ItemState] = {}
        # document name -> (record item id, record number, sealed data) of the newest version
        self._documents: dict[str, tuple[str, int, str]] = {}
        self._seen_seq = 0
        self._plain: dict[tuple[str, int], dict[str, str]] = {}

    # ---------------------------------------------------------------- opening

    @staticmethod
    def exists(folder: Path | None = None) -> bool:
        """Whether a locker has been created in ``folder`` (default: the usual place)."""
        folder = folder if folder is not None else default_folder()
        return (folder / INDEX_NAME).is_file()

    @classmethod
    def open(cls, folder: Path | None = None) -> Locker:
        """Open an existing locker, still locked. Never creates one.

        Upgrades an older index, removes blobs left behind by a crash, and makes
        the files private again if they were copied with looser permissions.
        """
        folder = folder if folder is not None else default_folder()
        if not cls.exists(folder):
            raise SafeHelperError("There is no evidence locker here yet.")
        paths.ensure_private_dir(folder)
        paths.ensure_private_dir(folder / BLOB_DIR)
        db = _connect(folder / INDEX_NAME)
        try:
            _make_private_files(folder)
            try:
                row = db.execute("SELECT value FROM meta WHERE key = 'locker_id'").fetchone()
            except sqlite3.Error as exc:
                raise _db_error(exc) from exc
            if row is None:
                raise SafeHelperError(
                    "The locker's index file is damaged or is not a SafeHelper locker."
                )
            locker = cls(folder, db, str(row[0]))
            locker._migrate()
            try:
                locker._remove_orphans()
            except SafeHelperError:
                # Housekeeping only (a read-only disk, a busy locker): leftovers stay unreadable.
                log.warning("locker: leftover files could not be checked this time")
        except BaseException:
            db.close()
            raise
        log.info("locker: opened")
        return locker

    @classmethod
    def create(
        cls,
        folder: Path | None = None,
        *,
        passphrase: str | None = None,
        use_device: bool = True,
    ) -> Locker:
        """Create a new, empty locker and return it unlocked.

        A device slot is made when ``use_device`` is true and the OS keyring is
        secure; a passphrase slot when ``passphrase`` is given. At least one is
        required: with no safe keyring and no passphrase this refuses in plain
        words rather than keeping a key in the clear. The locker is built in a
        hidden folder beside ``folder`` and renamed into place, so a crash never
        leaves a half-made locker.
        """
        folder = folder if folder is not None else default_folder()
        if cls.exists(folder):
            raise SafeHelperError("There is already an evidence locker here.")
        if passphrase is not None:
            keyslots.check_passphrase_strength(passphrase)
        status = keychain.backend_status()
        want_device = use_device and status.secure
        if not want_device and passphrase is None:
            if use_device:
                raise SafeHelperError(
                    status.reason + " Please protect the locker with a passphrase instead."
                )
            raise SafeHelperError("Please choose a passphrase to protect the locker.")
        parent = folder.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SafeHelperError(
                f"The locker's folder could not be made: {paths.describe_os_error(exc)}"
            ) from exc
        cls._remove_stale_staging(parent, folder.name)
        staging = parent / f".{folder.name}.new-{secrets.token_hex(6)}"
        locker_id = secrets.token_hex(16)
        data_key = crypto.new_key()
        slots: list[keyslots.KeySlot] = []
        try:
            paths.ensure_private_dir(staging)
            paths.ensure_private_dir(staging / BLOB_DIR)
            if want_device:
                try:
                    slots.append(keyslots.make_device_slot(locker_id, data_key))
                except SafeHelperError:
                    if passphrase is None:
                        raise
                    log.info("locker: keyring refused a device slot; passphrase only")
            if passphrase is not None:
                slots.append(keyslots.make_passphrase_slot(locker_id, data_key, passphrase))
            cls._build_index(staging, locker_id, data_key, slots)
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
            os.rename(staging, folder)
        except OSError as exc:
            cls._undo_create(staging, slots, locker_id)
            raise SafeHelperError(
                f"The locker could not be made: {paths.describe_os_error(exc)}"
            ) from exc
        except BaseException:
            cls._undo_create(staging, slots, locker_id)
            raise
        # The locker exists from the rename on: a failed flush must not undo its slots.
        with contextlib.suppress(OSError):
            paths.fsync_dir(parent)
        locker = cls.open(folder)
        locker._key = data_key
        log.info("locker: created with %d slot(s)", len(slots))
        return locker

    @classmethod
    def _build_index(
        cls, staging: Path, locker_id: str, data_key: bytes, slots: list[keyslots.KeySlot]
    ) -> None:
        index = staging / INDEX_NAME
        # Created 0600 before SQLite sees it; SQLite gives its WAL files the same mode.
        os.close(os.open(index, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o600))
        db = _connect(index)
        try:
            locker = cls(staging, db, locker_id)
            locker._key = data_key
            with locker._write():
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("schema_version", str(SCHEMA_VERSION)),
                        ("locker_id", locker_id),
                        ("failed_unlocks", "0"),
                        ("last_failed_unlock", "0"),
                    ],
                )
                for slot in slots:
                    locker._put_slot(slot)
                locker._append("init", locker_id, {"locker": locker_id}, None)
        finally:
            db.close()

    @staticmethod
    def _undo_create(staging: Path, slots: list[keyslots.KeySlot], locker_id: str) -> None:
        shutil.rmtree(staging, ignore_errors=True)
        for slot in slots:
            if slot.kind == keyslots.DEVICE:
                with contextlib.suppress(SafeHelperError):
                    keyslots.forget_device_key(slot, locker_id)

    @staticmethod
    def _remove_stale_staging(parent: Path, name: str) -> None:
        """Half-made lockers from a crash during :meth:`create` hold no evidence: remove them."""
        for stale in parent.glob(f".{name}.new-*"):
            shutil.rmtree(stale, ignore_errors=True)

    def close(self) -> None:
        """Lock the locker and close its index. The object cannot be used afterwards."""
        with self._mutex:
            self.lock()
            self._db.close()

    def __enter__(self) -> Locker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------- migrations

    def _meta(self, key: str, default: str = "") -> str:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as exc:
            raise _db_error(exc) from exc
        return str(row[0]) if row else default

    def _set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def _migrate(self) -> None:
        try:
            version = int(self._meta("schema_version", "0"))
        except ValueError as exc:
            raise SafeHelperError("The locker's index file is damaged.") from exc
        if version > SCHEMA_VERSION:
            raise SafeHelperError(
                "This locker was saved by a newer SafeHelper. Please update SafeHelper to open it."
            )
        while version < SCHEMA_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise SafeHelperError("This locker is too old or damaged for this SafeHelper.")
            with self._write():
                step(self._db)
                version += 1
                self._set_meta("schema_version", str(version))
            log.info("locker: index upgraded to version %d", version)

    # ------------------------------------------------------------ transactions

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction holding SQLite's write lock (other processes wait)."""
        with self._mutex:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise _db_error(exc) from exc
            try:
                yield self._db
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise _db_error(exc) from exc
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise

    def _append(
        self, kind: str, item_id: str, public: dict[str, Any], private: dict[str, str] | None
    ) -> tuple[int, str]:
        """Add one record to the chain. Must run inside :meth:`_write`."""
        key = self._require_key()
        row = self._db.execute(
            "SELECT seq, entry_hash FROM entries ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        prev_seq, prev_hash = (int(row[0]), str(row[1])) if row else (0, GENESIS)
        seq = prev_seq + 1
        at = _iso(datetime.now(UTC))
        record: dict[str, Any] = {
            "v": RECORD_VERSION,
            "seq": seq,
            "kind": kind,
            "item": item_id,
            "at": at,
            **public,
        }
        if private is not None:
            record["private"] = self._seal_fields(key, private, _label(item_id, f"{kind}:{seq}"))
        record_bytes = canonical(record)
        entry_hash = chain_hash(prev_hash, record_bytes)
        self._db.execute(
            "INSERT INTO entries (seq, kind, item_id, at, record, entry_hash) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (seq, kind, item_id, at, record_bytes, entry_hash),
        )
        head = crypto.seal(key, f"{seq}:{entry_hash}".encode("ascii"), self._head_label())
        self._set_meta("head", _b64(head))
        return seq, entry_hash

    def _head_label(self) -> bytes:
        return f"chain-head:{self._locker_id}".encode("ascii")

    @staticmethod
    def _seal_fields(key: bytes, fields: dict[str, str], label: bytes) -> str:
        plain = json.dumps(fields, ensure_ascii=False).encode("utf-8")
        plain += b" " * (-len(plain) % _PAD_BYTES)
        return _b64(crypto.seal(key, plain, label))

    @staticmethod
    def _open_fields(key: bytes, sealed: str, label: bytes) -> dict[str, str]:
        try:
            data = json.loads(crypto.open_sealed(key, _unb64(sealed), label).decode("utf-8"))
        except (binascii.Error, ValueError, crypto.SealError) as exc:
            raise crypto.SealError("sealed fields did not open") from exc
        if not isinstance(data, dict):
            raise crypto.SealError("sealed fields are not a record")
        return {str(k): str(v) for k, v in data.items()}

    # -------------------------------------------------------------- key slots

    def _slots(self) -> dict[str, keyslots.KeySlot]:
        try:
            rows = self._db.execute("SELECT kind, wrapped, params FROM slots").fetchall()
        except sqlite3.Error as exc:
            raise _db_error(exc) from exc
        slots = {}
        for kind, wrapped, params in rows:
            try:
                parsed = json.loads(params)
            except ValueError:
                parsed = {}
            slots[str(kind)] = keyslots.KeySlot(
                kind=str(kind),
                wrapped=bytes(wrapped),
                params=parsed if isinstance(parsed, dict) else {},
            )
        return slots

    def _put_slot(self, slot: keyslots.KeySlot) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO slots (kind, wrapped, params) VALUES (?, ?, ?)",
            (slot.kind, slot.wrapped, json.dumps(slot.params, sort_keys=True)),
        )

    def has_device_slot(self) -> bool:
        """Whether this computer's keyring can open the locker (if the keyring is there)."""
        with self._mutex:
            return keyslots.DEVICE in self._slots()

    def has_passphrase_slot(self) -> bool:
        """Whether a passphrase can open the locker."""
        with self._mutex:
            return keyslots.PASSPHRASE in self._slots()

    @property
    def is_unlocked(self) -> bool:
        """Whether the data key is in memory (items can be read and added)."""
        return self._key is not None

    @property
    def locker_id(self) -> str:
        """This locker's random id (names its keyring entry; not secret)."""
        return self._locker_id

    def _require_key(self) -> bytes:
        if self._key is None:
            raise SafeHelperError(NOT_UNLOCKED)
        return self._key

    def unlock_with_device(self) -> None:
        """Unlock with the key kept in this computer's keyring.

        Plain :class:`SafeHelperError` if there is no device slot, the keyring is
        locked or missing, or its key does not fit (a locker copied elsewhere).
        """
        with self._mutex:
            slot = self._slots().get(keyslots.DEVICE)
            if slot is None:
                raise SafeHelperError(
                    "This locker does not open with this computer's key. Use your passphrase."
                )
            self._key = keyslots.open_device_slot(slot, self._locker_id)
            log.info("locker: unlocked with the device key")

    def unlock_delay(self) -> float:
        """Seconds the next passphrase try will wait, after repeated wrong ones (0 if none).

        The first few wrong tries are free; after that each waits twice as long,
        up to 30 seconds. It never refuses outright: a lockout could cost a
        teen their evidence. Kept in the index, so restarting does not reset it.
        """
        with self._mutex:
            try:
                failures = int(self._meta("failed_unlocks", "0"))
                last = float(self._meta("last_failed_unlock", "0"))
            except ValueError:
                return 0.0
            if failures < _FREE_FAILURES:
                return 0.0
            delay = min(2.0 ** (failures - _FREE_FAILURES), _MAX_DELAY_SECONDS)
            return max(0.0, min(delay, last + delay - time.time()))

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """Unlock with the passphrase. A wrong one raises a plain error and changes nothing else.

        After repeated wrong tries this waits first (see :meth:`unlock_delay`);
        call it from a worker thread in a window.
        """
        with self._mutex:
            slot = self._slots().get(keyslots.PASSPHRASE)
            if slot is None:
                raise SafeHelperError(
                    "This locker has no passphrase. It opens with this computer's key."
                )
            wait = self.unlock_delay()
            if wait > 0:
                time.sleep(wait)
            try:
                key = keyslots.open_passphrase_slot(slot, self._locker_id, passphrase)
            except keyslots.WrongPassphrase:
                self._count_failure()
                log.info("locker: wrong passphrase")
                raise
            self._key = key
            if self._meta("failed_unlocks", "0") != "0":
                with contextlib.suppress(SafeHelperError), self._write():
                    self._set_meta("failed_unlocks", "0")
            log.info("locker: unlocked with the passphrase")

    def _count_failure(self) -> None:
        # A read-only locker still reports a wrong passphrase; it just cannot slow retries.
        with contextlib.suppress(SafeHelperError, ValueError), self._write():
            failures = int(self._meta("failed_unlocks", "0"))
            self._set_meta("failed_unlocks", str(failures + 1))
            self._set_meta("last_failed_unlock", repr(time.time()))

    def lock(self) -> None:
        """Forget the data key and every decrypted field held in memory.

        Does not wait for work in progress (Hide now must be instant): an import
        or verify running in a worker stops at its next item with a plain error.
        Python cannot wipe memory for certain; dropping every reference is the
        best it offers.
        """
        self._key = None
        self._plain.clear()
        log.info("locker: locked")

    def add_passphrase(self, passphrase: str) -> None:
        """Add a passphrase slot, or change the passphrase if there is one. Needs it unlocked."""
        with self._mutex:
            slot = keyslots.make_passphrase_slot(self._locker_id, self._require_key(), passphrase)
            with self._write():
                self._put_slot(slot)
                self._set_meta("failed_unlocks", "0")
            log.info("locker: passphrase set")

    def remove_passphrase(self) -> None:
        """Remove the passphrase slot; refused if it is the only way to open the locker."""
        self._remove_slot(keyslots.PASSPHRASE)

    def add_device_slot(self) -> None:
        """Let this computer's keyring open the locker. Refused plainly if the keyring is unsafe.

        Does nothing if there is a device slot already.
        """
        with self._mutex:
            key = self._require_key()
            if keyslots.DEVICE in self._slots():
                return
            slot = keyslots.make_device_slot(self._locker_id, key)
            try:
                with self._write():
                    self._put_slot(slot)
            except BaseException:
                with contextlib.suppress(SafeHelperError):
                    keyslots.forget_device_key(slot, self._locker_id)
                raise

    def remove_device_slot(self) -> None:
        """Stop this computer's keyring opening the locker; refused if it is the only way."""
        self._remove_slot(keyslots.DEVICE)

    def _remove_slot(self, kind: str) -> None:
        with self._mutex:
            self._require_key()
            with self._write():
                slots = self._slots()
                slot = slots.get(kind)
                if slot is None:
                    return
                if len(slots) == 1:
                    raise SafeHelperError(LAST_SLOT)
                self._db.execute("DELETE FROM slots WHERE kind = ?", (kind,))
            if kind == keyslots.DEVICE:
                try:
                    keyslots.forget_device_key(slot, self._locker_id)
                except SafeHelperError:
                    # The wrapped key is gone from the index, so the leftover entry opens nothing.
                    log.warning("locker: keyring entry could not be removed")
            log.info("locker: %s slot removed", kind)

    # ---------------------------------------------------------------- replay

    def _refresh(self) -> None:
        """Apply records added since the last look (by this object or another process)."""
        try:
            rows = self._db.execute(
                "SELECT seq, record, entry_hash FROM entries WHERE seq > ? ORDER BY seq",
                (self._seen_seq,),
            ).fetchall()
        except sqlite3.Error as exc:
            raise _db_error(exc) from exc
        for seq, record, entry_hash in rows:
            self._seen_seq = int(seq)
            try:
                parsed = json.loads(bytes(record))
                self._apply(int(seq), parsed, str(entry_hash))
            except (ValueError, KeyError, TypeError, AttributeError):
                # verify() names it; the rest of the locker stays readable meanwhile.
                log.warning("locker: record %d could not be read", seq)

    def _apply(self, seq: int, record: dict[str, Any], entry_hash: str) -> None:
        kind = record["kind"]
        item_id = str(record["item"])
        if kind == "add":
            self._states[item_id] = _ItemState(item_id, seq, entry_hash, record)
            return
        if kind == "document":
            self._documents[str(record["name"])] = (item_id, seq, str(record["private"]))
            return
        state = self._states.get(item_id)
        if state is None:
            return
        if kind == "note":
            state.note_seq = seq
            state.note_sealed = str(record["private"])
        elif kind == "delete":
            state.deleted = True
        elif kind == "restore":
            state.deleted = False
        elif kind == "purge":
            state.purged = True
            self._plain.pop((item_id, state.add_seq), None)

    def _private(self, state: _ItemState) -> dict[str, str]:
        key = self._require_key()
        cache_key = (state.item_id, state.note_seq or state.add_seq)
        cached = self._plain.get(cache_key)
        if cached is not None:
            return cached
        fields = {"note": "", "platform": "", "username": "", "original_name": ""}
        try:
            fields.update(
                self._open_fields(
                    key,
                    str(state.record["private"]),
                    _label(state.item_id, f"add:{state.add_seq}"),
                )
            )
            if state.note_seq:
                note = self._open_fields(
                    key, state.note_sealed, _label(state.item_id, f"note:{state.note_seq}")
                )
                fields["note"] = note.get("note", "")
        except (crypto.SealError, KeyError):
            log.warning("locker: sealed fields of record %d did not open", state.add_seq)
        if self._key is not None:  # lock() may have run meanwhile: then cache nothing
            self._plain[cache_key] = fields
        return fields

    def _to_item(self, state: _ItemState) -> Item:
        record = state.record
        private = self._private(state)
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

    def _state(self, item_id: str) -> _ItemState:
        self._refresh()
        state = self._states.get(item_id)
        if state is None or state.purged:
            raise SafeHelperError(NO_SUCH_ITEM)
        return state

    # ------------------------------------------------------------------ items

    def items(self, *, include_deleted: bool = False) -> list[Item]:
        """Every item, newest first, with its note and names decrypted. No picture bytes.

        Soft-deleted items are left out unless ``include_deleted``; items deleted
        permanently are never listed.
        """
        with self._mutex:
            self._require_key()
            self._refresh()
            states = [
                s
                for s in self._states.values()
                if not s.purged and (include_deleted or not s.deleted)
            ]
            states.sort(key=lambda s: (str(s.record["captured_at"]), s.add_seq), reverse=True)
            return [self._to_item(s) for s in states]

    def count(self) -> int:
        """How many items are in the locker (not deleted). Works while locked."""
        with self._mutex:
            self._refresh()
            return sum(1 for s in self._states.values() if not (s.purged or s.deleted))

    def item(self, item_id: str) -> Item:
        """One item by id (deleted ones included), or a plain error if it is not there."""
        with self._mutex:
            self._require_key()
            return self._to_item(self._state(item_id))

    def _blob_paths(self, item_id: str) -> tuple[Path, Path]:
        # Ids come from the index, which someone could edit: never let one reach outside.
        if not _ITEM_ID.fullmatch(item_id):
            raise SafeHelperError(NO_SUCH_ITEM)
        blobs = self.folder / BLOB_DIR
        return blobs / f"{item_id}{IMAGE_SUFFIX}", blobs / f"{item_id}{THUMB_SUFFIX}"

    def add_image(
        self,
        data: bytes,
        source: str,
        *,
        note: str = "",
        platform: str = "",
        username: str = "",
        original_name: str = "",
        file_mtime: datetime | None = None,
        covered: bool = False,
    ) -> Item:
        """Check, encrypt and save one picture; return the new item.

        ``source`` is ``"screen"``, ``"file"`` or ``"clipboard"``. The bytes are
        checked like an import (a plain :class:`SafeHelperError` if they are not a
        complete picture of an accepted kind and size) and stored exactly, so
        :meth:`read_image` returns the same bytes and their SHA-256 matches.
        ``original_name`` is kept as data only (never used as a path).
        """
        if source not in SOURCES:
            raise ValueError(f"unknown source {source!r}")
        facts = imports.examine(data, original_name or "picture")
        return self._store(
            data,
            facts,
            source=source,
            note=note,
            platform=platform,
            username=username,
            original_name=original_name,
            file_mtime=file_mtime,
            covered=covered,
        )

    def _store(
        self,
        data: bytes,
        facts: imports.ImageFacts,
        *,
        source: str,
        note: str,
        platform: str,
        username: str,
        original_name: str,
        file_mtime: datetime | None,
        covered: bool,
    ) -> Item:
        with self._mutex:
            key = self._require_key()
            item_id = secrets.token_hex(16)
            sealed_image = crypto.seal(key, data, _label(item_id, "image"))
            sealed_thumb = crypto.seal(key, facts.thumbnail, _label(item_id, "thumbnail"))
            moment = clock.now()
            public: dict[str, Any] = {
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": len(data),
                "width": facts.width,
                "height": facts.height,
                "media_type": facts.media_type,
                "captured_at": _iso(moment.utc),
                "local_zone": moment.zone,
                "utc_offset": moment.offset,
                "source": source,
                "file_mtime": _iso(file_mtime) if file_mtime is not None else None,
                "exif_date": facts.exif_date,
                "covered": bool(covered),
            }
            private = {
                "note": note,
                "platform": platform,
                "username": username,
                "original_name": imports.clean_name(original_name),
            }
            image_path, thumb_path = self._blob_paths(item_id)
            try:
                with self._write():
                    try:
                        _write_file_durably(image_path, sealed_image)
                        _write_file_durably(thumb_path, sealed_thumb)
                        paths.fsync_dir(image_path.parent)
                    except OSError as exc:
                        raise SafeHelperError(
                            f"The picture could not be saved: {paths.describe_os_error(exc)}"
                        ) from exc
                    self._append("add", item_id, public, private)
            except BaseException:
                self._discard_if_unrecorded(item_id)
                raise
            log.info("locker: item added (%s)", source)
            return self._to_item(self._state(item_id))

    def _discard_if_unrecorded(self, item_id: str) -> None:
        """After a failed add, remove its blobs, but only if no record of it was committed."""
        try:
            row = self._db.execute(
                "SELECT 1 FROM entries WHERE item_id = ? LIMIT 1", (item_id,)
            ).fetchone()
        except sqlite3.Error:
            return  # cannot tell: leave them for the orphan check at the next open
        if row is None:
            for path in self._blob_paths(item_id):
                with contextlib.suppress(OSError):
                    path.unlink()

    def import_file(
        self, path: Path, *, note: str = "", platform: str = "", username: str = ""
    ) -> Item:
        """Import one picture file (source ``file``), keeping its name, mtime and EXIF date.

        Raises :class:`safehelper.imports.ImageRefused` (a :class:`SafeHelperError`)
        with a plain reason when the file is not accepted; nothing is stored then.
        """
        data = imports.read_file(path)
        facts = imports.examine(data, path.name)
        try:
            mtime: datetime | None = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except (OSError, ValueError, OverflowError):
            mtime = None
        return self._store(
            data,
            facts,
            source="file",
            note=note,
            platform=platform,
            username=username,
            original_name=path.name,
            file_mtime=mtime,
            covered=False,
        )

    def import_files(
        self,
        paths_in: Sequence[Path],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        note: str = "",
        platform: str = "",
        username: str = "",
    ) -> ImportResult:
        """Import many files (folders are walked), reporting progress and allowing cancel.

        ``progress(done, total)`` is called before the first file and after each
        one; ``cancelled()`` is checked before each file. Everything saved before
        a cancel or an error stays saved. Run it from a worker thread in a window.
        """
        files = imports.collect_files(paths_in)
        total = len(files)
        saved: list[Item] = []
        refused: list[Refusal] = []
        if progress is not None:
            progress(0, total)
        for done, path in enumerate(files, start=1):
            if cancelled is not None and cancelled():
                log.info("locker: import cancelled after %d of %d", done - 1, total)
                return ImportResult(saved, refused, cancelled=True)
            try:
                saved.append(
                    self.import_file(path, note=note, platform=platform, username=username)
                )
            except imports.ImageRefused as exc:
                refused.append(Refusal(exc.name, exc.reason))
            except SafeHelperError as exc:
                log.warning("locker: import stopped after %d of %d", done - 1, total)
                return ImportResult(saved, refused, cancelled=False, error=str(exc))
            if progress is not None:
                progress(done, total)
        log.info("locker: import finished (%d saved, %d refused)", len(saved), len(refused))
        return ImportResult(saved, refused, cancelled=False)

    def _read_blob(self, item_id: str, what: str, suffix_index: int) -> bytes:
        key = self._require_key()
        path = self._blob_paths(item_id)[suffix_index]
        try:
            sealed = path.read_bytes()
        except FileNotFoundError as exc:
            raise SafeHelperError("The picture for this item is missing from the locker.") from exc
        except OSError as exc:
            raise SafeHelperError(
                f"The picture could not be read: {paths.describe_os_error(exc)}"
            ) from exc
        try:
            return crypto.open_sealed(key, sealed, _label(item_id, what))
        except crypto.SealError as exc:
            raise SafeHelperError(
                "The picture for this item was changed or damaged, so it cannot be shown."
            ) from exc

    def read_image(self, item_id: str) -> bytes:
        """The exact original bytes of an item's picture, decrypted in memory only."""
        with self._mutex:
            self._require_key()
            state = self._state(item_id)
            data = self._read_blob(item_id, "image", 0)
            if hashlib.sha256(data).hexdigest() != state.record["sha256"]:
                raise SafeHelperError(
                    "The picture for this item was changed or damaged, so it cannot be shown."
                )
            return data

    def read_thumbnail(self, item_id: str) -> bytes:
        """The item's small (about 320 px) PNG or JPEG thumbnail, decrypted in memory only."""
        with self._mutex:
            self._require_key()
            self._state(item_id)
            return self._read_blob(item_id, "thumbnail", 1)

    def edit_note(self, item_id: str, note: str) -> Item:
        """Change an item's note. The old note stays in the chain; a new record is appended."""
        with self._mutex:
            with self._write():
                self._state(item_id)
                self._append("note", item_id, {}, {"note": note})
            log.info("locker: note changed")
            return self._to_item(self._state(item_id))

    def delete(self, item_id: str) -> None:
        """Move an item to the deleted list (an appended record); :meth:`restore` undoes it."""
        self._mark(item_id, "delete", want_deleted=False)

    def restore(self, item_id: str) -> None:
        """Bring a deleted item back (an appended record)."""
        self._mark(item_id, "restore", want_deleted=True)

    def _mark(self, item_id: str, kind: str, *, want_deleted: bool) -> None:
        with self._mutex:
            self._require_key()
            with self._write():
                if self._state(item_id).deleted != want_deleted:
                    return
                self._append(kind, item_id, {}, None)
            log.info("locker: item %s", "deleted" if kind == "delete" else "restored")

    def delete_permanently(self, item_id: str) -> None:
        """Erase an item's picture and thumbnail for good. This cannot be undone.

        The chain keeps a ``purge`` record (and the item's hash and times), so
        the locker still shows that something was there and was removed.
        """
        with self._mutex:
            self._require_key()
            with self._write():
                self._state(item_id)
                self._append("purge", item_id, {}, None)
            self._refresh()
            for path in self._blob_paths(item_id):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            paths.fsync_dir(self.folder / BLOB_DIR)
            log.info("locker: item deleted permanently")

    # -------------------------------------------------------------- documents

    def put_document(self, name: str, data: bytes) -> None:
        """Save a named, encrypted record (such as the incident details). The newest wins.

        ``name`` is stored in the clear (use a plain label like ``"incident"``);
        ``data`` is sealed. Earlier versions stay in the chain.
        """
        if not name or len(name) > 100 or not name.isprintable():
            raise ValueError("a document name is a short printable label")
        if len(data) > MAX_DOCUMENT_BYTES:
            raise SafeHelperError("That is too much text to save in one go.")
        with self._mutex:
            self._require_key()
            with self._write():
                self._append(
                    "document", secrets.token_hex(16), {"name": name}, {"data": _b64(data)}
                )
            log.info("locker: document saved")

    def get_document(self, name: str) -> bytes | None:
        """The newest data saved under ``name`` with :meth:`put_document`, or ``None``."""
        with self._mutex:
            key = self._require_key()
            self._refresh()
            latest = self._documents.get(name)
            if latest is None:
                return None
            doc_id, seq, sealed = latest
            try:
                fields = self._open_fields(key, sealed, _label(doc_id, f"document:{seq}"))
                return _unb64(fields["data"])
            except (crypto.SealError, KeyError, binascii.Error) as exc:
                raise SafeHelperError(
                    "The saved details were changed or damaged and cannot be read."
                ) from exc

    # ---------------------------------------------------------- time stamps

    def add_timestamp(self, item_id: str, target: str, fields: dict[str, str]) -> int:
        """Append a time stamp for ``target`` to the chain, its ``fields`` sealed; its number.

        ``item_id`` is the item or document record it stamps. The stamp is kept
        like a note: a record of its own, so the chain shows when it arrived.
        See :mod:`safehelper.locker.stamps`.
        """
        with self._mutex:
            self._require_key()
            with self._write():
                seq, _ = self._append("timestamp", item_id, {"target": target}, fields)
            return seq

    def timestamp_records(self) -> list[tuple[str, dict[str, str]]]:
        """Every time stamp's ``(target, opened fields)``, oldest first.

        One whose fields do not open is left out here; :meth:`verify` names it.
        """
        with self._mutex:
            key = self._require_key()
            rows = self._db.execute(
                "SELECT seq, item_id, record FROM entries WHERE kind = 'timestamp' ORDER BY seq"
            ).fetchall()
        found = []
        for seq, item_id, record in rows:
            try:
                parsed = json.loads(bytes(record))
                label = _label(str(item_id), f"timestamp:{seq}")
                found.append(
                    (str(parsed["target"]), self._open_fields(key, str(parsed["private"]), label))
                )
            except (ValueError, KeyError, TypeError, crypto.SealError):
                log.warning("locker: time stamp record %d could not be read", seq)
        return found

    def put_sealed_state(self, name: str, data: bytes) -> None:
        """Keep working state (such as the time-stamp queue) sealed, outside the chain."""
        with self._mutex:
            key = self._require_key()
            sealed = crypto.seal(key, data, self._state_label(name))
            with self._write():
                self._set_meta(f"state:{name}", _b64(sealed))

    def _state_label(self, name: str) -> bytes:
        return f"state:{name}:{self._locker_id}".encode()

    def get_sealed_state(self, name: str) -> bytes | None:
        """What :meth:`put_sealed_state` kept under ``name`` (None if nothing, or unreadable)."""
        with self._mutex:
            key = self._require_key()
            stored = self._meta(f"state:{name}")
        if not stored:
            return None
        try:
            return crypto.open_sealed(
                key, _unb64(stored), f"state:{name}:{self._locker_id}".encode()
            )
        except (crypto.SealError, binascii.Error, ValueError):
            log.warning("locker: saved state could not be opened; starting afresh")
            return None

    # ------------------------------------------------------------ integrity

    def chain_head(self) -> str:
        """The newest record's hash: one value that changes if anything saved is changed."""
        with self._mutex:
            row = self._db.execute(
                "SELECT entry_hash FROM entries ORDER BY seq DESC LIMIT 1"
            ).fetchone()
            return str(row[0]) if row else GENESIS

    def chain_records(self) -> list[ChainRecord]:
        """Every record of the chain as stored (sensitive fields stay sealed)."""
        with self._mutex:
            rows = self._db.execute(
                "SELECT seq, kind, item_id, record, entry_hash FROM entries ORDER BY seq"
            ).fetchall()
            return [ChainRecord(int(s), str(k), str(i), bytes(r), str(h)) for s, k, i, r, h in rows]

    def verify(self, progress: Callable[[int, int], None] | None = None) -> VerifyReport:
        """Recompute the whole chain, decrypt every blob and check every SHA-256.

        Returns a report naming the first item (by id and time) that does not
        match. Needs the locker unlocked. ``progress(done, total)`` counts records.
        The records are read in one snapshot; the long checking runs without the
        object's lock, so a window can keep listing items meanwhile.
        """
        with self._mutex:
            key = self._require_key()
            try:
                self._db.execute("BEGIN")
                try:
                    rows = self._db.execute(
                        "SELECT seq, kind, item_id, at, record, entry_hash FROM entries "
                        "ORDER BY seq"
                    ).fetchall()
                    sealed_head = self._meta("head")
                finally:
                    self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise _db_error(exc) from exc
        purged = self._purged_ids(bytes(row[4]) for row in rows)
        times: dict[str, str] = {}
        prev_hash = GENESIS
        checked = 0
        total = len(rows)
        for done, (seq, kind, item_id, at, record, stored_hash) in enumerate(rows, start=1):
            if self._key is None:
                raise SafeHelperError(NOT_UNLOCKED)
            item_id = str(item_id)
            problem = self._check_record(
                key,
                done,
                int(seq),
                str(kind),
                item_id,
                str(at),
                bytes(record),
                str(stored_hash),
                prev_hash,
                purged,
                times,
            )
            if problem and kind == "add" and self._purged_since(item_id):
                problem = ""  # deleted permanently while this check ran: nothing to compare
            if problem:
                when = times.get(item_id, str(at))
                log.warning("locker: verify found a problem at record %d", seq)
                text = f"Item {item_id}, saved {_when(when)}: {problem}"
                return VerifyReport(False, checked, text, item_id)
            if kind == "add":
                checked += 1
            prev_hash = str(stored_hash)
            if progress is not None:
                progress(done, total)
        problem_text = self._check_head(key, rows, sealed_head)
        if problem_text:
            return VerifyReport(False, checked, problem_text, None)
        log.info("locker: verify passed (%d items)", checked)
        return VerifyReport(True, checked)

    def _purged_since(self, item_id: str) -> bool:
        with self._mutex:
            self._refresh()
            state = self._states.get(item_id)
            return state is not None and state.purged

    @staticmethod
    def _purged_ids(records: Iterable[bytes]) -> set[str]:
        purged = set()
        for record in records:
            with contextlib.suppress(ValueError, TypeError, AttributeError):
                parsed = json.loads(record)
                if parsed.get("kind") == "purge":
                    purged.add(str(parsed.get("item")))
        return purged

    def _check_record(
        self,
        key: bytes,
        position: int,
        seq: int,
        kind: str,
        item_id: str,
        at: str,
        record_bytes: bytes,
        stored_hash: str,
        prev_hash: str,
        purged: set[str],
        times: dict[str, str],
    ) -> str:
        """Plain words for what is wrong with one record, or "" if nothing is."""
        if seq != position:
            return "a record before this one is missing."
        if chain_hash(prev_hash, record_bytes) != stored_hash:
            return "its record in the index was changed after it was saved."
        try:
            record = json.loads(record_bytes)
            consistent = (
                isinstance(record, dict)
                and canonical(record) == record_bytes
                and record.get("seq") == seq
                and record.get("kind") == kind
                and record.get("item") == item_id
                and record.get("at") == at
            )
        except ValueError:
            consistent = False
        if not consistent:
            return "its record in the index was changed after it was saved."
        if kind == "add":
            times[item_id] = str(record.get("captured_at", at))
        if kind == "init" and record.get("locker") != self._locker_id:
            return "the index belongs to a different locker."
        if "private" in record:
            try:
                self._open_fields(key, str(record["private"]), _label(item_id, f"{kind}:{seq}"))
            except crypto.SealError:
                return "its note or names were changed or damaged."
        if kind == "add" and item_id not in purged:
            return self._check_blobs(key, item_id, record)
        return ""

    def _check_blobs(self, key: bytes, item_id: str, record: dict[str, Any]) -> str:
        if not _ITEM_ID.fullmatch(item_id):
            return "its record does not name a picture the locker could hold."
        image_path, thumb_path = self._blob_paths(item_id)
        try:
            image = crypto.open_sealed(key, image_path.read_bytes(), _label(item_id, "image"))
            crypto.open_sealed(key, thumb_path.read_bytes(), _label(item_id, "thumbnail"))
        except FileNotFoundError:
            return "its picture file is missing."
        except OSError as exc:
            return f"its picture file could not be read ({paths.describe_os_error(exc)})"
        except crypto.SealError:
            return "its picture file was changed or damaged."
        if len(image) != record.get("size") or hashlib.sha256(image).hexdigest() != record.get(
            "sha256"
        ):
            return "its picture does not match the fingerprint (SHA-256) saved with it."
        return ""

    def _check_head(self, key: bytes, rows: list[Any], sealed_head: str) -> str:
        """The sealed newest (number, hash) must match the last record: none cut off or rebuilt."""
        if not rows:
            return "The locker's index has no records at all."
        seq, _, item_id, at, _, entry_hash = rows[-1]
        try:
            head = crypto.open_sealed(key, _unb64(sealed_head), self._head_label())
        except (crypto.SealError, binascii.Error, ValueError):
            head = b""
        if head.decode("ascii", "replace") != f"{seq}:{entry_hash}":
            return (
                f"The newest records of the locker are missing or were rebuilt (the last one "
                f"found is for item {item_id}, {_when(str(at))})."
            )
        return ""

    # --------------------------------------------------------------- cleanup

    def _remove_orphans(self) -> None:
        """Delete blobs that no record points to: left by a crash between write and commit.

        Runs under SQLite's write lock, so no other process is midway through an add.
        A blob is removed only if no record at all names its id, or a readable purge
        record does: a damaged record never costs its picture. Blobs that stay are
        made private again (a locker copied back from a USB stick may not be).
        """
        blobs = self.folder / BLOB_DIR
        with self._write():
            rows = self._db.execute("SELECT item_id, record FROM entries").fetchall()
            named = {str(r[0]) for r in rows}
            purged = self._purged_ids(bytes(r[1]) for r in rows)
            removed = 0
            for entry in os.scandir(blobs):
                stem = entry.name.split(".", 1)[0]
                if entry.name.startswith(".") or stem not in named or stem in purged:
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
                        removed += 1
                elif _IS_POSIX and entry.stat().st_mode & 0o077:
                    os.chmod(entry.path, 0o600)
            if removed:
                paths.fsync_dir(blobs)
                log.info("locker: removed %d unfinished file(s)", removed)
