"""Export speed: an evidence pack of 500 pictures of about 300 KB each.

Baseline, in the same run and on the same disk: the same pictures as plain
files, packed with ``zip -0`` and hashed with ``sha256sum`` (what a careful
person could do by hand, with no decryption, no report and no manifest).
The export also decrypts each picture, checks its SHA-256, and builds the PDF
report with a thumbnail per item, so a ratio well above 1 is expected; the
target is that it stays a matter of seconds, not minutes.

A last figure is the export's peak Python memory (tracemalloc), against the
total size of the pictures: pictures are read one at a time, so it stays well
below all of them together. What remains grows with the number of items, not
their size: the embedded fonts (about 10 MB while the PDF is built), one small
JPEG thumbnail per item in the report, and the finished report itself.

    python -m benchmarks.export [--items 500] [--kb 300] [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import tempfile
import tracemalloc
from pathlib import Path

from benchmarks.harness import Figure, median_of, print_table, timed

PASSPHRASE = "benchmark passphrase, long enough 2026"


def picture(seed: int, kilobytes: int) -> bytes:
    """A PNG of about ``kilobytes`` KB: a screenshot-like top half, noise below (incompressible)."""
    from PIL import Image, ImageDraw

    side = int((kilobytes * 1024 / 3 * 2) ** 0.5)
    rng = os.urandom(side * (side // 2) * 3)
    image = Image.new("RGB", (side, side), (245, 245, 250))
    draw = ImageDraw.Draw(image)
    for line in range(0, side // 2, 40):
        draw.text((12, line + 8), f"message {seed}-{line}: pay or else", fill="black")
    image.paste(Image.frombytes("RGB", (side, side // 2), rng), (0, side // 2))
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def main(argv: list[str] | None = None) -> list[Figure]:
    """Build a locker, time export against zip -0 + sha256sum, print and return the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--kb", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="safehelper-bench-export-"))
    os.environ["SAFEHELPER_HOME"] = str(work / "home")
    from safehelper.export import export_pack
    from safehelper.locker import Locker

    try:
        plain = work / "plain"
        plain.mkdir()
        total_bytes = 0
        with Locker.create(work / "locker", passphrase=PASSPHRASE, use_device=False) as locker:
            for number in range(args.items):
                data = picture(number, args.kb)
                total_bytes += len(data)
                locker.add_image(
                    data,
                    "file",
                    platform="Instagram",
                    username="@someone",
                    note=f"picture {number}",
                )
                (plain / f"{number:04d}.png").write_bytes(data)
            out = work / "out"
            out.mkdir()

            def export_once() -> float:
                target = out / "pack.zip"
                seconds = timed(lambda: export_pack(locker, target))
                target.unlink()
                return seconds

            def baseline_once() -> float:
                target = out / "plain.zip"

                def by_hand() -> None:
                    subprocess.run(
                        ["zip", "-0", "-q", "-r", str(target), "."], cwd=plain, check=True
                    )
                    with open(out / "SHA256SUMS", "wb") as sums:
                        subprocess.run(
                            ["sha256sum", *sorted(os.listdir(plain))],
                            cwd=plain,
                            stdout=sums,
                            check=True,
                        )

                seconds = timed(by_hand)
                target.unlink()
                return seconds

            baseline = median_of(args.runs, baseline_once)
            exported = median_of(args.runs, export_once)
            tracemalloc.start()
            export_pack(locker, out / "pack.zip")
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            pack_mb = (out / "pack.zip").stat().st_size / 1e6
    finally:
        shutil.rmtree(work, ignore_errors=True)

    label = f"{args.items} items x {args.kb} KB"
    figures = [
        Figure(
            f"export pack, {label} ({pack_mb:.0f} MB)",
            "s",
            exported,
            "zip -0 + sha256sum, same files",
            baseline,
            "< 60 s for 500 items",
        ),
        Figure(
            "export peak Python memory (tracemalloc)",
            "MB",
            peak / 1e6,
            "all pictures together",
            total_bytes / 1e6,
            "ratio < 0.5",
        ),
    ]
    print_table(figures)
    return figures


if __name__ == "__main__":
    main()
