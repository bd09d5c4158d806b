"""The window fetches time stamps by itself only while unlocked, and only with the option on.

A real window, a real locker, OpenSSL's TSA on 127.0.0.1, and a socket guard
that records every connection the app process opens. With the option on,
nothing connects while the window starts and the locker is locked; the stamps
arrive once it is unlocked. With the option off, nothing connects at all.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from cryptography import x509
from PySide6.QtWidgets import QApplication, QLabel
from safehelper_ui.app import Shell
from safehelper_ui.context import AppContext, Navigator
from safehelper_ui.item_detail import ItemDetail
from safehelper_ui.jobs import JobRegistry
from safehelper_ui.timestamp_form import TimestampForm
from test_export import PASSPHRASE, fill
from tsa_server import TestAuthority, TsaServer

from safehelper.errors import SafeHelperError
from safehelper.locker import Locker
from safehelper.locker.stamps import LockerStamps
from safehelper.settings import Settings
from safehelper.settings import load as load_settings


@pytest.fixture(scope="module")
def authority(tmp_path_factory: pytest.TempPathFactory) -> TestAuthority:
    return TestAuthority.create(tmp_path_factory.mktemp("tsa"), "Window Test")


@pytest.fixture
def tsa(authority: TestAuthority) -> Iterator[TsaServer]:
    server = TsaServer(authority)
    yield server
    server.close()


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every network connection this process opens, recorded (they still go through).

    Local sockets (D-Bus, the keyring) are not the network and are not recorded.
    """
    opened: list[object] = []
    connect = socket.socket.connect

    def recording(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            opened.append(address)
        connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", recording)
    return opened


def start(qapp: QApplication, qtbot, settings: Settings, authority: TestAuthority) -> Shell:  # type: ignore[no-untyped-def]
    with Locker.create(passphrase=PASSPHRASE, use_device=False) as locker:
        fill(locker)
    shell = Shell(qapp, AppContext(settings=settings, navigator=Navigator()))
    shell.stamps.extra_roots = x509.load_pem_x509_certificates(authority.ca_pem.read_bytes())
    qtbot.addWidget(shell.window)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    return shell


def unlock(shell: Shell, qtbot) -> None:  # type: ignore[no-untyped-def]
    problems: list[SafeHelperError] = []
    with qtbot.waitSignal(shell.ctx.locker.unlocked, timeout=30_000):
        shell.ctx.locker.unlock_with_passphrase(PASSPHRASE, problems.append)
    assert problems == []


def stop(shell: Shell, qapp: QApplication) -> None:
    qapp.removeEventFilter(shell.quick_exit)
    qapp.removeEventFilter(shell.idle)
    shell.shut_down()
    shell.ctx.locker.close_files()


def test_with_the_option_on_nothing_is_sent_until_the_locker_is_unlocked(
    qapp: QApplication, qtbot, tsa: TsaServer, authority: TestAuthority, connections: list[object]
) -> None:
    settings = Settings(
        country="NZ", first_run_done=True, timestamps_on=True, timestamp_url=tsa.url
    )
    shell = start(qapp, qtbot, settings, authority)
    try:
        shell.window.show_page("locker")
        qtbot.waitUntil(shell.ctx.jobs.is_idle)
        assert connections == [] and tsa.queries == 0
        assert not shell.stamps.is_running()

        unlock(shell, qtbot)
        with qtbot.waitSignal(shell.stamps.finished_round, timeout=60_000):
            pass
        locker = shell.ctx.locker.unlocked_locker()
        assert locker is not None
        status = LockerStamps(locker).status()
        assert len(status) == 7 and {e.state for e in status.values()} == {"received"}
        port = int(tsa.url.split(":")[2].split("/")[0])
        assert connections and set(connections) == {("127.0.0.1", port)}
    finally:
        stop(shell, qapp)


def test_with_the_option_off_nothing_is_sent_until_it_is_turned_on(
    qapp: QApplication, qtbot, tsa: TsaServer, authority: TestAuthority, connections: list[object]
) -> None:
    settings = Settings(country="NZ", first_run_done=True, timestamp_url=tsa.url)
    shell = start(qapp, qtbot, settings, authority)
    try:
        unlock(shell, qtbot)
        shell.stamps.poke()  # what a save does
        qtbot.waitUntil(shell.ctx.jobs.is_idle)
        assert not shell.stamps.is_running()
        assert connections == [] and tsa.queries == 0

        shell.ctx.settings.timestamps_on = True  # what the settings page's box does
        with qtbot.waitSignal(shell.stamps.finished_round, timeout=60_000):
            shell.stamps.poke()  # the next minute's look, without waiting a minute
        assert tsa.queries == 7
    finally:
        stop(shell, qapp)


def test_locking_stops_the_rounds(
    qapp: QApplication, qtbot, tsa: TsaServer, authority: TestAuthority
) -> None:
    settings = Settings(
        country="NZ", first_run_done=True, timestamps_on=True, timestamp_url=tsa.url
    )
    shell = start(qapp, qtbot, settings, authority)
    try:
        unlock(shell, qtbot)
        shell.lock()
        qtbot.waitUntil(shell.ctx.jobs.is_idle, timeout=60_000)
        asked = tsa.queries
        shell.stamps.poke()
        assert not shell.stamps.is_running() and tsa.queries == asked
    finally:
        stop(shell, qapp)


def test_the_opt_in_says_what_is_sent_in_settings_and_in_setup(
    qapp: QApplication, qtbot, tsa: TsaServer, authority: TestAuthority
) -> None:
    settings = Settings(country="NZ", first_run_done=True)
    shell = start(qapp, qtbot, settings, authority)
    try:
        for name in ("settings", "setup"):
            shell.window.show_page(name)
            form = shell.window.pages[name].findChild(TimestampForm)
            assert form is not None
            words = " ".join(label.text() for label in form.findChildren(QLabel))
            assert form.check.text() == "Get an independent time stamp for each saved picture."
            assert "Only a fingerprint of the picture is sent, never the picture." in words
            assert not form.check.isChecked()
        form.check.setChecked(True)
        assert shell.ctx.settings.timestamps_on and load_settings().timestamps_on
        form.authority.setCurrentIndex(form.authority.findData(""))
        form.address.setText("ftp://nowhere.example/")
        form.address.editingFinished.emit()
        assert "must start with https:// or http://" in form.status.text()
        form.address.setText(tsa.url)
        form.address.editingFinished.emit()
        assert load_settings().timestamp_url == tsa.url
    finally:
        stop(shell, qapp)


def test_the_item_details_say_where_its_stamp_stands(
    qapp: QApplication, qtbot, tsa: TsaServer, authority: TestAuthority
) -> None:
    with Locker.create(passphrase=PASSPHRASE, use_device=False) as locker:
        fill(locker)
        jobs = JobRegistry()
        detail = ItemDetail(lambda title, text, yes: True, jobs)
        qtbot.addWidget(detail)
        detail.locker = locker
        first = locker.items()[-1]
        detail.show_item(first)
        assert detail.fields["timestamp"].text() == "None yet"

        stamps = LockerStamps(locker)
        stamps.enqueue_missing()
        detail.show_item(first)
        assert detail.fields["timestamp"].text() == "Waiting"

        tsa.mode = "http-500"
        roots = x509.load_pem_x509_certificates(authority.ca_pem.read_bytes())
        stamps.run(tsa.url, roots, lambda: datetime.now(UTC), timeout=30)
        detail.show_item(first)
        assert detail.fields["timestamp"].text() == (
            "Failed: The time-stamp service answered with an error (HTTP 500). "
            "SafeHelper will try again."
        )

        tsa.mode = "ok"
        stamps.run(tsa.url, roots, lambda: datetime.now(UTC), due_only=False, timeout=30)
        detail.show_item(first)
        text = detail.fields["timestamp"].text()
        assert text.startswith("Received at ") and text.endswith(
            " from Window Test TSA, Window Test"
        )
        qtbot.waitUntil(jobs.is_idle)  # the pictures it opened, before the locker closes
