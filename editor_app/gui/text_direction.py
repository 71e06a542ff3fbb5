"""Article text in lists, tables and labels reads in its own direction, whatever the interface language.

An Arabic headline in the English interface (or an English one in the Arabic interface) is laid out
right to left (left to right), aligned to its own start, with its punctuation where it belongs: the
direction comes from the text's first strong character, as a browser's ``dir="auto"`` does. One
helper for every place that shows article text:

* item views: :class:`TextDirectionDelegate` (for all columns or the ones given); an item may carry
  the text its direction comes from in :data:`DIRECTION_TEXT_ROLE` (a review note's text, not the
  author line above it);
* labels: :func:`set_label_text`;
* a title inside an interface sentence: :func:`isolate`;
* a keyboard shortcut in text: :func:`shortcut_text`; in menus, :func:`ltr_shortcuts` (gui/menu_style.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QStyledItemDelegate

from editor_app.core.arabic_text import RTL, first_strong_direction

if TYPE_CHECKING:  # Qt hands one in when it paints a row: its class is built then, not at start
    from PySide6.QtWidgets import QStyleOptionViewItem

# The text whose direction an item takes, when it is not the whole displayed text.
DIRECTION_TEXT_ROLE = Qt.ItemDataRole.UserRole + 0x51A

_FSI, _PDI = "\u2068", "\u2069"
_LRM = "\u200e"


def direction_of(text: str, default: Qt.LayoutDirection | None = None) -> Qt.LayoutDirection:
    """Right to left when the first strong character is Arabic (or Hebrew), left to right when Latin.

    Text with no letters (a number, a dash) follows ``default``, else the interface.
    """
    found = first_strong_direction(text)
    if found is None:
        return default if default is not None else QGuiApplication.layoutDirection()
    return Qt.LayoutDirection.RightToLeft if found == RTL else Qt.LayoutDirection.LeftToRight


def isolate(text: str) -> str:
    """``text`` as a first-strong isolate: a title inside a sentence keeps its own direction."""
    return f"{_FSI}{text}{_PDI}" if text else text


def set_label_text(label: QLabel, text: str) -> None:
    """Show article text in a label, laid out and aligned in the text's own direction."""
    label.setText(text)
    label.setLayoutDirection(direction_of(text, label.layoutDirection()))


class TextDirectionDelegate(QStyledItemDelegate):
    """Draws each cell of the given columns (default: all) in the direction of its own text.

    Qt lays out an item view's text in the view's direction; this gives each item the direction of
    its text instead (the style then aligns it to that side and orders its punctuation for it).
    """

    def __init__(self, parent: QObject | None = None, columns: Iterable[int] | None = None) -> None:
        super().__init__(parent)
        self.columns = frozenset(columns) if columns is not None else None

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self.columns is not None and index.column() not in self.columns:
            return
        source = index.data(DIRECTION_TEXT_ROLE)
        text = source if isinstance(source, str) else option.text
        if text:
            option.direction = direction_of(text, option.direction)


def left_to_right(text: str) -> str:
    """Keeps a left-to-right run (a shortcut, a path) in its order inside right-to-left text.

    Left-to-right marks on both sides: without them "Ctrl++" reads «++Ctrl» in an Arabic line, because
    the trailing "+" signs take the line's direction.
    """
    return f"{_LRM}{text}{_LRM}" if text else text


def shortcut_text(keys: QKeySequence | QKeySequence.StandardKey | str) -> str:
    """A shortcut as the platform writes it (Ctrl+N, ⌘N), safe inside text of either direction."""
    return left_to_right(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))


def ltr_shortcuts(menu: QMenu) -> None:
    """Give ``menu`` and its submenus the style that draws shortcuts left to right (gui/menu_style.py)
    when the interface is right to left («Ctrl++», not «++Ctrl»)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        from editor_app.gui.menu_style import apply_menu_style

        apply_menu_style(menu)


def ltr_shortcuts_when_shown(menu: QMenu) -> None:
    """:func:`ltr_shortcuts` for ``menu`` (and its submenus) the first time it opens.

    For the window's menus, built before the window is shown: the style (a QProxyStyle) costs ~7 ms to make
    (QStyle's Python enums), and a menu nobody opens needs none.
    """
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        menu.aboutToShow.connect(lambda: ltr_shortcuts(menu))
