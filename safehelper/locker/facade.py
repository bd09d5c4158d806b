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
and crash safety (:mod:`.blobs`), the data key (:mod:`.keys`) and who can open it
(:mod:`.access`), making one (:mod:`.creation`), items (:mod:`.items`), imports
(:mod:`.importing`), documents (:mod:`.documents`), time stamps (:mod:`.stamp_store`)
and the full check (:mod:`.verify`).

Decrypted pictures live only in memory. Nothing sensitive is logged.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from safehelper import imports, paths
from safehelper.errors import Phrase, SafeHelperError
from safehelper.locker import (
    anchor,
    blobs,
    chain,
    creation,
    documents,
    importing,
    quarantine,
    recovery,
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
    private_fields,
    saved_now,
    to_item,
)
from safehelper.locker.keys import LockerKeys
from safehelper.locker.recovery import RecoveryReport
from safehelper.locker.verify import VerifyReport

log = logging.getLogger(__name__)

SOURCES = ("screen", "file", "clipboard", "phone")


def default_folder() -> Path:
    """Where the locker lives unless told otherwise: ``<data dir>/locker``."""
    return paths.data_dir() / "locker"


class Locker(LockerKeys):
    """An evidence locker folder. Get one with :meth:`open` or :meth:`create`.

    One object may be used from a worker thread (adds, imports, verify) and the
    GUI thread in turn: methods take the object's lock, and the SQLite
    connection is shared under it. An import holds it one batch at a time and
    verify only while reading, so a window can keep listing items meanwhile;
    :meth:`lock` never waits (Hide now). Several processes (the app and the
    command line) may open the same locker; SQLite's write lock keeps their
    records in order.
    """

    def __init__(self, folder: Path, index: Index, locker_id: str) -> None:
        """Private: use :meth:`open` or :meth:`create`."""
        super().__init__(index, locker_id)
        self.folder = folder
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

    def lock(self) -> None:
        """Forget the key and every decrypted field (see :meth:`LockerKeys.lock`)."""
        super().lock()
        self._plain.clear()

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

    def _to_item(self, state: ItemState, key: bytes | None = None) -> Item:
        key = key if key is not None else self._require_key()
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
        facts: imports.ImageFacts | None = None,
    ) -> Item:
        """Check, encrypt and save one picture; return the new item.

        ``source`` is ``"screen"``, ``"file"``, ``"clipboard"`` or ``"phone"``. The
        bytes are checked like an import (a plain :class:`SafeHelperError` if they
        are not a complete picture of an accepted kind and size) and stored exactly,
        so :meth:`read_image` returns the same bytes and their SHA-256 matches.
        ``facts`` skips the check for bytes that were checked before and kept
        sealed since (a picture from the review queue, saved as it is).
        ``original_name`` is kept as data only (never used as a path).
        """
        if source not in SOURCES:
            raise ValueError(f"unknown source {source!r}")
        if facts is None:
            facts = imports.examine(data, original_name or "picture")
        picture = importing.PictureFile(data, facts, original_name, file_mtime)
        names = {"note": note, "platform": platform, "username": username}
        with self._mutex:
            sealed = importing.seal_picture(
                self._require_key(), picture, source=source, covered=covered, names=names
            )
            return self._save([sealed])[0]

    def add_checked(self, pictures: Sequence[tuple[importing.PictureFile, str]]) -> list[Item]:
        """Save ``(picture, source)`` pairs checked before and kept sealed since, in one commit.

        For the review queue's "save the rest as they are": no second check, no
        note or names, and all of them saved or none (a plain error then).
        """
        with self._mutex:
            key = self._require_key()
            sealed = [
                importing.seal_picture(key, picture, source=source, names={})
                for picture, source in pictures
            ]
            return self._save(sealed)

    def _save(self, batch: Sequence[blobs.NewItem]) -> list[Item]:
        """Commit sealed new items together, stamped with the time they are saved."""
        with self._mutex:
            key = self._require_key()
            moment = saved_now()
            timed = [replace(new, public={**new.public, **moment}) for new in batch]
            blobs.save_new(self._index, self.folder, key, self._locker_id, timed)
            self._refresh()
            # With the key it was saved with: a lock() meanwhile must not hide what was saved.
            return [self._to_item(self._replay.states[new.item_id], key) for new in timed]

    def import_file(
        self, path: Path, *, note: str = "", platform: str = "", username: str = ""
    ) -> Item:
        """Import one picture file (source ``file``), keeping its name, mtime and EXIF date.

        Raises :class:`safehelper.imports.ImageRefused` (a :class:`SafeHelperError`)
        with a plain reason when the file is not accepted; nothing is stored then.
        """
        names = {"note": note, "platform": platform, "username": username}
        picture = importing.read_picture(path)
        sealed = importing.seal_picture(self._key, picture, source="file", names=names)
        return self._save([sealed])[0]

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

        The files are checked and encrypted ``workers`` at a time (default: one per
        core) and saved in their order, in batches, on the calling thread (see
        :func:`importing.import_all`): a file is in ``saved``, and counted by
        ``progress(done, total)``, only once its batch is safely on disk.
        ``cancelled()`` is checked before each file; everything saved before a
        cancel or an error stays saved. Run it from a worker thread in a window.
        """
        names = {"note": note, "platform": platform, "username": username}
        return importing.import_all(
            paths_in,
            self._save,
            prepare=lambda picture: importing.seal_picture(
                self._key, picture, source="file", names=names
            ),
            progress=progress,
            cancelled=cancelled,
            workers=workers,
            batching=importing.Batching(),
        )

    def recover_quarantined(self) -> RecoveryReport:
        """Add back, through :meth:`add_image`, the quarantined pictures the key opens.

        See :mod:`.recovery`; a file that does not open stays and is reported.
        """
        key = self._require_key()
        known = {item.sha256 for item in self.items(include_deleted=True)}
        return recovery.recover(
            self.folder,
            key,
            known,
            lambda data, facts, name, note: self.add_image(
                data, "file", note=note, original_name=name, facts=facts
            ),
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
        """The item's small (at most 320 px) PNG or JPEG thumbnail, decrypted in memory only."""
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
