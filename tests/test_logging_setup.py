"""logging_setup: the log file, private, opened when first used, started afresh at start once large."""

from __future__ import annotations

import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor_app import logging_setup


@pytest.fixture(autouse=True)
def _restore_root() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_records_go_to_a_private_file(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "qalam.log"
    logging_setup.setup_logging(log_file)
    logging.getLogger("qalam.test").info("first line")
    assert "first line" in log_file.read_text(encoding="utf-8")
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_a_large_log_is_rotated_at_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 1000)
    log_file = tmp_path / "qalam.log"
    log_file.write_text("old\n" * 400, encoding="utf-8")
    logging_setup.setup_logging(log_file)
    logging.getLogger("qalam.test").info("new session")
    assert log_file.read_text(encoding="utf-8").count("\n") == 1  # a fresh file, this session's line only
    assert (tmp_path / "qalam.log.1").read_text(encoding="utf-8") == "old\n" * 400
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    logging_setup.setup_logging(log_file)  # small now: kept
    assert not (tmp_path / "qalam.log.2").exists()
