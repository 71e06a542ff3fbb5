"""Images and other files attached to drafts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class MediaItem:
    """A file kept in the store (``data``) or referenced on disk (``path``); ``sha256`` is of the bytes."""

    id: str
    sha256: str
    mime: str = ""
    filename: str = ""
    alt: str = ""
    caption: str = ""
    size: int = 0
    article_id: str | None = None
    path: str | None = None
    data: bytes | None = None
    remote_ids: dict[str, int] = field(default_factory=dict)  # site id -> remote media id
    created_at: datetime | None = None
