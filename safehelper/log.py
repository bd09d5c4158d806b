"""A small rotating log for diagnosing problems, and nothing more.

The log exists so that a parent can send it with a bug report. Anyone signed in
to the same computer account can read it, so it must never hold evidence,
notes, names, passphrases or keys, nor be a diary of what the young person did
(no "unlocked", "saved", "alert sent", "export done"): only faults are written,
by their error *type*, with the day but not the time. The file is private
(0600) and capped.

``SAFEHELPER_LOG_LEVEL=debug`` adds the few start-up and single-instance events a
maintainer may ask for when diagnosing a fault (the tests use it to watch real
processes); it never adds what the young person did, because nothing logs that.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_FILE = "safehelper.log"
MAX_BYTES = 256 * 1024
BACKUPS = 2


def _rotating_file(path: Path) -> logging.Handler:
    """The private (0600), capped file handler; ``logging.handlers`` loads only now."""
    import logging.handlers

    class PrivateRotatingFile(logging.handlers.RotatingFileHandler):
        def _open(self):  # type: ignore[no-untyped-def]
            stream = super()._open()
            if os.name == "posix":
                os.chmod(self.baseFilename, 0o600)
            return stream

        def handleError(self, record: logging.LogRecord) -> None:
            return  # see _PrivateLog.handleError

    return PrivateRotatingFile(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )


class _PrivateLog(logging.Handler):
    """The log file, made at the first record.

    Only faults are written, so most runs write nothing: the file handler (and the
    socket and pickle modules that ``logging.handlers`` loads) need not delay the
    first window.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            self._file = _rotating_file(self.path)
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()

    def handleError(self, record: logging.LogRecord) -> None:
        # The log is best effort: on a full or read-only disk it must stay silent, never
        # print a traceback over the one plain line the person is being shown.
        return


def log_path() -> Path:
    """Where the log file is written."""
    from safehelper.paths import cache_dir  # the commands import this module: --help does not

    return cache_dir() / LOG_FILE


LEVEL_ENV = "SAFEHELPER_LOG_LEVEL"


def setup_logging(level: int = logging.WARNING) -> Path:
    """Send SafeHelper's log records to the private rotating file. Safe to call twice."""
    if os.environ.get(LEVEL_ENV, "").strip().lower() == "debug":
        level = logging.DEBUG
    path = log_path()
    root = logging.getLogger("safehelper")
    if not any(isinstance(h, _PrivateLog) for h in root.handlers):
        handler = _PrivateLog(path)
        # The day helps match a fault to a report; the time of day would be a diary.
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%d")
        )
        root.addHandler(handler)
        for name in ("safehelper_ui",):
            logging.getLogger(name).addHandler(handler)
    root.setLevel(level)
    logging.getLogger("safehelper_ui").setLevel(level)
    return path
