"""Screenshot real SafeHelper pages, for the README and for looking at our work.

    python scripts/screenshot.py --page home --out docs/home.png [--scale 200] [--theme dark]

It builds the same window the app opens (under Xvfb or offscreen), with a
throw-away SAFEHELPER_HOME, resizes it to the given size and saves a PNG.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    """Render one page to a PNG file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--page", default="home")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--scale", type=int, default=100, help="text size in percent")
    parser.add_argument("--theme", default="light", choices=("light", "dark", "system"))
    parser.add_argument("--country", default="NZ")
    args = parser.parse_args()
    os.environ.setdefault("SAFEHELPER_HOME", tempfile.mkdtemp(prefix="safehelper-shot-"))

    from PySide6.QtCore import QTimer
    from safehelper_ui.app import SafeHelperApp, Shell
    from safehelper_ui.context import AppContext, Navigator

    from safehelper.settings import Settings

    app = SafeHelperApp(sys.argv[:1])
    settings = Settings(country=args.country, theme=args.theme, text_scale=args.scale)
    shell = Shell(app, AppContext(settings=settings, navigator=Navigator()))
    width, height = (int(v) for v in args.size.split("x"))
    shell.window.resize(width, height)
    shell.window.show()
    shell.window.show_page(args.page)

    def capture() -> None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        shell.window.grab().save(str(args.out))
        print(f"wrote {args.out}")
        app.quit()

    QTimer.singleShot(400, capture)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
