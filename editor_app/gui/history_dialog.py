"""Revision history: list, view, compare two revisions word by word (right to left), restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
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

from editor_app.core.diff import DiffOp, has_changes, render_html
from editor_app.core.revision import Revision, RevisionInfo, RevisionKind

if TYPE_CHECKING:
    from editor_app.gui.tasks import TaskRunner
    from editor_app.storage.store import DraftStore


class HistoryDialog(QDialog):
    restored = Signal(object)  # the restored Article

    def __init__(
        self, store: DraftStore, runner: TaskRunner, article_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.article_id = store, runner, article_id
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Revision history"))
        self.resize(1000, 640)
        self._kinds = {
            RevisionKind.AUTOSAVE: self.tr("Autosave"),
            RevisionKind.SAVE: self.tr("Saved"),
            RevisionKind.RESTORE: self.tr("Restored"),
            RevisionKind.IMPORT: self.tr("Imported"),
        }

        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Revisions"))
        self.list.setHeaderLabels(
            [self.tr("No."), self.tr("Kind"), self.tr("When"), self.tr("Words"), self.tr("Note")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._on_selection)

        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("Revision text"))
        self.view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.hint = QLabel(self.tr("Select one revision to read it, or two to compare them."), self)
        self.hint.setWordWrap(True)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.view, 1)
        split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 2)

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
        locale = QLocale()
        for info in infos:
            assert isinstance(info, RevisionInfo)
            when = locale.toString(
                QDateTime.fromSecsSinceEpoch(int(info.created_at.timestamp())), QLocale.FormatType.ShortFormat
            )
            item = QTreeWidgetItem(
                [
                    locale.toString(info.number),
                    self._kinds.get(info.kind, str(info.kind)),
                    when,
                    locale.toString(info.word_count),
                    info.note,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, info.number)
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        newest = self.list.topLevelItem(0)
        if newest is not None:
            self.list.setCurrentItem(newest)

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
        self.hint.setText(self.tr("Revision {number}").format(number=QLocale().toString(rev.number)))
        head = f"<h2>{_escape(rev.title)}</h2>" + (
            f"<h3>{_escape(rev.subtitle)}</h3>" if rev.subtitle else ""
        )
        self.view.setHtml(f'<div dir="rtl">{head}{rev.body_html}</div>')

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
                ).format(old=QLocale().toString(numbers[0]), new=QLocale().toString(numbers[-1]))
            )
        self.view.setHtml(render_html(typed))

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
                number=QLocale().toString(numbers[0])
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
