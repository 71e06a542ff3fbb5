"""Shortcuts read left to right in the Arabic interface: «Ctrl++» in menus and hints, not «++Ctrl»."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QStyleFactory
from pytestqt.qtbot import QtBot

from editor_app.gui.app import create_application, reset_language
from editor_app.gui.text_direction import ltr_shortcuts, shortcut_text


@pytest.fixture
def arabic(qtbot: QtBot) -> Iterator[QApplication]:
    del qtbot
    app = create_application(["qalam"], "ar")
    yield app
    reset_language(app)


def test_shortcut_text_is_native_and_kept_left_to_right(qapp: QApplication) -> None:
    zoom = shortcut_text(QKeySequence.StandardKey.ZoomIn)
    assert zoom == "\u200eCtrl++\u200e"
    assert shortcut_text("Ctrl+Shift+O") == "\u200eCtrl+Shift+O\u200e"


def _menu_image(qtbot: QtBot, text: str, shortcut: str | None, plain_style: bool = False) -> QImage:
    menu = QMenu()
    qtbot.addWidget(menu)
    menu.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    action = QAction(text, menu)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    menu.addAction(action)
    if plain_style:
        menu.setStyle(QStyleFactory.create("Fusion"))
    else:
        ltr_shortcuts(menu)
    menu.resize(menu.sizeHint())
    return menu.grab().toImage()


def test_arabic_menus_draw_shortcuts_left_to_right(qtbot: QtBot, arabic: QApplication) -> None:
    shown = _menu_image(qtbot, "تكبير", "Ctrl++")
    # What Qt draws for "Ctrl++" kept left to right by marks, and what it draws without them.
    intended = _menu_image(qtbot, "تكبير\t\u200eCtrl++\u200e", None, plain_style=True)
    reversed_ = _menu_image(qtbot, "تكبير\tCtrl++", None, plain_style=True)
    assert intended != reversed_  # the marks matter: without them Qt shows «++Ctrl»
    assert shown == intended


def test_the_window_s_hints_name_the_platform_shortcut(qtbot: QtBot, arabic: QApplication) -> None:
    from types import SimpleNamespace

    from editor_app.gui.editor_area import EditorArea

    area = EditorArea(SimpleNamespace(services={}, paths=None))
    qtbot.addWidget(area)
    assert shortcut_text(QKeySequence.StandardKey.New) in area.empty.hint.text()
    assert area.empty.hint.text().startswith("اختر مسودة من القائمة، أو اضغط")


def test_every_menu_of_the_arabic_window_keeps_shortcuts_left_to_right(
    qtbot: QtBot, arabic: QApplication, tmp_path: object
) -> None:
    """Menus only (the window's and the editor's context menu): as the application's style it ran Python
    for every control any widget drew."""
    import argparse
    from pathlib import Path

    from editor_app.cli.context import make_context
    from editor_app.gui.launch import build_window

    ctx = make_context(argparse.Namespace(data_dir=str(Path(str(tmp_path)) / "data"), lang="ar"))
    _app_ctx, window = build_window(ctx, tasks_inline=True)
    qtbot.addWidget(window)
    menus = []
    todo = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    while todo:
        menu = todo.pop()
        menus.append(menu)
        todo.extend(a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu))
    assert len(menus) >= 8  # the seven of the bar and their submenus (language, working site)
    # The style is made when a menu first opens, not before the window shows.
    assert not any(menu.property("qalam_ltr_shortcuts") for menu in menus)
    for action in window.menuBar().actions():
        top = action.menu()
        assert isinstance(top, QMenu)
        top.aboutToShow.emit()  # what opening it does
    assert all(menu.property("qalam_ltr_shortcuts") for menu in menus)
    assert not window.editor_area.property("qalam_ltr_shortcuts")  # other widgets keep the plain style
