"""Property tests: whatever bytes are added and however records are edited, no crash and no lie.

The only allowed outcomes are a plain :class:`SafeHelperError` (or a plain
refusal of one file) or a correct answer: a picture added reads back exactly,
and an index whose records were changed never passes ``verify``.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring.backends import fail
from test_locker import png

from safehelper.errors import SafeHelperError
from safehelper.locker import INDEX_NAME, Locker, LockerSession, canonical, chain_hash

PASS = "purple elephants dance at noon"
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def open_locker(no_keyring: None, tmp_path: Path) -> Iterator[Locker]:
    with Locker.create(tmp_path / "locker", passphrase=PASS) as locker:
        yield locker


def mutated_picture() -> st.SearchStrategy[bytes]:
    """Random bytes, and real pictures with bytes flipped, cut off or added."""
    base = png(seed=7)
    flips = st.lists(st.tuples(st.integers(0, len(base) - 1), st.integers(1, 255)), max_size=8)

    def flipped(changes: list[tuple[int, int]]) -> bytes:
        data = bytearray(base)
        for offset, mask in changes:
            data[offset] ^= mask
        return bytes(data)

    return st.one_of(
        st.binary(max_size=4096),
        flips.map(flipped),
        st.integers(0, len(base)).map(lambda n: base[:n]),
        st.binary(max_size=64).map(lambda tail: base + tail),
    )


@SETTINGS
@given(data=mutated_picture())
def test_any_bytes_are_added_exactly_or_refused_plainly(open_locker: Locker, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as where:
        path = Path(where) / "screenshot.png"
        path.write_bytes(data)
        result = open_locker.import_files([path])
    assert not result.error and not result.cancelled
    assert len(result.saved) + len(result.refused) == 1
    for item in result.saved:
        assert open_locker.read_image(item.id) == data
    for refusal in result.refused:
        assert refusal.name == "screenshot.png" and str(refusal.reason)


@pytest.fixture
def pristine(no_keyring: None, tmp_path: Path) -> Path:
    """A closed locker with three items; each example edits a fresh copy of it."""
    folder = tmp_path / "pristine"
    with Locker.create(folder, passphrase=PASS) as locker:
        for seed in range(3):
            locker.add_image(png(seed=seed), "screen", note=f"note {seed}")
    return folder


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=10,
)
edits = st.one_of(
    st.tuples(st.just("raw"), st.binary(max_size=200)),
    st.tuples(st.just("raw"), st.text(max_size=200)),
    st.tuples(
        st.just("field"),
        st.sampled_from(
            ["sha256", "size", "width", "captured_at", "file_mtime", "private", "kind", "covered"]
        ),
        json_values,
    ),
)


def apply_edit(index: Path, seq: int, edit: tuple[object, ...], recompute: bool) -> bool:
    """Edit record ``seq`` (and recompute the chain if asked); whether any byte changed."""
    db = sqlite3.connect(index)
    rows = db.execute("SELECT seq, record FROM entries ORDER BY seq").fetchall()
    old = bytes(rows[seq - 1][1])
    if edit[0] == "raw":
        new: object = edit[1]
    else:
        record = json.loads(old)
        record[str(edit[1])] = edit[2]
        new = canonical(record)
    db.execute("UPDATE entries SET record = ? WHERE seq = ?", (new, seq))
    if recompute:
        prev = "0" * 64
        for row_seq, record_value in db.execute("SELECT seq, record FROM entries ORDER BY seq"):
            as_bytes = record_value if isinstance(record_value, bytes) else str(record_value)
            as_bytes = as_bytes if isinstance(as_bytes, bytes) else as_bytes.encode("utf-8")
            prev = chain_hash(prev, as_bytes)
            db.execute("UPDATE entries SET entry_hash = ? WHERE seq = ?", (prev, row_seq))
    db.commit()
    db.close()
    changed = new if isinstance(new, bytes) else str(new).encode("utf-8")
    return changed != old


# Each example unlocks with scrypt (about a second): fewer examples than for pictures.
@settings(SETTINGS, max_examples=20)
@given(seq=st.integers(1, 4), edit=edits, recompute=st.booleans())
def test_any_edited_record_is_a_plain_error_or_caught_by_verify(
    pristine: Path, seq: int, edit: tuple[object, ...], recompute: bool
) -> None:
    with tempfile.TemporaryDirectory() as where:
        folder = Path(where) / "locker"
        shutil.copytree(pristine, folder)
        changed = apply_edit(folder / INDEX_NAME, seq, edit, recompute)
        try:
            with LockerSession(folder) as session:
                session.unlock_with_passphrase(PASS)
                locker = session.locker
                shown = len(locker.items()) + locker.unreadable_records()
                report = locker.verify()
        except SafeHelperError as exc:
            assert str(exc) and "Traceback" not in str(exc)
            return
    assert shown >= 2
    assert report.ok is not changed
    if changed:
        assert str(report.problem)
