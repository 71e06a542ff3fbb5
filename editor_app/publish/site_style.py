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
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
import mimetypes
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.preview import FILE_SCHEME, MARK, PreviewStyle, date_pattern
from editor_app.errors import QalamError
from editor_app.publish.errors import PublishError

if TYPE_CHECKING:
    from editor_app.publish.wordpress import WordPressClient

log = logging.getLogger(__name__)

FOLDER = "site-styles"
MANIFEST = "style.json"
VERSION = 1
REFRESH_AGE = timedelta(hours=12)  # `qalam sync` fetches the look again after this
ASSET_BUDGET = 40 * 1024 * 1024  # fonts and images written into one site's stylesheets, at most
INLINE_LIMIT = 4 * 1024 * 1024  # a larger font or image stays a link (it needs the network)
CSS_DEPTH = 4  # @import chains followed

# One pass over a stylesheet: an @import (of either form), else a url().
_CSS_TOKEN = re.compile(
    r"""@import\s+(?:url\(\s*(?P<q1>['"]?)(?P<u1>[^'")]+)(?P=q1)\s*\)|(?P<q2>['"])(?P<u2>[^'"]+)(?P=q2))"""
    r"""|url\(\s*(?P<q>['"]?)(?P<u>[^'")]*?)(?P=q)\s*\)""",
    re.IGNORECASE,
)
_CONTENT_SIZE = re.compile(r"--wp--style--global--content-size:\s*([^;}]+)")
_WIDE_SIZE = re.compile(r"--wp--style--global--wide-size:\s*([^;}]+)")

# Where a single-post page shows its post, by the class names of block themes and of classic ones.
_TITLE = frozenset({"wp-block-post-title", "entry-title"})
_CONTENT = frozenset({"wp-block-post-content", "entry-content"})
_MARKS: tuple[tuple[str, frozenset[str]], ...] = (
    ("date", frozenset({"wp-block-post-date", "posted-on"})),
    ("author", frozenset({"wp-block-post-author__name", "author-name"})),
    ("categories", frozenset({"taxonomy-category", "cat-links"})),
    ("tags", frozenset({"taxonomy-post_tag", "tags-links"})),
    ("featured", frozenset({"wp-block-post-featured-image", "post-thumbnail"})),
)
# The sample post's own furniture: nothing of it may show around the previewed article.
_DROP = frozenset(
    {
        "wp-block-comments",
        "wp-block-post-comments",
        "wp-block-post-comments-form",
        "comments-area",
        "comment-respond",
        "wp-block-post-navigation-link",
        "post-navigation",
        "wp-block-post-author__avatar",
        "wp-block-post-author__bio",
        "wp-block-post-excerpt",
        "wp-block-post-terms",  # a taxonomy the article has no field for (filled ones are marked first)
    }
)
_DROP_TAGS = frozenset({"script", "noscript", "iframe", "object", "embed", "base", "template"})

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


def _save(folder: Path, style: SiteStyle) -> None:
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


# --- fetching --------------------------------------------------------------------------------------------


class _Fetcher:
    """The files of one refresh: conditional requests against the last copy, each file written once."""

    def __init__(self, client: WordPressClient, folder: Path, previous: SiteStyle | None) -> None:
        self.client = client
        self.files_dir = folder / "files"
        self.previous = previous.files if previous is not None else {}
        self.files: dict[str, CachedFile] = {}
        self.budget = ASSET_BUDGET

    def store(self, data: bytes | Iterable[str], ext: str) -> str:
        """Write ``data`` (bytes, or text in pieces: a stylesheet with its fonts is written as it is made,
        never held whole) under the name of its digest; an existing file is kept."""
        self.files_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".part-", suffix=ext, dir=self.files_dir)
        digest = hashlib.sha256()
        try:
            with os.fdopen(fd, "wb") as handle:
                for piece in [data] if isinstance(data, bytes) else data:
                    chunk = piece if isinstance(piece, bytes) else piece.encode("utf-8")
                    digest.update(chunk)
                    handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            name = digest.hexdigest()[:24] + ext
            if (self.files_dir / name).exists():
                os.unlink(tmp)
            else:
                os.replace(tmp, self.files_dir / name)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return name

    def _get(self, url: str, accept: str) -> tuple[bytes, str, bool] | None:
        """(bytes, the URL they came from, fresh) for ``url``: the kept file when the site says 304."""
        prev = self.previous.get(url)
        kept = self.files_dir / prev.file if prev is not None else None
        usable = kept is not None and kept.exists()
        try:
            web = self.client.fetch_public(
                url,
                etag=prev.etag if prev is not None and usable else "",
                last_modified=prev.last_modified if prev is not None and usable else "",
                accept=accept,
            )
        except (PublishError, QalamError) as exc:
            log.info("site style: %s not fetched (%r)", url, exc)
            return None
        if web.status == 304 and prev is not None and kept is not None:
            self.files[url] = prev
            return kept.read_bytes(), url, False
        self.files[url] = CachedFile(url, "", web.etag, web.last_modified)
        return web.body, web.url, True

    def stylesheet(self, url: str, depth: int = 0) -> str | None:
        """The processed stylesheet's file name (fonts and images inside it), or None if unavailable."""
        if url in self.files and self.files[url].file:
            return self.files[url].file
        got = self._get(url, "text/css,*/*;q=0.1")
        if got is None:
            return None
        body, where, fresh = got
        if fresh:
            self.files[url].file = self.store(self.css(body.decode("utf-8", "replace"), where, depth), ".css")
        return self.files[url].file

    def asset(self, url: str) -> Iterator[str] | None:
        """A font or image as the pieces of a ``data:`` URI (a large one stays its URL: None)."""
        got = self._get(url, "*/*")
        if got is None:
            return None
        body, _where, fresh = got
        ext = PurePosixPath(urlsplit(url).path).suffix.lower()[:8]
        if fresh:
            self.files[url].file = self.store(body, ext)
        if len(body) > INLINE_LIMIT or len(body) > self.budget:
            return None
        self.budget -= len(body)
        mime = mimetypes.guess_type("x" + ext)[0] or _FONT_TYPES.get(ext, "application/octet-stream")
        return iter((f"data:{mime};base64,", base64.b64encode(body).decode("ascii")))

    def css(self, text: str, base: str, depth: int) -> Iterator[str]:
        """The stylesheet in pieces: imports become the processed files (same folder), url()s data URIs
        (or absolute URLs, for what is too large or could not be fetched)."""
        pos = 0
        for match in _CSS_TOKEN.finditer(text):
            yield text[pos : match.start()]
            pos = match.end()
            imported = match.group("u1") or match.group("u2")
            if imported:
                absolute = urljoin(base, imported.strip())
                name = self.stylesheet(absolute, depth + 1) if depth < CSS_DEPTH else None
                yield f'@import url("{name or absolute}")'
                continue
            ref = (match.group("u") or "").strip()
            absolute = urljoin(base, ref)
            if (
                not ref
                or ref.startswith(("data:", "#", "about:"))
                or ref.endswith(".css")
                or urlsplit(absolute).scheme not in ("http", "https")
            ):
                yield match.group(0)
                continue
            inline = self.asset(absolute)
            yield 'url("'
            yield from inline if inline is not None else (absolute,)
            yield '")'
        yield text[pos:]


_FONT_TYPES = {".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".otf": "font/otf"}


def _classes(element: Any) -> set[str]:
    return set((element.get("class") or "").split())


def _find(root: Any, classes: frozenset[str]) -> Any:
    for element in root.iter():
        if isinstance(element.tag, str) and _classes(element) & classes:
            return element
    return None


def _remove(element: Any) -> None:
    parent = element.getparent()
    if parent is not None:
        element.drop_tree()


def _sanitize(doc: Any) -> None:
    """No scripts, frames, handlers or javascript: links; only stylesheet links and harmless metadata."""
    for element in list(doc.iter()):
        if not isinstance(element.tag, str):
            if element.getparent() is not None and element.tag is not None:  # comments, PIs
                element.drop_tree()
            continue
        tag = element.tag.lower()
        if tag in _DROP_TAGS:
            _remove(element)
            continue
        if tag == "link":
            rel = (element.get("rel") or "").lower().split()
            as_style = "preload" in rel and (element.get("as") or "").lower() == "style"
            if "stylesheet" not in rel and not as_style:
                _remove(element)
                continue
            if as_style:
                element.set("rel", "stylesheet")
            onload = element.get("onload") or ""
            if element.get("media") == "print" and "media" in onload:
                element.set("media", "all")  # the "load CSS without blocking" trick needs the script
            for attr in ("integrity", "crossorigin"):  # the kept copy is rewritten: no hash matches
                element.attrib.pop(attr, None)
        if tag == "meta" and (element.get("http-equiv") or element.get("property") or element.get("name")):
            if (element.get("name") or "").lower() != "viewport":
                _remove(element)
                continue
        for attr in list(element.attrib):
            value = element.get(attr) or ""
            if attr.lower().startswith("on") or value.strip().lower().startswith("javascript:"):
                del element.attrib[attr]


def _date_format(scope: Any) -> str:
    """How the page writes its post's date (``{j} {F}, {Y}``…), from the date block's ``<time datetime>``."""
    for element in scope.iter("time"):
        stamp, text = element.get("datetime") or "", element.text_content()
        try:
            moment = datetime.fromisoformat(stamp)
        except ValueError:
            continue
        pattern = date_pattern(text, moment)
        if pattern:
            return pattern
    return ""


def _mark_post(doc: Any) -> str | None:
    """Empty what the sample post filled and mark its places; returns the page's date format ("" when
    unknown), or None when the page shows no single post."""
    body = doc.find("body")
    if body is None:
        return None
    scope = body.find(".//main") if body.find(".//main") is not None else body
    title, content = _find(scope, _TITLE), _find(scope, _CONTENT)
    if title is None or content is None:
        return None
    date_format = ""
    for element in scope.iter():
        if isinstance(element.tag, str) and _classes(element) & _MARKS[0][1]:
            date_format = _date_format(element)
            if date_format:
                break
    for element, name in ((title, "title"), (content, "content")):
        for child in list(element):
            element.remove(child)
        element.text = None
        element.set(MARK, name)
    for name, classes in _MARKS:
        for element in list(scope.iter()):
            if isinstance(element.tag, str) and _classes(element) & classes and not element.get(MARK):
                element.set(MARK, name)
                for child in list(element):  # the sample post's date, byline, terms, image
                    element.remove(child)
                element.text = None
    for element in list(scope.iter()):
        if isinstance(element.tag, str) and not element.get(MARK) and _classes(element) & _DROP:
            _remove(element)
    for element in list(body.iter()):
        if isinstance(element.tag, str) and element.get("id") in ("comments", "respond"):
            _remove(element)
    return date_format


def _block_library(doc: Any, page_url: str, home: str, rtl: bool) -> str:
    """WordPress's full block stylesheet, from the same place the page loads WordPress's files from."""
    base = ""
    for element in doc.iter("link", "script", "img"):
        ref = element.get("href") or element.get("src") or ""
        if "/wp-includes/" in ref:
            base = urljoin(page_url, ref.split("/wp-includes/", 1)[0] + "/")
            break
    base = base or home.rstrip("/") + "/"
    name = "style-rtl.min.css" if rtl else "style.min.css"
    return urljoin(base, f"wp-includes/css/dist/block-library/{name}")


def _sample_post(client: WordPressClient) -> str:
    """The link of a recent published post to take the single-post page from: one with tags, categories
    and a featured image if there is one (the theme shows those places only when the post has them)."""
    try:
        data, _ = client.call(
            "GET",
            "/wp/v2/posts",
            params={"status": "publish", "per_page": 10, "_fields": "link,tags,categories,featured_media"},
        )
    except PublishError as exc:
        log.info("site style: no post to take the single-post page from (%r)", exc)
        return ""
    posts = [p for p in data if isinstance(p, dict) and p.get("link")] if isinstance(data, list) else []
    if not posts:
        return ""
    best = max(
        posts,
        key=lambda p: (bool(p.get("tags")) + bool(p.get("featured_media")) + bool(p.get("categories"))),
    )
    return str(best["link"])


def refresh_site_style(
    client: WordPressClient, folder: Path, *, now: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> SiteStyle:
    """Fetch the site's look again (conditional requests for what the last copy has) and keep it."""
    import lxml.html

    previous = load_site_style(folder)
    info = client.discover()
    home = info.home or client.url
    page_url = _sample_post(client)
    page = None
    for url in filter(None, (page_url, home)):
        try:
            page = client.fetch_public(url, accept="text/html,application/xhtml+xml")
            page_url = page.url
            break
        except PublishError as exc:
            log.info("site style: %s not fetched (%r)", url, exc)
            if url == home:
                raise
    assert page is not None
    doc = lxml.html.document_fromstring(page.body)
    html_el = doc.getroottree().getroot()
    direction = (html_el.get("dir") or "ltr").lower()
    language = html_el.get("lang") or ""
    _sanitize(doc)
    fetcher = _Fetcher(client, folder, previous)
    head_parts: list[str] = []
    has_library = False
    global_css = ""
    for element in list(doc.iter("link", "style")):
        if element.tag == "link":
            href = element.get("href") or ""
            has_library = has_library or element.get("id") == "wp-block-library-css"
            name = fetcher.stylesheet(urljoin(page.url, href)) if href else None
            if name:
                element.set("href", FILE_SCHEME + name)
        else:
            text = element.text or ""
            if element.get("id") == "global-styles-inline-css":
                global_css = text
            if "url(" in text or "@import" in text:
                # Fonts inside would make the page heavy: the processed rules go to a file of their own.
                name = fetcher.store(fetcher.css(text, page.url, 0), ".css")
                link = lxml.html.Element("link")
                link.set("rel", "stylesheet")
                if element.get("id"):
                    link.set("id", element.get("id") or "")
                link.set("href", FILE_SCHEME + name)
                link.tail = element.tail
                element.getparent().replace(element, link)
                element = link
        head_parts.append(lxml.html.tostring(element, encoding="unicode", with_tail=False))
    if not has_library:
        library = fetcher.stylesheet(_block_library(doc, page.url, home, direction == "rtl"))
        if library:
            link = lxml.html.fragment_fromstring(
                f'<link rel="stylesheet" id="qalam-block-library-css" href="{FILE_SCHEME}{library}">'
            )
            head = doc.find("head")
            if head is not None:
                # Before the theme's own rules, as WordPress prints it: the theme overrides it.
                first = next(iter(head.iter("link", "style")), None)
                (head.insert(head.index(first), link) if first is not None else head.append(link))
            head_parts.insert(0, lxml.html.tostring(link, encoding="unicode", with_tail=False))
    date_format = _mark_post(doc)
    single = date_format is not None
    template = None
    if single:
        text = lxml.html.tostring(doc, encoding="unicode", doctype="<!DOCTYPE html>")
        template = fetcher.store(text.encode("utf-8"), ".html")
    head_name = fetcher.store("\n".join(head_parts).encode("utf-8"), ".html")
    content = _CONTENT_SIZE.search(global_css)
    wide = _WIDE_SIZE.search(global_css)
    style = SiteStyle(
        fetched_at=now().astimezone(UTC).isoformat(timespec="seconds"),
        page_url=page_url if single else "",
        home=home,
        template=template,
        head=head_name,
        direction="rtl" if direction == "rtl" else "ltr",
        language=language,
        content_size=content.group(1).strip() if content else "",
        wide_size=wide.group(1).strip() if wide else "",
        date_format=date_format or "",
        files={url: f for url, f in fetcher.files.items() if f.file},
        folder=folder,
    )
    _save(folder, style)
    log.info(
        "site style of %s: %d files, template %s, content width %s",
        home,
        len(style.files),
        "yes" if template else "no",
        style.content_size or "?",
    )
    return style


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
