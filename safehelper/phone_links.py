"""Whether this computer has an app that can place a call or send a text.

Most desktops have none: a ``tel:`` link handed to ``xdg-open`` just fails
(``no method available for opening 'tel:111'``) and, from inside the app, the
young person sees nothing happen. So the helpline cards ask here before they
offer "Call with this computer", and otherwise show the number to dial from
any phone. Each OS keeps its own record of which app opens a link scheme:

- Linux and other XDG desktops: ``xdg-mime query default x-scheme-handler/tel``.
- Windows: a ``tel`` (or ``sms``) key with a ``shell\\open\\command`` under
  ``HKEY_CLASSES_ROOT``.
- macOS: FaceTime is registered for ``tel:`` and Messages for ``sms:`` on every
  Mac, and a Mac without them is not something this check can see.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys

log = logging.getLogger(__name__)

SCHEMES = ("tel", "sms")
QUERY_TIMEOUT = 5.0


def has_handler(scheme: str) -> bool:
    """Whether an app is registered to open ``scheme:`` links (``tel`` or ``sms``).

    Never raises: a check that cannot be made counts as "no app", so the card
    shows the number to dial from a phone, which always works.
    """
    if scheme not in SCHEMES:
        raise ValueError(f"not a phone scheme: {scheme}")
    if sys.platform == "win32":
        return _windows_handler(scheme)
    if sys.platform == "darwin":
        return _macos_handler(scheme)
    return _xdg_handler(scheme)


def _xdg_handler(scheme: str) -> bool:
    tool = shutil.which("xdg-mime")
    if tool is None:
        return False
    try:
        done = subprocess.run(
            [tool, "query", "default", f"x-scheme-handler/{scheme}"],
            capture_output=True,
            text=True,
            timeout=QUERY_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("phone links: xdg-mime failed (%s)", type(exc).__name__)
        return False
    return done.returncode == 0 and bool(done.stdout.strip())


def _windows_handler(scheme: str) -> bool:
    if sys.platform != "win32":  # lets mypy check the winreg calls for Windows only
        return False
    import winreg

    # The user's own choice (Settings > Default apps) first, then an app that
    # registered itself for the scheme for everyone.
    choice = rf"Software\Microsoft\Windows\Shell\Associations\UrlAssociations\{scheme}\UserChoice"
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, choice) as key:
            prog_id, _kind = winreg.QueryValueEx(key, "ProgId")
            if str(prog_id).strip():
                return True
    except OSError:
        pass
    try:
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, rf"{scheme}\shell\open\command") as key:
            command = winreg.QueryValue(key, None)
    except OSError:
        return False
    return bool(str(command).strip())


def _macos_handler(_scheme: str) -> bool:
    return True
