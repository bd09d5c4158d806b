"""Updating the directory from a real HTTP server on 127.0.0.1.

Only the internet is replaced: a local server publishes the files, and a test
key pair stands in for the maintainers' key (the real private key never enters
the repository). Every rejected update must leave the directory as it was.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safehelper import signature
from safehelper.cli import main
from safehelper.errors import SafeHelperError
from safehelper.helplines import bundled_directory, load_directory, local_path
from safehelper.helplines_update import update_directory
from safehelper.resources import read_json


class Site:
    """What the local server publishes, and a switch that makes it stall."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.stall = False
        self.release = threading.Event()
        self.requests: list[str] = []


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append(self.path)
            if state.stall:
                self.send_response(200)
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.write(b"{")
                self.wfile.flush()
                state.release.wait(10)
                return
            body = state.files.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def key(monkeypatch: pytest.MonkeyPatch) -> Ed25519PrivateKey:
    test_key = Ed25519PrivateKey.generate()
    monkeypatch.setattr(signature, "shipped_public_key", test_key.public_key)
    return test_key


def directory_bytes(version_bump: int, name: str = "Emergency 111 (updated)") -> bytes:
    data = copy.deepcopy(read_json("helplines.json"))
    data["version"] += version_bump
    data["services"][0]["name"] = name
    return json.dumps(data, indent=1).encode("utf-8")


def publish(state: Site, body: bytes, sig: bytes | None) -> None:
    state.files["/helplines.json"] = body
    if sig is not None:
        state.files["/helplines.json.sig"] = signature.encode_signature(sig).encode() + b"\n"


def assert_unchanged(before: bytes | None) -> None:
    path = local_path()
    after = path.read_bytes() if path.exists() else None
    assert after == before
    assert load_directory().services[0].name in ("Emergency 111", "Emergency 111 (updated)")


def current_local() -> bytes | None:
    path = local_path()
    return path.read_bytes() if path.exists() else None


def test_a_correctly_signed_newer_file_is_installed(
    site: tuple[Site, str], key: Ed25519PrivateKey
) -> None:
    state, base = site
    body = directory_bytes(1)
    publish(state, body, key.sign(body))
    result = update_directory(f"{base}/helplines.json")
    assert result.new_version == bundled_directory().version + 1
    assert state.requests == ["/helplines.json", "/helplines.json.sig"]
    directory = load_directory()
    assert directory.version == result.new_version
    assert directory.services[0].name == "Emergency 111 (updated)"


def test_a_second_newer_update_replaces_the_first(
    site: tuple[Site, str], key: Ed25519PrivateKey
) -> None:
    state, base = site
    first = directory_bytes(1)
    publish(state, first, key.sign(first))
    update_directory(f"{base}/helplines.json")
    second = directory_bytes(2, name="Emergency 111 (second)")
    publish(state, second, key.sign(second))
    update_directory(f"{base}/helplines.json")
    assert load_directory().services[0].name == "Emergency 111 (second)"


def test_a_tampered_file_is_rejected(site: tuple[Site, str], key: Ed25519PrivateKey) -> None:
    state, base = site
    body = directory_bytes(1)
    sig = key.sign(body)
    tampered = body.replace(b'"111"', b'"112"', 1)
    assert tampered != body
    publish(state, tampered, sig)
    before = current_local()
    with pytest.raises(SafeHelperError, match="not signed by SafeHelper"):
        update_directory(f"{base}/helplines.json")
    assert_unchanged(before)
    assert load_directory().version == bundled_directory().version


def test_a_file_signed_with_another_key_is_rejected(
    site: tuple[Site, str], key: Ed25519PrivateKey
) -> None:
    state, base = site
    body = directory_bytes(1)
    publish(state, body, Ed25519PrivateKey.generate().sign(body))
    with pytest.raises(SafeHelperError, match="not signed by SafeHelper"):
        update_directory(f"{base}/helplines.json")
    assert_unchanged(None)


def test_an_unsigned_file_is_rejected(site: tuple[Site, str], key: Ed25519PrivateKey) -> None:
    state, base = site
    publish(state, directory_bytes(1), sig=None)
    with pytest.raises(SafeHelperError, match=r"error \(404\)"):
        update_directory(f"{base}/helplines.json")
    assert_unchanged(None)


def test_an_older_file_is_rejected_and_keeps_a_previous_update(
    site: tuple[Site, str], key: Ed25519PrivateKey
) -> None:
    state, base = site
    newer = directory_bytes(2)
    publish(state, newer, key.sign(newer))
    update_directory(f"{base}/helplines.json")
    before = current_local()
    older = directory_bytes(1, name="Emergency 111 (older)")
    publish(state, older, key.sign(older))
    with pytest.raises(SafeHelperError, match="already have the newest"):
        update_directory(f"{base}/helplines.json")
    assert_unchanged(before)
    assert load_directory().version == bundled_directory().version + 2


def test_the_same_version_as_the_bundled_one_is_rejected(
    site: tuple[Site, str], key: Ed25519PrivateKey
) -> None:
    state, base = site
    body = directory_bytes(0)
    publish(state, body, key.sign(body))
    with pytest.raises(SafeHelperError, match="already have the newest"):
        update_directory(f"{base}/helplines.json")
    assert_unchanged(None)


def test_a_signed_but_invalid_file_is_rejected(
    site: tuple[Site, str], key: Ed25519PrivateKey
) -> None:
    state, base = site
    data = json.loads(directory_bytes(1))
    data["services"][0]["channels"][0]["value"] = "one one one"
    body = json.dumps(data).encode()
    publish(state, body, key.sign(body))
    with pytest.raises(SafeHelperError, match="nz-emergency-111"):
        update_directory(f"{base}/helplines.json")
    assert_unchanged(None)


def test_a_stalled_server_times_out(site: tuple[Site, str], key: Ed25519PrivateKey) -> None:
    state, base = site
    state.stall = True
    with pytest.raises(SafeHelperError, match="took too long"):
        update_directory(f"{base}/helplines.json", timeout=0.5)
    assert_unchanged(None)


def test_an_oversized_file_is_rejected(site: tuple[Site, str], key: Ed25519PrivateKey) -> None:
    state, base = site
    body = b" " * 2_000_001
    publish(state, body, key.sign(body))
    with pytest.raises(SafeHelperError, match="too big"):
        update_directory(f"{base}/helplines.json")
    assert_unchanged(None)


def test_no_server_is_a_plain_network_error(key: Ed25519PrivateKey) -> None:
    with pytest.raises(SafeHelperError, match="Could not reach"):
        update_directory("http://127.0.0.1:9/helplines.json", timeout=2)
    assert_unchanged(None)


def test_plain_http_to_another_computer_is_refused(safehelper_home: Path) -> None:
    with pytest.raises(SafeHelperError, match="https://"):
        update_directory("http://example.org/helplines.json")


def test_cli_update_reports_success_and_failure_in_one_line(
    site: tuple[Site, str], key: Ed25519PrivateKey, capsys: pytest.CaptureFixture[str]
) -> None:
    state, base = site
    body = directory_bytes(1)
    publish(state, body, key.sign(body))
    assert main(["helplines", "update", "--url", f"{base}/helplines.json"]) == 0
    assert "updated from version" in capsys.readouterr().out
    assert main(["helplines", "update", "--url", f"{base}/helplines.json"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already have the newest" in err


def test_a_crafted_local_update_falls_back_to_the_shipped_list_in_the_cli(
    capsys: pytest.CaptureFixture[str],
) -> None:
    local_path().write_bytes(b"[" * 100_000)
    assert main(["helplines", "--country", "NZ"]) == 0
    out = capsys.readouterr().out
    assert "111" in out
    assert load_directory().version == bundled_directory().version
