"""The phone bridge as its own specification: what it serves, and everything it refuses.

A real server on 127.0.0.1 and a phone in Python that seals exactly as the
page does (the browser tests show the two agree). Every refusal must come back
as a plain message and must leave the sink (the future review queue) untouched.
"""

from __future__ import annotations

import hashlib
import io
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from phone_client import PhoneClient, png_bytes, read_response
from PIL import Image

from safehelper.errors import SafeHelperError
from safehelper.locker import Locker
from safehelper.locker.review_queue import PENDING_DIR, ReviewQueue
from safehelper.phone import address
from safehelper.phone.bridge import REFUSALS, Limits, PhoneBridge, PhoneEvent
from safehelper.phone.sealed_upload import ReceivedPicture


class Bridge:
    def __init__(self, limits: Limits | None = None) -> None:
        self.kept: list[ReceivedPicture] = []
        self.events: list[PhoneEvent] = []
        self.server = PhoneBridge(
            self.kept.append, host="127.0.0.1", limits=limits, listener=self.events.append
        )
        self.server.start()
        self.address = self.server.address

    def phone(self) -> PhoneClient:
        return PhoneClient(self.address)


@pytest.fixture
def bridge() -> Iterator[Bridge]:
    running = Bridge(Limits(header_seconds=1.0, min_bytes_per_second=1_000_000, max_files=5))
    yield running
    running.server.stop()


def test_the_page_its_files_and_a_picture_arrive(bridge: Bridge) -> None:
    phone = bridge.phone()
    page = phone.request("GET", phone.base)
    assert page.status == 200
    assert b"Choose screenshots" in page.body
    assert b"Screenshots of the chat only, not the private pictures" in page.body
    for name in ("phone.js", "phone.css", "noble-ciphers.js"):
        assert phone.request("GET", phone.base + name).status == 200
    assert phone.claim().status == 200
    picture = png_bytes()
    answer = phone.upload(picture, "chat 1.png")
    assert answer.status == 200, answer.body
    [kept] = bridge.kept
    assert kept.data == picture
    assert kept.sha256 == hashlib.sha256(picture).hexdigest() == answer.json["sha256"]
    assert kept.name == "chat 1.png"
    assert kept.phone_modified == "2025-11-30T00:00:00+00:00"
    assert kept.received_at.endswith("+00:00")


def test_the_address_carries_the_key_only_after_the_hash(bridge: Bridge) -> None:
    phone = bridge.phone()
    assert bridge.address.startswith(f"http://127.0.0.1:{bridge.server.port}/s/")
    assert len(phone.key) == 32
    assert address.url_key(phone.key) not in bridge.address.split("#")[0]


def test_a_wrong_token_gets_a_plain_page_and_nothing_else(bridge: Bridge) -> None:
    phone = bridge.phone()
    for path in (
        "/",
        "/s/not-the-token/",
        "/s/not-the-token/phone.js",
        "/phone.js",
        phone.base.rstrip("/"),
        phone.base + "../../etc/passwd",
    ):
        answer = phone.request("GET", path)
        assert answer.status == 404, path
        assert REFUSALS["wrong_address"].encode() in answer.body
    wrong = PhoneClient(bridge.address.replace(phone.token, "x" * 43))
    assert wrong.claim().status == 404
    assert bridge.kept == []


def test_the_claim_needs_the_key_and_a_second_phone_is_refused(bridge: Bridge) -> None:
    thief = bridge.phone()
    assert thief.claim(key=bytes(32)).status == 403
    first = bridge.phone()
    assert first.claim().status == 200
    assert first.claim().status == 200  # the same phone reloading the page
    second = bridge.phone()
    answer = second.claim()
    assert answer.status == 409
    assert answer.message == REFUSALS["other_phone"]
    # A second phone sending under its own id, even with the right key, is refused too.
    sequence, body = second.sealed_picture(png_bytes())
    assert second.send(sequence, body).status == 403
    assert bridge.kept == []


def test_a_captured_upload_replayed_is_refused(bridge: Bridge) -> None:
    phone = bridge.phone()
    phone.claim()
    sequence, body = phone.sealed_picture(png_bytes())
    assert phone.send(sequence, body).status == 200
    replay = phone.send(sequence, body)
    assert replay.status == 409
    assert replay.message == REFUSALS["repeat"]
    # Under a new number its nonce is already spent; and a fresh capture sent under
    # another number no longer opens, because the number is sealed in.
    assert phone.send(sequence + 7, body).message == REFUSALS["repeat"]
    sequence, body = phone.sealed_picture(png_bytes())
    moved = phone.send(sequence + 1, body)
    assert moved.status == 422
    assert moved.message == REFUSALS["garbled"]
    assert len(bridge.kept) == 1


def test_changed_bytes_are_refused_as_garbled(bridge: Bridge) -> None:
    phone = bridge.phone()
    phone.claim()
    sequence, body = phone.sealed_picture(png_bytes())
    flipped = body[:-1] + bytes([body[-1] ^ 1])
    assert phone.send(sequence, flipped).message == REFUSALS["garbled"]
    assert bridge.kept == []


def test_a_file_that_is_not_a_picture_gets_the_lockers_reason(bridge: Bridge) -> None:
    phone = bridge.phone()
    phone.claim()
    answer = phone.upload(b"MZ\x90\x00 this is a program, not a picture", "photo.png")
    assert answer.status == 422
    assert answer.json["code"] == "not_image"
    assert "not a picture SafeHelper can read" in answer.message
    truncated = png_bytes()[:-40]
    assert "damaged or cut off" in phone.upload(truncated).message
    assert bridge.kept == []


def test_a_200_mb_upload_is_refused_before_it_is_read(bridge: Bridge) -> None:
    phone = bridge.phone()
    phone.claim()
    with phone.raw() as sock:
        head = (
            f"POST {phone.base}upload HTTP/1.1\r\nHost: x\r\nX-Phone: {phone.phone_id}\r\n"
            f"X-Seq: 1\r\nContent-Length: {200 * 1024 * 1024}\r\n\r\n"
        )
        sock.sendall(head.encode() + bytes(65536))
        answer = read_response(sock)
    assert answer.status == 413
    assert answer.message == REFUSALS["too_large"]
    assert bridge.kept == []


def test_a_slow_drip_client_is_cut_off(bridge: Bridge) -> None:
    phone = bridge.phone()
    phone.claim()
    head = f"POST {phone.base}upload HTTP/1.1\r\nX-Phone: {phone.phone_id}\r\n".encode()
    with phone.raw() as sock:
        sock.settimeout(0.2)  # one byte per wait: far slower than the head's deadline allows
        answer = None
        for byte in head * 100:
            sock.sendall(bytes([byte]))
            try:
                first = sock.recv(65536, socket.MSG_PEEK)
            except TimeoutError:
                continue
            if first:
                sock.settimeout(30)
                answer = read_response(sock)
                break
    assert answer is not None
    assert answer.status == 408
    assert answer.message == REFUSALS["too_slow"]


def test_a_slow_drip_body_is_cut_off(bridge: Bridge) -> None:
    phone = bridge.phone()
    phone.claim()
    sequence, body = phone.sealed_picture(png_bytes())
    head = (
        f"POST {phone.base}upload HTTP/1.1\r\nX-Phone: {phone.phone_id}\r\n"
        f"X-Seq: {sequence}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    with phone.raw() as sock:
        sock.sendall(head)
        sock.settimeout(0.2)
        answer = None
        for byte in body:
            sock.sendall(bytes([byte]))
            try:
                first = sock.recv(65536, socket.MSG_PEEK)
            except TimeoutError:
                continue
            if first:
                sock.settimeout(30)
                answer = read_response(sock)
                break
    assert answer is not None and answer.status == 408
    assert bridge.kept == []


def test_too_many_files_are_refused(bridge: Bridge) -> None:
    phone = bridge.phone()
    phone.claim()
    for index in range(5):
        assert phone.upload(png_bytes(colour=f"#0000{index:02x}")).status == 200
    answer = phone.upload(png_bytes())
    assert answer.status == 429
    assert answer.message == REFUSALS["too_many"]
    assert len(bridge.kept) == 5


def test_a_locked_locker_is_reported_on_the_phone_and_keeps_nothing(
    safehelper_home: Path,
) -> None:
    # What happens when the locker locks (Hide now) while a picture is on its way.
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    locker = Locker.create(safehelper_home / "locker", passphrase="purple elephants dance")
    queue = ReviewQueue(locker)
    locker.lock()
    server = PhoneBridge(lambda picture: queue.add(picture.data, source="phone"), host="127.0.0.1")
    server.start()
    try:
        phone = PhoneClient(server.address)
        phone.claim()
        answer = phone.upload(png_bytes())
        assert answer.status == 500
        assert answer.message.startswith(REFUSALS["not_saved"] + " The locker is locked.")
        assert not (locker.folder / PENDING_DIR).exists()
    finally:
        server.stop()
        locker.close()
        keyring.set_keyring(before)


def test_stop_closes_the_port_at_once(bridge: Bridge) -> None:
    phone = bridge.phone()
    idle = phone.raw()  # an open connection must not hold the session up
    bridge.server.stop()
    assert bridge.server.ended.is_set()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", bridge.server.port), timeout=5)
    assert _closed_by_server(idle)
    idle.close()
    assert PhoneEvent("ended") in bridge.events


def _closed_by_server(sock: socket.socket) -> bool:
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:  # dropped at once rather than said goodbye to
        return True


def test_ten_minutes_without_use_ends_the_session() -> None:
    # The same rule with a shorter wait: no request in idle_seconds ends it.
    running = Bridge(Limits(idle_seconds=0.5))
    try:
        assert running.server.ended.wait(30)
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", running.server.port), timeout=5)
    finally:
        running.server.stop()


def test_only_home_network_addresses_are_listened_on() -> None:
    for host in ("0.0.0.0", "8.8.8.8", "example.org", "::"):
        with pytest.raises(SafeHelperError):
            address.checked_host(host)
    for host in ("127.0.0.1", "192.168.1.20", "10.0.0.5", "172.20.1.1", "fe80::1", "::1"):
        assert address.checked_host(host)
    assert address.phone_address("fe80::1", 8080, "t", bytes(32)).startswith(
        "http://[fe80::1]:8080/s/t/#"
    )


def test_exif_date_and_phone_time_are_both_kept(bridge: Bridge) -> None:
    image = Image.new("RGB", (300, 500), "navy")
    exif = Image.Exif()
    exif.get_ifd(0x8769)[36867] = "2026:11:28 21:14:05"
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    phone = bridge.phone()
    phone.claim()
    assert phone.upload(out.getvalue(), "IMG_0001.jpg").status == 200
    [kept] = bridge.kept
    assert kept.facts.exif_date == "2026-11-28T21:14:05"
    assert kept.phone_modified == "2025-11-30T00:00:00+00:00"


def test_connections_from_many_clients_do_not_block_the_phone(bridge: Bridge) -> None:
    idle = [bridge.phone().raw() for _ in range(20)]
    phone = bridge.phone()
    results: list[int] = []
    worker = threading.Thread(target=lambda: results.append(phone.claim().status))
    worker.start()
    worker.join(30)
    assert results == [200]
    for sock in idle:
        sock.close()


def test_receive_refuses_a_public_address_in_one_plain_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "safehelper", "receive", "--host", "8.8.8.8"],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert "not a home-network address" in line
    assert result.stdout == ""


def test_more_connections_than_a_phone_opens_are_dropped(bridge: Bridge) -> None:
    held = [bridge.phone().raw() for _ in range(32)]
    for sock in held:  # each one served: it answers a request for the page
        sock.sendall(f"GET {bridge.phone().base} HTTP/1.1\r\n\r\n".encode())
        assert read_response(sock).status == 200
    extra = bridge.phone().raw()
    assert _closed_by_server(extra)
    extra.close()
    for sock in held:
        sock.close()
