"""The import dialog shows what the cleaner removed and puts chosen blocks back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from editor_app.core.importers import import_file
from editor_app.gui.import_dialog import ImportDialog, import_with_dialog
from editor_app.gui.tasks import TaskRunner

HEADLINE = "يلتقي بوتين ولوكاشينكو بعد أن حذرت روسيا من اعتداء على بيلاروسيا"


def test_stripped_items_listed_and_put_back(qtbot: Any, tmp_path: Path, sample_text: str) -> None:
    path = tmp_path / "sample.txt"
    path.write_text(sample_text, encoding="utf-8")
    result = import_file(path)
    dialog = ImportDialog(result)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == HEADLINE
    assert dialog.category_edit.text() == "روسيا البيضاء"
    assert dialog.stripped.count() == 9
    assert "الإعلانات" not in dialog.preview.toPlainText()
    texts = [dialog.stripped.item(i).text() for i in range(dialog.stripped.count())]
    ad_row = next(i for i, t in enumerate(texts) if t.startswith("الإعلانات"))
    assert "Advertisement marker" in texts[ad_row]
    dialog.stripped.item(ad_row).setCheckState(Qt.CheckState.Checked)
    assert "الإعلانات" in dialog.preview.toPlainText()
    dialog.title_edit.setText("عنوان معدل")
    final = dialog.result_to_import()
    assert final.title == "عنوان معدل" and "<p>الإعلانات</p>" in final.body_html
    assert len(final.stripped) == 8
    dialog.set_restored([])
    assert "<p>الإعلانات</p>" not in dialog.result_to_import().body_html


def test_import_with_dialog_reports_a_broken_file(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    parent = QWidget()
    qtbot.addWidget(parent)
    accepted: list[Any] = []
    import_with_dialog(parent, TaskRunner(inline=True), bad, accepted.append)
    assert accepted == [] and shown and "broken.docx" in shown[0]


def test_dropping_files_onto_a_window(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QWidget

    from editor_app.gui.file_drop import FileDropFilter

    window = QWidget()
    qtbot.addWidget(window)
    got: list[list[Path]] = []
    drop_filter = FileDropFilter(window, got.append)
    window.installEventFilter(drop_filter)
    assert window.acceptDrops()
    story = tmp_path / "story.docx"
    other = tmp_path / "photo.jpg"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(story)), QUrl.fromLocalFile(str(other))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    # Offscreen Qt delivers no drag-and-drop events: hand the drop to the filter as Qt would.
    assert drop_filter.eventFilter(window, drop)
    assert got == [[story]] and drop.isAccepted()
