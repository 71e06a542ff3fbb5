"""core/atomic_file: the old file or the whole new one, and never a leftover temporary file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from editor_app.core import atomic_file


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(atomic_file.TEMP_PREFIX))


def test_write_replaces_whole_and_keeps_modes(tmp_path: Path) -> None:
    target = tmp_path / "rules.json"
    target.write_text("old", encoding="utf-8")
    atomic_file.write_text(target, "جديد", fsync_dir=True)
    assert target.read_text(encoding="utf-8") == "جديد"
    atomic_file.write_bytes(tmp_path / "private", b"x", mode=0o600)
    assert stat.S_IMODE((tmp_path / "private").stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == []


def test_a_failure_while_filling_keeps_the_old_file_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "story.pdf"
    target.write_bytes(b"%PDF old")
    with pytest.raises(RuntimeError), atomic_file.atomic_path(target) as tmp:
        tmp.write_bytes(b"%PDF half")
        raise RuntimeError("the PDF writer failed")
    assert target.read_bytes() == b"%PDF old"
    assert _leftovers(tmp_path) == []


def test_a_failed_rename_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder-in-the-way"
    folder.mkdir()
    (folder / "child").write_text("x")
    with pytest.raises(OSError):
        atomic_file.write_bytes(folder, b"data")  # a file cannot replace a non-empty folder
    assert _leftovers(tmp_path) == []


def test_stale_temporaries_are_swept_but_young_ones_stay(tmp_path: Path) -> None:
    old = tmp_path / f"{atomic_file.TEMP_PREFIX}x.json.1234{atomic_file.TEMP_SUFFIX}"
    young = tmp_path / f"{atomic_file.TEMP_PREFIX}y.json.5678{atomic_file.TEMP_SUFFIX}"
    old.write_text("")
    young.write_text("")
    os.utime(old, (0, 0))
    assert atomic_file.remove_stale_temporaries(tmp_path, older_than=60) == 1
    assert not old.exists() and young.exists()
