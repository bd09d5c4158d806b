"""Family set-up core: trusted adults, start at login, the alert and removing data."""

from __future__ import annotations

import plistlib
import shlex
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from http_recorder import RecordingServer

from safehelper import alert, autostart, data_removal, family, keychain, keyslots
from safehelper import settings as settings_store
from safehelper.errors import SafeHelperError
from safehelper.locker import Locker
from safehelper.paths import cache_dir
from safehelper.settings import Settings


@pytest.fixture(autouse=True)
def private_xdg_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Autostart files go to a temporary XDG config home, never the real one."""
    folder = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return folder


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    srv = RecordingServer()
    yield srv
    srv.stop()


@pytest.fixture
def clean_keyring() -> Iterator[None]:
    yield
    for name in data_removal.keyring_entries():
        keychain.delete_secret(name)


# Trusted adults ----------------------------------------------------------------------------


def test_trusted_adults_round_trip_through_the_settings_file() -> None:
    settings = Settings()
    aroha = family.make_adult("  Aroha  Smith ", "Aunt", "+64 21 123 4567", "")
    mum = family.make_adult("Mum", "", "", "mum@example.org")
    family.set_trusted_adults(settings, [aroha, mum])
    settings_store.save(settings)
    loaded = family.trusted_adults(settings_store.load())
    assert loaded == [aroha, mum]
    assert loaded[0].name == "Aroha Smith"
    assert loaded[0].tel_url() == "tel:+64211234567"
    assert loaded[0].sms_url() == "sms:+64211234567"
    assert loaded[1].mailto_url() == "mailto:mum@example.org"
    assert loaded[1].tel_url() == ""
    assert loaded[0].contact_text() == "Aroha Smith (Aunt), +64 21 123 4567"


@pytest.mark.parametrize(
    ("name", "phone", "email", "words"),
    [
        ("", "021 123 4567", "", "name"),
        ("Mum", "", "", "phone number or an email"),
        ("Mum", "call me", "", "digits"),
        ("Mum", "12", "", "complete"),
        ("Mum", "12+34567", "", "digits"),
        ("Mum", "", "mum@", "email address"),
        ("Mum", "", "mum at example.org", "email address"),
    ],
)
def test_bad_entries_are_refused_in_plain_words(
    name: str, phone: str, email: str, words: str
) -> None:
    with pytest.raises(SafeHelperError, match=words):
        family.make_adult(name, "", phone, email)


def test_a_hand_damaged_entry_is_skipped_not_fatal() -> None:
    settings = Settings(
        trusted_adults=[{"name": "Dad", "phone": "027 555 0101"}, {"name": ""}, "junk"]
    )  # type: ignore[list-item]
    assert [a.name for a in family.trusted_adults(settings)] == ["Dad"]


# Start at login ----------------------------------------------------------------------------


def test_xdg_autostart_file_is_created_and_removed(private_xdg_config: Path) -> None:
    command = ["/opt/Safe Helper/bin/safehelper"]
    assert not autostart.is_enabled("linux")
    autostart.enable("linux", command)
    path = private_xdg_config / "autostart" / "nz.safehelper.SafeHelper.desktop"
    assert autostart.is_enabled("linux")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    # Quoted per the Desktop Entry spec: the string escape doubles backslashes first.
    assert shlex.split(exec_line.removeprefix("Exec=").replace("\\\\", "\\")) == command
    autostart.disable("linux")
    assert not path.exists()
    assert not autostart.is_enabled("linux")
    autostart.disable("linux")  # turning off twice is fine


def test_desktop_exec_escapes_percent_and_quotes() -> None:
    entry = autostart.desktop_entry(['/home/zoë/100%/my "app"/safehelper'])
    assert 'Exec="/home/zoë/100%%/my \\\\"app\\\\"/safehelper"' in entry


def test_macos_launch_agent_is_created_and_removed(tmp_path: Path) -> None:
    autostart.enable("darwin", ["/Applications/SafeHelper.app/Contents/MacOS/SafeHelper"])
    path = tmp_path / "home" / "Library" / "LaunchAgents" / "nz.safehelper.SafeHelper.plist"
    data = plistlib.loads(path.read_bytes())
    assert data["RunAtLoad"] is True
    assert data["ProgramArguments"] == ["/Applications/SafeHelper.app/Contents/MacOS/SafeHelper"]
    assert autostart.is_enabled("darwin")
    autostart.disable("darwin")
    assert not path.exists()


def test_the_registered_command_is_the_installed_launcher() -> None:
    import sysconfig

    launcher = Path(sysconfig.get_path("scripts")) / "safehelper"
    assert launcher.is_file()  # the dev venv has an editable install
    assert autostart.launch_command() == [str(launcher), "--background"]


# The alert ---------------------------------------------------------------------------------


def test_the_message_is_exactly_the_agreed_words() -> None:
    assert alert.message_for("Mele") == (
        "Mele needs your help with something online. Please talk to them in person soon."
    )
    assert alert.message_for("Mele", alert.HELP_NOW) == (
        "Mele needs your help right now. Please call them or go to them now."
    )


def test_ntfy_post_carries_exactly_the_message_and_a_title(server: RecordingServer) -> None:
    channel = alert.Channel("ntfy", server.url("/our-family-7f3k"))
    channel.send(alert.message_for("Zoë"), timeout=5)
    assert len(server.requests) == 1
    got = server.requests[0]
    assert got.path == "/our-family-7f3k"
    assert got.body.decode("utf-8") == alert.message_for("Zoë")
    assert got.headers["Title"] == "SafeHelper"
    assert got.headers["Priority"] == "high"
    assert got.headers["Content-Type"] == "text/plain; charset=utf-8"


def test_webhook_post_is_json_text(server: RecordingServer) -> None:
    import json

    alert.Channel("webhook", server.url("/hook/abc")).send_test(timeout=5)
    got = server.requests[0]
    assert json.loads(got.body) == {"text": alert.TEST_MESSAGE}
    assert got.headers["Content-Type"] == "application/json"


def test_server_down_then_fixed(server: RecordingServer) -> None:
    port = server.port
    server.stop()
    channel = alert.Channel("ntfy", f"http://127.0.0.1:{port}/t")
    with pytest.raises(SafeHelperError, match=r"could not reach.*Try again"):
        channel.send("hello", timeout=5)
    fixed = RecordingServer(port)
    try:
        channel.send("hello", timeout=5)
        assert [r.body for r in fixed.requests] == [b"hello"]
    finally:
        fixed.stop()


def test_timeout_then_fixed(server: RecordingServer) -> None:
    server.mode = "stall"
    channel = alert.Channel("ntfy", server.url())
    with pytest.raises(SafeHelperError, match=r"did not answer in time.*Try again"):
        channel.send("hello", timeout=0.5)
    server.mode = "ok"
    channel.send("hello", timeout=5)
    assert [r.body for r in server.requests] == [b"hello"]


def test_http_500_then_fixed(server: RecordingServer) -> None:
    server.mode = "error"
    channel = alert.Channel("webhook", server.url())
    with pytest.raises(SafeHelperError, match=r"error 500.*Try again"):
        channel.send("hello", timeout=5)
    server.mode = "ok"
    channel.send("hello", timeout=5)
    assert len(server.requests) == 2


def test_redirects_are_not_followed(server: RecordingServer) -> None:
    server.mode = "redirect"
    with pytest.raises(SafeHelperError, match="points somewhere else"):
        alert.Channel("ntfy", server.url()).send("hello", timeout=5)
    assert len(server.requests) == 1


@pytest.mark.parametrize("url", ["http://ntfy.sh/topic", "ftp://example.org/x", "ntfy.sh/x", ""])
def test_only_https_addresses_are_accepted(url: str) -> None:
    with pytest.raises(SafeHelperError):
        alert.check_url(url)


@pytest.mark.keyring
def test_channel_address_lives_only_in_the_keyring(clean_keyring: None) -> None:
    settings = Settings()
    secret = "https://ntfy.example.org/family-secret-topic-93jd"
    alert.connect(settings, "ntfy", secret)
    settings_store.save(settings)
    text = settings_store.settings_path().read_text(encoding="utf-8")
    assert secret not in text
    assert '"alert_channel": "ntfy"' in text
    assert keyring.get_password("SafeHelper", alert.KEYRING_ENTRY) == secret
    assert alert.load_channel(settings_store.load()) == alert.Channel("ntfy", secret)
    alert.disconnect(settings)
    assert keyring.get_password("SafeHelper", alert.KEYRING_ENTRY) is None
    assert alert.load_channel(settings) is None


# Removing SafeHelper's data ----------------------------------------------------------------


@pytest.mark.keyring
def test_remove_all_deletes_only_safehelpers_data(
    tmp_path: Path, safehelper_home: Path, clean_keyring: None
) -> None:
    settings = Settings(first_run_done=True)
    alert.connect(settings, "webhook", "https://hooks.example.org/T0/B0/secret")
    settings_store.save(settings)
    autostart.enable(command=["/usr/bin/safehelper"])
    with Locker.create(use_device=True) as locker:
        device_entry = keyslots.device_entry_name(locker.locker_id)
    assert keyring.get_password("SafeHelper", device_entry)
    (cache_dir() / "safehelper.log").write_text("log")
    unrelated_file = tmp_path / "homework.txt"
    unrelated_file.write_text("keep me")
    other_autostart = autostart.desktop_file_path().parent / "other-app.desktop"
    other_autostart.write_text("[Desktop Entry]\n")
    keyring.set_password("SomeOtherApp", "token", "keep-me")
    try:
        report = data_removal.remove_all()
        assert not safehelper_home.exists()
        assert not autostart.is_enabled()
        assert keyring.get_password("SafeHelper", alert.KEYRING_ENTRY) is None
        assert keyring.get_password("SafeHelper", device_entry) is None
        assert set(report.keyring_entries) == {alert.KEYRING_ENTRY, device_entry}
        assert not Locker.exists()
        assert len(report.folders) == 3
        assert unrelated_file.read_text() == "keep me"
        assert other_autostart.exists()
        assert keyring.get_password("SomeOtherApp", "token") == "keep-me"
    finally:
        keyring.delete_password("SomeOtherApp", "token")


def test_removal_refuses_a_disk_root_or_the_home_folder(tmp_path: Path) -> None:
    for folder in (Path("/"), Path.home().resolve()):
        with pytest.raises(SafeHelperError, match="will not delete"):
            data_removal._refuse_dangerous(folder)
    data_removal._refuse_dangerous(tmp_path / "safehelper-home" / "data")


def test_no_safe_keyring_means_no_alert_and_a_plain_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    settings = Settings()
    with pytest.raises(SafeHelperError, match="no safe place to keep the alert address"):
        alert.connect(settings, "ntfy", "https://ntfy.sh/some-long-topic")
    assert settings.alert_channel == ""
