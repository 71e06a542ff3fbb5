"""Menus that draw keyboard shortcuts left to right in a right-to-left interface («Ctrl++», not «++Ctrl»).

Imported when a menu first needs it (gui/text_direction.py, ``ltr_shortcuts``): making the QProxyStyle
subclass makes QStyle's Python enums, ~7 ms, which the window's first paint does not need.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionMenuItem,
    QWidget,
)

from editor_app.gui.text_direction import left_to_right

_LRM = "\u200e"


class MenuShortcutStyle(QProxyStyle):
    """Draws menu items' shortcuts left to right in a right-to-left menu («Ctrl++», not «++Ctrl»).

    Qt's menus write the shortcut with ``QKeySequence.toString(NativeText)`` after a tab in the item's
    text and lay it out in the menu's direction; the only change here is ``left_to_right`` around it.
    """

    def drawControl(
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if (element == QStyle.ControlElement.CE_MenuItem and isinstance(option, QStyleOptionMenuItem)
                and option.direction == Qt.LayoutDirection.RightToLeft and "\t" in option.text):
            label, _, keys = option.text.partition("\t")
            if keys and not keys.startswith(_LRM):
                option = QStyleOptionMenuItem(option)
                option.text = f"{label}\t{left_to_right(keys)}"
        super().drawControl(element, option, painter, widget)


_menu_style: MenuShortcutStyle | None = None


def apply_menu_style(menu: QMenu) -> None:
    """Give ``menu`` and its submenus :class:`MenuShortcutStyle` (menus done already are left as they are).

    Menus only: as the application's style, its Python ``drawControl`` ran for every control element
    every widget draws (~7 ms of calls in the window's first paint, and ~10 ms making the Python enums
    of the style options it was handed).
    """
    global _menu_style
    if _menu_style is None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        _menu_style = MenuShortcutStyle(app.style().name())
        _menu_style.setParent(app)  # one for the application's life (a widget does not own its style)
    menus = [menu]
    while menus:
        current = menus.pop()
        if not current.property("qalam_ltr_shortcuts"):
            current.setStyle(_menu_style)
            current.setProperty("qalam_ltr_shortcuts", True)
        menus.extend(sub for action in current.actions() if isinstance(sub := action.menu(), QMenu))
