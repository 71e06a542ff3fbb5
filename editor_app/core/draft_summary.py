"""One line of the drafts list: what the panel and ``qalam drafts list`` show, without the body."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class DraftSummary:
    id: str
    title: str
    state: str
    site_id: str | None
    created_at: datetime
    updated_at: datetime
    trashed_at: datetime | None = None
    word_count: int = 0
    remote_id: int | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    changed_since_published: bool = False  # published, and edited here since the site got it

    @property
    def is_trashed(self) -> bool:
        return self.trashed_at is not None


def edited_since_published(state: str, content: str | None, published: str | None) -> bool:
    """The one rule for "edited since published" (the drafts list, the editor, ``drafts list --json``): a
    published or scheduled draft whose text (its content hash) differs from what the site accepted."""
    return state in ("published", "scheduled") and bool(published) and content != published
