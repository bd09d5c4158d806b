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
import logging.handlers
import os
from pathlib import Path

from safehelper.paths import cache_dir

LOG_FILE = "safehelper.log"
MAX_BYTES = 256 * 1024
BACKUPS = 2


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return stream

    def handleError(self, record: logging.LogRecord) -> None:
        # The log is best effort: on a full or read-only disk it must stay silent, never
        # print a traceback over the one plain line the person is being shown.
        return


def log_path() -> Path:
    """Where the log file is written."""
    return cache_dir() / LOG_FILE


LEVEL_ENV = "SAFEHELPER_LOG_LEVEL"


def setup_logging(level: int = logging.WARNING) -> Path:
    """Send SafeHelper's log records to the private rotating file. Safe to call twice."""
    if os.environ.get(LEVEL_ENV, "").strip().lower() == "debug":
        level = logging.DEBUG
    path = log_path()
    root = logging.getLogger("safehelper")
    if not any(isinstance(h, _PrivateRotatingHandler) for h in root.handlers):
        handler = _PrivateRotatingHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
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
