"""Every string goes through Qt's translation system, and a second language really loads."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import REPO
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.home import HomePage
from safehelper_ui.i18n import install_translator

from safehelper.settings import Settings

BIN = Path(sys.executable).parent
HEADING = "Choose what you need right now."


def test_english_template_lists_the_ui_strings() -> None:
    tree = ET.parse(REPO / "resources" / "i18n" / "safehelper_en.ts")
    sources = {m.findtext("source") for m in tree.iter("message")}
    assert HEADING in sources
    assert "Hide now" in sources and "I'm not OK" in sources


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="needs PySide6 tools")
def test_a_second_locale_loads_and_changes_the_ui(qapp, qtbot, tmp_path: Path) -> None:
    ts = tmp_path / "safehelper_mi.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), str(REPO / "ui" / "home.py"), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        if message.findtext("source") == HEADING:
            translation = message.find("translation")
            assert translation is not None
            translation.text = "Kōwhiria te mea e hiahia ana koe ināianei."
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts)], check=True, capture_output=True, timeout=120
    )
    translator = install_translator(qapp, "mi", directory=tmp_path)
    assert translator is not None
    try:
        page = HomePage(AppContext(settings=Settings(), navigator=Navigator()))
        qtbot.addWidget(page)
        assert page.heading.text() == "Kōwhiria te mea e hiahia ana koe ināianei."
    finally:
        qapp.removeTranslator(translator)


def test_a_missing_language_falls_back_to_english(qapp, tmp_path: Path) -> None:
    assert install_translator(qapp, "zz", directory=tmp_path) is None
    assert install_translator(qapp, "en") is None


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="needs PySide6 tools")
def test_the_translation_template_is_up_to_date(tmp_path: Path) -> None:
    """A new tr() string must reach translators: run scripts/update-translations."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=300,
    )

    def strings(path: Path) -> set[tuple[str, str]]:
        tree = ET.parse(path)
        return {
            (context.findtext("name") or "", message.findtext("source") or "")
            for context in tree.iter("context")
            for message in context.iter("message")
        }

    missing = strings(fresh) - strings(REPO / "resources" / "i18n" / "safehelper_en.ts")
    assert not missing, f"{len(missing)} missing from safehelper_en.ts: {sorted(missing)[:3]}"
