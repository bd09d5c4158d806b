"""verify-pack on damaged and crafted packs: one "not intact" line, bounded memory.

A pack may come from anyone. Whatever it holds, ``safehelper verify-pack`` must
end with a correct verdict or one plain line and exit 1: never a traceback,
never gigabytes of memory. Real packs are exported from a real locker, then
damaged the ways the hardening report found, and mutated at random (Hypothesis).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from safehelper import export
from safehelper.cli import main
from safehelper.locker import Locker
from safehelper.pack import PackProblem, verify_pack

PASSPHRASE = "purple otter jumps 1987 quietly"


def png(seed: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (seed * 40 % 256, 90, 160)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def good_pack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[bytes]:
    folder = tmp_path_factory.mktemp("hostile-locker") / "locker"
    locker = Locker.create(folder, passphrase=PASSPHRASE, use_device=False)
    try:
        for number in range(3):
            locker.add_image(png(number), "file", note=f"threat {number}")
        path = tmp_path_factory.mktemp("hostile-pack") / "pack.zip"
        export.export_pack(locker, path)
        yield path.read_bytes()
    finally:
        locker.close()


def members(pack: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(pack)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def build(entries: list[tuple[str, bytes, int]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data, method in entries:
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return out.getvalue()


def replaced(pack: bytes, name: str, data: bytes, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    return build(
        [(i.filename, data if i.filename == name else d, method) for i, d in members(pack)]
    )


def verify_cli(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["verify-pack", str(path)])
    return code, capsys.readouterr().err


def test_the_untouched_pack_is_consistent(good_pack: bytes, tmp_path: Path, capsys) -> None:
    path = tmp_path / "pack.zip"
    path.write_bytes(good_pack)
    assert main(["verify-pack", str(path)]) == 0
    out = capsys.readouterr().out
    assert "agree with each other" in out
    assert "not changed since" not in out  # nothing in a pack alone can prove that


def test_a_flipped_byte_in_a_compressed_member_is_one_plain_line(
    good_pack: bytes, tmp_path: Path, capsys
) -> None:
    deflated = replaced(good_pack, "manifest.json", members(good_pack)[0][1])
    with zipfile.ZipFile(io.BytesIO(deflated)) as archive:
        info = archive.getinfo("manifest.json")
    data = bytearray(deflated)
    data[info.header_offset + 30 + len(info.filename) + 5] ^= 0xFF  # inside the deflate stream
    path = tmp_path / "flipped.zip"
    path.write_bytes(bytes(data))
    code, err = verify_cli(path, capsys)
    assert code == 1
    assert "not intact" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_deeply_nested_json_is_not_a_crash(good_pack: bytes, tmp_path: Path, capsys) -> None:
    path = tmp_path / "nested.zip"
    path.write_bytes(replaced(good_pack, "manifest.json", b"[" * 200_000 + b"]" * 200_000))
    code, err = verify_cli(path, capsys)
    assert code == 1 and "not intact" in err


def test_an_unknown_compression_method_is_refused(good_pack: bytes, tmp_path: Path, capsys) -> None:
    data = bytearray(good_pack)
    with zipfile.ZipFile(io.BytesIO(good_pack)) as archive:
        info = archive.infolist()[0]
        central = archive.start_dir
    # Mark the first member as Deflate64 (method 9) in its local and central headers.
    data[info.header_offset + 8 : info.header_offset + 10] = (9).to_bytes(2, "little")
    first_central = bytes(data).index(b"PK\x01\x02", central)
    data[first_central + 10 : first_central + 12] = (9).to_bytes(2, "little")
    path = tmp_path / "deflate64.zip"
    path.write_bytes(bytes(data))
    code, err = verify_cli(path, capsys)
    assert code == 1 and "not intact" in err


def test_a_sums_file_that_inflates_to_gigabytes_is_refused_in_little_memory(
    good_pack: bytes, tmp_path: Path
) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for info, data in members(good_pack):
            if info.filename != "SHA256SUMS":
                archive.writestr(info.filename, data)
        with archive.open("SHA256SUMS", "w", force_zip64=True) as handle:
            block = b"0" * (1024 * 1024)
            for _ in range(1536):  # 1.5 GB of zeros: a couple of megabytes compressed
                handle.write(block)
    assert bomb.stat().st_size < 5 * 1024 * 1024
    # A separate process, so its peak memory is the verifier's own: VmHWM in
    # /proc/self/status (ru_maxrss would keep the forking test process's peak across exec).
    probe = (
        "import re, sys\n"
        "from safehelper.cli import main\n"
        "code = main(['verify-pack', sys.argv[1]])\n"
        "status = open('/proc/self/status').read()\n"
        "print(re.search(r'VmHWM:\\s+(\\d+) kB', status).group(1))\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(bomb)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 1
    assert "not intact" in result.stderr and "Traceback" not in result.stderr
    peak_kb = int(result.stdout.strip().splitlines()[-1])
    assert peak_kb < 200 * 1024, f"peak memory {peak_kb / 1024:.0f} MB"


def test_a_manifest_of_millions_of_tiny_values_is_refused_before_parsing(
    good_pack: bytes, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "many.zip"
    path.write_bytes(replaced(good_pack, "manifest.json", b"[" + b"0," * 3_000_000 + b"0]"))
    code, err = verify_cli(path, capsys)
    assert code == 1 and "not intact" in err


HOSTILE = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def outcome(path: Path) -> str:
    try:
        verify_pack(path)
    except PackProblem as problem:
        assert str(problem).startswith("The pack is not intact: ")
        assert "\n" not in str(problem)
        return "problem"
    return "intact"


@HOSTILE
@given(flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)), min_size=1))
def test_random_byte_flips_give_a_plain_answer(good_pack: bytes, tmp_path: Path, flips) -> None:
    data = bytearray(good_pack)
    for position, mask in flips:
        data[position % len(data)] ^= mask
    path = tmp_path / "flipped.zip"
    path.write_bytes(bytes(data))
    if outcome(path) == "intact":
        # Only possible if every flip landed where nothing is read (e.g. a ZIP comment).
        assert verify_pack(path).items == 3


@HOSTILE
@given(
    member=st.sampled_from(["manifest.json", "SHA256SUMS", "README.txt", "report.pdf"]),
    payload=st.one_of(
        st.binary(max_size=4096),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
            lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
            max_leaves=30,
        ).map(lambda value: json.dumps(value).encode()),
    ),
)
def test_random_member_contents_give_a_plain_answer(
    good_pack: bytes, tmp_path: Path, member: str, payload: bytes
) -> None:
    path = tmp_path / "mutated.zip"
    path.write_bytes(replaced(good_pack, member, payload))
    assert outcome(path) == "problem"


@HOSTILE
@given(garbage=st.binary(max_size=2048))
def test_random_bytes_are_not_a_pack(tmp_path: Path, garbage: bytes) -> None:
    path = tmp_path / "random.zip"
    path.write_bytes(garbage)
    assert outcome(path) == "problem"
