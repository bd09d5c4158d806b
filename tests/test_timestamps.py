"""Independent time stamps against a real TSA: OpenSSL's ``openssl ts -reply`` on 127.0.0.1.

A stamp is asked for, checked and then checked again by ``openssl ts -verify``
itself; a TSA that lies (another nonce, another fingerprint, a broken
signature, a root nobody trusts) or fails (HTTP 500, garbage, too slow) gives
a plain reason and no stamp, and asking again once it behaves succeeds.
"""

from __future__ import annotations

import hashlib
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from tsa_server import TestAuthority, TsaServer

from safehelper.timestamps.authorities import (
    default_authorities,
    load_chain_file,
    trusted_roots,
)
from safehelper.timestamps.protocol import Stamp, StampError, request_stamp, verify_token

PICTURE = b"\x89PNG\r\n\x1a\n a screenshot of the threat, as bytes"


@pytest.fixture(scope="module")
def authorities(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestAuthority, TestAuthority]:
    """The TSA the test trusts, and a stranger's TSA that it does not."""
    folder = tmp_path_factory.mktemp("tsa")
    return (
        TestAuthority.create(folder / "trusted", "SafeHelper Test"),
        TestAuthority.create(folder / "stranger", "Stranger"),
    )


@pytest.fixture
def tsa(authorities: tuple[TestAuthority, TestAuthority]) -> Iterator[TsaServer]:
    server = TsaServer(*authorities, slow_seconds=5.0)
    yield server
    server.close()


@pytest.fixture
def roots(authorities: tuple[TestAuthority, TestAuthority]) -> list[x509.Certificate]:
    """The shipped trust store plus the test CA, as ``--tsa-chain`` would give it."""
    return trusted_roots(load_chain_file(authorities[0].ca_pem))


def test_a_stamp_is_checked_here_and_passes_openssl_ts_verify(
    tsa: TsaServer, roots: list[x509.Certificate], tmp_path: Path
) -> None:
    stamp = request_stamp(PICTURE, tsa.url, roots, timeout=30)

    assert stamp.digest == hashlib.sha256(PICTURE).hexdigest()
    assert stamp.tsa_name == "SafeHelper Test TSA, SafeHelper Test"
    assert stamp.tsa_url == tsa.url
    assert stamp.stamped_at.tzinfo is not None
    (tmp_path / "picture.png").write_bytes(PICTURE)
    (tmp_path / "picture.png.tsr").write_bytes(stamp.token)
    (tmp_path / "chain.pem").write_text(stamp.chain_pem, encoding="ascii")
    done = subprocess.run(
        [
            "openssl", "ts", "-verify", "-data", "picture.png", "-in", "picture.png.tsr",
            "-CAfile", "chain.pem",
        ],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Verification: OK" in done.stdout


def test_only_the_fingerprint_is_sent(
    tsa: TsaServer, roots: list[x509.Certificate], monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[bytes] = []
    answer = tsa.answer

    def recording(query: bytes) -> tuple[int, bytes]:
        sent.append(query)
        return answer(query)

    monkeypatch.setattr(tsa, "answer", recording)
    request_stamp(PICTURE, tsa.url, roots, timeout=30)

    assert len(sent) == 1
    assert PICTURE not in sent[0]
    assert hashlib.sha256(PICTURE).digest() in sent[0]


def test_a_stored_token_checks_again_without_the_nonce_and_a_changed_one_does_not(
    tsa: TsaServer, roots: list[x509.Certificate]
) -> None:
    stamp = request_stamp(PICTURE, tsa.url, roots, timeout=30)
    again = Stamp.from_record(stamp.to_record())
    assert again == stamp

    digest = hashlib.sha256(PICTURE).digest()
    assert verify_token(again.token, digest, roots).stamped_at == stamp.stamped_at
    with pytest.raises(StampError) as other_picture:
        verify_token(again.token, hashlib.sha256(b"another picture").digest(), roots)
    assert other_picture.value.reason == "imprint"
    flipped = again.token[:-1] + bytes([again.token[-1] ^ 0x01])
    with pytest.raises(StampError) as changed:
        verify_token(flipped, digest, roots)
    assert changed.value.reason == "signature"


@pytest.mark.parametrize(
    ("mode", "reason", "words"),
    [
        ("wrong-nonce", "nonce", "not for this request"),
        ("wrong-imprint", "imprint", "different fingerprint"),
        ("bad-signature", "signature", "signature on the time stamp does not check out"),
        ("untrusted", "untrusted", "does not lead to a trusted root"),
        ("http-500", "http", "HTTP 500"),
        ("garbage", "garbage", "not a time stamp"),
        ("slow", "timeout", "did not answer in time"),
    ],
)
def test_a_tsa_that_lies_or_fails_gives_a_plain_reason_and_a_retry_succeeds(
    tsa: TsaServer, roots: list[x509.Certificate], mode: str, reason: str, words: str
) -> None:
    tsa.mode = mode
    with pytest.raises(StampError) as failure:
        request_stamp(PICTURE, tsa.url, roots, timeout=1.0)
    assert failure.value.reason == reason
    assert words in str(failure.value)
    assert "\n" not in str(failure.value)

    tsa.release.set()  # let a slow answer finish before the next query
    tsa.mode = "ok"
    assert request_stamp(PICTURE, tsa.url, roots, timeout=30).digest == (
        hashlib.sha256(PICTURE).hexdigest()
    )


def test_the_test_root_is_not_trusted_unless_given(tsa: TsaServer) -> None:
    with pytest.raises(StampError) as failure:
        request_stamp(PICTURE, tsa.url, trusted_roots(), timeout=30)
    assert failure.value.reason == "untrusted"


def test_a_tsa_that_is_not_there_is_unreachable(roots: list[x509.Certificate]) -> None:
    with socket.socket() as probe:  # a port that nothing listens on once the probe closes
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(StampError) as failure:
        request_stamp(PICTURE, f"http://127.0.0.1:{port}/tsr", roots, timeout=5)
    assert failure.value.reason == "unreachable"


@pytest.mark.parametrize("url", ["ftp://tsa.example/", "timestamp.example", "https:///tsr", ""])
def test_only_http_and_https_addresses_are_accepted(
    url: str, roots: list[x509.Certificate]
) -> None:
    with pytest.raises(StampError) as failure:
        request_stamp(PICTURE, url, roots)
    assert failure.value.reason == "bad_url"


def test_the_shipped_list_names_each_tsa_with_its_source_and_checked_date() -> None:
    listed = default_authorities()
    assert {a.id for a in listed} >= {"digicert", "sectigo"}
    for authority in listed:
        assert authority.url.startswith(("https://", "http://"))
        assert authority.source.startswith("https://")
        assert authority.checked == "2026-11-30"
    sectigo = next(a for a in listed if a.id == "sectigo")
    assert sectigo.min_interval_seconds >= 15  # Sectigo asks scripts to wait 15 s
