"""A real RFC 3161 time-stamp authority on 127.0.0.1: OpenSSL's own ``openssl ts -reply``.

:class:`TestAuthority` makes a throw-away root CA and a TSA certificate (extended
key usage ``timeStamping``, critical) with ``openssl`` commands in a folder.
:class:`TsaServer` answers time-stamp queries over HTTP with it, and can be
switched while it runs to misbehave the ways a real TSA or a network in between
can: a reply for another nonce or another fingerprint (each really signed by
the TSA), a broken signature, a TSA whose root nobody trusts, HTTP 500,
garbage, or an answer that comes too late. The slow answer waits for at most
``slow_seconds`` or until the server is closed, so no test thread outlives it.
"""

from __future__ import annotations

import hashlib
import subprocess
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from rfc3161_client import _rust as rfc3161_rust

MODES = (
    "ok",
    "wrong-nonce",
    "wrong-imprint",
    "bad-signature",
    "untrusted",
    "http-500",
    "garbage",
    "slow",
)

_TSA_EXTENSIONS = """\
[tsa_cert]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
"""

_TS_CONFIG = """\
[tsa]
default_tsa = tsa_config

[tsa_config]
dir = {folder}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = no
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def _openssl(*args: str, cwd: Path, data: bytes | None = None) -> bytes:
    done = subprocess.run(
        ["openssl", *args], cwd=cwd, input=data, capture_output=True, check=False, timeout=60
    )
    if done.returncode != 0:
        raise RuntimeError(f"openssl {args[0]} failed: {done.stderr.decode(errors='replace')}")
    return done.stdout


@dataclass(frozen=True)
class TestAuthority:
    """A CA and its TSA certificate in ``folder``: ``ca.pem`` is the root to trust."""

    __test__ = False  # not a pytest test class
    folder: Path
    name: str

    @property
    def ca_pem(self) -> Path:
        """The root certificate (what a verifier must trust)."""
        return self.folder / "ca.pem"

    @property
    def tsa_pem(self) -> Path:
        """The TSA's own certificate, signed by the root."""
        return self.folder / "tsa.pem"

    @property
    def config(self) -> Path:
        """The ``openssl ts`` configuration for this TSA."""
        return self.folder / "ts.cnf"

    @classmethod
    def create(cls, folder: Path, name: str = "SafeHelper Test") -> TestAuthority:
        """Make the root CA and the TSA certificate with ``openssl`` (RSA 2048, ten years)."""
        folder.mkdir(parents=True, exist_ok=True)
        _openssl(
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
            "ca.pem", "-days", "3650", "-subj", f"/O={name}/CN={name} Root CA",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign",
            cwd=folder,
        )  # fmt: skip
        _openssl(
            "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "tsa.key", "-out",
            "tsa.csr", "-subj", f"/O={name}/CN={name} TSA",
            cwd=folder,
        )  # fmt: skip
        (folder / "tsa.ext").write_text(_TSA_EXTENSIONS, encoding="ascii")
        _openssl(
            "x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "tsa.pem", "-days", "3650",
            "-extfile", "tsa.ext", "-extensions", "tsa_cert",
            cwd=folder,
        )  # fmt: skip
        (folder / "serial").write_text("01\n", encoding="ascii")
        (folder / "ts.cnf").write_text(_TS_CONFIG.format(folder=folder), encoding="ascii")
        return cls(folder, name)

    def reply(self, query: bytes) -> bytes:
        """The DER ``TimeStampResp`` that ``openssl ts -reply`` makes for a DER query."""
        return _openssl(
            "ts", "-reply", "-config", str(self.config), "-queryfile", "/dev/stdin",
            cwd=self.folder, data=query,
        )  # fmt: skip


class _QuietServer(ThreadingHTTPServer):
    """A client that gave up on a slow answer is expected here, not an error to print."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        return


def _patched(query: bytes, old: bytes, new: bytes) -> bytes:
    """The query with one field's bytes replaced by others of the same length."""
    assert len(old) == len(new) and query.count(old) == 1, "field not found once in the query"
    return query.replace(old, new)


def _nonce_bytes(nonce: int) -> bytes:
    return nonce.to_bytes((nonce.bit_length() + 8) // 8, "big")


class TsaServer:
    """``openssl ts -reply`` behind a small HTTP server bound to 127.0.0.1.

    ``mode`` (one of :data:`MODES`) may be changed at any time; ``queries``
    counts the queries received. ``slow`` answers after ``slow_seconds`` (or at
    :meth:`close`), which must be longer than the client's timeout.
    """

    def __init__(
        self, authority: TestAuthority, stranger: TestAuthority | None = None, *, slow_seconds=5.0
    ) -> None:
        self.authority = authority
        self.stranger = stranger
        self.mode = "ok"
        self.queries = 0
        self.slow_seconds = slow_seconds
        self.release = threading.Event()
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                query = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                status, body = owner.answer(query)
                self.send_response(status)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                return

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/tsr"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def answer(self, query: bytes) -> tuple[int, bytes]:
        """The HTTP status and body for one query, as the current mode says."""
        mode = self.mode
        with self._lock:
            self.queries += 1
        if mode == "http-500":
            return 500, b"internal error"
        if mode == "garbage":
            return 200, b"<html>this is not a time stamp</html>" + bytes(range(256))
        if mode == "slow":
            self.release.wait(self.slow_seconds)
        parsed = rfc3161_rust.parse_timestamp_request(query)
        signer = self.authority
        if mode == "wrong-nonce" and parsed.nonce is not None:
            old = _nonce_bytes(parsed.nonce)
            query = _patched(query, old, old[:-1] + bytes([old[-1] ^ 0x01]))
        elif mode == "wrong-imprint":
            other = hashlib.sha256(b"a different picture").digest()
            query = _patched(query, parsed.message_imprint.message, other)
        elif mode == "untrusted":
            assert self.stranger is not None, "untrusted mode needs a stranger authority"
            signer = self.stranger
        with self._lock:  # openssl ts -reply updates its serial file: one at a time
            reply = signer.reply(query)
        if mode == "bad-signature":
            # The signature value is the last field of the reply: change its last byte.
            reply = reply[:-1] + bytes([reply[-1] ^ 0xFF])
        return 200, reply

    def close(self) -> None:
        """Release any slow answer and stop the server."""
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)
