"""Screenshot the phone page in real Chromium at phone size, for looking at our work.

    .venv/bin/python scripts/phone_shots.py --out /tmp/phone-shots

For the iPhone 13 and Pixel 7 profiles, in light and dark, at 100 % and 200 % text,
it serves a real phone session on 127.0.0.1, sends two screenshots and one file
that is not a picture, and saves the page as it then looks, plus the refusal a
second phone sees. Needs /usr/bin/chromium (scripts/system-packages --test).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The page sizes everything in rem, so a larger root size is what a phone's text-size
# setting does to it. (Chromium's own font-size preference does not survive a file choice.)
TEXT_SIZE = "scale => { document.documentElement.style.fontSize = scale + '%'; }"


def _files(folder: Path) -> list[str]:
    names = []
    for index, colour in enumerate(("white", "lightyellow")):
        out = io.BytesIO()
        Image.new("RGB", (390, 844), colour).save(out, format="PNG")
        path = folder / f"Screenshot_20261129-21140{index}_Instagram.png"
        path.write_bytes(out.getvalue())
        names.append(str(path))
    program = folder / "not-a-picture.png"
    program.write_bytes(b"MZ\x90\x00 this is a program")
    return [*names, str(program)]


def main() -> int:
    """Save the screenshots and print where they are."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from playwright.sync_api import sync_playwright

    from safehelper.phone.bridge import PhoneBridge

    files = _files(Path(tempfile.mkdtemp(prefix="safehelper-phone-shots-")))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for device in ("iPhone 13", "Pixel 7"):
            for scheme in ("light", "dark"):
                for scale in (100, 200):
                    bridge = PhoneBridge(lambda picture: None, host="127.0.0.1")
                    bridge.start()
                    try:
                        context = browser.new_context(
                            **playwright.devices[device], color_scheme=scheme
                        )
                        page = context.new_page()
                        page.goto(bridge.address)
                        page.evaluate(TEXT_SIZE, scale)
                        page.locator("#choose:enabled").wait_for(timeout=30_000)
                        stem = f"{device.replace(' ', '-').lower()}-{scheme}-{scale}"
                        page.screenshot(path=args.out / f"{stem}-ready.png", full_page=True)
                        page.set_input_files("#files", files)
                        page.locator("li.sent, li.refused").nth(len(files) - 1).wait_for()
                        page.screenshot(path=args.out / f"{stem}-sent.png", full_page=True)
                        other = browser.new_context(**playwright.devices[device])
                        second = other.new_page()
                        second.goto(bridge.address)
                        second.locator("#status.refused").wait_for(timeout=30_000)
                        second.evaluate(TEXT_SIZE, scale)
                        second.screenshot(path=args.out / f"{stem}-second-phone.png")
                        other.close()
                        context.close()
                    finally:
                        bridge.stop()
        browser.close()
    print(f"Saved to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
