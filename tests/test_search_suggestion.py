"""The drafts panel's "did you mean" line over a real store (runner inline), in English and Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor_app.core.article import Article
from editor_app.gui.drafts_panel import DraftsPanel
from editor_app.gui.tasks import TaskRunner
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    s = DraftStore.open(resolve_paths(tmp_path / "data"))
    for body in ("التقى بوتين لوكاشينكو في الكرملين", "قال لوكاشينكو إن فاغنر باقية",
                 "ظهر بريجوزين في فيديو"):
        s.create(Article(title="خبر", body_html=f"<p>{body}</p>"))
    yield s
    s.close(backup=False)


def _panel(qtbot, store: DraftStore) -> DraftsPanel:  # type: ignore[no-untyped-def]
    runner = TaskRunner(inline=True)
    panel = DraftsPanel(None, runner)
    panel._runner_ref = runner  # type: ignore[attr-defined]
    qtbot.addWidget(panel)
    panel.set_store(store)
    panel.show()
    return panel


def test_a_misspelt_name_offers_the_drafts_spelling_and_one_click_searches_it(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, store)
    panel.search.setText("لوكاشنكو")
    panel.refresh()
    assert panel.list.count() == 0
    line = panel.suggestion
    assert line.isVisible() and line.suggestions() == ["لوكاشينكو"]
    assert line.label.text() == "Did you mean:" and [b.text() for b in line.buttons] == ["لوكاشينكو"]
    qtbot.mouseClick(line.buttons[0], Qt.MouseButton.LeftButton)
    assert panel.search.text() == "لوكاشينكو"
    assert panel.list.count() == 2
    assert not line.isVisible()


def test_enough_results_or_no_query_hide_the_line(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, store)
    panel.search.setText("بريحوزين")  # ح for ج
    panel.refresh()
    assert panel.suggestion.suggestions() == ["بريجوزين"]
    panel.search.setText("خبر")  # every draft: nothing to suggest
    panel.refresh()
    assert not panel.suggestion.isVisible()
    panel.search.setText("لوكاشنكو")
    panel.refresh()
    panel.search.clear()
    panel.refresh()
    assert not panel.suggestion.isVisible() and panel.suggestion.suggestions() == []


def test_arabic_interface_says_hal_taqsid(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from editor_app import i18n

    translators = i18n.load_translators("ar")
    i18n.install(QCoreApplication.instance(), translators)  # type: ignore[arg-type]
    try:
        panel = _panel(qtbot, store)
        panel.search.setText("فاعنر")
        panel.refresh()
        assert panel.suggestion.suggestions() == ["فاغنر"]
        assert panel.suggestion.label.text() == "هل تقصد:"
        assert panel.suggestion.buttons[0].accessibleName() == "ابحث عن فاغنر"
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
