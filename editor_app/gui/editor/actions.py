"""Formatting actions with shortcuts, a toolbar and a menu; their checked state follows the cursor."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QToolBar, QWidget

from editor_app.core.arabic_text import LTR
from editor_app.gui.editor.document import H2, H3, block_direction, block_kind, is_quote, list_style
from editor_app.gui.editor.widget import RichTextEditor

if TYPE_CHECKING:
    from editor_app.gui.editor.find_replace import FindReplaceDialog

StdKey = QKeySequence.StandardKey

STATE_DELAY_MS = 80  # the toolbar's checked states follow the cursor once it rests


class FormatActions(QObject):
    """Every editor command as a named QAction (``actions["bold"]`` …)."""

    def __init__(self, editor: RichTextEditor, parent: QObject | None = None) -> None:
        super().__init__(parent or editor)
        self.editor = editor
        self.actions: dict[str, QAction] = {}
        self.find_dialog: FindReplaceDialog | None = None
        self._add(
            "heading2",
            self.tr("Heading"),
            "Ctrl+2",
            lambda: self.command("toggle_heading", 2),
            True,
        )
        self._add(
            "heading3",
            self.tr("Subheading"),
            "Ctrl+3",
            lambda: self.command("toggle_heading", 3),
            True,
        )
        self._add(
            "paragraph", self.tr("Body Text"), "Ctrl+Alt+0", lambda: self.command("set_paragraph")
        )
        self._add("bold", self.tr("Bold"), StdKey.Bold, lambda: self.command("toggle_bold"), True)
        self._add(
            "italic", self.tr("Italic"), StdKey.Italic, lambda: self.command("toggle_italic"), True
        )
        self._add("link", self.tr("Link…"), "Ctrl+K", self.edit_link, True)
        self._add(
            "quote",
            self.tr("Block Quote"),
            "Ctrl+Shift+Q",
            lambda: self.command("toggle_quote"),
            True,
        )
        self._add(
            "bullets",
            self.tr("Bulleted List"),
            "Ctrl+Shift+8",
            lambda: self.command("toggle_list", False),
            True,
        )
        self._add(
            "numbers",
            self.tr("Numbered List"),
            "Ctrl+Shift+7",
            lambda: self.command("toggle_list", True),
            True,
        )
        self._add("image", self.tr("Image…"), "Ctrl+Shift+I", self.insert_image)
        self._add("rule", self.tr("Horizontal Rule"), "Ctrl+Shift+R", self.insert_rule)
        self._add("table", self.tr("Insert Table…"), None, self.insert_table)
        self._add(
            "clear",
            self.tr("Clear Formatting"),
            "Ctrl+Space",
            lambda: self.command("clear_formatting"),
        )
        self._add(
            "direction",
            self.tr("Left-to-Right Paragraph"),
            "Ctrl+Shift+X",
            self.editor.toggle_direction,
            True,
        )
        self._add("paste_plain", self.tr("Paste as Plain Text"), "Ctrl+Shift+V", self.editor.paste_plain_text)
        self._add("find", self.tr("Find and Replace…"), StdKey.Find, self.show_find)
        self._add("zoom_in", self.tr("Zoom In"), StdKey.ZoomIn, self.editor.zoom_in)
        self._add("zoom_out", self.tr("Zoom Out"), StdKey.ZoomOut, self.editor.zoom_out)
        self._add("zoom_reset", self.tr("Actual Size"), "Ctrl+0", self.editor.zoom_reset)
        self._add("import_wordlist", self.tr("Import Newsroom Word List…"), None, self.import_word_list)
        bold_font = QFont()
        bold_font.setBold(True)
        self.actions["bold"].setFont(bold_font)
        italic_font = QFont()
        italic_font.setItalic(True)
        self.actions["italic"].setFont(italic_font)
        for action in self.actions.values():
            # Active while the focus is in the editor (or the page that adds them), not window-wide.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        editor.addActions(list(self.actions.values()))
        # The checked states follow the cursor once it rests, not on every key typed (~0.5 ms each).
        self._state_timer = QTimer(self)
        self._state_timer.setSingleShot(True)
        self._state_timer.setInterval(STATE_DELAY_MS)
        self._state_timer.timeout.connect(self.update_state)
        editor.cursorPositionChanged.connect(self._state_later)
        editor.currentCharFormatChanged.connect(self._state_later)
        self.update_state()

    def _state_later(self) -> None:
        runner = getattr(self.editor, "runner", None)
        if getattr(runner, "inline", True):
            self.update_state()  # tests: at once
        else:
            self._state_timer.start()

    def _add(
        self,
        name: str,
        text: str,
        shortcut: str | StdKey | None,
        slot: Callable[[], object],
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"editor_{name}")
        if isinstance(shortcut, StdKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[name] = action
        return action

    # -- toolbar and menu ------------------------------------------------------------------

    TOOLBAR = (
        "heading2", "heading3", None, "bold", "italic", "link", None,
        "quote", "bullets", "numbers", None, "image", "rule", "clear", None, "direction",
    )  # fmt: skip

    def toolbar(self, parent: QWidget) -> QToolBar:
        bar = QToolBar(self.tr("Formatting"), parent)
        bar.setObjectName("formatToolBar")
        for name in self.TOOLBAR:
            if name is None:
                bar.addSeparator()
            else:
                bar.addAction(self.actions[name])
        return bar

    def fill_menu(self, menu: QMenu) -> None:
        for name in (
            "paragraph", "heading2", "heading3", None, "bold", "italic", "link", None, "quote",
            "bullets", "numbers", None, "image", "table", "rule", None, "direction", "clear",
        ):  # fmt: skip
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[name])

    def shortcut_actions(self) -> list[QAction]:
        return list(self.actions.values())

    def command(self, name: str, *args: Any) -> None:
        """Run the editing command ``commands.<name>`` as one undo step.

        commands.py is imported on first use: with html_io.py and core/blocks.py it costs ~20 ms, and the
        window is shown before anyone formats anything.
        """
        from editor_app.gui.editor import commands

        self.editor.run(getattr(commands, name), *args)

    # -- state -----------------------------------------------------------------------------

    def update_state(self) -> None:
        self._state_timer.stop()
        cursor = self.editor.textCursor()
        block = cursor.block()
        fmt = cursor.charFormat()
        kind = block_kind(block)
        heading = kind in (H2, H3)
        states = {
            "heading2": kind == H2,
            "heading3": kind == H3,
            "bold": not heading and fmt.fontWeight() >= QFont.Weight.DemiBold.value,
            "italic": fmt.fontItalic(),
            "link": fmt.isAnchor() and bool(fmt.anchorHref()),
            "quote": is_quote(block),
            "bullets": list_style(block) == "ul",
            "numbers": list_style(block) == "ol",
            "direction": block_direction(block) == LTR,
        }
        for name, on in states.items():
            action = self.actions[name]
            if action.isChecked() != on:
                action.blockSignals(True)
                action.setChecked(on)
                action.blockSignals(False)

    def state(self) -> dict[str, bool]:
        if self._state_timer.isActive():
            self.update_state()
        return {name: a.isChecked() for name, a in self.actions.items() if a.isCheckable()}

    # -- dialogs ---------------------------------------------------------------------------

    def edit_link(self) -> None:
        cursor = self.editor.textCursor()
        from editor_app.gui.editor.commands import link_at

        existing = link_at(cursor) if not cursor.hasSelection() else None
        text = cursor.selectedText() if cursor.hasSelection() else ""
        href = ""
        if existing is not None:
            start, end, href = existing
            probe = self.editor.textCursor()
            probe.setPosition(start)
            probe.setPosition(end, probe.MoveMode.KeepAnchor)
            text = probe.selectedText()
        elif cursor.charFormat().isAnchor():
            href = cursor.charFormat().anchorHref()
        from editor_app.gui.editor.dialogs import LinkDialog  # (dialogs: loaded when first opened)

        dialog = LinkDialog(text, href, self.editor)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new_text, new_href = dialog.values()
            self.command("set_link", new_text, new_href)
        self.update_state()

    def insert_image(self) -> None:
        from editor_app.gui.editor.dialogs import ImageDialog

        dialog = ImageDialog(self.editor)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, alt, caption = dialog.values()
        self.insert_image_file(path, alt, caption)

    def insert_image_file(self, path: Path, alt: str, caption: str) -> None:
        self.editor.insert_image_file(Path(path), alt, caption)

    def insert_table(self, size: tuple[int, int, bool] | None = None) -> None:
        """Rows, columns and a header row from the dialog (or ``size``): one undo step."""
        if size is None:
            from editor_app.gui.editor.table_dialog import TableDialog

            dialog = TableDialog(self.editor)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            size = dialog.values()
        rows, columns, header = size
        from editor_app.gui.editor import tables

        self.editor.run(tables.insert_table, rows, columns, header, self.editor.article_direction)

    def insert_rule(self) -> None:
        self.command("insert_horizontal_rule", self.editor.article_direction)

    def import_word_list(self, path: Path | None = None) -> None:
        """Names of people and places from a text file, for everyone who uses Qalam on this machine."""
        if path is None:
            from editor_app.gui.file_dialogs import open_file_name

            chosen, _ = open_file_name(
                self.editor,
                self.tr("Import a Newsroom Word List"),
                "",
                self.tr("Text files (*.txt);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        checker = self.editor.spell.checker

        def done(added: object) -> None:
            count = added if isinstance(added, int) else 0
            text = self.tr("Added %n new word(s) to the newsroom word list.", "", count)
            self.editor.status_message.emit(text)
            self.editor.spell.refresh_after_list_change()

        def failed(exc: BaseException, tb: str) -> None:
            del tb
            message = getattr(exc, "user_message", None)
            text = message.render(QCoreApplication.translate) if message is not None else str(exc)
            self.editor.status_message.emit(text)

        self.editor.runner.submit(checker.import_newsroom_list, path, on_result=done, on_error=failed)

    def show_find(self) -> None:
        if self.find_dialog is None:
            from editor_app.gui.editor.find_replace import FindReplaceDialog

            self.find_dialog = FindReplaceDialog(self.editor)
        cursor = self.editor.textCursor()
        if cursor.hasSelection():
            self.find_dialog.find_edit.setText(cursor.selectedText())
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.find_edit.setFocus()
