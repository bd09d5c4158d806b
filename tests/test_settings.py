"""Settings: defaults, atomic writes, private files, and never losing a damaged file."""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path

import pytest

from safehelper import paths, settings
from safehelper.errors import SafeHelperError
from safehelper.settings import Settings

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def test_missing_file_gives_defaults() -> None:
    assert settings.load() == Settings()


def test_round_trip_keeps_values_and_unknown_keys(safehelper_home: Path) -> None:
    s = Settings(country="NZ", theme="dark", text_scale=200, first_run_done=True)
    s.extra["from_a_newer_version"] = {"x": 1}
    settings.save(s)
    loaded = settings.load()
    assert loaded == s
    assert settings.settings_path().parent == safehelper_home / "config"


def test_damaged_file_falls_back_and_is_kept_aside(caplog: pytest.LogCaptureFixture) -> None:
    path = settings.settings_path()
    path.write_text('{"country": "NZ", "theme": ', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        loaded = settings.load()
    assert loaded == Settings()
    assert not path.exists()
    assert (path.parent / "settings.json.bad").read_text() == '{"country": "NZ", "theme": '
    assert "damaged" in caplog.text
    settings.save(Settings(country="AU"))  # the .bad copy is not overwritten by a save
    assert (path.parent / "settings.json.bad").exists()


def test_wrong_types_and_values_are_ignored_not_fatal() -> None:
    settings.settings_path().write_text(
        json.dumps({"country": 7, "theme": "purple", "text_scale": 190, "first_run_done": "yes"}),
        encoding="utf-8",
    )
    loaded = settings.load()
    assert loaded.country == "" and loaded.theme == "system"
    assert loaded.text_scale == 200 and loaded.first_run_done is False


@posix_only
def test_folders_are_0700_and_files_0600(safehelper_home: Path) -> None:
    settings.save(Settings(country="NZ"))
    for folder in (paths.data_dir(), paths.config_dir(), paths.cache_dir()):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(settings.settings_path().stat().st_mode) == 0o600


def test_atomic_write_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "file.json"
    paths.atomic_write(target, b"one")
    paths.atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]


def test_read_only_disk_is_a_plain_error_and_keeps_nothing_half_written(
    read_only_dir: Path,
) -> None:
    with pytest.raises(SafeHelperError, match="read-only"):
        paths.atomic_write(read_only_dir / "settings.json", b"data")
    assert list(read_only_dir.iterdir()) == []


def test_full_disk_is_a_plain_error_and_keeps_the_old_file(tiny_disk: Path) -> None:
    target = tiny_disk / "settings.json"
    paths.atomic_write(target, b"old settings")
    with pytest.raises(SafeHelperError, match="disk is full"):
        paths.atomic_write(target, b"x" * 512 * 1024)
    assert target.read_bytes() == b"old settings"
    assert [p.name for p in tiny_disk.iterdir()] == ["settings.json"]
