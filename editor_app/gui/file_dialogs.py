"""Choosing files: the platform's dialog when it speaks the interface language, Qt's own otherwise.

gui/app.py sets ``AA_DontUseNativeDialogs`` when the interface language differs from the system's (a
GTK or Windows dialog would be in the system's language). Qt's own dialog is then translated by
qtbase_<lang>.qm, but its file list formats sizes and dates with the *system* locale; these helpers
give it a proxy model that writes them in the interface language with the reader's digits, so an
Arabic window shows «٢٫٠ KiB» and «٦‏/١٢‏/٢٠٢٦ ١٠:٠٥ م», not "2.0 KiB" and "6 12 2026 22:05".
Same signatures and results as QFileDialog's static functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QFileSystemModel, QTreeView, QWidget

from editor_app.gui.locale_format import app_formatter

SIZE_COLUMN, DATE_COLUMN = 1, 3


def qt_dialogs() -> bool:
    """True when Qalam uses Qt's own dialogs (the platform's would be in another language)."""
    return QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)


class LocalizedFileModel(QIdentityProxyModel):
    """The file dialog's list with sizes and modification times in the interface's language and digits."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fmt = app_formatter()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column in (SIZE_COLUMN, DATE_COLUMN):
            source = self.sourceModel()
            if isinstance(source, QFileSystemModel):
                info = source.fileInfo(self.mapToSource(index))
                if column == SIZE_COLUMN:
                    return "" if info.isDir() else QLocale().formattedDataSize(info.size(), 1)
                return self.date_text(info.lastModified())
        return super().data(index, role)

    def date_text(self, moment: QDateTime) -> str:
        return f"{self._fmt.date(moment.date(), long=False)} {self._fmt.time(moment.time())}"


def file_dialog(parent: QWidget | None, caption: str, directory: str, filter: str) -> QFileDialog:
    """Qt's own file dialog, its list in the interface's language and digits."""
    dialog = QFileDialog(parent, caption)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    start = Path(directory) if directory else None
    if start is not None and not start.is_dir() and start.name:
        # A suggested file name (an export's title): its folder, with the name selected.
        dialog.setDirectory(str(start.parent) if str(start.parent) not in ("", ".") else str(Path.cwd()))
        dialog.selectFile(start.name)
    elif start is not None:
        dialog.setDirectory(str(start))
    if filter:
        dialog.setNameFilter(filter)  # several filters separated by ";;", as the static functions take
    if dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        # "(*.docx *.md)" in a right-to-left line comes out as "docx *.md).*(": show the filters' names.
        dialog.setOption(QFileDialog.Option.HideNameFilterDetails)
    model = LocalizedFileModel(dialog)
    dialog.setProxyModel(model)
    view = dialog.findChild(QTreeView, "treeView")
    if view is not None:
        # Wide enough for the longest date this format writes (December the 28th, 10:55 PM).
        sample = model.date_text(QDateTime(QDate(2026, 12, 28), QTime(22, 55)))
        view.header().resizeSection(DATE_COLUMN, view.fontMetrics().horizontalAdvance(sample) + 24)
    return dialog


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return [], ""
        return dialog.selectedFiles(), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None = None, caption: str = "", directory: str = "",
                   filter: str = "") -> tuple[str, str]:
    if not qt_dialogs():
        return QFileDialog.getOpenFileName(parent, caption, directory, filter)
    dialog = file_dialog(parent, caption, directory, filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    files, chosen = _run(dialog)
    return (files[0], chosen) if files else ("", "")


def open_file_names(parent: QWidget | None = None, caption: str = "", directory: str = "",
                    filter: str = "") -> tuple[list[str], str]:
    if not qt_dialogs():
        return QFileDialog.getOpenFileNames(parent, caption, directory, filter)
    dialog = file_dialog(parent, caption, directory, filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def save_file_name(parent: QWidget | None = None, caption: str = "", directory: str = "",
                   filter: str = "") -> tuple[str, str]:
    if not qt_dialogs():
        return QFileDialog.getSaveFileName(parent, caption, directory, filter)
    dialog = file_dialog(parent, caption, directory, filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    files, chosen = _run(dialog)
    return (files[0], chosen) if files else ("", "")
