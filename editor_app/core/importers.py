"""Turning a file a reporter hands in (.docx, .md, .html, .txt) into the fields of a new draft.

Importing never writes anything: :func:`import_file` reads, checks and converts, and returns an
:class:`ImportResult` (or raises :class:`~editor_app.errors.QalamError`). The caller creates the
draft only from a complete result, so a broken file leaves nothing half-made behind.

Hostile files are refused before they are parsed: files over :data:`MAX_FILE_BYTES`, zip
archives whose entries would unpack to more than :data:`MAX_UNPACKED_BYTES` (each entry is
read with a hard limit, so an archive that lies about its sizes is caught too), text that is
not valid in its declared encoding.

Images from Word files, data: URIs and image files beside a .md/.html file (inside its folder)
are kept as :class:`~editor_app.core.media.MediaItem` blobs; the body refers to them as
``<img src="qalam-media:ID">``.
"""

from __future__ import annotations

import html as html_lib
import io
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from editor_app.core import boilerplate
from editor_app.core.arabic_text import strip_bidi_controls
from editor_app.core.article import Article, Direction, new_id
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.import_formats import FORMATS
from editor_app.core.media import MediaItem
from editor_app.core.sha import sha256_hex
from editor_app.errors import QalamError

_CTX = "Import"

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Largest file accepted at all (a long article with photos is a few MB)."""
MAX_UNPACKED_BYTES = 120 * 1024 * 1024
"""Largest total a .docx may unpack to."""
MAX_ZIP_ENTRIES = 5000
MAX_IMAGE_BYTES = 25 * 1024 * 1024
MEDIA_SCHEME = "qalam-media:"



@dataclass
class ImportResult:
    """A draft-to-be: the article's fields, its images and what the boilerplate cleaner took out."""

    title: str = ""
    subtitle: str = ""
    body_html: str = ""
    excerpt: str = ""
    slug: str = ""
    language: str = "ar"
    direction: Direction = Direction.RTL
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    author: str = ""
    media: list[MediaItem] = field(default_factory=list)
    stripped: list[boilerplate.StrippedItem] = field(default_factory=list)
    source_name: str = ""
    source_format: str = ""
    warnings: list[UserMessage] = field(default_factory=list)
    cleaned: boilerplate.CleanResult | None = None
    image_sources: dict[str, str] = field(default_factory=dict)  # src in the file → qalam-media:ID
    source_sha256: str = ""  # of the file's bytes: the store remembers it to catch a second import

    def to_article(self, **changes: Any) -> Article:
        article = Article(
            title=self.title,
            subtitle=self.subtitle,
            body_html=self.body_html,
            excerpt=self.excerpt,
            slug=self.slug,
            language=self.language,
            direction=self.direction,
            categories=list(self.categories),
            tags=list(self.tags),
            author=self.author,
        )
        for item in self.media:
            item.article_id = article.id
        return article.copy(**changes) if changes else article

    def restore(self, indices: Iterable[int]) -> ImportResult:
        """Put stripped boilerplate (by :attr:`StrippedItem.index`) back into the body."""
        if self.cleaned is None:
            return self
        cleaned = self.cleaned.restore(indices)
        body = _replace_sources(_sanitize(cleaned.body_html, self.direction.value, detect=True),
                                self.image_sources)
        return replace(self, cleaned=cleaned, body_html=body, stripped=list(cleaned.stripped))


def _error(text: str, **args: str | int) -> QalamError:
    return QalamError(UserMessage(_CTX, text, dict(args)))


# --- the entry point -------------------------------------------------------------------------


def import_file(
    path: str | Path,
    *,
    rules: boilerplate.RuleSet | None = None,
    strip_boilerplate: bool | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    find_title: bool = True,
) -> ImportResult:
    """Read one file. ``strip_boilerplate`` defaults to on for .html and .txt, off for .docx and .md.

    ``find_title=False`` (the title is given elsewhere, e.g. ``qalam drafts new --title``): no paragraph
    is taken for a headline or standfirst; every paragraph of the file stays in the body.
    """
    path = Path(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise _error(
            QT_TRANSLATE_NOOP("Import", "{name}: Qalam imports .docx, .md, .html and .txt files."),
            name=path.name,
        )
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise _error(QT_TRANSLATE_NOOP("Import", "{name} is not a file."), name=path.name)
        if size > max_bytes:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Import", "{name} is too large to import ({size} MB; the limit is {limit} MB)."
                ),
                name=path.name, size=round(size / 1048576), limit=round(max_bytes / 1048576),
            )
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Import", "{name} cannot be read: {reason}"),
            name=path.name, reason=exc.strerror or str(exc),
        ) from exc
    if len(data) > max_bytes:  # grew while we looked
        raise _error(QT_TRANSLATE_NOOP("Import", "{name} is too large to import."), name=path.name)
    return import_bytes(data, kind, name=path.name, rules=rules, strip_boilerplate=strip_boilerplate,
                        base_dir=path.parent, find_title=find_title)


def import_bytes(
    data: bytes,
    kind: str,
    *,
    name: str = "",
    rules: boilerplate.RuleSet | None = None,
    strip_boilerplate: bool | None = None,
    base_dir: str | Path | None = None,
    find_title: bool = True,
) -> ImportResult:
    """Import file contents already in memory (drag and drop, clipboard); ``kind`` is docx/md/html/txt.

    Images given as data: URIs, or (with ``base_dir``) as relative paths to files under that folder,
    become media blobs; anything else keeps its address.
    """
    name = name or kind
    if strip_boilerplate is None:
        strip_boilerplate = kind in ("html", "txt")
    if kind == "docx":
        result = _import_docx(data, name, find_title)
    elif kind == "md":
        result = _import_markdown(_decode(data, name), name, find_title)
    elif kind == "html":
        result = _import_html(_decode(data, name, html=True), name, rules, strip_boilerplate, find_title)
    elif kind == "txt":
        result = _import_text(_decode(data, name), name, rules, strip_boilerplate, find_title)
    else:
        raise _error(QT_TRANSLATE_NOOP("Import", "{name}: unknown file type."), name=name)
    if kind in ("md", "html"):
        _attach_images(result, Path(base_dir) if base_dir is not None else None)
    if not result.title.strip() and not re.sub(r"<[^>]*>|\s", "", result.body_html.replace("<img", "x<")):
        raise _error(QT_TRANSLATE_NOOP("Import", "{name} has no text to import."), name=name)
    _strip_bidi_fields(result)
    result.source_name = name
    result.source_format = kind
    result.source_sha256 = sha256_hex(data)
    return result


def _strip_bidi_fields(result: ImportResult) -> None:
    """Embedding, override and isolate controls go from every field (the body is cleaned already)."""
    for name in ("title", "subtitle", "excerpt", "slug", "author"):
        setattr(result, name, strip_bidi_controls(getattr(result, name)))
    result.categories = [strip_bidi_controls(c) for c in result.categories]
    result.tags = [strip_bidi_controls(t) for t in result.tags]
    result.body_html = strip_bidi_controls(result.body_html)  # raw markup from the nh3 fallback too


def import_text(text: str, *, html: bool = False, rules: boilerplate.RuleSet | None = None) -> ImportResult:
    """A paste or drop of text/HTML copied from a page, cleaned of boilerplate."""
    if html:
        return _import_html(text, "clipboard", rules, True)
    return _import_text(text, "clipboard", rules, True)


# --- decoding --------------------------------------------------------------------------------

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def _decode(data: bytes, name: str, *, html: bool = False) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        encoding, data = "utf-8", data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if html:
            match = _CHARSET_RE.search(data[:4096])
            if match:
                encoding = match.group(1).decode("ascii", "replace").lower()
    try:
        text = data.decode(encoding)
    except LookupError:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _bad_text(name, exc) from exc
    except UnicodeDecodeError as exc:
        raise _bad_text(name, exc) from exc
    if "\x00" in text:
        raise _error(QT_TRANSLATE_NOOP("Import", "{name} is not a text file."), name=name)
    return text


def _bad_text(name: str, exc: UnicodeDecodeError) -> QalamError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Import",
            "{name} is not valid {encoding} text (at byte {offset}). Save it as UTF-8 and import it again.",
        ),
        name=name, encoding=exc.encoding.upper(), offset=exc.start,
    )


# --- cleaning --------------------------------------------------------------------------------


def _sanitize(markup: str, base_direction: str, *, detect: bool) -> str:
    """The body model from editor_app.core.html_clean when present, else a minimal nh3 allowlist."""
    try:
        from editor_app.core import html_clean
    except ImportError:
        return _nh3_clean(markup)
    return html_clean.clean_blocks(markup, base_direction, detect_direction=detect).html


_NH3_TAGS = {"p", "h2", "h3", "blockquote", "ul", "ol", "li", "figure", "figcaption", "hr",
             "strong", "em", "a", "br", "img"}


def _nh3_clean(markup: str) -> str:
    import nh3

    markup = re.sub(r"<(/?)h1\b", r"<\1h2", markup)
    markup = re.sub(r"<(/?)h[4-6]\b", r"<\1h3", markup)
    return str(nh3.clean(
        markup,
        tags=_NH3_TAGS,
        attributes={"a": {"href"}, "img": {"src", "alt"}, "p": {"dir"}, "h2": {"dir"}, "h3": {"dir"},
                    "li": {"dir"}},
        url_schemes={"http", "https", "mailto", "qalam-media"},
        link_rel=None,
        strip_comments=True,
    ))


_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f]")


def guess_language(text: str) -> tuple[str, Direction]:
    """Arabic when Arabic letters are at least as many as Latin ones."""
    sample = text[:20000]
    arabic = len(_ARABIC_RE.findall(sample))
    latin = len(_LATIN_RE.findall(sample))
    if arabic >= latin and arabic:
        return "ar", Direction.RTL
    if latin:
        return "en", Direction.LTR
    return "ar", Direction.RTL


def _plain(markup: str) -> str:
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", markup))


# --- images in Markdown and HTML -------------------------------------------------------------

_IMG_SRC_RE = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)(")')
_DATA_URI_RE = re.compile(r"^data:(image/[a-z0-9.+-]+);base64,(.*)$", re.IGNORECASE | re.DOTALL)
_IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
                ".webp": "image/webp", ".svg": "image/svg+xml"}


def _replace_sources(body: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return body
    return _IMG_SRC_RE.sub(lambda m: m.group(1) + html_lib.escape(mapping.get(html_lib.unescape(m.group(2)),
                                                                                html_lib.unescape(m.group(2))))
                           + m.group(3), body)


def _image_blob(src: str, base_dir: Path | None) -> tuple[bytes, str, str] | None:
    """(bytes, mime, file name) for a data: URI or a relative path under ``base_dir``; None otherwise."""
    import base64
    import binascii
    from urllib.parse import unquote, urlsplit

    match = _DATA_URI_RE.match(src)
    if match:
        payload = match.group(2)
        if len(payload) * 3 // 4 > MAX_IMAGE_BYTES:
            return None
        try:
            data = base64.b64decode(payload, validate=False)
        except (binascii.Error, ValueError):
            return None
        mime = match.group(1).lower()
        return data, mime, "image." + mime.rsplit("/", 1)[-1].replace("jpeg", "jpg").replace("svg+xml", "svg")
    parts = urlsplit(src)
    if base_dir is None or parts.scheme or parts.netloc or not parts.path:
        return None
    root = base_dir.resolve()
    try:
        target = (root / unquote(parts.path)).resolve()
        if not target.is_relative_to(root) or target.suffix.lower() not in _IMAGE_TYPES:
            return None  # only images inside the document's own folder
        if not target.is_file() or target.stat().st_size > MAX_IMAGE_BYTES:
            return None
        return target.read_bytes(), _IMAGE_TYPES[target.suffix.lower()], target.name
    except OSError:
        return None


def _attach_images(result: ImportResult, base_dir: Path | None) -> None:
    mapping: dict[str, str] = {}
    for match in _IMG_SRC_RE.finditer(result.body_html):
        src = html_lib.unescape(match.group(2))
        if src in mapping or src.startswith(MEDIA_SCHEME):
            continue
        blob = _image_blob(src, base_dir)
        if blob is None:
            continue
        data, mime, filename = blob
        item = MediaItem(id=new_id(), sha256=sha256_hex(data), mime=mime, filename=filename,
                         size=len(data), data=data)
        result.media.append(item)
        mapping[src] = MEDIA_SCHEME + item.id
    if mapping:
        result.image_sources = mapping
        result.body_html = _replace_sources(result.body_html, mapping)
        alts = dict(re.findall(r'src="qalam-media:([^"]+)" alt="([^"]*)"', result.body_html))
        for item in result.media:
            if not item.alt and alts.get(item.id):
                item.alt = html_lib.unescape(alts[item.id])


# --- .txt and .html --------------------------------------------------------------------------


def _from_clean(cleaned: boilerplate.CleanResult, *, stripping: bool,
                find_title: bool = True) -> ImportResult:
    if not find_title:
        # The title comes from elsewhere: no block is taken for a headline or standfirst.
        back = {i for i in (cleaned.title_index, cleaned.subtitle_index) if i is not None}
        cleaned = replace(cleaned, title="", title_index=None, subtitle="", subtitle_index=None,
                          body=tuple(sorted({*cleaned.body, *back})))
    if not stripping:
        # Without the cleaner every block is body; the headline is still found (unless find_title is off).
        skip = (cleaned.title_index, cleaned.subtitle_index)
        body = tuple(b.index for b in cleaned.blocks if b.index not in skip)
        cleaned = replace(cleaned, body=body, stripped=(), category="", category_index=None)
    language, direction = guess_language(cleaned.title + " " + cleaned.body_text)
    return ImportResult(
        title=cleaned.title,
        subtitle=cleaned.subtitle,
        body_html=_sanitize(cleaned.body_html, direction.value, detect=True),
        excerpt=cleaned.excerpt,
        language=language,
        direction=direction,
        categories=[cleaned.category] if cleaned.category else [],
        tags=list(cleaned.tags),
        stripped=list(cleaned.stripped),
        cleaned=cleaned,
    )


def _import_text(text: str, name: str, rules: boilerplate.RuleSet | None, strip: bool,
                 find_title: bool = True) -> ImportResult:
    del name
    return _from_clean(boilerplate.clean_text(text, rules), stripping=strip, find_title=find_title)


def _import_html(text: str, name: str, rules: boilerplate.RuleSet | None, strip: bool,
                 find_title: bool = True) -> ImportResult:
    del name
    return _from_clean(boilerplate.clean_html(text, rules), stripping=strip, find_title=find_title)


# --- .md -------------------------------------------------------------------------------------

_FRONT_RE = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace('\\"', '"') if value[0] == '"' else inner.replace("''", "'")
    return value


def parse_front_matter(text: str) -> tuple[dict[str, str | list[str]], str]:
    """A YAML-like ``---`` block of ``key: value`` lines (lists as ``[a, b]`` or ``- a`` lines)."""
    match = _FRONT_RE.match(text)
    if not match:
        return {}, text
    meta: dict[str, str | list[str]] = {}
    key: str | None = None
    for raw in match.group(1).splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = re.match(r"^\s+-\s+(.*)$|^-\s+(.*)$", line)
        if item and key is not None:
            current = meta.get(key)
            values = current if isinstance(current, list) else ([current] if current else [])
            values.append(_unquote(item.group(1) or item.group(2) or ""))
            meta[key] = values
            continue
        if ":" not in line:
            continue
        key, _, value = line.partition(":")
        key = key.strip().lower()
        value = value.strip()
        if value.startswith("[") and value.endswith("]"):
            meta[key] = [_unquote(v) for v in re.split(r"[,،]", value[1:-1]) if v.strip()]
        else:
            meta[key] = _unquote(value)
    return meta, text[match.end():]


def _as_list(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [v for v in value if v]
    return [v.strip() for v in re.split(r"[,،]", value) if v.strip()]


def _as_text(value: str | list[str] | None) -> str:
    if value is None:
        return ""
    return ", ".join(value) if isinstance(value, list) else value


def _import_markdown(text: str, name: str, find_title: bool = True) -> ImportResult:
    import markdown

    del name
    meta, body = parse_front_matter(text)
    title = _as_text(meta.get("title")) if find_title else ""
    if not title and find_title:
        heading = re.match(r"\A\s*#\s+(.+?)\s*#*\s*(?:\n|\Z)", body)
        if heading:
            title = heading.group(1).strip()
            body = body[heading.end():]
    rendered = markdown.markdown(body, extensions=["extra", "sane_lists"], output_format="html")
    language = _as_text(meta.get("language") or meta.get("lang"))
    direction_value = _as_text(meta.get("direction") or meta.get("dir")).lower()
    guessed_lang, guessed_dir = guess_language(title + " " + _plain(rendered))
    direction = Direction(direction_value) if direction_value in ("rtl", "ltr") else guessed_dir
    return ImportResult(
        title=title,
        subtitle=_as_text(meta.get("subtitle")) if find_title else "",
        body_html=_sanitize(rendered, direction.value, detect=True),
        excerpt=_as_text(meta.get("excerpt") or meta.get("description") or meta.get("summary")),
        slug=_as_text(meta.get("slug")),
        language=language or guessed_lang,
        direction=direction,
        categories=_as_list(meta.get("categories") or meta.get("category")),
        tags=_as_list(meta.get("tags")),
        author=_as_text(meta.get("author")),
    )


# --- .docx -----------------------------------------------------------------------------------


def _broken_docx(name: str) -> QalamError:
    return _error(
        QT_TRANSLATE_NOOP("Import", "{name} is damaged or is not a Word document (.docx)."), name=name
    )


def _too_big_docx(name: str) -> QalamError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Import", "{name} unpacks to more than {limit} MB; it may be a zip bomb, so it was not imported."
        ),
        name=name, limit=MAX_UNPACKED_BYTES // 1048576,
    )


def read_zip_safely(data: bytes, name: str) -> dict[str, bytes]:
    """Every entry of a zip archive, refusing archives that unpack to too much (sizes checked first)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise _broken_docx(name) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise _too_big_docx(name)
        if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
            raise _too_big_docx(name)
        entries: dict[str, bytes] = {}
        budget = MAX_UNPACKED_BYTES
        for info in infos:
            if info.is_dir():
                continue
            try:
                with archive.open(info) as member:
                    # Never trust the declared size: read at most what is left of the budget.
                    content = member.read(min(budget, info.file_size) + 1)
            except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
                raise _broken_docx(name) from exc
            if len(content) > info.file_size:
                raise _too_big_docx(name)
            budget -= len(content)
            entries[info.filename] = content
    return entries


def _rezip(entries: dict[str, bytes]) -> io.BytesIO:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for entry, content in entries.items():
            archive.writestr(entry, content)
    out.seek(0)
    return out


_CORE_TITLE_RE = re.compile(rb"<dc:title>(.*?)</dc:title>", re.DOTALL)
_CORE_CREATOR_RE = re.compile(rb"<dc:creator>(.*?)</dc:creator>", re.DOTALL)
_CORE_KEYWORDS_RE = re.compile(rb"<cp:keywords>(.*?)</cp:keywords>", re.DOTALL)
_CORE_DESCRIPTION_RE = re.compile(rb"<dc:description>(.*?)</dc:description>", re.DOTALL)
_CORE_CATEGORY_RE = re.compile(rb"<cp:category>(.*?)</cp:category>", re.DOTALL)


def _core_property(core: bytes, pattern: re.Pattern[bytes]) -> str:
    match = pattern.search(core)
    if not match:
        return ""
    return html_lib.unescape(match.group(1).decode("utf-8", "replace")).strip()


_STYLE_MAP = """
p[style-name='Title'] => h1.qalam-title:fresh
p[style-name='Subtitle'] => p.qalam-subtitle:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
"""


def _import_docx(data: bytes, name: str, find_title: bool = True) -> ImportResult:
    import mammoth

    entries = read_zip_safely(data, name)
    if "word/document.xml" not in entries:
        raise _broken_docx(name)
    media: list[MediaItem] = []

    def convert_image(image: Any) -> dict[str, str]:
        with image.open() as fh:
            blob = fh.read(MAX_IMAGE_BYTES + 1)
        if len(blob) > MAX_IMAGE_BYTES:
            return {}
        mime = str(image.content_type or "application/octet-stream")
        ext = mime.rsplit("/", 1)[-1].replace("jpeg", "jpg").replace("svg+xml", "svg")
        item = MediaItem(
            id=new_id(),
            sha256=sha256_hex(blob),
            mime=mime,
            filename=f"image{len(media) + 1}.{ext}",
            alt=str(image.alt_text or "").strip(),
            size=len(blob),
            data=blob,
        )
        media.append(item)
        return {"src": MEDIA_SCHEME + item.id, "alt": item.alt}

    try:
        converted = mammoth.convert_to_html(
            _rezip(entries),
            style_map=_STYLE_MAP,
            convert_image=mammoth.images.img_element(convert_image),
        )
    except QalamError:
        raise
    except Exception as exc:  # any parser failure means a damaged file
        raise _broken_docx(name) from exc
    markup = str(converted.value)
    title = ""
    subtitle = ""
    match = re.search(r'<h1 class="qalam-title">(.*?)</h1>', markup, re.DOTALL) if find_title else None
    if match:
        title = _plain(match.group(1)).strip()
        markup = markup[:match.start()] + markup[match.end():]
    match = re.search(r'<p class="qalam-subtitle">(.*?)</p>', markup, re.DOTALL) if find_title else None
    if match:
        subtitle = _plain(match.group(1)).strip()
        markup = markup[:match.start()] + markup[match.end():]
    if not title and find_title:
        match = re.match(r"\s*<h1>(.*?)</h1>", markup, re.DOTALL)
        if match:
            title = _plain(match.group(1)).strip()
            markup = markup[match.end():]
    core = entries.get("docProps/core.xml", b"")
    if not title and find_title:
        title = _core_property(core, _CORE_TITLE_RE)
    language, direction = guess_language(title + " " + _plain(markup))
    keywords = _core_property(core, _CORE_KEYWORDS_RE)
    category = _core_property(core, _CORE_CATEGORY_RE)
    body = _sanitize(markup, direction.value, detect=True)
    used = set(re.findall(r'src="qalam-media:([^"]+)"', body))
    return ImportResult(
        title=" ".join(title.split()),
        subtitle=" ".join(subtitle.split()),
        body_html=body,
        excerpt=_core_property(core, _CORE_DESCRIPTION_RE),
        language=language,
        direction=direction,
        categories=[category] if category else [],
        tags=[t.strip() for t in re.split(r"[,،;]", keywords) if t.strip()],
        author=_core_property(core, _CORE_CREATOR_RE),
        media=[m for m in media if m.id in used],
    )


ImportFn = Callable[[str | Path], ImportResult]


# --- storing ---------------------------------------------------------------------------------


def store_imports(store: Any, results: Iterable[ImportResult], note: str = "import") -> list[Article]:
    """Create one draft per result, with its images; all or nothing.

    ``store`` is the draft store (``create``, ``save``, ``add_media``, ``purge``; storage.DraftStore).
    Images get the store's media ids and the body's ``qalam-media:`` references follow. If anything
    fails, the drafts created so far are purged again and the error is raised. Each draft remembers
    the file it came from (``remember_import``), so importing it again can say which draft holds it.
    """
    created: list[Article] = []
    remember = getattr(store, "remember_import", None)
    try:
        for result in results:
            article = result.to_article()
            if not result.media:
                created.append(store.create(article, note=note))
                if remember is not None and result.source_sha256:
                    remember(article.id, result.source_sha256, result.source_name)
                continue
            # Media rows point at their draft, so the draft comes first, then its images.
            created.append(store.create(article.copy(body_html=""), note=note))
            if remember is not None and result.source_sha256:
                remember(article.id, result.source_sha256, result.source_name)
            mapping: dict[str, str] = {}
            for item in result.media:
                stored = store.add_media(data=item.data, mime=item.mime, filename=item.filename, alt=item.alt,
                                         article_id=article.id)
                mapping[MEDIA_SCHEME + item.id] = MEDIA_SCHEME + str(stored.id)
            article = article.copy(body_html=_replace_sources(article.body_html, mapping))
            store.save(article, note=note)
            created[-1] = article
    except BaseException:
        for done in created:
            try:
                store.purge(done.id)
            except Exception:  # best effort: the original error matters more
                pass
        raise
    return created
