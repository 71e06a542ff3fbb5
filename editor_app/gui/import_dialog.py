"""Before an imported file becomes a draft: headline, category, the body, and what the cleaner took out.

Every stripped block is listed with its reason and a check box; ticking it puts the block back
into the body (at its place in the page) and the preview follows. :meth:`ImportDialog.result`
gives the :class:`ImportResult` with the chosen blocks restored and the edited headline.

Reading the file runs on the task runner: :func:`import_with_dialog` reads it, then shows the
dialog; the host creates the draft from the accepted result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.importers import ImportResult, import_file
from editor_app.errors import QalamError
from editor_app.gui.editor.document import qt_direction
from editor_app.gui.text_direction import DIRECTION_TEXT_ROLE, TextDirectionDelegate, direction_of
from editor_app.i18n import translate

if TYPE_CHECKING:
    from editor_app.gui.tasks import TaskRunner


class ImportDialog(QDialog):
    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import {name}").format(name=result.source_name or ""))
        self._original = result
        self._result = result

        self.title_edit = QLineEdit(result.title, self)
        self.title_edit.setObjectName("importTitle")
        self.category_edit = QLineEdit(", ".join(result.categories), self)
        self.category_edit.setObjectName("importCategory")
        for edit in (self.title_edit, self.category_edit):
            # The article's words, in the article's direction (an Arabic headline in the English window).
            edit.setLayoutDirection(direction_of(edit.text(), qt_direction(result.direction.value)))
        form = QFormLayout()
        form.addRow(self.tr("Headline:"), self.title_edit)
        form.addRow(self.tr("Category:"), self.category_edit)

        self.preview = QTextBrowser(self)
        self.preview.setObjectName("importPreview")
        self.preview.setOpenLinks(False)
        if result.direction.value == "rtl":
            self.preview.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

        self.stripped = QListWidget(self)
        self.stripped.setObjectName("importStripped")
        for item in result.stripped:
            reason = item.reason.render(_translate)
            row = QListWidgetItem(f"{item.text}\n— {reason}")
            row.setData(DIRECTION_TEXT_ROLE, item.text)
            row.setData(Qt.ItemDataRole.UserRole, item.index)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            row.setToolTip(self.tr("Tick to put this back into the body"))
            self.stripped.addItem(row)
        self.stripped.setItemDelegate(TextDirectionDelegate(self.stripped))
        self.stripped.itemChanged.connect(self._update_body)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("%n part(s) removed as website clutter. Tick to keep:", "",
                                 len(result.stripped)), side)
        heading.setWordWrap(True)
        side_layout.addWidget(heading)
        side_layout.addWidget(self.stripped, 1)
        if not result.stripped:
            side.hide()

        splitter = QSplitter(self)
        splitter.addWidget(self.preview)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create draft"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(900, 600)
        self._show_body()

    def restored_indices(self) -> list[int]:
        chosen = []
        for i in range(self.stripped.count()):
            row = self.stripped.item(i)
            if row.checkState() == Qt.CheckState.Checked:
                chosen.append(int(row.data(Qt.ItemDataRole.UserRole)))
        return chosen

    def set_restored(self, indices: list[int]) -> None:
        wanted = set(indices)
        for i in range(self.stripped.count()):
            row = self.stripped.item(i)
            state = Qt.CheckState.Checked if row.data(Qt.ItemDataRole.UserRole) in wanted else \
                Qt.CheckState.Unchecked
            row.setCheckState(state)

    def _update_body(self, _item: QListWidgetItem | None = None) -> None:
        self._result = self._original.restore(self.restored_indices())
        self._show_body()

    def _show_body(self) -> None:
        direction = self._result.direction.value
        self.preview.setHtml(f'<div dir="{direction}">{self._result.body_html}</div>')

    def result_to_import(self) -> ImportResult:
        """The import as the user left it: restored blocks back in, headline and category as edited."""
        categories = [c.strip() for c in self.category_edit.text().replace("،", ",").split(",") if c.strip()]
        return replace(self._result, title=self.title_edit.text().strip(), categories=categories)


def import_with_dialog(
    parent: QWidget,
    runner: TaskRunner,
    path: str | Path,
    on_accepted: Callable[[ImportResult], None],
) -> None:
    """Read ``path`` on the runner, show the dialog, and hand the accepted result to ``on_accepted``."""

    def show(result: ImportResult) -> None:
        dialog = ImportDialog(result, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            on_accepted(dialog.result_to_import())

    def failed(exc: BaseException, trace: str) -> None:
        del trace
        text = exc.user_message.render(_translate) if isinstance(exc, QalamError) else str(exc)
        QMessageBox.warning(parent, QCoreApplication.translate("ImportDialog", "Import"), text)

    runner.submit(import_file, path, on_result=show, on_error=failed)


def _translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return translate(context, text, disambiguation, n)
