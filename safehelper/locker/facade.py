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

:class:`Locker` is the one object callers use; each part lives in its own module:
the index (:mod:`.index`), the chain of records (:mod:`.chain`), the picture files
and crash safety (:mod:`.blobs`), who can open it (:mod:`.access`), making one
(:mod:`.creation`), items (:mod:`.items`), imports (:mod:`.importing`), documents
(:mod:`.documents`), time stamps (:mod:`.stamp_store`) and the full check (:mod:`.verify`).

Decrypted pictures live only in memory. Nothing sensitive is logged.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from safehelper import imports, keyslots, paths
from safehelper.errors import Phrase, SafeHelperError
from safehelper.locker import (
    access,
    anchor,
    blobs,
    chain,
    creation,
    documents,
    importing,
    quarantine,
    stamp_store,
    verify,
)
from safehelper.locker.blobs import BLOB_DIR
from safehelper.locker.chain import ChainRecord, ItemState, Replay
from safehelper.locker.importing import ImportResult
from safehelper.locker.index import INDEX_NAME, Index, make_private_files
from safehelper.locker.items import (
    Item,
    PlainCache,
    cache_key,
    new_record_fields,
    private_fields,
    to_item,
)
from safehelper.locker.verify import VerifyReport

log = logging.getLogger(__name__)

SOURCES = ("screen", "file", "clipboard", "phone")


def default_folder() -> Path:
    """Where the locker lives unless told otherwise: ``<data dir>/locker``."""
    return paths.data_dir() / "locker"


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

    def __init__(self, folder: Path, index: Index, locker_id: str) -> None:
        """Private: use :meth:`open` or :meth:`create`."""
        self.folder = folder
        self._index = index
        self._mutex = index.mutex
        self._locker_id = locker_id
        self._key: bytes | None = None
        self._replay = Replay()
        self._plain: PlainCache = {}
        # Set by open() when the index looks older than the locker's anchor (see anchor.py).
        self.open_warning: Phrase | None = None

    # ---------------------------------------------------------------- opening

    @staticmethod
    def exists(folder: Path | None = None) -> bool:
        """Whether a locker has been created in ``folder`` (default: the usual place)."""
        folder = folder if folder is not None else default_folder()
        return (folder / INDEX_NAME).is_file()

    @classmethod
    def open(cls, folder: Path | None = None) -> Locker:
        """Open an existing locker, still locked. Never creates one.

        Upgrades an older index, moves picture files no record names into
        quarantine (never deleting them), and makes files private again if they
        were copied with looser permissions. An index older than the locker's
        anchor still opens; :attr:`open_warning` then says so in plain words.
        """
        folder = folder if folder is not None else default_folder()
        if not cls.exists(folder):
            raise SafeHelperError("locker.none_here")
        paths.ensure_private_dir(folder)
        paths.ensure_private_dir(folder / BLOB_DIR)
        index = Index.connect(folder / INDEX_NAME)
        try:
            make_private_files(folder)
            locker = cls(folder, index, index.locker_id())
            index.migrate()
            try:
                quarantine.sort_out(index, folder)
            except SafeHelperError:
                # Housekeeping only (a read-only disk, a busy locker): leftovers stay unreadable.
                log.warning("locker: leftover files could not be checked this time")
            anchored = anchor.read_file(folder)
            if anchored is not None and anchor.is_rolled_back(index, anchored):
                log.warning("locker: the index is older than its anchor")
                locker.open_warning = Phrase("locker.index_rolled_back")
            index.keep_head = locker._keep_head
        except BaseException:
            index.close()
            raise
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

        See :func:`safehelper.locker.creation.build` for the slots it makes; it
        refuses in plain words rather than keep a key in the clear.
        """
        folder = folder if folder is not None else default_folder()
        data_key = creation.build(folder, passphrase=passphrase, use_device=use_device)
        locker = cls.open(folder)
        locker._key = data_key
        return locker

    def _keep_head(self, seq: int, entry_hash: str, sealed: bytes) -> None:
        """Anchor a committed chain head outside the index (see :mod:`.anchor`)."""
        anchor.write(
            self.folder,
            anchor.new(seq, entry_hash, sealed),
            locker_id=self._locker_id,
            to_keyring=self.has_device_slot(),
        )

    def close(self) -> None:
        """Lock the locker and close its index. The object cannot be used afterwards."""
        with self._mutex:
            self.lock()
            self._index.close()

    def __enter__(self) -> Locker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- access

    def has_device_slot(self) -> bool:
        """Whether this computer's keyring can open the locker (if the keyring is there)."""
        return access.has_slot(self._index, keyslots.DEVICE)

    def has_passphrase_slot(self) -> bool:
        """Whether a passphrase can open the locker."""
        return access.has_slot(self._index, keyslots.PASSPHRASE)

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
            raise SafeHelperError("locker.locked")
        return self._key

    def unlock_with_device(self) -> None:
        """Unlock with the key kept in this computer's keyring.

        Plain :class:`SafeHelperError` if there is no device slot, the keyring is
        locked or missing, or its key does not fit (a locker copied elsewhere).
        """
        with self._mutex:
            self._key = access.open_with_device(self._index, self._locker_id)

    def unlock_delay(self) -> float:
        """Seconds the next passphrase try will wait (see :func:`access.unlock_delay`)."""
        return access.unlock_delay(self._index)

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """Unlock with the passphrase. A wrong one raises a plain error and changes nothing else.

        After repeated wrong tries this waits first (see :meth:`unlock_delay`);
        call it from a worker thread in a window.
        """
        with self._mutex:
            self._key = access.open_with_passphrase(self._index, self._locker_id, passphrase)

    def lock(self) -> None:
        """Forget the data key and every decrypted field held in memory.

        Does not wait for work in progress (Hide now must be instant): an import
        or verify running in a worker stops at its next item with a plain error.
        Python cannot wipe memory for certain; dropping every reference is the
        best it offers.
        """
        self._key = None
        self._plain.clear()

    def add_passphrase(self, passphrase: str) -> None:
        """Add a passphrase slot, or change the passphrase if there is one. Needs it unlocked."""
        with self._mutex:
            access.set_passphrase(self._index, self._locker_id, self._require_key(), passphrase)

    def ways_to_open(self) -> tuple[str, ...]:
        """How the locker opens: ``"device"`` (this computer's keyring), ``"passphrase"``, or both.

        Works while locked. A device slot is listed even when this computer's
        keyring cannot open it (it may be another computer's): see
        :meth:`remove_passphrase`.
        """
        return access.ways_to_open(self._index)

    def remove_passphrase(self) -> None:
        """Remove the passphrase slot, once this computer's key has been seen to open the locker.

        Refused plainly when the passphrase is the only slot, or when the device
        slot does not open the locker here and now (a reset keyring, another
        account, a copied locker): removing it then would lock the owner out.
        """
        with self._mutex:
            key = self._require_key()
            access.remove_slot(self._index, self._locker_id, keyslots.PASSPHRASE, key)

    def add_device_slot(self) -> None:
        """Let this computer's keyring open the locker. Refused plainly if the keyring is unsafe.

        Does nothing if there is a device slot already.
        """
        with self._mutex:
            access.add_device_slot(self._index, self._locker_id, self._require_key())

    def remove_device_slot(self, passphrase: str) -> None:
        """Stop this computer's keyring opening the locker, once ``passphrase`` has opened it.

        Refused plainly when the device slot is the only one, or when
        ``passphrase`` does not open the locker (then it would be locked for good).
        """
        with self._mutex:
            key = self._require_key()
            access.remove_slot(
                self._index, self._locker_id, keyslots.DEVICE, key, passphrase=passphrase
            )
            anchor.forget_keyring(self._locker_id)

    # ------------------------------------------------------------------ items

    def _refresh(self) -> None:
        """Apply records added since the last look (by this object or another process)."""
        for gone in self._replay.refresh(self._index):
            self._plain.pop(gone, None)

    def _state(self, item_id: str) -> ItemState:
        self._refresh()
        state = self._replay.states.get(item_id)
        if state is None or state.purged:
            raise SafeHelperError("locker.no_such_item")
        return state

    def _to_item(self, state: ItemState) -> Item:
        key = self._require_key()
        where = cache_key(state)
        fields = self._plain.get(where)
        if fields is None:
            fields = private_fields(key, state)
            if self._key is not None:  # lock() may have run meanwhile: then cache nothing
                self._plain[where] = fields
        return to_item(state, fields)

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
                for s in self._replay.states.values()
                if not s.purged and (include_deleted or not s.deleted)
            ]
            states.sort(key=lambda s: (str(s.record["captured_at"]), s.add_seq), reverse=True)
            return [self._to_item(s) for s in states]

    def unreadable_records(self) -> int:
        """How many records could not be read (damaged or edited) and are left out of the list.

        Works while locked. :meth:`verify` names the first of them; a caller
        listing or exporting items says that some were left out.
        """
        with self._mutex:
            self._refresh()
            return len(self._replay.unreadable)

    def count(self) -> int:
        """How many items are in the locker (not deleted). Works while locked."""
        with self._mutex:
            self._refresh()
            return sum(1 for s in self._replay.states.values() if not (s.purged or s.deleted))

    def item(self, item_id: str) -> Item:
        """One item by id (deleted ones included), or a plain error if it is not there."""
        with self._mutex:
            self._require_key()
            return self._to_item(self._state(item_id))

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
        names = {"note": note, "platform": platform, "username": username}
        return self._store(
            data,
            facts,
            source=source,
            covered=covered,
            names=names,
            original_name=original_name,
            file_mtime=file_mtime,
        )

    def _store(
        self,
        data: bytes,
        facts: imports.ImageFacts,
        *,
        source: str,
        covered: bool,
        names: dict[str, str],
        original_name: str,
        file_mtime: datetime | None,
    ) -> Item:
        """Seal and write the picture files, then commit the ``add`` record (or leave none)."""
        with self._mutex:
            key = self._require_key()
            sealed = blobs.seal_new(key, data, facts.thumbnail)
            public = new_record_fields(
                data, facts, source=source, covered=covered, file_mtime=file_mtime
            )
            private = {**names, "original_name": imports.clean_name(original_name)}
            blobs.save_new(self._index, self.folder, key, self._locker_id, sealed, public, private)
            return self._to_item(self._state(sealed[0]))

    def import_file(
        self, path: Path, *, note: str = "", platform: str = "", username: str = ""
    ) -> Item:
        """Import one picture file (source ``file``), keeping its name, mtime and EXIF date.

        Raises :class:`safehelper.imports.ImageRefused` (a :class:`SafeHelperError`)
        with a plain reason when the file is not accepted; nothing is stored then.
        """
        return self._store_file(importing.read_picture(path), note, platform, username)

    def _store_file(
        self, picture: importing.PictureFile, note: str, platform: str, username: str
    ) -> Item:
        return self._store(
            picture.data,
            picture.facts,
            source="file",
            covered=False,
            names={"note": note, "platform": platform, "username": username},
            original_name=picture.name,
            file_mtime=picture.mtime,
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
        workers: int | None = None,
    ) -> ImportResult[Item]:
        """Import many files (folders are walked), reporting progress and allowing cancel.

        ``progress(done, total)`` is called before the first file and after each
        one; ``cancelled()`` is checked before each file. Everything saved before
        a cancel or an error stays saved. Run it from a worker thread in a window.
        The files are checked ``workers`` at a time (default: one per core) and
        saved in their order on the calling thread (see :func:`importing.import_all`).
        """
        return importing.import_all(
            paths_in,
            lambda picture: self._store_file(picture, note, platform, username),
            progress=progress,
            cancelled=cancelled,
            workers=workers,
        )

    def read_image(self, item_id: str) -> bytes:
        """The exact original bytes of an item's picture, decrypted in memory only."""
        with self._mutex:
            key = self._require_key()
            state = self._state(item_id)
            data = blobs.read(self.folder, key, item_id, "image")
            if hashlib.sha256(data).hexdigest() != state.record["sha256"]:
                raise SafeHelperError("locker.picture_changed")
            return data

    def read_thumbnail(self, item_id: str) -> bytes:
        """The item's small (about 320 px) PNG or JPEG thumbnail, decrypted in memory only."""
        with self._mutex:
            key = self._require_key()
            self._state(item_id)
            return blobs.read(self.folder, key, item_id, "thumbnail")

    def edit_note(self, item_id: str, note: str) -> Item:
        """Change an item's note. The old note stays in the chain; a new record is appended."""
        with self._mutex:
            with self._index.write():
                self._state(item_id)
                self._append("note", item_id, {"note": note})
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
            with self._index.write():
                if self._state(item_id).deleted != want_deleted:
                    return
                self._append(kind, item_id, None)

    def delete_permanently(self, item_id: str) -> None:
        """Erase an item's picture and thumbnail for good. This cannot be undone.

        The chain keeps a ``purge`` record (and the item's hash and times), so
        the locker still shows that something was there and was removed.
        """
        with self._mutex:
            self._require_key()
            with self._index.write():
                self._state(item_id)
                self._append("purge", item_id, None)
            self._refresh()
            blobs.erase(self.folder, item_id)

    def _append(self, kind: str, item_id: str, private: dict[str, str] | None) -> None:
        """A record with no public fields. Must run inside ``self._index.write()``."""
        chain.append(self._index, self._require_key(), self._locker_id, kind, item_id, {}, private)

    # -------------------------------------------------------------- documents

    def put_document(self, name: str, data: bytes) -> None:
        """Save a named, encrypted record (such as the incident details). The newest wins.

        ``name`` is stored in the clear (use a plain label like ``"incident"``);
        ``data`` is sealed. Earlier versions stay in the chain.
        """
        documents.check(name, data)
        with self._mutex:
            documents.put(self._index, self._require_key(), self._locker_id, name, data)

    def get_document(self, name: str) -> bytes | None:
        """The newest data saved under ``name`` with :meth:`put_document`, or ``None``."""
        with self._mutex:
            key = self._require_key()
            self._refresh()
            latest = self._replay.documents.get(name)
            return None if latest is None else documents.open_latest(key, latest)

    # ---------------------------------------------------------- time stamps

    def add_timestamp(self, item_id: str, target: str, fields: dict[str, str]) -> int:
        """Append a time stamp for ``target`` to the chain, its ``fields`` sealed; its number.

        ``item_id`` is the item or document record it stamps (see :mod:`.stamp_store`).
        """
        with self._mutex:
            key = self._require_key()
            return stamp_store.append(self._index, key, self._locker_id, item_id, target, fields)

    def timestamp_records(self) -> list[tuple[str, dict[str, str]]]:
        """Every time stamp's ``(target, opened fields)``, oldest first."""
        with self._mutex:
            return stamp_store.read_all(self._index, self._require_key())

    def put_sealed_state(self, name: str, data: bytes) -> None:
        """Keep working state (the time-stamp queue) sealed, outside the chain."""
        with self._mutex:
            key = self._require_key()
            stamp_store.put_state(self._index, key, self._locker_id, name, data)

    def get_sealed_state(self, name: str) -> bytes | None:
        """What :meth:`put_sealed_state` kept under ``name`` (None if nothing, or unreadable)."""
        with self._mutex:
            key = self._require_key()
            return stamp_store.get_state(self._index, key, self._locker_id, name)

    # ------------------------------------------------------------ integrity

    def chain_head(self) -> str:
        """The newest record's hash: one value that changes if anything saved is changed."""
        return chain.head(self._index)

    def chain_records(self) -> list[ChainRecord]:
        """Every record of the chain as stored (sensitive fields stay sealed)."""
        return chain.records(self._index)

    def verify(self, progress: Callable[[int, int], None] | None = None) -> VerifyReport:
        """Recompute the whole chain, decrypt every blob and check every SHA-256.

        Returns a report naming the first item (by id and time) that does not
        match. Needs the locker unlocked. ``progress(done, total)`` counts records.
        The records are read in one snapshot; the long checking runs without the
        object's lock, so a window can keep listing items meanwhile.
        """
        with self._mutex:
            key = self._require_key()
        subject = verify.Subject(
            index=self._index,
            folder=self.folder,
            locker_id=self._locker_id,
            key=key,
            still_unlocked=lambda: self._key is not None,
            purged_since=self._purged_since,
        )
        return verify.run(subject, progress)

    def _purged_since(self, item_id: str) -> bool:
        with self._mutex:
            self._refresh()
            state = self._replay.states.get(item_id)
            return state is not None and state.purged
