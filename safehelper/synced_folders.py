"""Folders a cloud client uploads from, so the export can warn before saving into one.

The evidence pack is not encrypted. Saved into a folder that OneDrive,
Dropbox, Google Drive, iCloud or Nextcloud syncs, it would be uploaded without
anyone deciding to; the export window names the service and asks first.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Mapping
from pathlib import Path

# Folder names that cloud clients sync (lower case), and the service to name in the warning.
_SYNCED_NAMES = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("icloud drive", "iCloud"),
    ("icloud", "iCloud"),
    ("mobile documents", "iCloud"),
    ("nextcloud", "Nextcloud"),
)
_ONEDRIVE_ENV = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")


def synced_by(
    path: Path,
    *,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    home: Path | None = None,
) -> str:
    """The cloud service that syncs ``path`` (``"OneDrive"``, ``"iCloud"``...), or ``""``.

    An unencrypted pack saved into a synced folder is uploaded without anyone
    deciding to, so the export window warns before using such a folder. Checked:
    folder names the clients use (``OneDrive - School``, ``Dropbox``, ``Google
    Drive``/``My Drive``, ``Library/CloudStorage/...``, ``Library/Mobile
    Documents``), Windows' ``%OneDrive%`` folders (which Documents is often
    moved into), and on macOS iCloud's "Desktop & Documents" option, which
    syncs ``~/Documents`` and ``~/Desktop`` in place.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    candidates = [Path(path)]
    with contextlib.suppress(OSError, RuntimeError):
        candidates.append(Path(path).resolve())
    for candidate in candidates:
        for part in candidate.parts:
            lowered = part.lower()
            for name, service in _SYNCED_NAMES:
                if lowered == name or lowered.startswith((f"{name} -", f"{name}-")):
                    return service
        for variable in _ONEDRIVE_ENV:
            root = environ.get(variable, "").strip()
            if root and _is_within(candidate, Path(root)):
                return "OneDrive"
    if platform == "darwin":
        home = home if home is not None else Path.home()
        cloud_docs = home / "Library" / "Mobile Documents" / "com~apple~CloudDocs"
        for folder in ("Documents", "Desktop"):
            if _is_within(Path(path), home / folder) and (cloud_docs / folder).is_dir():
                return "iCloud"
    return ""


def _is_within(path: Path, folder: Path) -> bool:
    inner = os.path.normcase(os.path.normpath(str(path)))
    outer = os.path.normcase(os.path.normpath(str(folder)))
    return inner == outer or inner.startswith(outer.rstrip(os.sep) + os.sep)
