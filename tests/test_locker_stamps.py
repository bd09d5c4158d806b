"""Time stamps in a real locker and a real pack, against a real TSA on 127.0.0.1.

The story: a teen saves pictures and writes down what happened; time stamps
are fetched (``safehelper locker timestamp``) and kept in the chain; the
exported pack passes README.txt's ``openssl ts -verify`` commands and
``verify-pack``; a changed picture or token fails both, naming the picture. A
TSA that fails leaves everything saved, says why, and a later try succeeds.
With the option off nothing touches the network at all (a socket guard).
"""

from __future__ import annotations

import hashlib
import json
import re
import shlex
import socket
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_export import PASSPHRASE, fill, screenshot
from tsa_server import TestAuthority, TsaServer

from safehelper import export, settings
from safehelper.cli import main
from safehelper.locker import Locker, LockerSession
from safehelper.locker.stamps import CHAIN, ITEM, LockerStamps
from safehelper.pack import PackProblem, verify_pack
from safehelper.timestamps.authorities import load_chain_file, trusted_roots


@pytest.fixture(scope="module")
def authority(tmp_path_factory: pytest.TempPathFactory) -> TestAuthority:
    return TestAuthority.create(tmp_path_factory.mktemp("tsa"), "Locker Test")


@pytest.fixture(scope="module")
def stranger(tmp_path_factory: pytest.TempPathFactory) -> TestAuthority:
    return TestAuthority.create(tmp_path_factory.mktemp("stranger"), "Stranger")


@pytest.fixture
def tsa(authority: TestAuthority, stranger: TestAuthority) -> Iterator[TsaServer]:
    server = TsaServer(authority, stranger)
    yield server
    server.close()


@pytest.fixture
def locker(safehelper_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Locker]:
    """The usual locker (where the command line looks), with six pictures and the details."""
    monkeypatch.setenv("SAFEHELPER_PASSPHRASE", PASSPHRASE)
    with LockerSession() as session:
        made = session.create(passphrase=PASSPHRASE, use_device=False)
        fill(made)
        yield made


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every outgoing connection attempted in this process, refused and recorded."""
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network use is not allowed here")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def stamp_all(locker: Locker, tsa: TsaServer, authority: TestAuthority) -> None:
    roots = trusted_roots(load_chain_file(authority.ca_pem))
    stamps = LockerStamps(locker)
    stamps.enqueue_missing()
    result = stamps.run(tsa.url, roots, lambda: datetime.now(UTC), timeout=30)
    assert not result.failed


def test_with_the_option_off_the_command_refuses_and_nothing_connects(
    locker: Locker, connections: list[object], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["locker", "timestamp"]) == 1
    assert "Independent time stamps are off" in capsys.readouterr().err
    assert main(["locker", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {entry["timestamp"]["state"] for entry in listed} == {"none"}
    assert listed[0]["timestamp"]["text"] == "no independent time stamp"
    assert connections == []


def test_the_command_stamps_every_picture_and_the_details_and_lists_them(
    locker: Locker,
    tsa: TsaServer,
    authority: TestAuthority,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings.save(settings.Settings(timestamps_on=True, timestamp_url=tsa.url))
    assert main(["locker", "timestamp", "--tsa-chain", str(authority.ca_pem)]) == 0
    out = capsys.readouterr().out
    assert out.count("time stamp: received at") == 7  # six pictures, one incident record
    assert "7 of 7 time stamp(s) received" in out

    assert main(["locker", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {entry["timestamp"]["state"] for entry in listed} == {"received"}
    assert listed[0]["timestamp"]["tsa"] == "Locker Test TSA, Locker Test"
    assert locker.verify().ok  # the stamps are chain records like any other

    stamps = LockerStamps(locker).stamps()
    details = [s for t, s in stamps.items() if t.startswith(CHAIN)]
    records = {f"{CHAIN}{r.seq}": r.entry_hash for r in locker.chain_records()}
    assert [s.digest for s in details] == [
        records[t] for t in stamps if t.startswith(CHAIN)
    ]  # the TSA signed the record's chain hash itself
    assert main(["locker", "timestamp", "--tsa-chain", str(authority.ca_pem)]) == 0
    assert "Nothing to stamp" in capsys.readouterr().out


def test_a_failing_tsa_keeps_everything_says_why_and_a_later_try_succeeds(
    locker: Locker, tsa: TsaServer, authority: TestAuthority
) -> None:
    roots = trusted_roots(load_chain_file(authority.ca_pem))
    stamps = LockerStamps(locker)
    stamps.enqueue_missing()
    now = datetime.now(UTC)
    for mode in ("http-500", "wrong-imprint", "untrusted"):
        tsa.mode = mode
        result = stamps.run(tsa.url, roots, lambda: now, due_only=False, timeout=30)
        assert result.stamped == [] and len(result.failed) == 7
    assert stamps.stamps() == {}
    assert locker.count() == 6
    status = stamps.status()
    first = status[f"{ITEM}{locker.items()[0].id}"]
    assert first.state == "failed" and first.tries == 3
    assert "does not lead to a trusted root" in first.message

    tsa.mode = "ok"
    assert stamps.run(tsa.url, roots, lambda: now, timeout=30).stamped == []  # not due yet
    later = stamps.run(tsa.url, roots, lambda: now + timedelta(minutes=10), timeout=30)
    assert len(later.stamped) == 7
    assert {e.state for e in stamps.status().values()} == {"received"}


def test_the_queue_is_sealed_in_the_locker(locker: Locker) -> None:
    LockerStamps(locker).enqueue_missing()
    index = (locker.folder / "index.sqlite3").read_bytes()
    assert b"waiting" not in index and ITEM.encode() not in index
    assert len(LockerStamps(locker).queue()) == 7


def test_an_exported_pack_passes_openssl_and_verify_pack_and_names_a_changed_token(
    locker: Locker,
    tsa: TsaServer,
    authority: TestAuthority,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stamp_all(locker, tsa, authority)
    locker.add_image(screenshot(9, "PNG"), "screen")  # saved after the stamps: none yet
    pack = tmp_path / "pack.zip"
    export.export_pack(locker, pack)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(pack) as archive:
        archive.extractall(folder)
        manifest = json.loads(archive.read("manifest.json"))

    readme = (folder / "README.txt").read_text(encoding="utf-8")
    commands = re.findall(r"^ +(openssl ts -verify .+)$", readme, flags=re.MULTILINE)
    assert len(commands) == 7  # six pictures, and the record of the incident details
    assert commands[-1].startswith("openssl ts -verify -digest ")
    for command in commands:
        done = subprocess.run(shlex.split(command), cwd=folder, capture_output=True, text=True)
        assert "Verification: OK" in done.stdout, done.stderr
    stamped = [i for i in manifest["items"] if i["timestamp"]]
    assert len(stamped) == 6 and manifest["items"][-1]["timestamp"] is None
    report = subprocess.run(
        ["pdftotext", str(folder / "report.pdf"), "-"], capture_output=True, text=True
    ).stdout
    report = " ".join(report.split())
    assert report.count("Independently time-stamped by Locker Test TSA") == 6
    assert "no independent time stamp" in report

    assert main(["verify-pack", str(pack)]) == 0
    out = capsys.readouterr().out
    assert "6 of 7 picture(s) carry an independent time stamp that checks out" in out
    assert "these exact bytes existed no later than the stamped time" in out
    assert "NOT in SafeHelper's trust store" in out
    details = next(e for e in manifest["chain"]["entries"] if "timestamp" in e)
    assert f"Chain record {details['seq']} (a saved version of the incident details)" in out

    # A forger changes one token and rewrites SHA256SUMS to match: verify-pack names it.
    token = stamped[2]["timestamp"]["token"]
    changed = bytearray((folder / token).read_bytes())
    changed[-1] ^= 0x01
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(pack) as source, zipfile.ZipFile(forged, "w") as target:
        for info in source.infolist():
            data = bytes(changed) if info.filename == token else source.read(info)
            if info.filename == "SHA256SUMS":
                sums = {n: hashlib.sha256(source.read(n)).hexdigest() for n in source.namelist()}
                sums[token] = hashlib.sha256(changed).hexdigest()
                data = "".join(
                    f"{sums[n]}  {n}\n" for n in source.namelist() if n != "SHA256SUMS"
                ).encode()
            target.writestr(zipfile.ZipInfo(info.filename, info.date_time), data)
    with pytest.raises(PackProblem) as problem:
        verify_pack(forged)
    assert str(problem.value).startswith(
        f"The pack is not intact: {stamped[2]['file']}: its time stamp does not check out."
    )
    (folder / token).write_bytes(bytes(changed))
    failed = subprocess.run(shlex.split(commands[2]), cwd=folder, capture_output=True)
    assert failed.returncode != 0


def test_a_changed_picture_fails_openssl_against_its_token(
    locker: Locker, tsa: TsaServer, authority: TestAuthority, tmp_path: Path
) -> None:
    stamp_all(locker, tsa, authority)
    pack = tmp_path / "pack.zip"
    export.export_pack(locker, pack)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(pack) as archive:
        archive.extractall(folder)
    picture = sorted((folder / "evidence").iterdir())[0]
    data = bytearray(picture.read_bytes())
    data[100] ^= 0x01
    picture.write_bytes(bytes(data))
    command = export.timestamps_pack.verify_command(f"evidence/{picture.name}")
    done = subprocess.run(shlex.split(command), cwd=folder, capture_output=True, text=True)
    assert done.returncode != 0 and "Verification: OK" not in done.stdout
