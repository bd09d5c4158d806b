"""Cold start: process launch to the first painted main window, on a real X screen.

Measured from outside: this script starts the program and grabs the top of the
screen until the window's pixels are there. Baseline: a bare PySide6 script that
shows one QLabel in the same colour. Run under Xvfb: ``scripts/with-desktop
python -m benchmarks.startup``.

The sources are compiled to bytecode first, as installing does (and as the
bundle ships them), so that neither figure includes compiling Python, which
``PYTHONDONTWRITEBYTECODE`` would otherwise make every run pay.

Where valgrind is installed, each program is also started once under callgrind,
which counts the instructions it runs up to the end of its first paint. The
clock on a shared virtual machine moves by 10-20 % from run to run; the count
moves by well under 1 %, so it shows what a change to start-up really did.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import REPO, Figure, compile_sources, print_table

MARK = "#7a2e8e"  # the "I'm not OK" button: on screen means the window has painted
# Both windows open at the top left; grabbing only this strip (and searching it in C)
# keeps the watcher from taking the CPU the program being timed needs.
STRIP_HEIGHT = 300
BARE = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("SafeHelper")
label.setStyleSheet("background: {MARK}; color: white; padding: 40px")
label.show()
sys.exit(app.exec())
"""


def holds_pixel(data: bytes, pixel: bytes) -> bool:
    """Whether 32-bit pixel data holds ``pixel`` at a pixel boundary."""
    found = data.find(pixel)
    while found != -1:
        if found % len(pixel) == 0:
            return True
        found = data.find(pixel, found + 1)
    return False


def first_paint_seconds(command: list[str], env: dict[str, str]) -> float:
    """Launch ``command`` and return seconds until its purple pixels are on screen."""
    from PySide6.QtGui import QColor, QGuiApplication, QImage

    target = QColor(MARK).rgb().to_bytes(4, sys.byteorder)  # as Format_RGB32 stores it
    screen = QGuiApplication.primaryScreen()
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - start < 60:
            strip = screen.grabWindow(0, 0, 0, -1, STRIP_HEIGHT).toImage()
            image = strip.convertToFormat(QImage.Format.Format_RGB32)
            if holds_pixel(bytes(image.constBits()), target):
                return time.perf_counter() - start
            if proc.poll() is not None:
                raise RuntimeError(f"{command[0]} exited early ({proc.returncode})")
        raise RuntimeError(f"{command[0]} painted nothing within 60 s")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# Qt paints a window and sends it to the screen in this function, in the bare label and in
# SafeHelper alike: callgrind writes its count when the first call returns.
FIRST_PAINT_FUNCTION = "QWidgetRepaintManager::paintAndFlush*"


def instructions_to_first_paint(command: list[str], env: dict[str, str]) -> int:
    """Instructions ``command`` runs from launch to the end of its first paint.

    Counted by callgrind (about 30 times slower than running freely), which writes
    the count when the first paint returns; the program is then stopped.
    ``--trace-children`` follows the frozen bundle's loader into the program.
    """
    with tempfile.TemporaryDirectory(prefix="safehelper-callgrind-") as folder:
        proc = subprocess.Popen(
            [
                "valgrind",
                "--tool=callgrind",
                "--trace-children=yes",
                f"--dump-after={FIRST_PAINT_FUNCTION}",
                f"--callgrind-out-file={folder}/count.%p",
                *command,
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 600
            while time.monotonic() < deadline:
                for dump in Path(folder).glob("count.*.1"):
                    totals = [
                        line for line in dump.read_text().splitlines() if line.startswith("totals:")
                    ]
                    if totals:  # written last: the dump is complete
                        return int(totals[0].split()[1])
                if proc.poll() is not None:
                    raise RuntimeError(f"{command[0]} exited under valgrind ({proc.returncode})")
                time.sleep(0.2)
            raise RuntimeError(f"{command[0]} painted nothing under valgrind within 10 minutes")
        finally:
            proc.kill()
            proc.wait(timeout=30)


def interleaved(
    runs: int, commands: dict[str, list[str]], fresh_home: Callable[[], dict[str, str]]
) -> dict[str, float]:
    """Median first-paint seconds of each command, launched in turns.

    One round launches every command once, so that a slow spell of this shared,
    virtual machine (which can last several seconds) slows the program and its
    baseline alike instead of landing on one of them. Each launch gets a fresh,
    empty SafeHelper data folder (the bare label ignores it).
    """
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(max(1, runs)):
        for name, command in commands.items():
            samples[name].append(first_paint_seconds(command, fresh_home()))
    return {name: statistics.median(values) for name, values in samples.items()}


def main(argv: list[str] | None = None) -> list[Figure]:
    """Measure and print cold-start figures; returns them for the combined table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--no-count", action="store_true", help="skip the instruction counts (valgrind)"
    )
    args = parser.parse_args(argv)
    compile_sources()
    from PySide6.QtWidgets import QApplication

    # A widgets application, so that the other benchmarks in this process can share it.
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)

    def fresh_home() -> dict[str, str]:
        return {**env, "SAFEHELPER_HOME": tempfile.mkdtemp(prefix="safehelper-bench-")}

    bare_script = Path(tempfile.mkdtemp()) / "bare.py"
    bare_script.write_text(BARE, encoding="utf-8")
    commands = {
        "bare": [sys.executable, str(bare_script)],
        "source": [sys.executable, "-m", "safehelper"],
    }
    frozen = REPO / "dist" / "SafeHelper" / "SafeHelper"
    if frozen.exists():
        commands["frozen"] = [str(frozen)]
    figures = comparisons(
        "cold start", " (Xvfb)", "s", interleaved(args.runs, commands, fresh_home)
    )
    if not args.no_count:
        if shutil.which("valgrind") is None:
            print("valgrind is not installed: no instruction counts (apt-get install valgrind)")
        else:
            counts = {
                name: instructions_to_first_paint(command, fresh_home()) / 1e6
                for name, command in commands.items()
            }
            figures += comparisons("instructions to first paint", "", "M", counts)
    print_table(figures)
    return figures


def comparisons(what: str, where: str, unit: str, values: dict[str, float]) -> list[Figure]:
    """The source against the bare label and, when it is built, the bundle against the source."""
    figures = [
        Figure(
            f"{what}, from source{where}",
            unit,
            values["source"],
            "bare PySide6 QLabel",
            values["bare"],
            "ratio <= 1.4",
        )
    ]
    if "frozen" in values:
        figures.append(
            Figure(
                f"{what}, frozen bundle{where}",
                unit,
                values["frozen"],
                "from source",
                values["source"],
                "ratio <= 1.05",
            )
        )
    return figures


if __name__ == "__main__":
    main()
