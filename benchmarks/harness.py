"""The shared shape of every benchmark: medians, a same-run baseline, and a ratio.

A figure alone says little on an unknown machine; the same work done the
simplest possible way, measured in the same run, gives it meaning.
"""

from __future__ import annotations

import compileall
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Figure:
    """One benchmark line: what was measured, its median, and its baseline's median."""

    name: str
    unit: str
    value: float
    baseline_name: str = ""
    baseline: float | None = None
    target: str = ""

    @property
    def ratio(self) -> float | None:
        """How many times the baseline this figure is (None without a baseline)."""
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline


def median_of(runs: int, measure: Callable[[], float]) -> float:
    """Call ``measure`` ``runs`` times and return the median of what it returns."""
    return statistics.median(measure() for _ in range(max(1, runs)))


def compile_sources() -> None:
    """Write SafeHelper's bytecode caches, as installing it does.

    Start-up figures then measure starting, not compiling: with
    ``PYTHONDONTWRITEBYTECODE`` set, a source checkout would otherwise compile
    every module again on every run, which no installed copy does.
    """
    for package in ("safehelper", "ui"):
        compileall.compile_dir(REPO / package, quiet=1)


def timed(action: Callable[[], object]) -> float:
    """Seconds taken by one call of ``action``."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def print_table(figures: list[Figure]) -> None:
    """Print figures as one aligned table."""
    header = ("benchmark", "median", "baseline", "baseline median", "ratio", "target")
    rows = [header]
    for f in figures:
        rows.append(
            (
                f.name,
                f"{f.value:.4g} {f.unit}",
                f.baseline_name or "-",
                f"{f.baseline:.4g} {f.unit}" if f.baseline is not None else "-",
                f"{f.ratio:.2f}" if f.ratio is not None else "-",
                f.target or "-",
            )
        )
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(header))]
    for index, row in enumerate(rows):
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print("  ".join("-" * width for width in widths))
