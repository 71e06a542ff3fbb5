"""The drafts panel over a real store, with the task runner inline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor_app.core.article import Article, WorkflowState
from editor_app.core.site import Site
from editor_app.gui.drafts_panel import ID_ROLE, DraftsPanel
from editor_app.gui.tasks import TaskRunner
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    s = DraftStore.open(resolve_paths(tmp_path / "data"))
    yield s
    s.close(backup=False)


@pytest.fixture
def panel(qtbot, store: DraftStore) -> DraftsPanel:  # type: ignore[no-untyped-def]
    runner = TaskRunner(inline=True)
    p = DraftsPanel(None, runner)
    p._runner_ref = runner  # type: ignore[attr-defined]  # keep it alive with the panel
    qtbot.addWidget(p)
    return p


def _ids(panel: DraftsPanel) -> list[str]:
    return [panel.list.item(i).data(ID_ROLE) for i in range(panel.list.count())]


def test_empty_store_shows_the_empty_state(panel: DraftsPanel, store: DraftStore) -> None:
    panel.set_store(store)
    assert panel.stack.currentWidget() is panel.empty


def test_list_search_filters_and_trash(qtbot, panel: DraftsPanel, store: DraftStore) -> None:  # type: ignore[no-untyped-def]
    site = store.add_site(Site(name="الموقع", url="https://x.example"))
    a = store.create(Article(title="بوتين في الكرملين", body_html="<p>لقاء</p>"))
    b = store.create(Article(title="بيان", body_html="<p>وصل الوفد إلى موسكو</p>", site_id=site.id,
                             state=WorkflowState.SUBMITTED))
    panel.set_store(store)
    assert _ids(panel) == [b.id, a.id]
    assert "الموقع" in panel.list.item(0).text()

    panel.search.setText("كرملين")
    panel.refresh()  # what the debounce timer does
    assert _ids(panel) == [a.id]
    panel.search.setText("موسك")  # as you type: the last word is a prefix
    panel.refresh()
    assert _ids(panel) == [b.id] and "موسكو" in panel.list.item(0).text()
    panel.search.clear()

    panel.state_filter.setCurrentIndex(panel.state_filter.findData("submitted"))
    assert _ids(panel) == [b.id]
    panel.state_filter.setCurrentIndex(0)
    panel.site_filter.setCurrentIndex(panel.site_filter.findData(site.id))
    assert _ids(panel) == [b.id]
    panel.site_filter.setCurrentIndex(0)

    panel.list.setCurrentRow(_ids(panel).index(a.id))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert _ids(panel) == [b.id] and store.get(a.id).is_trashed
    panel.show_trash.setChecked(True)
    assert _ids(panel) == [a.id] and panel.trash_button.text() == panel.tr("Restore")
    panel.trash_button.click()
    assert _ids(panel) == [] and not store.get(a.id).is_trashed
    assert panel.stack.currentWidget() is panel.nothing


def test_keyboard_activation_and_new_draft(qtbot, panel: DraftsPanel, store: DraftStore) -> None:  # type: ignore[no-untyped-def]
    a = store.create(Article(title="أول"))
    b = store.create(Article(title="ثان"))
    panel.set_store(store)
    with qtbot.waitSignal(panel.draft_activated) as opened:
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert opened.args == [b.id]
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.draft_activated) as opened:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert opened.args == [a.id]
    with qtbot.waitSignal(panel.new_draft_requested):
        panel.new_button.click()


class _RecordingRunner:
    def __init__(self) -> None:
        self.calls: list[tuple[object, dict[str, object]]] = []

    def submit(self, fn: object, *args: object, **kwargs: object) -> int:
        self.calls.append((fn, kwargs))
        return len(self.calls)


def test_search_goes_through_the_runner_with_a_key(qtbot, store: DraftStore) -> None:  # type: ignore[no-untyped-def]
    runner = _RecordingRunner()
    panel = DraftsPanel(store, runner)
    qtbot.addWidget(panel)
    panel.search.setText("موسكو")
    qtbot.waitUntil(lambda: any(fn == store.search for fn, _ in runner.calls), timeout=2000)  # debounced
    searches = [kw for fn, kw in runner.calls if fn == store.search]
    assert len(searches) == 1 and searches[0]["key"] == "draft-search" and searches[0]["prefix_last"] is True
    panel.search.clear()
    panel.refresh()
    # The list is read straight from the file; a search still running is made stale by a newer task.
    assert runner.calls[-1][0] != store.search and runner.calls[-1][1]["key"] == "draft-search"


def test_the_list_reaches_every_draft_a_page_at_a_time(qtbot, panel: DraftsPanel, store: DraftStore,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import editor_app.gui.drafts_panel as module

    monkeypatch.setattr(module, "PAGE", 2)
    made = [store.create(Article(title=f"مسودة {i}", body_html="<p>موسكو</p>")) for i in range(5)]
    panel.set_store(store)
    assert panel.list.count() == 5
    assert len(panel.model._pages) < 3  # not every page was read to show the list
    assert _ids(panel) == [a.id for a in reversed(made)]
    assert panel.select_article(made[0].id) and panel.current_id() == made[0].id
    store.trash(made[1].id)
    panel.refresh()
    assert panel.list.count() == 4 and panel.current_id() == made[0].id  # the selection stays
    assert not panel.select_article(made[1].id)  # in the trash: not in this list


def test_search_rows_carry_the_highlighted_snippet(panel: DraftsPanel, store: DraftStore) -> None:
    store.create(Article(title="t", body_html="<p>وصل الوفد إلى موسكو أمس</p>"))
    panel.set_store(store)
    panel.search.setText("موسكو")
    panel.refresh()
    assert "<b>موسكو</b>" in panel.list.item(0).toolTip()


def test_the_search_clear_button_comes_with_the_first_focus_or_text(
    qtbot, panel: DraftsPanel, store: DraftStore  # type: ignore[no-untyped-def]
) -> None:
    """Its icon is the first looked up in the desktop's icon theme: not at start, only once it can show."""
    panel.set_store(store)
    assert not panel.search.isClearButtonEnabled()
    panel.show()
    qtbot.waitExposed(panel)
    panel.search.setFocus()
    qtbot.waitUntil(panel.search.hasFocus)
    assert panel.search.isClearButtonEnabled()

    other = DraftsPanel(None, TaskRunner(inline=True))
    qtbot.addWidget(other)
    other.search.setText("بوتين")  # a suggestion taken, say: text without the focus
    assert other.search.isClearButtonEnabled()
