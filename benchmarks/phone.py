"""Add from my phone: 20 screenshots from a real phone browser into the review queue.

``python -m benchmarks.phone [--runs N] [--files N]``

- the phone path: Chromium (Pixel 7 profile) opens the session's address, each
  ~1 MB screenshot is sealed in the page with the vendored AES-GCM, sent over
  loopback, opened, checked like an import and sealed into a real locker's
  review queue (with its fsyncs), one after another, until the page says all
  were sent; against ``curl`` posting the same files unencrypted to a plain
  Python HTTP server that only reads them, in the same run;
- the floor under the first figure: the locker's own check (a full decode, as for
  any import) and sealing into the queue of the same files, with no browser;
- ending a session (what Hide now does): from ``stop()`` until the port refuses
  connections, with a phone connected. Target: under 100 ms.

Needs /usr/bin/chromium and curl. Everything happens in temporary folders.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import socket
import subprocess
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from PIL import Image

from benchmarks.harness import Figure, median_of, print_table, timed
from benchmarks.locker import screenshot

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASS = "benchmark passphrase, not a secret"


def phone_screenshot(seed: int) -> bytes:
    """A 1080x2400 chat screenshot with a photo-like patch, about 1 MB as PNG."""
    image = Image.open(io.BytesIO(screenshot(1080, 2400, seed)))
    patch = hashlib.shake_256(seed.to_bytes(4, "big")).digest(560 * 560 * 3)
    image.paste(Image.frombytes("RGB", (560, 560), patch), (260, 900))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


class _Sink(BaseHTTPRequestHandler):
    """The baseline: a plain server that reads each upload into memory and says OK."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return


def curl_baseline(files: list[Path]) -> float:
    """Seconds for one curl process to POST every file, unencrypted, to a plain server."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/upload"
    command = ["curl", "-s"]
    for index, path in enumerate(files):
        if index:
            command.append("--next")
        # No "Expect: 100-continue": the plain server never answers it, and curl would
        # wait a second per file for it.
        command += ["-o", "/dev/null", "-H", "Expect:", "--data-binary", f"@{path}", url]
    try:
        return timed(lambda: subprocess.run(command, check=True, timeout=300))
    finally:
        server.shutdown()
        server.server_close()


def phone_path(browser: object, devices: dict[str, object], files: list[Path], home: Path) -> float:
    """Seconds from choosing the files on the phone page until it says every one was sent."""
    import keyring
    from keyring.backends import fail

    from safehelper.locker import Locker
    from safehelper.locker.review_queue import ReviewQueue
    from safehelper.phone.bridge import PhoneBridge

    keyring.set_keyring(fail.Keyring())
    folder = Path(tempfile.mkdtemp(dir=home)) / "locker"
    locker = Locker.create(folder, passphrase=PASS)
    queue = ReviewQueue(locker)

    def keep(picture: object) -> None:
        queue.add(picture.data, source="phone", facts=picture.facts)  # type: ignore[attr-defined]

    bridge = PhoneBridge(keep, host="127.0.0.1")
    bridge.start()
    try:
        context = browser.new_context(**devices["Pixel 7"])  # type: ignore[attr-defined, arg-type]
        page = context.new_page()
        page.goto(bridge.address)
        page.locator("#choose:enabled").wait_for(timeout=30_000)
        start = time.perf_counter()
        page.set_input_files("#files", [str(path) for path in files])
        page.locator("li.sent").nth(len(files) - 1).wait_for(timeout=300_000)
        elapsed = time.perf_counter() - start
        assert page.locator("li.refused").count() == 0
        assert len(queue.items()) == len(files)
        context.close()
        return elapsed
    finally:
        bridge.stop()
        locker.close()


def check_and_seal(files: list[Path], home: Path) -> float:
    """Seconds for the locker's own work alone: check each file and seal it into the queue."""
    import keyring
    from keyring.backends import fail

    from safehelper import imports
    from safehelper.locker import Locker
    from safehelper.locker.review_queue import ReviewQueue

    keyring.set_keyring(fail.Keyring())
    locker = Locker.create(Path(tempfile.mkdtemp(dir=home)) / "locker", passphrase=PASS)
    queue = ReviewQueue(locker)
    contents = [path.read_bytes() for path in files]
    try:
        return timed(
            lambda: [
                queue.add(data, source="phone", facts=imports.examine(data)) for data in contents
            ]
        )
    finally:
        locker.close()


def stop_time(browser: object, devices: dict[str, object]) -> float:
    """Seconds from ``stop()`` until the port refuses a new connection, a phone connected."""
    from safehelper.phone.bridge import PhoneBridge

    bridge = PhoneBridge(lambda picture: None, host="127.0.0.1")
    bridge.start()
    context = browser.new_context(**devices["Pixel 7"])  # type: ignore[attr-defined, arg-type]
    page = context.new_page()
    page.goto(bridge.address)
    page.locator("#choose:enabled").wait_for(timeout=30_000)
    start = time.perf_counter()
    bridge.stop()
    try:
        socket.create_connection(("127.0.0.1", bridge.port), timeout=1).close()
        raise AssertionError("the port still accepts connections after stop()")
    except ConnectionRefusedError:
        elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def main(argv: list[str] | None = None) -> list[Figure]:
    """Measure and print the phone figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--files", type=int, default=20)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="safehelper-bench-phone-") as tmp:
        home = Path(tmp)
        os.environ["SAFEHELPER_HOME"] = str(home / "home")
        files = []
        for index in range(args.files):
            path = home / f"Screenshot_{index:02d}.png"
            path.write_bytes(phone_screenshot(index))
            files.append(path)
        megabytes = sum(path.stat().st_size for path in files) / 1e6
        print(f"{len(files)} screenshots, {megabytes:.1f} MB in all")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            devices = playwright.devices
            figures = [
                Figure(
                    f"phone: {len(files)} screenshots, browser to review queue",
                    "s",
                    median_of(args.runs, lambda: phone_path(browser, devices, files, home)),
                    "curl, unencrypted, to a plain server",
                    median_of(args.runs, lambda: curl_baseline(files)),
                    "within 3x",
                ),
                Figure(
                    f"phone: the same {len(files)} checked and sealed, no browser",
                    "s",
                    median_of(args.runs, lambda: check_and_seal(files, home)),
                    "curl, unencrypted, to a plain server",
                    median_of(args.runs, lambda: curl_baseline(files)),
                ),
                Figure(
                    "phone: end the session (port refuses)",
                    "ms",
                    median_of(args.runs * 3, lambda: stop_time(browser, devices)) * 1000,
                    target="under 100 ms",
                ),
            ]
            browser.close()
    print_table(figures)
    return figures


if __name__ == "__main__":
    main()
