"""The download: the frozen bundle's size on disk and as the release ZIP.

Baseline, built in the same run with the same PyInstaller: a bare PySide6 program
(one QLabel) frozen one-folder with PyInstaller's defaults, which is what any
PySide6 app starts from before it leaves anything out. Needs the bundle
(``scripts/build-bundle``); its ``.venv-bundle`` provides PyInstaller. Sizes do
not vary between runs, so each is measured once.

    python -m benchmarks.bundle
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
from pathlib import Path

from benchmarks.harness import Figure, print_table

REPO = Path(__file__).resolve().parent.parent
BUNDLE = REPO / "dist" / "SafeHelper"
PYINSTALLER = REPO / ".venv-bundle" / "bin" / "pyinstaller"
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("bare")
label.show()
sys.exit(app.exec())
"""


def megabytes_on_disk(folder: Path) -> float:
    """What ``du`` counts (blocks used), in MiB; links are counted once, as links."""
    used = subprocess.run(["du", "-s", "-B1", str(folder)], capture_output=True, text=True)
    return int(used.stdout.split()[0]) / 2**20


def zipped_megabytes(folder: Path, work: Path) -> float:
    """The folder packed as the release packs it (``zip -r -y -9``), in MiB."""
    archive = work / f"{folder.name}.zip"
    subprocess.run(
        ["zip", "-r", "-y", "-q", "-9", str(archive), folder.name],
        cwd=folder.parent,
        check=True,
        timeout=1800,
    )
    return archive.stat().st_size / 2**20


def bare_bundle(work: Path) -> Path:
    """Freeze the one-label PySide6 program with PyInstaller's defaults."""
    script = work / "bare.py"
    script.write_text(BARE, encoding="utf-8")
    subprocess.run(
        [
            str(PYINSTALLER),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            "--specpath",
            str(work),
            str(script),
        ],
        check=True,
        timeout=1800,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    return work / "dist" / "bare"


def main(argv: list[str] | None = None) -> list[Figure]:
    """Measure the bundle and the bare baseline; print and return the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=1, help="ignored: sizes do not vary")
    parser.parse_args(argv)
    if not BUNDLE.is_dir() or not PYINSTALLER.exists():
        print("no bundle: run scripts/build-bundle first")
        return []
    with tempfile.TemporaryDirectory(prefix="safehelper-bench-bundle-") as tmp:
        work = Path(tmp)
        bare = bare_bundle(work)
        figures = [
            Figure(
                "bundle on disk (one folder)",
                "MiB",
                megabytes_on_disk(BUNDLE),
                "bare PySide6 one-folder",
                megabytes_on_disk(bare),
                "<= 114 (120 MB)",
            ),
            Figure(
                "bundle zipped (release download)",
                "MiB",
                zipped_megabytes(BUNDLE, work),
                "bare PySide6 one-folder",
                zipped_megabytes(bare, work),
                "<= 57 (60 MB)",
            ),
        ]
    print_table(figures)
    return figures


if __name__ == "__main__":
    main()
