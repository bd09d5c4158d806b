"""Removing SafeHelper's data never reaches past its own folders, from the window or the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from safehelper import data_removal
from safehelper.paths import config_dir, data_dir


def remove_data(*args: str, stdin: str = "", xdg_config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safehelper", "remove-data", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "XDG_CONFIG_HOME": str(xdg_config)},
    )


def someone_elses_folder(tmp_path: Path) -> Path:
    elsewhere = tmp_path / "family-photos"
    elsewhere.mkdir()
    (elsewhere / "holiday.jpg").write_bytes(b"not SafeHelper's")
    return elsewhere


def test_a_cache_folder_that_links_elsewhere_loses_only_the_link(
    tmp_path: Path, safehelper_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    elsewhere = someone_elses_folder(tmp_path)
    (data_dir() / "index.sqlite3").write_bytes(b"locker")
    config_dir()
    cache = safehelper_home / "cache"  # named by hand: cache_dir() would create it
    cache.symlink_to(elsewhere, target_is_directory=True)

    report = data_removal.remove_all()

    assert (elsewhere / "holiday.jpg").read_bytes() == b"not SafeHelper's"
    assert not cache.is_symlink() and not cache.exists()
    assert not (safehelper_home / "data").exists()
    assert len(report.folders) == 3


def test_a_link_inside_a_folder_is_removed_as_a_link(
    tmp_path: Path, safehelper_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    elsewhere = someone_elses_folder(tmp_path)
    (data_dir() / "photos").symlink_to(elsewhere, target_is_directory=True)

    data_removal.remove_all()

    assert (elsewhere / "holiday.jpg").exists()
    assert not (safehelper_home / "data").exists()


def test_a_link_to_the_home_folder_is_unlinked_not_refused_or_followed(
    tmp_path: Path, safehelper_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    safehelper_home.mkdir()
    cache = safehelper_home / "cache"
    cache.symlink_to(Path.home(), target_is_directory=True)

    data_removal.remove_all()

    assert Path.home().is_dir()
    assert not cache.is_symlink()


def test_the_command_asks_for_the_typed_word_and_keeps_everything_without_it(
    tmp_path: Path, safehelper_home: Path
) -> None:
    (data_dir() / "index.sqlite3").write_bytes(b"locker")

    refused = remove_data(stdin="delete\n", xdg_config=tmp_path / "xdg")
    assert refused.returncode == 1
    assert (
        refused.stderr.strip()
        .splitlines()[-1]
        .endswith(f"Nothing was removed: {data_removal.CONFIRM_WORD} was not typed.")
    )
    assert "Traceback" not in refused.stderr
    assert (data_dir() / "index.sqlite3").exists()

    no_answer = remove_data(xdg_config=tmp_path / "xdg")  # stdin closed: nobody to ask
    assert no_answer.returncode == 1
    assert (data_dir() / "index.sqlite3").exists()

    done = remove_data(stdin="DELETE\n", xdg_config=tmp_path / "xdg")
    assert done.returncode == 0, done.stderr
    assert "was removed" in done.stdout
    assert not (safehelper_home / "data").exists()


def test_the_command_with_yes_does_not_ask(tmp_path: Path, safehelper_home: Path) -> None:
    (config_dir() / "settings.json").write_text("{}")

    done = remove_data("--yes", xdg_config=tmp_path / "xdg")

    assert done.returncode == 0, done.stderr
    assert "Type DELETE" not in done.stderr
    assert not (safehelper_home / "config").exists()
