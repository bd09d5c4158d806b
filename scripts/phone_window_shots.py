"""Screenshot the "Add from my phone" window, for looking at our work.

    scripts/with-desktop .venv/bin/python scripts/phone_window_shots.py --out /tmp/shots

Saves the window as the teen sees it (a real session on 127.0.0.1 with its QR
code, after one picture arrived) and the fallback shown when there is no home
network, at 100 % and 200 % text, in light and dark, from a throw-away
SAFEHELPER_HOME and locker.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEMO_PASSPHRASE = "a demo passphrase, not a secret"  # noqa: S105 (a throw-away locker)


def main() -> int:
    """Render the window to PNG files in --out."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    os.environ["SAFEHELPER_HOME"] = tempfile.mkdtemp(prefix="safehelper-phone-window-")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

    from safehelper_ui import theme
    from safehelper_ui.app import SafeHelperApp
    from safehelper_ui.jobs import JobRegistry
    from safehelper_ui.locker_holder import LockerHolder
    from safehelper_ui.phone_window import PhoneWindow

    from safehelper.locker import LockerSession
    from safehelper.settings import Settings

    app = SafeHelperApp(sys.argv[:1])
    jobs = JobRegistry()
    holder = LockerHolder(jobs, LockerSession())
    holder.create(DEMO_PASSPHRASE, False, lambda: None, lambda error: print(error))
    while not holder.is_unlocked:
        app.processEvents()
    args.out.mkdir(parents=True, exist_ok=True)
    for scheme in ("light", "dark"):
        for scale in (100, 200):
            theme.apply(app, Settings(country="NZ", theme=scheme, text_scale=scale))
            for name, host in (("session", "127.0.0.1"), ("no-network", "8.8.8.8")):
                window = PhoneWindow(holder, host=host)
                window.resize(620, 860 if scale == 100 else 1300)
                window.show()
                for _ in range(20):
                    app.processEvents()
                path = args.out / f"phone-window-{name}-{scheme}-{scale}.png"
                window.grab().save(str(path))
                print(f"wrote {path}")
                window.close()
    jobs.wait_all()
    holder.close_files()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
