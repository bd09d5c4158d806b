"""The cipher the phone page runs is exactly the vendored, recorded build of @noble/ciphers."""

from __future__ import annotations

import subprocess

from safehelper.resources import resource_root


def test_the_shipped_cipher_matches_its_recorded_checksum() -> None:
    folder = resource_root() / "phone"
    result = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "noble-ciphers.js: OK" in result.stdout
    assert "noble-ciphers.LICENSE: OK" in result.stdout


def test_the_page_loads_only_the_vendored_cipher_and_its_own_script() -> None:
    folder = resource_root() / "phone"
    page = (folder / "index.html").read_text(encoding="utf-8")
    script = (folder / "phone.js").read_text(encoding="utf-8")
    assert '<script type="module" src="phone.js">' in page
    assert "://" not in page  # nothing loaded from anywhere else
    assert "import { gcm } from './noble-ciphers.js';" in script
    assert "Math.random" not in script  # nonces and ids come from crypto.getRandomValues
    assert "@noble/ciphers 2.4.0" in (folder / "noble-ciphers.js").read_text(encoding="utf-8")
