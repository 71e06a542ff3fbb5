"""Where the editor keeps images: an interface the main window wires to the draft store."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, runtime_checkable
from urllib.parse import unquote, urlsplit


@runtime_checkable
class MediaSink(Protocol):
    """Stores picked images and gives their bytes back for display.

    ``store_image`` returns the ``src`` written into the article's HTML (for the draft
    store, something like ``qalam-media:<id>``); ``load_image`` returns the bytes for a
    ``src`` or None when they are not available offline.
    """

    def store_image(self, path: Path, alt: str, caption: str, article_id: str | None) -> str: ...

    def load_image(self, src: str) -> bytes | None: ...


class FileMediaSink:
    """The fallback until the draft store is wired: images stay where they are, referenced by file URL."""

    def store_image(self, path: Path, alt: str, caption: str, article_id: str | None) -> str:
        del alt, caption, article_id
        return path.resolve().as_uri()

    def load_image(self, src: str) -> bytes | None:
        parts = urlsplit(src)
        if parts.scheme == "file":
            try:
                return Path(unquote(parts.path)).read_bytes()
            except OSError:
                return None
        if not parts.scheme and src:
            try:
                return Path(src).read_bytes()
            except OSError:
                return None
        return None
