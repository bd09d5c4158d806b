"""Every error a person can meet has words in both catalogues, and the window translates them.

The core raises codes; the English words (CLI) and the Qt words (window) live in
two catalogues. These tests walk both, and walk the core's source, so a new
raise site cannot reach a user as a bare code or past the translators.
"""

from __future__ import annotations

import ast
import errno
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import REPO
from safehelper_ui.error_text import WORDS, describe
from safehelper_ui.i18n import install_translator

from safehelper import paths
from safehelper.error_text import ENGLISH
from safehelper.errors import Phrase, SafeHelperError

BIN = Path(sys.executable).parent
ERROR_BASE = "SafeHelperError"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_core_code_has_window_words_with_the_same_placeholders() -> None:
    assert set(ENGLISH) == set(WORDS)
    for code, english in ENGLISH.items():
        assert placeholders(english) == placeholders(str(WORDS[code])), code


def test_codes_are_stable_dotted_names() -> None:
    for code in ENGLISH:
        area, _, name = code.partition(".")
        assert area and name and code == code.lower() and " " not in code, code


# ----- the source walk --------------------------------------------------------------------


def _sources() -> list[tuple[Path, ast.Module]]:
    files = sorted((REPO / "safehelper").rglob("*.py")) + sorted((REPO / "ui").rglob("*.py"))
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in files]


def _error_classes(trees: list[tuple[Path, ast.Module]]) -> dict[str, ast.ClassDef]:
    """SafeHelperError and every class derived from it, by name."""
    classes: dict[str, ast.ClassDef] = {}
    found = True
    while found:
        found = False
        for _, tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in classes:
                    bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
                    if ERROR_BASE in bases or bases & set(classes):
                        classes[node.name] = node
                        found = True
    return classes


def _own_init(cls: ast.ClassDef) -> bool:
    return any(isinstance(n, ast.FunctionDef) and n.name == "__init__" for n in cls.body)


def _called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        inner = func.value
        is_super = isinstance(inner, ast.Call) and ast.unparse(inner.func) == "super"
        if is_super and func.attr == "__init__":
            return "super().__init__"
        return func.attr
    return ""


def _module_constants(tree: ast.Module) -> dict[str, ast.Constant]:
    """``NAME = "literal"`` at the top of a module: a code may be named once and reused."""
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value
    return constants


def _coded_calls() -> list[tuple[str, ast.Call]]:
    """Every call that names an error code: errors, Phrases and subclasses' super().__init__.

    A code given as a module constant is replaced by its literal value.
    """
    trees = _sources()
    classes = _error_classes(trees)
    coded = {"Phrase", ERROR_BASE} | {name for name, c in classes.items() if not _own_init(c)}
    calls = []
    for path, tree in trees:
        if path.name == "errors.py":
            continue
        constants = _module_constants(tree)
        found = []
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            if cls.name in classes:
                for node in ast.walk(cls):
                    if isinstance(node, ast.Call) and _called(node) == "super().__init__":
                        found.append(node)
        found += [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _called(n) in coded]
        for node in found:
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Name) and first.id in constants:
                node.args[0] = constants[first.id]
            calls.append((f"{path.parent.name}/{path.name}:{node.lineno}", node))
    return calls


def test_every_raise_site_uses_a_catalogued_code_with_the_values_it_needs() -> None:
    calls = _coded_calls()
    assert len(calls) > 100
    for where, call in calls:
        assert call.args, f"{where}: no code"
        code = call.args[0]
        assert isinstance(code, ast.Constant) and isinstance(code.value, str), (
            f"{where}: the code must be a literal string"
        )
        assert code.value in ENGLISH, f"{where}: {code.value!r} is not in the catalogue"
        assert len(call.args) == 1, f"{where}: values go by name"
        given = {k.arg for k in call.keywords}
        assert None not in given, f"{where}: no **values, name each one"
        assert given == placeholders(ENGLISH[code.value]), f"{where}: {code.value}"


def test_every_catalogued_code_is_used() -> None:
    used = {c.args[0].value for _, c in _coded_calls() if isinstance(c.args[0], ast.Constant)}
    assert set(ENGLISH) - used == set()


# ----- what people see --------------------------------------------------------------------


def test_the_cli_text_is_the_english_sentence_with_its_values() -> None:
    error = SafeHelperError(
        "paths.cannot_save",
        name="settings.json",
        reason=paths.describe_os_error(OSError(errno.ENOSPC, "x")),
    )
    assert str(error) == (
        "SafeHelper could not save settings.json: the disk is full. Free some space and try again."
    )
    assert error.code == "paths.cannot_save" and error.params["name"] == "settings.json"


def test_the_window_words_are_the_same_without_a_translation(qapp) -> None:
    error = SafeHelperError("passphrase.too_short", count=8)
    assert describe(error) == str(error)
    assert describe(Phrase("os.disk_full")) == str(Phrase("os.disk_full"))


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="needs PySide6 tools")
def test_a_translated_error_fills_in_its_values_and_its_translated_parts(
    qapp, tmp_path: Path
) -> None:
    ts = tmp_path / "safehelper_mi.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), str(REPO / "ui" / "error_text.py"), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    tree = ET.parse(ts)
    wanted = {
        ENGLISH["paths.cannot_save"]: "Kāore i taea te tiaki i {name}: {reason}",
        ENGLISH["os.disk_full"]: "kua kī te kōpae.",
    }
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if source in wanted and translation is not None:
            translation.text = wanted[source]
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts)], check=True, capture_output=True, timeout=120
    )
    translator = install_translator(qapp, "mi", directory=tmp_path)
    assert translator is not None
    try:
        error = SafeHelperError(
            "paths.cannot_save",
            name="settings.json",
            reason=paths.describe_os_error(OSError(errno.ENOSPC, "x")),
        )
        assert describe(error) == "Kāore i taea te tiaki i settings.json: kua kī te kōpae."
        assert str(error).startswith("SafeHelper could not save settings.json")
    finally:
        qapp.removeTranslator(translator)
