"""One way to reach the files in ``resources/``, wherever SafeHelper runs from.

The same call works from a source checkout, an installed wheel (where the
folder is installed as the ``safehelper_resources`` package) and a PyInstaller
bundle (where it sits under ``sys._MEIPASS``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

from safehelper.errors import SafeHelperError
from safehelper.paths import is_frozen

_PACKAGE = "safehelper_resources"


@cache
def resource_root() -> Path:
    """The folder that holds SafeHelper's data files."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    # A plain checkout that was never installed: resources/ sits beside the package.
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of one resource file; raises a plain error if it is missing."""
    path = resource_root().joinpath(*parts)
    if not path.exists():
        raise SafeHelperError("resources.missing", name="/".join(parts))
    return path


def read_text(*parts: str) -> str:
    """Read a resource as UTF-8 text."""
    return resource_path(*parts).read_text(encoding="utf-8")


def read_json(*parts: str) -> Any:
    """Read and parse a JSON resource, naming the file if it is broken."""
    try:
        return json.loads(read_text(*parts))
    except json.JSONDecodeError as exc:
        raise SafeHelperError(
            "resources.damaged", name="/".join(parts), line=exc.lineno, detail=exc.msg
        ) from exc
