"""The Qt binding itself must not corrupt Python's memory.

PySide6 6.12.0 released a reference to ``None`` on every call of a method that
returns nothing; on Python 3.11 the app then aborts ("deallocating None") after a
few thousand clicks. This guards the pinned version range in pyproject.toml.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_calls_keep_none_alive(qapp) -> None:
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setVisible(False)
        widget.setWindowTitle("x")
        qapp.processEvents()
    assert sys.getrefcount(None) - before > -100
