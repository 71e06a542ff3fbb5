"""Fetching a site's look (see :mod:`editor_app.publish.site_style` for what is kept and why).

A real single-post page of the site (its newest published post with terms and a featured image; the front
page when it has none), as an anonymous reader's browser gets it, and every stylesheet it links or prints
inline, plus WordPress's complete block library. Fonts and images the stylesheets name become ``data:``
URIs inside them. ``qalam sync`` does this in its own process, so it is written to stay small: fonts and
images go from the network to their files piece by piece and from there into the stylesheet being written
(never a whole font in memory, let alone its base64 text), stylesheets are written as they are made, and
the page is handled by :mod:`editor_app.publish.site_page` (the standard library's HTML tokenizer and
ElementTree, not lxml).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
import mimetypes
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from editor_app.errors import QalamError
from editor_app.publish import site_page
from editor_app.publish.errors import PublishError
from editor_app.publish.site_style import CachedFile, SiteStyle, load_site_style, save_site_style

if TYPE_CHECKING:
    from editor_app.publish.wordpress import WordPressClient

log = logging.getLogger(__name__)

ASSET_BUDGET = 40 * 1024 * 1024  # fonts and images written into one site's stylesheets, at most
INLINE_LIMIT = 4 * 1024 * 1024  # a larger font or image stays a link (it needs the network)
CSS_DEPTH = 4  # @import chains followed
_READ = 48 * 1024  # bytes of a kept file base64-encoded at a time (a multiple of 3: no padding inside)

# One pass over a stylesheet: an @import (of either form), else a url().
_CSS_TOKEN = re.compile(
    r"""@import\s+(?:url\(\s*(?P<q1>['"]?)(?P<u1>[^'")]+)(?P=q1)\s*\)|(?P<q2>['"])(?P<u2>[^'"]+)(?P=q2))"""
    r"""|url\(\s*(?P<q>['"]?)(?P<u>[^'")]*?)(?P=q)\s*\)""",
    re.IGNORECASE,
)
_CONTENT_SIZE = re.compile(r"--wp--style--global--content-size:\s*([^;}]+)")
_WIDE_SIZE = re.compile(r"--wp--style--global--wide-size:\s*([^;}]+)")
_FONT_TYPES = {".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".otf": "font/otf"}


class _Part:
    """A file being written into ``files/`` under a temporary name, named after its digest when done."""

    def __init__(self, folder: Path, ext: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".part-", suffix=ext, dir=folder)
        self.folder, self.ext, self.tmp = folder, ext, Path(tmp)
        self.handle = os.fdopen(fd, "wb")
        self.digest = hashlib.sha256()

    def write(self, chunk: bytes) -> None:
        self.digest.update(chunk)
        self.handle.write(chunk)

    def commit(self) -> str:
        """The file's name in the folder (an existing file of that content is kept)."""
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        name = self.digest.hexdigest()[:24] + self.ext
        if (self.folder / name).exists():
            self.tmp.unlink()
        else:
            os.replace(self.tmp, self.folder / name)
        return name

    def discard(self) -> None:
        self.handle.close()
        with contextlib.suppress(OSError):
            self.tmp.unlink()


@contextlib.contextmanager
def _part(folder: Path, ext: str) -> Iterator[_Part]:
    part = _Part(folder, ext)
    try:
        yield part
    finally:
        part.discard()  # nothing left after commit(); the temporary file after a failure


def _data_uri(path: Path, mime: str) -> Iterator[str]:
    """A kept file as the pieces of a ``data:`` URI, read a little at a time."""
    yield f"data:{mime};base64,"
    with path.open("rb") as handle:
        while chunk := handle.read(_READ):
            yield base64.b64encode(chunk).decode("ascii")


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
        with _part(self.files_dir, ext) as part:
            for piece in [data] if isinstance(data, bytes) else data:
                part.write(piece if isinstance(piece, bytes) else piece.encode("utf-8"))
            return part.commit()

    def _kept(self, url: str) -> CachedFile | None:
        """The last copy's entry for ``url`` when its file is still there (a conditional request may
        then answer 304)."""
        prev = self.previous.get(url)
        return prev if prev is not None and (self.files_dir / prev.file).exists() else None

    def _fetch(
        self, url: str, accept: str, sink: Callable[[bytes], object] | None = None
    ) -> tuple[bytes, str] | None:
        """(the body, unless given to ``sink``; the URL it came from) of a fresh copy; (b"", "") when the kept
        copy is current (304: ``self.files[url]`` is the kept entry); None when it cannot be fetched."""
        prev = self._kept(url)
        try:
            web = self.client.fetch_public(
                url,
                etag=prev.etag if prev is not None else "",
                last_modified=prev.last_modified if prev is not None else "",
                accept=accept,
                sink=sink,
            )
        except (PublishError, QalamError) as exc:
            log.info("site style: %s not fetched (%r)", url, exc)
            return None
        if web.status == 304 and prev is not None:
            self.files[url] = prev
            return b"", ""
        self.files[url] = CachedFile(url, "", web.etag, web.last_modified)
        return web.body, web.url

    def stylesheet(self, url: str, depth: int = 0) -> str | None:
        """The processed stylesheet's file name (fonts and images inside it), or None if unavailable."""
        if url in self.files and self.files[url].file:
            return self.files[url].file
        got = self._fetch(url, "text/css,*/*;q=0.1")
        if got is None:
            return None
        body, where = got
        if where:  # fresh: its imports, fonts and images go in as it is written
            self.files[url].file = self.store(self.css(body.decode("utf-8", "replace"), where, depth), ".css")
        return self.files[url].file or None

    def asset(self, url: str) -> Iterator[str] | None:
        """A font or image as the pieces of a ``data:`` URI (a large one stays its URL: None)."""
        ext = PurePosixPath(urlsplit(url).path).suffix.lower()[:8]
        with _part(self.files_dir, ext) as part:
            got = self._fetch(url, "*/*", sink=part.write)
            if got is None:
                return None
            if got[1]:
                self.files[url].file = part.commit()
        path = self.files_dir / self.files[url].file
        size = path.stat().st_size
        if size > INLINE_LIMIT or size > self.budget:
            return None
        self.budget -= size
        mime = mimetypes.guess_type("x" + ext)[0] or _FONT_TYPES.get(ext, "application/octet-stream")
        return _data_uri(path, mime)

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
        key=lambda p: bool(p.get("tags")) + bool(p.get("featured_media")) + bool(p.get("categories")),
    )
    return str(best["link"])


def fetch_site_style(
    client: WordPressClient, folder: Path, *, now: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> SiteStyle:
    """Fetch the site's look again (conditional requests for what the last copy has) and keep it."""
    from editor_app.core.preview import FILE_SCHEME  # marking the post's places needs core.preview anyway

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
    root = site_page.parse(site_page.decode(page.body, page.content_type))
    del page  # its bytes: the tree has it all
    direction = (root.get("dir") or "ltr").lower()
    language = root.get("lang") or ""
    site_page.sanitize(root)
    fetcher = _Fetcher(client, folder, previous)
    head_parts: list[str] = []
    has_library = False
    global_css = ""
    parent_of = site_page.parents(root)
    for element in site_page.stylesheets(root):
        if element.tag == "link":
            href = element.get("href") or ""
            has_library = has_library or element.get("id") == "wp-block-library-css"
            name = fetcher.stylesheet(urljoin(page_url, href)) if href else None
            if name:
                element.set("href", FILE_SCHEME + name)
        else:
            text = element.text or ""
            if element.get("id") == "global-styles-inline-css":
                global_css = text
            parent = parent_of.get(element)
            if ("url(" in text or "@import" in text) and parent is not None:
                # Fonts inside would make the page heavy: the processed rules go to a file of their own.
                name = fetcher.store(fetcher.css(text, page_url, 0), ".css")
                attrs = {"rel": "stylesheet", "id": element.get("id") or "", "href": FILE_SCHEME + name}
                link = site_page.make_element("link", {k: v for k, v in attrs.items() if v})
                site_page.replace(parent, element, link)
                element = link
        head_parts.append(site_page.to_html(element))
    if not has_library:
        library = fetcher.stylesheet(site_page.block_library_url(root, page_url, home, direction == "rtl"))
        if library:
            link = site_page.make_element(
                "link",
                {"rel": "stylesheet", "id": "qalam-block-library-css", "href": FILE_SCHEME + library},
            )
            head = root.find("head")
            if head is not None:
                # Before the theme's own rules, as WordPress prints it: the theme overrides it.
                first = site_page.first_of(site_page.iter_tags(head, "link", "style"))
                site_page.insert_before(head if first is None else parent_of.get(first, head), first, link)
            head_parts.insert(0, site_page.to_html(link))
    date_format = site_page.mark_post(root)
    single = date_format is not None
    template = fetcher.store(site_page.document_html(root).encode("utf-8"), ".html") if single else None
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
    save_site_style(folder, style)
    log.info(
        "site style of %s: %d files, template %s, content width %s",
        home,
        len(style.files),
        "yes" if template else "no",
        style.content_size or "?",
    )
    return style
