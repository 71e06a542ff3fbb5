"""The article as the site will show it: a single-post page of the site's own theme with this article in it.

The page comes from ``publish/site_style.py``: a real single-post page of the site, fetched once (on
``qalam sync`` or on demand) and kept in the data folder, with its stylesheets and fonts, stripped of
scripts and of what belonged to the other post. The places that post filled are marked
``data-qalam="title|content|date|author|categories|tags|featured"``; :func:`render_preview` fills them
with this article (title, body, date, byline, terms, featured image) and gives the title and the body
the article's own direction and language. Without a page from the site (never fetched, or a theme whose
single-post page could not be read), a plain page in WordPress's own class names carries the site's
stylesheets, if any, and a readable fallback.

The body is the block markup Qalam publishes for the article (``core/blocks.post_content``): the same
wrapper elements and class names the theme styles on the site. Nothing here runs PHP or plugins: what a
theme computes per post (related posts, widgets, shortcodes, embeds, wpautop, filters) is not reproduced.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from editor_app.core.article import Article
from editor_app.core.exporters import FONT_FAMILIES, MEDIA_SCHEME, MediaLookup, media_src

FILE_SCHEME = "qalam-file:"  # a file of the site's cached style, resolved when the page is written
_FILE_RE = re.compile(r"qalam-file:([A-Za-z0-9._-]+)")
MARK = "data-qalam"
MONTHS = {
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
           "نوفمبر", "ديسمبر"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


@dataclass(frozen=True)
class PreviewStyle:
    """A site's look, as kept in the data folder."""

    template_html: str | None  # a single-post page with data-qalam marks; None: use the plain page
    head_html: str = ""  # the site's stylesheets and inline styles, for the plain page
    direction: str = "ltr"  # the site's (<html dir>)
    language: str = ""  # the site's (<html lang>)
    content_size: str = ""  # the theme's content width (theme.json / global styles), when it says
    date_format: str = ""  # how the site writes a post's date ("{j} {F}, {Y}"), learnt from its page
    fetched_at: datetime | None = None
    site_name: str = ""
    file_uri: Callable[[str], str] = field(default=lambda name: name)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def format_date(moment: datetime, language: str, pattern: str = "") -> str:
    """As the site writes a date: ``pattern`` (see :func:`date_pattern`), else WordPress's default
    ``F j, Y``, month names in the site's language."""
    months = MONTHS["ar" if language.lower().startswith("ar") else "en"]
    values = {
        "F": months[moment.month - 1],
        "j": str(moment.day),
        "d": f"{moment.day:02d}",
        "n": str(moment.month),
        "m": f"{moment.month:02d}",
        "Y": str(moment.year),
    }
    try:
        return (pattern or "{F} {j}, {Y}").format(**values)
    except (KeyError, IndexError, ValueError):
        return f"{values['F']} {values['j']}, {values['Y']}"


def date_pattern(text: str, moment: datetime) -> str:
    """The pattern of a date as a page shows it (``6 ديسمبر, 2026`` for 2026-12-06 → ``{j} {F}, {Y}``),
    or "" when the text is not recognisably that date."""
    pattern = text.strip().replace("{", "{{").replace("}", "}}")
    year = re.subn(rf"(?<!\d){moment.year}(?!\d)", "{Y}", pattern, count=1)
    if not year[1]:
        return ""
    pattern = year[0]
    for names in MONTHS.values():
        if names[moment.month - 1] in pattern:
            pattern = pattern.replace(names[moment.month - 1], "{F}", 1)
            break
    padded = moment.day < 10 and re.search(rf"(?<!\d)0{moment.day}(?!\d)", pattern) is not None
    day = f"0{moment.day}" if padded else str(moment.day)
    pattern, found = re.subn(rf"(?<!\d){day}(?!\d)", "{d}" if padded else "{j}", pattern, count=1)
    if not found:
        return ""
    if "{F}" not in pattern:
        two = f"{moment.month:02d}"
        month = re.subn(rf"(?<!\d){two}(?!\d)", "{m}", pattern, count=1)
        if not month[1]:
            month = re.subn(rf"(?<!\d){moment.month}(?!\d)", "{n}", pattern, count=1)
        if not month[1]:
            return ""
        pattern = month[0]
    return pattern


def site_markup(article: Article, site_direction: str = "") -> str:
    """The body as the site will hold it: the block markup Qalam publishes (core/blocks.py), whose wrapper
    elements and class names (``wp-block-quote``, ``wp-block-table``…) are what the theme styles.
    WordPress prints a static block's HTML as it is; the comment delimiters are harmless in a page.
    ``site_direction`` (Site.text_direction): the paragraphs get the same ``dir`` as when published there."""
    from editor_app.core.blocks import post_content

    try:
        return post_content(article.body_html, direction=article.direction.value,
                            site_direction=site_direction)
    except Exception:  # a body the block writer cannot read: show it as stored rather than nothing
        return article.body_html


def _body_fragments(body_html: str, media: MediaLookup | None) -> list[Any]:
    import lxml.html

    if not body_html.strip():
        return []
    try:
        parts = list(lxml.html.fragments_fromstring(body_html))
    except Exception:  # lxml refuses some odd fragments; wrap them
        parts = [lxml.html.fragment_fromstring(body_html, create_parent="div")]
    kept: list[Any] = []
    for part in parts:
        if isinstance(part, str):
            kept.append(part)
            continue
        if part.tag == "script":
            continue
        # The page opens from a file on this computer: no script of a pasted or pulled post runs there
        # (on the site, the theme would run it; a preview need not).
        for element in list(part.iter("script")):
            element.drop_tree()
        for element in part.iter():
            if not isinstance(element.tag, str):
                continue
            for attr in list(element.attrib):
                value = (element.get(attr) or "").strip().lower()
                if attr.lower().startswith("on") or value.startswith("javascript:"):
                    del element.attrib[attr]
        for img in part.iter("img"):
            src = img.get("src") or ""
            if src.startswith(MEDIA_SCHEME):
                img.set("src", media_src(src, media))
        kept.append(part)
    return kept


def _fill(element: Any, parts: list[Any]) -> None:
    """Replace what ``element`` holds with ``parts`` (strings and elements, as lxml gives fragments)."""
    for child in list(element):
        element.remove(child)
    element.text = None
    last: Any = None
    for part in parts:
        if isinstance(part, str):
            if last is None:
                element.text = (element.text or "") + part
            else:
                last.tail = (last.tail or "") + part
            continue
        element.append(part)
        last = part


def _set_text(element: Any, text: str) -> None:
    for child in list(element):
        element.remove(child)
    element.text = text


def _terms(names: list[str]) -> list[Any]:
    import lxml.html

    parts: list[Any] = []
    for i, name in enumerate(names):
        if i:
            parts.append(", ")
        link = lxml.html.Element("a")
        link.set("rel", "tag")
        link.text = name
        parts.append(link)
    return parts


def _featured(article: Article, media: MediaLookup | None) -> list[Any]:
    import lxml.html

    ref = article.featured_media_id or ""
    if not ref or ref.isdigit() or media is None:
        return []
    item = media(ref)
    if item is None or item.data is None:
        return []
    img = lxml.html.Element("img")
    img.set("src", media_src(MEDIA_SCHEME + ref, media))
    img.set("alt", item.alt or "")
    img.set("style", "width:100%;height:100%;object-fit:cover;")
    return [img]


def _drop(element: Any) -> None:
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:  # keep the text that followed it
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _article_attrs(element: Any, article: Article, direction: str = "") -> None:
    element.set("dir", direction or article.direction.value)
    element.set("lang", article.language or "ar")


def _fill_template(
    template: str, article: Article, style: PreviewStyle, media: MediaLookup | None, when: datetime,
    site_direction: str = "",
) -> Any:
    import lxml.html

    doc = lxml.html.document_fromstring(template)
    marked: dict[str, list[Any]] = {}
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        mark = element.get(MARK)
        if mark:
            marked.setdefault(mark, []).append(element)
            del element.attrib[MARK]
    for element in marked.get("title", []):
        _set_text(element, article.title)
        _article_attrs(element, article)
    for element in marked.get("content", []):
        _fill(element, _body_fragments(site_markup(article, site_direction), media))
        # Where the site's direction is known the content keeps it, as on the site: the paragraphs that
        # differ carry their own dir in the block markup, exactly as published.
        _article_attrs(element, article, site_direction)
    for element in marked.get("date", []):
        time = lxml.html.Element("time")
        time.set("datetime", when.isoformat(timespec="seconds"))
        time.text = format_date(when, style.language, style.date_format)
        _fill(element, [time])
    for name, values in (
        ("author", [article.author] if article.author else []),
        ("categories", article.categories),
        ("tags", article.tags),
    ):
        for element in marked.get(name, []):
            if not values:
                _drop(element)
            elif name == "author":
                _set_text(element, values[0])
            else:
                _fill(element, _terms(values))
    image = _featured(article, media)
    for element in marked.get("featured", []):
        if image:
            _fill(element, image)
        else:
            _drop(element)
    return doc


def _plain_page(article: Article, style: PreviewStyle | None) -> str:
    """WordPress's own markup for a single post (the classes every theme styles), with the site's styles."""
    fonts = ", ".join(f'"{f}"' for f in FONT_FAMILIES)
    width = (style.content_size if style is not None else "") or "650px"
    fallback = (
        # Only what the site's own stylesheets do not say: a readable page without them.
        ":where(body){margin:0;font-family:" + fonts + ",serif;line-height:1.7}"
        ":where(.is-layout-constrained)>*{max-width:var(--wp--style--global--content-size," + width + ");"
        "margin-inline:auto}:where(.has-global-padding){padding-inline:1.5rem}"
        ":where(img){max-width:100%;height:auto}"
    )
    head = style.head_html if style is not None else ""
    direction = style.direction if style is not None and head else article.direction.value
    page = (
        f'<!DOCTYPE html><html dir="{_esc(direction)}" lang="{_esc(article.language or "ar")}"><head>'
        '<meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
        f"<style>{fallback}</style></head>"
        '<body class="post-template-default single single-post single-format-standard wp-embed-responsive">'
        '<div class="wp-site-blocks"><main class="wp-block-group site-main"><article class="post hentry">'
        '<div class="has-global-padding is-layout-constrained wp-block-group">'
        f'<h1 class="wp-block-post-title entry-title" {MARK}="title"></h1></div>'
        f'<div class="has-global-padding is-layout-constrained entry-content wp-block-post-content" '
        f'{MARK}="content"></div></article></main></div></body></html>'
    )
    return page


def render_preview(
    article: Article,
    style: PreviewStyle | None,
    *,
    media: MediaLookup | None = None,
    when: datetime | None = None,
    site_direction: str = "",
) -> str:
    """The whole preview page (HTML text, UTF-8 declared). ``when``: the date shown (default: the schedule,
    else now); ``media``: local images (``qalam-media:ID``) become data URIs; ``site_direction``: the
    direction the site shows articles in (paragraphs that differ carry ``dir``, as when published)."""
    import lxml.html

    moment = when or article.scheduled_at or datetime.now(UTC)
    template = (style.template_html if style is not None else None) or _plain_page(article, style)
    doc = _fill_template(template, article, style or PreviewStyle(None), media, moment, site_direction)
    head = doc.find("head")
    if head is not None:
        title = head.find("title")
        if title is None:
            title = lxml.html.Element("title")
            head.append(title)
        title.text = article.title
        if head.find("meta[@charset]") is None:
            meta = lxml.html.Element("meta")
            meta.set("charset", "utf-8")
            head.insert(0, meta)
        head.insert(1, lxml.html.fragment_fromstring('<meta name="generator" content="Qalam preview">'))
    text = str(lxml.html.tostring(doc, encoding="unicode", doctype="<!DOCTYPE html>"))
    if style is not None:
        # file_uri gives percent-encoded URIs (no quotes, no &): safe in attributes and in CSS alike.
        text = _FILE_RE.sub(lambda m: style.file_uri(m.group(1)), text)
    return text
