"""Loading translations: every visible string goes through Qt's ``tr()``.

Compiled ``.qm`` files live in ``resources/i18n`` as ``safehelper_<lang>.qm``.
English is the source language, so it needs no file.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTranslator

from safehelper.resources import resource_root

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"


def translations_dir() -> Path:
    """Where the compiled translations are shipped."""
    return resource_root() / "i18n"


def install_translator(
    app: QCoreApplication, language: str, directory: Path | None = None
) -> QTranslator | None:
    """Load and install the translation for ``language``; ``None`` for English or if missing."""
    if not language or language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator(app)
    folder = directory or translations_dir()
    if not translator.load(f"safehelper_{language}", str(folder)):
        log.warning("i18n: no translation for the chosen language; using English")
        return None
    app.installTranslator(translator)
    return translator
