"""What build.spec's cuts could break, run in the frozen app (build it: scripts/build-bundle).

To stay small the bundle ships the holiday calendars of SafeHelper's countries only, leaves
out standard-library modules nothing reaches and takes the libraries every desktop has from
the system. Each test runs, frozen, a feature one of those cuts touches: PDFs with subset
fonts, every picture format, RFC 3161 time stamps, HTTPS, the phone session with its QR code,
and the libraries the system provides loading none of the bundle's own copies.
"""

from __future__ import annotations

import os
import queue
import re
import shlex
import signal
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO

from phone_client import PhoneClient, png_bytes
from PIL import Image
from test_bundle import BUNDLE, CLI, frozen, pytestmark  # noqa: F401  (skips without a bundle)
from tsa_server import TestAuthority, TsaServer

# A locker with a passphrase and no keyring, as on a shared family computer.
LOCKER_ENV = {
    "SAFEHELPER_PASSPHRASE": "frozen bundle passphrase",
    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
}
FORMATS = ("PNG", "JPEG", "WebP", "GIF", "BMP")


def dark_pixels(png: Path) -> int:
    """How many pixels of a rendered page are nearly black: text that really drew."""
    with Image.open(png) as page:
        histogram = page.convert("L").histogram()
    return sum(histogram[:96])


def rendered(pdf: Path, out: Path) -> Path:
    """Page 1 of ``pdf`` drawn by poppler; any complaint (a broken font) fails the test."""
    done = subprocess.run(
        ["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", str(pdf), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
    return next(out.parent.glob(f"{out.name}*.png"))


def assert_subset_fonts(pdf: Path) -> None:
    """The DejaVu fonts are embedded as subsets (fontTools did the subsetting, frozen)."""
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, timeout=60
    ).stdout
    dejavu = [line for line in fonts.splitlines() if "DejaVuSans" in line]
    assert dejavu, fonts
    for line in dejavu:
        assert re.search(r"\byes\s+yes\b", line), line  # emb, sub


def test_frozen_guides_are_pdfs_whose_subset_fonts_render(tmp_path: Path) -> None:
    source = subprocess.run(
        [sys.executable, "-m", "safehelper", "guide", "--parents"],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    title = source.splitlines()[0].strip()
    for name, args in (
        ("parents", ["--parents"]),
        ("walkthrough", ["--age", "under18", "--paid", "yes", "--shared", "no"]),
    ):
        pdf = tmp_path / f"{name}.pdf"
        made = frozen("guide", *args, "--country", "NZ", "--pdf", str(pdf))
        assert made.returncode == 0, made.stdout + made.stderr
        assert_subset_fonts(pdf)
        assert dark_pixels(rendered(pdf, tmp_path / name)) > 500
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "parents.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert " ".join(title.split()).casefold() in " ".join(text.split()).casefold()


def test_frozen_locker_takes_every_format_and_its_time_stamps_pass_openssl(
    tmp_path: Path, safehelper_home: Path
) -> None:
    """Pillow's codecs, rfc3161_client and cryptography, fpdf2 thumbnails: all frozen."""
    env = {"SAFEHELPER_HOME": str(safehelper_home), **LOCKER_ENV}
    shots = []
    for index, name in enumerate(FORMATS):
        shot = tmp_path / f"shot{index}.{name.lower()}"
        Image.new("RGB", (320, 240), (30 * index, 120, 200)).save(shot, format=name.upper())
        shots.append(str(shot))
    added = frozen("locker", "add", *shots, "--note", "threat", **env)
    assert added.returncode == 0, added.stdout + added.stderr

    authority = TestAuthority.create(tmp_path / "tsa", "Frozen Test")
    server = TsaServer(authority, TestAuthority.create(tmp_path / "stranger", "Stranger"))
    try:
        stamped = frozen(
            "locker", "timestamp", "--tsa", server.url, "--tsa-chain", str(authority.ca_pem), **env
        )
    finally:
        server.close()
    assert stamped.returncode == 0, stamped.stdout + stamped.stderr

    pack = tmp_path / "pack.zip"
    exported = frozen("export", str(pack), **env)
    assert exported.returncode == 0, exported.stdout + exported.stderr
    checked = frozen("verify-pack", str(pack))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"{len(FORMATS)} of {len(FORMATS)} picture(s) carry an independent time stamp" in (
        checked.stdout
    )
    folder = tmp_path / "unpacked"
    subprocess.run(["unzip", "-q", str(pack), "-d", str(folder)], check=True, timeout=60)
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    commands = re.findall(r"^ +(openssl ts -verify .+)$", readme, flags=re.MULTILINE)
    assert len(commands) >= len(FORMATS)
    for command in commands:
        done = subprocess.run(
            shlex.split(command), cwd=folder, capture_output=True, text=True, timeout=60
        )
        assert "Verification: OK" in done.stdout, done.stderr
    report = folder / "report.pdf"
    assert_subset_fonts(report)
    assert dark_pixels(rendered(report, tmp_path / "report")) > 500


@contextmanager
def https_server(folder: Path) -> Iterator[tuple[str, list[str], Path]]:
    """An HTTPS server on 127.0.0.1 with its own certificate; it answers every GET."""
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext",
         "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            body = b"{}" if not self.path.endswith(".sig") else b"not a signature\n"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/helplines.json", asked, cert
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def test_frozen_helpline_update_speaks_https_and_refuses_an_unsigned_list(
    tmp_path: Path, safehelper_home: Path
) -> None:
    """requests, urllib3, ssl and OpenSSL frozen: both files come over TLS, then the check."""
    with https_server(tmp_path) as (url, asked, cert):
        result = frozen(
            "helplines",
            "update",
            "--url",
            url,
            SAFEHELPER_HOME=str(safehelper_home),
            REQUESTS_CA_BUNDLE=str(cert),
        )
    assert asked == ["/helplines.json", "/helplines.json.sig"], result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "signature" in (result.stdout + result.stderr).casefold()


def read_lines(stream: IO[str], into: queue.Queue[str]) -> None:
    for line in stream:
        into.put(line.rstrip("\n"))


def test_frozen_receive_shows_a_qr_code_and_takes_a_picture_from_a_phone(
    safehelper_home: Path,
) -> None:
    """The phone session (asyncio server, segno's QR code, sealed uploads), frozen."""
    process = subprocess.Popen(
        [str(CLI), "receive", "--host", "127.0.0.1", "--minutes", "5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "SAFEHELPER_HOME": str(safehelper_home), **LOCKER_ENV},
    )
    lines: queue.Queue[str] = queue.Queue()
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("Open on your phone: "), first + process.stderr.read()
        address = first.removeprefix("Open on your phone: ").strip()
        threading.Thread(target=read_lines, args=(process.stdout, lines), daemon=True).start()
        qr = lines.get(timeout=60)
        assert set(qr.strip()) <= {"█", "▀", "▄", " ", "\n"} and len(qr.strip()) > 20, qr
        phone = PhoneClient(address)
        assert phone.claim().status == 200
        assert phone.upload(png_bytes(), "chat.png").status == 200
        while "waiting for review as" not in (line := lines.get(timeout=60)):
            assert "Traceback" not in line, line
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)


def is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def test_libraries_the_system_provides_load_none_of_the_bundles_copies() -> None:
    """build.spec leaves whole groups to the system (fontconfig with freetype, expat, zlib...).

    The bundle's folder comes first when libraries are looked up, so a system library that
    needs one the bundle still ships would get the bundle's (older) copy: this machine's
    loader, asked for every file in the bundle, shows none does.
    """
    internal = BUNDLE / "_internal"
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    files = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    shipped = {p.name for p in internal.rglob("*.so*")}
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    from_system: set[str] = set()
    for file in filter(is_elf, files):
        listing = subprocess.run(
            ["ldd", str(file)], capture_output=True, text=True, timeout=60, env=env
        ).stdout
        assert "not found" not in listing, f"{file}:\n{listing}"
        for path in re.findall(r"=> (/\S+)", listing):
            if not Path(path).resolve().is_relative_to(internal.resolve()):
                from_system.add(path)
    assert from_system, "nothing comes from the system: is this the bundle?"
    for path in sorted(from_system):
        needed = subprocess.run(
            ["readelf", "-d", path], capture_output=True, text=True, timeout=60
        ).stdout
        names = set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", needed))
        assert not names & shipped, f"{path} loads the bundle's {sorted(names & shipped)}"
