"""``safehelper locker ...`` as a real process, including SIGKILL in the middle of an import."""

from __future__ import annotations

import hashlib
import io
import json
import os
import pty
import random
import select
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import kill_at_random
from PIL import Image

from safehelper.locker import BLOB_DIR, Locker

PASS = "purple elephants dance at noon"
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safehelper", "locker", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def with_pass(passphrase: str = PASS, **extra: str) -> dict[str, str]:
    return {**NO_KEYRING, "SAFEHELPER_PASSPHRASE": passphrase, **extra}


def one_plain_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("safehelper: ")
    return lines[0]


def make_pngs(folder: Path, count: int, size: int = 24) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        image = Image.frombytes(
            "RGB", (size, size), hashlib.shake_256(i.to_bytes(4, "big")).digest(size * size * 3)
        )
        out = io.BytesIO()
        image.save(out, format="PNG")
        path = folder / f"shot-{i:03d}.png"
        path.write_bytes(out.getvalue())
        paths.append(path)
    return paths


def test_init_without_keyring_or_passphrase_is_refused_plainly() -> None:
    line = one_plain_line(run_cli("init", env=NO_KEYRING))
    assert "no safe place for keys" in line and "--passphrase" in line
    assert not Locker.exists()


def test_init_add_list_verify(tmp_path: Path) -> None:
    result = run_cli("init", "--passphrase", env=with_pass())
    assert result.returncode == 0, result.stderr
    assert "your passphrase" in result.stdout
    assert run_cli("list", env=with_pass()).stdout.strip() == "The locker is empty."
    files = make_pngs(tmp_path / "in", 3)
    added = run_cli(
        "add",
        *map(str, files),
        "--note",
        "threat",
        "--platform",
        "Snapchat",
        "--username",
        "bad.guy",
        env=with_pass(),
    )
    assert added.returncode == 0, added.stderr
    saved = [line.split() for line in added.stdout.splitlines() if line.startswith("saved ")]
    assert [s[2] for s in saved] == [p.name for p in files]
    listed = json.loads(run_cli("list", "--json", env=with_pass()).stdout)
    assert {i["id"] for i in listed} == {s[1] for s in saved}
    for entry in listed:
        assert {"id", "sha256", "captured_at", "source", "media_type"} <= entry.keys()
        assert entry["source"] == "file" and entry["media_type"] == "image/png"
        assert (entry["note"], entry["platform"], entry["username"]) == (
            "threat",
            "Snapchat",
            "bad.guy",
        )
    assert {i["sha256"] for i in listed} == {
        hashlib.sha256(p.read_bytes()).hexdigest() for p in files
    }
    human = run_cli("list", env=with_pass()).stdout
    assert all(s[1] in human for s in saved)
    verified = run_cli("verify", env=with_pass())
    assert verified.returncode == 0 and "All 3 item(s) match" in verified.stdout


def test_add_creates_the_locker_and_reports_refusals(tmp_path: Path) -> None:
    good = make_pngs(tmp_path, 1)[0]
    bad = tmp_path / "renamed.png"
    bad.write_text("I am not a picture")
    result = run_cli("add", str(good), str(bad), env=with_pass())
    assert result.returncode == 1
    assert result.stdout.startswith("saved ") and "1 of 2 file(s) saved" in result.stdout
    assert one_plain_line(result).startswith("safehelper: renamed.png: It is not a picture")
    assert Locker.exists()


def test_wrong_or_missing_passphrase_is_one_plain_line() -> None:
    assert run_cli("init", "--passphrase", env=with_pass()).returncode == 0
    assert "not right" in one_plain_line(run_cli("list", env=with_pass("nope nope nope")))
    assert "needs its passphrase" in one_plain_line(run_cli("list", env=NO_KEYRING))


def test_verify_names_the_changed_item(tmp_path: Path) -> None:
    files = make_pngs(tmp_path, 2)
    added = run_cli("add", *map(str, files), env=with_pass())
    target = added.stdout.splitlines()[1].split()[1]
    blob = Locker.open().folder / BLOB_DIR / f"{target}.img"
    data = bytearray(blob.read_bytes())
    data[-5] ^= 0xFF
    blob.write_bytes(bytes(data))
    line = one_plain_line(run_cli("verify", env=with_pass()))
    assert target in line and "changed or damaged" in line


def test_passphrase_change_and_last_slot(tmp_path: Path) -> None:
    assert run_cli("init", "--passphrase", env=with_pass()).returncode == 0
    changed = run_cli(
        "passphrase", "add", env=with_pass(SAFEHELPER_NEW_PASSPHRASE="a brand new sentence")
    )
    assert changed.returncode == 0 and "changed" in changed.stdout
    assert "not right" in one_plain_line(run_cli("list", env=with_pass()))
    assert run_cli("list", env=with_pass("a brand new sentence")).returncode == 0
    line = one_plain_line(run_cli("passphrase", "remove", env=with_pass("a brand new sentence")))
    assert "only way" in line


def run_on_terminal(*args: str, answers: list[str]) -> tuple[int, str]:
    """Run the command on a real pseudo-terminal, typing each answer when a prompt shows."""
    env = {**os.environ, **NO_KEYRING}
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the command, with the terminal as its own
        os.execve(sys.executable, [sys.executable, "-m", "safehelper", "locker", *args], env)
    output = b""
    pending = list(answers)
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], 60)
            if not ready:
                raise AssertionError(f"no answer from the command; so far: {output!r}")
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the terminal closes when the command ends
                break
            if not chunk:
                break
            output += chunk
            if pending and output.endswith(b": "):
                os.write(fd, pending.pop(0).encode() + b"\n")
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


@pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")
def test_passphrase_is_typed_at_a_hidden_prompt_on_a_terminal() -> None:
    code, out = run_on_terminal("init", "--passphrase", answers=[PASS, PASS])
    assert code == 0, out
    assert "New passphrase: " in out and "The same passphrase again: " in out
    assert PASS not in out  # not echoed
    code, out = run_on_terminal("list", answers=[PASS])
    assert code == 0 and "Locker passphrase: " in out and "The locker is empty." in out
    code, out = run_on_terminal(
        "passphrase", "add", answers=[PASS, "new sentence one", "new sentence two"]
    )
    assert code == 1 and "not the same" in out and "Traceback" not in out


@pytest.mark.keyring
def test_device_key_then_passphrase_then_back(tmp_path: Path) -> None:
    created = run_cli("init")
    assert created.returncode == 0, created.stderr
    assert "this computer's key" in created.stdout
    files = make_pngs(tmp_path, 1)
    assert run_cli("add", str(files[0])).returncode == 0
    assert run_cli("passphrase", "add", env={"SAFEHELPER_NEW_PASSPHRASE": PASS}).returncode == 0
    with Locker.open() as locker:
        assert locker.has_device_slot() and locker.has_passphrase_slot()
        locker.unlock_with_passphrase(PASS)
        assert locker.count() == 1
    removed = run_cli("passphrase", "remove")
    assert removed.returncode == 0, removed.stderr
    assert "no passphrase" in one_plain_line(run_cli("passphrase", "remove"))
    assert run_cli("verify").returncode == 0


@pytest.mark.slow
def test_sigkill_during_import_never_loses_a_reported_item(tmp_path: Path) -> None:
    """Kill a real ``locker add`` of 200 files at random moments; nothing reported is lost."""
    source = tmp_path / "screenshots"
    make_pngs(source, 200)
    Locker.create(passphrase=PASS, use_device=False).close()
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    reported: set[str] = set()
    kills = 0
    for round_number in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-m", "safehelper", "locker", "add", str(source)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
            env={**os.environ, **with_pass()},
            stdin=subprocess.DEVNULL,
        )
        # Round 0 dies while starting up; the others after a random number of saves,
        # a random instant into the next item (its encryption, fsyncs or commit).
        if round_number == 0:
            lines, errors, killed = kill_at_random(proc, rng, 0, (0.05, 0.6))
        else:
            lines, errors, killed = kill_at_random(proc, rng, rng.randint(1, 190), (0.0, 0.03))
        kills += killed
        assert "Traceback" not in errors, errors
        reported |= {line.split()[1] for line in lines if line.startswith("saved ")}

        with Locker.open() as locker:  # opening removes any half-written blob
            locker.unlock_with_passphrase(PASS)
            report = locker.verify()
            assert report.ok, f"seed {seed}: {report.problem}"
            present = {item.id for item in locker.items()}
            assert reported <= present, f"seed {seed}: a reported item was lost"
            # At most one item per kill can be committed without its line being printed.
            assert len(present - reported) <= kills, f"seed {seed}"
            blobs = {p.name for p in (locker.folder / BLOB_DIR).iterdir()}
            assert blobs == {f"{i}{s}" for i in present for s in (".img", ".thumb")}
    assert kills >= 4, "the import finished before it could be killed: make it longer"
