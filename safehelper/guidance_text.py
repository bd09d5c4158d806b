"""The walkthrough and the parents' guide as plain text.

What the command line prints, a screen reader or a counsellor reads, and
:mod:`safehelper.guide_pdf` lays out. Kept apart from :mod:`safehelper.guidance`
(the words as data, and how answers shape them) because it only arranges the
shaped words into lines.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING

from safehelper.errors import SafeHelperError
from safehelper.guidance import (
    Answers,
    Entry,
    Guidance,
    load_guidance,
    normalise_country,
    platform_guide,
    shape_blocks,
    start_paragraphs,
    steps_for,
    takedown_services,
)

# The helpline directory and the country list load where they are used:
# `safehelper --help` and the first window do not need them.
if TYPE_CHECKING:
    from safehelper import helplines

WRAP = 78


def _line(text: str, indent: str = "", first: str | None = None) -> str:
    return (indent if first is None else first) + text


def _finish(lines: Iterable[str], width: int) -> str:
    """Join lines, wrapping each to ``width`` (0: leave long lines for a PDF to wrap)."""
    out = []
    for line in lines:
        body = line.lstrip(" ")
        lead = line[: len(line) - len(body)]
        if not width or not body:
            out.append(line)
            continue
        bullet = "- " if body.startswith("- ") else ""
        out.append(
            textwrap.fill(
                body[len(bullet) :],
                width=width,
                initial_indent=lead + bullet,
                subsequent_indent=lead + " " * len(bullet),
                break_on_hyphens=False,
                break_long_words=False,
            )
        )
    return "\n".join(out) + "\n"


def _entry_lines(entry: Entry, answers: Answers, country: str | None, indent: str) -> list[str]:
    lines = [_line(p, indent) for p in shape_blocks(entry.paragraphs, answers, country)]
    checklist = shape_blocks(entry.checklist, answers, country)
    lines += [_line(c, indent + "  ", indent + "- ") for c in checklist]
    lines += [_line(a, indent) for a in shape_blocks(entry.after, answers, country)]
    return lines


def render_walkthrough(answers: Answers, country: str | None = None, width: int = WRAP) -> str:
    """The whole walkthrough as plain text: for a screen reader, a printer or a counsellor.

    ``width`` wraps lines for a terminal; 0 leaves wrapping to a PDF renderer.
    """
    guidance = load_guidance()
    start = guidance.screen("start")
    out = [guidance.titles["steps"].upper(), "", _line(start.heading)]
    out += [_line(p) for p in start_paragraphs(country)[:1]]
    out += [_line(c, "  ", "- ") for c in shape_blocks(start.checklist, answers, country)]
    steps = steps_for(answers, country)
    for step in steps:
        out += ["", f"STEP {step.number} OF {len(steps)}: {step.entry.heading}"]
        out += _entry_lines(step.entry, answers, country, "  ")
        out += _step_extra(step.entry, answers, country)
    out += ["", guidance.titles["claims"].upper()]
    out += [_line(c.text, "  ", "- ") for c in guidance.claims]
    end = guidance.screen("end")
    out += ["", end.heading.upper()]
    out += [_line(p) for p in shape_blocks(end.paragraphs, answers, country)]
    out += ["", "Where this advice comes from (checked " + _latest_check(guidance) + "):"]
    out += [f"  {url}" for url in _all_sources(guidance)]
    return _finish(out, width)


def _step_extra(entry: Entry, answers: Answers, country: str | None) -> list[str]:
    guidance = load_guidance()
    lines: list[str] = []
    if entry.action == "platform_guide":
        chosen = (
            [platform_guide(answers.platform)] if answers.platform else list(guidance.platforms)
        )
        for guide in chosen:
            lines += ["", f"  {guide.title}:"]
            lines += _entry_lines(guide, answers, country, "    ")
            if guide.url:
                lines.append(f"    {_url_label(guide)}: {guide.url}")
    elif entry.action == "takedown":
        for service in takedown_services(answers, country):
            lines += ["", f"  {service.title}: {service.url}"]
            lines += _entry_lines(service, answers, country, "    ")
    elif entry.action == "messages":
        for message in guidance.messages:
            lines += ["", f"  {message.title}:", _line(f'"{message.text}"', "    ")]
    elif entry.action == "help":
        lines += _police_lines(country)
    return lines


def _channel_text(channel: helplines.Channel) -> str:
    if channel.type == "text" and channel.keyword:
        return f"text {channel.keyword} to {channel.value}"
    return f"{channel.type} {channel.value}"


def _police_lines(country: str | None) -> list[str]:
    """Who to report to, from the helpline directory, so printed steps stand alone."""
    from safehelper.helplines import load_directory
    from safehelper.region import countries

    code = normalise_country(country)
    if not code:
        return []
    try:
        directory = load_directory()
    except SafeHelperError:
        return []
    route = directory.police_route(code)
    if route is None:
        return []
    name = countries()[code].name if code in countries() else code
    lines = ["", f"  Who to contact in {name}:", _line(route.text, "    ")]
    for service_id in route.service_ids:
        try:
            service = directory.service(service_id)
        except KeyError:
            continue
        ways = "; ".join(_channel_text(c) for c in service.channels)
        lines.append(_line(f"{service.name}: {ways}", "    ", "    - "))
    return lines


def _url_label(entry: Entry) -> str:
    return "Report page" if entry.url_kind == "report_page" else "Help page"


def _latest_check(guidance: Guidance) -> str:
    entries = [e for part in _all_parts(guidance) for e in part]
    return max(e.checked for e in entries)


def _all_parts(guidance: Guidance) -> tuple[tuple[Entry, ...], ...]:
    return (
        guidance.screens,
        guidance.steps,
        guidance.services,
        guidance.claims,
        guidance.messages,
        guidance.platforms,
    )


def _all_sources(guidance: Guidance) -> list[str]:
    seen: dict[str, None] = {}
    for part in _all_parts(guidance):
        for entry in part:
            for url in entry.sources:
                seen.setdefault(url, None)
    return list(seen)


def render_parents_guide(width: int = WRAP) -> str:
    """The parents' guide as plain text (also the text of its PDF); ``width`` as above."""
    guidance = load_guidance()
    out = [guidance.titles["parents"].upper()]
    for section in guidance.parents:
        out += ["", section.title.upper()]
        if section.heading:
            out.append(_line(section.heading))
        out += _entry_lines(section, Answers(), None, "")
    sources: dict[str, None] = {}
    for section in guidance.parents:
        for url in section.sources:
            sources.setdefault(url, None)
    checked = max(s.checked for s in guidance.parents)
    out += ["", f"Where this advice comes from (checked {checked}):"]
    out += [f"  {url}" for url in sources]
    return _finish(out, width)
