"""The evidence pack, end to end: a real locker, a real ZIP, and the system's own tools.

Each pack is checked the way an officer would: unzip it, run ``sha256sum -c``,
render ``report.pdf`` with ``pdftoppm``, and run ``safehelper verify-pack``.
Then it is tampered with in the ways that matter (one changed byte, a missing
picture, an edited manifest, a forger who also fixes SHA256SUMS) and both
checks must fail naming the file.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from safehelper import export, incident, synced_folders
from safehelper.cli import main
from safehelper.errors import SafeHelperError
from safehelper.locker import Locker
from safehelper.pack import PackProblem, verify_pack

PASSPHRASE = "purple otter jumps 1987 quietly"


def screenshot(number: int, fmt: str, size: tuple[int, int] = (360, 640)) -> bytes:
    """A small fake chat screenshot: a coloured bar with a username and a few messages."""
    image = Image.new("RGB", size, (245, 245, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0], 56), fill=(30, 90, 170))
    draw.text((12, 20), f"bad.actor_{number}", fill="white")
    for line in range(5):
        draw.rounded_rectangle(
            (16, 80 + line * 90, size[0] - 40, 140 + line * 90), 12, fill=(225, 228, 235)
        )
        draw.text((28, 100 + line * 90), f"msg {line}: pay 500 or I post it", fill="black")
    out = io.BytesIO()
    image.save(out, format=fmt)
    return out.getvalue()


def noisy_png(seed: int, side: int = 200) -> bytes:
    """A PNG that does not compress (about 120 KB), to fill a tiny disk."""
    rng = random.Random(seed)
    image = Image.frombytes(
        "RGB", (side, side), bytes(rng.getrandbits(8) for _ in range(side * side * 3))
    )
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def fill(locker: Locker) -> None:
    for number in range(6):
        locker.add_image(
            screenshot(number, "PNG" if number % 2 else "JPEG"),
            ("screen", "file", "clipboard")[number % 3],
            note=f"Threat {number}: they said they would send it to my friends. Zoë",
            platform="Instagram" if number < 3 else "Snapchat",
            username=f"@bad.actor_{number}",
            original_name=f"Screenshot {number}.png",
            covered=number == 2,
        )
    incident.save(
        locker,
        incident.Incident(
            apps=["Instagram", "Snapchat"],
            usernames=["@bad.actor_0"],
            profile_links=["https://www.instagram.com/bad.actor_0/"],
            contact_started="2026-11-20, about 9 pm",
            demanded_money=incident.YES,
            money_amount="500",
            currency="NZD",
            payment_methods=["gift_cards", "crypto"],
            crypto_wallets=["bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"],
            paid=incident.NO,
            shared=incident.NOT_SURE,
            account="They said they would send it to everyone I know.",
        ),
    )


@pytest.fixture(scope="module")
def locker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Locker]:
    folder = tmp_path_factory.mktemp("export-locker") / "locker"
    made = Locker.create(folder, passphrase=PASSPHRASE, use_device=False)
    fill(made)
    yield made
    made.close()


@pytest.fixture(scope="module")
def pack(locker: Locker, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pack") / "evidence pack.zip"
    result = export.export_pack(locker, path)
    assert not result.cancelled and result.items == 6
    return path


def unzip(pack: Path, where: Path) -> Path:
    where.mkdir()
    with zipfile.ZipFile(pack) as archive:
        archive.extractall(where)
    return where


def sha256sum_check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True, timeout=60
    )


def rezip(source: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """Copy a pack, passing each file through ``change`` (None drops it)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info))
            if data is not None:
                new.writestr(info.filename, data)
    return target


def first_image(pack: Path) -> str:
    with zipfile.ZipFile(pack) as archive:
        return next(n for n in archive.namelist() if n.startswith("evidence/"))


# ------------------------------------------------------------------ a good pack


def test_pack_passes_sha256sum_pdftoppm_and_verify_pack(pack: Path, tmp_path: Path) -> None:
    folder = unzip(pack, tmp_path / "out")
    check = sha256sum_check(folder)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(": OK") == 9  # README, 6 pictures, report, manifest

    pages = int(
        re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(
                ["pdfinfo", str(folder / "report.pdf")],
                capture_output=True,
                text=True,
                timeout=60,
                check=True,
            ).stdout,
        ).group(1)
    )
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(folder / "report.pdf"), str(tmp_path / "page")],
        check=True,
        timeout=120,
    )
    assert len(list(tmp_path.glob("page-*.png"))) == pages >= 2
    fonts = subprocess.run(
        ["pdffonts", str(folder / "report.pdf")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert "DejaVuSans" in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # "emb" column

    result = subprocess.run(
        [sys.executable, "-m", "safehelper", "verify-pack", str(pack)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "intact: 6 picture(s)" in result.stdout
    assert "not that what they show is genuine" in result.stdout


def test_pack_layout_names_bytes_and_manifest(locker: Locker, pack: Path) -> None:
    with zipfile.ZipFile(pack) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        sums = archive.read("SHA256SUMS").decode("ascii")
        evidence = {n: archive.read(n) for n in names if n.startswith("evidence/")}
        readme = archive.read("README.txt").decode("utf-8")
    assert set(names) == {"README.txt", "manifest.json", "report.pdf", "SHA256SUMS", *evidence}
    assert len(evidence) == 6
    for name in names:  # nothing outside the pack's root, whatever unzips it
        assert not name.startswith(("/", "\\")) and ".." not in name.split("/")
        assert (Path("/root-of-pack") / name).resolve().is_relative_to("/root-of-pack")

    items = sorted(locker.items(), key=lambda i: i.captured_at)
    assert sorted(evidence) == [entry["file"] for entry in manifest["items"]]
    for number, (item, entry) in enumerate(zip(items, manifest["items"], strict=True), 1):
        stamp = item.captured_at.strftime("%Y-%m-%dT%H-%M-%SZ")
        extension = "png" if item.media_type == "image/png" else "jpg"
        assert entry["file"] == f"evidence/{number:04d}_{stamp}.{extension}"
        assert evidence[entry["file"]] == locker.read_image(item.id)
        assert hashlib.sha256(evidence[entry["file"]]).hexdigest() == item.sha256
        assert entry["sha256"] == item.sha256 and entry["size"] == item.size
        assert entry["captured_at_utc"] == item.captured_at.strftime("%Y-%m-%dT%H:%M:%SZ")
        assert entry["captured_at_local"].endswith(item.utc_offset)
        assert entry["local_zone"] == item.local_zone
        assert (
            entry["source"],
            entry["app_or_site"],
            entry["username"],
            entry["note"],
            entry["covered"],
        ) == (item.source, item.platform, item.username, item.note, item.covered)
        assert entry["chain"]["entry_hash"] == item.entry_hash
    assert manifest["chain"]["head"] == locker.chain_head()
    assert manifest["incident"]["money_amount"] == "500"
    assert manifest["app_version"] and manifest["exported_at_utc"].endswith("Z")
    # SHA256SUMS: exactly "<64 hex>  <name>" for every file but itself.
    lines = sums.splitlines()
    assert sorted(line.split("  ", 1)[1] for line in lines) == sorted(
        n for n in names if n != "SHA256SUMS"
    )
    assert all(re.fullmatch(r"[0-9a-f]{64}  \S.*", line) for line in lines)
    assert "sha256sum -c SHA256SUMS" in readme and "safehelper verify-pack" in readme
    assert "not that what the picture shows is genuine" in " ".join(readme.split()) or (
        "does not show that what the picture shows is genuine" in " ".join(readme.split())
    )


def test_report_has_incident_and_every_item(pack: Path, tmp_path: Path) -> None:
    folder = unzip(pack, tmp_path / "out")
    text = subprocess.run(
        ["pdftotext", str(folder / "report.pdf"), "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    text = " ".join(text.split())
    assert "Evidence report" in text and "Page 1 of" in text
    assert "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh" in text
    assert "500 NZD" in text
    for number in range(1, 7):
        assert f"evidence/{number:04d}_" in text
    assert "Zoë" in text
    assert "part was covered before" in text


# ------------------------------------------------------------------ tampering


def test_one_changed_byte_fails_both_checks(pack: Path, tmp_path: Path) -> None:
    target = first_image(pack)

    def flip(name: str, data: bytes) -> bytes:
        if name != target:
            return data
        middle = len(data) // 2
        return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]

    changed = rezip(pack, tmp_path / "changed.zip", flip)
    check = sha256sum_check(unzip(changed, tmp_path / "out"))
    assert check.returncode != 0
    assert f"{target}: FAILED" in check.stdout
    with pytest.raises(PackProblem, match=re.escape(target)):
        verify_pack(changed)
    assert main(["verify-pack", str(changed)]) == 1


def test_a_byte_changed_inside_the_zip_is_named(pack: Path, tmp_path: Path) -> None:
    """Editing the ZIP file in place (pictures are stored uncompressed) is caught too."""
    target = first_image(pack)
    raw = bytearray(pack.read_bytes())
    with zipfile.ZipFile(pack) as archive:
        info = archive.getinfo(target)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start + info.file_size // 2] ^= 0xFF
    changed = tmp_path / "in-place.zip"
    changed.write_bytes(bytes(raw))
    with pytest.raises(PackProblem, match=re.escape(target)):
        verify_pack(changed)


def test_a_missing_picture_fails_both_checks(pack: Path, tmp_path: Path) -> None:
    target = first_image(pack)
    missing = rezip(
        pack, tmp_path / "missing.zip", lambda name, data: None if name == target else data
    )
    check = sha256sum_check(unzip(missing, tmp_path / "out"))
    assert check.returncode != 0
    assert target in check.stdout + check.stderr
    with pytest.raises(PackProblem, match=re.escape(target)):
        verify_pack(missing)


def test_an_edited_manifest_fails_both_checks(pack: Path, tmp_path: Path) -> None:
    def edit(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["items"][0]["username"] = "@someone_else"
        return json.dumps(manifest, indent=2).encode()

    edited = rezip(pack, tmp_path / "edited.zip", edit)
    check = sha256sum_check(unzip(edited, tmp_path / "out"))
    assert check.returncode != 0
    assert "manifest.json: FAILED" in check.stdout
    with pytest.raises(PackProblem, match=r"manifest\.json"):
        verify_pack(edited)


def test_a_forger_who_fixes_sha256sums_is_caught_by_the_chain(pack: Path, tmp_path: Path) -> None:
    """Swap a picture, fix its size and hash in the manifest and SHA256SUMS: the chain says no."""
    target = first_image(pack)
    fake = screenshot(99, "JPEG")
    files: dict[str, bytes] = {}
    with zipfile.ZipFile(pack) as archive:
        for name in archive.namelist():
            files[name] = archive.read(name)
    files[target] = fake
    manifest = json.loads(files["manifest.json"])
    manifest["items"][0].update(sha256=hashlib.sha256(fake).hexdigest(), size=len(fake))
    files["manifest.json"] = json.dumps(manifest, indent=2).encode()
    files["SHA256SUMS"] = "".join(
        f"{hashlib.sha256(data).hexdigest()}  {name}\n"
        for name, data in files.items()
        if name != "SHA256SUMS"
    ).encode()
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    assert sha256sum_check(unzip(forged, tmp_path / "out")).returncode == 0  # the limit of sums
    with pytest.raises(PackProblem, match=re.escape(target) + ".*sha256 differs"):
        verify_pack(forged)


def test_an_added_file_and_an_escaping_name_are_refused(pack: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.zip"
    rezip(pack, extra, lambda name, data: data)
    with zipfile.ZipFile(extra, "a") as archive:
        archive.writestr("evidence/9999_2030-01-01T00-00-00Z.png", b"not listed")
    with pytest.raises(PackProblem, match="not listed in SHA256SUMS"):
        verify_pack(extra)
    escaping = tmp_path / "escaping.zip"
    rezip(pack, escaping, lambda name, data: data)
    with zipfile.ZipFile(escaping, "a") as archive:
        archive.writestr("../outside.txt", b"x")
    with pytest.raises(PackProblem, match="unsafe name"):
        verify_pack(escaping)


def test_verify_pack_on_something_that_is_not_a_pack(tmp_path: Path, capsys) -> None:
    bogus = tmp_path / "bogus.zip"
    bogus.write_bytes(b"hello")
    assert main(["verify-pack", str(bogus)]) == 1
    assert "not a ZIP file" in capsys.readouterr().err


# ------------------------------------------------------------------ failures and cancel


def test_full_disk_fails_plainly_and_leaves_nothing(tmp_path: Path, tiny_disk: Path) -> None:
    with Locker.create(tmp_path / "big", passphrase=PASSPHRASE, use_device=False) as big:
        for seed in range(3):
            big.add_image(noisy_png(seed), "file")
        with pytest.raises(SafeHelperError, match="disk is full") as caught:
            export.export_pack(big, tiny_disk / "pack.zip")
    assert "Traceback" not in str(caught.value)
    assert os.listdir(tiny_disk) == []


def test_read_only_destination_fails_plainly_and_leaves_nothing(
    locker: Locker, read_only_dir: Path
) -> None:
    with pytest.raises(SafeHelperError, match="read-only"):
        export.export_pack(locker, read_only_dir / "pack.zip")
    assert os.listdir(read_only_dir) == []


def test_missing_folder_is_a_plain_error(locker: Locker, tmp_path: Path) -> None:
    with pytest.raises(SafeHelperError, match="does not exist"):
        export.export_pack(locker, tmp_path / "nowhere" / "pack.zip")


@pytest.mark.parametrize("stop_after", [0, 3, 9, 12])
def test_cancel_leaves_nothing_and_keeps_an_older_file(
    locker: Locker, tmp_path: Path, stop_after: int
) -> None:
    older = tmp_path / "pack.zip"
    older.write_bytes(b"an older pack")
    seen: list[tuple[int, int]] = []
    result = export.export_pack(
        locker,
        older,
        progress=lambda d, t: seen.append((d, t)),
        cancelled=lambda: len(seen) > stop_after,
    )
    assert result.cancelled
    assert older.read_bytes() == b"an older pack"
    # Besides the pack, only the test's SafeHelper home (where exports note their folder).
    assert sorted(os.listdir(tmp_path)) == ["pack.zip", "safehelper-home"]


def test_progress_counts_up_to_the_total(locker: Locker, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export.export_pack(locker, tmp_path / "p.zip", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 13) and seen[-1] == (13, 13)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_locked_locker_fails_plainly_and_leaves_nothing(tmp_path: Path) -> None:
    with Locker.create(tmp_path / "l", passphrase=PASSPHRASE, use_device=False) as small:
        small.add_image(screenshot(1, "PNG"), "screen")
        small.lock()
        with pytest.raises(SafeHelperError, match="locked"):
            export.export_pack(small, tmp_path / "p.zip")
    assert not list(tmp_path.glob("*.zip")) and not list(tmp_path.glob(".*part"))


# ------------------------------------------------------------------ the command line


def test_cli_export_of_chosen_items(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    with Locker.create(passphrase=PASSPHRASE, use_device=False) as default:
        chosen = default.add_image(screenshot(1, "PNG"), "screen", username="@one")
        default.add_image(screenshot(2, "JPEG"), "screen", username="@two")
    monkeypatch.setenv("SAFEHELPER_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "only one.zip"
    assert main(["export", str(target), "--item", chosen.id]) == 0
    assert "not encrypted" in capsys.readouterr().out
    report = verify_pack(target)
    assert report.items == 1
    with zipfile.ZipFile(target) as archive:
        assert json.loads(archive.read("manifest.json"))["items"][0]["username"] == "@one"
    assert main(["export", str(tmp_path / "x.zip"), "--item", "nope"]) == 1
    assert "no item nope" in capsys.readouterr().err
    assert not (tmp_path / "x.zip").exists()


# ------------------------------------------------------------------ synced folders


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/ana/OneDrive/Documents/pack.zip", "OneDrive"),
        ("/home/ana/OneDrive - Hillside School/pack.zip", "OneDrive"),
        ("/Users/ana/Library/CloudStorage/OneDrive-Personal/pack.zip", "OneDrive"),
        (
            "/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.com/My Drive/p.zip",
            "Google Drive",
        ),
        ("/home/ana/Google Drive/p.zip", "Google Drive"),
        ("/home/ana/Dropbox/p.zip", "Dropbox"),
        ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/p.zip", "iCloud"),
        ("/home/ana/Documents/p.zip", ""),
        ("/media/ana/USB STICK/p.zip", ""),
    ],
)
def test_synced_folders_are_recognised(path: str, service: str) -> None:
    assert synced_folders.synced_by(Path(path), environ={}, platform="linux") == service


def test_windows_onedrive_documents_and_macos_icloud_desktop(tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    assert (
        synced_folders.synced_by(
            documents / "p.zip", environ={"OneDrive": str(documents)}, platform="win32"
        )
        == "OneDrive"
    )
    assert (
        synced_folders.synced_by(documents / "p.zip", environ={}, platform="darwin", home=tmp_path)
        == ""
    )
    (tmp_path / "Library" / "Mobile Documents" / "com~apple~CloudDocs" / "Documents").mkdir(
        parents=True
    )
    assert (
        synced_folders.synced_by(documents / "p.zip", environ={}, platform="darwin", home=tmp_path)
        == "iCloud"
    )
