"""Hide now: from the press to every SafeHelper window hidden (target under 100 ms).

Measured in-process on a real screen: the main window and a dialog are shown,
Hide now is triggered, and the clock stops when Qt has hidden every window and
flushed the requests to the X server. Baseline: hiding one bare QWidget the same way.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

from benchmarks.harness import Figure, median_of, print_table


def main(argv: list[str] | None = None) -> list[Figure]:
    """Measure and print the quick-exit figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    os.environ.setdefault("SAFEHELPER_HOME", tempfile.mkdtemp(prefix="safehelper-bench-"))

    from PySide6.QtWidgets import QApplication, QDialog, QWidget
    from safehelper_ui.app import SafeHelperApp, Shell
    from safehelper_ui.context import AppContext, Navigator

    from safehelper.settings import Settings

    app = QApplication.instance() or SafeHelperApp(sys.argv[:1])
    assert isinstance(app, QApplication)
    shell = Shell(app, AppContext(settings=Settings(country="NZ"), navigator=Navigator()))
    dialog = QDialog(shell.window)
    bare = QWidget()

    def settle() -> None:
        deadline = time.perf_counter() + 0.2
        while time.perf_counter() < deadline:
            app.processEvents()

    def hide_now_once() -> float:
        shell.window.show()
        shell.window.show_page("help")
        dialog.show()
        settle()
        start = time.perf_counter()
        shell.quick_exit.trigger()
        app.processEvents()
        app.sync()
        elapsed = time.perf_counter() - start
        assert not any(w.isVisible() for w in app.topLevelWidgets())
        return elapsed

    def hide_bare_once() -> float:
        bare.show()
        settle()
        start = time.perf_counter()
        bare.hide()
        app.processEvents()
        app.sync()
        return time.perf_counter() - start

    figures = [
        Figure(
            "quick exit: Hide now to all hidden",
            "ms",
            1000 * median_of(args.runs, hide_now_once),
            "hide one bare QWidget",
            1000 * median_of(args.runs, hide_bare_once),
            "under 100 ms",
        ),
    ]
    print_table(figures)
    return figures


if __name__ == "__main__":
    main()
