"""Time-stamp speed: 200 items stamped by a local OpenSSL TSA, and their tokens checked again.

The TSA is the tests' own (``tests/tsa_server.py``): ``openssl ts -reply``
behind an HTTP server on 127.0.0.1, so the figures measure SafeHelper's side
and OpenSSL's signing, not the internet (a public TSA takes far longer per
request, and asks scripts to wait between requests).

Baselines, in the same run and on the same hashes: ``openssl ts -query`` then
``openssl ts -reply`` for each hash (what a careful person could script by
hand, with no HTTP and no checking), and ``openssl ts -verify`` on each token
against checking the stored tokens in SafeHelper (what ``verify-pack`` does).

    python -m benchmarks.timestamps [--items 200] [--runs 3]
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import Figure, median_of, print_table, timed

_TESTS = Path(__file__).resolve().parent.parent / "tests"


def main(argv: list[str] | None = None) -> list[Figure]:
    """Stamp and check ``--items`` hashes both ways; print and return the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(_TESTS))
    from tsa_server import TestAuthority, TsaServer

    from safehelper.timestamps.authorities import load_chain_file, trusted_roots
    from safehelper.timestamps.protocol import Stamp, request_stamp, verify_token

    work = Path(tempfile.mkdtemp(prefix="safehelper-bench-tsa-"))
    messages = [f"picture {n} of the benchmark".encode() for n in range(args.items)]
    try:
        authority = TestAuthority.create(work / "tsa", "Benchmark")
        roots = trusted_roots(load_chain_file(authority.ca_pem))
        server = TsaServer(authority)
        stamps: list[Stamp] = []
        try:

            def stamp_all() -> None:
                stamps[:] = [request_stamp(m, server.url, roots, timeout=30) for m in messages]

            stamped = median_of(args.runs, lambda: timed(stamp_all))
        finally:
            server.close()

        def by_hand() -> None:
            for number, message in enumerate(messages):
                query, reply = work / f"{number}.tsq", work / f"{number}.tsr"
                subprocess.run(
                    ["openssl", "ts", "-query", "-digest", hashlib.sha256(message).hexdigest(),
                     "-sha256", "-cert", "-out", str(query)],
                    check=True, capture_output=True,
                )  # fmt: skip
                subprocess.run(
                    ["openssl", "ts", "-reply", "-config", str(authority.config),
                     "-queryfile", str(query), "-out", str(reply)],
                    check=True, capture_output=True,
                )  # fmt: skip

        baseline = median_of(args.runs, lambda: timed(by_hand))

        digests = [hashlib.sha256(m).digest() for m in messages]

        def check_all() -> None:
            for stamp, digest in zip(stamps, digests, strict=True):
                verify_token(stamp.token, digest, roots)

        checked = median_of(args.runs, lambda: timed(check_all))
        chain = work / "chain.pem"
        chain.write_text(stamps[0].chain_pem, encoding="ascii")
        for number, stamp in enumerate(stamps):
            (work / f"{number}.tsr").write_bytes(stamp.token)

        def verify_by_hand() -> None:
            for number, digest in enumerate(digests):
                subprocess.run(
                    ["openssl", "ts", "-verify", "-digest", digest.hex(),
                     "-in", str(work / f"{number}.tsr"), "-CAfile", str(chain)],
                    check=True, capture_output=True,
                )  # fmt: skip

        verified_by_hand = median_of(args.runs, lambda: timed(verify_by_hand))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    figures = [
        Figure(
            f"stamp {args.items} items via HTTP, checked",
            "items/s",
            args.items / stamped,
            "openssl ts -query + -reply, same hashes",
            args.items / baseline,
            "ratio > 0.5 (the TSA's signing dominates)",
        ),
        Figure(
            f"check {args.items} stored tokens",
            "items/s",
            args.items / checked,
            "openssl ts -verify, same tokens",
            args.items / verified_by_hand,
            "ratio > 1",
        ),
    ]
    print_table(figures)
    return figures


if __name__ == "__main__":
    main()
