"""The report's table: every word of every cell reaches the PDF, wrapped to its column."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from PIL import Image

from safehelper.pdf_document import FONT, PdfDocument
from safehelper.pdf_table import Column, LineTable, Picture

NOTE = " ".join(f"word{n}" for n in range(1500))  # several pages in a 79 mm column
HANDLE = "@" + "x" * 150  # one "word" wider than its column


def new_table() -> tuple[PdfDocument, LineTable]:
    pdf = PdfDocument("table test")
    pdf.add_page(orientation="L")
    table = LineTable(
        pdf,
        [Column(24, "C"), Column(46), Column(79)],
        ("Picture", "Username", "Note"),
        font=FONT,
        size=8,
        line_height=4,
        padding=1.2,
        heading_fill=(228, 232, 240),
    )
    return pdf, table


def test_wrapped_lines_fit_their_column_and_keep_every_character() -> None:
    _pdf, table = new_table()
    for text in (NOTE, HANDLE, "Zoë 🙂 مرحبا  two  spaces\nand a new line"):
        lines = table.wrap(text, 40.0)
        assert all(table._width("", line) <= 40.0 for line in lines)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_rows_taller_than_a_page_continue_on_the_next_under_the_headings(tmp_path: Path) -> None:
    pdf, table = new_table()
    jpeg = io.BytesIO()
    Image.new("RGB", (320, 180), (200, 30, 30)).save(jpeg, format="JPEG")
    for number in range(3):
        table.row((Picture(jpeg.getvalue(), 27.0), HANDLE, NOTE if number == 1 else "short"))
    path = tmp_path / "table.pdf"
    path.write_bytes(pdf.output())
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    pages = text.split("\f")
    assert len([p for p in pages if p.strip()]) >= 3
    assert all("Username" in page for page in pages if page.strip())  # headings repeat
    words = set(text.split())
    assert all(f"word{n}" in words for n in range(1500))
    assert text.count("x") >= 3 * 150
