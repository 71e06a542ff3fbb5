"""The article body's clean HTML model, and turning anyone's HTML into it.

The stored and published body uses only these elements::

    block:  p h2 h3 blockquote(p+) ul/ol(li+, an li may end with a nested ul/ol)
            figure(img, figcaption?) hr table(caption?, thead/tbody/tfoot(tr(th|td)+))
    inline: strong em a[href] s mark sub sup code br  (core/inline_marks.py: nesting, what is kept)

``dir`` appears only on p/h2/h3/li whose direction differs from the article's.
There are no classes, styles or fonts. A post that came from WordPress also keeps, per block,
what Qalam does not edit (core/blocks.py): a ``data-wp`` attribute (JSON) on the block's element, and
``<div data-wp="{&quot;raw&quot;:…}"></div>`` for a block Qalam cannot edit, kept byte for byte. Those
survive only where the caller says the markup is Qalam's own (``keep_block_data``): never from a paste
or an imported file; likewise an inline mark's ``data-wp`` (the site element's own name and attributes)
and ``<span data-wp=…>`` around text in an element the model keeps without showing it (``kbd``, a span
with a class…). :func:`clean_html` takes HTML from Word,
Google Docs, LibreOffice, web pages or a WordPress post and returns the canonical form;
nh3 (an allowlist sanitizer) is the last step, so nothing outside the model can get
through even if the normaliser misses a case. :func:`serialize` writes the canonical
text that the editor also writes, so load → save is an identity on clean HTML.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from editor_app.core.arabic_text import LTR, RTL, CleanReport, first_strong_direction, strip_invisible_junk
from editor_app.core.inline_marks import FORMAT_TAGS, KEPT_TAGS, MARK_ORDER, RENAMES, Mark, mark_of, site_data

BLOCK_TAGS = frozenset({"p", "h2", "h3", "blockquote", "ul", "ol", "li", "figure", "figcaption", "hr"})
INLINE_TAGS = frozenset({"strong", "em", "a", "br", "img", "s", "mark", "sub", "sup", "code", "span"})
TABLE_TAGS = frozenset({"table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"})
MODEL_TAGS = BLOCK_TAGS | INLINE_TAGS | TABLE_TAGS | {"div"}
BLOCK_DATA = "data-wp"  # a block's WordPress data (core/blocks.py), on the block's element
DATA_TAGS = frozenset({"p", "h2", "h3", "blockquote", "ul", "ol", "li", "figure", "hr", "table", "div"})
DIR_TAGS = frozenset({"p", "h2", "h3", "li"})
VOID_TAGS = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source", "param"}
)

NH3_TAGS = set(MODEL_TAGS)
NH3_ATTRIBUTES: dict[str, set[str]] = {tag: {BLOCK_DATA} for tag in DATA_TAGS}
NH3_ATTRIBUTES.update({tag: {BLOCK_DATA} for tag in MARK_ORDER})
NH3_ATTRIBUTES["a"] = {"href", BLOCK_DATA}
NH3_ATTRIBUTES["img"] = {"src", "alt"}
for _tag in DIR_TAGS:
    NH3_ATTRIBUTES[_tag] = NH3_ATTRIBUTES.get(_tag, set()) | {"dir"}
URL_SCHEMES = {"http", "https", "mailto", "data", "file", "qalam-media"}

# Content is dropped with the element.
_DROP_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "head",
        "title",
        "meta",
        "link",
        "noscript",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "template",
        "form",
        "input",
        "button",
        "select",
        "textarea",
        "nav",
        "aside",
        "footer",
        "canvas",
        "video",
        "audio",
        "xml",
        "map",
    }
)
# Containers that become a paragraph when they hold only inline content, else are unwrapped.
_CONTAINERS = frozenset(
    {
        "div",
        "section",
        "article",
        "main",
        "header",
        "body",
        "html",
        "center",
        "td",
        "th",
        "dd",
        "dt",
        "address",
        "details",
        "summary",
        "caption",
        "pre",
    }
)
_TRANSPARENT = frozenset({"table", "tbody", "thead", "tfoot", "tr", "dl", "colgroup", "picture", "font"})
# What a data table's cell may not hold (a table holding these is layout: its content is unwrapped).
_NOT_IN_CELLS = frozenset(
    {"table", "ul", "ol", "blockquote", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "img", "hr", "li"}
)
_RENAMES = {
    "b": "strong",
    "i": "em",
    "cite": "em",
    "dfn": "em",
    "h1": "h2",
    "h4": "h3",
    "h5": "h3",
    "h6": "h3",
    **RENAMES,
}
_TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_[ce]id|igshid|_ga|_gl|yclid|ref_src)$", re.I
)
_SPACE_RE = re.compile(r"[ \t\r\n\f\u00a0]+")
# Text that _SPACE_RE would change: most text nodes have single spaces only, and sub() copies them all anyway.
_COLLAPSIBLE_RE = re.compile(r"[\t\r\n\f\u00a0]| {2}")
_LIST_MARKER_OL = re.compile(r"^\s*([0-9٠-٩]+|[a-zA-Z]|[ivxlcIVXLC]+|[أ-ي])[.)\-]")


# --- a minimal DOM ----------------------------------------------------------------------------


class Markup(str):
    """Inline HTML already in the model's canonical form (core/blocks.py checks it): written as it is."""

    __slots__ = ()

    def text(self) -> str:
        return html.unescape(_INLINE_TAG.sub(lambda m: "\n" if m.group(0) == "<br>" else "", self))


_INLINE_TAG = re.compile(r"<[^>]*>")


@dataclass
class Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)

    def text(self) -> str:
        parts: list[str] = []
        for child in self.children:
            if isinstance(child, Markup):
                parts.append(child.text())
            elif isinstance(child, str):
                parts.append(child)
            elif child.tag == "br":
                parts.append("\n")
            else:
                parts.append(child.text())
        return "".join(parts)

    def iter(self) -> Iterator[Element]:
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()


Node = Element | str


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root")
        self.stack: list[Element] = [self.root]
        self._skip_depth = 0  # inside a dropped element
        self._skip_tag = ""
        self._in_mso_marker = False
        self._marker: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if self._skip_depth:
            if tag == self._skip_tag and tag not in VOID_TAGS:
                self._skip_depth += 1
            return
        if tag in _DROP_WITH_CONTENT:
            if tag not in VOID_TAGS:
                self._skip_depth = 1
                self._skip_tag = tag
            return
        if self._in_mso_marker:
            return
        element = Element(tag, {k.lower(): (v or "") for k, v in attrs})
        # HTML's implied end tags that matter for pasted markup.
        if tag in BLOCK_TAGS or tag in _CONTAINERS or (tag in _RENAMES and tag.startswith("h")):
            if self.stack[-1].tag == "p":
                self.stack.pop()
        if tag == "li":
            self._close_up_to("li", stop_at=("ul", "ol"))
        self.stack[-1].children.append(element)
        if tag not in VOID_TAGS:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag.lower() not in VOID_TAGS and not self._skip_depth and self.stack[-1].tag == tag.lower():
            self.stack.pop()
        elif self._skip_depth and self._skip_tag == tag.lower():
            self._skip_depth -= 1

    def _close_up_to(self, tag: str, stop_at: tuple[str, ...]) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag in stop_at:
                return
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth -= 1
            return
        if self._in_mso_marker:
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._in_mso_marker:
            self._marker.append(data)
            return
        self.stack[-1].children.append(data)

    def unknown_decl(self, data: str) -> None:
        # Word's list markers: <![if !supportLists]>·&nbsp;<![endif]>
        lowered = data.strip().lower()
        if lowered.startswith("if") and "supportlists" in lowered:
            self._in_mso_marker = True
            self._marker = []
        elif lowered.startswith("endif") and self._in_mso_marker:
            self._in_mso_marker = False
            for element in reversed(self.stack):
                if element.tag in ("p", "li", "div") or element.tag.startswith("h"):
                    element.attrs["data-qalam-marker"] = "".join(self._marker).strip()
                    break


def parse_html(markup: str) -> Element:
    """Parse any HTML fragment (or document) into a tiny tree; never raises on bad markup."""
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    return builder.root


# --- serialising ------------------------------------------------------------------------------


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;")


def _escape_attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("\u00a0", "&nbsp;")


_ATTR_ORDER = {"href": 0, "src": 1, "alt": 2, "dir": 3, BLOCK_DATA: 4}


def _open_tag(element: Element) -> str:
    attrs = sorted(element.attrs.items(), key=lambda kv: (_ATTR_ORDER.get(kv[0], 9), kv[0]))
    rendered = "".join(f' {k}="{_escape_attr(v)}"' for k, v in attrs)
    return f"<{element.tag}{rendered}>"


def serialize_inline(nodes: Iterable[Node]) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(node if type(node) is Markup else _escape_text(node))
        elif node.tag in VOID_TAGS:
            out.append(_open_tag(node))
        else:
            out.append(_open_tag(node) + serialize_inline(node.children) + f"</{node.tag}>")
    return "".join(out)


def _list_lines(block: Element, lines: list[str]) -> None:
    lines.append(_open_tag(block))
    for item in block.children:
        if not isinstance(item, Element):
            continue
        nested = [c for c in item.children if isinstance(c, Element) and c.tag in ("ul", "ol")]
        inline = [c for c in item.children if not (isinstance(c, Element) and c.tag in ("ul", "ol"))]
        if not nested:
            lines.append(_open_tag(item) + serialize_inline(inline) + "</li>")
            continue
        sub: list[str] = []
        for child in nested:
            _list_lines(child, sub)
        sub[0] = _open_tag(item) + serialize_inline(inline) + sub[0]
        sub[-1] += "</li>"
        lines.extend(sub)
    lines.append(f"</{block.tag}>")


def _table_lines(block: Element, lines: list[str]) -> None:
    lines.append(_open_tag(block))
    for part in block.children:
        if not isinstance(part, Element):
            continue
        if part.tag == "caption":
            lines.append("<caption>" + serialize_inline(part.children) + "</caption>")
            continue
        lines.append(f"<{part.tag}>")
        for row in part.children:
            if isinstance(row, Element):
                cells = "".join(
                    f"<{c.tag}>" + serialize_inline(c.children) + f"</{c.tag}>"
                    for c in row.children
                    if isinstance(c, Element)
                )
                lines.append(f"<tr>{cells}</tr>")
        lines.append(f"</{part.tag}>")
    lines.append("</table>")


def serialize(blocks: Iterable[Element], inline: Callable[[list[Node]], str] | None = None) -> str:
    """The canonical text: one top-level block per line, containers with their children on own lines.

    ``inline`` serialises a paragraph's children (default :func:`serialize_inline`); the editor passes
    one that remembers the paragraphs it has written before."""
    inner = inline or serialize_inline
    lines: list[str] = []
    for block in blocks:
        if block.tag in ("ul", "ol"):
            _list_lines(block, lines)
        elif block.tag == "table":
            _table_lines(block, lines)
        elif block.tag == "div":
            lines.append(_open_tag(block) + "</div>")
        elif block.tag == "blockquote":
            lines.append(_open_tag(block))
            for child in block.children:
                if isinstance(child, Element):
                    lines.append(_open_tag(child) + inner(child.children) + f"</{child.tag}>")
            lines.append(f"</{block.tag}>")
        elif block.tag == "figure":
            lines.append(_open_tag(block) + serialize_inline(block.children) + "</figure>")
        elif block.tag == "hr":
            lines.append(_open_tag(block))
        else:
            lines.append(_open_tag(block) + inner(block.children) + f"</{block.tag}>")
    return "\n".join(lines) + ("\n" if lines else "")


# --- normalising ------------------------------------------------------------------------------


def _style_map(style: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for decl in style.split(";"):
        if ":" in decl:
            key, _, value = decl.partition(":")
            result[key.strip().lower()] = value.strip().lower()
    return result


def _is_bold(value: str) -> bool | None:
    if not value:
        return None
    if value in ("bold", "bolder") or (value.isdigit() and int(value) >= 600):
        return True
    if value in ("normal", "lighter") or (value.isdigit() and int(value) < 600):
        return False
    return None


# A link that cleaning leaves as it is (http(s), no fragment, a query of plain key=value pairs): the
# common case, told without urlsplit/parse_qsl/urlencode, which cost most of reading a long post's links.
_PLAIN_URL = re.compile(
    r"https?://[A-Za-z0-9][^\s?#\"<>]*+(?:\?([A-Za-z0-9_.~-]+=[A-Za-z0-9_.~-]*(?:&[A-Za-z0-9_.~-]+=[A-Za-z0-9_.~-]*)*))?"
)


def _clean_url(url: str) -> str | None:
    plain = _PLAIN_URL.fullmatch(url)
    if plain is not None and "google.com/url" not in url:
        query = plain.group(1)
        if not query or not any(_TRACKING_PARAMS.match(pair.partition("=")[0]) for pair in query.split("&")):
            return url
    url = url.strip()
    if not url:
        return None
    parts = urlsplit(url)
    if parts.netloc.endswith("google.com") and parts.path == "/url":  # Google Docs' redirect wrapper
        target = dict(parse_qsl(parts.query)).get("q")
        if target and target.startswith(("http://", "https://")):
            return _clean_url(target)
    scheme = parts.scheme.lower()
    if scheme and scheme not in URL_SCHEMES:
        return None
    if parts.query and scheme in ("http", "https", ""):
        query = [
            (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)
        ]
        url = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))
    return url


def _is_tracking_pixel(img: Element, style: dict[str, str]) -> bool:
    """1×1 beacons and hidden images are tracking, not content."""
    if style.get("display") == "none" or style.get("visibility") == "hidden":
        return True
    sizes = [img.attrs.get("width", ""), img.attrs.get("height", "")]
    return any(v.strip().rstrip("px").isdigit() and int(v.strip().rstrip("px")) <= 2 for v in sizes)


def _element_direction(element: Element) -> str | None:
    value = element.attrs.get("dir", "").strip().lower()
    if not value:
        value = _style_map(element.attrs.get("style", "")).get("direction", "")
    if value in (RTL, LTR):
        return value
    if value == "auto":
        return first_strong_direction(element.text()) or None
    return None


class _Normalizer:
    """Rewrites a parsed tree into a list of model blocks (not yet nh3-checked)."""

    def __init__(
        self, base_direction: str, detect: bool, keep_data: bool = False, capture: bool = False
    ) -> None:
        self.base = base_direction
        self.detect = detect
        self.keep_data = keep_data
        self.capture = capture  # a site's inline elements: kept as they are (core/inline_marks.py)
        self.report = CleanReport()

    def _data(self, node: Element, out: Element | None) -> None:
        """Carry the block's WordPress data (``data-wp``) to the model element made from it."""
        if self.keep_data and out is not None:
            value = node.attrs.get(BLOCK_DATA)
            if value and _json_object(value) is not None:
                out.attrs[BLOCK_DATA] = value

    def _mark_data(self, node: Element, tag: str) -> str | None:
        """An inline mark's ``data-wp``: kept from Qalam's own markup, or made from a site's element."""
        if self.capture:
            return site_data(node.tag, tag, node.attrs.items())
        value = node.attrs.get(BLOCK_DATA) if self.keep_data else None
        return value if value and _json_object(value) is not None else None

    def _site_mark(self, node: Element, tag: str, children: list[Node]) -> Node | _Fragment:
        """A site's inline element, read with what the model does not show kept in ``data-wp``."""
        if tag in MARK_ORDER and tag not in ("a", "span"):
            data = self._mark_data(node, tag)
            return Element(tag, {BLOCK_DATA: data} if data else {}, children)
        data = site_data(node.tag, "span", node.attrs.items()) if node.tag in KEPT_TAGS else None
        return Element("span", {BLOCK_DATA: data}, children) if data else _Fragment(children)

    # Inline content: returns model inline nodes (str, the marks, br, img).
    def inline(self, nodes: Iterable[Node]) -> list[Node]:
        out: list[Node | _Fragment] = []
        for node in nodes:
            if isinstance(node, str):
                text, report = strip_invisible_junk(node)
                self.report.merge(report)
                out.append(text)
                continue
            tag = _RENAMES.get(node.tag, node.tag)
            style = _style_map(node.attrs.get("style", ""))
            children = self.inline(node.children)
            if tag == "br":
                out.append(Element("br"))
                continue
            if tag == "img":
                src = _clean_url(node.attrs.get("src", ""))
                if src and not _is_tracking_pixel(node, style):
                    out.append(Element("img", {"src": src, "alt": node.attrs.get("alt", "").strip()}))
                continue
            if tag == "a":
                href = _clean_url(node.attrs.get("href", ""))
                if not href:
                    out.append(_Fragment(children))
                    continue
                data = self._mark_data(node, "a")
                attrs = {"href": href, BLOCK_DATA: data} if data else {"href": href}
                out.append(Element("a", attrs, children))
                continue
            if self.capture:
                out.append(self._site_mark(node, tag, children))
                continue
            data = self._mark_data(node, tag)
            if tag in FORMAT_TAGS or (tag == "span" and data):
                out.append(Element(tag, {BLOCK_DATA: data} if data else {}, children))
                continue
            decoration = style.get("text-decoration", "") + " " + style.get("text-decoration-line", "")
            position = style.get("vertical-align", "")
            if "line-through" in decoration:
                children = [Element("s", {}, children)]
            if position in ("super", "sub"):
                children = [Element(position[:3], {}, children)]
            bold = _is_bold(style.get("font-weight", ""))
            italic = style.get("font-style", "") in ("italic", "oblique")
            # Google Docs wraps everything in <b style="font-weight:normal" id="docs-internal-guid-…">.
            is_strong = (tag == "strong" and bold is not False) or bold is True
            is_em = tag == "em" or italic
            wrapped: list[Node] = children
            if is_em:
                wrapped = [Element("em", {BLOCK_DATA: data} if data and tag == "em" else {}, wrapped)]
            if is_strong:
                wrapped = [Element("strong", {BLOCK_DATA: data} if data and tag == "strong" else {}, wrapped)]
            out.append(_Fragment(wrapped))
        return _flatten(out)

    def blocks(self, nodes: Iterable[Node], inherited_dir: str | None = None) -> list[Element]:
        result: list[Element] = []
        pending: list[Node] = []

        def flush() -> None:
            if pending:
                result.extend(self._paragraphs("p", list(pending), inherited_dir))
                pending.clear()

        for node in nodes:
            if isinstance(node, str):
                if pending or not node.isspace():  # whitespace between blocks is not a paragraph
                    pending.append(node)
                continue
            tag = _RENAMES.get(node.tag, node.tag)
            direction = _element_direction(node) or inherited_dir
            if ":" in tag:  # o:p, w:sdt, v:shape …
                if _has_block(node):
                    flush()
                    result.extend(self.blocks(node.children, direction))
                else:
                    pending.append(Element("span", {}, node.children))
                continue
            if tag == "div" and self.keep_data and _is_raw_block(node.attrs.get(BLOCK_DATA, "")):
                flush()
                result.append(Element("div", {BLOCK_DATA: node.attrs[BLOCK_DATA]}))
                continue
            if tag == "table" and _is_data_table(node, 1 if self.keep_data else 2):
                flush()
                table = self._table(node)
                if table is not None:
                    self._data(node, table)
                    result.append(table)
                continue
            if tag in ("p", "h2", "h3") or (tag in _CONTAINERS and not _has_block(node)):
                flush()
                style = _style_map(node.attrs.get("style", ""))
                if tag == "p" and ("mso-list" in style or "data-qalam-marker" in node.attrs):
                    marker = node.attrs.get("data-qalam-marker", "")
                    kind = "ol" if _LIST_MARKER_OL.match(marker) else "ul"
                    for para in self._paragraphs("li", node.children, direction):
                        para.attrs["data-qalam-list"] = kind
                        result.append(para)
                    continue
                made = self._paragraphs(tag if tag in ("p", "h2", "h3") else "p", node.children, direction)
                self._data(node, made[0] if made else None)
                result.extend(made)
            elif tag in _CONTAINERS or tag in _TRANSPARENT or tag == "#root":
                flush()
                result.extend(self.blocks(node.children, direction))
            elif tag == "blockquote":
                flush()
                inner = [b for b in self.blocks(node.children, direction) if b.tag != "hr"]
                paras = _as_paragraphs(inner)
                if paras:
                    quote = Element("blockquote", {}, list(paras))
                    self._data(node, quote)
                    result.append(quote)
            elif tag in ("ul", "ol"):
                flush()
                items = self._list_items(node, direction)
                if items:
                    made_list = Element(tag, {}, list(items))
                    self._data(node, made_list)
                    result.append(made_list)
            elif tag == "li":  # a stray item outside a list
                flush()
                result.append(Element("ul", {}, list(self._list_items(Element("ul", {}, [node]), direction))))
            elif tag == "figure":
                flush()
                figures = self._figure(node)
                self._data(node, figures[0] if figures and figures[0].tag == "figure" else None)
                result.extend(figures)
            elif tag == "hr":
                flush()
                rule = Element("hr")
                self._data(node, rule)
                result.append(rule)
            elif tag == "figcaption":
                flush()
                result.extend(self._paragraphs("p", node.children, direction))
            else:
                if _has_block(node):
                    flush()
                    result.extend(self.blocks(node.children, direction))
                else:
                    pending.append(node)
        flush()
        return _group_word_lists(result)

    def _list_items(self, list_node: Element, direction: str | None) -> list[Element]:
        """The items of a list; a list nested in an item (or, as Word and some sites write it, right after
        one) becomes that item's last child."""
        items: list[Element] = []

        def nest(sub: Element, sub_dir: str | None) -> None:
            sub_items = self._list_items(sub, sub_dir)
            if not sub_items:
                return
            if items:
                nested = Element(sub.tag, {}, list[Node](sub_items))
                self._data(sub, nested)
                items[-1].children.append(nested)
            else:
                items.extend(sub_items)  # nothing to hang it on: its items join this list

        for child in list_node.children:
            if isinstance(child, str):
                if child.strip():
                    items.extend(self._paragraphs("li", [child], direction))
                continue
            child_dir = _element_direction(child) or direction
            if child.tag == "li":
                own: list[Node] = []
                nested: list[Element] = []
                for grandchild in child.children:
                    if isinstance(grandchild, Element) and grandchild.tag in ("ul", "ol"):
                        nested.append(grandchild)
                    elif isinstance(grandchild, Element) and grandchild.tag in ("p", "div") and own:
                        own.append(Element("br"))
                        own.append(grandchild)
                    else:
                        own.append(grandchild)
                made = self._paragraphs("li", own, child_dir)
                self._data(child, made[0] if made else None)
                items.extend(made)
                for sub in nested:
                    nest(sub, child_dir)
            elif child.tag in ("ul", "ol"):
                nest(child, child_dir)
            else:
                items.extend(self._paragraphs("li", [child], child_dir))
        return items

    def _table(self, node: Element) -> Element | None:
        """A data table: its rows by section (thead, tbody, tfoot), each cell's inline content tidied."""
        sections: dict[str, list[Element]] = {"thead": [], "tbody": [], "tfoot": []}
        caption: list[Node] = []

        def rows(parent: Element, section: str) -> None:
            for child in parent.children:
                if not isinstance(child, Element):
                    continue
                if child.tag == "tr":
                    cells: list[Node] = []
                    for cell in child.children:
                        if isinstance(cell, Element) and cell.tag in ("th", "td"):
                            content: list[Node] = []
                            for part in cell.children:
                                if isinstance(part, Element) and part.tag in ("p", "div") and content:
                                    content.append(Element("br"))
                                content.append(part)
                            tidy = _tidy_inline(self.inline(content), heading=False)
                            cells.append(Element(cell.tag, {}, tidy))
                    if cells:
                        sections[section].append(Element("tr", {}, cells))
                elif child.tag in sections:
                    rows(child, child.tag)
                elif child.tag == "caption" and not caption:
                    caption.extend(_tidy_inline(self.inline(child.children), heading=False))

        rows(node, "tbody")
        if not any(sections.values()):
            return None
        parts: list[Node] = [Element("caption", {}, caption)] if caption else []
        parts += [Element(name, {}, list(found)) for name, found in sections.items() if found]
        return Element("table", {}, parts)

    def _figure(self, node: Element) -> list[Element]:
        images = [e for e in node.iter() if e.tag == "img"]
        captions = [e for e in node.iter() if e.tag == "figcaption"]
        result: list[Element] = []
        caption_nodes = _strip_edges(self.inline(captions[0].children)) if captions else []
        for i, img in enumerate(images):
            src = _clean_url(img.attrs.get("src", ""))
            if not src:
                continue
            children: list[Node] = [Element("img", {"src": src, "alt": img.attrs.get("alt", "").strip()})]
            if i == len(images) - 1 and caption_nodes:
                children.append(Element("figcaption", {}, _drop_inline_blocks(caption_nodes)))
            result.append(Element("figure", {}, children))
        if not result and caption_nodes:
            result.append(Element("p", {}, caption_nodes))
        return result

    def _paragraphs(self, tag: str, nodes: Iterable[Node], direction: str | None) -> list[Element]:
        """One block of ``tag`` from inline nodes; images inside split it into figures."""
        inline = self.inline(nodes)
        out: list[Element] = []
        current: list[Node] = []

        def emit() -> None:
            content = _tidy_inline(current, heading=tag in ("h2", "h3"))
            if content:
                block = Element(tag, {}, content)
                own = direction
                if own is None and self.detect:
                    own = first_strong_direction(block.text())
                if own is not None and own != self.base:
                    block.attrs["dir"] = own
                out.append(block)
            current.clear()

        for node in inline:
            if isinstance(node, Element) and node.tag == "img":
                emit()
                out.append(Element("figure", {}, [node]))
            else:
                current.append(node)
        emit()
        return out


@dataclass
class _Fragment:
    """Children to splice into the parent (an unwrapped element)."""

    children: list[Node]


def _flatten(nodes: Iterable[Node | _Fragment]) -> list[Node]:
    out: list[Node] = []
    for node in nodes:
        if isinstance(node, _Fragment):
            out.extend(_flatten(node.children))
        elif isinstance(node, Element) and node.tag == "span" and BLOCK_DATA not in node.attrs:
            out.extend(_flatten(node.children))
        else:
            out.append(node)
    return out


def _has_block(node: Element) -> bool:
    for child in node.children:
        if isinstance(child, Element):
            tag = _RENAMES.get(child.tag, child.tag)
            if tag in BLOCK_TAGS or tag in _CONTAINERS or tag in _TRANSPARENT:
                return True
            if _has_block(child):
                return True
    return False


def _as_paragraphs(blocks: list[Element]) -> list[Element]:
    paras: list[Element] = []
    for block in blocks:
        attrs = {k: v for k, v in block.attrs.items() if k == "dir"}
        if block.tag in ("p", "h2", "h3"):
            paras.append(Element("p", attrs, block.children))
        elif block.tag in ("ul", "ol", "blockquote"):
            paras.extend(_as_paragraphs([c for c in block.children if isinstance(c, Element)]))
        elif block.tag == "li":
            nested = [c for c in block.children if isinstance(c, Element) and c.tag in ("ul", "ol")]
            inline = [c for c in block.children if not (isinstance(c, Element) and c.tag in ("ul", "ol"))]
            paras.append(Element("p", attrs, inline))
            paras.extend(_as_paragraphs(nested))
        elif block.tag == "table":
            for cell in (e for e in block.iter() if e.tag in ("th", "td", "caption")):
                if cell.children:
                    paras.append(Element("p", {}, cell.children))
    return paras


def _json_object(value: str) -> dict[str, object] | None:
    if not value.startswith("{"):
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _is_raw_block(value: str) -> bool:
    data = _json_object(value) if value else None
    return data is not None and isinstance(data.get("raw"), str)


def _is_data_table(node: Element, min_columns: int = 2) -> bool:
    """A table of data (kept as a table), not one used for layout (whose content is unwrapped)."""
    widest = 0
    for element in node.iter():
        if element is node:
            continue
        if element.tag in _NOT_IN_CELLS or element.tag in _CONTAINERS - {"td", "th", "caption"} - {"div"}:
            return False
        if element.tag in ("td", "th"):
            for span in ("colspan", "rowspan"):
                value = element.attrs.get(span, "1").strip() or "1"
                if value != "1":
                    return False
        if element.tag == "tr":
            cells = [c for c in element.children if isinstance(c, Element) and c.tag in ("td", "th")]
            widest = max(widest, len(cells))
    return widest >= min_columns


def _group_word_lists(blocks: list[Element]) -> list[Element]:
    """Word's list paragraphs (li with data-qalam-list) become ul/ol groups."""
    out: list[Element] = []
    for block in blocks:
        kind = block.attrs.pop("data-qalam-list", None)
        if kind is None:
            out.append(block)
            continue
        if out and out[-1].tag == kind and out[-1].attrs.get("data-qalam-open") == "1":
            out[-1].children.append(block)
        else:
            out.append(Element(kind, {"data-qalam-open": "1"}, [block]))
    for block in out:
        block.attrs.pop("data-qalam-open", None)
    return out


def _drop_inline_blocks(nodes: list[Node]) -> list[Node]:
    return [n for n in nodes if not (isinstance(n, Element) and n.tag == "img")]


def _strip_edges(nodes: list[Node]) -> list[Node]:
    """Collapse whitespace and trim the start and end of a block's inline content."""
    return _tidy_inline(nodes, heading=False)


def _collapse(nodes: list[Node], pending_space: bool, at_start: bool) -> tuple[list[Node], bool, bool]:
    out: list[Node] = []
    for node in nodes:
        if isinstance(node, str):
            text = _SPACE_RE.sub(" ", node) if _COLLAPSIBLE_RE.search(node) else node
            if not text:
                continue
            if text.startswith(" ") and (at_start or pending_space):
                text = text[1:]
            if not text:
                continue
            out.append(text)
            at_start = False
            pending_space = text.endswith(" ")
        elif node.tag == "br":
            out.append(node)
            at_start = True  # spaces after a line break are dropped too
            pending_space = False
        else:
            children, pending_space, at_start = _collapse(node.children, pending_space, at_start)
            out.append(Element(node.tag, node.attrs, children))
    return out, pending_space, at_start


def _has_text(node: Node) -> bool:
    if isinstance(node, str):
        return bool(node.strip())
    if node.tag in ("br", "img"):
        return True
    return any(_has_text(c) for c in node.children)


def _prune(nodes: list[Node], heading: bool, inside: frozenset[str] = frozenset()) -> list[Node]:
    """Drop empty inline elements and redundant nesting; in headings, no strong."""
    out: list[Node] = []
    for node in nodes:
        if isinstance(node, str):
            if node:
                out.append(node)
            continue
        if node.tag in ("br", "img"):
            out.append(node)
            continue
        group = mark_of(node.tag, node.attrs)[2]
        children = _prune(node.children, heading, inside | {group})
        if not any(_has_text(c) for c in children) and not (node.tag == "a" and children):
            if any(isinstance(c, str) and c for c in children):
                out.extend(children)  # a bold space stays a space
            continue
        if (heading and node.tag == "strong") or group in inside:
            out.extend(children)
            continue
        out.append(Element(node.tag, node.attrs, children))
    return _merge_adjacent(out)


def _merge_adjacent(nodes: list[Node]) -> list[Node]:
    out: list[Node] = []
    for node in nodes:
        if out and isinstance(node, str) and isinstance(out[-1], str):
            out[-1] = out[-1] + node
        elif (
            out
            and isinstance(node, Element)
            and isinstance(out[-1], Element)
            and node.tag in MARK_ORDER
            and out[-1].tag == node.tag
            and out[-1].attrs == node.attrs
        ):
            prev = out[-1]
            out[-1] = Element(node.tag, node.attrs, _merge_adjacent(prev.children + node.children))
        else:
            out.append(node)
    return out


def _trim_end(nodes: list[Node]) -> list[Node]:
    while nodes:
        last = nodes[-1]
        if isinstance(last, str):
            stripped = last.rstrip(" ")
            if stripped:
                nodes[-1] = stripped
                return nodes
            nodes.pop()
        elif last.tag == "br":
            nodes.pop()
        elif last.tag == "img":
            return nodes
        else:
            children = _trim_end(list(last.children))
            if children:
                nodes[-1] = Element(last.tag, last.attrs, children)
                return nodes
            nodes.pop()
    return nodes


def _runs(nodes: list[Node], marks: tuple[Mark, ...], out: list[tuple[Node, tuple[Mark, ...]]]) -> None:
    for node in nodes:
        if isinstance(node, str) or node.tag in ("br", "img"):
            out.append((node, marks))
            continue
        if node.tag in MARK_ORDER:
            key = mark_of(node.tag, node.attrs)
            inner = (*(m for m in marks if m[2] != key[2]), key)
            _runs(node.children, tuple(sorted(inner, key=lambda m: MARK_ORDER[m[0]])), out)
        else:
            _runs(node.children, marks, out)


def _renest(nodes: list[Node]) -> list[Node]:
    """One canonical nesting for inline marks (core/inline_marks.py's order), adjacent runs merged."""
    runs: list[tuple[Node, tuple[Mark, ...]]] = []
    _runs(nodes, (), runs)
    root: list[Node] = []
    open_marks: list[Mark] = []
    open_elements: list[Element] = []
    for node, marks in runs:
        common = 0
        while common < len(open_marks) and common < len(marks) and open_marks[common] == marks[common]:
            common += 1
        del open_marks[common:]
        del open_elements[common:]
        for mark in marks[common:]:
            element = Element(mark[0], dict(mark[1]))
            (open_elements[-1].children if open_elements else root).append(element)
            open_marks.append(mark)
            open_elements.append(element)
        target = open_elements[-1].children if open_elements else root
        if isinstance(node, str) and target and isinstance(target[-1], str):
            target[-1] += node
        else:
            target.append(node)
    return root


def _tidy_inline(nodes: list[Node], heading: bool) -> list[Node]:
    collapsed, _, _ = _collapse(nodes, False, True)
    pruned = _prune(_renest(_prune(collapsed, heading)), heading)
    # Spaces before a <br> go too.
    trimmed: list[Node] = []
    for node in pruned:
        if isinstance(node, Element) and node.tag == "br":
            trimmed = _trim_end(trimmed)
        trimmed.append(node)
    result = _trim_end(trimmed)
    return result if any(_has_text(n) for n in result) else []


# --- public API -------------------------------------------------------------------------------


@dataclass
class CleanResult:
    html: str
    blocks: list[Element]
    report: CleanReport

    @property
    def plain_text(self) -> str:
        return "\n".join(b.text() for b in self.blocks)


def _nh3(markup: str) -> str:
    import nh3  # on the first clean, not at start (a 1.4 MB library)

    return nh3.clean(
        markup,
        tags=NH3_TAGS,
        attributes=NH3_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def clean_blocks(
    markup: str, base_direction: str = RTL, *, detect_direction: bool = False, keep_block_data: bool = False
) -> CleanResult:
    """Any HTML → the model's blocks, canonical HTML and a report of the invisible junk removed.

    A block without ``dir`` takes the article's direction (``base_direction``), as in HTML.
    For pasted markup pass ``detect_direction=True``: blocks without a ``dir`` of their own
    (nor an ancestor's) get the direction of their first strong character instead, so an
    English paragraph copied from an English page stays left to right.
    """
    normalizer = _Normalizer(base_direction, detect_direction, keep_block_data)
    blocks = normalizer.blocks(parse_html(markup).children)
    first = serialize(blocks)
    # The allowlist sanitizer has the last word; re-parse its output so the text stays canonical.
    safe = _nh3(first)
    if safe != first:
        blocks = _Normalizer(base_direction, False, keep_block_data).blocks(parse_html(safe).children)
        first = serialize(blocks)
    return CleanResult(first, blocks, normalizer.report)


def clean_html(
    markup: str, base_direction: str = RTL, *, detect_direction: bool = False, keep_block_data: bool = False
) -> str:
    return clean_blocks(
        markup, base_direction, detect_direction=detect_direction, keep_block_data=keep_block_data
    ).html


def clean_paste(markup: str, base_direction: str = RTL) -> CleanResult:
    """Clipboard HTML from Word, Google Docs, LibreOffice or a web page → the model."""
    return clean_blocks(markup, base_direction, detect_direction=True)


def plain_text_to_blocks(text: str, base_direction: str = RTL) -> CleanResult:
    """Paste as plain text: each non-empty line becomes a paragraph; junk controls are removed."""
    text, report = strip_invisible_junk(
        text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
    )
    blocks: list[Element] = []
    for line in text.split("\n"):
        line = _SPACE_RE.sub(" ", line).strip()
        if not line:
            continue
        block = Element("p", {}, [line])
        direction = first_strong_direction(line)
        if direction is not None and direction != base_direction:
            block.attrs["dir"] = direction
        blocks.append(block)
    return CleanResult(serialize(blocks), blocks, report)


def html_to_plain_text(markup: str) -> str:
    return clean_blocks(markup).plain_text


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def tidy_inline(nodes: list[Node], *, heading: bool = False) -> list[Node]:
    """Canonical inline content: whitespace collapsed, ends trimmed, empty or redundant elements gone."""
    return _tidy_inline(nodes, heading)


def clean_inline(nodes: Iterable[Node], *, heading: bool = False, site: bool = False) -> list[Node]:
    """Anyone's inline nodes → the model's (text, br and the marks), tidied. ``site``: a WordPress post's,
    whose elements the model does not show are kept with their attributes (core/inline_marks.py)."""
    return _tidy_inline(_Normalizer(RTL, False, capture=site).inline(nodes), heading)


def block_data(element: Element) -> dict[str, object]:
    """The ``data-wp`` object of a model element ({} when it has none or it is not a JSON object)."""
    value = element.attrs.get(BLOCK_DATA)
    return (_json_object(value) or {}) if value else {}


def clean_url(url: str) -> str | None:
    """A link as the model keeps it (tracking parameters dropped), or None when it is not allowed."""
    return _clean_url(url)


def escape_attr(value: str) -> str:
    return _escape_attr(value)


_RAW_BLOCK_RE = re.compile(r'<div data-wp="[^"]*"></div>\n?')
_BLOCK_DATA_RE = re.compile(r' data-wp="[^"]*"')
_BARE_SPAN_RE = re.compile(r"</?span>")  # a kept site element, without its data: nothing


def without_block_data(body_html: str) -> str:
    """The stored body for readers (exports, previews): no WordPress block data, no kept blocks."""
    if "data-wp=" not in body_html:
        return body_html
    return _BARE_SPAN_RE.sub("", _BLOCK_DATA_RE.sub("", _RAW_BLOCK_RE.sub("", body_html)))
