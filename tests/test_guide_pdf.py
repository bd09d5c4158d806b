"""The guides as PDF files: one engine (fpdf2, like the police report), read back with poppler.

Every check reads the real PDF the way a printer or a person would: ``pdfinfo``
for the page count, ``pdftotext`` for the words, ``pdftoppm`` to draw each page.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from test_guidance import run_cli

from safehelper import guide_pdf
from safehelper.errors import SafeHelperError
from safehelper.guidance import Answers
from safehelper.pdf_document import save_pdf


def page_count(path: Path) -> int:
    info = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    found = re.search(r"^Pages:\s+(\d+)$", info, re.M)
    assert found, info
    return int(found.group(1))


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def drawn_pages(path: Path, folder: Path) -> int:
    """How many pages ``pdftoppm`` can draw (it fails on a broken page)."""
    out = folder / "drawn"
    out.mkdir()
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(path), str(out / "page")], check=True, timeout=120
    )
    return len(list(out.glob("page*.png")))


def test_the_walkthrough_pdf_has_every_step_and_numbered_pages(tmp_path: Path) -> None:
    path = save_pdf(guide_pdf.walkthrough_pdf(Answers(age="under18"), "NZ"), tmp_path / "steps")
    assert path == tmp_path / "steps.pdf"
    pages = page_count(path)
    assert pages >= 2
    assert drawn_pages(path, tmp_path) == pages
    text = pdf_text(path)
    for number in range(1, 9):
        assert f"STEP {number} OF 8" in text
    assert "call 111" in text
    assert "Who to contact in New Zealand:" in text
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text


def test_the_parents_guide_pdf_reads_as_the_guide(tmp_path: Path) -> None:
    path = save_pdf(guide_pdf.parents_guide_pdf(), tmp_path / "parents.pdf")
    text = pdf_text(path)
    assert "YOUR CHILD TOLD YOU. WHAT NOW?" in text
    assert "The person who did this is to blame, not your child." in text
    assert drawn_pages(path, tmp_path) == page_count(path)


def test_a_long_paragraph_wraps_and_carries_on_over_pages(tmp_path: Path) -> None:
    """No word is cut off at the margin or lost at a page break, and none is repeated."""
    words = [f"w{n}" for n in range(2500)]
    text = "A TITLE\n\nA HEADING\n" + " ".join(words) + "\n  - a bullet " + " ".join(words[:300])
    path = save_pdf(guide_pdf.text_pdf(text, "Long"), tmp_path / "long.pdf")
    assert page_count(path) >= 3
    found = re.findall(r"\bw\d+\b", pdf_text(path))
    assert found == words + words[:300]


def test_the_command_line_saves_the_same_pdf_as_the_app(tmp_path: Path) -> None:
    done = run_cli("--age", "adult", "--country", "GB", "--pdf", str(tmp_path / "cli"))
    assert done.returncode == 0, done.stderr
    assert str(tmp_path / "cli.pdf") in done.stdout
    app = save_pdf(guide_pdf.walkthrough_pdf(Answers(age="adult"), "GB"), tmp_path / "app.pdf")
    assert pdf_text(tmp_path / "cli.pdf") == pdf_text(app)
    assert "call 999" in pdf_text(app)


def test_the_command_line_says_plainly_when_it_cannot_save(tmp_path: Path) -> None:
    done = run_cli("--parents", "--pdf", str(tmp_path / "no such folder" / "guide.pdf"))
    assert done.returncode == 1
    assert "could not save guide.pdf" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_full_or_missing_folder_is_a_plain_error_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(SafeHelperError, match="could not save"):
        save_pdf(b"%PDF-1.4\n", tmp_path / "gone" / "guide.pdf")
    assert not (tmp_path / "gone").exists()
