"""Records someone edited in the index: named by verify, left out of list and export, never fatal.

Each damage is done to a real index with sqlite3, the way a sibling with a
database browser could; where noted the chain hash is recomputed around the edit,
so only the content check can catch it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_cli_locker import make_pngs, run_cli, with_pass

from safehelper.locker import INDEX_NAME, canonical, chain_hash

Edit = str  # a short name for the damage, used as the test id


def three_items(tmp_path: Path) -> list[str]:
    result = run_cli("add", *map(str, make_pngs(tmp_path / "in", 3)), env=with_pass())
    assert result.returncode == 0, result.stderr
    return [line.split()[1] for line in result.stdout.splitlines() if line.startswith("saved")]


def index_path(home: Path) -> Path:
    return home / "data" / "locker" / INDEX_NAME


def rewrite_record(home: Path, item_id: str, change: dict[str, object]) -> None:
    """Change fields of an item's ``add`` record and recompute the chain from there on."""
    db = sqlite3.connect(index_path(home))
    rows = db.execute("SELECT seq, item_id, kind, record FROM entries ORDER BY seq").fetchall()
    prev = "0" * 64
    for seq, row_item, kind, record in rows:
        if row_item == item_id and kind == "add":
            record = canonical({**json.loads(record), **change})
            db.execute("UPDATE entries SET record = ? WHERE seq = ?", (record, seq))
        prev = chain_hash(prev, bytes(record))
        db.execute("UPDATE entries SET entry_hash = ? WHERE seq = ?", (prev, seq))
    db.commit()
    db.close()


def store_raw(home: Path, item_id: str, value: object) -> None:
    db = sqlite3.connect(index_path(home))
    db.execute("UPDATE entries SET record = ? WHERE item_id = ? AND kind = 'add'", (value, item_id))
    db.commit()
    db.close()


DAMAGE: dict[Edit, tuple[str, object]] = {
    "nested JSON": ("raw", "[" * 200_000 + "]" * 200_000),
    "not JSON": ("raw", b"\xff\xfe not a record"),
    "a number": ("raw", 12345),
    "captured_at nonsense": ("rewrite", {"captured_at": "yesterday-ish"}),
    "captured_at out of range": ("rewrite", {"captured_at": "0001-01-01T00:00:00+14:00"}),
    "size nonsense": ("rewrite", {"size": "big"}),
    "width negative": ("rewrite", {"width": -4}),
    "file_mtime a list": ("rewrite", {"file_mtime": [1, 2]}),
}


@pytest.mark.parametrize("name", list(DAMAGE))
def test_a_damaged_record_is_named_and_left_out(
    name: Edit, tmp_path: Path, safehelper_home: Path
) -> None:
    ids = three_items(tmp_path)
    how, what = DAMAGE[name]
    if how == "raw":
        store_raw(safehelper_home, ids[1], what)
    else:
        assert isinstance(what, dict)
        rewrite_record(safehelper_home, ids[1], what)

    listed = run_cli("list", "--json", env=with_pass())
    assert listed.returncode == 0, listed.stderr
    assert "Traceback" not in listed.stderr
    assert {item["id"] for item in json.loads(listed.stdout)} == {ids[0], ids[2]}
    assert "1 record(s) in the locker are damaged and were left out" in listed.stderr

    checked = run_cli("verify", env=with_pass())
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert f"Item {ids[1]}" in checked.stderr

    pack = tmp_path / "pack.zip"
    exported = subprocess.run(
        [sys.executable, "-m", "safehelper", "export", str(pack)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **with_pass()},
        stdin=subprocess.DEVNULL,
    )
    assert exported.returncode == 0, exported.stderr
    assert "were left out" in exported.stderr
    with zipfile.ZipFile(pack) as archive:
        assert len([n for n in archive.namelist() if n.startswith("evidence/")]) == 2


def test_a_record_stored_as_text_still_reads(tmp_path: Path, safehelper_home: Path) -> None:
    """The same bytes as TEXT instead of a BLOB: the content is intact, so nothing is lost."""
    ids = three_items(tmp_path)
    db = sqlite3.connect(index_path(safehelper_home))
    db.execute("UPDATE entries SET record = CAST(record AS TEXT) WHERE item_id = ?", (ids[0],))
    assert (
        db.execute("SELECT typeof(record) FROM entries WHERE item_id = ?", (ids[0],)).fetchone()[0]
        == "text"
    )
    db.commit()
    db.close()
    listed = run_cli("list", "--json", env=with_pass())
    assert listed.returncode == 0, listed.stderr
    assert {item["id"] for item in json.loads(listed.stdout)} == set(ids)
    assert run_cli("verify", env=with_pass()).returncode == 0
