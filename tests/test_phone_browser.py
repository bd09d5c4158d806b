"""Add from my phone in a real phone browser: Chromium with the iPhone and Pixel profiles.

The address is opened exactly as ``safehelper receive`` printed it; real PNG
screenshots and a dated JPEG are chosen on the page, sealed by the vendored
cipher in the browser, and found in ``locker pending --json`` with their
SHA-256, the phone's time and the EXIF time. A capture of the loopback traffic during the
upload must hold no picture bytes, no image signature and not the key.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from phone_browser import (
    EXIF_TAKEN,
    PHONE_TIME,
    PHONES,
    browser_fixture,  # noqa: F401 (the browser fixture)
    chosen_files,
    phone_page,
    require_tool,
)
from phone_client import png_bytes

from safehelper.phone import address
from safehelper.phone.bridge import REFUSALS, PhoneBridge
from safehelper.phone.sealed_upload import ReceivedPicture

pytestmark = pytest.mark.chromium

# Loopback, whole packets, written as they come, with a large buffer so none is dropped.
TCPDUMP_ARGS = ["-i", "lo", "-s", "0", "-U", "-B", "65536"]
# A locker with a passphrase and no keyring, as on a shared family computer.
CLI_ENV = {
    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    "SAFEHELPER_PASSPHRASE": "purple elephants dance at noon",
}
UNREACHABLE = "The computer cannot be reached."


class Receiver:
    """``safehelper receive`` as a real process, its output read line by line as it comes."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "safehelper",
                "receive",
                "--host",
                "127.0.0.1",
                "--minutes",
                "5",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env={**os.environ, **CLI_ENV},
        )
        self.lines: queue.Queue[str] = queue.Queue()
        assert self.process.stdout is not None
        first = self.process.stdout.readline()
        assert first.startswith("Open on your phone: "), first
        self.address = first.removeprefix("Open on your phone: ").strip()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def line_starting(self, prefix: str) -> str:
        while True:
            line = self.lines.get(timeout=60)
            if line.startswith(prefix):
                return line

    def stop(self) -> str:
        self.process.send_signal(signal.SIGINT)
        self.process.wait(30)
        return self.line_starting("Stopped.")


class Capture:
    """tcpdump on the loopback interface, for one port, written to a pcap file."""

    def __init__(self, port: int, where: Path) -> None:
        self.path = where
        self.process = subprocess.Popen(
            [require_tool("tcpdump"), *TCPDUMP_ARGS, "-w", str(where), f"tcp port {port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stderr is not None
        # tcpdump says "listening on lo" once it captures: wait for that, not for a time.
        assert "listening on" in self.process.stderr.readline()

    def stop(self, port: int) -> bytes:
        # tcpdump may still hold packets when told to stop: send a marker after the upload
        # and stop only once the file has it (and so everything before it).
        marker = f"/capture-ends-{os.urandom(8).hex()}"
        with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
            sock.sendall(f"GET {marker} HTTP/1.1\r\n\r\n".encode())
            sock.recv(65536)
        deadline = time.monotonic() + 30
        while marker.encode() not in self.path.read_bytes():
            assert time.monotonic() < deadline, "tcpdump never wrote the marker"
            threading.Event().wait(0.05)
        self.process.send_signal(signal.SIGINT)
        _, report = self.process.communicate(timeout=30)
        # The kernel drops packets when tcpdump falls behind; such a capture proves nothing.
        assert re.search(r"^0 packets dropped by kernel$", report, re.MULTILINE), report
        return self.path.read_bytes()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    running = Receiver()
    yield running
    if running.process.poll() is None:
        running.process.kill()
        running.process.wait(30)


# Locators, not wait_for_function: the page's Content-Security-Policy forbids eval.
def wait_until_ready(page: object) -> None:
    page.locator("#choose:enabled").wait_for(timeout=30_000)  # type: ignore[attr-defined]


def wait_for_rows(page: object, count: int) -> list[str]:
    finished = page.locator("li.sent, li.refused")  # type: ignore[attr-defined]
    finished.nth(count - 1).wait_for(timeout=60_000)
    return page.locator("li").all_inner_texts()  # type: ignore[attr-defined]


@pytest.mark.parametrize("device", PHONES)
def test_screenshots_from_the_phone_arrive_and_the_wifi_sees_only_ciphertext(
    browser: object, device: str, receiver: Receiver, tmp_path: Path
) -> None:
    files = chosen_files(browser, tmp_path / "camera-roll")
    port = int(receiver.address.split("/")[2].rsplit(":", 1)[1])
    capture = Capture(port, tmp_path / "lo.pcap")
    page = phone_page(browser, device)
    page.goto(receiver.address)  # type: ignore[attr-defined]
    wait_until_ready(page)
    # The key leaves the address bar (and history) once the page has read it.
    assert "#" not in page.url  # type: ignore[attr-defined]
    page.set_input_files("#files", [str(path) for path in files])  # type: ignore[attr-defined]
    rows = wait_for_rows(page, len(files))
    assert all("Sent" in row for row in rows), rows
    page.get_by_role("button", name="Done").click()  # type: ignore[attr-defined]
    assert "Done: 4 sent" in page.locator("#status").inner_text()  # type: ignore[attr-defined]
    traffic = capture.stop(port)

    received = [receiver.line_starting("Received ") for _ in files]
    pending = json.loads(
        subprocess.run(
            [sys.executable, "-m", "safehelper", "locker", "pending", "--json"],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
            env={**os.environ, **CLI_ENV},
        ).stdout
    )
    taken = EXIF_TAKEN.replace(":", "-", 2).replace(" ", "T")
    for path in files:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        [line] = [line for line in received if digest in line]
        assert f"Received {path.name} " in line
        [entry] = [entry for entry in pending if entry["sha256"] == digest]
        assert entry["source"] == "phone"
        assert entry["original_name"] == path.name
        assert entry["size"] == path.stat().st_size
        assert entry["phone_modified"] == PHONE_TIME.isoformat()
        assert entry["exif_date"] == (taken if path.suffix == ".jpg" else None)
        assert entry["received_at"] >= PHONE_TIME.isoformat()

    assert len(traffic) > sum(path.stat().st_size for path in files)
    assert b"\x89PNG\r\n\x1a\n" not in traffic
    # A JPEG's 3-byte start alone turns up by chance in a megabyte of ciphertext: look
    # for the signature together with the header that follows it in each file.
    for path in files:
        data = path.read_bytes()
        assert data[:16] not in traffic
        for start in range(0, len(data) - 32, 997):
            assert data[start : start + 32] not in traffic, (path.name, start)
    key = address_key(receiver.address)
    assert key.encode() not in traffic
    assert receiver.stop() == "Stopped. The address no longer works."
    page.context.close()  # type: ignore[attr-defined]


def address_key(full: str) -> str:
    return full.split("#", 1)[1]


@pytest.fixture
def bridge() -> Iterator[tuple[PhoneBridge, list[ReceivedPicture]]]:
    kept: list[ReceivedPicture] = []
    server = PhoneBridge(kept.append, host="127.0.0.1")
    server.start()
    yield server, kept
    server.stop()


def test_a_second_phone_is_refused_plainly(
    browser: object, bridge: tuple[PhoneBridge, list[ReceivedPicture]]
) -> None:
    server, kept = bridge
    first = phone_page(browser, "iPhone 13")
    first.goto(server.address)  # type: ignore[attr-defined]
    wait_until_ready(first)
    second = phone_page(browser, "Pixel 7")
    second.goto(server.address)  # type: ignore[attr-defined]
    status = second.locator("#status.refused")  # type: ignore[attr-defined]
    status.wait_for(timeout=30_000)
    assert status.inner_text() == REFUSALS["other_phone"]
    assert second.locator("#choose").is_disabled()  # type: ignore[attr-defined]
    assert kept == []


def test_not_a_picture_and_a_200_mb_file_are_refused_on_the_page(
    browser: object, bridge: tuple[PhoneBridge, list[ReceivedPicture]], tmp_path: Path
) -> None:
    server, kept = bridge
    program = tmp_path / "photo.png"
    program.write_bytes(b"MZ\x90\x00" + os.urandom(5000))
    huge = tmp_path / "video.png"
    with open(huge, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB to the browser, nothing on disk
    page = phone_page(browser, "Pixel 7")
    page.goto(server.address)  # type: ignore[attr-defined]
    wait_until_ready(page)
    page.set_input_files("#files", [str(program), str(huge)])  # type: ignore[attr-defined]
    rows = wait_for_rows(page, 2)
    assert "It is not a picture SafeHelper can read" in rows[0]
    assert REFUSALS["too_large"] in rows[1]
    assert kept == []


def test_an_ended_session_is_refused_plainly(
    browser: object, bridge: tuple[PhoneBridge, list[ReceivedPicture]], tmp_path: Path
) -> None:
    server, kept = bridge
    picture = tmp_path / "chat.png"
    picture.write_bytes(png_bytes())
    page = phone_page(browser, "iPhone 13")
    page.goto(server.address)  # type: ignore[attr-defined]
    wait_until_ready(page)
    server.stop()  # what Hide now, closing the window or 10 idle minutes do
    page.set_input_files("#files", [str(picture)])  # type: ignore[attr-defined]
    [row] = wait_for_rows(page, 1)
    assert UNREACHABLE in row
    assert kept == []


def test_a_wrong_token_shows_the_plain_page(
    browser: object, bridge: tuple[PhoneBridge, list[ReceivedPicture]]
) -> None:
    server, kept = bridge
    token = server.address.split("/")[4]
    wrong = server.address.replace(token, "A" * len(token))
    page = phone_page(browser, "Pixel 7")
    page.goto(wrong)  # type: ignore[attr-defined]
    assert page.locator("body").inner_text() == REFUSALS["wrong_address"]  # type: ignore[attr-defined]
    assert kept == []


def test_the_qr_code_decodes_to_the_address(tmp_path: Path) -> None:
    code = "http://192.168.1.20:8765/s/" + "t" * 43 + "/#" + address.url_key(bytes(range(32)))
    image = tmp_path / "qr.png"
    image.write_bytes(address.qr_png(code))
    result = subprocess.run(
        [require_tool("zbarimg"), "--quiet", "--raw", str(image)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == code
