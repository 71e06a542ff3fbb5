"""Every visible control of the real main window has a name a screen reader can say, in Arabic and English,
and a keyboard path (Tab reaches it, or it has a shortcut, as toolbar buttons do).

A control is named when it has an accessible name, or a buddy label (a QFormLayout row label or
QLabel.setBuddy), or, for push/check/radio buttons, visible text (Qt reads that as the name).
Icon-only tool buttons (no text), line edits, lists and combo boxes need an explicit accessible name.
The window is checked twice: as it opens (nothing loaded) and with an article in the editor.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from editor_app.cli.context import make_context
from editor_app.gui.launch import build_window
from editor_app.gui.welcome import WelcomeDialog

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractItemView,
    QCheckBox,
    QToolButton,
    QAbstractSpinBox,
)


def _form_label(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        forms = [layout] if isinstance(layout, QFormLayout) else []
        forms += parent.findChildren(QFormLayout)
        for form in forms:
            label = form.labelForField(widget)
            if isinstance(label, QLabel) and label.text().strip():
                return label.text()
        parent = parent.parentWidget()
    return ""


def _buddy_label(widget: QWidget, root: QWidget) -> str:
    for label in root.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    return ""


def spoken_name(widget: QWidget, root: QWidget) -> str:
    name = widget.accessibleName().strip()
    if name:
        return name
    if isinstance(widget, QAbstractButton):
        # Qt gives a button (and a toolbar button made from an action) its text as the accessible name.
        text = widget.text().replace("&", "").strip()
        if text:
            return text
    return (_form_label(widget) or _buddy_label(widget, root)).replace("&", "").strip()


def _is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds and names itself (dock title buttons, scroll arrows, a combo box's line edit)."""
    if widget.objectName().startswith("qt_"):
        return True
    if type(widget).__name__ in ("QDockWidgetTitleButton", "QMenuBarExtension"):
        return True
    parent = widget.parentWidget()
    return isinstance(parent, QComboBox | QAbstractSpinBox)


def unnamed_controls(root: QWidget) -> list[str]:
    offenders = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _is_qt_internal(widget):
            continue
        if not widget.isVisibleTo(root):
            continue
        # Display-only widgets (read-only views with no focus) are not controls; buttons always are.
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QAbstractButton):
            continue
        if not spoken_name(widget, root):
            path = []
            node: QWidget | None = widget
            while node is not None and node is not root:
                path.append(node.objectName() or type(node).__name__)
                node = node.parentWidget()
            offenders.append(f"{type(widget).__name__} at {' < '.join(path)}")
    return sorted(offenders)


def without_keyboard_path(root: QWidget) -> list[str]:
    """Visible controls that Tab cannot reach and that have no shortcut (toolbar buttons have theirs)."""
    offenders = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _is_qt_internal(widget) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        action = widget.defaultAction() if isinstance(widget, QToolButton) else None
        if action is not None and not action.shortcut().isEmpty():
            continue
        if isinstance(widget, QAbstractButton) and not widget.shortcut().isEmpty():
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QAbstractButton):
            continue  # display-only
        offenders.append(f"{type(widget).__name__} {spoken_name(widget, root)!r}")
    return sorted(offenders)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_visible_control_of_the_main_window_has_a_name(qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    ns = argparse.Namespace(data_dir=str(tmp_path / "data"), lang=lang)
    _app_ctx, window = build_window(make_context(ns), tasks_inline=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert unnamed_controls(window) == [], "as the window opens"
        assert without_keyboard_path(window) == [], "as the window opens"
        load = getattr(window.editor_area, "load_article", None)
        if callable(load):
            from editor_app.core.article import Article

            load(Article(title="عنوان", body_html="<p>نص</p>"))
            qtbot.wait(50)
            assert unnamed_controls(window) == [], "with an article open"
            assert without_keyboard_path(window) == [], "with an article open"
    finally:
        window.close()
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_welcome_dialog_names_its_controls(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    dialog = WelcomeDialog(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []


def test_the_check_catches_an_unnamed_control(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    named = QLineEdit(root)
    form.addRow("Title", named)
    bare = QLineEdit(root)
    bare.setObjectName("bareEdit")
    form.addRow(bare)
    icon_only = QToolButton(root)
    icon_only.setObjectName("iconOnly")
    form.addRow(icon_only)
    root.show()
    assert unnamed_controls(root) == ["QLineEdit at bareEdit", "QToolButton at iconOnly"]
    icon_only.setText("Bold")
    assert unnamed_controls(root) == ["QLineEdit at bareEdit"]
    icon_only.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    assert without_keyboard_path(root) == ["QToolButton 'Bold'"]
    icon_only.setShortcut("Ctrl+B")
    assert without_keyboard_path(root) == []
