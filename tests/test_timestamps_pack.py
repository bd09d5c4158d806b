"""Time stamps in an evidence pack: the README's exact OpenSSL command passes, and the check.

The pack side is tested on real files: two pictures stamped by the local
OpenSSL TSA and one not, laid out as the pack lays them out. Every command
README.txt prints is run as printed; ``check_tokens`` (what ``verify-pack``
runs) accepts them, says exactly what was proven, and names the picture when
a token or the chain is changed.
"""

from __future__ import annotations

import hashlib
import shlex
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tsa_server import TestAuthority, TsaServer

from safehelper.pack import PackProblem
from safehelper.timestamps import pack
from safehelper.timestamps.authorities import load_chain_file, trusted_roots
from safehelper.timestamps.protocol import Stamp, request_stamp

PICTURES = {
    "evidence/0001_2026-11-25T16-53-57Z.png": b"first screenshot bytes",
    "evidence/0002_2026-11-25T16-54-10Z.png": b"second screenshot bytes",
    "evidence/0003_2026-11-25T16-55-00Z.png": b"third screenshot, never stamped",
}


@pytest.fixture(scope="module")
def stamped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[tuple[str, Stamp]]]:
    authority = TestAuthority.create(tmp_path_factory.mktemp("tsa"), "Pack Test")
    server = TsaServer(authority)
    roots = trusted_roots(load_chain_file(authority.ca_pem))
    try:
        yield [
            (name, request_stamp(data, server.url, roots, timeout=30))
            for name, data in list(PICTURES.items())[:2]
        ]
    finally:
        server.close()


def _layout(folder: Path, stamped: list[tuple[str, Stamp]]) -> dict[str, bytes]:
    files = dict(PICTURES)
    files.update(pack.pack_files(stamped))
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return files


def _items(stamped: list[tuple[str, Stamp]]) -> list[dict[str, Any]]:
    stamps = dict(stamped)
    return [
        {
            "file": name,
            "sha256": hashlib.sha256(data).hexdigest(),
            "timestamp": pack.manifest_entry(name, stamps.get(name)),
        }
        for name, data in PICTURES.items()
    ]


def test_every_command_in_the_readme_passes_as_printed(
    stamped: list[tuple[str, Stamp]], tmp_path: Path
) -> None:
    _layout(tmp_path, stamped)
    section = pack.readme_section([name for name, _ in stamped], total=len(PICTURES))
    commands = [line.strip() for line in section.splitlines() if "openssl ts -verify" in line]

    assert len(commands) == 2
    assert commands[0] == (
        "openssl ts -verify -data evidence/0001_2026-11-25T16-53-57Z.png "
        "-in timestamps/0001_2026-11-25T16-53-57Z.png.tsr -CAfile timestamps/tsa-chain.pem"
    )
    for command in commands:
        done = subprocess.run(
            shlex.split(command), cwd=tmp_path, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        assert "Verification: OK" in done.stdout
    assert "only the computer's clock" in section


def test_openssl_rejects_a_changed_picture(
    stamped: list[tuple[str, Stamp]], tmp_path: Path
) -> None:
    _layout(tmp_path, stamped)
    name = stamped[0][0]
    (tmp_path / name).write_bytes(b"X" + PICTURES[name][1:])
    done = subprocess.run(
        shlex.split(pack.verify_command(name)), cwd=tmp_path, capture_output=True, check=False
    )
    assert done.returncode != 0


def test_the_check_accepts_the_tokens_and_says_only_what_they_prove(
    stamped: list[tuple[str, Stamp]], tmp_path: Path
) -> None:
    files = _layout(tmp_path, stamped)
    checked = pack.check_tokens(files.__getitem__, set(files), _items(stamped))

    assert [c.file for c in checked] == [name for name, _ in stamped]
    assert all(c.tsa_name == "Pack Test TSA, Pack Test" for c in checked)
    assert not any(c.root_in_store for c in checked)
    words = pack.verdict(checked, pictures=len(PICTURES))
    assert words[0].startswith("2 of 3 picture(s) carry an independent time stamp that checks out")
    assert "these exact bytes existed no later than the stamped time" in words[0]
    assert "NOT in SafeHelper's trust store" in words[1]
    assert checked[0].root_fingerprint in words[1]
    assert words[2] == (
        "1 picture(s) have no time stamp: only the computer's clock gives their time."
    )


def test_a_changed_token_is_named_by_its_picture(
    stamped: list[tuple[str, Stamp]], tmp_path: Path
) -> None:
    files = _layout(tmp_path, stamped)
    token = pack.token_name(stamped[1][0])
    files[token] = files[token][:-1] + bytes([files[token][-1] ^ 0x01])

    with pytest.raises(PackProblem) as problem:
        pack.check_tokens(files.__getitem__, set(files), _items(stamped))
    assert str(problem.value) == (
        f"The pack is not intact: {stamped[1][0]}: its time stamp does not check out. "
        "The signature on the time stamp does not check out."
    )


def test_a_token_moved_to_another_picture_is_caught(
    stamped: list[tuple[str, Stamp]], tmp_path: Path
) -> None:
    files = _layout(tmp_path, stamped)
    first, second = (pack.token_name(name) for name, _ in stamped)
    files[first], files[second] = files[second], files[first]

    with pytest.raises(PackProblem) as problem:
        pack.check_tokens(files.__getitem__, set(files), _items(stamped))
    assert "different fingerprint" in str(problem.value)


def test_a_missing_chain_a_missing_token_and_a_stray_token_are_problems(
    stamped: list[tuple[str, Stamp]], tmp_path: Path
) -> None:
    files = _layout(tmp_path, stamped)
    items = _items(stamped)

    no_chain = {k: v for k, v in files.items() if k != pack.CHAIN_NAME}
    with pytest.raises(PackProblem, match=r"no timestamps/tsa-chain\.pem"):
        pack.check_tokens(no_chain.__getitem__, set(no_chain), items)

    no_token = {k: v for k, v in files.items() if k != pack.token_name(stamped[0][0])}
    with pytest.raises(PackProblem, match="is missing"):
        pack.check_tokens(no_token.__getitem__, set(no_token), items)

    stray = dict(files)
    stray["timestamps/0009_2026-11-25T17-00-00Z.png.tsr"] = files[pack.token_name(stamped[0][0])]
    with pytest.raises(PackProblem, match="not the time stamp of any picture"):
        pack.check_tokens(stray.__getitem__, set(stray), items)


def test_a_pack_without_stamps_says_so() -> None:
    assert pack.pack_files([]) == []
    assert pack.check_tokens(lambda name: b"", {"README.txt"}, [{"file": "evidence/x.png"}]) == []
    assert "only from the clock" in pack.verdict([], pictures=3)[0]
    assert "None of the pictures in this pack has an independent time stamp" in (
        pack.readme_section([], total=3)
    )
    assert pack.report_line(None) == "no independent time stamp"


def test_the_report_line_names_the_tsa_and_time(stamped: list[tuple[str, Stamp]]) -> None:
    stamp = stamped[0][1]
    assert pack.report_line(stamp) == (
        "Independently time-stamped by Pack Test TSA, Pack Test at "
        + stamp.stamped_at.strftime("%Y-%m-%d %H:%M:%S UTC")
    )


def test_a_stamped_chain_record_is_checked_against_its_listed_hash(
    stamped: list[tuple[str, Stamp]], tmp_path: Path
) -> None:
    record = stamped[0][1]  # stands in for a record: the TSA signed a 32-byte hash
    files = dict(PICTURES)
    files.update(pack.pack_files(stamped[1:], [(7, record)]))
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    section = pack.readme_section([stamped[1][0]], 3, [(7, record.digest)])
    command = pack.record_verify_command(7, record.digest)
    assert f"    {command}" in section
    done = subprocess.run(shlex.split(command), cwd=tmp_path, capture_output=True, text=True)
    assert "Verification: OK" in done.stdout, done.stderr

    items = _items(stamped[1:])
    chain = [
        {"seq": 7, "entry_hash": record.digest, "timestamp": {"token": "timestamps/chain-0007.tsr"}}
    ]
    checked = pack.check_tokens(files.__getitem__, set(files), items, chain)
    assert [(c.file, c.seq) for c in checked] == [(stamped[1][0], 0), ("", 7)]
    assert any(
        line.startswith("Chain record 7 (a saved version") for line in pack.verdict(checked, 3)
    )

    chain[0]["entry_hash"] = hashlib.sha256(b"another record").hexdigest()
    with pytest.raises(PackProblem) as problem:
        pack.check_tokens(files.__getitem__, set(files), items, chain)
    assert str(problem.value).startswith("The pack is not intact: chain record 7: its time stamp")
