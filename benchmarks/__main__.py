"""Run every benchmark and print one table: ``python -m benchmarks [--only NAME...] [--runs N]``.

Screen benchmarks need a display: ``scripts/with-desktop .venv/bin/python -m benchmarks``.
"""

from __future__ import annotations

import argparse
import importlib

from benchmarks.harness import Figure, print_table

# Each module has main(argv) -> list[Figure]; the order is the order of the table.
MODULES = (
    "startup",
    "imports",
    "quick_exit",
    "locker",
    "capture",
    "export",
    "phone",
    "timestamps",
    "bundle",
)


def main() -> None:
    """Run the chosen benchmarks, each printing its own detail, then the combined table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", choices=MODULES, help="run just these")
    parser.add_argument("--runs", type=int, help="runs per figure (each has its own default)")
    args = parser.parse_args()
    figures: list[Figure] = []
    for name in args.only or MODULES:
        print(f"\n== {name}")
        module = importlib.import_module(f"benchmarks.{name}")
        figures += module.main([] if args.runs is None else ["--runs", str(args.runs)])
    print("\n== all figures")
    print_table(figures)


if __name__ == "__main__":
    main()
