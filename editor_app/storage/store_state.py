"""What every part of :class:`~editor_app.storage.store.DraftStore` shares.

DraftStore is built from mixins, one module per thing a reader looks for:

- ``saving``: the autosave queue and journal, ``flush``, ``save``, ``create``;
- ``drafts_repo``: reading drafts (``get``, ``list_drafts``…) and the trash;
- ``revisions_repo``: history, diffs, restoring and thinning revisions;
- ``search_repo``: full-text search and reindexing;
- ``recovery``: backups, the integrity check, the recovery journal and opening a damaged file;
- ``publishing_repo`` / ``terms_repo``: sites, the outbox, review notes, media, categories and tags.

This module holds the state they share (set up once in :meth:`StoreState.__init__`), the user
messages they raise and the small value types.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.article import Article
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.revision import RecoveredDraft

if TYPE_CHECKING:  # only annotations: the plain-sqlite3 reader imports the messages without SQLAlchemy
    from editor_app.paths import AppPaths
    from editor_app.storage.engine import Database
    from editor_app.storage.journal import RecoveryJournal

CTX = "DraftStore"

# What the user may be told (lupdate collects these: the context must be a literal on one line).
MSG_RECOVERED = QT_TRANSLATE_NOOP("DraftStore", "Unsaved text of %n draft(s) was recovered after Qalam stopped unexpectedly.", "", 1)  # noqa: E501
MSG_EXISTS = QT_TRANSLATE_NOOP("DraftStore", "A draft with id {id} already exists.")
MSG_NO_DRAFT = QT_TRANSLATE_NOOP("DraftStore", "No draft with id {id}.")
MSG_NO_ID = QT_TRANSLATE_NOOP("DraftStore", "No draft id given.")
MSG_AMBIGUOUS = QT_TRANSLATE_NOOP("DraftStore", "The id {id} is ambiguous: several drafts start with it; type more of it.")  # noqa: E501
MSG_NO_REVISION = QT_TRANSLATE_NOOP("DraftStore", "Draft {id} has no revision {number}.")
MSG_DAMAGED_EMPTY = QT_TRANSLATE_NOOP("DraftStore", "The drafts database was damaged and no good backup was found. Qalam rebuilt it from what the damaged file still held; the damaged file was kept as {damaged}.")  # noqa: E501
MSG_DAMAGED_RESTORED = QT_TRANSLATE_NOOP("DraftStore", "The drafts database was damaged. It was restored from the backup of {when} together with what the damaged file still held; the damaged file was kept as {damaged}.")  # noqa: E501
MSG_SALVAGED = QT_TRANSLATE_NOOP("DraftStore", "%n draft(s) with changes newer than the backup were recovered from the damaged file.", "", 1)  # noqa: E501
MSG_UNREADABLE = QT_TRANSLATE_NOOP("DraftStore", "%n draft(s) could not be read from the damaged file; changes made to them after the backup may be missing: {titles}", "", 1)  # noqa: E501
MSG_SALVAGE_FAILED = QT_TRANSLATE_NOOP("DraftStore", "Nothing could be recovered from the damaged file {damaged}.")  # noqa: E501
NOTE_SALVAGED = QT_TRANSLATE_NOOP("DraftStore", "Recovered from the damaged database")
NOTE_CONFLICT = QT_TRANSLATE_NOOP("DraftStore", "Text from the open window, kept when the draft changed elsewhere")  # noqa: E501
NOTE_ELSEWHERE = QT_TRANSLATE_NOOP("DraftStore", "Version written elsewhere, kept before it was replaced")
MSG_JOURNAL_FAILED = QT_TRANSLATE_NOOP("DraftStore", "The draft could not be saved on this computer: {reason}")  # noqa: E501
MSG_NEWER_SCHEMA = QT_TRANSLATE_NOOP("DraftStore", "The drafts database was written by a newer version of Qalam (schema {rev}). Update Qalam to open it.")  # noqa: E501


# While drafts change, backups are at most this far apart (the GUI's maintenance timer backs up every
# 12 minutes when something changed; a `qalam` command that wrote backs up when the newest is older).
BACKUP_EVERY = timedelta(hours=1)


@dataclass(frozen=True)
class RevisionPolicy:
    """When autosaves start a new revision, and how old autosaves are thinned."""

    pause: timedelta = timedelta(minutes=2)  # no autosave for this long: the next one starts a new revision
    max_span: timedelta = timedelta(minutes=10)  # one autosave revision never covers more than this
    keep_all_for: timedelta = timedelta(days=1)  # younger autosaves are all kept
    hourly_for: timedelta = timedelta(days=7)  # then one per hour
    daily_for: timedelta = timedelta(days=90)  # then one per day; older autosaves go (explicit saves stay)


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening; ``messages`` are for the user (translate with ``UserMessage.render``)."""

    database: Path
    created: bool = False
    integrity: str = "ok"
    restored_from: Path | None = None
    damaged_file: Path | None = None
    migrated_from: str | None = None
    pre_migration_backup: Path | None = None
    recovered: int = 0
    salvaged: int = 0  # drafts given back (whole or newer text) from a damaged file
    unreadable: list[str] = field(default_factory=list)  # ids of drafts the damaged file no longer gave
    messages: list[UserMessage] = field(default_factory=list)

    @property
    def had_corruption(self) -> bool:
        return self.damaged_file is not None


@dataclass
class Queued:
    article: Article
    seq: int
    explicit: bool
    note: str = ""
    base: str | None = None  # content hash the writer's copy came from (stale-copy check at flush)
    journalled: bool = False


@dataclass(frozen=True)
class SaveConflict:
    """A queued text was not written over the draft: someone else had changed it meanwhile."""

    article_id: str
    stored_hash: str  # what the draft holds now (the other writer's version)
    kept_revision: int  # the revision that keeps the queued text


def store_msg(text_: str, count: int | None = None, **args: object) -> UserMessage:
    # Numbers stay numbers: the GUI and the CLI write them in the reader's digits.
    return UserMessage(CTX, text_, {k: v if isinstance(v, int) else str(v) for k, v in args.items()},
                       count=count)


class StoreState:
    """The attributes every DraftStore mixin uses; no behaviour of its own."""

    def __init__(self, paths: AppPaths, db: Database, journal: RecoveryJournal, report: OpenReport,
                 *, clock: Callable[[], datetime], policy: RevisionPolicy) -> None:
        self.paths = paths
        self._db = db
        self._journal = journal
        self._clock = clock
        self.policy = policy
        self._report = report
        self._pending_lock = threading.Lock()
        self._flush_lock = threading.RLock()
        self._journal_lock = threading.Lock()  # order: flush lock, then journal lock, then pending lock
        self._own_hash: dict[str, str] = {}  # content hash this store last wrote, per article
        self._conflict_copies: dict[str, int] = {}  # revision number keeping a stale copy's text
        self._queue: dict[str, list[Queued]] = {}
        self._last_snapshot: dict[str, Article] = {}
        # The snapshot each article's stored text came from, when this store wrote it (flush): a Ctrl+S of
        # that very text needs no journal, the database holds it already.
        self._written: dict[str, Article] = {}
        self._seq = itertools.count(1)
        self._recovered: dict[str, RecoveredDraft] = {}
        self._closed = False
        self._backed_up_at = 0  # Database.commits at the last backup (0: this process wrote nothing yet)
        self.backup_note: UserMessage | None = None  # why the last timed backup was not taken (no room)
        self._running_marker: Path | None = None  # see storage.integrity.mark_open

