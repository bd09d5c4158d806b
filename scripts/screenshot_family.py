"""Screenshot every setup step, the family page and the settings page, at one text size.

    python scripts/screenshot_family.py --out /tmp/shots [--scale 200] [--theme dark]

Like ``screenshot.py``, it builds the real window with a throw-away
SAFEHELPER_HOME (and a throw-away autostart folder), at 1366x768.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    """Render each page to ``<out>/<page>-<scale>.png``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=int, default=100, help="text size in percent")
    parser.add_argument("--theme", default="light", choices=("light", "dark", "system"))
    parser.add_argument("--country", default="NZ")
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="safehelper-shot-")
    os.environ.setdefault("SAFEHELPER_HOME", str(Path(scratch) / "home"))
    os.environ["XDG_CONFIG_HOME"] = str(Path(scratch) / "xdg")

    from PySide6.QtWidgets import QApplication
    from safehelper_ui.alert_dialog import AlertDialog
    from safehelper_ui.app import SafeHelperApp, Shell
    from safehelper_ui.context import AppContext, Navigator
    from safehelper_ui.settings_page import RemoveDataDialog

    from safehelper import family
    from safehelper.alert import Channel
    from safehelper.settings import Settings

    app = SafeHelperApp(sys.argv[:1])
    settings = Settings(
        country=args.country,
        theme=args.theme,
        text_scale=args.scale,
        setup_by="parent",
        alert_name="Mele",
        alert_recipient="Mum",
    )
    family.set_trusted_adults(
        settings,
        [
            family.make_adult("Aroha", "Aunt", "+64 21 555 0101", "aroha@example.org"),
            family.make_adult("Mr Tane", "School counsellor", "", "counsellor@example.school.nz"),
        ],
    )
    shell = Shell(app, AppContext(settings=settings, navigator=Navigator()))
    window = shell.window
    window.resize(1366, 768)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)

    def grab(name: str) -> None:
        for _ in range(5):
            QApplication.processEvents()
        path = args.out / f"{name}-{args.scale}-{args.theme}.png"
        window.grab().save(str(path))
        print(f"wrote {path}")

    window.show_page("setup")
    setup = window.pages["setup"]
    for index, step in enumerate(setup.steps):
        setup.show_step(index)
        if step.key == "autostart":  # writes only into the throw-away XDG folder above
            setup.autostart.check.setChecked(True)
        grab(f"setup-{index + 1}-{step.key}")
    setup.show_step(5)
    setup.alert.kind_buttons["ntfy"].setChecked(True)
    grab("setup-6-alert-ntfy")
    dialog = AlertDialog(shell.ctx, Channel("ntfy", "https://ntfy.sh/example-topic"), window)
    dialog.show()
    for _ in range(5):
        QApplication.processEvents()
    dialog.grab().save(str(args.out / f"alert-dialog-{args.scale}-{args.theme}.png"))
    dialog.close()
    remove = RemoveDataDialog(shell.ctx, window)
    remove.show()
    for _ in range(5):
        QApplication.processEvents()
    remove.grab().save(str(args.out / f"remove-dialog-{args.scale}-{args.theme}.png"))
    remove.close()
    for page in ("family", "settings", "home"):
        window.show_page(page)
        grab(page)
        # The whole scrolling body too, to look at what is below the fold.
        body = window.pages[page].body
        body.grab().save(str(args.out / f"{page}-full-{args.scale}-{args.theme}.png"))
    settings.first_run_done = False
    window.show_page("home")
    grab("home-banner")
    return 0


if __name__ == "__main__":
    sys.exit(main())
