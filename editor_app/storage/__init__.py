"""The local SQLite draft store (SQLAlchemy 2 and Alembic); never imports Qt.

Use :class:`editor_app.storage.store.DraftStore` (``DraftStore.open(paths)``); every method
returns core dataclasses, never ORM rows.

Threads
    ``autosave``, ``queue_save``, ``has_pending`` and ``recovered_drafts`` are cheap and run on
    the GUI thread: they only write the fsync'd recovery journal file and queue the snapshot.
    Everything else (``open``, ``flush``, ``save``, ``get``, ``list_drafts``, ``search``,
    history, ``maintenance``, ``close`` and the publishing repository) may block on SQLite and
    belongs on the task runner. After ``autosave``/``queue_save`` submit ``store.flush``.

Revisions
    One autosave revision per working stretch: consecutive autosaves update it in place until a
    pause of 2 minutes or a span of 10 minutes (``RevisionPolicy``). Explicit saves, restores and
    imports are separate revisions kept forever. ``thin_history`` (run by ``maintenance``) keeps
    every autosave for a day, then one per hour for a week, one per day for 90 days, then none
    (a draft's newest revision always stays).

Safety
    WAL, ``foreign_keys=ON``, ``synchronous=NORMAL`` (``FULL`` for explicit saves, restores and the
    outbox), ``BEGIN IMMEDIATE`` writers, files 0600 in a 0700 folder. At open: ``integrity_check``;
    on failure the damaged files move to ``damaged/`` and the newest backup that passes the check
    is restored (``store.report`` says what happened, as translatable messages). Backups use the
    online backup API: ``backup()``, ``maintenance()`` (for a timer), on ``close()``, and before
    any migration. Migrations (``storage/migrations``) run at open with foreign keys off.

Search
    FTS5 over a normalised copy (``core.arabic_normalize``) of title, body text, excerpt and tags,
    each word followed by its prefix-stripped variants. Queries are normalised the same way and
    looked up without article prefixes; bm25 ranks the newest 2,000 matches when more match
    (``rank_window``); snippets and highlights are cut from the original text.
"""
