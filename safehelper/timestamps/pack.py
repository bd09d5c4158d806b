"""Time stamps in the evidence pack: the files written, the README lines, and the check.

For each stamped picture ``evidence/<file>`` the pack holds the TSA's exact
answer as ``timestamps/<file>.tsr``, and ``timestamps/tsa-chain.pem`` holds
the roots (and any intermediate certificates) the answers were verified up
to, so that anyone can run, with nothing but OpenSSL::

    openssl ts -verify -data evidence/<file> -in timestamps/<file>.tsr \\
        -CAfile timestamps/tsa-chain.pem

``verify-pack`` checks every token it finds the same way, and says exactly
what that proves: these exact bytes existed no later than the stamped time,
according to the named TSA, whose root is (or is not) in SafeHelper's trust
store. A root that came only with the pack is named with its fingerprint, so
the reader can compare it with the TSA's published one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding

from safehelper.errors import SafeHelperError
from safehelper.timestamps.authorities import in_trust_store, load_certificates
from safehelper.timestamps.protocol import Stamp, StampError, describe_name, verify_token

TOKEN_DIR = "timestamps"  # noqa: S105 (a folder name, not a secret)
CHAIN_NAME = f"{TOKEN_DIR}/tsa-chain.pem"
TOKEN_SUFFIX = ".tsr"  # noqa: S105 (a file extension)
NO_STAMP = "no independent time stamp"


@dataclass(frozen=True)
class CheckedToken:
    """One token that passed: what it stamps, when, by whom, and how far it can be trusted.

    ``file`` is the picture's file, or ``""`` for a chain record (then ``seq`` is its number).
    """

    file: str
    seq: int
    stamped_at: datetime
    tsa_name: str
    root_name: str
    root_fingerprint: str  # SHA-256 of the root certificate, hex
    root_in_store: bool


def token_name(evidence_file: str) -> str:
    """``timestamps/0001_...png.tsr`` for ``evidence/0001_...png``."""
    return f"{TOKEN_DIR}/{evidence_file.rsplit('/', 1)[-1]}{TOKEN_SUFFIX}"


def verify_command(evidence_file: str) -> str:
    """The exact OpenSSL command that checks one picture's token, run in the unzipped pack."""
    return (
        f"openssl ts -verify -data {evidence_file} -in {token_name(evidence_file)} "
        f"-CAfile {CHAIN_NAME}"
    )


def record_token_name(seq: int) -> str:
    """``timestamps/chain-0007.tsr``: the time stamp of chain record 7 (the incident details)."""
    return f"{TOKEN_DIR}/chain-{seq:04d}{TOKEN_SUFFIX}"


def record_verify_command(seq: int, entry_hash: str) -> str:
    """The exact OpenSSL command that checks a chain record's token against its listed hash."""
    return (
        f"openssl ts -verify -digest {entry_hash} -in {record_token_name(seq)} -CAfile {CHAIN_NAME}"
    )


def chain_pem(stamps: Iterable[Stamp]) -> bytes:
    """Every certificate the stamps were verified up to, each once, as one PEM file."""
    seen: dict[bytes, None] = {}
    for stamp in stamps:
        for certificate in x509.load_pem_x509_certificates(stamp.chain_pem.encode("ascii")):
            seen.setdefault(certificate.public_bytes(Encoding.PEM), None)
    return b"".join(seen)


def pack_files(
    stamped: Sequence[tuple[str, Stamp]], records: Sequence[tuple[int, Stamp]] = ()
) -> list[tuple[str, bytes]]:
    """The files to add for ``(evidence file, stamp)`` and ``(record number, stamp)`` pairs.

    Each token, then the one certificate file they all share.
    """
    if not stamped and not records:
        return []
    files = [(token_name(name), stamp.token) for name, stamp in stamped]
    files += [(record_token_name(seq), stamp.token) for seq, stamp in records]
    every = [stamp for _, stamp in stamped] + [stamp for _, stamp in records]
    files.append((CHAIN_NAME, chain_pem(every)))
    return files


def manifest_entry(
    evidence_file: str, stamp: Stamp | None, *, seq: int = 0
) -> dict[str, Any] | None:
    """The ``timestamp`` of an item (or, with ``seq``, a chain record) in ``manifest.json``."""
    if stamp is None:
        return None
    return {
        "token": record_token_name(seq) if seq else token_name(evidence_file),
        "chain": CHAIN_NAME,
        "tsa": stamp.tsa_name,
        "tsa_url": stamp.tsa_url,
        "stamped_at_utc": stamp.stamped_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sha256": stamp.digest,
    }


def readable_utc(moment: datetime) -> str:
    """``2026-11-25 16:53:57 UTC``: how stamped times are written for people."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def report_line(stamp: Stamp | None) -> str:
    """The report's words for one item."""
    if stamp is None:
        return NO_STAMP
    return f"Independently time-stamped by {stamp.tsa_name} at {readable_utc(stamp.stamped_at)}"


def readme_section(
    stamped_files: Sequence[str], total: int, records: Sequence[tuple[int, str]] = ()
) -> str:
    """README.txt's part on time stamps: what they prove, and the exact command for each.

    ``records`` are ``(number, hash)`` of the stamped chain records (the incident details).
    """
    lines = ["INDEPENDENT TIME STAMPS", "-----------------------", ""]
    if not stamped_files:
        lines += [
            "None of the pictures in this pack has an independent time stamp. Their times",
            "come only from the clock of the computer they were saved on.",
        ]
    else:
        lines += [
            f"{len(stamped_files)} of {total} picture(s) have a time stamp from an independent",
            "time-stamp authority (RFC 3161). Only the picture's SHA-256 fingerprint was sent",
            "to it, never the picture. A time stamp that checks out shows that these exact",
            "bytes existed no later than the time the authority signed.",
            "",
            "To check one, run this in the unzipped pack (it should print",
            '"Verification: OK"):',
            "",
            *(f"    {verify_command(name)}" for name in stamped_files),
        ]
        if len(stamped_files) < total:
            lines += ["", "Pictures without a time stamp have only the computer's clock for time."]
    if records:
        lines += [
            "",
            "The details of what happened are kept in the app's hash chain, sealed with the",
            "locker's key. The hash of each saved version was time-stamped too (only the",
            "hash was sent). Each command checks one against its hash in manifest.json:",
            "",
            *(f"    {record_verify_command(seq, digest)}" for seq, digest in records),
        ]
    if stamped_files or records:
        lines += [
            "",
            f"{CHAIN_NAME} holds the authority's root certificate. Check that it is the",
            "authority's real root (compare its fingerprint with the one the authority",
            "publishes) before relying on the result.",
        ]
    return "\n".join(lines) + "\n"


def _chain_certificates(read: Callable[[str], bytes], names: set[str]) -> list[x509.Certificate]:
    from safehelper.pack import PackProblem  # that module imports this one

    if CHAIN_NAME not in names:
        raise PackProblem("pack.stamp_no_chain", file=CHAIN_NAME)
    try:
        return load_certificates(read(CHAIN_NAME), CHAIN_NAME)
    except SafeHelperError as exc:
        raise PackProblem("pack.stamp_chain_unreadable", file=CHAIN_NAME) from exc


def _fingerprint(certificate: x509.Certificate) -> str:
    return certificate.fingerprint(hashes.SHA256()).hex()


def _expected(
    items: Sequence[Mapping[str, Any]], records: Sequence[Mapping[str, Any]]
) -> dict[str, tuple[str, int, str]]:
    """``token name -> (picture file or "", record number or 0, hex digest)`` it must sign.

    Checks on the way that every stamp the manifest lists names its own token.
    """
    expected: dict[str, tuple[str, int, str]] = {}
    for item in items:
        file = str(item.get("file"))
        expected[token_name(file)] = (file, 0, str(item.get("sha256")))
        _check_listed(item.get("timestamp"), token_name(file), file)
    for record in records:
        seq = record.get("seq")
        if isinstance(seq, int) and record.get("timestamp") is not None:
            name = record_token_name(seq)
            expected[name] = ("", seq, str(record.get("entry_hash")))
            _check_listed(record.get("timestamp"), name, f"chain record {seq}")
    return expected


def _check_listed(entry: Any, token: str, label: str) -> None:
    from safehelper.pack import PackProblem  # that module imports this one

    if entry is not None and (not isinstance(entry, dict) or entry.get("token") != token):
        raise PackProblem("pack.stamp_entry_wrong", name=label)


def check_tokens(
    read: Callable[[str], bytes],
    names: set[str],
    items: Sequence[Mapping[str, Any]],
    records: Sequence[Mapping[str, Any]] = (),
) -> list[CheckedToken]:
    """Verify every ``timestamps/*.tsr`` in a pack; the checked tokens, pictures first.

    ``read(name)`` gives a file's bytes, ``names`` are the pack's files,
    ``items`` the manifest's items (their files and SHA-256 already checked)
    and ``records`` its chain entries (a stamped one signs its listed hash).
    Raises :class:`safehelper.pack.PackProblem` naming the first picture or record whose
    token is missing, stray, or does not check out.
    """
    from safehelper.pack import PackProblem  # that module imports this one

    tokens = sorted(n for n in names if n.startswith(f"{TOKEN_DIR}/") and n.endswith(TOKEN_SUFFIX))
    expected = _expected(items, records)
    for item in items:
        entry = item.get("timestamp")
        if isinstance(entry, dict) and entry["token"] not in names:
            raise PackProblem("pack.stamp_missing", name=item.get("file"), token=entry["token"])
    for record in records:
        entry = record.get("timestamp")
        if isinstance(entry, dict) and entry["token"] not in names:
            label = f"chain record {record.get('seq')}"
            raise PackProblem("pack.stamp_missing", name=label, token=entry["token"])
    if not tokens:
        return []
    certificates = _chain_certificates(read, names)
    roots = [c for c in certificates if c.subject == c.issuer]
    intermediates = [c for c in certificates if c.subject != c.issuer]
    checked = []
    for name in tokens:
        if name not in expected:
            raise PackProblem("pack.stamp_stray", name=name)
        file, seq, digest = expected[name]
        try:
            stamp = verify_token(
                read(name), bytes.fromhex(digest), roots, intermediates=intermediates
            )
        except StampError as exc:
            label = file or f"chain record {seq}"
            raise PackProblem("pack.stamp_invalid", name=label, reason=exc) from exc
        root = _anchor(stamp)
        checked.append(
            CheckedToken(
                file=file,
                seq=seq,
                stamped_at=stamp.stamped_at,
                tsa_name=stamp.tsa_name,
                root_name=describe_name(root.subject),
                root_fingerprint=_fingerprint(root),
                root_in_store=in_trust_store(root),
            )
        )
    return sorted(checked, key=lambda c: (c.seq, c.file))


def _anchor(stamp: Stamp) -> x509.Certificate:
    return x509.load_pem_x509_certificates(stamp.chain_pem.encode("ascii"))[-1]


def verdict(checked: Sequence[CheckedToken], pictures: int) -> list[str]:
    """verify-pack's sentences about time stamps, saying no more than was proven."""
    stamped = [c for c in checked if c.file]
    if not stamped:
        lines = [
            "No picture in this pack has an independent time stamp: their times come only "
            "from the clock of the computer they were saved on."
        ]
    else:
        first = min(c.stamped_at for c in stamped)
        last = max(c.stamped_at for c in stamped)
        span = readable_utc(first)
        if last != first:
            span += f" to {readable_utc(last)}"
        lines = [
            f"{len(stamped)} of {pictures} picture(s) carry an independent time stamp that "
            f"checks out: these exact bytes existed no later than the stamped time ({span})."
        ]
    for record in (c for c in checked if not c.file):
        lines.append(
            f"Chain record {record.seq} (a saved version of the incident details): its hash "
            f"existed no later than {readable_utc(record.stamped_at)}, so that record and "
            "every record before it in the locker's chain existed by then (only the locker's "
            "key can read them)."
        )
    anchors = sorted(
        {(c.tsa_name, c.root_name, c.root_fingerprint, c.root_in_store) for c in checked}
    )
    for tsa, name, fingerprint, trusted in anchors:
        where = (
            "in SafeHelper's trust store"
            if trusted
            else "NOT in SafeHelper's trust store: it came with the pack, so compare its "
            f"SHA-256 fingerprint {fingerprint} with the one the authority publishes"
        )
        lines.append(f"Stamped by {tsa}; its root {name} is {where}.")
    if stamped and len(stamped) < pictures:
        lines.append(
            f"{pictures - len(stamped)} picture(s) have no time stamp: only the computer's "
            "clock gives their time."
        )
    return lines
