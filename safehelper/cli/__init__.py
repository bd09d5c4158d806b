"""The ``safehelper`` command: the app with no arguments, tools with them.

Each command group lives in its own module here with a ``register(subparsers)``
function; :data:`COMMAND_MODULES` lists them. A :class:`SafeHelperError` is
printed as one plain line on stderr with exit code 1, never as a traceback.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from safehelper import APP_NAME, __version__
from safehelper.errors import SafeHelperError

if TYPE_CHECKING:  # opening the window (no arguments) needs no parser
    import argparse

# Each module adds its subcommands to the one parser; add new groups here.
COMMAND_MODULES = (
    "selftest",
    "guide",
    "helplines",
    "locker",
    "export",
    "remove_data",
    "receive",
)

Handler = Callable[["argparse.Namespace"], int]

NO_DISPLAY_MESSAGE = (
    "SafeHelper needs a screen to open its window, and none was found. "
    "To run it without one, set QT_QPA_PLATFORM=offscreen (or use a command: safehelper --help)."
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every command group registered."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="safehelper",
        description=(
            f"{APP_NAME} helps a young person who is being threatened online: calm steps, "
            "a private evidence locker, and the right helpline. Run with no command to open "
            "the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--background",
        action="store_true",
        help="start hidden in the system tray (used when starting with the computer)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"safehelper.cli.{name}")
        module.register(subparsers)
    return parser


def has_display() -> bool:
    """Whether Qt can open a window: always on Windows and macOS; on Linux, X or Wayland."""
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch_gui(argv: Sequence[str], *, background: bool = False) -> int:
    """Open the window; the only place the core reaches into the Qt face."""
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    # Starting allocates hundreds of thousands of objects (modules, PySide's enums, widgets)
    # and leaves almost no garbage: the cycle collector would run forty times for nothing
    # before the first paint (5 ms). The app's own collector, on the GUI thread, takes over.
    gc.disable()
    # The window's core modules before Qt: once loaded, PySide reads the source of each module
    # an import statement names after it (looking for `from __feature__ import`). Loaded
    # first, the thirty modules only the core imports (json, platformdirs...) are spared: 4 ms.
    from safehelper import log, resources, settings  # noqa: F401

    # isort: split
    from safehelper_ui.app import run  # imported here so that the core never loads Qt

    return run(list(argv), background=background)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``safehelper`` command."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    if not args_in:
        return launch_gui([sys.argv[0]])
    parser = build_parser()
    args = parser.parse_args(args_in)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if args.background:
            return launch_gui([sys.argv[0]], background=True)
        parser.print_help()
        return 2
    try:
        return handler(args)
    except SafeHelperError as exc:
        print(f"safehelper: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("safehelper: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``safehelper guide | head``): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def gui_main() -> int:
    """Entry point of the windowed launcher (no console window on Windows)."""
    return launch_gui([sys.argv[0]])
