"""Search results over the drafts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class SearchHit:
    """One matching draft. ``snippet`` is original (un-normalised) text; ``highlights`` are (start, end)
    character ranges in it; ``snippet_html`` is the same with ``<mark>`` and escaped text."""

    article_id: str
    title: str
    state: str
    site_id: str | None
    updated_at: datetime
    score: float  # bm25: lower is better
    snippet: str = ""
    highlights: list[tuple[int, int]] = field(default_factory=list)
    snippet_html: str = ""
    trashed: bool = False
