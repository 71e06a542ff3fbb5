"""Category and tag pickers (offscreen, real widgets, real store with thousands of tags, threaded runner),
and the dialog that asks before new terms are created on the site."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from large_site import tag_names
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from qt_helpers import type_text

from editor_app.core.article import Article
from editor_app.core.site import Site, Term, TermStatus, TermSyncState
from editor_app.gui.metadata_panel import MetadataPanel
from editor_app.gui.tasks import TaskRunner
from editor_app.gui.term_dialog import confirm_new_terms
from editor_app.gui.term_picker import LIMIT, current_segment
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    drafts = DraftStore.open(resolve_paths(tmp_path / "data"))
    yield drafts
    drafts.close(backup=False)


def newsroom_site(store: DraftStore, role: str) -> Site:
    site = store.add_site(Site(name="news", url="https://news.example", username=role, roles=[role]))
    store.replace_terms(site.id, "tag", (Term(site.id, i + 1, n) for i, n in enumerate(tag_names(5000))))
    store.replace_terms(site.id, "category", [Term(site.id, 9001, "سياسة"), Term(site.id, 9002, "اقتصاد")])
    for kind in ("category", "tag"):
        store.save_term_sync_state(TermSyncState(site.id, kind, total=5000, max_id=9002))
    return site


def test_current_segment_is_the_name_being_typed() -> None:
    assert current_segment("روسيا، الانتخ", 13) == (7, "الانتخ")
    assert current_segment("a, b", 4) == (3, "b") and current_segment("", 0) == (0, "")


def test_tag_picker_searches_thousands_of_tags_as_you_type_without_loading_them(
    qtbot: QtBot, store: DraftStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = newsroom_site(store, "contributor")

    def no_full_list(*_args: Any) -> None:
        raise AssertionError("the pickers must not load every term")

    monkeypatch.setattr(store, "list_terms", no_full_list)
    runner = TaskRunner(inline=False)
    panel = MetadataPanel(SimpleNamespace(runner=runner, services={}))
    qtbot.addWidget(panel)
    panel.set_store(store)
    panel.set_site(site)
    panel.load_article(Article(title="عنوان", categories=["سياسة"], tags=["روسيا أوكرانيا"]))
    panel.show()
    panel.tags.setFocus()
    panel.tags.end(False)
    changes: list[int] = []
    panel.changed.connect(lambda: changes.append(1))

    type_text(panel.tags, "، الانتخ")
    picker = panel.tag_picker
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=5000)
    offered = picker.model.stringList()
    assert 0 < len(offered) <= LIMIT < 5000
    assert all(name.startswith("الانتخابات") for name in offered)
    popup = picker.completer.popup()
    assert popup is not None and popup.isVisible()

    # Choosing from the popup replaces the name being typed and leaves room for the next one.
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert panel.article_fields()["tags"] == ["روسيا أوكرانيا", offered[0]]
    assert panel.tags.text().endswith("، ") and changes

    # Typed without hamza: still found; a name the site lacks is allowed, and said to be new.
    type_text(panel.tags, "اوكرانيا بيلا")
    qtbot.waitUntil(lambda: "أوكرانيا بيلاروسيا" in picker.model.stringList(), timeout=5000)
    type_text(panel.tags, "روسيا الجديدة")
    qtbot.waitUntil(lambda: panel.tags_hint.isVisible(), timeout=5000)
    assert "اوكرانيا بيلاروسيا الجديدة" in panel.tags_hint.text()
    assert panel.article_fields()["tags"][-1] == "اوكرانيا بيلاروسيا الجديدة"

    # A contributor's new category: the hint says it cannot be created.
    panel.category.setFocus()
    panel.category.end(False)
    type_text(panel.category, "، ثقافة")
    qtbot.waitUntil(lambda: panel.category_hint.isVisible(), timeout=5000)
    assert "may not create categories" in panel.category_hint.text() and "ثقافة" in panel.category_hint.text()


def _answer(button: str) -> None:
    def go() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        _answer.seen.append((box.text(), box.informativeText()))  # type: ignore[attr-defined]
        for candidate in box.buttons():
            if candidate.text() == button or box.standardButton(candidate).name == button:
                candidate.click()
                return
        raise AssertionError([b.text() for b in box.buttons()])

    QTimer.singleShot(0, go)


_answer.seen = []  # type: ignore[attr-defined]


def test_new_terms_are_created_only_when_the_user_agrees(qtbot: QtBot) -> None:
    editor = TermStatus("news", ("ثقافة",), ("فاغنر",), may_create_categories=True)
    _answer("Create and publish")
    assert confirm_new_terms(None, editor, publishing=True) is True
    text, details = _answer.seen[-1]  # type: ignore[attr-defined]
    assert "news" in text and "ثقافة" in details and "فاغنر" in details
    _answer("Cancel")
    assert confirm_new_terms(None, editor, publishing=False) is False
    assert confirm_new_terms(None, TermStatus("news"), publishing=True) is True  # nothing new: no question
    assert confirm_new_terms(None, None, publishing=True) is True


def test_a_category_the_role_may_not_create_stops_with_its_name(qtbot: QtBot) -> None:
    contributor = TermStatus("news", ("ثقافة",), (), may_create_categories=False)
    _answer("Ok")
    assert confirm_new_terms(None, contributor, publishing=False) is False
    text, _details = _answer.seen[-1]  # type: ignore[attr-defined]
    assert "ثقافة" in text and "news" in text
