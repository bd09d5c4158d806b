"""Which time-stamp authorities SafeHelper offers, and which roots it trusts for them.

The list is data (``resources/tsa.json``: each TSA with its address, its
source and the date it was checked). Trust comes from the store the app
already ships for https (certifi, Mozilla's roots); a TSA whose root is not
there can be used with its root given explicitly (``--tsa-chain PEM``), which
is also how the tests trust their throw-away authority.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from safehelper.errors import SafeHelperError
from safehelper.resources import read_json
from safehelper.timestamps.address import check_url

if TYPE_CHECKING:  # certificate code loads when a stamp is checked, not with a settings form
    from cryptography import x509


@dataclass(frozen=True)
class Authority:
    """One public TSA from the shipped list."""

    id: str
    name: str
    url: str
    min_interval_seconds: float
    source: str
    checked: str


def default_authorities() -> list[Authority]:
    """The shipped list of public TSAs, in the order they are offered."""
    data = read_json("tsa.json")
    return [
        Authority(
            id=str(entry["id"]),
            name=str(entry["name"]),
            url=check_url(str(entry["url"])),
            min_interval_seconds=float(entry.get("min_interval_seconds", 0)),
            source=str(entry["source"]),
            checked=str(entry["checked"]),
        )
        for entry in data["authorities"]
    ]


def authority_for(url: str) -> Authority | None:
    """The listed TSA at ``url`` (to name it and pace requests), or None for a custom one."""
    wanted = url.strip().rstrip("/")
    return next((a for a in default_authorities() if a.url.rstrip("/") == wanted), None)


def configured_url(setting: str) -> str:
    """The TSA address to use: the one the user set, else the first of the shipped list."""
    return check_url(setting) if setting.strip() else default_authorities()[0].url


def load_certificates(data: bytes, what: str) -> list[x509.Certificate]:
    """Every certificate in PEM ``data``; a plain error naming ``what`` if there is none."""
    from cryptography import x509

    try:
        certificates = x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise SafeHelperError("timestamp.not_pem", what=what) from exc
    return certificates


def load_chain_file(path: Path) -> list[x509.Certificate]:
    """The certificates in a PEM file given with ``--tsa-chain``; plain errors otherwise."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise SafeHelperError("pack.no_file", path=path) from exc
    except OSError as exc:
        raise SafeHelperError("timestamp.chain_unreadable", path=path) from exc
    return load_certificates(data, str(path))


@cache
def _store_roots() -> tuple[x509.Certificate, ...]:
    import certifi
    from cryptography import x509
    from cryptography.utils import CryptographyDeprecationWarning

    with open(certifi.where(), "rb") as handle, warnings.catch_warnings():
        # One old root in Mozilla's store has a zero serial number; it still loads.
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        return tuple(x509.load_pem_x509_certificates(handle.read()))


def trusted_roots(extra: Sequence[x509.Certificate] = ()) -> list[x509.Certificate]:
    """The roots a stamp may lead to: the shipped trust store, plus any given explicitly."""
    return [*extra, *_store_roots()]


def in_trust_store(certificate: x509.Certificate) -> bool:
    """Whether ``certificate`` is one of the roots SafeHelper ships (not one given by hand)."""
    return certificate in _store_roots()
