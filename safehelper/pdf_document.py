"""The page every SafeHelper PDF is printed on: the police report and the guides.

One place sets A4, the margins, the embedded DejaVu fonts (so any script a name
or a sentence is written in prints the same everywhere), a running title from
page 2 on and "Page X of Y" at the foot, so a printed guide and a printed
report look like they come from the same app.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from fpdf import FPDF

from safehelper import APP_NAME
from safehelper.paths import atomic_write
from safehelper.resources import resource_path

FONT = "DejaVu"
GREY = (90, 90, 90)


class PdfDocument(FPDF):
    """A4 pages with embedded fonts, a running title and "Page X of Y" on each."""

    def __init__(self, title: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.document_title = title
        self.add_font(FONT, "", str(resource_path("fonts", "DejaVuSans.ttf")))
        self.add_font(FONT, "B", str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
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

    def footer(self) -> None:
        """ "Page X of Y", so a loose printed page can be put back in order."""
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
    ) -> None:
        """A paragraph that wraps at the margin and carries on over a page break."""
        self.set_font(FONT, style, size)
        if grey:
            self.set_text_color(*GREY)
        self.multi_cell(0, line_height, text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)


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
