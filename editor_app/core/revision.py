"""Revisions of an article: what the history dialog lists, shows, compares and restores."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage


class RevisionKind(StrEnum):
    AUTOSAVE = "autosave"  # coalesced: one per meaningful pause; old ones are thinned
    SAVE = "save"  # an explicit save (Ctrl+S, submit, close): kept forever
    RESTORE = "restore"  # restoring an older revision; kept forever like a save
    IMPORT = "import"  # created by an import or a pull from a site; kept forever


KEPT_FOREVER = frozenset({RevisionKind.SAVE, RevisionKind.RESTORE, RevisionKind.IMPORT})

# Notes the workflow writes on the revisions it makes: ``tag`` or ``tag@detail`` (the tag before "@"
# names a baseline; the detail is a time stamp for submissions, or "returned").
NOTE_SUBMITTED = "qalam:submitted"  # the version sent for review (the editor's diff compares with it)
NOTE_SYNCED = "qalam:synced"  # the version as the site has it after a pull or a publish
NOTE_RETURNED = "qalam:returned"  # the editor's explicit save when returning the article to its reporter
RETURNED_DETAIL = "returned"  # a pulled version the editor had returned: ``qalam:synced@returned``
NOTE_IMPORT = "import"  # a draft made from a file (core.importers.store_imports)
NOTE_RECOVERED = QT_TRANSLATE_NOOP("DraftStore", "Recovered after an unexpected exit")
_FROM_SITE_NOTES = frozenset({NOTE_SYNCED, "pulled from the site", "site version"})
_SILENT_NOTES = frozenset({*_FROM_SITE_NOTES, NOTE_SUBMITTED, NOTE_RETURNED, NOTE_IMPORT})
_NOTE_TEXTS = {
    "details": QT_TRANSLATE_NOOP("Revision", "Details changed from the command line"),
    "qalam check --fix": QT_TRANSLATE_NOOP("Revision", "Fixes from the pre-publish check"),
}


class RevisionOrigin(StrEnum):
    """What made a revision, as the history shows it (finer than the storage kind)."""

    AUTOSAVE = "autosave"
    SAVE = "save"
    RESTORED = "restored"
    IMPORTED = "imported"
    FROM_SITE = "from-site"
    SUBMITTED = "submitted"
    RETURNED = "returned"


ORIGIN_LABELS = {
    RevisionOrigin.AUTOSAVE: QT_TRANSLATE_NOOP("Revision", "Autosave"),
    RevisionOrigin.SAVE: QT_TRANSLATE_NOOP("Revision", "Saved"),
    RevisionOrigin.RESTORED: QT_TRANSLATE_NOOP("Revision", "Restored"),
    RevisionOrigin.IMPORTED: QT_TRANSLATE_NOOP("Revision", "Imported"),
    RevisionOrigin.FROM_SITE: QT_TRANSLATE_NOOP("Revision", "From the site"),
    RevisionOrigin.SUBMITTED: QT_TRANSLATE_NOOP("Revision", "Submitted for review"),
    RevisionOrigin.RETURNED: QT_TRANSLATE_NOOP("Revision", "Returned"),
}


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

    @property
    def origin(self) -> RevisionOrigin:
        """Autosave, explicit save, restored, imported, from the site, submitted or returned."""
        tag, _, detail = self.note.partition("@")
        if self.kind is RevisionKind.AUTOSAVE:
            return RevisionOrigin.AUTOSAVE
        if self.kind is RevisionKind.RESTORE:
            return RevisionOrigin.RESTORED
        if tag == NOTE_SUBMITTED:
            return RevisionOrigin.SUBMITTED
        if tag == NOTE_RETURNED or (tag == NOTE_SYNCED and detail == RETURNED_DETAIL):
            return RevisionOrigin.RETURNED
        if tag in _FROM_SITE_NOTES:
            return RevisionOrigin.FROM_SITE
        if self.kind is RevisionKind.IMPORT or tag == NOTE_IMPORT:
            return RevisionOrigin.IMPORTED
        return RevisionOrigin.SAVE

    def label(self) -> UserMessage:
        return UserMessage("Revision", ORIGIN_LABELS[self.origin])

    def note_message(self) -> UserMessage | str | None:
        """The note worth showing: a person's note as written, Qalam's own in the reader's language."""
        if self.kind is RevisionKind.RESTORE and self.restored_from is not None:
            return UserMessage("Revision", QT_TRANSLATE_NOOP("Revision", "From revision {number}"),
                               {"number": self.restored_from})
        if not self.note or self.note.partition("@")[0] in _SILENT_NOTES:
            return None
        if self.note == NOTE_RECOVERED:
            return UserMessage("DraftStore", NOTE_RECOVERED)
        if self.note in _NOTE_TEXTS:
            return UserMessage("Revision", _NOTE_TEXTS[self.note])
        return self.note  # a person's words: shown as they are


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
