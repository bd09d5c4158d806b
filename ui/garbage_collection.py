"""Python's cycle collector runs on the GUI thread only, never on a job's thread.

CPython collects reference cycles in whichever thread happens to cross its
allocation threshold. In a Qt app that is often a worker: a job that parses
fonts for a PDF or decodes pictures allocates a lot. A collection there can
finalise a closed dialog or an old page caught in a cycle, so Qt would delete
GUI objects from the wrong thread, which crashes the app (seen in this
project's tests: a segfault inside fontTools on a job thread). So automatic
collection is switched off while the app runs, and a timer on the GUI thread
collects whenever the same thresholds are crossed, the pattern calibre and
pyqtgraph use. Plain reference counting, which frees nearly everything at
once, is unchanged.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on the GUI thread instead."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> None:
        """Collect the oldest generation whose count is past its threshold, as CPython would."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        due = [generation for generation in range(3) if counts[generation] > thresholds[generation]]
        if due:
            gc.collect(max(due))
