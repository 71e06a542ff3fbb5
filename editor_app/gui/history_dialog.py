"""Revision history: list, view, compare two revisions word by word (right to left), restore.

Each revision says what made it (autosave, explicit save, restored, imported, from the site,
submitted, returned: ``RevisionInfo.origin``), when (the column is as wide as its dates), and its
headline, which reads in its own direction whatever the interface language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.arabic_text import paragraph_direction
from editor_app.core.diff import DiffOp, has_changes, render_html
from editor_app.core.plain_text import html_to_text
from editor_app.core.revision import Revision, RevisionInfo
from editor_app.gui.locale_format import app_formatter
from editor_app.gui.text_direction import TextDirectionDelegate
from editor_app.i18n import translate

if TYPE_CHECKING:
    from editor_app.gui.tasks import TaskRunner
    from editor_app.storage.store import DraftStore


NUMBER, KIND, WHEN, WORDS, HEADLINE, NOTE = range(6)
HEADLINE_WIDTH = 200


class HistoryDialog(QDialog):
    restored = Signal(object)  # the restored Article

    def __init__(
        self, store: DraftStore, runner: TaskRunner, article_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.article_id = store, runner, article_id
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Revision history"))
        self.resize(1100, 640)
        self._direction = "rtl"  # of the article's text, from the revisions shown

        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Revisions"))
        self.list.setHeaderLabels(
            [self.tr("No."), self.tr("Kind"), self.tr("When"), self.tr("Words"), self.tr("Headline"),
             self.tr("Note")]
        )
        header = self.list.header()
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000"))  # Qt's default is ~100 px
        for column in range(HEADLINE):
            # Number, kind, time and words are never cut: their columns are as wide as their text.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HEADLINE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.list.setItemDelegate(TextDirectionDelegate(self.list, columns=(HEADLINE, NOTE)))
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._on_selection)

        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("Revision text"))
        self.hint = QLabel(self.tr("Select one revision to read it, or two to compare them."), self)
        self.hint.setWordWrap(True)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.view, 1)
        split = self.split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)

        self.compare_current = QPushButton(self.tr("Compare with current"), self)
        self.compare_current.setAccessibleName(self.tr("Compare with current"))
        self.compare_current.clicked.connect(self._compare_with_current)
        self.restore_button = QPushButton(self.tr("Restore this revision"), self)
        self.restore_button.setAccessibleName(self.tr("Restore this revision"))
        self.restore_button.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.compare_current)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self._update_buttons()
        self.reload()

    # -- data ----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.runner.submit(self.store.history, self.article_id, on_result=self._fill, key="history")

    def _fill(self, infos: object) -> None:
        assert isinstance(infos, list)
        self.list.clear()
        fmt = app_formatter()
        for info in infos:
            assert isinstance(info, RevisionInfo)
            when = info.created_at.astimezone()
            note = info.note_message()
            item = QTreeWidgetItem(
                [
                    fmt.number(info.number),
                    info.label().render(translate),
                    f"{fmt.date(when.date(), long=False)} {fmt.time(when.time())}",
                    fmt.number(info.word_count),
                    info.title,
                    note if isinstance(note, str) else note.render(translate) if note is not None else "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, info.number)
            item.setData(1, Qt.ItemDataRole.UserRole, info.origin.value)
            self.list.addTopLevelItem(item)
        if infos:
            self._direction = paragraph_direction(" ".join(i.title for i in infos[:5]))
        self._make_room()
        newest = self.list.topLevelItem(0)
        if newest is not None:
            self.list.setCurrentItem(newest)

    def _make_room(self) -> None:
        """Give the list what its fixed columns need plus a readable headline; the text gets the rest."""
        header = self.list.header()
        fixed = sum(max(self.list.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(HEADLINE))
        note = max(self.list.sizeHintForColumn(NOTE), header.sectionSizeHint(NOTE))
        chrome = self.list.frameWidth() * 2 + self.list.verticalScrollBar().sizeHint().width()
        self.list.setMinimumWidth(fixed + chrome)
        total = max(self.split.width(), self.width() - 24)
        wanted = min(fixed + HEADLINE_WIDTH + note + chrome, int(total * 0.6))
        # The headline takes what is left (elided), so the note column stays in view.
        self.list.setColumnWidth(HEADLINE, max(120, wanted - fixed - note - chrome))
        self.split.setSizes([wanted, max(200, total - wanted)])

    def selected_numbers(self) -> list[int]:
        return sorted(int(item.data(0, Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems())

    def _update_buttons(self) -> None:
        one = len(self.selected_numbers()) == 1
        self.restore_button.setEnabled(one)
        self.compare_current.setEnabled(one)

    def _on_selection(self) -> None:
        self._update_buttons()
        numbers = self.selected_numbers()
        if len(numbers) == 1:
            self.runner.submit(
                self.store.revision,
                self.article_id,
                numbers[0],
                on_result=self._show_revision,
                key="history-view",
            )
        elif len(numbers) == 2:
            self.runner.submit(
                self.store.diff,
                self.article_id,
                numbers[0],
                numbers[1],
                on_result=self._show_diff,
                key="history-view",
            )

    def _show_revision(self, rev: object) -> None:
        assert isinstance(rev, Revision)
        self.hint.setText(self.tr("Revision {number}").format(number=app_formatter().number(rev.number)))
        head = f"<h2>{_escape(rev.title)}</h2>" + (
            f"<h3>{_escape(rev.subtitle)}</h3>" if rev.subtitle else ""
        )
        # The article's own direction (an English article reads left to right in the Arabic interface).
        direction = paragraph_direction(f"{rev.title} {html_to_text(rev.body_html)[:200]}")
        self._set_direction(direction)
        self.view.setHtml(f'<div dir="{direction}">{head}{rev.body_html}</div>')

    def _set_direction(self, direction: str) -> None:
        self._direction = direction
        self.view.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight if direction == "ltr" else Qt.LayoutDirection.RightToLeft
        )

    def _show_diff(self, ops: object) -> None:
        assert isinstance(ops, list)
        typed: list[DiffOp] = ops
        numbers = self.selected_numbers()
        if not has_changes(typed):
            self.hint.setText(self.tr("These revisions have the same text."))
        else:
            self.hint.setText(
                self.tr(
                    "Changes from revision {old} to revision {new}: deleted words are struck "
                    "through in red, added words underlined in green."
                ).format(old=app_formatter().number(numbers[0]), new=app_formatter().number(numbers[-1]))
            )
        direction = paragraph_direction("".join(op.text for op in typed[:200]), self._direction)
        self._set_direction(direction)
        self.view.setHtml(render_html(typed, direction))

    def _compare_with_current(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) != 1:
            return
        newest = self.list.topLevelItem(0)
        if newest is None:
            return
        latest = int(newest.data(0, Qt.ItemDataRole.UserRole))
        self.runner.submit(
            self.store.diff,
            self.article_id,
            numbers[0],
            latest,
            on_result=self._show_diff,
            key="history-view",
        )

    def _restore(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) != 1:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore revision"),
            self.tr("Bring back revision {number}? The current text stays in the history.").format(
                number=app_formatter().number(numbers[0])
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(result: object) -> None:
            assert isinstance(result, tuple)
            self.restored.emit(result[0])
            self.reload()

        self.runner.submit(self.store.restore, self.article_id, numbers[0], on_result=done)


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)
