"""The "Add from my phone" window: a code that decodes to the served address, and a quick end.

A real locker made through the app's own holder, a real bridge on 127.0.0.1,
the QR code read back by ``zbarimg``, a picture sent by a Python phone, and
the session ended the three ways the app ends it: Hide now (every job
cancelled), closing the window, and the locker locking.
"""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from phone_browser import require_tool
from phone_client import PhoneClient, png_bytes
from safehelper_ui.jobs import JobRegistry
from safehelper_ui.locker_holder import LockerHolder
from safehelper_ui.phone_window import PhoneWindow

from safehelper.errors import SafeHelperError
from safehelper.locker import LockerSession
from safehelper.locker.review_queue import ReviewQueue

PASS = "purple elephants dance at noon"


@pytest.fixture
def holder(qtbot, tmp_path: Path) -> Iterator[LockerHolder]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    jobs = JobRegistry()
    made = LockerHolder(jobs, LockerSession(tmp_path / "locker"))
    errors: list[SafeHelperError] = []
    made.create(PASS, False, lambda: None, errors.append)
    qtbot.waitUntil(lambda: made.is_unlocked or bool(errors), timeout=60_000)
    assert errors == []
    yield made
    jobs.wait_all()
    made.close_files()
    keyring.set_keyring(before)


def port_refuses(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    except ConnectionRefusedError:
        return True
    return False


def open_window(qtbot, holder: LockerHolder) -> PhoneWindow:
    window = PhoneWindow(holder, host="127.0.0.1")
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_code_decodes_to_the_address_the_server_serves(
    qtbot, holder: LockerHolder, tmp_path: Path
) -> None:
    window = open_window(qtbot, holder)
    assert window.bridge is not None
    image = tmp_path / "code.png"
    assert window.code.pixmap().save(str(image))
    decoded = subprocess.run(
        [require_tool("zbarimg"), "--quiet", "--raw", str(image)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.strip()
    assert decoded == window.bridge.address
    assert decoded in window.address_label.text()

    phone = PhoneClient(decoded)
    assert phone.request("GET", phone.base).status == 200
    assert phone.claim().status == 200
    picture = png_bytes()
    assert phone.upload(picture, "chat.png").status == 200
    qtbot.waitUntil(lambda: "1 picture is waiting" in window.status.text(), timeout=30_000)
    locker = holder.unlocked_locker()
    assert locker is not None
    [waiting] = ReviewQueue(locker).items()
    assert waiting.original_name == "chat.png"
    assert locker.items() == []


def test_hide_now_ends_the_session(qtbot, holder: LockerHolder) -> None:
    window = open_window(qtbot, holder)
    assert window.bridge is not None
    port = window.bridge.port
    assert not port_refuses(port)
    holder.jobs.cancel_all()  # what Hide now does to every job, before hiding the windows
    qtbot.waitUntil(lambda: port_refuses(port), timeout=5_000)
    qtbot.waitUntil(lambda: "no longer works" in window.address_label.text(), timeout=5_000)


def test_closing_the_window_or_locking_ends_the_session(qtbot, holder: LockerHolder) -> None:
    window = open_window(qtbot, holder)
    assert window.bridge is not None
    window.close()
    assert port_refuses(window.bridge.port)

    again = open_window(qtbot, holder)
    assert again.bridge is not None
    holder.lock()
    assert port_refuses(again.bridge.port)
    assert not again.isVisible()


def test_a_public_address_gets_the_file_route_instead(qtbot, holder: LockerHolder) -> None:
    window = PhoneWindow(holder, host="8.8.8.8")
    qtbot.addWidget(window)
    assert window.bridge is None
    assert "not a home-network address" in window.status.text()
    assert "Android" in window.address_label.text()
    assert window.code.pixmap().isNull()
