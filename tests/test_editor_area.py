"""EditorArea and MetadataPanel: the API the main window and the document controller use."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from editor_app.core.article import Article, Direction
from editor_app.core.spelling import SpellChecker
from editor_app.gui.editor.media import MEDIA_SCHEME, StoreMediaSink
from editor_app.gui.editor_area import EditorArea
from editor_app.gui.metadata_panel import MetadataPanel
from editor_app.gui.tasks import TaskRunner
from editor_app.paths import resolve_paths


@pytest.fixture
def ctx(tmp_path: Path) -> Any:
    checker = SpellChecker(personal_path=tmp_path / "personal.txt", newsroom_path=tmp_path / "newsroom.txt")
    return SimpleNamespace(
        runner=TaskRunner(inline=True),
        services={"spellchecker": checker},
        paths=resolve_paths(tmp_path / "data"),
    )


BODY = '<p>قال لوكاشينكو إن <strong>بوتين</strong> زار اوكرانيا</p>\n<p dir="ltr">EU Reporter</p>\n'


def test_load_article_and_fields(qtbot: QtBot, ctx: Any) -> None:
    area = EditorArea(ctx)
    qtbot.addWidget(area)
    area.resize(900, 700)
    assert area.currentWidget() is area.empty
    changes: list[int] = []
    area.changed.connect(lambda: changes.append(1))
    stats: list[tuple[int, ...]] = []
    area.stats_changed.connect(lambda *a: stats.append(a))
    article = Article(title="يلتقي بوتين ولوكاشينكو", subtitle="بعد التحذير", body_html=BODY)
    area.load_article(article)
    assert changes == []  # loading is not an edit
    assert area.currentWidget() is area.page
    fields = area.article_fields()
    assert fields == {
        "title": "يلتقي بوتين ولوكاشينكو",
        "subtitle": "بعد التحذير",
        "body_html": BODY,
        "direction": Direction.RTL,
    }
    assert stats and stats[-1][0] == 8
    area.show()
    qtbot.waitExposed(area)
    # The dictionary loads after the window is shown, then the count arrives.
    qtbot.waitUntil(lambda: stats[-1][3] == 2, timeout=5000)  # لوكاشينكو, اوكرانيا
    area.editor.insertPlainText("x")
    assert changes
    area.titles.title.setFocus()
    area.titles.title.end(False)
    qtbot.keyClicks(area.titles.title, "!")
    assert area.article_fields()["title"].endswith("!")


def test_rtl_fields_and_format_menu(qtbot: QtBot, ctx: Any) -> None:
    from PySide6.QtWidgets import QMenu

    area = EditorArea(ctx)
    qtbot.addWidget(area)
    area.load_article(Article(body_html="<p>نص</p>"))
    assert area.titles.title.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert area.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    menu = QMenu()
    area.fill_format_menu(menu)
    names = {a.objectName() for a in menu.actions() if a.objectName()}
    assert {"editor_bold", "editor_heading2", "editor_link", "editor_image", "editor_direction"} <= names
    assert "find" in area.named_actions and "paste_plain" in area.named_actions
    area.load_article(Article(body_html="<p>text</p>", direction=Direction.LTR, language="en"))
    assert area.editor.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert area.article_fields()["body_html"] == "<p>text</p>\n"


class FakeStore:
    def __init__(self) -> None:
        self.items: dict[str, SimpleNamespace] = {}

    def add_media(self, **kwargs: Any) -> SimpleNamespace:
        item = SimpleNamespace(id=f"m{len(self.items) + 1}", path=None, **kwargs)
        self.items[item.id] = item
        return item

    def get_media(self, media_id: str) -> SimpleNamespace:
        return self.items[media_id]

    def update_media_text(self, media_id: str, *, alt: str | None = None, caption: str | None = None) -> None:
        if alt is not None:
            self.items[media_id].alt = alt


def _png(path: Path) -> Path:
    image = QImage(30, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.blue)
    image.save(str(path))
    return path


def test_images_go_to_the_draft_store(qtbot: QtBot, ctx: Any, tmp_path: Path) -> None:
    area = EditorArea(ctx)
    qtbot.addWidget(area)
    article = Article(body_html="<p>نص</p>")
    area.load_article(article)
    store = FakeStore()
    area.set_store(store)
    assert isinstance(area.editor.article_document.media, StoreMediaSink)
    area.format_actions.insert_image_file(_png(tmp_path / "a.png"), "وصف", "تعليق")
    html = area.article_fields()["body_html"]
    assert '<figure><img src="qalam-media:m1" alt="وصف"><figcaption>تعليق</figcaption></figure>' in html
    assert store.items["m1"].article_id == article.id and store.items["m1"].mime == "image/png"
    # Reopening fetches the bytes through the runner and shows them.
    fresh = StoreMediaSink(store, ctx.runner)
    area.set_media_sink(fresh)
    area.load_article(article.copy(body_html=html))
    assert fresh.load_image(f"{MEDIA_SCHEME}m1") == store.items["m1"].data


def test_metadata_panel(qtbot: QtBot, ctx: Any, tmp_path: Path) -> None:
    panel = MetadataPanel(ctx)
    qtbot.addWidget(panel)
    article = Article(
        title="يلتقي بوتين ولوكاشينكو", excerpt="ملخص", categories=["سياسة"], tags=["روسيا", "بيلاروسيا"]
    )
    panel.load_article(article)
    assert panel.excerpt.toPlainText() == "ملخص"
    assert panel.slug.text() == "يلتقي-بوتين-ولوكاشينكو"
    assert panel.tags.layoutDirection() == Qt.LayoutDirection.RightToLeft
    changes: list[int] = []
    panel.changed.connect(lambda: changes.append(1))
    panel.tags.setFocus()
    qtbot.keyClicks(panel.tags, ", x")
    assert changes
    panel.set_title("عنوان جديد")
    assert panel.slug.text() == "عنوان-جديد"  # follows the title until edited by hand
    panel.slug.setText("custom")
    panel._slug_edited("custom")
    panel.set_title("آخر")
    assert panel.slug.text() == "custom"
    panel.apply_suggested_slug()
    assert panel.slug.text() == "آخر"
    panel.set_store(FakeStore())
    panel.featured_alt.setText("صورة الغلاف")
    panel.set_featured_image(_png(tmp_path / "cover.png"))
    fields = panel.article_fields()
    assert fields["featured_media_id"] == "m1"
    store = panel._store
    assert store.items["m1"].alt == "صورة الغلاف"
    panel.featured_alt.setText("غلاف جديد")
    panel.featured_alt.editingFinished.emit()
    assert store.items["m1"].alt == "غلاف جديد"
    assert fields["tags"] == ["روسيا", "بيلاروسيا", "x"]
    assert fields["categories"] == ["سياسة"]
    assert fields["featured_image_alt"] == "صورة الغلاف"
    assert fields["excerpt"] == "ملخص"
    panel.tags.setText("أ، ب,ج")
    assert panel.article_fields()["tags"] == ["أ", "ب", "ج"]


def test_with_the_real_draft_store_and_document_controller(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    from editor_app.gui.context import AppContext, make_settings
    from editor_app.gui.document_controller import DocumentController
    from editor_app.storage.store import DraftStore

    paths = resolve_paths(tmp_path / "store").ensure()
    runner = TaskRunner(inline=True)
    ctx = AppContext(paths=paths, language="ar", settings=make_settings(paths), runner=runner)
    store = DraftStore.open(paths)
    ctx.services["store"] = store
    window = QMainWindow()
    qtbot.addWidget(window)
    area = EditorArea(ctx, window)
    panel = MetadataPanel(ctx, window)
    window.setCentralWidget(area)
    controller = DocumentController(ctx, area, panel, window)
    area.attach_metadata_panel(panel)
    area.set_store(store)
    panel.set_store(store)
    article = store.create(Article(title="عنوان", body_html=BODY))
    controller.open(article.id)
    assert area.article_fields()["body_html"] == BODY
    area.titles.title.setText("عنوان جديد تماما")
    assert panel.slug.text() == "عنوان-جديد-تماما"
    area.format_actions.insert_image_file(_png(tmp_path / "p.png"), "وصف", "")
    cursor = area.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    area.editor.setTextCursor(cursor)
    area.editor.insertPlainText(" نهاية")
    controller.autosave_now()
    store.flush()
    saved = store.get(article.id).body_html
    assert "نهاية" in saved and 'alt="وصف"' in saved and "qalam-media:" in saved
    media_id = saved.split("qalam-media:")[1].split('"')[0]
    assert store.get_media(media_id).article_id == article.id
    # Reopening the saved HTML gives the same HTML back.
    area.load_article(store.get(article.id))
    assert area.article_fields()["body_html"] == saved
    store.close()
