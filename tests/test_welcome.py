"""The first-start welcome: shown once, picks the language, offers to connect a site."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from editor_app.cli.context import make_context
from editor_app.gui import welcome
from editor_app.gui.app import create_application
from editor_app.gui.context import make_settings
from editor_app.gui.welcome import CONNECT_SITE, START_WRITING, WelcomeDialog, first_start, should_show


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _english_afterwards() -> object:
    yield None
    create_application([], "en")
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_shown_once_and_remembers_the_language(qtbot: QtBot, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert should_show(settings)
    dialog = WelcomeDialog(settings, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.findChild(QComboBox, "welcomeLanguage")
    assert box is not None and box.currentData() == "en"
    with qtbot.waitSignal(dialog.language_changed):
        box.setCurrentIndex(box.findData("ar"))
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    start = dialog.findChild(QPushButton, "welcomeStart")
    assert start is not None
    start.click()
    assert dialog.choice == START_WRITING
    reread = _settings(tmp_path)
    assert not should_show(reread)
    assert reread.value("ui/language") == "ar"


def test_connect_a_site_is_a_choice_and_a_signal(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = WelcomeDialog(_settings(tmp_path), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(QPushButton, "welcomeConnect")
    assert button is not None
    with qtbot.waitSignal(dialog.connect_site_requested):
        button.click()
    assert dialog.choice == CONNECT_SITE
    assert not should_show(_settings(tmp_path))


def test_closing_counts_as_seen(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = WelcomeDialog(_settings(tmp_path), "ar")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert dialog.choice == START_WRITING
    assert not should_show(_settings(tmp_path))


def test_first_start_defaults_to_arabic_on_an_arabic_system(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "ar_EG.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    ctx = make_context(argparse.Namespace(data_dir=str(tmp_path / "data"), lang=None))
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WelcomeDialog)
        seen.append(dialog.language)
        dialog.accept()

    QTimer.singleShot(0, answer)
    assert first_start(ctx) == START_WRITING
    assert seen == ["ar"]
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Second start: not shown again.
    assert first_start(ctx) is None
    assert make_settings(ctx.paths).value("ui/language") == "ar"


def test_welcome_screenshot(qtbot: QtBot, tmp_path: Path) -> None:
    create_application([], "ar")
    dialog = WelcomeDialog(_settings(tmp_path), "ar")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.grab().toImage()
    assert image.width() >= 400 and image.height() >= 150
    assert welcome.SHOWN_KEY == "welcome/shown"


def test_screenshot_mode_never_shows_the_welcome(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    data = tmp_path / "data"
    out = tmp_path / "shot.png"
    env = dict(os.environ, QALAM_DATA_DIR=str(data))
    result = subprocess.run(
        [sys.executable, "-m", "editor_app", "--lang", "ar", "--screenshot", str(out)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.exists()
    settings = QSettings(str(data / "config" / "settings.ini"), QSettings.Format.IniFormat)
    assert should_show(settings)  # still pending for the first real start
