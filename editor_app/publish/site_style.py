"""Each site's look, kept on this computer for the offline preview (``core/preview.py`` renders with it).

Fetched once per site on ``qalam sync`` (when the copy is older than :data:`REFRESH_AGE`) and on demand
(``qalam preview --refresh``, or the first preview of a site): a real single-post page of the site (its
newest published post; the front page when it has none), as an anonymous reader's browser gets it, and
every stylesheet it links (``<link rel=stylesheet>``) or prints inline (the block theme's
``global-styles-inline-css``, compiled by WordPress from the theme's ``theme.json`` and the site's
global styles, the ``wp-webfonts`` ``@font-face`` rules, per-block styles), plus WordPress's complete
block library, so blocks the sample post did not use are styled too. Fonts and images the stylesheets
name are fetched and written into them as ``data:`` URIs: browsers refuse fonts from ``file://`` URLs
in another file. Scripts, frames and event handlers are removed; what belonged to the sample post
(title, text, date, byline, terms, featured image, comments, next/previous links) is emptied or
removed, and its places are marked for :func:`editor_app.core.preview.render_preview`.

Kept in ``<data>/site-styles/<site id>/``: ``files/`` (content-addressed, never rewritten) and
``style.json`` (what to use, with each URL's ETag/Last-Modified for conditional requests), written last
and atomically (a temporary file in the same folder, then a rename): a reader sees the old copy or the
new one, never half of one.

This module is the kept copy (every ``qalam sync`` asks whether it is recent enough, so it imports little);
the fetching is in :mod:`editor_app.publish.site_style_fetch` and the page's treatment in
:mod:`editor_app.publish.site_page`, imported when a copy is fetched.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage

if TYPE_CHECKING:
    from editor_app.core.preview import PreviewStyle
    from editor_app.publish.wordpress import WordPressClient

log = logging.getLogger(__name__)

FOLDER = "site-styles"
MANIFEST = "style.json"
VERSION = 1
REFRESH_AGE = timedelta(hours=12)  # `qalam sync` fetches the look again after this

MSG_NO_STYLE = QT_TRANSLATE_NOOP(
    "Preview", "The site's look is not on this computer yet (connect and sync once): a plain page is shown."
)
MSG_OLD_STYLE = QT_TRANSLATE_NOOP("Preview", "The preview uses the site's look as fetched on {date}.")


@dataclass
class CachedFile:
    url: str
    file: str  # in files/
    etag: str = ""
    last_modified: str = ""


@dataclass
class SiteStyle:
    """What ``style.json`` says; ``folder`` is where it lives (not stored)."""

    fetched_at: str  # ISO 8601, UTC
    page_url: str  # the single-post page used as the template ("" for none)
    home: str
    template: str | None  # file name (None: the page had no post to replace)
    head: str  # file name: the stylesheets and inline styles in page order
    direction: str = "ltr"
    language: str = ""
    content_size: str = ""
    wide_size: str = ""
    date_format: str = ""  # as the site writes a post's date, learnt from the sample post
    files: dict[str, CachedFile] = field(default_factory=dict)
    version: int = VERSION
    folder: Path = field(default=Path(), compare=False)

    @property
    def fetched(self) -> datetime:
        return datetime.fromisoformat(self.fetched_at)

    def read(self, name: str | None) -> str | None:
        if not name:
            return None
        try:
            return (self.folder / "files" / name).read_text(encoding="utf-8")
        except OSError:
            return None

    def file_uri(self, name: str) -> str:
        return (self.folder / "files" / name).resolve().as_uri()

    def preview(self, site_name: str = "") -> PreviewStyle:
        from editor_app.core.preview import PreviewStyle

        return PreviewStyle(
            template_html=self.read(self.template),
            head_html=self.read(self.head) or "",
            direction=self.direction,
            language=self.language,
            content_size=self.content_size,
            date_format=self.date_format,
            fetched_at=self.fetched,
            site_name=site_name,
            file_uri=self.file_uri,
        )


# --- files ---------------------------------------------------------------------------------------------


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all or nothing: a temporary file in the same folder, synced, renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def style_folder(data_dir: Path, site_id: str) -> Path:
    return data_dir / FOLDER / site_id


def load_site_style(folder: Path) -> SiteStyle | None:
    """The kept copy, or None when there is none (or it cannot be read: it is fetched again)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        files = {url: CachedFile(**entry) for url, entry in data.pop("files", {}).items()}
        data.pop("folder", None)
        style = SiteStyle(**data, files=files, folder=folder)
    except (OSError, ValueError, TypeError) as exc:
        if not isinstance(exc, FileNotFoundError):
            log.warning("site style in %s cannot be read (%s); it will be fetched again", folder, exc)
        return None
    return style if style.version == VERSION else None


def is_stale(style: SiteStyle | None, max_age: timedelta = REFRESH_AGE, now: datetime | None = None) -> bool:
    if style is None:
        return True
    return (now or datetime.now(UTC)) - style.fetched > max_age


def save_site_style(folder: Path, style: SiteStyle) -> None:
    data = asdict(style)
    data.pop("folder")
    write_atomic(folder / MANIFEST, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    # Files no copy uses any more go, unless just written (another process may be saving its copy).
    used = {f.file for f in style.files.values()} | {style.head, style.template or ""}
    cutoff = time.time() - 3600
    for path in (folder / "files").glob("*"):
        with contextlib.suppress(OSError):
            if path.name not in used and path.stat().st_mtime < cutoff:
                path.unlink()


def refresh_site_style(
    client: WordPressClient, folder: Path, *, now: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> SiteStyle:
    """Fetch the site's look again (conditional requests for what the last copy has) and keep it."""
    from editor_app.publish.site_style_fetch import fetch_site_style

    return fetch_site_style(client, folder, now=now)


def refresh_if_stale(
    client: WordPressClient, data_dir: Path, site_id: str, max_age: timedelta = REFRESH_AGE
) -> SiteStyle | None:
    """For ``qalam sync``: fetch the site's look when the kept copy is older than ``max_age`` (or missing).
    Returns the new copy, or None when the kept one is recent enough."""
    folder = style_folder(data_dir, site_id)
    if not is_stale(load_site_style(folder), max_age):
        return None
    return refresh_site_style(client, folder)


def no_style_message() -> UserMessage:
    return UserMessage("Preview", MSG_NO_STYLE)


def old_style_message(style: SiteStyle) -> UserMessage:
    when = style.fetched.astimezone().strftime("%Y-%m-%d %H:%M")
    return UserMessage("Preview", MSG_OLD_STYLE, {"date": when})
