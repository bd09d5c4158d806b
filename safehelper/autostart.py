"""Start SafeHelper when the user signs in, on Linux, Windows and macOS.

A parent can choose this during setup so that SafeHelper is already running
(in the tray where there is one) on the bad day. Each OS has its own per-user
place for this, and none needs administrator rights:

- Linux and other XDG desktops: a ``.desktop`` file in ``$XDG_CONFIG_HOME/autostart``.
- Windows: a value under ``HKEY_CURRENT_USER\\...\\CurrentVersion\\Run``.
- macOS: a LaunchAgent property list in ``~/Library/LaunchAgents``.

Turning the setting off removes exactly what turning it on created.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from safehelper import APP_NAME
from safehelper.errors import SafeHelperError
from safehelper.paths import atomic_write, describe_os_error, is_frozen

APP_ID = "nz.safehelper.SafeHelper"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"

# Characters that make the Desktop Entry spec require an argument to be quoted.
_DESKTOP_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def launch_command() -> list[str]:
    """The command that starts SafeHelper at sign-in: hidden in the tray (``--background``).

    Opening the whole window at sign-in on a shared family computer would show
    everyone that it is there. The launcher is looked up next to the running
    Python first, because a login session may not have the virtualenv or
    ``~/.local/bin`` on its PATH.
    """
    return [*_launcher(), "--background"]


def _launcher() -> list[str]:
    if is_frozen():
        return [sys.executable]
    names = ("safehelper-app.exe", "safehelper.exe") if os.name == "nt" else ("safehelper",)
    folders = [Path(sysconfig.get_path("scripts")), Path(sys.executable).parent]
    for folder in folders:
        for name in names:
            candidate = folder / name
            if candidate.is_file():
                return [str(candidate)]
    for name in names:
        found = shutil.which(name)
        if found:
            return [found]
    return [sys.executable, "-m", "safehelper"]


def _system(system: str | None) -> str:
    value = system or sys.platform
    if value.startswith("win"):
        return "windows"
    if value == "darwin":
        return "macos"
    return "xdg"


def desktop_file_path() -> Path:
    """Where the XDG autostart entry goes (``$XDG_CONFIG_HOME`` or ``~/.config``)."""
    base = os.environ.get("XDG_CONFIG_HOME", "").strip()
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / "autostart" / f"{APP_ID}.desktop"


def launch_agent_path() -> Path:
    """Where the macOS LaunchAgent goes."""
    return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def _desktop_quote(arg: str) -> str:
    if arg and not (set(arg) & _DESKTOP_RESERVED):
        quoted = arg
    else:
        escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        quoted = f'"{escaped}"'
    # The string-value escape (\\ for a backslash) applies on top of the quoting rule,
    # and a literal % must be doubled so it is not read as a field code.
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(command: list[str]) -> str:
    """The text of the XDG autostart ``.desktop`` file for ``command``."""
    exec_line = " ".join(_desktop_quote(arg) for arg in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Help if someone is threatening you online\n"
        f"Exec={exec_line}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def launch_agent(command: list[str]) -> bytes:
    """The macOS LaunchAgent property list that opens ``command`` at sign-in."""
    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SafeHelperError("autostart.cannot_set", reason=describe_os_error(exc)) from exc
    atomic_write(path, data)


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise SafeHelperError("autostart.cannot_unset", reason=describe_os_error(exc)) from exc


def enable(system: str | None = None, command: list[str] | None = None) -> None:
    """Make SafeHelper start when this user signs in."""
    cmd = command or launch_command()
    kind = _system(system)
    if kind == "xdg":
        _write(desktop_file_path(), desktop_entry(cmd).encode("utf-8"))
    elif kind == "macos":
        _write(launch_agent_path(), launch_agent(cmd))
    else:
        _set_run_value(subprocess.list2cmdline(cmd))


def disable(system: str | None = None) -> None:
    """Stop SafeHelper starting at sign-in, removing what :func:`enable` created."""
    kind = _system(system)
    if kind == "xdg":
        _remove(desktop_file_path())
    elif kind == "macos":
        _remove(launch_agent_path())
    else:
        _delete_run_value()


def is_enabled(system: str | None = None) -> bool:
    """Whether SafeHelper is set to start at sign-in (looks at the OS, not the settings)."""
    kind = _system(system)
    if kind == "xdg":
        return desktop_file_path().is_file()
    if kind == "macos":
        return launch_agent_path().is_file()
    return _get_run_value() is not None


if sys.platform == "win32":
    import winreg

    def _set_run_value(command_line: str) -> None:
        try:
            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, command_line)
        except OSError as exc:
            raise SafeHelperError("autostart.cannot_set", reason=describe_os_error(exc)) from exc

    def _delete_run_value() -> None:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, APP_NAME)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise SafeHelperError("autostart.cannot_unset", reason=describe_os_error(exc)) from exc

    def _get_run_value() -> str | None:
        with contextlib.suppress(OSError), winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, APP_NAME)
            return str(value)
        return None

else:

    def _set_run_value(command_line: str) -> None:
        raise SafeHelperError("autostart.windows_only")

    def _delete_run_value() -> None:
        return

    def _get_run_value() -> str | None:
        return None
