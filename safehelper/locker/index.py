"""The locker's index: one SQLite file holding key slots, settings and the chain.

The connection is opened in WAL mode with ``synchronous=FULL`` (a committed record
survives a power cut) and ``secure_delete`` (removed rows are overwritten). Every
change runs in :meth:`Index.write`, which holds SQLite's write lock, so the app and
the command line can use the same locker at once. SQLite failures become plain
:class:`SafeHelperError` messages through :func:`db_error`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from safehelper.errors import SafeHelperError

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
INDEX_NAME = "index.sqlite3"
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


def db_error(exc: sqlite3.Error) -> SafeHelperError:
    """Plain words for a SQLite failure (a full disk, a busy locker, a damaged file...)."""
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    log.warning("locker: index error (%s, code %d)", type(exc).__name__, code)
    if code == sqlite3.SQLITE_FULL:
        return SafeHelperError("locker.disk_full")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return SafeHelperError("locker.busy")
    if code == sqlite3.SQLITE_READONLY:
        return SafeHelperError("locker.read_only")
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return SafeHelperError("locker.index_not_a_locker")
    return SafeHelperError("locker.index_failed")


def make_private_files(folder: Path) -> None:
    """0600 for the index and its WAL files (SQLite copies the index's mode to them)."""
    if not _IS_POSIX:
        return
    for name in (INDEX_NAME, INDEX_NAME + "-wal", INDEX_NAME + "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(folder / name, 0o600)


class Index:
    """One open index. Its lock is the locker's lock: every method takes it."""

    def __init__(self, db: sqlite3.Connection) -> None:
        """Private: use :meth:`connect` or :meth:`create`."""
        self.db = db
        self.mutex = threading.RLock()

    @classmethod
    def connect(cls, path: Path) -> Index:
        """Open the index file at ``path`` with the settings that keep it crash-safe."""
        try:
            db = sqlite3.connect(
                str(path), timeout=15, isolation_level=None, check_same_thread=False
            )
            mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("locker: WAL mode unavailable (%s)", mode)
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA secure_delete=ON")
            # Sorting or big queries never spill index data into the system's temp folder.
            db.execute("PRAGMA temp_store=MEMORY")
            db.execute("PRAGMA trusted_schema=OFF")
        except sqlite3.Error as exc:
            raise db_error(exc) from exc
        return cls(db)

    @classmethod
    def create(cls, path: Path) -> Index:
        """A new, empty index file, private from the start. Add the tables next."""
        # Created 0600 before SQLite sees it; SQLite gives its WAL files the same mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o600))
        return cls.connect(path)

    def add_tables(self, locker_id: str) -> None:
        """Make the tables and first settings of a new locker. Must run inside :meth:`write`."""
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                self.db.execute(statement)
        self.db.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [
                ("schema_version", str(SCHEMA_VERSION)),
                ("locker_id", locker_id),
                ("failed_unlocks", "0"),
                ("last_failed_unlock", "0"),
            ],
        )

    def close(self) -> None:
        """Close the connection. The object cannot be used afterwards."""
        with self.mutex:
            self.db.close()

    def locker_id(self) -> str:
        """The id written when the locker was made; a plain error if the index has none."""
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'locker_id'").fetchone()
        except sqlite3.Error as exc:
            raise db_error(exc) from exc
        if row is None:
            raise SafeHelperError("locker.index_not_a_locker")
        return str(row[0])

    def meta(self, key: str, default: str = "") -> str:
        """One setting from the ``meta`` table, or ``default``."""
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as exc:
            raise db_error(exc) from exc
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        """Change one setting. Must run inside :meth:`write`."""
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def migrate(self) -> None:
        """Bring an older index up to :data:`SCHEMA_VERSION`, one step per transaction."""
        try:
            version = int(self.meta("schema_version", "0"))
        except ValueError as exc:
            raise SafeHelperError("locker.index_damaged") from exc
        if version > SCHEMA_VERSION:
            raise SafeHelperError("locker.too_new")
        while version < SCHEMA_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise SafeHelperError("locker.too_old")
            with self.write():
                step(self.db)
                version += 1
                self.set_meta("schema_version", str(version))
            log.info("locker: index upgraded to version %d", version)

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction holding SQLite's write lock (other processes wait)."""
        with self.mutex:
            try:
                self.db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise db_error(exc) from exc
            try:
                yield self.db
                self.db.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
                raise db_error(exc) from exc
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
                raise

    def snapshot(self) -> tuple[list[Any], str]:
        """Every record and the sealed chain head, read in one consistent snapshot."""
        with self.mutex:
            try:
                self.db.execute("BEGIN")
                try:
                    rows = self.db.execute(
                        "SELECT seq, kind, item_id, at, record, entry_hash FROM entries "
                        "ORDER BY seq"
                    ).fetchall()
                    sealed_head = self.meta("head")
                finally:
                    self.db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise db_error(exc) from exc
        return rows, sealed_head
