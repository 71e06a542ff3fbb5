"""Print preview and PDF export.

:func:`print_preview` builds a :class:`QTextDocument` from the article (headline, standfirst,
body), with the article's direction as the default text direction and ``dir`` on the paragraphs
that differ, fonts Noto Naskh Arabic → Noto Sans (Latin) → Amiri → Noto Sans Arabic and images
from the store as document resources.

:func:`export_pdf` renders with WeasyPrint (core/pdf_render.py): Qt's PDF writer shapes Arabic
well but its text layer drops letters of ligatures (lam-alef), so a PDF from it cannot be searched
for «لا» or «الاتحاد». WeasyPrint needs no QGuiApplication, so the command line exports without Qt.
"""

from __future__ import annotations

import html
import os
import re
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QTextDocument,
    QTextOption,
)

from editor_app.core.article import Article, Direction
from editor_app.core.exporters import FONT_FAMILIES, MEDIA_SCHEME, MediaLookup, write_atomically
from editor_app.core.html_clean import without_block_data
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.errors import QalamError

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Fonts and painting need a QGuiApplication; make an offscreen one for the command line."""
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return
    if existing is not None:
        raise QalamError(UserMessage("Export", QT_TRANSLATE_NOOP(
            "Export", "PDF export needs the graphical part of Qt, which is not running.")))
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not has_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication, not just a QGuiApplication: widgets created later in the process need it.
    from PySide6.QtWidgets import QApplication

    _app = QApplication(sys.argv[:1])


def article_font(point_size: float = 13) -> QFont:
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(point_size)
    return font


def build_document(article: Article, *, media: MediaLookup | None = None) -> QTextDocument:
    """The article as a QTextDocument ready to print or preview."""
    doc = QTextDocument()
    doc.setDefaultFont(article_font())
    option = QTextOption()
    rtl = article.direction == Direction.RTL
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    direction = article.direction.value
    families = ", ".join(f"'{f}'" for f in FONT_FAMILIES)
    doc.setDefaultStyleSheet(
        f"body {{ font-family: {families}; }} h1 {{ font-size: 22pt; }} h2 {{ font-size: 17pt; }} "
        "h3 { font-size: 15pt; } p { line-height: 150%; } blockquote { margin: 0 24px; }"
    )
    parts = [f'<html dir="{direction}"><body dir="{direction}">',
             f'<h1 dir="{direction}">{html.escape(article.title)}</h1>']
    if article.subtitle:
        parts.append(f'<p dir="{direction}"><b>{html.escape(article.subtitle)}</b></p>')
    parts.append(without_block_data(article.body_html))
    parts.append("</body></html>")
    if media is not None:
        for src in sorted(set(_media_sources(article.body_html))):
            item = media(src[len(MEDIA_SCHEME):])
            if item is not None and item.data:
                image = QImage.fromData(item.data)
                if not image.isNull():
                    if image.width() > 1600:
                        image = image.scaledToWidth(1600, Qt.TransformationMode.SmoothTransformation)
                    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(src), image)
    doc.setHtml("".join(parts))
    return doc


def _media_sources(body_html: str) -> list[str]:
    return re.findall(r'src="(qalam-media:[^"]+)"', body_html)


def export_pdf(article: Article, path: str | Path, *, media: MediaLookup | None = None) -> Path:
    """Write the article as a PDF at ``path`` (atomically). Rendered by WeasyPrint (core/pdf_render.py),
    not by QPdfWriter: Qt's text layer loses lam-alef ligatures (copying or searching «لا» fails)."""
    from editor_app.core.pdf_render import render_pdf

    path = Path(path)
    if not path.parent.is_dir():
        raise QalamError(UserMessage("Export", QT_TRANSLATE_NOOP("Export", "Cannot write {path}: {reason}"),
                                     {"path": str(path), "reason": "No such file or directory"}))
    # write_atomically names a full disk as such and leaves no temporary file behind.
    write_atomically(path, render_pdf(article, media=media))
    return path



def print_preview(article: Article, parent: Any = None, *, media: MediaLookup | None = None) -> Any:
    """A print preview of the article (the same document the PDF gets); returns the dialog, not shown."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    printer.setDocName(article.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    if article.direction == Direction.RTL:
        dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    document = build_document(article, media=media)
    document.setParent(dialog)
    # The dialog does not own the printer: keep it (and the document) alive as long as the dialog.
    dialog._qalam_keep = (printer, document)  # type: ignore[attr-defined]
    dialog.paintRequested.connect(lambda target: document.print_(target))
    return dialog


EXPORT_FILTERS = {
    "pdf": QT_TRANSLATE_NOOP("Export", "PDF document (*.pdf)"),
    "docx": QT_TRANSLATE_NOOP("Export", "Word document (*.docx)"),
    "html": QT_TRANSLATE_NOOP("Export", "Web page (*.html)"),
    "md": QT_TRANSLATE_NOOP("Export", "Markdown (*.md)"),
}


def export_article(article: Article, path: str | Path, fmt: str | None = None, *,
                   media: MediaLookup | None = None) -> Path:
    """File → Export: md, html, docx (core) or pdf (Qt), by ``fmt`` or the file's extension."""
    from editor_app.core.exporters import FORMATS, export_to_file

    path = Path(path)
    fmt = fmt or {"markdown": "md", "htm": "html"}.get(path.suffix.lower().lstrip("."),
                                                       path.suffix.lower().lstrip("."))
    if fmt not in FORMATS:
        raise QalamError(UserMessage(
            "Export", QT_TRANSLATE_NOOP("Export", "Unknown export format: {format}."), {"format": fmt}))
    if fmt == "pdf":
        return export_pdf(article, path, media=media)
    return export_to_file(article, fmt, path, media=media)


def choose_export_path(parent: Any, article: Article, directory: str = "") -> tuple[Path, str] | None:
    """Ask where to export (a save dialog with one filter per format); None when cancelled."""
    from PySide6.QtCore import QCoreApplication

    from editor_app.gui.file_dialogs import save_file_name

    labels = {fmt: QCoreApplication.translate("Export", text) for fmt, text in EXPORT_FILTERS.items()}
    name = re.sub(r"[\\/:*?\"<>|]+", " ", article.title).strip()[:80] or "article"
    start = str(Path(directory) / f"{name}.pdf") if directory else f"{name}.pdf"
    chosen, selected = save_file_name(
        parent, QCoreApplication.translate("Export", "Export"), start, ";;".join(labels.values()))
    if not chosen:
        return None
    fmt = next((f for f, label in labels.items() if label == selected), None)
    path = Path(chosen)
    suffix = path.suffix.lower().lstrip(".")
    if suffix in EXPORT_FILTERS:
        fmt = suffix
    fmt = fmt or "pdf"
    if path.suffix.lower().lstrip(".") != fmt:
        path = path.with_name(path.name + "." + fmt)
    return path, fmt
