"""A site's single-post page made into the preview's template (for :mod:`editor_app.publish.site_style`).

The page is read into a plain tree of :mod:`xml.etree.ElementTree` elements by the standard library's HTML
tokenizer, with the few HTML rules theme pages need (void elements, the ends a start implies, stray end
tags ignored), and written back with ElementTree's HTML serializer. lxml would do it too, but it weighs
~4 MB of a ``qalam sync`` process that has no other use for it (core/preview.py renders with lxml later,
in ``qalam preview`` and the window).

What is done to the page: scripts, frames, event handlers, ``javascript:`` links and metadata other than
the viewport go (:func:`sanitize`); what belonged to the sample post (title, text, date, byline, terms,
featured image, comments, next/previous links) is emptied or removed and its places are marked with
:data:`~editor_app.core.preview.MARK` for :func:`editor_app.core.preview.render_preview` (:func:`mark_post`).
core.preview (the exporters and the HTML model with it) is imported only there.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import urljoin

Element = ET.Element

VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Elements a <p> start closes (HTML's "close a p element" rule, for the elements theme pages use).
_CLOSES_P = frozenset(
    "address article aside blockquote details div dl fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul".split()
)
# A start of the key closes an open element of the first set, unless one of the second is met first.
_IMPLIED_END: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol", "menu"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "option": (frozenset({"option"}), frozenset({"select", "datalist"})),
    "tr": (frozenset({"tr", "td", "th"}), frozenset({"table", "thead", "tbody", "tfoot"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
}
_P_SCOPE = frozenset({"button", "table", "td", "th", "caption", "template", "html"})
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

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


class _TreeBuilder(HTMLParser):
    """HTML tokens into an ElementTree, the document's ``<html>`` element as the root."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = ET.Element("html")
        self.stack: list[Element] = [self.root]
        self.seen_html = False

    def _close_until(self, index: int) -> None:
        del self.stack[max(index, 1) :]

    def _open_index(self, tags: frozenset[str], scope: frozenset[str]) -> int | None:
        for index in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[index].tag
            if tag in tags:
                return index
            if tag in scope:
                return None
        return None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values: dict[str, str] = {}
        for name, value in attrs:
            values.setdefault(name, value or "")  # the first of a repeated attribute counts, as in HTML
        if tag == "html":
            if not self.seen_html:
                self.seen_html = True
                self.root.attrib.update(values)
            return
        if tag in ("head", "body"):
            self._close_until(1)  # a page that leaves its <head> open
        if tag in _CLOSES_P:
            index = self._open_index(frozenset({"p"}), _P_SCOPE)
            if index is not None:
                self._close_until(index)
        rule = _IMPLIED_END.get(tag)
        if rule is not None:
            index = self._open_index(*rule)
            if index is not None:
                self._close_until(index)
        element = ET.SubElement(self.stack[-1], tag, values)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and tag != "html":  # <div/> in a page: an empty element (as in SVG)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or tag == "html":
            return
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                self._close_until(index)
                return
        # A stray end tag: ignored, as browsers do.

    def handle_data(self, data: str) -> None:
        current = self.stack[-1]
        if len(current):
            last = current[-1]
            last.tail = (last.tail or "") + data
        else:
            current.text = (current.text or "") + data


def decode(body: bytes, content_type: str = "") -> str:
    """The page's text: the charset the server or the page names, else UTF-8 (WordPress's own)."""
    declared = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
    meta = _CHARSET.search(body[:4096]) if declared is None else None
    charset = declared.group(1) if declared else meta.group(1).decode("ascii") if meta else "utf-8"
    try:
        return body.decode(charset, "replace")
    except LookupError:
        return body.decode("utf-8", "replace")


def parse(text: str) -> Element:
    """The page as a tree: its ``<html>`` element (made when the page has none)."""
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


def to_html(element: Element, *, with_tail: bool = False) -> str:
    tail = element.tail
    if not with_tail:
        element.tail = None
    try:
        return ET.tostring(element, encoding="unicode", method="html")
    finally:
        element.tail = tail


def document_html(root: Element) -> str:
    return "<!DOCTYPE html>\n" + to_html(root)


def make_element(tag: str, attrs: dict[str, str]) -> Element:
    return ET.Element(tag, attrs)


def iter_tags(root: Element, *tags: str) -> Iterator[Element]:
    """The elements named ``tags``, in document order."""
    wanted = frozenset(tags)
    return (element for element in root.iter() if element.tag in wanted)


def text_content(element: Element) -> str:
    return "".join(element.itertext())


def parents(root: Element) -> dict[Element, Element]:
    return {child: parent for parent in root.iter() for child in parent}


def drop_tree(element: Element, parent: Element | None) -> None:
    """Remove ``element`` with what it holds; the text after it stays where it was."""
    if parent is None:
        return
    children = list(parent)
    if element not in children:
        return  # already gone with an ancestor
    index = children.index(element)
    if element.tail:
        if index > 0:
            before = children[index - 1]
            before.tail = (before.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def replace(parent: Element, old: Element, new: Element) -> None:
    new.tail = old.tail
    parent[list(parent).index(old)] = new


def insert_before(parent: Element, before: Element | None, new: Element) -> None:
    if before is None:
        parent.append(new)
    else:
        parent.insert(list(parent).index(before), new)


def _classes(element: Element) -> set[str]:
    return set((element.get("class") or "").split())


def _find(root: Element, classes: frozenset[str]) -> Element | None:
    return next((element for element in root.iter() if _classes(element) & classes), None)


def _empty(element: Element) -> None:
    for child in list(element):
        element.remove(child)
    element.text = None


def sanitize(root: Element) -> None:
    """No scripts, frames, handlers or javascript: links; only stylesheet links and harmless metadata."""
    parent_of = parents(root)
    for element in list(root.iter()):
        tag = element.tag.lower()
        if tag in _DROP_TAGS:
            drop_tree(element, parent_of.get(element))
            continue
        if tag == "link":
            rel = (element.get("rel") or "").lower().split()
            as_style = "preload" in rel and (element.get("as") or "").lower() == "style"
            if "stylesheet" not in rel and not as_style:
                drop_tree(element, parent_of.get(element))
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
                drop_tree(element, parent_of.get(element))
                continue
        for attr in list(element.attrib):
            value = element.get(attr) or ""
            if attr.lower().startswith("on") or value.strip().lower().startswith("javascript:"):
                del element.attrib[attr]


def _date_format(scope: Element) -> str:
    """How the page writes its post's date (``{j} {F}, {Y}``…), from the date block's ``<time datetime>``."""
    from editor_app.core.preview import date_pattern

    for element in scope.iter("time"):
        stamp, text = element.get("datetime") or "", text_content(element)
        try:
            moment = datetime.fromisoformat(stamp)
        except ValueError:
            continue
        pattern = date_pattern(text, moment)
        if pattern:
            return pattern
    return ""


def mark_post(root: Element) -> str | None:
    """Empty what the sample post filled and mark its places; returns the page's date format ("" when
    unknown), or None when the page shows no single post."""
    from editor_app.core.preview import MARK

    body = root.find("body")
    if body is None:
        return None
    main = body.find(".//main")
    scope = main if main is not None else body
    title, content = _find(scope, _TITLE), _find(scope, _CONTENT)
    if title is None or content is None:
        return None
    date_format = ""
    for element in scope.iter():
        if _classes(element) & _MARKS[0][1]:
            date_format = _date_format(element)
            if date_format:
                break
    for element, name in ((title, "title"), (content, "content")):
        _empty(element)
        element.set(MARK, name)
    for name, classes in _MARKS:
        for element in list(scope.iter()):
            if _classes(element) & classes and not element.get(MARK):
                element.set(MARK, name)
                _empty(element)  # the sample post's date, byline, terms, image
    parent_of = parents(root)
    for element in list(scope.iter()):
        if not element.get(MARK) and _classes(element) & _DROP:
            drop_tree(element, parent_of.get(element))
    for element in list(body.iter()):
        if element.get("id") in ("comments", "respond"):
            drop_tree(element, parent_of.get(element))
    return date_format


def block_library_url(root: Element, page_url: str, home: str, rtl: bool) -> str:
    """WordPress's full block stylesheet, from the same place the page loads WordPress's files from."""
    base = ""
    for element in iter_tags(root, "link", "script", "img"):
        ref = element.get("href") or element.get("src") or ""
        if "/wp-includes/" in ref:
            base = urljoin(page_url, ref.split("/wp-includes/", 1)[0] + "/")
            break
    base = base or home.rstrip("/") + "/"
    name = "style-rtl.min.css" if rtl else "style.min.css"
    return urljoin(base, f"wp-includes/css/dist/block-library/{name}")


def stylesheets(root: Element) -> list[Element]:
    """The page's ``<link>`` and ``<style>`` elements, in page order."""
    return list(iter_tags(root, "link", "style"))


def first_of(elements: Iterable[Element]) -> Element | None:
    return next(iter(elements), None)
