"""Nothing on stderr: Qt's diagnostics go to the log, the offscreen plugin's noise is dropped."""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from pytestqt.qtbot import QtBot

from editor_app.cli.context import make_context
from editor_app.cli.main import main as qalam
from editor_app.gui import qt_messages
from editor_app.gui.launch import build_window, wait_until_idle


def _draft(data: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert qalam(["--data-dir", str(data), "drafts", "new", "--title",
                  "يلتقي بوتين ولوكاشينكو بعد أن حذرت روسيا من اعتداء على بيلاروسيا"]) == 0
    return capsys.readouterr().out.strip()


def test_the_window_with_a_draft_writes_nothing_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    draft = _draft(data, capsys)
    out = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # what a user's shell has
    result = subprocess.run(
        [sys.executable, "-m", "editor_app", "--data-dir", str(data), "--lang", "ar", "--open", draft,
         "--screenshot", str(out)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0
    assert result.stderr == ""
    assert out.stat().st_size > 10_000


@pytest.mark.no_qt_log  # Qalam's own handler, not pytest-qt's capture
def test_dialogs_and_menus_of_a_running_window_stay_quiet(
    qtbot: QtBot, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    draft = _draft(data, capfd)
    app_ctx, window = build_window(make_context(argparse.Namespace(data_dir=str(data), lang="en")),
                                   tasks_inline=True)
    qtbot.addWidget(window)
    window.show()
    window.start(interactive=False, open_id=draft)
    qtbot.waitUntil(lambda: window.documents.article is not None, timeout=15000)
    wait_until_idle(app_ctx, timeout=5)
    window.show_check()
    window.view_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.wait(50)
    window.view_menu.close()
    from editor_app.gui.history_dialog import HistoryDialog

    window.store_gate.request()  # the window started from plain reads; the dialog needs the store
    qtbot.waitUntil(lambda: "store" in app_ctx.services, timeout=15000)
    dialog = HistoryDialog(app_ctx.services["store"], app_ctx.runner, draft, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.close()
    window.close()
    assert capfd.readouterr().err == ""


@pytest.mark.no_qt_log
def test_qt_messages_go_to_the_log_except_the_known_harmless(caplog: pytest.LogCaptureFixture,
                                                             capfd: pytest.CaptureFixture[str]) -> None:
    qt_messages.install()
    with caplog.at_level(logging.DEBUG, logger="qt"):
        qWarning("This plugin does not support propagateSizeHints()")
        qWarning("QFont::setPointSize: Point size <= 0 (-1), must be greater than 0")
    messages = [r.getMessage() for r in caplog.records if r.name == "qt"]
    assert messages == ["QFont::setPointSize: Point size <= 0 (-1), must be greater than 0"]
    assert caplog.records[-1].levelno == logging.WARNING
    assert capfd.readouterr().err == ""
