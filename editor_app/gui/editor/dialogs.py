"""Small dialogs for the editor: a link and an image with caption and alt text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)


def _rtl_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    return edit


class LinkDialog(QDialog):
    """Text and address of a link; an empty address removes the link."""

    def __init__(self, text: str = "", href: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link"))
        form = QFormLayout(self)
        self.text_edit = _rtl_edit(self, self.tr("Link text"))
        self.text_edit.setText(text)
        self.href_edit = _rtl_edit(self, self.tr("Address"))
        self.href_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # URLs read left to right
        self.href_edit.setPlaceholderText("https://")
        self.href_edit.setText(href)
        form.addRow(self.tr("Text"), self.text_edit)
        form.addRow(self.tr("Address"), self.href_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.remove_button = buttons.addButton(self.tr("Remove Link"), QDialogButtonBox.ButtonRole.ResetRole)
        self.remove_button.setEnabled(bool(href))
        self.remove_button.clicked.connect(self._remove)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.href_edit.setFocus()

    def _remove(self) -> None:
        self.href_edit.clear()
        self.accept()

    def values(self) -> tuple[str, str]:
        href = self.href_edit.text().strip()
        if href and "://" not in href and not href.startswith(("mailto:", "#", "/")):
            href = "https://" + href
        return self.text_edit.text(), href


class ImageDialog(QDialog):
    """Pick an image file and give it alt text (for blind readers and search) and a caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert Image"))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path_edit = _rtl_edit(self, self.tr("Image file"))
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        form.addRow(self.tr("File"), row)
        self.alt_edit = _rtl_edit(self, self.tr("Alternative text"))
        self.alt_edit.setPlaceholderText(self.tr("What the image shows, for readers who cannot see it"))
        self.caption_edit = _rtl_edit(self, self.tr("Caption"))
        form.addRow(self.tr("Alt text"), self.alt_edit)
        form.addRow(self.tr("Caption"), self.caption_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.path_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _browse(self) -> None:
        from editor_app.gui.file_dialogs import open_file_name

        path, _ = open_file_name(
            self, self.tr("Choose an Image"), "", self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)")
        )
        if path:
            self.path_edit.setText(path)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(Path(self.path_edit.text()).is_file())

    def values(self) -> tuple[Path, str, str]:
        return Path(self.path_edit.text()), self.alt_edit.text().strip(), self.caption_edit.text().strip()
