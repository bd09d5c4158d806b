"""The walkthrough and the parents' guide as PDF files, for printing or handing over.

The PDF is made from exactly the plain text ``safehelper guide`` prints (with
wrapping left to the page), so the app's "Save as PDF" and the command line give
the same document. Lines in capitals and "STEP n OF m" lines print as headings,
"- " lines as bullets with a hanging indent, and long paragraphs wrap and carry
on over page breaks.
"""

from __future__ import annotations

from safehelper import guidance, guidance_text
from safehelper.guidance import Answers
from safehelper.pdf_document import FONT, PdfDocument

_INDENT_MM = 3.0  # per leading space in the text
_BULLET = "- "


def _is_heading(line: str) -> bool:
    return line.startswith("STEP ") or (line == line.upper() and line != line.lower())


def _body_line(pdf: PdfDocument, line: str) -> None:
    """One line of the text: indented as in the text, a bullet hanging from its dash."""
    body = line.lstrip(" ")
    indent = (len(line) - len(body)) * _INDENT_MM
    pdf.set_font(FONT, "", 11)
    if body.startswith(_BULLET):
        body = body[len(_BULLET) :]
        pdf.set_x(pdf.l_margin + indent)
        dash = pdf.get_string_width(_BULLET)
        pdf.cell(dash, 6, _BULLET)
        indent += dash
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(0, 6, body, new_x="LMARGIN", new_y="NEXT", align="L")


def text_pdf(text: str, title: str) -> bytearray:
    """A guide's plain text (as ``render_*(width=0)`` makes it) as PDF bytes.

    A character the fonts cannot draw (in a translation, say) prints as its
    code point, with the footnote saying so on every page.
    """
    pdf = PdfDocument(title, [text])
    pdf.add_page()
    lines = text.rstrip("\n").split("\n")
    first, rest = lines[0], lines[1:]
    pdf.text_block(first, size=18, style="B", line_height=9)
    for line in rest:
        if not line.strip():
            pdf.ln(3)
        elif _is_heading(line):
            pdf.text_block(line, size=12, style="B", line_height=7)
        else:
            _body_line(pdf, line)
    return pdf.output()


def walkthrough_pdf(answers: Answers, country: str | None = None) -> bytearray:
    """The steps, shaped by the answers given, as PDF bytes."""
    text = guidance_text.render_walkthrough(answers, country, width=0)
    return text_pdf(text, guidance.load_guidance().titles["steps"])


def parents_guide_pdf() -> bytearray:
    """The guide for parents and carers as PDF bytes."""
    text = guidance_text.render_parents_guide(width=0)
    return text_pdf(text, guidance.load_guidance().titles["parents"])
