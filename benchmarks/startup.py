"""Cold start: process launch to the first painted main window, on a real X screen.

Measured from outside: this script starts the program and grabs the screen until
the window's pixels are there. Baseline: a bare PySide6 script that shows one
QLabel in the same colour. Run under Xvfb: ``scripts/with-desktop python -m
benchmarks.startup``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure, median_of, print_table

REPO = Path(__file__).resolve().parent.parent
MARK = "#7a2e8e"  # the "I'm not OK" button: on screen means the window has painted
BARE = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("SafeHelper")
label.setStyleSheet("background: {MARK}; color: white; padding: 40px")
label.show()
sys.exit(app.exec())
"""


def first_paint_seconds(command: list[str], env: dict[str, str]) -> float:
    """Launch ``command`` and return seconds until its purple pixels are on screen."""
    from PySide6.QtGui import QColor, QGuiApplication

    target = QColor(MARK).rgb()
    screen = QGuiApplication.primaryScreen()
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - start < 60:
            image = screen.grabWindow(0).toImage()
            for y in range(0, min(image.height(), 300), 6):
                for x in range(0, image.width(), 6):
                    if image.pixel(x, y) == target:
                        return time.perf_counter() - start
            if proc.poll() is not None:
                raise RuntimeError(f"{command[0]} exited early ({proc.returncode})")
        raise RuntimeError(f"{command[0]} painted nothing within 60 s")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main(argv: list[str] | None = None) -> list[Figure]:
    """Measure and print cold-start figures; returns them for the combined table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    # A widgets application, so that the other benchmarks in this process can share it.
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)

    def fresh_home() -> dict[str, str]:
        return {**env, "SAFEHELPER_HOME": tempfile.mkdtemp(prefix="safehelper-bench-")}

    bare_script = Path(tempfile.mkdtemp()) / "bare.py"
    bare_script.write_text(BARE, encoding="utf-8")
    bare = median_of(
        args.runs, lambda: first_paint_seconds([sys.executable, str(bare_script)], env)
    )
    source = median_of(
        args.runs, lambda: first_paint_seconds([sys.executable, "-m", "safehelper"], fresh_home())
    )
    figures = [
        Figure(
            "cold start, from source (Xvfb)",
            "s",
            source,
            "bare PySide6 QLabel",
            bare,
            "ratio <= 1.5",
        )
    ]
    frozen = REPO / "dist" / "SafeHelper" / "SafeHelper"
    if frozen.exists():
        bundle = median_of(args.runs, lambda: first_paint_seconds([str(frozen)], fresh_home()))
        figures.append(
            Figure("cold start, frozen bundle (Xvfb)", "s", bundle, "from source", source)
        )
    print_table(figures)
    return figures


if __name__ == "__main__":
    main()
