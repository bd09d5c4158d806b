"""Trusted adults: the people a young person can turn to, chosen in advance.

A parent (or the young person) lists a few adults with a phone number and/or
an email address. On the bad day SafeHelper shows them with Call, Text and
Email buttons, so reaching out is one press instead of a search through
contacts while panicking. They are kept in ``settings.json`` as a list of
plain dictionaries; this module is the typed view of that list and the one
place that checks what goes into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from safehelper.errors import SafeHelperError
from safehelper.settings import Settings

MAX_ADULTS = 10
MAX_FIELD = 100
MIN_PHONE_DIGITS = 3  # short numbers exist (and a family may save a work extension)
MAX_PHONE_DIGITS = 17

_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")


@dataclass(frozen=True)
class TrustedAdult:
    """One person the young person can turn to."""

    name: str
    relationship: str = ""
    phone: str = ""
    email: str = ""

    def to_json(self) -> dict[str, str]:
        """The dictionary kept in the settings file."""
        return {
            "name": self.name,
            "relationship": self.relationship,
            "phone": self.phone,
            "email": self.email,
        }

    def tel_url(self) -> str:
        """A ``tel:`` link for the Call button, or ``""`` without a phone number."""
        return f"tel:{dial_string(self.phone)}" if self.phone else ""

    def sms_url(self) -> str:
        """An ``sms:`` link for the Text button, or ``""`` without a phone number."""
        return f"sms:{dial_string(self.phone)}" if self.phone else ""

    def mailto_url(self) -> str:
        """A ``mailto:`` link for the Email button, or ``""`` without an address."""
        return f"mailto:{quote(self.email, safe='@')}" if self.email else ""

    def contact_text(self) -> str:
        """Name and ways to reach them on one line, for the Copy button."""
        parts = [self.name]
        if self.relationship:
            parts[0] += f" ({self.relationship})"
        parts += [p for p in (self.phone, self.email) if p]
        return ", ".join(parts)


def dial_string(phone: str) -> str:
    """The number as a phone dials it: a leading ``+`` and digits only."""
    digits = re.sub(r"[^0-9]", "", phone)
    return ("+" if phone.strip().startswith("+") else "") + digits


def check_phone(phone: str) -> str:
    """Return the phone number tidied, or raise a plain error saying what is wrong with it.

    Numbers are written in many ways (``+64 21 123 4567``, ``(09) 123-4567``), so
    only the characters and the number of digits are checked, not a national plan.
    """
    text = " ".join(phone.split())
    if not text:
        return ""
    digits = len(re.sub(r"[^0-9]", "", text))
    if not _PHONE_CHARS.match(text) or "+" in text[1:]:
        raise SafeHelperError("family.phone_characters")
    if not MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS:
        raise SafeHelperError("family.phone_incomplete")
    return text


def check_email(email: str) -> str:
    """Return the email address tidied, or raise a plain error if it cannot be one."""
    text = email.strip()
    if not text:
        return ""
    if len(text) > 254 or not _EMAIL.match(text):
        raise SafeHelperError("family.email_invalid")
    return text


def make_adult(name: str, relationship: str = "", phone: str = "", email: str = "") -> TrustedAdult:
    """Build a trusted adult from what was typed, checking every field.

    A name and at least one way to reach them are required: an entry nobody can
    call, text or email is no help on the bad day.
    """
    clean_name = " ".join(name.split())
    clean_relationship = " ".join(relationship.split())
    if not clean_name:
        raise SafeHelperError("family.name_missing")
    if len(clean_name) > MAX_FIELD or len(clean_relationship) > MAX_FIELD:
        raise SafeHelperError("family.name_too_long", count=MAX_FIELD)
    clean_phone = check_phone(phone)
    clean_email = check_email(email)
    if not clean_phone and not clean_email:
        raise SafeHelperError("family.no_contact")
    return TrustedAdult(clean_name, clean_relationship, clean_phone, clean_email)


def _from_json(data: Any) -> TrustedAdult | None:
    if not isinstance(data, dict):
        return None
    try:
        return make_adult(
            *(str(data.get(key, "")) for key in ("name", "relationship", "phone", "email"))
        )
    except SafeHelperError:
        return None


def trusted_adults(settings: Settings) -> list[TrustedAdult]:
    """The trusted adults saved in the settings; entries damaged by hand-editing are skipped."""
    adults = [_from_json(item) for item in settings.trusted_adults]
    return [adult for adult in adults if adult is not None][:MAX_ADULTS]


def set_trusted_adults(settings: Settings, adults: list[TrustedAdult]) -> None:
    """Replace the list in ``settings`` (the caller saves the settings)."""
    if len(adults) > MAX_ADULTS:
        raise SafeHelperError("family.too_many_adults", count=MAX_ADULTS)
    settings.trusted_adults = [adult.to_json() for adult in adults]
