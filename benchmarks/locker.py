"""The evidence locker: what encryption, checks and crash safety cost, against plain writes.

``python -m benchmarks.locker [--runs N] [--files N] [--items N]``

- adding one 1920x1080 PNG (check + thumbnail + encrypt + fsyncs + commit)
  against ``open().write()`` + ``fsync`` of the same bytes;
- importing a folder of screenshots (files per second: checked and encrypted on
  every core, saved in batches) against one core and against copying the same
  files with write + fsync;
- ``verify`` over many items against SHA-256 over the same plaintext bytes.

Everything happens in a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

from benchmarks.harness import Figure, median_of, print_table, timed
from safehelper import imports
from safehelper.locker import Locker

PASS = "benchmark passphrase, not a secret"


def screenshot(width: int, height: int, seed: int) -> bytes:
    """A PNG shaped like a chat screenshot: flat background, bubbles and lines of "text"."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), (245, 245, 248))
    draw = ImageDraw.Draw(image)
    y = 20
    while y < height - 60:
        mine = rng.random() < 0.5
        bubble_w = rng.randint(width // 4, width * 2 // 3)
        x = width - bubble_w - 20 if mine else 20
        lines = rng.randint(1, 4)
        bubble_h = 18 * lines + 16
        draw.rounded_rectangle(
            (x, y, x + bubble_w, y + bubble_h),
            radius=14,
            fill=(0, 132, 255) if mine else (229, 229, 234),
        )
        for line in range(lines):
            words = " ".join(
                "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 8)))
                for _ in range(rng.randint(3, 9))
            )
            draw.text(
                (x + 12, y + 8 + 18 * line), words, fill=(255, 255, 255) if mine else (20, 20, 20)
            )
        y += bubble_h + rng.randint(8, 24)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def write_and_fsync(path: Path, data: bytes) -> None:
    """The baseline: the simplest durable write of the same bytes."""
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def bench_add(root: Path, runs: int) -> list[Figure]:
    """Adding one picture, and how much of that is checking it and making its thumbnail."""
    data = screenshot(1920, 1080, seed=1)
    print(f"one 1920x1080 screenshot PNG: {len(data) / 1024:.0f} KB")
    plain = root / "plain"
    plain.mkdir()
    with Locker.create(root / "add-locker", passphrase=PASS, use_device=False) as locker:
        added = median_of(runs, lambda: timed(lambda: locker.add_image(data, "screen")))
    counter = iter(range(10**9))
    baseline = median_of(
        runs, lambda: timed(lambda: write_and_fsync(plain / f"{next(counter)}.png", data))
    )
    checking = median_of(runs, lambda: timed(lambda: imports.examine(data, "shot.png")))
    return [
        Figure(
            "locker: add one 1920x1080 PNG",
            "ms",
            added * 1000,
            "open().write() + fsync",
            baseline * 1000,
        ),
        Figure(
            "  of which: check + thumbnail",
            "ms",
            checking * 1000,
            "open().write() + fsync",
            baseline * 1000,
        ),
    ]


def bench_import(root: Path, runs: int, files: int, size: tuple[int, int]) -> list[Figure]:
    """Importing a folder on every core, against one core and against plain copies."""
    source = root / "screenshots"
    source.mkdir()
    for i in range(files):
        (source / f"Screenshot {i:04d}.png").write_bytes(screenshot(*size, seed=1000 + i))
    total = sum(p.stat().st_size for p in source.iterdir())
    print(f"{files} screenshots of {size[0]}x{size[1]}: {total / files / 1024:.0f} KB each")
    cores = os.cpu_count() or 1

    def one_import(workers: int) -> float:
        folder = Path(tempfile.mkdtemp(dir=root))
        with Locker.create(folder / "locker", passphrase=PASS, use_device=False) as locker:
            seconds = timed(lambda: locker.import_files([source], workers=workers))
            assert locker.count() == files
        return files / seconds

    def one_copy() -> float:
        target = Path(tempfile.mkdtemp(dir=root))
        paths = sorted(source.iterdir())

        def copy_all() -> None:
            for path in paths:
                write_and_fsync(target / path.name, path.read_bytes())

        seconds = timed(copy_all)
        return files / seconds

    one_core = median_of(runs, lambda: one_import(1))
    return [
        Figure(
            f"locker: import {files} screenshots ({cores} cores)",
            "files/s",
            median_of(runs, lambda: one_import(cores)),
            "the same on 1 core",
            one_core,
            target=">= 264 files/s (3x 88)",
        ),
        Figure(
            f"locker: import {files} screenshots (1 core)",
            "files/s",
            one_core,
            "read + write + fsync",
            median_of(runs, one_copy),
        ),
    ]


def bench_verify(root: Path, runs: int, items: int) -> Figure:
    distinct = [screenshot(640, 480, seed=5000 + i) for i in range(50)]
    with Locker.create(root / "verify-locker", passphrase=PASS, use_device=False) as locker:
        plaintexts = []
        for i in range(items):
            data = distinct[i % len(distinct)]
            locker.add_image(data, "screen", note=f"note {i}")
            plaintexts.append(data)
        print(f"{items} items of about {sum(map(len, distinct)) / len(distinct) / 1024:.0f} KB")

        def one_verify() -> float:
            seconds = timed(lambda: locker.verify())
            assert locker.verify().ok
            return seconds

        verified = median_of(runs, one_verify)
    baseline = median_of(
        runs, lambda: timed(lambda: [hashlib.sha256(p).hexdigest() for p in plaintexts])
    )
    return Figure(
        f"locker: verify {items} items", "s", verified, "sha256 of the same bytes", baseline
    )


def main(argv: list[str] | None = None) -> list[Figure]:
    """Measure the locker against same-run baselines and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--files", type=int, default=500, help="screenshots to import")
    parser.add_argument("--items", type=int, default=2000, help="items to verify")
    parser.add_argument("--size", default="800x600", help="size of imported screenshots")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory(prefix="safehelper-bench-") as tmp:
        root = Path(tmp)
        os.environ["SAFEHELPER_HOME"] = str(root / "home")
        figures = [
            *bench_add(root, max(args.runs, 5)),
            *bench_import(root, args.runs, args.files, (width, height)),
            bench_verify(root, args.runs, args.items),
        ]
    print_table(figures)
    for figure in figures:
        if figure.ratio is not None:
            print(f"{figure.name}: {figure.ratio:.2f} x the baseline ({figure.unit})")
    return figures


if __name__ == "__main__":
    main()
