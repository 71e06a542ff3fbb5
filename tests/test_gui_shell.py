"""The main window shell: screenshot mode, mirroring in Arabic, remembered geometry, crash safety."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget
from pytestqt.qtbot import QtBot

from editor_app.cli.context import make_context
from editor_app.gui.crash import CrashHandler
from editor_app.gui.launch import build_window


def _ctx(tmp_path: Path, lang: str) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(tmp_path / "data"), lang=lang)


def test_screenshot_writes_png_in_both_languages(tmp_path: Path) -> None:
    for lang in ("ar", "en"):
        out = tmp_path / f"shot-{lang}.png"
        env = dict(os.environ, QALAM_DATA_DIR=str(tmp_path / "data"))
        result = subprocess.run(
            [sys.executable, "-m", "editor_app", "--screenshot", str(out), "--lang", lang],
            capture_output=True, text=True, env=env, timeout=120,
        )
        assert result.returncode == 0, result.stderr
        image = QImage(str(out))
        assert image.width() >= 1000 and image.height() >= 600


def test_arabic_mirrors_the_whole_window(qtbot: QtBot, tmp_path: Path) -> None:
    _app_ctx, window = build_window(make_context(_ctx(tmp_path, "ar")), tasks_inline=True)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Menus start at the right edge: File is right of Help.
    bar = window.menuBar()
    actions = bar.actions()
    file_x = bar.actionGeometry(actions[0]).x()
    help_x = bar.actionGeometry(actions[-1]).x()
    assert file_x > help_x
    # The drafts dock (the "start" side) sits at the right in Arabic.
    drafts = window.findChild(QDockWidget, "draftsDock")
    assert drafts is not None
    assert drafts.geometry().x() > window.width() / 2
    assert window.actions_by_name["new"].text() != "&New Draft"  # translated
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_english_is_left_to_right(qtbot: QtBot, tmp_path: Path) -> None:
    _app_ctx, window = build_window(make_context(_ctx(tmp_path, "en")), tasks_inline=True)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    drafts = window.findChild(QDockWidget, "draftsDock")
    assert drafts is not None and drafts.geometry().x() < window.width() / 2
    assert window.actions_by_name["new"].shortcut() == QKeySequence(QKeySequence.StandardKey.New)


def test_geometry_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    ns = _ctx(tmp_path, "en")
    _app_ctx, window = build_window(make_context(ns), tasks_inline=True)
    qtbot.addWidget(window)
    window.show()
    first = window.size()
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: window.size() != first)
    at_close = window.size()
    window.close()
    _app_ctx2, window2 = build_window(make_context(ns), tasks_inline=True)
    qtbot.addWidget(window2)
    assert window2.size() == at_close


def test_crash_handler_saves_before_reporting() -> None:
    saved: list[str] = []
    handler = CrashHandler([lambda: saved.append("draft")], show_dialog=False)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    assert saved == ["draft"]
    assert handler.last_report is not None and "RuntimeError: boom" in handler.last_report


def test_status_bar_numbers_follow_the_digits_setting(qtbot: QtBot, tmp_path: Path) -> None:
    ns = _ctx(tmp_path, "ar")
    _app_ctx, window = build_window(make_context(ns), tasks_inline=True)
    qtbot.addWidget(window)
    window.status.set_counts(1234, 5678, 9)
    assert "١" in window.status.words.text()  # Arabic-Indic by default in Arabic
    window.ctx.settings.setValue("ui/digits", "western")
    window.close()
    _app_ctx2, window2 = build_window(make_context(ns), tasks_inline=True)
    qtbot.addWidget(window2)
    window2.status.set_counts(1234, 5678, 9)
    assert "1" in window2.status.words.text() and "١" not in window2.status.words.text()
    # Every other number and date in the window formats through the default locale.
    from PySide6.QtCore import QDate, QLocale

    assert QLocale().toString(1234) == "1,234"
    assert "نوفمبر" in QLocale().toString(QDate(2026, 11, 24), QLocale.FormatType.LongFormat)
