"""The diagnostic log is private and small."""

from __future__ import annotations

import logging
import os
import stat

from safehelper.log import MAX_BYTES, setup_logging


def test_log_file_is_private_and_rotates() -> None:
    path = setup_logging()
    logger = logging.getLogger("safehelper.test")
    for i in range(4000):
        logger.info("event number %d happened", i)
    for handler in logging.getLogger("safehelper").handlers:
        handler.flush()
    assert path.exists()
    assert path.stat().st_size <= MAX_BYTES
    assert path.with_name(path.name + ".1").exists()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for handler in list(logging.getLogger("safehelper").handlers):
        logging.getLogger("safehelper").removeHandler(handler)
        handler.close()
