"""The "Open from site" dialog's own logic, with a site that answers from memory: stale answers are dropped,
more results load at the end of the list, errors are shown in words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from qt_helpers import type_text

from editor_app.core.site import Site
from editor_app.gui.site_posts_dialog import OpenFromSiteDialog, SiteSession
from editor_app.gui.tasks import TaskRunner
from editor_app.publish.errors import connection_error
from editor_app.publish.wordpress_reading import PostPage, PostSummary


def tr(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


class MemorySite(SiteSession):
    """45 posts titled "خبر N"; a search keeps the titles containing the text. Answers can be held back."""

    def __init__(self) -> None:
        super().__init__(connect=lambda site: None)  # type: ignore[arg-type, return-value]
        self.posts = [
            PostSummary(n, f"خبر {n}", "publish", 1, "2026-12-01T10:00:00", f"https://x.org/%d8%ae-{n}/")
            for n in range(45, 0, -1)
        ]
        self.calls: list[tuple[str, int]] = []
        self.fail = False

    def search(self, site: Site, text: str, status: str | None, mine: bool, page: int) -> PostPage:
        self.calls.append((text, page))
        if self.fail:
            raise connection_error("x.org", ambiguous=False)
        found = [p for p in self.posts if text in p.title]
        size = 20
        pages = max(1, -(-len(found) // size))
        return PostPage(found[(page - 1) * size : page * size], len(found), pages, page)


class HeldRunner(TaskRunner):
    """Runs tasks when told to, in any order (as a thread pool may finish them)."""

    def __init__(self) -> None:
        super().__init__(inline=True)
        self.held: list[Callable[[], None]] = []

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> int:
        self.held.append(lambda: TaskRunner.submit(self, fn, *args, **kwargs))
        return 0

    def run(self, index: int = 0) -> None:
        self.held.pop(index)()


def site() -> Site:
    return Site(name="main", url="https://x.org", username="huda")


def test_an_answer_to_an_older_search_is_dropped(qtbot: QtBot) -> None:
    runner = HeldRunner()
    memory = MemorySite()
    dialog = OpenFromSiteDialog(None, runner, [site()], session=memory, pause_ms=1)
    qtbot.addWidget(dialog)
    dialog.search.setText("خبر 1")
    dialog.search_now()
    dialog.search.setText("خبر 44")
    dialog.search_now()
    runner.run(1)  # the newer search answers first
    assert [dialog.results.topLevelItem(i).text(0) for i in range(dialog.results.topLevelItemCount())] == [
        "خبر 44"
    ]
    runner.run(0)  # then the older one: dropped
    assert dialog.results.topLevelItemCount() == 1
    assert dialog.results.topLevelItem(0).toolTip(0) == "https://x.org/خ-44/"  # readable link


def test_typing_searches_once_after_the_pause_and_the_end_of_the_list_loads_more(qtbot: QtBot) -> None:
    memory = MemorySite()
    dialog = OpenFromSiteDialog(None, TaskRunner(inline=True), [site()], session=memory, pause_ms=50)
    qtbot.addWidget(dialog)
    dialog.resize(600, 300)  # shorter than 20 rows: the list scrolls
    dialog.show()
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 20)  # the newest posts at once
    memory.calls.clear()
    type_text(dialog.search, "خبر")
    qtbot.waitUntil(lambda: memory.calls == [("خبر", 1)])
    assert dialog.more.isVisible()
    bar = dialog.results.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # scrolled to the end: the next page comes
    assert memory.calls[-1] == ("خبر", 2) and dialog.results.topLevelItemCount() == 40
    dialog.more.click()
    assert memory.calls[-1] == ("خبر", 3) and dialog.results.topLevelItemCount() == 45
    assert not dialog.more.isVisible()
    assert dialog.selected_post_id() == 45 and dialog.open_button.isEnabled()


def test_a_failed_search_says_why(qtbot: QtBot) -> None:
    memory = MemorySite()
    memory.fail = True
    dialog = OpenFromSiteDialog(None, TaskRunner(inline=True), [site()], session=memory, pause_ms=1)
    qtbot.addWidget(dialog)
    dialog.search_now()
    assert "x.org" in dialog.info.text()
    assert dialog.results.topLevelItemCount() == 0 and not dialog.open_button.isEnabled()


def test_without_a_site_the_dialog_says_what_to_do(qtbot: QtBot) -> None:
    dialog = OpenFromSiteDialog(None, TaskRunner(inline=True), [], session=MemorySite())
    qtbot.addWidget(dialog)
    assert dialog.info.text() == tr("OpenFromSiteDialog", "No site yet: add one in Tools → Sites.")
    assert not dialog.search.isEnabled()


def test_the_opened_draft_goes_into_the_editor_and_kept_edits_are_announced(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from PySide6.QtWidgets import QMessageBox

    from editor_app.cli.context import make_context
    from editor_app.core.article import Article
    from editor_app.gui.launch import build_window
    from editor_app.gui.site_posts_dialog import show_open_from_site, show_opened
    from editor_app.publish.site_posts import OpenedPost, OpenOutcome

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    _ctx, window = build_window(make_context(argparse.Namespace(data_dir=None, lang="en")), tasks_inline=True)
    qtbot.addWidget(window)
    window.start(interactive=False)
    qtbot.waitUntil(lambda: "store" in window.ctx.services, timeout=15000)
    assert window.actions_by_name["open_from_site"].isEnabled()
    assert show_open_from_site(window) is None and "No site yet" in told[-1]  # nothing to open from

    store = window.ctx.services["store"]
    article = store.create(Article(title="من الموقع", body_html="<p>نص</p>", remote_id=7,
                                   remote_url="https://x.org/%d9%85/"))
    show_opened(window, OpenedPost(article, OpenOutcome.CREATED))
    qtbot.waitUntil(lambda: window.documents.article is not None, timeout=10000)
    assert window.documents.article.id == article.id
    assert window.metadata_panel.post_link.toolTip() == "https://x.org/م/"
    assert len(told) == 1  # a new draft needs no dialog

    show_opened(window, OpenedPost(article, OpenOutcome.KEPT_BOTH, kept_revision=3))
    assert "revision 3" in told[-1] and "revision 3" in window.status.currentMessage()
    window.close()
