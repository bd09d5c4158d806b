"""Asking a time-stamp authority (RFC 3161) to sign a fingerprint, and checking what it says.

Only the SHA-256 of the message leaves the computer, inside a request that
also carries a fresh random nonce and asks for the TSA's certificates
(``certReq``), so the token carries its own chain. The protocol is spoken by
the maintained ``rfc3161-client`` library (no hand-written ASN.1 here).

An answer is kept only when all of this holds: the status is "granted", the
nonce is ours, the signed fingerprint is the one sent, the certificate that
signed it is a time-stamping certificate (critical extended key usage
``timeStamping``), it leads through the token's own certificates to a root we
trust, and the signature checks out at the stamped time. Anything else is a
:class:`StampError` with a plain reason (``timestamp.*`` in
:mod:`safehelper.error_text`), and nothing is kept.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import requests
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.serialization import Encoding
from rfc3161_client import (
    HashAlgorithm,
    PKIStatus,
    TimestampRequestBuilder,
    TimeStampResponse,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)
from urllib3.exceptions import ReadTimeoutError

from safehelper.timestamps.address import StampError, check_url

TIMEOUT_SECONDS = 20.0
# A real answer is a few kilobytes; anything far bigger is not a time stamp.
MAX_ANSWER_BYTES = 256 * 1024
_SHA256_OID = x509.ObjectIdentifier("2.16.840.1.101.3.4.2.1")


@dataclass(frozen=True)
class Stamp:
    """A checked time stamp: the TSA's exact answer and what it proves.

    ``token`` is the DER ``TimeStampResp`` as received (what ``openssl ts
    -verify -in`` reads); ``chain_pem`` holds the root and any intermediate
    certificates that it was verified up to, so it can be checked again later
    without the app's trust store.
    """

    token: bytes
    digest: str  # hex SHA-256 that the TSA signed
    stamped_at: datetime  # the TSA's time (genTime), UTC
    tsa_url: str
    tsa_name: str  # the signing certificate's subject, as a person reads it
    chain_pem: str

    def to_record(self) -> dict[str, str]:
        """A JSON-ready form, for storing (encrypted) with the item."""
        return {
            "token": self.token.hex(),
            "digest": self.digest,
            "stamped_at": self.stamped_at.isoformat(),
            "tsa_url": self.tsa_url,
            "tsa_name": self.tsa_name,
            "chain_pem": self.chain_pem,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Stamp:
        """The stamp stored by :meth:`to_record`."""
        return cls(
            token=bytes.fromhex(str(record["token"])),
            digest=str(record["digest"]),
            stamped_at=datetime.fromisoformat(str(record["stamped_at"])),
            tsa_url=str(record["tsa_url"]),
            tsa_name=str(record["tsa_name"]),
            chain_pem=str(record["chain_pem"]),
        )


def describe_name(name: x509.Name) -> str:
    """``CN, O`` of a certificate subject: the words a person recognises."""
    parts = [
        str(attribute.value)
        for oid in (x509.NameOID.COMMON_NAME, x509.NameOID.ORGANIZATION_NAME)
        for attribute in name.get_attributes_for_oid(oid)
    ]
    return ", ".join(dict.fromkeys(parts)) or name.rfc4514_string()


def _issued_by(child: x509.Certificate, parent: x509.Certificate) -> bool:
    try:
        child.verify_directly_issued_by(parent)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _signer(response: TimeStampResponse) -> tuple[x509.Certificate, list[x509.Certificate]]:
    """The certificate named by the signer info, and the token's other certificates."""
    certificates = [
        x509.load_der_x509_certificate(der) for der in response.signed_data.certificates
    ]
    infos = list(response.signed_data.signer_infos)
    if len(infos) != 1:
        raise StampError("timestamp.signature")
    info = infos[0]
    for certificate in certificates:
        if certificate.issuer == info.issuer and certificate.serial_number == info.serial_number:
            return certificate, [c for c in certificates if c is not certificate]
    raise StampError("timestamp.not_tsa")


def chain_to_root(
    leaf: x509.Certificate, pool: Sequence[x509.Certificate], roots: Sequence[x509.Certificate]
) -> list[x509.Certificate]:
    """The path from ``leaf`` up to a trusted root: ``[intermediates..., root]``.

    Each link is checked with the issuer's key. Raises ``untrusted`` when the
    token's certificates do not reach any of ``roots``.
    """
    path: list[x509.Certificate] = []
    current = leaf
    for _ in range(8):  # no real TSA chain is longer; a loop of certificates stops here
        for root in roots:
            if root.subject == current.issuer and _issued_by(current, root):
                return [*path, root]
        parents = [
            c for c in pool if c.subject == current.issuer and c != current and c not in path
        ]
        parent = next((c for c in parents if _issued_by(current, c)), None)
        if parent is None:
            break
        path.append(parent)
        current = parent
    raise StampError("timestamp.untrusted")


def verify_token(
    token: bytes,
    digest: bytes,
    roots: Sequence[x509.Certificate],
    *,
    nonce: int | None = None,
    tsa_url: str = "",
    intermediates: Sequence[x509.Certificate] = (),
) -> Stamp:
    """Check a DER ``TimeStampResp`` for ``digest`` (SHA-256) against ``roots``; the :class:`Stamp`.

    ``nonce`` is checked when given (a fresh answer); a stored token is checked
    without it. ``intermediates`` may help link the token's signer to a root.
    Raises :class:`StampError` naming the first thing that is wrong.
    """
    try:
        response = decode_timestamp_response(token)
        status = PKIStatus(response.status)
    except ValueError as exc:
        raise StampError("timestamp.garbage") from exc
    if status not in (PKIStatus.GRANTED, PKIStatus.GRANTED_WITH_MODS):
        detail = "; ".join(response.status_string) or status.name.lower().replace("_", " ")
        raise StampError("timestamp.rejected", detail=detail)
    try:
        info = response.tst_info
        imprint = info.message_imprint
    except ValueError as exc:
        raise StampError("timestamp.garbage") from exc
    if nonce is not None and info.nonce != nonce:
        raise StampError("timestamp.nonce")
    if imprint.hash_algorithm != _SHA256_OID or imprint.message != digest:
        raise StampError("timestamp.imprint")
    leaf, pool = _signer(response)
    chain = chain_to_root(leaf, [*pool, *intermediates], roots)
    builder = VerifierBuilder(roots=[chain[-1]], intermediates=chain[:-1] or None)
    if nonce is not None:
        builder = builder.nonce(nonce)
    try:
        builder.build().verify(response, digest)
    except VerificationError as exc:
        text = str(exc)
        if "EKU" in text:
            raise StampError("timestamp.not_tsa") from exc
        raise StampError("timestamp.signature") from exc
    return Stamp(
        token=bytes(token),
        digest=digest.hex(),
        stamped_at=info.gen_time.astimezone(UTC),
        tsa_url=tsa_url,
        tsa_name=describe_name(leaf.subject),
        chain_pem="".join(c.public_bytes(Encoding.PEM).decode("ascii") for c in chain),
    )


def _post(url: str, body: bytes, timeout: float, session: requests.Session | None) -> bytes:
    """POST the query with one time limit for the whole exchange; the answer's bytes."""
    poster = session or requests
    deadline = time.monotonic() + timeout
    try:
        with poster.post(
            url,
            data=body,
            headers={"Content-Type": "application/timestamp-query"},
            timeout=timeout,
            stream=True,
            allow_redirects=False,
        ) as answer:
            if answer.status_code != 200:
                raise StampError("timestamp.http", status=answer.status_code)
            chunks: list[bytes] = []
            received = 0
            for chunk in answer.iter_content(chunk_size=16384):
                received += len(chunk)
                if received > MAX_ANSWER_BYTES:
                    raise StampError("timestamp.garbage")
                if time.monotonic() > deadline:
                    raise StampError("timestamp.timeout")
                chunks.append(chunk)
            return b"".join(chunks)
    except requests.Timeout as exc:
        raise StampError("timestamp.timeout") from exc
    except requests.RequestException as exc:
        if any(isinstance(arg, ReadTimeoutError) for arg in exc.args):
            raise StampError("timestamp.timeout") from exc
        raise StampError("timestamp.unreachable") from exc


def request_stamp(
    message: bytes,
    url: str,
    roots: Sequence[x509.Certificate],
    *,
    timeout: float = TIMEOUT_SECONDS,
    session: requests.Session | None = None,
) -> Stamp:
    """Have the TSA at ``url`` stamp SHA-256(``message``); the checked :class:`Stamp`.

    Only the fingerprint is sent. ``message`` is hashed here, in memory (the
    library builds the request from the bytes). Raises :class:`StampError`.
    """
    check_url(url)
    request = (
        TimestampRequestBuilder()
        .data(message)
        .hash_algorithm(HashAlgorithm.SHA256)
        .nonce(nonce=True)
        .cert_request(cert_request=True)
        .build()
    )
    answer = _post(url, request.as_bytes(), timeout, session)
    return verify_token(
        answer, hashlib.sha256(message).digest(), roots, nonce=request.nonce, tsa_url=url
    )
