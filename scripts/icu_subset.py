"""Shrink the ICU data that Qt carries to what SafeHelper can reach (31 MB to about 1 MB).

PySide6 on Linux ships ``libicudata.so.73``, one 31 MB table of every locale's names,
calendars, units, currencies, time zones, transliterators, break rules and legacy
converters. Qt uses ICU for little of it: collation (sorting names in a file dialog) and
locale-aware case mapping. Everything else Qt does with its own tables, and SafeHelper
formats its own times and text. This keeps the root and English collation (which sorts
every script sensibly), normalization and the locale root, and drops the rest; ICU treats
a missing item as "use the root", so nothing fails.

    python scripts/icu_subset.py SOURCE_LIBICUDATA OUT_DIR     # prints the new library

``build.spec`` runs it on Linux when a C compiler is present; without one the bundle keeps
the full library. The library is rebuilt from ICU's own package format (a header, a sorted
table of contents of name and data offsets, then the items), with the kept items copied
byte for byte.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
from pathlib import Path

# Items kept, by their name inside the package (after the "icudt73l/" prefix).
KEPT_EXACT = {
    "root.res",
    "res_index.res",
    "pool.res",
    "en.res",
    "en_US.res",
    "likelySubtags.res",
    "nfc.nrm",
    "nfkc.nrm",
    "nfkc_cf.nrm",
    "uprops.icu",
    "coll/root.res",
    "coll/res_index.res",
    "coll/ucadata.icu",
    "coll/en.res",
    "coll/en_US.res",
}
ALIGN = 16


def _padded(size: int) -> int:
    return (size + ALIGN - 1) // ALIGN * ALIGN


def read_package(library: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package header and its (name, data) items, found inside the shared library."""
    marker = library.find(b"CmnD")
    start = marker - 12
    if marker < 0 or library[start + 2 : start + 4] != b"\xda\x27":
        raise ValueError("no ICU common data package in this file")
    (header_size,) = struct.unpack_from("<H", library, start)
    toc = start + header_size
    (count,) = struct.unpack_from("<I", library, toc)
    offsets = [struct.unpack_from("<II", library, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_at, data_at) in enumerate(offsets):
        name_end = library.index(b"\0", toc + name_at)
        name = library[toc + name_at : name_end].decode("ascii")
        data_end = offsets[index + 1][1] if index + 1 < count else data_at
        items.append((name, library[toc + data_at : toc + data_end]))
    if items:  # the last item's size is not in the table: it runs to its own header's end
        name, _ = items[-1]
        items[-1] = (name, b"")
    return library[start:toc], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A package in ICU's offset-table format; items keep their (sorted) order."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    names_at = 4 + 8 * len(items)
    data_at = _padded(names_at + len(names))
    table = bytearray(struct.pack("<I", len(items)))
    name_offset, data_offset = names_at, data_at
    for name, data in items:
        table += struct.pack("<II", name_offset, data_offset)
        name_offset += len(name) + 1
        data_offset += _padded(len(data))
    body = bytes(table) + names
    body += b"\0" * (data_at - len(body))
    for _name, data in items:
        body += data + b"\0" * (_padded(len(data)) - len(data))
    return header + body


def subset(library: bytes) -> tuple[str, bytes]:
    """The package's symbol name (``icudt73_dat``) and the reduced package."""
    header, items = read_package(library)
    prefix = items[0][0].split("/", 1)[0]  # "icudt73l": version and endianness
    kept = [(name, data) for name, data in items if name.split("/", 1)[1] in KEPT_EXACT]
    if any(not data for _name, data in kept):
        raise ValueError("a kept ICU item is the last one in the package; keep the library")
    return prefix[:-1] + "_dat", write_package(header, kept)


def build(source: Path, out_dir: Path) -> Path:
    """Write the reduced library (same file name and soname as ``source``) into ``out_dir``."""
    symbol, package = subset(source.read_bytes())
    out_dir.mkdir(parents=True, exist_ok=True)
    data_file = out_dir / "icudata.dat"
    data_file.write_bytes(package)
    assembly = out_dir / "icudata.s"
    assembly.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        f"\t.balign {ALIGN}\n"
        f"{symbol}:\n"
        f'\t.incbin "{data_file}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    target = out_dir / source.name
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise FileNotFoundError("no C compiler (cc) to build the reduced ICU data")
    subprocess.run(
        [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{source.name}", "-o", target, assembly],
        check=True,
        timeout=120,
    )
    return target


def main() -> None:
    """Command line: build the reduced library and print its path."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    print(build(args.source, args.out_dir))


if __name__ == "__main__":
    main()
