"""The page every SafeHelper PDF is printed on: the police report and the guides.

One place sets A4, the margins, the embedded DejaVu fonts, a running title from
page 2 on and "Page X of Y" at the foot, so a printed guide and a printed
report look like they come from the same app.

No character is ever silently left out. DejaVu Sans draws Latin, Greek,
Cyrillic and many symbols and emoji, but no Chinese, Japanese or Korean
(a font that does is 10 to 20 MB, too much for the download). Every character
the font cannot draw, and every invisible one (a zero-width space, a
right-to-left override), is written as its Unicode code point instead:
"@狼_wolf" prints as "@[U+72FC]_wolf", and a footnote on every page says what
the brackets mean. What a font draws is read from the font file itself.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Literal, NamedTuple

from fontTools.ttLib import TTFont
from fpdf import FPDF

from safehelper import APP_NAME
from safehelper.paths import atomic_write
from safehelper.resources import resource_path

FONT = "DejaVu"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
GREY = (90, 90, 90)
CODE_POINT_NOTE = (
    "[U+...] is the Unicode code point of a character this font cannot draw, "
    "or of an invisible one."
)

# Never drawn as themselves even where a font has a glyph: controls, format characters
# (zero-width and direction marks), private use, unassigned code points and surrogates,
# and line and paragraph separators. "\n" is kept apart: it is a line break.
_WRITTEN_OUT = frozenset({"Cc", "Cf", "Co", "Cn", "Cs", "Zl", "Zp"})


class Coverage(NamedTuple):
    """What one font draws, by code point, read from the font file."""

    drawn: frozenset[int]  # a visible glyph, or a space
    marks: frozenset[int]  # drawn on the character before them (no width of their own)


@cache
def coverage(font_file: str) -> Coverage:
    """What a shipped font draws, from its character map, outlines and advance widths.

    A character counts when the font names a glyph with an outline for it (a
    glyph with no outline takes no room in the font's ``loca`` table); spaces
    have no outline and count as they are. A glyph with no width counts only
    for a combining mark, which sits on the character before it. Cached: the
    fonts never change while the app runs.
    """
    font = TTFont(resource_path("fonts", font_file), lazy=True)
    offsets, metrics, glyph_ids = font["loca"], font["hmtx"], font.getReverseGlyphMap()
    drawn = {ord("\n")}
    marks = set()
    for point, glyph in font.getBestCmap().items():
        category = unicodedata.category(chr(point))
        if category in _WRITTEN_OUT:
            continue
        glyph_id = glyph_ids[glyph]
        if category != "Zs" and offsets[glyph_id] == offsets[glyph_id + 1]:
            continue
        if metrics[glyph][0] == 0:
            if category not in ("Mn", "Me"):
                continue
            marks.add(point)
        drawn.add(point)
    return Coverage(frozenset(drawn), frozenset(marks))


def spelled_out(text: str, font: Coverage) -> str:
    """``text`` with each character ``font`` cannot draw written as its code point, in brackets.

    Neighbours share one bracket ("[U+C190 U+D765 U+BBFC]"). A combining mark
    with nothing to sit on (at the start of a line, or after a character in
    brackets) is spelled out too: drawn alone it has no width and fpdf2 would
    drop its line. Already spelled-out text comes back unchanged.
    """
    points = set(map(ord, text))
    if font.drawn.issuperset(points) and font.marks.isdisjoint(points):
        return text
    out: list[str] = []
    run: list[str] = []
    previous = "\n"
    for character in text:
        point = ord(character)
        bare = point in font.marks and (run or previous == "\n")
        if point in font.drawn and not bare:
            if run:
                out.append(f"[{' '.join(run)}]")
                run = []
            out.append(character)
        else:
            run.append(f"U+{point:04X}")
        previous = character
    if run:
        out.append(f"[{' '.join(run)}]")
    return "".join(out)


def needs_code_points(texts: Iterable[str]) -> bool:
    """True if any of ``texts`` has a character the regular or the bold font would spell out."""
    fonts = [coverage(file_name) for file_name in FONT_FILES.values()]
    return any(spelled_out(text, font) != text for text in texts for font in fonts)


class PdfDocument(FPDF):
    """A4 pages with embedded fonts, a running title and "Page X of Y" on each.

    ``content`` is every text the document will print that did not come from
    SafeHelper itself; if any of it (or the title) has characters the fonts
    cannot draw, every page carries ``footnote`` to explain the code points.
    """

    def __init__(
        self, title: str, content: Iterable[str] = (), footnote: str = CODE_POINT_NOTE
    ) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.document_title = title
        for style, file_name in FONT_FILES.items():
            self.add_font(FONT, style, str(resource_path("fonts", file_name)))
        self.shows_code_points = needs_code_points([title, *content])
        self.footnote = footnote
        self.set_margins(12, 14, 12)
        self.set_auto_page_break(auto=True, margin=16)
        self.set_title(title)
        self.set_creator(APP_NAME)
        self.set_author(APP_NAME)

    def header(self) -> None:
        """The title, small and grey, at the top of every page but the first."""
        if self.page_no() == 1:
            return
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.document_title, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def normalize_text(self, text: str) -> str:
        """Every text fpdf2 prints or measures passes here: spell out what the font lacks."""
        return spelled_out(super().normalize_text(text), coverage(FONT_FILES[self.font_style]))

    def footer(self) -> None:
        """ "Page X of Y", so a loose printed page can be put back in order.

        Above it, when the document has any, the note saying what "[U+...]" means.
        """
        if self.shows_code_points:
            self.set_y(-15)
            self.set_font(FONT, "", 7)
            self.set_text_color(*GREY)
            self.cell(0, 3.5, self.footnote, align="C")
        self.set_y(-11)
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    def text_block(
        self,
        text: str,
        size: float = 10,
        style: Literal["", "B"] = "",
        line_height: float = 5.5,
        grey: bool = False,
        indent: float = 0,
    ) -> None:
        """A paragraph that wraps at the margin and carries on over page breaks.

        Any length works: a word too long for a line (a link, a wallet address)
        is broken between characters, and every page break keeps ``indent``.
        """
        self.set_font(FONT, style, size)
        if grey:
            self.set_text_color(*GREY)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, line_height, text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)

    def keep_together(self, height: float) -> None:
        """Start a new page (of the same shape) unless ``height`` mm still fit on this one."""
        if self.will_page_break(height):
            self.add_page(same=True)


def save_pdf(data: bytes | bytearray, path: str | Path) -> Path:
    """Write a PDF at ``path`` (".pdf" added if missing); returns where it went.

    Written with ``atomic_write``: a full or read-only disk raises
    :class:`SafeHelperError` with a plain message and never leaves half a file.
    """
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    atomic_write(target, bytes(data))
    return target
