"""The store's change probe on real SQLite files: another connection's commits are news, this store's
own are not, and an outside write just before one of ours is not hidden by it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from editor_app.core.article import Article
from editor_app.paths import resolve_paths
from editor_app.storage.change_probe import DataVersionProbe
from editor_app.storage.store import DraftStore


def _outside_write(database: Path, title: str) -> None:
    """A commit by another connection (as the command line or a second tool would make)."""
    conn = sqlite3.connect(database)
    try:
        conn.execute("UPDATE articles SET title = ?", (title,))
        conn.commit()
    finally:
        conn.close()


def test_own_commits_are_left_out_and_others_are_seen(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data").ensure()
    store = DraftStore.open(paths)
    try:
        article = store.create(Article(title="أول", body_html="<p>نص</p>"))
        probe = DataVersionProbe(paths.database)
        unfollowed = DataVersionProbe(paths.database)
        assert probe.changed() is False and unfollowed.changed() is False  # the baselines
        probe.follow(store)

        store.autosave(article.copy(body_html="<p>نص أطول</p>"))
        store.flush()
        assert probe.changed() is False  # our own write
        assert unfollowed.changed() is True  # a probe that does not follow the store sees it

        _outside_write(paths.database, "من سطر الأوامر")
        assert probe.changed() is True
        assert probe.changed() is False  # said once

        # Someone else writes, then we do, before the probe looks again: theirs is still news.
        _outside_write(paths.database, "مرة أخرى")
        store.autosave(article.copy(body_html="<p>نص أطول بكثير</p>"))
        store.flush()
        assert probe.changed() is True
        assert probe.changed() is False
        probe.close()
        unfollowed.close()
    finally:
        store.close(backup=False)


def test_ctrl_s_on_text_already_stored_writes_no_journal_but_a_revision(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data").ensure()
    store = DraftStore.open(paths)
    try:
        article = store.create(Article(title="أول", body_html="<p>نص</p>"))
        journal = store._journal.folder  # where the writer's journal files go
        edited = article.copy(body_html="<p>نص أطول</p>")
        store.autosave(edited, journal=False)
        store.flush()
        saves = len([r for r in store.history(article.id) if r.kind.value == "save"])

        store.queue_save(edited, journal=True)  # Ctrl+S right after the autosave: the database has it
        assert list(journal.iterdir()) == []
        store.flush()
        assert len([r for r in store.history(article.id) if r.kind.value == "save"]) == saves + 1

        changed = edited.copy(body_html="<p>نص تغيّر</p>")
        store.queue_save(changed, journal=True)  # new text: journalled before the database write
        assert len(list(journal.iterdir())) == 1
        store.flush()
        assert list(journal.iterdir()) == []
        assert store.get(article.id).body_html == "<p>نص تغيّر</p>"
    finally:
        store.close(backup=False)
