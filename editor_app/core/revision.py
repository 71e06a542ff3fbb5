"""Revisions of an article: what the history dialog lists, shows, compares and restores."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class RevisionKind(StrEnum):
    AUTOSAVE = "autosave"  # coalesced: one per meaningful pause; old ones are thinned
    SAVE = "save"  # an explicit save (Ctrl+S, submit, close): kept forever
    RESTORE = "restore"  # restoring an older revision; kept forever like a save
    IMPORT = "import"  # created by an import or a pull from a site; kept forever


KEPT_FOREVER = frozenset({RevisionKind.SAVE, RevisionKind.RESTORE, RevisionKind.IMPORT})


@dataclass(frozen=True)
class RevisionInfo:
    """One line of the history list (no body)."""

    article_id: str
    number: int
    kind: RevisionKind
    created_at: datetime
    updated_at: datetime
    title: str
    word_count: int
    note: str = ""
    restored_from: int | None = None

    @property
    def kept_forever(self) -> bool:
        return self.kind in KEPT_FOREVER


@dataclass(frozen=True)
class Revision:
    """A full snapshot of the article's editable text at one moment."""

    info: RevisionInfo
    title: str
    subtitle: str
    body_html: str
    excerpt: str
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def number(self) -> int:
        return self.info.number


@dataclass(frozen=True)
class RecoveredDraft:
    """Text from the recovery journal that is newer than what the store holds (offer it to the user)."""

    article_id: str
    title: str
    body_html: str
    journal_saved_at: datetime
    stored_updated_at: datetime | None  # None: the draft was never stored
    snapshot: dict[str, object] = field(default_factory=dict)  # every saved field, to rebuild the Article
