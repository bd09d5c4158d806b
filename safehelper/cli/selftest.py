"""``safehelper self-test``: is this install able to protect someone?

Run without a screen (after installing, inside a bundle, in CI). One line per
check; exit 0 only if every check passes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any

QT_PROBE = "_qt-probe"


def register(subparsers: Any) -> None:
    """Add ``self-test`` (and the hidden Qt probe it runs in a child process)."""
    parser = subparsers.add_parser(
        "self-test",
        help="check this install without a screen (resources, encryption, keyring, Qt)",
        description="Check this install without opening a window. Exits 0 only if all pass.",
    )
    parser.set_defaults(handler=run)
    probe = subparsers.add_parser(QT_PROBE)
    probe.set_defaults(handler=_qt_probe)


def _check_resources() -> str:
    from safehelper.resources import resource_root

    root = resource_root()
    names = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.json"))
    for name in names:
        json.loads((root / name).read_text(encoding="utf-8"))
    if not (root / "style.qss").is_file():
        raise RuntimeError(f"style.qss missing under {root}")
    return f"{len(names)} data files load from {root}"


def _check_crypto() -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, b"self-test", b"aad")
    if AESGCM(key).decrypt(nonce, sealed, b"aad") != b"self-test":
        raise RuntimeError("AES-256-GCM did not round-trip")
    return "AES-256-GCM round-trips"


def _check_keyring() -> str:
    from safehelper.keychain import backend_status

    status = backend_status()
    if not status.secure:
        raise RuntimeError(f"{status.name}: not secure. {status.reason}")
    return f"{status.name}: secure"


def sample_pictures() -> dict[str, bytes]:
    """One small picture in each format the locker accepts, made with Pillow."""
    import io

    from PIL import Image

    samples = {}
    picture = Image.new("RGB", (32, 24), (20, 120, 200))
    for name in ("PNG", "JPEG", "WebP", "GIF", "BMP"):
        out = io.BytesIO()
        picture.save(out, format=name.upper())
        samples[name] = out.getvalue()
    return samples


def _check_pictures() -> str:
    from safehelper.imports import examine

    samples = sample_pictures()
    for name, data in samples.items():
        examine(data, f"sample.{name.lower()}")
    return f"the locker reads {', '.join(samples)}"


def _check_holidays() -> str:
    """Each supported country's public holidays are known: helpline hours change on them."""
    from datetime import date, timedelta

    from safehelper.helpline_hours import is_public_holiday
    from safehelper.region import countries

    start = date(date.today().year, 1, 1)
    year = [start + timedelta(days=n) for n in range(365)]
    codes = list(countries())
    unknown = [code for code in codes if not any(is_public_holiday(code, day) for day in year)]
    if unknown:
        raise RuntimeError(f"no public holidays known for {', '.join(unknown)}")
    return f"public holidays known for {', '.join(codes)}"


def _check_qt() -> str:
    import subprocess

    from safehelper.paths import is_frozen

    command = [sys.executable] if is_frozen() else [sys.executable, "-m", "safehelper"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [*command, QT_PROBE], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise RuntimeError(detail[-1] if detail else f"exit code {result.returncode}")
    return result.stdout.strip()


def _qt_probe(args: argparse.Namespace) -> int:
    """Start Qt in this (child) process: paint the main window, grab the screen, read pictures.

    ``self-test`` runs it offscreen; run directly, it uses the real screen.
    """
    from safehelper_ui.probe import probe_offscreen

    print(probe_offscreen(sample_pictures()))
    return 0


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("resources", _check_resources),
    ("crypto", _check_crypto),
    ("keyring", _check_keyring),
    ("pictures", _check_pictures),
    ("holidays", _check_holidays),
    ("qt", _check_qt),
)


def run(args: argparse.Namespace) -> int:
    """Run every check, print one line each, and return 0 only if all pass."""
    failures = 0
    for name, check in CHECKS:
        try:
            detail = check()
        except Exception as exc:
            failures += 1
            print(f"FAIL {name}: {exc}")
        else:
            print(f"ok   {name}: {detail}")
    print("self-test passed" if not failures else f"self-test failed: {failures} problem(s)")
    return 0 if failures == 0 else 1
