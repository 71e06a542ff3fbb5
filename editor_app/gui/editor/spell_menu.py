"""The spelling part of the editor's context menu: suggestions (computed when the menu opens), add, ignore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from editor_app.core.arabic_text import iter_words

if TYPE_CHECKING:
    from editor_app.gui.editor.widget import RichTextEditor

MAX_SUGGESTIONS = 6


def word_at(cursor: QTextCursor) -> tuple[int, int, str] | None:
    """The word under the cursor as ``(start, end, word)`` in document positions."""
    block = cursor.block()
    offset = cursor.position() - block.position()
    for start, end, word in iter_words(block.text()):
        if start <= offset <= end:
            return block.position() + start, block.position() + end, word
    return None


def spelling_actions(editor: RichTextEditor, cursor: QTextCursor, parent: QMenu) -> list[QAction]:
    """Suggestions, Add to My Dictionary and Ignore for a flagged word; nothing for a correct one."""
    found = word_at(cursor)
    if found is None or not editor.spell.is_misspelled(found[2]):
        return []
    start, end, word = found
    actions: list[QAction] = []
    suggestions = editor.spell.checker.suggest(word, limit=MAX_SUGGESTIONS)  # 25–160 ms, only now
    for suggestion in suggestions:
        action = QAction(suggestion, parent)
        action.setObjectName("spellSuggestion")
        action.triggered.connect(lambda _=False, s=suggestion: replace_range(editor, start, end, s))
        actions.append(action)
    if not suggestions:
        none = QAction(QCoreApplication.translate("RichTextEditor", "(no suggestions)"), parent)
        none.setEnabled(False)
        actions.append(none)
    add = QAction(QCoreApplication.translate("RichTextEditor", "Add to My Dictionary"), parent)
    add.setObjectName("spellAdd")
    add.triggered.connect(lambda: add_to_dictionary(editor, word))
    ignore = QAction(QCoreApplication.translate("RichTextEditor", "Ignore"), parent)
    ignore.setObjectName("spellIgnore")
    ignore.triggered.connect(lambda: ignore_word(editor, word))
    actions.extend([add, ignore])
    return actions


def add_spelling_actions(menu: QMenu, actions: list[QAction]) -> None:
    """Put the spelling actions at the top of the standard context menu."""
    if not actions:
        return
    existing = menu.actions()
    if existing:
        menu.insertActions(existing[0], actions)
        menu.insertSeparator(existing[0])
    else:
        menu.addActions(actions)


def replace_range(editor: RichTextEditor, start: int, end: int, text: str) -> None:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)  # one undo step


def add_to_dictionary(editor: RichTextEditor, word: str) -> None:
    """Accept the word (and its prefixed forms: و ف ب ل ك ال …) from now on, for this user."""
    editor.spell.checker.add_to_personal(word)
    editor.spell.refresh_after_list_change()


def ignore_word(editor: RichTextEditor, word: str) -> None:
    editor.spell.checker.ignore(word)
    editor.spell.refresh_after_list_change()
