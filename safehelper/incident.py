"""What happened, in the teen's own words: the incident details kept beside the evidence.

Police, schools and helplines ask the same questions: which app, who (their
usernames and profile links), since when, what they demanded and how they
wanted to be paid, whether anything was paid or shared. Every field is
optional, because a frightened person may remember only some of it.

The details are sensitive (names, links, money), so they are never written in
the clear: :func:`save` stores them as one encrypted document named
``"incident"`` in the locker, and each save is a new record in the locker's
hash chain, so earlier versions stay provable. :func:`summary` turns them into
short plain text for a police or hotline web form.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from typing import Any, Protocol

from safehelper.errors import SafeHelperError
from safehelper.resources import read_json

DOCUMENT_NAME = "incident"
FORMAT = "safehelper-incident/1"

# Answers to yes/no questions. "" is "not answered", which is different from "no".
YES = "yes"
NO = "no"
NOT_SURE = "not_sure"
ANSWERS = ("", YES, NO, NOT_SURE)

# How they wanted to be paid. The keys are stored; the words are shown.
PAYMENT_METHODS = {
    "bank_transfer": "Bank transfer",
    "gift_cards": "Gift cards",
    "crypto": "Cryptocurrency",
    "payment_app": "Payment app",
    "other": "Something else",
}

# One incident is a few kilobytes; this stops a paste of a whole book before encryption.
MAX_TEXT_CHARS = 20_000
MAX_LIST_ENTRIES = 50

# The last summary question; the PDF report prints its answer as a paragraph of its own.
OWN_WORDS = "What happened, in my own words"


class DocumentStore(Protocol):
    """The part of :class:`safehelper.locker.Locker` the incident needs."""

    def put_document(self, name: str, data: bytes) -> None:
        """Save encrypted named data (newest wins)."""
        ...

    def get_document(self, name: str) -> bytes | None:
        """The newest data saved under ``name``."""
        ...


@dataclass
class Incident:
    """Everything a user can tell about what happened. Every field may be left empty.

    Lists hold one entry per app, username, link or address. Money amounts are
    kept as the text typed ("50", "about 200"), never parsed, so nothing the
    teen wrote is changed or rounded. ``updated_at`` is set by :func:`save`.
    """

    apps: list[str] = field(default_factory=list)
    usernames: list[str] = field(default_factory=list)
    profile_links: list[str] = field(default_factory=list)
    other_accounts: list[str] = field(default_factory=list)
    contact_started: str = ""
    demanded_money: str = ""
    money_amount: str = ""
    currency: str = ""
    payment_methods: list[str] = field(default_factory=list)
    bank_details: str = ""
    gift_card_details: str = ""
    crypto_wallets: list[str] = field(default_factory=list)
    payment_app_handles: list[str] = field(default_factory=list)
    demanded_images: str = ""
    other_demands: str = ""
    paid: str = ""
    amount_paid: str = ""
    paid_how: str = ""
    shared: str = ""
    shared_where: str = ""
    account: str = ""
    updated_at: str = ""

    def is_empty(self) -> bool:
        """True when nothing has been filled in (``updated_at`` does not count)."""
        return all(not value for name, value in asdict(self).items() if name != "updated_at")

    def to_dict(self) -> dict[str, Any]:
        """The details as plain JSON-ready data (used in the export manifest too)."""
        return {"format": FORMAT, **asdict(self)}

    def to_json(self) -> bytes:
        """UTF-8 JSON bytes: what is encrypted into the locker."""
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_dict(cls, data: Any) -> Incident:
        """Rebuild details from stored data, keeping what fits and ignoring unknown keys.

        A later version may add fields; an older app then keeps the ones it
        knows rather than refusing to open the teen's account of events.
        """
        if not isinstance(data, dict):
            raise SafeHelperError("incident.damaged")
        values: dict[str, Any] = {}
        blank = cls()
        for spec in fields(cls):
            raw = data.get(spec.name)
            if raw is None:
                continue
            if isinstance(getattr(blank, spec.name), list):
                values[spec.name] = _clean_list(raw if isinstance(raw, list) else [raw])
            else:
                values[spec.name] = _clean_text(raw)
        incident = cls(**values)
        incident.normalise()
        return incident

    @classmethod
    def from_json(cls, data: bytes) -> Incident:
        """Parse bytes written by :meth:`to_json`; a plain error if they are not readable."""
        try:
            parsed = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise SafeHelperError("incident.damaged") from exc
        return cls.from_dict(parsed)

    def normalise(self) -> None:
        """Trim text, drop empty list entries and unknown choices, cap sizes.

        Called before saving, so what is stored (and exported) is tidy whatever
        the form or a script handed in.
        """
        for spec in fields(self):
            value = getattr(self, spec.name)
            if isinstance(value, list):
                setattr(self, spec.name, _clean_list(value))
            else:
                setattr(self, spec.name, _clean_text(value))
        for name in ("demanded_money", "demanded_images", "paid", "shared"):
            if getattr(self, name) not in ANSWERS:
                setattr(self, name, "")
        self.payment_methods = [m for m in self.payment_methods if m in PAYMENT_METHODS]


def _clean_text(value: Any) -> str:
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    return text[:MAX_TEXT_CHARS]


def _clean_list(values: Iterable[Any]) -> list[str]:
    seen: list[str] = []
    for value in values:
        text = _clean_text(value)
        if text and text not in seen:
            seen.append(text)
    return seen[:MAX_LIST_ENTRIES]


def load(store: DocumentStore) -> Incident:
    """The newest saved details, or empty ones if none were saved. Needs the locker unlocked."""
    data = store.get_document(DOCUMENT_NAME)
    if data is None:
        return Incident()
    return Incident.from_json(data)


def save(store: DocumentStore, incident: Incident, *, now: datetime | None = None) -> Incident:
    """Encrypt and save the details as a new record in the locker's chain; returns what was saved.

    Nothing is written when the details are unchanged, so pressing Save twice
    does not grow the chain.
    """
    incident.normalise()
    current = store.get_document(DOCUMENT_NAME)
    if current is not None:
        previous = Incident.from_json(current)
        previous.updated_at = incident.updated_at
        if previous == incident:
            return incident
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    incident.updated_at = moment.isoformat(timespec="seconds").replace("+00:00", "Z")
    store.put_document(DOCUMENT_NAME, incident.to_json())
    return incident


def _answer(value: str) -> str:
    return {YES: "Yes", NO: "No", NOT_SURE: "Not sure"}.get(value, "")


def _joined(values: list[str]) -> str:
    return ", ".join(values)


def summary_lines(incident: Incident) -> list[tuple[str, str]]:
    """(question, answer) pairs for every answered field, in the order police forms ask.

    Shared by the plain-text summary and the PDF report, so both say the same.
    """
    money = " ".join(p for p in (incident.money_amount, incident.currency) if p)
    if money and incident.demanded_money in ("", YES):
        money_row = ("Money they asked for", money)
    else:
        money_row = ("Did they ask for money?", _answer(incident.demanded_money))
    if incident.amount_paid and incident.paid in ("", YES):
        paid_row = ("Amount paid", incident.amount_paid)
    else:
        paid_row = ("Was anything paid?", _answer(incident.paid))
    methods = [PAYMENT_METHODS[m] for m in incident.payment_methods]
    rows = [
        ("Apps or websites", _joined(incident.apps)),
        ("Their usernames", _joined(incident.usernames)),
        ("Links to their profiles", _joined(incident.profile_links)),
        ("Other accounts, numbers or emails they used", _joined(incident.other_accounts)),
        ("When contact started", incident.contact_started),
        money_row,
        ("How they wanted to be paid", _joined(methods)),
        ("Bank account details they gave", incident.bank_details),
        ("Gift cards they asked for", incident.gift_card_details),
        ("Crypto wallet addresses", _joined(incident.crypto_wallets)),
        ("Payment app names or handles", _joined(incident.payment_app_handles)),
        ("Did they ask for more pictures or videos?", _answer(incident.demanded_images)),
        ("Other demands", incident.other_demands),
        paid_row,
        ("How it was paid", incident.paid_how),
        ("Has anything been shared?", _answer(incident.shared)),
        ("Where it was shared", incident.shared_where),
        (OWN_WORDS, incident.account),
    ]
    return [(question, answer) for question, answer in rows if answer]


def summary(incident: Incident) -> str:
    """Short plain text for "Copy a summary of what happened" (police and hotline forms).

    Only answered questions appear; an empty incident gives a sentence saying so,
    never an empty clipboard.
    """
    lines = summary_lines(incident)
    if not lines:
        return "What happened: no details have been written down yet.\n"
    out = ["What happened"]
    for question, answer in lines:
        if "\n" in answer:
            out.append(f"{question}:")
            out.extend(f"  {line}" for line in answer.split("\n"))
        else:
            out.append(f"{question}: {answer}")
    return "\n".join(out) + "\n"


@dataclass(frozen=True)
class Prompt:
    """One "Help me remember" question, with the form field it fills and its sources."""

    id: str
    field: str
    text: str
    sources: tuple[str, ...]
    checked: str


def memory_prompts() -> list[Prompt]:
    """The "Help me remember" questions from ``resources/incident/prompts.json``.

    They are data, with the official pages they come from, so a counsellor can
    review and a translator can translate them without reading Python.
    """
    data = read_json("incident", "prompts.json")
    return [
        Prompt(
            id=str(entry["id"]),
            field=str(entry["field"]),
            text=str(entry["text"]),
            sources=tuple(str(s) for s in entry["sources"]),
            checked=str(entry["checked"]),
        )
        for entry in data["items"]
    ]


def memory_intro() -> str:
    """The sentence shown above the "Help me remember" questions."""
    return str(read_json("incident", "prompts.json")["intro"])
