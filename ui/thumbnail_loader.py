"""Thumbnails decrypted and decoded off the GUI thread, a few at a time, as a grid asks for them.

A grid asks for a thumbnail when it paints a row. Decrypting and decoding one
takes a few milliseconds; a screenful of them on the GUI thread made opening
and scrolling a big locker stutter. So the loader only notes the ask and
reads the thumbnails in a job of the app's one registry, a small batch at a
time, the latest asks first (the rows on screen now); asks for rows long
scrolled past are dropped and made again if they come back into view. The
decoded pictures return to the GUI thread, where the model keeps them; until
then the grid paints a plain placeholder.

Everything stays in memory: nothing decrypted is written anywhere. Locking
and Hide now call :meth:`ThumbnailLoader.forget`: the job is told to stop at
its next thumbnail and whatever it still brings back is dropped unseen.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QImage

from safehelper.errors import SafeHelperError

from .jobs import Job, JobControl, JobRegistry

log = logging.getLogger(__name__)

BATCH = 8  # small, so the first rows show soon and a cancel is quick
WAITING_MAX = 64  # asks kept beyond this are for rows long scrolled past

Decoded = list[tuple[str, QImage | None]]


def decode_thumbnail(data: bytes, size: QSize) -> QImage | None:
    """Decrypted thumbnail bytes as a picture that fits ``size`` (``None`` if they do not decode).

    A ``QImage``, not a pixmap: it can be made on a worker thread.
    """
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return image.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class ThumbnailLoader:
    """Reads asked-for thumbnails in jobs; hands each to ``deliver(key, image or None)``.

    ``read`` is the locker's (or the review queue's) ``read_thumbnail``; while
    it is ``None`` nothing is read. ``deliver`` runs on the GUI thread, and
    only for asks made since the last :meth:`forget`.
    """

    def __init__(
        self,
        jobs: JobRegistry,
        name: str,
        size: QSize,
        deliver: Callable[[str, QImage | None], None],
        owner: QObject,
    ) -> None:
        self.read: Callable[[str], bytes] | None = None
        self._jobs = jobs
        self._name = name
        self._size = size
        self._deliver = deliver
        self._owner = owner
        self._waiting: OrderedDict[str, None] = OrderedDict()
        self._in_flight: set[str] = set()
        self._job: Job[Decoded] | None = None

    def request(self, key: str) -> None:
        """Ask for ``key``'s thumbnail; it comes through ``deliver`` later."""
        if self.read is None or key in self._in_flight:
            return
        self._waiting[key] = None
        self._waiting.move_to_end(key)
        while len(self._waiting) > WAITING_MAX:
            self._waiting.popitem(last=False)
        self._start()

    def is_loading(self) -> bool:
        """True while thumbnails are asked for or being read."""
        return self._job is not None or bool(self._waiting)

    def forget(self) -> None:
        """Locking, Hide now: stop reading, drop every ask, and never deliver what was read."""
        if self._job is not None:
            self._job.cancel()
        self._job = None
        self._waiting.clear()
        self._in_flight.clear()
        self.read = None

    def _start(self) -> None:
        read = self.read
        if self._job is not None or not self._waiting or read is None:
            return
        batch: list[str] = []
        while self._waiting and len(batch) < BATCH:
            batch.append(self._waiting.popitem(last=True)[0])
        size = self._size

        def work(control: JobControl) -> Decoded:
            decoded: Decoded = []
            for key in batch:
                if control.cancelled():
                    break
                try:
                    data = read(key)
                except SafeHelperError:
                    log.warning("%s: a thumbnail could not be read", self._name)
                    decoded.append((key, None))
                    continue
                decoded.append((key, decode_thumbnail(data, size)))
                del data
            return decoded

        def done(decoded: Decoded) -> None:
            if self._job is not job:
                return  # forgotten since: dropped unseen
            self._job = None
            self._in_flight.clear()
            for key, image in decoded:
                self._deliver(key, image)
            self._start()

        def failed(_error: SafeHelperError) -> None:
            if self._job is not job:
                return
            self._job = None
            self._in_flight.clear()
            for key in batch:  # not asked again: it would only fail again
                self._deliver(key, None)
            self._start()

        job: Job[Decoded] = Job(self._name, work, done, failed, owner=self._owner)
        self._job = job
        self._in_flight = set(batch)
        self._jobs.start(job)
