"""Qt's own dialogs, buttons and menus are Arabic in the Arabic interface (qtbase_ar.qm + supplement)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QFontDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from editor_app import i18n
from editor_app.gui.app import create_application, reset_language
from editor_app.gui.file_dialogs import DATE_COLUMN, SIZE_COLUMN, file_dialog, qt_dialogs

LATIN_WORD = re.compile("[A-Za-z]{3,}")
# Text that is not interface language: file names, folders, and the one Latin label Qt keeps (HTML).
NOT_INTERFACE = re.compile(r"^(&?HTML:|.*\.(docx|md|txt)|/.*|qalam-data|xdg-.*|files|root)$")


@pytest.fixture
def arabic(qtbot: QtBot) -> Iterator[QApplication]:
    del qtbot
    app = create_application(["qalam"], "ar")
    yield app
    reset_language(app)


def _visible_texts(widget: QWidget) -> list[str]:
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if child.toolTip():
            texts.append(child.toolTip())
        if isinstance(child, QTreeView) and child.model() is not None:
            model = child.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    return [t for t in texts if t and LATIN_WORD.search(t) and not NOT_INTERFACE.match(t)]


def test_qt_catalogue_and_supplement_are_loaded_for_arabic(arabic: QApplication) -> None:
    tr = QCoreApplication.translate
    assert tr("QPlatformTheme", "&Yes") != "&Yes"  # qtbase_ar.qm
    assert tr("QFileDialog", "&Look in:") == "ال&بحث في:"  # translations/qt_supplement_ar.ts
    assert tr("QAbstractFileIconProvider", "Folder", "All other platforms") == "مجلد"
    assert any("qtbase_ar.qm" in p.name for d in i18n.qt_translations_dirs() for p in Path(d).glob("*.qm"))
    # The platform's dialogs would speak the system's language: Qt's own are used instead.
    assert qt_dialogs() == (i18n.system_language() != "ar")


def test_english_keeps_the_platform_dialogs(qtbot: QtBot) -> None:
    app = create_application(["qalam"], "en")
    try:
        assert not qt_dialogs()
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Yes"
    finally:
        reset_language(app)


def test_message_box_buttons_and_context_menus_are_arabic(qtbot: QtBot, arabic: QApplication) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "", "؟",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save
                      | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Close)
    qtbot.addWidget(box)
    texts = [b.text() for b in box.buttons()]
    assert len(texts) == 6 and not any(LATIN_WORD.search(t) for t in texts), texts
    for editor in (QLineEdit("نص"), QTextEdit("نص"), QPlainTextEdit("نص")):
        qtbot.addWidget(editor)
        menu = editor.createStandardContextMenu()
        labels = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
        assert len(labels) >= 6 and not any(LATIN_WORD.search(t) for t in labels), labels


def test_file_colour_and_font_dialogs_are_arabic(qtbot: QtBot, arabic: QApplication, tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "زيارة.docx").write_bytes(b"x" * 2048)
    (folder / "notes.md").write_text("x", encoding="utf-8")
    dialog = file_dialog(None, "استيراد", str(folder), "المقالات (*.docx *.md);;كل الملفات (*)")
    qtbot.addWidget(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 2, timeout=5000)
    assert _visible_texts(dialog) == []
    # Sizes and dates in the window's language and digits, not the system locale's.
    model = view.model()
    rows = {model.index(r, 0, view.rootIndex()).data(): r for r in range(2)}
    size = model.index(rows["زيارة.docx"], SIZE_COLUMN, view.rootIndex()).data()
    date = model.index(rows["زيارة.docx"], DATE_COLUMN, view.rootIndex()).data()
    assert size == "٢٫٠ KiB" and re.search("[٠-٩]", date) and not re.search("[0-9]", date)
    assert model.index(rows["notes.md"], SIZE_COLUMN, view.rootIndex()).data() == "١ بايت"

    for other in (QColorDialog(), QFontDialog()):
        qtbot.addWidget(other)
        if isinstance(other, QFontDialog):
            other.setOption(QFontDialog.FontDialogOption.DontUseNativeDialog)
        else:
            other.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
        other.show()
        qtbot.waitExposed(other)
        assert _visible_texts(other) == [], type(other).__name__
