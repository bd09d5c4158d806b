"""Checking a picture from outside before it goes into the locker.

Files come from phones, downloads and chat apps, and some are hostile: a
"photo" that is really a program, a tiny file that claims to be 30000x30000
pixels (a decompression bomb), a cut-off download. Pillow detects the format
from the bytes (never from the file name), the pixel count is checked from
the header before anything is decoded, and the whole picture is then decoded
once in memory, which both proves it is complete and makes the thumbnail.

File names are data: only the last part is kept, control characters are
replaced, and no name is ever used to build a path.
"""

from __future__ import annotations

import io
import os
import re
import stat
import unicodedata
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import ExifTags, Image, ImageOps

from safehelper.errors import Phrase, SafeHelperError
from safehelper.paths import describe_os_error

# SafeHelper's own pixel limit (MAX_PIXELS, checked from the header) replaces Pillow's
# warning; Pillow's hard error still applies. Set once for the process, not per call:
# files are checked on several threads at once, and warnings.catch_warnings() is not
# thread-safe.
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 100_000_000
THUMBNAIL_PX = 320
# Modes whose pixels Image.reduce can average as they are (it premultiplies the alpha ones).
_AVERAGED_MODES = ("RGB", "RGBA", "L", "LA")
MAX_NAME_CHARS = 200

# Pillow format name -> media type. Only these are accepted, whatever else Pillow can read.
MEDIA_TYPES = {
    "PNG": "image/png",
    "JPEG": "image/jpeg",
    "WEBP": "image/webp",
    "GIF": "image/gif",
    "BMP": "image/bmp",
}
# ISO-BMFF brands of HEIC/HEIF/AVIF files (iPhone photos and friends), found at bytes 8-12.
_HEIF_BRANDS = {
    b"heic",
    b"heix",
    b"hevc",
    b"hevx",
    b"heim",
    b"heis",
    b"hevm",
    b"hevs",
    b"mif1",
    b"msf1",
    b"avif",
    b"avis",
}
# Bidirectional overrides let a name like "gnp.exe" pose as "exe.png"; they never help.
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_EXIF_DATE = re.compile(r"^\d{4}:\d{2}:\d{2} \d{2}:\d{2}:\d{2}$")
_EXIF_OFFSET = re.compile(r"^[+-]\d{2}:\d{2}$")
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)

# Why a picture was refused; the words are in safehelper.error_text.
TOO_LARGE_FILE = Phrase("image.too_large_file")
TOO_MANY_PIXELS = Phrase("image.too_many_pixels")
NOT_A_PICTURE = Phrase("image.not_a_picture")
DAMAGED = Phrase("image.damaged")
HEIC = Phrase("image.heic")
EMPTY = Phrase("image.empty")


class ImageRefused(SafeHelperError):
    """A picture that was not added, with the (cleaned) name and the reason apart."""

    def __init__(self, name: str, reason: Phrase) -> None:
        super().__init__("image.refused", name=display_name(name), reason=reason)
        self.name = display_name(name)
        self.reason = reason


@dataclass(frozen=True)
class ImageFacts:
    """What was learned about an accepted picture, and its thumbnail."""

    media_type: str
    width: int
    height: int
    exif_date: str | None
    thumbnail: bytes


def clean_name(name: str) -> str:
    """The last part of ``name`` with control characters replaced: safe to store and show.

    Both ``/`` and ``\\`` count as separators whatever the OS, so ``..\\..\\x``
    from a Windows zip is just ``x``. Lone surrogates (undecodable bytes in a
    Linux file name) become U+FFFD so the name can be stored as UTF-8.
    """
    last = re.split(r"[\\/]", name)[-1].strip()
    kept = []
    for char in last:
        category = unicodedata.category(char)
        if char in _BIDI_CONTROLS or category in ("Cc", "Cs", "Co", "Cn"):
            kept.append("\ufffd")
        else:
            kept.append(char)
    cleaned = "".join(kept).strip()
    if cleaned in (".", ".."):
        return ""
    return cleaned[:MAX_NAME_CHARS]


def display_name(name: str) -> str:
    """A cleaned name short enough for a message, or a stand-in when there is none."""
    cleaned = clean_name(name)
    if not cleaned:
        return "(no name)"
    return cleaned if len(cleaned) <= 60 else cleaned[:57] + "..."


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into the files inside them (sorted, hidden files and links skipped).

    Files named directly are kept even if they are missing, so that each one
    gets its own plain refusal rather than silently vanishing. Inside a folder a
    link is never followed: a dropped folder must not carry along a picture (or
    a key file) from somewhere else on the computer.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(
                    Path(root) / f
                    for f in sorted(files)
                    if not f.startswith(".") and not os.path.islink(os.path.join(root, f))
                )
        else:
            found.append(path)
    return found


def read_file(path: Path) -> bytes:
    """Read a regular file of at most 50 MB, checking its type and size before reading it.

    The type is checked before the file is opened: opening a FIFO (a named
    pipe) waits for a writer for ever. It is opened without blocking and checked
    again, in case it was swapped in between.
    """
    name = path.name
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise ImageRefused(name, Phrase("image.is_a_folder"))
        if not stat.S_ISREG(mode):
            raise ImageRefused(name, Phrase("image.not_a_file"))
        fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_BINARY)
        with open(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ImageRefused(name, Phrase("image.not_a_file"))
            if info.st_size > MAX_FILE_BYTES:
                raise ImageRefused(name, TOO_LARGE_FILE)
            data = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError as exc:
        raise ImageRefused(name, Phrase("image.is_a_folder")) from exc
    except FileNotFoundError as exc:
        raise ImageRefused(name, Phrase("image.not_found")) from exc
    except OSError as exc:
        raise ImageRefused(name, Phrase("image.unreadable", reason=describe_os_error(exc))) from exc
    if len(data) > MAX_FILE_BYTES:
        raise ImageRefused(name, TOO_LARGE_FILE)
    return data


def _is_heif(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS


def examine(data: bytes, name: str = "") -> ImageFacts:
    """Check that ``data`` is a complete PNG, JPEG, WebP, GIF or BMP picture and thumbnail it.

    Raises :class:`ImageRefused` with a plain reason otherwise. The pixel count
    comes from the header and is checked before any pixel is decoded.
    """
    if not data:
        raise ImageRefused(name, EMPTY)
    if len(data) > MAX_FILE_BYTES:
        raise ImageRefused(name, TOO_LARGE_FILE)
    if _is_heif(data):
        raise ImageRefused(name, HEIC)
    try:
        image = Image.open(io.BytesIO(data), formats=list(MEDIA_TYPES))
    except Image.DecompressionBombError as exc:
        raise ImageRefused(name, TOO_MANY_PIXELS) from exc
    except Exception as exc:  # Pillow raises many types for hostile headers
        raise ImageRefused(name, NOT_A_PICTURE) from exc
    with image:
        width, height = image.size
        if width <= 0 or height <= 0:
            raise ImageRefused(name, DAMAGED)
        if width * height > MAX_PIXELS:
            raise ImageRefused(name, TOO_MANY_PIXELS)
        media_type = MEDIA_TYPES[str(image.format)]
        try:
            # verify() checks what decoding does not, such as every PNG chunk's CRC.
            with Image.open(io.BytesIO(data), formats=[str(image.format)]) as checked:
                checked.verify()
            thumbnail = _thumbnail(image)
        except Exception as exc:  # truncated, bad checksums, broken streams: all "damaged"
            raise ImageRefused(name, DAMAGED) from exc
        # After decoding: a PNG's EXIF may follow its pixels, and is then already read.
        exif_date = _exif_date(image)
    return ImageFacts(
        media_type=media_type,
        width=width,
        height=height,
        exif_date=exif_date,
        thumbnail=thumbnail,
    )


def _thumbnail(image: Image.Image) -> bytes:
    """Decode the first frame fully (proving the file is whole) and shrink it to <= 320 px."""
    if image.format == "JPEG":
        # Decode at a reduced scale: still reads every byte, in a fraction of the memory.
        image.draft("RGB", (THUMBNAIL_PX * 2, THUMBNAIL_PX * 2))
    image.load()
    # Phone photos are often stored sideways with an EXIF note to turn them; screenshots never
    # are, so skip the full-size copy that turning makes unless it is needed.
    turned = image.getexif().get(ExifTags.Base.Orientation, 1) not in (0, 1)
    frame = ImageOps.exif_transpose(image) if turned else image
    if frame.mode in _AVERAGED_MODES:
        # Shrink by one whole factor with a box filter: each thumbnail pixel is the mean of a
        # square of the picture's. Sharp, no ringing, and a fifth of the time of Lanczos
        # (which made thumbnails a third of an import); the long side ends at 160-320 px.
        factor = -(-max(frame.size) // THUMBNAIL_PX)
        if factor > 1:
            frame = frame.reduce(factor)
    else:  # palettes, 1-bit, 16-bit, CMYK: Pillow converts them as it resizes
        frame.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX), Image.Resampling.LANCZOS, reducing_gap=1.0)
    has_alpha = frame.mode in ("RGBA", "LA", "PA") or (
        frame.mode == "P" and "transparency" in frame.info
    )
    out = io.BytesIO()
    if has_alpha:
        frame.convert("RGBA").save(out, format="PNG")
    else:
        frame.convert("RGB").save(out, format="JPEG", quality=85)
    return out.getvalue()


def _exif_date(image: Image.Image) -> str | None:
    """When a camera or phone says the photo was taken, as ISO 8601 text, if it says so."""
    try:
        exif = image.getexif()
        detail = exif.get_ifd(ExifTags.IFD.Exif)
    except Exception:  # EXIF from outside is often malformed; it is optional
        return None
    raw = detail.get(36867) or detail.get(36868) or exif.get(306)
    if not isinstance(raw, str) or not _EXIF_DATE.match(raw.strip()):
        return None
    try:
        when = datetime.strptime(raw.strip(), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    text = when.isoformat()
    offset = detail.get(36881) or detail.get(36882) or detail.get(36880)
    if isinstance(offset, str) and _EXIF_OFFSET.match(offset.strip()):
        text += offset.strip()
    return text
