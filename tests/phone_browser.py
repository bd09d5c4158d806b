"""A real phone browser for the tests: the distribution's Chromium, driven by Playwright.

Playwright's own browser download is not reachable here, so it drives
``/usr/bin/chromium`` (``scripts/system-packages --test`` installs it) with a
phone's device profile. When Chromium is missing the tests fail and say how
to install it: skipping would let CI pass without ever opening the page.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONES = ["iPhone 13", "Pixel 7"]
# The phone's clock for the chosen files, and what the camera wrote inside the JPEG.
PHONE_TIME = datetime(2026, 11, 29, 20, 0, 0, tzinfo=UTC)
EXIF_TAKEN = "2026:11:28 21:14:05"

CHAT = """<!doctype html><meta name=viewport content="width=device-width">
<body style="font: 17px system-ui; margin: 0; background: #fff">
<div style="background:#eee; padding: 12px; font-weight: 600">{who}</div>
{lines}</body>"""


def require_chromium() -> str:
    if not os.path.exists(CHROMIUM):
        pytest.fail(
            "Chromium is not installed, so the phone page cannot be tested: run "
            "scripts/system-packages --test (it installs chromium, tcpdump and zbar-tools)."
        )
    return CHROMIUM


def require_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: run scripts/system-packages --test.")
    return found


@pytest.fixture(scope="session", name="browser")
def browser_fixture() -> Iterator[object]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        launched.devices = playwright.devices  # type: ignore[attr-defined]
        yield launched
        launched.close()


def phone_page(browser: object, device: str) -> object:
    """A fresh phone: its own context (storage, cookies), with the device's screen and agent."""
    profile = browser.devices[device]  # type: ignore[attr-defined]
    context = browser.new_context(**profile)  # type: ignore[attr-defined]
    return context.new_page()


def real_screenshots(browser: object, folder: Path) -> list[Path]:
    """Three PNG screenshots of chat-like pages, taken by Chromium at phone size."""
    page = phone_page(browser, "Pixel 7")
    shots = []
    for index, who in enumerate(("bradley_k_2009", "sophie.x", "unknown number")):
        lines = "".join(
            f'<p style="margin: 10px; padding: 10px; border-radius: 14px; '
            f'background: {"#dcf8c6" if n % 2 else "#f1f0f0"}">Message {n} from {who}: '
            f"send the money by tonight or everyone sees it</p>"
            for n in range(8 + index)
        )
        page.set_content(CHAT.format(who=who, lines=lines))  # type: ignore[attr-defined]
        path = folder / f"Screenshot_2026112{index}.png"
        path.write_bytes(page.screenshot(full_page=True))  # type: ignore[attr-defined]
        shots.append(path)
    page.context.close()  # type: ignore[attr-defined]
    return shots


def jpeg_with_exif(source: Path, target: Path) -> Path:
    """The picture as a JPEG whose EXIF says when it was taken, as a phone camera writes it."""
    with Image.open(source) as image:
        exif = Image.Exif()
        exif.get_ifd(0x8769)[36867] = EXIF_TAKEN
        out = io.BytesIO()
        image.convert("RGB").save(out, format="JPEG", quality=90, exif=exif)
    target.write_bytes(out.getvalue())
    return target


def chosen_files(browser: object, folder: Path) -> list[Path]:
    """Three real PNG screenshots and one dated JPEG, all last changed at PHONE_TIME."""
    folder.mkdir(parents=True, exist_ok=True)
    shots = real_screenshots(browser, folder)
    files = [*shots, jpeg_with_exif(shots[0], folder / "IMG_0042.jpg")]
    for path in files:
        os.utime(path, (PHONE_TIME.timestamp(), PHONE_TIME.timestamp()))
    return files
