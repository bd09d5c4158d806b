"""The walkthrough's words, as data: loaded, checked, and shaped by a few answers.

Every piece of guidance (steps, questions, platform guides, take-down services,
the parents' guide, the "what they may claim" panel, ready-to-send messages)
lives in ``resources/guidance/*.json`` in one format, described by
``resources/schemas/guidance.schema.json``. Files are validated when loaded, so
a counsellor or translator who breaks one gets an error that names the file and
the field, not a crash in the middle of a child's crisis.

The answers a person gives (age, paid, shared, app) are kept in memory only: a
shared family computer must not remember that someone was being blackmailed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from safehelper import schema
from safehelper.errors import Phrase, SafeHelperError
from safehelper.resources import resource_path

FORMAT = "safehelper-guidance/1"
GUIDANCE_DIR = "guidance"
FILES = {
    "steps": "steps.json",
    "questions": "questions.json",
    "screens": "screens.json",
    "platforms": "platforms.json",
    "services": "services.json",
    "parents": "parents.json",
    "claims": "claims.json",
    "messages": "messages.json",
}
AGES = ("under18", "adult")
YES_NO = ("yes", "no")
OTHER_PLATFORM = "other"
# ISO says GB; people (and some locales) say UK.
COUNTRY_ALIASES = {"UK": "GB"}

Condition = Mapping[str, tuple[str, ...]]


@dataclass
class Answers:
    """What the person told us. ``None`` means skipped; never written to disk."""

    age: str | None = None
    paid: str | None = None
    shared: str | None = None
    platform: str | None = None

    def get(self, question: str) -> str | None:
        """The answer to one question by its id (``age``, ``paid``...)."""
        value = getattr(self, question, None)
        return value if isinstance(value, str) else None

    def set(self, question: str, value: str | None) -> None:
        """Record (or, with ``None``, forget) the answer to one question."""
        if question not in ("age", "paid", "shared", "platform"):
            raise SafeHelperError("guidance.no_such_question", id=repr(question))
        setattr(self, question, value)


@dataclass(frozen=True)
class Block:
    """One paragraph or checklist line, shown only when its condition matches."""

    text: str
    when: Condition = field(default_factory=dict)


@dataclass(frozen=True)
class Option:
    """One answer a question offers."""

    value: str
    label: str


@dataclass(frozen=True)
class Entry:
    """One item of any guidance file; fields a kind does not use stay empty."""

    kind: str
    id: str
    title: str
    sources: tuple[str, ...]
    checked: str
    heading: str = ""
    when: Condition = field(default_factory=dict)
    paragraphs: tuple[Block, ...] = ()
    checklist: tuple[Block, ...] = ()
    after: tuple[Block, ...] = ()
    options: tuple[Option, ...] = ()
    action: str = ""
    action_label: str = ""
    url: str = ""
    url_kind: str = ""
    text: str = ""


@dataclass(frozen=True)
class Guidance:
    """Everything in ``resources/guidance``, checked and in file order."""

    titles: Mapping[str, str]
    steps: tuple[Entry, ...]
    questions: tuple[Entry, ...]
    screens: tuple[Entry, ...]
    platforms: tuple[Entry, ...]
    services: tuple[Entry, ...]
    parents: tuple[Entry, ...]
    claims: tuple[Entry, ...]
    messages: tuple[Entry, ...]

    def screen(self, screen_id: str) -> Entry:
        """The start or end screen by id."""
        return _find(self.screens, screen_id)

    def message(self, message_id: str) -> Entry:
        """A ready-to-send message by id."""
        return _find(self.messages, message_id)


@dataclass(frozen=True)
class ShapedStep:
    """A step with only the lines that fit the person's answers."""

    number: int
    entry: Entry
    paragraphs: tuple[str, ...]
    checklist: tuple[str, ...]
    after: tuple[str, ...]

    def text(self) -> str:
        """Everything the step says, as plain sentences (for reading-level checks)."""
        return " ".join((self.entry.heading, *self.paragraphs, *self.checklist, *self.after))


def _find(entries: Iterable[Entry], entry_id: str) -> Entry:
    for entry in entries:
        if entry.id == entry_id:
            return entry
    raise SafeHelperError("guidance.no_such_entry", id=repr(entry_id))


def validate_document(data: Any, file_name: str) -> None:
    """Check one guidance document against the schema and the rules it cannot express.

    Raises :class:`SafeHelperError` naming the file and the field, because the
    person who broke it is editing words, not code.
    """
    schema.validate(data, "guidance", file_name)
    seen: set[str] = set()
    for index, item in enumerate(data["items"]):
        if item["id"] in seen:
            raise schema.problem(
                data, "guidance", file_name, ["items", index, "id"], Phrase("schema.id_twice")
            )
        seen.add(item["id"])


def _condition(raw: Mapping[str, Sequence[str]] | None) -> Condition:
    return {key: tuple(values) for key, values in (raw or {}).items()}


def _blocks(raw: Sequence[Any] | None) -> tuple[Block, ...]:
    blocks = []
    for item in raw or ():
        if isinstance(item, str):
            blocks.append(Block(item))
        else:
            blocks.append(Block(item["text"], _condition(item["when"])))
    return tuple(blocks)


def _entry(kind: str, raw: Mapping[str, Any]) -> Entry:
    return Entry(
        kind=kind,
        id=raw["id"],
        title=raw["title"],
        sources=tuple(raw["sources"]),
        checked=raw["checked"],
        heading=raw.get("heading", ""),
        when=_condition(raw.get("when")),
        paragraphs=_blocks(raw.get("paragraphs")),
        checklist=_blocks(raw.get("checklist")),
        after=_blocks(raw.get("after")),
        options=tuple(Option(o["value"], o["label"]) for o in raw.get("options", ())),
        action=raw.get("action", ""),
        action_label=raw.get("action_label", ""),
        url=raw.get("url", ""),
        url_kind=raw.get("url_kind", ""),
        text=raw.get("text", ""),
    )


def load_file(path: Path, expected_kind: str | None = None) -> tuple[str, tuple[Entry, ...]]:
    """Read, validate and parse one guidance file; returns its title and entries."""
    data = schema.load_validated(path, "guidance")
    validate_document(data, path.name)
    if expected_kind is not None and data["kind"] != expected_kind:
        raise schema.problem(
            data,
            "guidance",
            path.name,
            ["kind"],
            Phrase("schema.wrong_kind", expected=expected_kind, found=data["kind"]),
        )
    return data.get("title", ""), tuple(_entry(data["kind"], item) for item in data["items"])


def load_from(folder: Path) -> Guidance:
    """Load every guidance file from ``folder`` (the installed one, or a test copy)."""
    titles: dict[str, str] = {}
    parts: dict[str, tuple[Entry, ...]] = {}
    for kind, file_name in FILES.items():
        titles[kind], parts[kind] = load_file(folder / file_name, kind)
    guidance = Guidance(titles=titles, **parts)
    _check_cross_references(guidance)
    return guidance


def _check_cross_references(guidance: Guidance) -> None:
    platform_ids = {p.id for p in guidance.platforms}
    if OTHER_PLATFORM not in platform_ids:
        raise schema.problem(
            {},
            "guidance",
            FILES["platforms"],
            ["items"],
            Phrase("schema.platform_required", id=repr(OTHER_PLATFORM)),
        )
    for kind in ("steps", "services", "parents", "screens"):
        entries: tuple[Entry, ...] = getattr(guidance, kind)
        for index, entry in enumerate(entries):
            for block in (*entry.paragraphs, *entry.checklist, *entry.after):
                unknown = set(block.when.get("platform", ())) - platform_ids
                if unknown:
                    raise schema.problem(
                        {"items": [{"id": e.id} for e in entries]},
                        "guidance",
                        FILES[kind],
                        ["items", index],
                        Phrase("schema.unknown_platform", id=repr(sorted(unknown)[0])),
                    )


@cache
def load_guidance() -> Guidance:
    """The guidance that ships with SafeHelper, validated once per run."""
    return load_from(resource_path(GUIDANCE_DIR))


def normalise_country(country: str | None) -> str:
    """An upper-case ISO code (``uk`` becomes ``GB``), or ``""`` for unknown."""
    code = (country or "").strip().upper()
    return COUNTRY_ALIASES.get(code, code)


def matches(when: Condition, answers: Answers, country: str | None = None) -> bool:
    """Whether a condition fits the answers.

    A skipped question matches everything: when we do not know, showing the
    extra line ("If you already paid...") is safer than hiding help.
    """
    for key, allowed in when.items():
        if key == "country":
            code = normalise_country(country)
            if code and code not in allowed:
                return False
            continue
        value = answers.get(key)
        if value is not None and value not in allowed:
            return False
    return True


def shape_blocks(blocks: Iterable[Block], answers: Answers, country: str | None) -> tuple[str, ...]:
    """The texts of the blocks whose condition fits the answers, in order."""
    return tuple(b.text for b in blocks if matches(b.when, answers, country))


def steps_for(answers: Answers, country: str | None = None) -> list[ShapedStep]:
    """The steps for this person, in order, with lines that do not apply left out."""
    guidance = load_guidance()
    shaped: list[ShapedStep] = []
    for entry in guidance.steps:
        if not matches(entry.when, answers, country):
            continue
        shaped.append(
            ShapedStep(
                number=len(shaped) + 1,
                entry=entry,
                paragraphs=shape_blocks(entry.paragraphs, answers, country),
                checklist=shape_blocks(entry.checklist, answers, country),
                after=shape_blocks(entry.after, answers, country),
            )
        )
    return shaped


def takedown_services(answers: Answers, country: str | None = None) -> list[Entry]:
    """The take-down services that fit age and country, most specific first.

    Under 18: Take It Down anywhere, plus Report Remove in the UK (listed
    first there, but Take It Down is still offered). 18 or older: StopNCII.
    Age skipped: all that fit the country, so nobody is left without one.
    """
    services = [s for s in load_guidance().services if matches(s.when, answers, country)]
    # A service limited to a country is the more specific help; show it first.
    ordered = sorted(services, key=lambda s: 0 if "country" in s.when else 1)
    # With the age skipped, Take It Down fits twice (under 18, and adults whose
    # pictures are from before 18): one button per website is enough.
    seen: set[str] = set()
    unique = []
    for service in ordered:
        if service.url not in seen:
            seen.add(service.url)
            unique.append(service)
    return unique


def platforms() -> tuple[Entry, ...]:
    """Every platform guide, in the order the file lists them ("other" included)."""
    return load_guidance().platforms


def platform_guide(platform_id: str | None) -> Entry:
    """The guide for an app; unknown or skipped gives the general "other" guide."""
    for entry in load_guidance().platforms:
        if entry.id == platform_id:
            return entry
    return _find(load_guidance().platforms, OTHER_PLATFORM)


def emergency_number(country: str | None) -> str:
    """The emergency number for a country SafeHelper knows, or a plain fallback."""
    # The country list loads here: `safehelper --help` and the first window do not need it.
    from safehelper.region import countries

    known = countries().get(normalise_country(country))
    return known.emergency if known else "your local emergency number"


def with_emergency(text: str, country: str | None) -> str:
    """``text`` with ``{emergency}`` replaced by the country's emergency number."""
    return text.replace("{emergency}", emergency_number(country))


def start_paragraphs(country: str | None) -> tuple[str, ...]:
    """The first screen's lines, with the right emergency number filled in."""
    start = load_guidance().screen("start")
    return tuple(with_emergency(b.text, country) for b in start.paragraphs)
