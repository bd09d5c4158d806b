"""Pictures from outside: accepted by content, hostile ones refused plainly with nothing stored."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PIL import ExifTags, Image

from safehelper import imports
from safehelper.errors import SafeHelperError
from safehelper.locker import BLOB_DIR, Locker
from safehelper.locker.importing import Batching

PASS = "purple elephants dance at noon"


def noisy(width: int, height: int, seed: int = 0) -> Image.Image:
    return Image.frombytes(
        "RGB",
        (width, height),
        hashlib.shake_256(seed.to_bytes(4, "big")).digest(width * height * 3),
    )


def encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny, well-formed PNG header claiming a huge size: a decompression bomb's shape."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def box(safehelper_home: Path) -> Iterator[Locker]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    locker = Locker.create(passphrase=PASS)
    try:
        yield locker
    finally:
        locker.close()
        keyring.set_keyring(before)


def assert_nothing_stored(box: Locker) -> None:
    assert box.count() == 0
    assert [r.kind for r in box.chain_records()] == ["init"]
    assert list((box.folder / BLOB_DIR).iterdir()) == []


# ---------------------------------------------------------------- accepted


@pytest.mark.parametrize(
    ("fmt", "media_type"),
    [
        ("PNG", "image/png"),
        ("JPEG", "image/jpeg"),
        ("WEBP", "image/webp"),
        ("GIF", "image/gif"),
        ("BMP", "image/bmp"),
    ],
)
def test_each_format_is_detected_by_content_not_name(
    box: Locker, tmp_path: Path, fmt: str, media_type: str
) -> None:
    data = encode(noisy(40, 30, seed=len(fmt)), fmt)
    path = tmp_path / "misleading-name.txt"
    path.write_bytes(data)
    item = box.import_file(path)
    assert (item.media_type, item.width, item.height, item.source) == (media_type, 40, 30, "file")
    assert box.read_image(item.id) == data
    assert item.original_name == "misleading-name.txt"


def test_animated_gif_keeps_the_file_and_thumbnails_the_first_frame(box: Locker) -> None:
    red, blue = Image.new("RGB", (50, 50), (255, 0, 0)), Image.new("RGB", (50, 50), (0, 0, 255))
    out = io.BytesIO()
    red.save(out, format="GIF", save_all=True, append_images=[blue], duration=100, loop=0)
    item = box.add_image(out.getvalue(), "file")
    assert box.read_image(item.id) == out.getvalue()
    thumb = Image.open(io.BytesIO(box.read_thumbnail(item.id))).convert("RGB")
    r, _g, b = thumb.getpixel((25, 25))
    assert r > 200 and b < 60


def test_exif_date_and_file_time_are_recorded(box: Locker, tmp_path: Path) -> None:
    exif = Image.Exif()
    detail = exif.get_ifd(ExifTags.IFD.Exif)
    detail[36867] = "2026:11:20 21:15:00"
    detail[36881] = "+13:00"
    path = tmp_path / "IMG_0042.JPG"
    path.write_bytes(encode(noisy(64, 64), "JPEG", exif=exif))
    when = datetime(2026, 11, 21, 8, 30, tzinfo=UTC)
    os.utime(path, (when.timestamp(), when.timestamp()))
    item = box.import_file(path)
    assert item.exif_date == "2026-11-20T21:15:00+13:00"
    assert item.file_mtime == when


def test_sideways_phone_photo_gets_an_upright_thumbnail(box: Locker) -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # "turn 90 degrees to view"
    item = box.add_image(encode(noisy(120, 60), "JPEG", exif=exif), "file")
    assert (item.width, item.height) == (120, 60)
    assert Image.open(io.BytesIO(box.read_thumbnail(item.id))).size == (60, 120)


def test_emoji_and_odd_bytes_in_names_are_kept_as_data(box: Locker, tmp_path: Path) -> None:
    data = encode(noisy(20, 20), "PNG")
    emoji = tmp_path / "😰 chat with 👤.png"
    emoji.write_bytes(data)
    assert box.import_file(emoji).original_name == "😰 chat with 👤.png"
    if os.name == "posix":
        raw = os.fsencode(tmp_path) + b"/bad\xffname.png"
        with open(raw, "wb") as handle:
            handle.write(data)
        item = box.import_file(Path(os.fsdecode(raw)))
        assert item.original_name == "bad\ufffdname.png"


def test_hostile_names_on_good_pictures_are_only_data(box: Locker) -> None:
    data = encode(noisy(20, 20, seed=5), "PNG")
    cases = {
        "../../../../etc/passwd": "passwd",
        "..\\..\\Windows\\evil.png": "evil.png",
        "a\x00b.png": "a\ufffdb.png",
        "line\nbreak.png": "line\ufffdbreak.png",
        "photo\u202egnp.exe": "photo\ufffdgnp.exe",
        "..": "",
    }
    for given, stored in cases.items():
        assert box.add_image(data, "file", original_name=given).original_name == stored
    names = {p.name.split(".")[0] for p in (box.folder / BLOB_DIR).iterdir()}
    assert names == {i.id for i in box.items()}
    assert sorted(p.name for p in box.folder.iterdir()) == sorted(
        p.name
        for p in box.folder.iterdir()
        if p.name.startswith(("index.sqlite3", "index.anchor", "blobs"))
    )


# ---------------------------------------------------------------- refused


def refused(box: Locker, data: bytes, name: str, reason: str) -> str:
    with pytest.raises(imports.ImageRefused) as caught:
        box.add_image(data, "file", original_name=name)
    assert caught.value.reason == reason
    assert isinstance(caught.value, SafeHelperError)
    assert "\n" not in str(caught.value) and "\x00" not in str(caught.value)
    assert_nothing_stored(box)
    return str(caught.value)


def test_renamed_non_image_is_refused(box: Locker) -> None:
    refused(
        box,
        b"MZ\x90\x00 this is a program, not a picture" * 20,
        "holiday.png",
        imports.NOT_A_PICTURE,
    )
    refused(box, b"%PDF-1.7\n" + b"x" * 500, "scan.jpg", imports.NOT_A_PICTURE)


def test_empty_file_is_refused(box: Locker) -> None:
    refused(box, b"", "empty.png", imports.EMPTY)


def test_truncated_png_is_refused(box: Locker) -> None:
    whole = encode(noisy(200, 200, seed=7), "PNG")
    refused(box, whole[: len(whole) * 6 // 10], "cut.png", imports.DAMAGED)


def test_png_with_a_changed_byte_is_refused(box: Locker) -> None:
    whole = bytearray(encode(noisy(200, 200, seed=7), "PNG"))
    whole[len(whole) // 2] ^= 0x10  # inside the pixel data: only the chunk's CRC shows it
    refused(box, bytes(whole), "changed.png", imports.DAMAGED)


def test_corrupt_jpeg_is_refused(box: Locker) -> None:
    whole = encode(noisy(200, 200, seed=8), "JPEG")
    refused(box, whole[: len(whole) // 2], "cut.jpg", imports.DAMAGED)


def test_png_bomb_is_refused_from_its_header(box: Locker) -> None:
    bomb = png_claiming(30000, 30000)
    assert len(bomb) < 200
    refused(box, bomb, "bomb.png", imports.TOO_MANY_PIXELS)
    # Between our 100-megapixel limit and Pillow's own hard limit: our check must catch it.
    refused(box, png_claiming(11000, 10000), "big.png", imports.TOO_MANY_PIXELS)


def test_heic_gets_how_to_convert(box: Locker) -> None:
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 200
    message = refused(box, heic, "IMG_1234.HEIC", imports.HEIC)
    assert "JPEG" in message and "IMG_1234.HEIC" in message


def test_sixty_megabyte_file_is_refused_before_reading(box: Locker, tmp_path: Path) -> None:
    big = tmp_path / "huge.png"
    with open(big, "wb") as handle:
        handle.write(encode(noisy(10, 10), "PNG"))
        handle.truncate(60 * 1024 * 1024)  # sparse: no 60 MB is written or read
    result = box.import_files([big])
    assert result.saved == [] and [r.reason for r in result.refused] == [imports.TOO_LARGE_FILE]
    refused(box, b"\x89PNG\r\n\x1a\n" + bytes(60 * 1024 * 1024), "huge.png", imports.TOO_LARGE_FILE)


def test_hostile_names_on_bad_files_are_shown_cleanly(box: Locker) -> None:
    message = refused(box, b"not a picture", "../../x\x00\u202egnp.exe\n", imports.NOT_A_PICTURE)
    assert message.startswith("x\ufffd\ufffdgnp.exe: ")
    refused(box, b"not a picture", "😀.png", imports.NOT_A_PICTURE)


# ------------------------------------------------------------ many files


def test_import_walks_folders_reports_progress_and_refusals(box: Locker, tmp_path: Path) -> None:
    top = tmp_path / "shots"
    (top / "more").mkdir(parents=True)
    for i in range(4):
        (top / f"{i}.png").write_bytes(encode(noisy(16, 16, seed=i), "PNG"))
    (top / "more" / "deep.webp").write_bytes(encode(noisy(16, 16, seed=9), "WEBP"))
    (top / "notes.txt").write_text("not a picture")
    (top / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    seen: list[tuple[int, int]] = []
    result = box.import_files(
        [top], progress=lambda done, total: seen.append((done, total)), note="from the phone"
    )
    assert seen == [(n, 6) for n in range(7)]
    assert len(result.saved) == 5 and not result.cancelled and result.error == ""
    assert [(r.name, r.reason) for r in result.refused] == [("notes.txt", imports.NOT_A_PICTURE)]
    assert {i.note for i in box.items()} == {"from the phone"}


def batch_and_more(tmp_path: Path) -> list[Path]:
    """More small pictures than one batch saves, so an import saves at least two batches."""
    files = []
    for i in range(Batching().files + 8):
        files.append(tmp_path / f"{i:02d}.png")
        files[-1].write_bytes(encode(noisy(16, 16, seed=i), "PNG"))
    return files


def test_cancel_keeps_what_was_saved(box: Locker, tmp_path: Path) -> None:
    files = batch_and_more(tmp_path)
    progress: list[int] = []
    result = box.import_files(
        files,
        progress=lambda done, total: progress.append(done),
        cancelled=lambda: len(progress) > 1,  # once the first file is counted as saved
    )
    assert result.cancelled and 1 <= len(result.saved) < len(files)
    # Exactly the files counted were saved: the first ones, in order, and nothing else.
    assert progress == list(range(len(result.saved) + 1))
    names = [item.original_name for item in result.saved]
    assert names == [path.name for path in files[: len(names)]]
    assert {i.id for i in box.items()} == {i.id for i in result.saved}
    assert box.verify().ok
    assert sorted(p.name for p in (box.folder / BLOB_DIR).iterdir()) == sorted(
        f"{i.id}{suffix}" for i in result.saved for suffix in (".img", ".thumb")
    )


def test_import_stops_plainly_when_the_locker_is_locked(box: Locker, tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(encode(noisy(16, 16), "PNG"))
    box.lock()
    result = box.import_files([path, path])
    assert result.saved == [] and "locked" in result.error


def test_hide_now_during_an_import_stops_it_and_keeps_what_was_saved(
    box: Locker, tmp_path: Path
) -> None:
    files = batch_and_more(tmp_path)
    counted: list[int] = []

    def progress(done: int, total: int) -> None:
        counted.append(done)
        if done == 1:
            box.lock()  # what Hide now does, from wherever it runs

    result = box.import_files(files, progress=progress)
    assert 1 <= len(result.saved) < len(files) and not result.cancelled
    assert "locked" in result.error and counted[-1] == len(result.saved)
    box.unlock_with_passphrase(PASS)
    assert box.count() == len(result.saved) and box.verify().ok


def test_clean_name_rules() -> None:
    assert imports.clean_name("C:\\Users\\kid\\Desktop\\proof.png") == "proof.png"
    assert imports.clean_name("   ") == ""
    assert imports.display_name("") == "(no name)"
    assert len(imports.display_name("x" * 500)) == 60
    assert len(imports.clean_name("y" * 500)) == imports.MAX_NAME_CHARS


def test_many_files_are_checked_together_and_stored_in_their_order(
    box: Locker, tmp_path: Path
) -> None:
    """The checks run on a pool of threads; the saves still follow the files' order."""
    files = []
    for i in range(24):
        files.append(tmp_path / f"{i:02d}.png")
        files[-1].write_bytes(encode(noisy(64 + i, 48, seed=i), "PNG"))
    files.insert(7, tmp_path / "broken.png")
    files[7].write_bytes(encode(noisy(64, 48), "PNG")[:300])
    result = box.import_files(files, workers=4)
    assert [item.original_name for item in result.saved] == [f"{i:02d}.png" for i in range(24)]
    assert [r.name for r in result.refused] == ["broken.png"]
    oldest_first = list(reversed(box.items()))  # newest first: by time, then by save order
    assert [item.width for item in oldest_first] == [64 + i for i in range(24)]
    assert box.verify().ok
