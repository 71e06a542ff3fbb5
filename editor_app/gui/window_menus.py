"""The main window's menu bar: File, Edit, Format, View, Article, Tools, Help (named actions).

Kept apart from gui/main_window.py so the window class stays about arranging panels; the texts keep
the "MainWindow" translation context.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from editor_app.gui.text_direction import ltr_shortcuts_when_shown
from editor_app.i18n import translate

if TYPE_CHECKING:
    from editor_app.gui.main_window import MainWindow

StdKey = QKeySequence.StandardKey


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    window.add_action(
        file_menu, "new", translate("MainWindow", "&New Draft"), StdKey.New,
        window.drafts_panel.new_draft_requested.emit,
    )
    window.add_action(file_menu, "save", translate("MainWindow", "&Save"), StdKey.Save, window.documents.save,
                      enabled=False)
    window.add_action(
        file_menu, "import", translate("MainWindow", "&Import…"), "Ctrl+Shift+O",
        lambda: window.late().choose_and_import(),
    )
    window.add_action(
        file_menu,
        "open_from_site",
        translate("MainWindow", "Open from &Site…"),
        "Ctrl+Alt+O",
        window.show_open_from_site,
        enabled=False,
    )
    window.add_action(
        file_menu,
        "export",
        translate("MainWindow", "&Export…"),
        "Ctrl+Shift+E",
        lambda: window.late().export(),
        enabled=False,
    )
    file_menu.addSeparator()
    window.add_action(
        file_menu,
        "history",
        translate("MainWindow", "Revision &History…"),
        "Ctrl+Shift+H",
        window.show_history,
        enabled=False,
    )
    window.add_action(
        file_menu,
        "print_preview",
        translate("MainWindow", "Print Pre&view…"),
        StdKey.Print,
        lambda: window.late().print_preview(),
        enabled=False,
    )
    file_menu.addSeparator()
    window.add_action(file_menu, "quit", translate("MainWindow", "&Quit"), StdKey.Quit, window.close)

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    # Undo, cut, paste… act on whichever text field has the focus (title, body, excerpt).
    for name, text, key in (
        ("undo", translate("MainWindow", "&Undo"), StdKey.Undo),
        ("redo", translate("MainWindow", "&Redo"), StdKey.Redo),
        (None, "", None),
        ("cut", translate("MainWindow", "Cu&t"), StdKey.Cut),
        ("copy", translate("MainWindow", "&Copy"), StdKey.Copy),
        ("paste", translate("MainWindow", "&Paste"), StdKey.Paste),
        ("selectAll", translate("MainWindow", "Select &All"), StdKey.SelectAll),
    ):
        if name is None:
            edit_menu.addSeparator()
            continue
        window.add_action(edit_menu, name, text, key, partial(window._edit_focused, name))
    editor_actions: dict[str, QAction] = getattr(
        getattr(window.editor_area, "format_actions", None), "actions", {}
    )

    def reuse(menu: QMenu, name: str) -> None:
        action = editor_actions.get(name)
        if action is not None:
            menu.addAction(action)
            window.actions_by_name[name] = action

    reuse(edit_menu, "paste_plain")
    edit_menu.addSeparator()
    reuse(edit_menu, "find")

    window.format_menu = bar.addMenu(translate("MainWindow", "F&ormat"))
    fill_format = getattr(window.editor_area, "fill_format_menu", None)
    if callable(fill_format):
        fill_format(window.format_menu)

    view_menu = window.view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addAction(window.drafts_dock.toggleViewAction())
    view_menu.addAction(window.metadata_dock.toggleViewAction())
    view_menu.addAction(window.check_dock.toggleViewAction())
    view_menu.addSeparator()
    for name in ("zoom_in", "zoom_out", "zoom_reset"):
        reuse(view_menu, name)

    view_menu.addSeparator()
    language_menu = view_menu.addMenu(translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    for code, label in (("ar", "العربية"), ("en", "English")):
        # Each language is named in itself, so a user can find theirs whatever the current UI language.
        action = window.add_action(language_menu, f"lang_{code}", label, None)
        action.setCheckable(True)
        action.setChecked(code == window.ctx.language)
        action.setData(code)
        group.addAction(action)
    group.triggered.connect(window._choose_language)

    article_menu = bar.addMenu(translate("MainWindow", "&Article"))
    window.add_action(
        article_menu, "check", translate("MainWindow", "&Check Before Publishing"), "F7", window.show_check,
        enabled=False,
    )
    window.add_action(
        article_menu,
        "submit",
        translate("MainWindow", "&Submit for Review…"),
        "Ctrl+Shift+S",
        lambda: window.newsroom.submit(),
        enabled=False,
    )
    window.add_action(
        article_menu,
        "publish",
        translate("MainWindow", "&Publish…"),
        "Ctrl+Shift+P",
        lambda: window.newsroom.publish(),
        enabled=False,
    )
    window.add_action(
        article_menu,
        "unpublish",
        translate("MainWindow", "&Unpublish…"),
        None,
        lambda: window.newsroom.unpublish(),
        enabled=False,
    )
    window.add_action(
        article_menu,
        "site_preview",
        translate("MainWindow", "Pre&view on the Site"),
        "Ctrl+Alt+P",
        window.show_site_preview,
        enabled=False,
    )
    article_menu.addSeparator()
    window.add_action(
        article_menu,
        "sync",
        translate("MainWindow", "S&ync with the Site"),
        StdKey.Refresh,
        lambda: window.newsroom.sync(),
        enabled=False,
    )

    tools_menu = bar.addMenu(translate("MainWindow", "&Tools"))
    window.add_action(tools_menu, "sites", translate("MainWindow", "&Sites…"), None, window.show_sites,
                      enabled=False)
    window.site_menu = tools_menu.addMenu(translate("MainWindow", "&Working Site"))
    window.site_menu.setEnabled(False)  # filled once there are two sites or more
    editor_tools = getattr(getattr(window.editor_area, "format_actions", None), "actions", {})
    if "import_wordlist" in editor_tools:
        tools_menu.addAction(editor_tools["import_wordlist"])
        window.actions_by_name["import_wordlist"] = editor_tools["import_wordlist"]
    window.add_action(tools_menu, "settings", translate("MainWindow", "Se&ttings…"), StdKey.Preferences,
                      window.show_settings)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    window.add_action(help_menu, "about", translate("MainWindow", "&About Qalam"), None, window.show_about)
    for top in (file_menu, edit_menu, window.format_menu, view_menu, article_menu, tools_menu, help_menu):
        ltr_shortcuts_when_shown(top)  # «Ctrl++», not «++Ctrl», in an Arabic menu (submenus too)
