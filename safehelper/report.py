"""The evidence report: a printable PDF an officer can read without any special software.

It opens with what the pack is and how to check it, then the incident details
in the teen's words, then a table of every item with a small picture, its
times (UTC and the computer's local time), app, username, note and SHA-256.
Fonts are embedded (DejaVu Sans, shipped in ``resources/fonts``), so it looks
the same everywhere; a character they cannot draw is written as its code
point (see :mod:`safehelper.pdf_document`), never left out.

Nothing typed has a length limit here. Incident answers are paragraphs that
carry on over pages. A table row cannot (fpdf2 refuses a row taller than a
page), so a cell that would pass a set number of lines shows its start and
the whole text follows the table, under the item's number.

Pictures are shrunk in memory; nothing decrypted is written to a temporary
file. Each picture is reduced to a small JPEG on a fixed-shape canvas, so a
tall phone screenshot and a wide desktop one take the same space and 500
items stay a few megabytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PIL import Image, ImageOps, UnidentifiedImageError

from safehelper import APP_NAME
from safehelper.incident import OWN_WORDS, Incident, summary_lines
from safehelper.pdf_document import CODE_POINT_NOTE, FONT, PdfDocument
from safehelper.pdf_table import Column, LineTable, Picture

# Thumbnails fit a box of this shape (width x height, in pixels): about 190 dpi at the
# 21.6 mm the table gives them, sharp on paper.
CANVAS_PX = (160, 200)
SOURCE_WORDS = {
    "screen": "Screenshot",
    "file": "Added from a file",
    "clipboard": "Pasted",
    "phone": "Sent from a phone",
}
HONEST_LIMIT = (
    "A matching SHA-256 fingerprint shows that a file has not changed since it was saved in "
    f"{APP_NAME}. It does not show that what the picture shows is genuine."
)
CODE_POINTS_EXPLAINED = (
    "Some names, notes or answers in this report have characters its font cannot draw "
    "(such as Chinese, Japanese or Korean letters or some emoji) or that are invisible "
    "(such as a zero-width space or a right-to-left mark). Each is written in square "
    "brackets as its Unicode code point, for example [U+72FC] for the Chinese character "
    'for "wolf", so nothing is left out. manifest.json in the pack has the exact text, '
    "and any code point can be looked up in the Unicode charts."
)
_HEADING_FILL = (228, 232, 240)
# The item table: column widths (mm, landscape), cell padding and line height (mm).
_COLUMNS = (10, 24, 50, 46, 79, 64)
_COLUMN_TITLES = (
    "No.",
    "Picture",
    "When it was saved",
    "App and username",
    "Note",
    "File and SHA-256 fingerprint",
)
_PADDING = 1.2
_LINE = 4
# No cell grows past this many lines, so a row stays readable whatever was typed; the
# whole text follows the table (see _in_full), where it reads as one paragraph.
_MAX_CELL_LINES = 12
_CUT = "… continued in full after the table"


@dataclass(frozen=True)
class ReportRow:
    """One item as the report shows it. Times are already formatted for reading."""

    number: int
    file_name: str
    saved_utc: str
    saved_local: str
    source: str
    covered: bool
    app: str
    username: str
    note: str
    sha256: str
    size: int
    width: int
    height: int
    timestamp: str = "no independent time stamp"


@dataclass(frozen=True)
class ReportHeader:
    """What the front of the report says about the pack as a whole."""

    app_version: str
    exported_utc: str
    exported_local: str
    item_count: int
    chain_head: str


def thumbnail_jpeg(data: bytes) -> bytes | None:
    """A small JPEG of a picture, at most :data:`CANVAS_PX`, made in memory.

    The table fits it into a box of the canvas's shape, centred, so a tall phone
    screenshot and a wide desktop one take the same space. ``None`` if the bytes
    cannot be read as a picture (the report then says so in the cell instead of
    failing the whole export).
    """
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", CANVAS_PX)  # a JPEG decodes straight at a reduced scale
            image.load()
            picture = ImageOps.exif_transpose(image) or image
            if picture.mode not in ("RGB", "L"):
                background = Image.new("RGB", picture.size, "white")
                rgba = picture.convert("RGBA")
                background.paste(rgba, mask=rgba.getchannel("A"))
                picture = background
            picture = picture.convert("RGB")
            picture.thumbnail(CANVAS_PX)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    out = io.BytesIO()
    picture.save(out, format="JPEG", quality=80)
    return out.getvalue()


def _sha_lines(sha256: str) -> str:
    """A SHA-256 in two lines of 32, so it fits its column without breaking at random."""
    return "\n".join(sha256[i : i + 32] for i in range(0, len(sha256), 32))


def _row_texts(entry: ReportRow) -> tuple[str, str, str, str]:
    """The four text cells of an item's row: when, app and username, note, file."""
    how = SOURCE_WORDS.get(entry.source, entry.source)
    if entry.covered:
        how += "; part was covered before saving"
    return (
        f"{entry.saved_utc}\nLocal: {entry.saved_local}\n{how}\n{entry.timestamp}",
        f"App or site: {entry.app or '-'}\nUsername: {entry.username or '-'}",
        entry.note or "-",
        f"{entry.file_name}\n{entry.width} x {entry.height} px, {entry.size:,} bytes"
        f"\nSHA-256:\n{_sha_lines(entry.sha256)}",
    )


def _section(pdf: PdfDocument, text: str) -> None:
    pdf.ln(3)
    pdf.text_block(text, size=13, style="B", line_height=7)
    pdf.set_font(FONT, "", 10)
    pdf.ln(1)


def _front(pdf: PdfDocument, header: ReportHeader, incident: Incident) -> None:
    pdf.add_page()
    pdf.text_block("Evidence report", size=20, style="B", line_height=10)
    pdf.text_block(
        f"Made with {APP_NAME} {header.app_version} on {header.exported_utc}. "
        f"Local time on the computer that made it: {header.exported_local}. "
        f"It lists {header.item_count} saved picture(s)."
    )
    _section(pdf, "About this report")
    pdf.text_block(
        "This report comes with the evidence pack (a ZIP file). The pack holds each picture "
        "exactly as it was saved, manifest.json with every detail below, and SHA256SUMS with "
        "the SHA-256 fingerprint of every file. To check the pack, unzip it and run "
        '"sha256sum -c SHA256SUMS" in its folder, or run "safehelper verify-pack PACK.zip". '
        "README.txt in the pack explains both."
    )
    pdf.ln(1)
    pdf.text_block(HONEST_LIMIT, style="B")
    pdf.ln(1)
    if pdf.shows_code_points:
        pdf.text_block(CODE_POINTS_EXPLAINED)
        pdf.ln(1)
    pdf.text_block(
        "Times are the time each picture was saved, from the clock of the computer it was "
        "saved on, shown in UTC and in that computer's local time zone."
    )
    pdf.text_block(
        f"Chain head (hash of the newest record in the locker): {header.chain_head}",
        size=8,
        line_height=4.5,
        grey=True,
    )

    _section(pdf, "What happened")
    lines = summary_lines(incident)
    if not lines:
        pdf.text_block("No details were written down.")
        return
    if incident.updated_at:
        pdf.text_block(
            "Written by the person it happened to. Last changed "
            f"{incident.updated_at.replace('T', ' ').replace('Z', ' UTC')}.",
            size=9,
            line_height=5,
            grey=True,
        )
        pdf.ln(1)
    for question, answer in lines:
        if question == OWN_WORDS:
            continue
        pdf.keep_together(17)
        pdf.text_block(question, style="B", line_height=5.5)
        pdf.text_block(answer, line_height=5.5, indent=5)
        pdf.ln(1.5)
    if incident.account:
        pdf.keep_together(25)
        _section(pdf, "In their own words")
        pdf.text_block(incident.account)


def _typed_text(header: ReportHeader, incident: Incident, rows: Sequence[ReportRow]) -> list[str]:
    """Every text in the report that SafeHelper did not write itself."""
    texts = [header.exported_local, incident.updated_at]
    texts.extend(answer for _, answer in summary_lines(incident))
    for row in rows:
        texts.extend((row.file_name, row.saved_local, row.source, row.app, row.username, row.note))
    return texts


def _in_cell(table: LineTable, text: str, width: float) -> tuple[str, bool]:
    """What a table cell ``width`` mm wide shows of ``text``, and whether it was cut.

    Wrapped with the table's own measure, so the lines kept are the lines it draws.
    """
    lines = table.wrap(text, width - 2 * _PADDING)
    if len(lines) <= _MAX_CELL_LINES:
        return text, False
    return "\n".join([*lines[: _MAX_CELL_LINES - 2], _CUT]), True


def _in_full(pdf: PdfDocument, cut: Sequence[tuple[int, str, str]]) -> None:
    """The whole text of every cell the table had to cut, by item number."""
    pdf.add_page(orientation="P")
    _section(pdf, "Long text in full")
    pdf.text_block(
        "These cells were too long for the table of saved pictures. Here is each in full.",
        line_height=5,
    )
    pdf.ln(1)
    for number, title, text in cut:
        pdf.keep_together(17)
        pdf.text_block(f"Item {number}: {title}", style="B", line_height=5.5)
        pdf.text_block(text, line_height=5.5, indent=5)
        pdf.ln(2)


def build_report(
    header: ReportHeader,
    incident: Incident,
    rows: Sequence[ReportRow],
    thumbnail: Callable[[ReportRow], bytes | None],
    progress: Callable[[], None] | None = None,
) -> bytearray:
    """The whole report as PDF bytes.

    ``thumbnail(row)`` returns a small JPEG for the row (see :func:`thumbnail_jpeg`)
    or ``None``; it is called once per row, in order, and ``progress()`` after
    each, so the caller can fetch one decrypted picture at a time and report
    progress or stop.
    """
    pdf = PdfDocument(
        f"{APP_NAME} evidence report, made {header.exported_utc}",
        _typed_text(header, incident, rows),
        f"{CODE_POINT_NOTE} manifest.json has the exact text.",
    )
    _front(pdf, header, incident)

    # Landscape leaves room for a whole file name and a SHA-256 in two readable lines.
    pdf.add_page(orientation="L")
    _section(pdf, f"Saved pictures ({len(rows)})")
    pdf.text_block(
        "Oldest first. The number matches the start of the file name in the evidence folder.",
        line_height=5,
    )
    pdf.ln(1)
    cut: list[tuple[int, str, str]] = []  # (item number, column, whole text)
    if not rows:
        pdf.text_block("No pictures are in this pack.")
    else:
        pdf.set_font(FONT, "", 8)
        table = LineTable(
            pdf,
            [Column(w, "C" if n < 2 else "L") for n, w in enumerate(_COLUMNS)],
            _COLUMN_TITLES,
            font=FONT,
            size=8,
            line_height=_LINE,
            padding=_PADDING,
            heading_fill=_HEADING_FILL,
        )
        picture_mm = (_COLUMNS[1] - 2 * _PADDING) * CANVAS_PX[1] / CANVAS_PX[0]
        for entry in rows:
            jpeg = thumbnail(entry)
            picture: str | Picture = (
                "(picture could not be shown)" if jpeg is None else Picture(jpeg, picture_mm)
            )
            shown: list[str] = []
            for column, text in enumerate(_row_texts(entry), start=2):
                cell, was_cut = _in_cell(table, text, _COLUMNS[column])
                shown.append(cell)
                if was_cut:
                    cut.append((entry.number, _COLUMN_TITLES[column], text))
            table.row((str(entry.number), picture, *shown))
            if progress is not None:
                progress()
    if cut:
        _in_full(pdf, cut)
    return pdf.output()  # a bytearray: no second copy of a report that can be megabytes


def format_local(moment: datetime, zone: str) -> str:
    """``2026-11-26 05:53:57 Pacific/Auckland (UTC+13:00)`` for a local, aware time."""
    offset = moment.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}" if offset else "+00:00"
    place = f"{zone} " if zone else ""
    return f"{moment:%Y-%m-%d %H:%M:%S} {place}(UTC{offset})"
