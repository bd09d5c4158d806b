"""``safehelper guide``: the walkthrough as plain text.

For a screen reader, a printer, or a school counsellor who wants to read the
steps before sitting down with a student. Nothing is asked and nothing is saved.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from safehelper import guidance
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
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the walkthrough (or the parents' guide) to standard output."""
    if args.parents:
        sys.stdout.write(guidance.render_parents_guide())
        return 0
    country = guidance.normalise_country(args.country)
    if args.country and (len(country) != 2 or not country.isalpha()):
        raise SafeHelperError(f"{args.country!r} is not a two-letter country code, like NZ or GB.")
    platform = args.platform.lower() if args.platform else None
    known = {p.id for p in guidance.platforms()}
    if platform and platform not in known:
        raise SafeHelperError(
            f"SafeHelper has no guide for {args.platform!r}. "
            f"Choose one of: {', '.join(sorted(known))}."
        )
    answers = guidance.Answers(age=args.age, paid=args.paid, shared=args.shared, platform=platform)
    sys.stdout.write(guidance.render_walkthrough(answers, country or None))
    return 0
