"""Files dropped on the window: accepted when Qalam imports their kind (the import dialog loads on a drop)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from editor_app.core.import_formats import FORMATS


def importable_paths(urls: list[object]) -> list[Path]:
    """Local files with an extension Qalam imports, from a drop's URLs (QUrl objects)."""
    paths = []
    for url in urls:
        if getattr(url, "isLocalFile", lambda: False)():
            path = Path(url.toLocalFile())  # type: ignore[attr-defined]
            if path.suffix.lower() in FORMATS:
                paths.append(path)
    return paths


class FileDropFilter(QObject):
    """Install on a window (``widget.installEventFilter(FileDropFilter(widget, callback))``) to accept
    dropped .docx/.md/.html/.txt files; ``callback`` gets their paths (e.g. :func:`import_with_dialog`)."""

    def __init__(self, widget: QWidget, on_files: Callable[[list[Path]], None]) -> None:
        super().__init__(widget)
        self._on_files = on_files
        widget.setAcceptDrops(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        dragging = kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove)
        if dragging and isinstance(event, QDragEnterEvent | QDropEvent):
            if event.mimeData().hasUrls() and importable_paths(list(event.mimeData().urls())):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = importable_paths(list(event.mimeData().urls())) if event.mimeData().hasUrls() else []
            if paths:
                event.acceptProposedAction()
                self._on_files(paths)
                return True
        return super().eventFilter(watched, event)
