"""Format → Insert Table…: how many rows and columns, and whether the first row is a header."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from editor_app.gui.editor.tables import MAX_COLUMNS, MAX_ROWS


class TableDialog(QDialog):
    """A new table's size; the table itself is made by tables.insert_table (one undo step)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert Table"))
        form = QFormLayout(self)
        self.rows = QSpinBox(self)
        self.rows.setRange(1, MAX_ROWS)
        self.rows.setValue(3)
        self.columns = QSpinBox(self)
        self.columns.setRange(1, MAX_COLUMNS)
        self.columns.setValue(3)
        self.header = QCheckBox(self.tr("First row is a header"), self)
        self.header.setChecked(True)
        form.addRow(self.tr("Rows"), self.rows)
        form.addRow(self.tr("Columns"), self.columns)
        form.addRow(self.header)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[int, int, bool]:
        return self.rows.value(), self.columns.value(), self.header.isChecked()
