"""Review notes: an editor's remarks on a draft (local, or pulled from the site)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ReviewNote:
    id: int
    article_id: str
    author: str
    text: str
    created_at: datetime
    remote: bool = False
