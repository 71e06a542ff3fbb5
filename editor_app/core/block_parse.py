"""A post's block markup (or classic HTML) read back as the article's clean HTML (no Qt).

Each block becomes the model element it stands for. What Qalam does not edit travels with the element
in ``data-wp`` (JSON): ``attrs`` (the block's attributes that the model has no place for: className,
anchor, colours…), ``wrap`` (the wrapper element's attributes when they are not what those attributes
alone give), and per kind ``img``/``link``/``table`` (attributes of the inner elements), ``cite`` (a
quote's citation), ``caption`` (an embed's), ``name`` (core/embed) and ``level`` (a heading level the
model folds into h2/h3), and ``lossy`` (the names of inline elements that editing the block's text would
drop: the editor warns before). Inline elements travel with their own ``data-wp`` (core/inline_marks.py).
A block the model cannot hold (custom blocks, core/html, galleries, columns, an
empty paragraph…) becomes ``<div data-wp='{"raw": "<!-- wp:… -->…"}'></div>`` and is written back byte
for byte.

Most blocks of a post Qalam wrote are already in the model's form: those are taken without the HTML
cleaner (:func:`_tidy_markup`), which is checked to give exactly what the cleaner would.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from editor_app.core.arabic_text import (
    EMBEDDINGS,
    ISOLATES,
    JOINERS,
    RTL,
    ZERO_WIDTH,
    first_strong_direction,
    strip_invisible_junk,
)
from editor_app.core.block_data import (
    UUID_ATTR,
    Pairs,
    embed_wrap,
    encode_data,
    heading_wrap,
    image_wrap,
    img_extra,
    list_wrap,
    lost_marks,
    model_heading,
    paragraph_wrap,
    quote_wrap,
    raw_element,
    separator_wrap,
    table_inner,
    table_wrap,
)
from editor_app.core.block_grammar import Block, parse_blocks
from editor_app.core.html_clean import (
    BLOCK_DATA,
    Element,
    Markup,
    Node,
    clean_blocks,
    clean_inline,
    clean_url,
    parse_html,
    serialize,
)
from editor_app.core.html_clean import escape_attr as _attr
from editor_app.core.inline_marks import site_data

_LEGACY_MARKER = re.compile(r"\s*<!-- qalam:[0-9a-fA-F-]{8,64} -->")
_OPEN_TAG = re.compile(r"^\s*<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>\s*$", re.DOTALL)
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# The characters strip_invisible_junk() may act on: only text holding one needs its full check.
_JUNK = re.compile("[" + "".join([*EMBEDDINGS, *ISOLATES, *ZERO_WIDTH, *JOINERS]) + "]")


def strip_legacy_marker(content: str) -> str:
    # The substring test first: the pattern's leading \s* makes a scan of a long post cost milliseconds.
    return _LEGACY_MARKER.sub("", content) if "<!-- qalam:" in content else content


def article_body(content: str, direction: str = RTL) -> str:
    """A post's ``content.raw`` (block markup, or classic HTML) → the article's stored body."""
    return serialize([el for el, _ in site_elements(content, direction)])


def site_elements(content: str, direction: str = RTL) -> list[tuple[Element, str]]:
    """Each top-level block of a post as a model element, with the block's exact text."""
    out: list[tuple[Element, str]] = []
    reader = _Reader(direction)
    for block in parse_blocks(strip_legacy_marker(content)):
        if block.is_blank:
            continue
        if block.name is None:
            for classic in clean_blocks(block.raw, direction, detect_direction=True).blocks:
                out.append((classic, serialize([classic])))
            continue
        element = reader.element(block)
        out.append((element if element is not None else raw_element(block.raw), block.raw))
    return out


# The fast path: inline HTML that is already exactly what the model's cleaner would make of it (text, and
# strong/em/a[href]/br nested a > strong > em; a link may have more attributes, as the block editor's
# "open in a new tab" writes) is taken as it is; anything else goes through the cleaner.
_FAST_INLINE = re.compile(
    r'(?:[^<>&\x00-\x1f]++|&(?:amp|lt|gt);|<(?:/?(?:strong|em)|br|/a|a href="[^"<>]*+"'
    r'(?: [a-z][a-z0-9-]*+="[^"<>]*+")*+)>)*+'
)  # possessive: a run of text is one step, not one per character
_INLINE_TOKEN = re.compile(r'<(/?)(strong|em|a|br)(?: href="([^"]*)"((?: [a-z][a-z0-9-]*="[^"]*")*))?>')
_LINK_ATTR = re.compile(r' ([a-z][a-z0-9-]*)="([^"]*)"')
_NOT_TIDY = re.compile(r"<(strong|em)>\s*</\1>|<a [^>]*>\s*</a>|</(strong|em)><\2>|</a><a ")
_RANK = {"a": 0, "strong": 1, "em": 2}
_SIMPLE = {
    "p": re.compile(r'\n?<p(?: dir="(ltr|rtl)")?>(.*)</p>\n?', re.DOTALL),
    "h": re.compile(r"\n?<h([1-6])>(.*)</h\1>\n?", re.DOTALL),
    "li": re.compile(r"\n?<li>(.*)</li>\n?", re.DOTALL),
}


def _tidy_markup(inner: str, *, heading: bool = False) -> tuple[Markup, str] | None:
    """``inner`` as the model's inline content, with its text, when it is in the model's form already."""
    if not inner or not _FAST_INLINE.fullmatch(inner) or _NOT_TIDY.search(inner):
        return None
    if _JUNK.search(inner) and strip_invisible_junk(inner)[0] != inner:
        return None
    stack: list[str] = []
    pieces: list[str] = []  # the text with links that have more attributes rewritten (their data-wp)
    done = 0
    for match in _INLINE_TOKEN.finditer(inner):
        tag = match.group(2)
        if tag == "br":
            continue
        if match.group(1):
            if not stack or stack.pop() != tag:
                return None
        elif (heading and tag == "strong") or (stack and _RANK[stack[-1]] >= _RANK[tag]):
            return None
        else:
            stack.append(tag)
            href = match.group(3)
            if href is not None and _attr(clean_url(html.unescape(href)) or "") != href:
                return None  # the cleaner would change the link (tracking parameters, encoding)
            if match.group(4):
                pairs = [("href", href), *_LINK_ATTR.findall(match.group(4))]
                if len({name for name, _ in pairs}) != len(pairs):
                    return None
                data = site_data("a", "a", [(name, html.unescape(value)) for name, value in pairs])
                pieces += [inner[done : match.start()], f'<a href="{href}" data-wp="{_attr(data or "")}">']
                done = match.end()
    markup = Markup("".join(pieces) + inner[done:] if pieces else inner)
    text = markup.text()
    if stack or not text.strip() or text != text.strip(" \n"):
        return None
    if "  " in text or " \n" in text or "\n " in text:
        return None
    return markup, text


def _single(html: str) -> Element | None:
    """The one element ``html`` consists of (whitespace around it allowed), else None."""
    nodes = [n for n in parse_html(html).children if not (isinstance(n, str) and not n.strip())]
    return nodes[0] if len(nodes) == 1 and isinstance(nodes[0], Element) else None


def _attr_pairs(element: Element, skip: Iterable[str] = ()) -> Pairs:
    skipped = set(skip)
    return [(k, v) for k, v in element.attrs.items() if k not in skipped]


def _kept(block: Block, modelled: Iterable[str]) -> dict[str, Any]:
    skip = set(modelled) | {UUID_ATTR}
    return {k: v for k, v in block.attrs.items() if k not in skip}


def _wrapper(block: Block) -> tuple[str, str] | None:
    """A block with inner blocks: its wrapper's opening tag and its HTML after the last inner block."""
    pieces = block.inner_content
    if not pieces or pieces[0] is None or pieces[-1] is None:
        return None
    if any(p is not None and p.strip() for p in pieces[1:-1]):
        return None  # text between inner blocks: not a shape the model knows
    return pieces[0], pieces[-1]


class _Reader:
    def __init__(self, direction: str) -> None:
        self.direction = direction

    def element(self, block: Block) -> Element | None:
        if not block.attrs_valid:
            return None
        self.lost: set[str] = set()
        reader = {
            "core/paragraph": self.paragraph,
            "core/heading": self.heading,
            "core/list": self.list,
            "core/quote": self.quote,
            "core/image": self.image,
            "core/table": self.table,
            "core/separator": self.separator,
            "core/embed": self.embed,
        }.get(block.name or "")
        return reader(block) if reader is not None else None

    def _data(self, element: Element, data: dict[str, object]) -> Element:
        if self.lost:  # what editing this block's text would drop (the editor warns first)
            data["lossy"] = sorted(self.lost)
            self.lost = set()
        clean = {k: v for k, v in data.items() if v not in ({}, None)}
        if clean:
            element.attrs[BLOCK_DATA] = encode_data(clean)
        return element

    def _inline(self, nodes: list[Node], html_text: str, *, heading: bool = False) -> list[Node]:
        """A site element's inline content as the model's; what that drops is noted (``lossy``)."""
        content = clean_inline(nodes, heading=heading, site=True)
        self.lost |= lost_marks(nodes, content, html_text)
        return content

    def _dir(self, element: Element, explicit: object, text: str) -> None:
        direction = explicit if explicit in ("ltr", "rtl") else first_strong_direction(text)
        if direction and direction != self.direction:
            element.attrs["dir"] = str(direction)

    def paragraph(self, block: Block) -> Element | None:
        if block.inner_blocks:
            return None
        simple = _SIMPLE["p"].fullmatch(block.inner_html)
        tidy = _tidy_markup(simple.group(2)) if simple else None
        if simple and tidy is not None and (simple.group(1) or None) == block.attrs.get("direction"):
            kept = _kept(block, ("direction", "content"))
            if not paragraph_wrap(kept):
                element = Element("p", {}, [tidy[0]])
                self._dir(element, block.attrs.get("direction"), tidy[1])
                return self._data(element, {"attrs": kept})
        p = _single(block.inner_html)
        if p is None or p.tag != "p":
            return None
        content = self._inline(p.children, block.inner_html)
        if not content:
            return None  # an empty paragraph (spacing) stays as the site has it
        kept = _kept(block, ("direction", "content"))
        element = Element("p", {}, content)
        self._dir(element, block.attrs.get("direction"), element.text())
        wrap = _attr_pairs(p, ("dir",))
        return self._data(element, {"attrs": kept, "wrap": wrap if wrap != paragraph_wrap(kept) else None})

    def heading(self, block: Block) -> Element | None:
        if block.inner_blocks:
            return None
        simple = _SIMPLE["h"].fullmatch(block.inner_html)
        tidy = _tidy_markup(simple.group(2), heading=True) if simple else None
        if simple and tidy is not None and int(simple.group(1)) in (2, 3):
            kept = _kept(block, ("level", "content"))
            if int(simple.group(1)) == block.attrs.get("level", 2) and not heading_wrap(kept):
                element = Element(f"h{simple.group(1)}", {}, [tidy[0]])
                self._dir(element, None, tidy[1])
                return self._data(element, {"attrs": kept})
        h = _single(block.inner_html)
        if h is None or h.tag not in _HEADINGS:
            return None
        content = self._inline(h.children, block.inner_html, heading=True)
        if not content:
            return None
        level = int(h.tag[1])
        tag = model_heading(level)
        kept = _kept(block, ("level", "content"))
        element = Element(tag, {}, content)
        self._dir(element, None, element.text())
        wrap = _attr_pairs(h)
        return self._data(
            element,
            {
                "attrs": kept,
                "wrap": wrap if wrap != heading_wrap(kept) else None,
                "level": level if level not in (2, 3) else None,
            },
        )

    def list(self, block: Block) -> Element | None:
        wrapper = _wrapper(block)
        if wrapper is None or not block.inner_blocks:
            return None
        bare = wrapper[0].strip()
        if bare in ("<ul>", "<ol>") and wrapper[1].strip() == f"</{bare[1:]}":
            outer: Element | None = Element(bare[1:3])
        else:
            outer = _single(wrapper[0] + wrapper[1])
        if outer is None or outer.tag not in ("ul", "ol") or outer.children:
            return None
        if (outer.tag == "ol") != bool(block.attrs.get("ordered")):
            return None
        items: list[Node] = []
        for inner in block.inner_blocks:
            item = self.list_item(inner) if inner.name == "core/list-item" else None
            if item is None:
                return None
            items.append(item)
        kept = _kept(block, ("ordered", "values"))
        wrap = _attr_pairs(outer)
        return self._data(
            Element(outer.tag, {}, items), {"attrs": kept, "wrap": wrap if wrap != list_wrap(kept) else None}
        )

    def list_item(self, block: Block) -> Element | None:
        if block.inner_blocks:
            wrapper = _wrapper(block)
            if wrapper is None:
                return None
            head, tail = wrapper
        else:
            head, tail = block.inner_html, ""
        simple = _SIMPLE["li"].fullmatch(head + tail)
        tidy = _tidy_markup(simple.group(1)) if simple else None
        kept = _kept(block, ("content",))
        if tidy is not None and not list_wrap(kept):
            nested_lists: list[Node] = []
            for inner in block.inner_blocks:
                sub = self.list(inner) if inner.name == "core/list" else None
                if sub is None:
                    return None
                nested_lists.append(sub)
            item = Element("li", {}, [tidy[0], *nested_lists])
            self._dir(item, None, tidy[1])
            return self._data(item, {"attrs": kept})
        li = _single(head + tail)
        if (
            li is None
            or li.tag != "li"
            or any(isinstance(c, Element) and c.tag in ("ul", "ol") for c in li.children)
        ):
            return None
        content = self._inline(li.children, head + tail)
        nested: list[Node] = []
        for inner in block.inner_blocks:
            sub = self.list(inner) if inner.name == "core/list" else None
            if sub is None:
                return None
            nested.append(sub)
        if not content and not nested:
            return None
        kept = _kept(block, ("content",))
        element = Element("li", {}, [*content, *nested])
        self._dir(element, None, Element("li", {}, content).text())
        wrap = _attr_pairs(li)
        return self._data(element, {"attrs": kept, "wrap": wrap if wrap != list_wrap(kept) else None})

    def quote(self, block: Block) -> Element | None:
        wrapper = _wrapper(block)
        if wrapper is None or not block.inner_blocks:
            return None
        head, tail = wrapper
        cite = ""
        match = re.fullmatch(r"\s*(?:<cite>(.*)</cite>)?\s*</blockquote>\s*", tail, re.DOTALL)
        if match is None or _OPEN_TAG.match(head) is None:
            return None
        cite = match.group(1) or ""
        if head.strip() == '<blockquote class="wp-block-quote">':  # as the block editor writes it
            outer: Element | None = Element("blockquote", {"class": "wp-block-quote"})
        else:
            outer = _single(head + "</blockquote>")
        if outer is None or outer.tag != "blockquote":
            return None
        paras: list[Node] = []
        for inner in block.inner_blocks:
            para = self.paragraph(inner) if inner.name == "core/paragraph" else None
            if para is None or BLOCK_DATA in para.attrs:
                return None  # a quote paragraph with its own attributes: kept whole
            paras.append(para)
        kept = _kept(block, ("value", "citation"))
        wrap = _attr_pairs(outer)
        return self._data(
            Element("blockquote", {}, paras),
            {"attrs": kept, "wrap": wrap if wrap != quote_wrap(kept) else None, "cite": cite or None},
        )

    def image(self, block: Block) -> Element | None:
        figure = _single(block.inner_html)
        if block.inner_blocks or figure is None or figure.tag != "figure":
            return None
        parts = [c for c in figure.children if not (isinstance(c, str) and not c.strip())]
        link: Element | None = None
        if parts and isinstance(parts[0], Element) and parts[0].tag == "a":
            link = parts[0]
            inside = [c for c in link.children if not (isinstance(c, str) and not c.strip())]
            parts = inside + parts[1:]
        if not parts or not isinstance(parts[0], Element) or parts[0].tag != "img":
            return None
        img = parts[0]
        caption: list[Node] = []
        if len(parts) == 2 and isinstance(parts[1], Element) and parts[1].tag == "figcaption":
            caption = clean_inline(parts[1].children, site=True)
            self.lost |= lost_marks(parts[1].children, caption)
        elif len(parts) != 1:
            return None
        kept = _kept(block, ("url", "alt", "caption"))
        children: list[Node] = [
            Element("img", {"src": img.attrs.get("src", ""), "alt": img.attrs.get("alt", "")})
        ]
        if caption:
            children.append(Element("figcaption", {}, caption))
        extra = _attr_pairs(img, ("src", "alt"))
        wrap = _attr_pairs(figure)
        return self._data(
            Element("figure", {}, children),
            {
                "attrs": kept,
                "wrap": wrap if wrap != image_wrap(kept) else None,
                "img": extra if extra != img_extra(kept) else None,
                "link": _attr_pairs(link) if link is not None else None,
            },
        )

    def table(self, block: Block) -> Element | None:
        figure = _single(block.inner_html)
        if block.inner_blocks or figure is None or figure.tag != "figure":
            return None
        parts = [c for c in figure.children if not (isinstance(c, str) and not c.strip())]
        if not parts or not isinstance(parts[0], Element) or parts[0].tag != "table":
            return None
        table = parts[0]
        sections: list[Node] = []
        if len(parts) == 2 and isinstance(parts[1], Element) and parts[1].tag == "figcaption":
            caption = clean_inline(parts[1].children, site=True)
            self.lost |= lost_marks(parts[1].children, caption)
            if caption:
                sections.append(Element("caption", {}, caption))
        elif len(parts) != 1:
            return None
        for section in table.children:
            if isinstance(section, str):
                if section.strip():
                    return None
                continue
            if section.tag not in ("thead", "tbody", "tfoot") or section.attrs:
                return None
            rows: list[Node] = []
            for row in section.children:
                if isinstance(row, str):
                    continue
                if row.tag != "tr" or row.attrs:
                    return None
                cells: list[Node] = []
                for cell in row.children:
                    if isinstance(cell, str):
                        continue
                    if cell.tag not in ("th", "td") or cell.attrs:
                        return None  # alignment, scope, spans: kept whole
                    content = clean_inline(cell.children, site=True)
                    self.lost |= lost_marks(cell.children, content)
                    cells.append(Element(cell.tag, {}, content))
                rows.append(Element("tr", {}, cells))
            sections.append(Element(section.tag, {}, rows))
        kept = _kept(block, ("head", "body", "foot", "caption"))
        wrap = _attr_pairs(figure)
        inner = _attr_pairs(table)
        return self._data(
            Element("table", {}, sections),
            {
                "attrs": kept,
                "wrap": wrap if wrap != table_wrap(kept) else None,
                "table": inner if inner != table_inner(kept) else None,
            },
        )

    def separator(self, block: Block) -> Element | None:
        hr = _single(block.inner_html)
        if block.inner_blocks or hr is None or hr.tag != "hr":
            return None
        kept = _kept(block, ())
        wrap = _attr_pairs(hr)
        return self._data(
            Element("hr"), {"attrs": kept, "wrap": wrap if wrap != separator_wrap(kept) else None}
        )

    def embed(self, block: Block) -> Element | None:
        url = block.attrs.get("url")
        figure = _single(block.inner_html)
        if (
            block.inner_blocks
            or not isinstance(url, str)
            or not url
            or figure is None
            or figure.tag != "figure"
        ):
            return None
        parts = [c for c in figure.children if not (isinstance(c, str) and not c.strip())]
        caption = ""
        if len(parts) == 2 and isinstance(parts[1], Element) and parts[1].tag == "figcaption":
            match = re.search(r"<figcaption[^>]*>(.*)</figcaption>", block.inner_html, re.DOTALL)
            caption = match.group(1) if match else ""
        elif len(parts) != 1:
            return None
        kept = _kept(block, ("caption",))
        wrap = _attr_pairs(figure)
        element = Element("p", {}, [Element("a", {"href": url}, [url])])
        return self._data(
            element,
            {
                "name": "core/embed",
                "attrs": {k: v for k, v in kept.items() if k != "url"},
                "wrap": wrap if wrap != embed_wrap(kept) else None,
                "caption": caption or None,
            },
        )
