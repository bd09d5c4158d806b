"""Start-up imports: what loading the app costs before the first screen, and why.

Runs ``python -X importtime`` in fresh processes and reports the total time to
import the app's entry modules, against importing PySide6's widgets alone, and
lists the heaviest modules so nothing heavy creeps into start-up unnoticed.
It also times ``safehelper --version`` and ``--help`` from launch to exit against
``python -c pass``: a command that only prints should cost little more than Python.
The sources are compiled first, as installing does (see ``compile_sources``).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from benchmarks.harness import Figure, compile_sources, median_of, print_table, timed


def import_profile(statement: str) -> tuple[float, list[tuple[int, str]]]:
    """Seconds to run ``statement`` in a fresh interpreter, and its modules by cumulative µs."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    )
    rows: list[tuple[int, str]] = []
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, name = line.removeprefix("import time:").split("|")
        rows.append((int(cumulative), name.rstrip()))
    top_level = [(us, name) for us, name in rows if not name.startswith("  ")]
    return sum(us for us, _ in top_level) / 1e6, rows


def run_seconds(*args: str) -> float:
    """Wall seconds of one fresh ``python ARGS`` from launch to exit."""
    return timed(
        lambda: subprocess.run(
            [sys.executable, *args], capture_output=True, timeout=120, check=True
        )
    )


def command_figures(runs: int) -> list[Figure]:
    """``safehelper --version`` and ``--help`` against a bare ``python -c pass``."""
    bare = median_of(runs, lambda: run_seconds("-c", "pass"))

    def figure(flag: str) -> Figure:
        seconds = median_of(runs, lambda: run_seconds("-m", "safehelper", flag))
        return Figure(
            f"command line: safehelper {flag}",
            "s",
            seconds,
            "python -c pass",
            bare,
            "<= baseline + 0.15 s",
        )

    return [figure("--version"), figure("--help")]


def main(argv: list[str] | None = None) -> list[Figure]:
    """Measure and print import figures, and the ten heaviest imports of the GUI path."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    compile_sources()
    gui = "import safehelper_ui.app"
    core = "import safehelper.cli; safehelper.cli.build_parser()"
    bare = "import PySide6.QtWidgets"
    figures = [
        Figure(
            "import: window path (safehelper_ui.app)",
            "s",
            median_of(args.runs, lambda: import_profile(gui)[0]),
            "import PySide6.QtWidgets",
            median_of(args.runs, lambda: import_profile(bare)[0]),
        ),
        Figure(
            "import: command line (safehelper.cli)",
            "s",
            median_of(args.runs, lambda: import_profile(core)[0]),
        ),
        *command_figures(max(args.runs, 7)),
    ]
    print_table(figures)
    _total, rows = import_profile(gui)
    print("\nheaviest imports on the window path (cumulative):")
    for us, name in sorted(rows, reverse=True)[:10]:
        print(f"  {us / 1000:7.1f} ms  {name.strip()}")
    return figures


if __name__ == "__main__":
    main()
