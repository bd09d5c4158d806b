"""Getting quarantined pictures back into the locker, each as a new item.

Pictures land in quarantine when no record names them (see :mod:`.quarantine`):
an add that never finished, or an index rolled back or with rows deleted. For a
young person whose evidence was taken out of the index, a picture nobody can get
back is lost, so this brings back every quarantined picture the data key opens.
Each is added again through the locker's normal add (checked, thumbnailed, a new
id and a new record), since the record it had is gone; its note says it was
recovered and when. Only once that add is committed is its quarantined file moved
on, to ``quarantine/recovered/``: nothing is deleted, and a second run finds
nothing left. A file the key does not open (another locker's, or damaged) stays
where it is and is reported. Pictures are unsealed in memory only.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from safehelper import clock, crypto, imports
from safehelper.errors import Phrase
from safehelper.locker.blobs import IMAGE_SUFFIX
from safehelper.locker.chain import label
from safehelper.locker.items import Item
from safehelper.locker.quarantine import QUARANTINE_DIR, UNFINISHED_DIR, move_into, owner

log = logging.getLogger(__name__)

RECOVERED_DIR = "recovered"
_EXTENSIONS = {"image/jpeg": ".jpg"}

# Saves one checked picture (its bytes, what the check found, a file name, a note) as a new item.
AddPicture = Callable[[bytes, imports.ImageFacts, str, str], Item]


@dataclass(frozen=True)
class Recovered:
    """A quarantined file brought back: where it was (under quarantine/) and its new item."""

    name: str
    item: Item


@dataclass(frozen=True)
class LeftInQuarantine:
    """A quarantined file that could not be brought back, and why, in plain words."""

    name: str
    reason: Phrase


@dataclass
class RecoveryReport:
    """What a recovery did. ``already_there`` are pictures the locker holds already.

    Those are not added twice: their quarantined files are moved to
    ``quarantine/recovered/`` like the recovered ones.
    """

    recovered: list[Recovered] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)
    left: list[LeftInQuarantine] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every quarantined picture is back (or was never lost)."""
        return not self.left


def waiting(folder: Path) -> list[Path]:
    """The quarantined picture files, in ``quarantine/`` and ``quarantine/unfinished/``."""
    found: list[Path] = []
    for place in (folder / QUARANTINE_DIR, folder / QUARANTINE_DIR / UNFINISHED_DIR):
        try:
            entries = sorted(os.scandir(place), key=lambda e: e.name)
        except OSError:
            continue
        found.extend(
            Path(e.path)
            for e in entries
            if IMAGE_SUFFIX in e.name
            and not e.name.startswith(".")
            and owner(e.name) is not None
            and e.is_file(follow_symlinks=False)
        )
    return found


def _unseal(key: bytes, path: Path) -> bytes:
    """The picture in a quarantined file, opened in memory with the id its name carries."""
    item_id = owner(path.name)
    if item_id is None:
        raise crypto.SealError("not a picture file of SafeHelper")
    return crypto.open_sealed(key, path.read_bytes(), label(item_id, "image"))


def recover(folder: Path, key: bytes, known: set[str], add: AddPicture) -> RecoveryReport:
    """Bring back every quarantined picture ``key`` opens that is not in ``known`` (SHA-256s).

    ``add`` saves one picture durably or raises; a plain error that stops it (a
    full disk, the locker locked) ends the run, and what was recovered before
    stays recovered. A picture whose SHA-256 is already in the locker (a second
    run after a crash, or a picture added again by hand) is not added twice.
    """
    report = RecoveryReport()
    quarantine = folder / QUARANTINE_DIR
    when = clock.now().utc.strftime("%Y-%m-%d %H:%M UTC")
    note = (
        f"Recovered from the locker's quarantine on {when}. Its first record was lost, "
        "so its original name and the time it was first saved are not known."
    )
    for path in waiting(folder):
        name = path.relative_to(quarantine).as_posix()
        try:
            data = _unseal(key, path)
        except (OSError, crypto.SealError):
            report.left.append(LeftInQuarantine(name, Phrase("locker.quarantine_not_opened")))
            continue
        fingerprint = hashlib.sha256(data).hexdigest()
        if fingerprint in known:
            report.already_there.append(name)
        else:
            try:
                facts = imports.examine(data, name)
            except imports.ImageRefused as exc:
                report.left.append(LeftInQuarantine(name, exc.reason))
                continue
            extension = _EXTENSIONS.get(facts.media_type, "." + facts.media_type.split("/")[-1])
            item = add(data, facts, f"recovered-{fingerprint[:8]}{extension}", note)
            known.add(fingerprint)
            report.recovered.append(Recovered(name, item))
        _file_away(path, quarantine / RECOVERED_DIR)
    if report.recovered or report.already_there or report.left:
        log.warning(
            "locker: %d picture(s) recovered from quarantine, %d already there, %d left",
            len(report.recovered),
            len(report.already_there),
            len(report.left),
        )
    return report


def _file_away(picture: Path, place: Path) -> None:
    """Move a recovered picture file, and its thumbnail once no other picture of its id is left."""
    move_into(picture, place)
    item_id = owner(picture.name)
    here = picture.parent
    mine = [e for e in os.scandir(here) if owner(e.name) == item_id and e.is_file()]
    if not any(IMAGE_SUFFIX in e.name for e in mine):
        for entry in mine:
            move_into(Path(entry.path), place)
