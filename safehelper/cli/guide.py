"""``safehelper guide``: the walkthrough as plain text, or as a PDF file.

For a screen reader, a printer, or a school counsellor who wants to read the
steps before sitting down with a student. Nothing is asked, and nothing is
saved unless ``--pdf FILE`` names where (the same PDF the app's "Save as PDF"
makes).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from safehelper import guidance, guidance_text
from safehelper.errors import SafeHelperError


def register(subparsers: Any) -> None:
    """Add ``guide`` with the choices that shape the steps."""
    parser = subparsers.add_parser(
        "guide",
        help="print what to do, step by step, as plain text",
        description=(
            "Print the 'Someone is threatening me' walkthrough as plain text. "
            "Options shape the steps the way the app's questions do."
        ),
    )
    parser.add_argument("--age", choices=guidance.AGES, help="under18 or adult")
    parser.add_argument("--paid", choices=guidance.YES_NO, help="have they been paid anything")
    parser.add_argument("--shared", choices=guidance.YES_NO, help="have they shared anything")
    parser.add_argument(
        "--platform",
        metavar="APP",
        help="the app they used (for example: instagram, snapchat, other)",
    )
    parser.add_argument(
        "--country", metavar="CC", help="two-letter country code, for example NZ, AU, GB, US"
    )
    parser.add_argument(
        "--parents", action="store_true", help="print the guide for parents and carers instead"
    )
    parser.add_argument(
        "--pdf",
        metavar="FILE",
        help="save it as a PDF file instead of printing it (as the app's Save as PDF does)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the walkthrough (or the parents' guide), or save it as a PDF with ``--pdf``."""
    if args.parents:
        if args.pdf:
            from safehelper import guide_pdf  # fpdf2: only when a PDF is asked for

            return _saved(guide_pdf.parents_guide_pdf(), args.pdf)
        sys.stdout.write(guidance_text.render_parents_guide())
        return 0
    country = guidance.normalise_country(args.country)
    if args.country and (len(country) != 2 or not country.isalpha()):
        raise SafeHelperError("guide.bad_country", country=repr(args.country))
    platform = args.platform.lower() if args.platform else None
    known = {p.id for p in guidance.platforms()}
    if platform and platform not in known:
        raise SafeHelperError(
            "guide.unknown_platform", platform=repr(args.platform), known=", ".join(sorted(known))
        )
    answers = guidance.Answers(age=args.age, paid=args.paid, shared=args.shared, platform=platform)
    if args.pdf:
        from safehelper import guide_pdf

        return _saved(guide_pdf.walkthrough_pdf(answers, country or None), args.pdf)
    sys.stdout.write(guidance_text.render_walkthrough(answers, country or None))
    return 0


def _saved(data: bytearray, path: str) -> int:
    """Write the PDF and say where, so a script or a person can find it."""
    from safehelper.pdf_document import save_pdf

    print(f"Saved {save_pdf(data, path)}")
    return 0
