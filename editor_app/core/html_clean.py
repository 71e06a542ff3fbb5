"""The article body's clean HTML model, and turning anyone's HTML into it.

The stored and published body uses only these elements::

    block:  p h2 h3 blockquote(p+) ul/ol(li+) figure(img, figcaption?) hr
    inline: strong em a[href] br

``dir`` appears only on p/h2/h3/li whose direction differs from the article's.
There are no classes, styles, fonts or spans. :func:`clean_html` takes HTML from Word,
Google Docs, LibreOffice, web pages or a WordPress post and returns the canonical form;
nh3 (an allowlist sanitizer) is the last step, so nothing outside the model can get
through even if the normaliser misses a case. :func:`serialize` writes the canonical
text that the editor also writes, so load → save is an identity on clean HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import nh3

from editor_app.core.arabic_text import LTR, RTL, CleanReport, first_strong_direction, strip_invisible_junk

BLOCK_TAGS = frozenset({"p", "h2", "h3", "blockquote", "ul", "ol", "li", "figure", "figcaption", "hr"})
INLINE_TAGS = frozenset({"strong", "em", "a", "br", "img"})
MODEL_TAGS = BLOCK_TAGS | INLINE_TAGS
DIR_TAGS = frozenset({"p", "h2", "h3", "li"})
VOID_TAGS = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source", "param"}
)

NH3_TAGS = set(MODEL_TAGS)
NH3_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href"},
    "img": {"src", "alt"},
    **{tag: {"dir"} for tag in DIR_TAGS},
}
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
_RENAMES = {
    "b": "strong",
    "i": "em",
    "cite": "em",
    "dfn": "em",
    "h1": "h2",
    "h4": "h3",
    "h5": "h3",
    "h6": "h3",
}
_TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_[ce]id|igshid|_ga|_gl|yclid|ref_src)$", re.I
)
_SPACE_RE = re.compile(r"[ \t\r\n\f\u00a0]+")
_LIST_MARKER_OL = re.compile(r"^\s*([0-9٠-٩]+|[a-zA-Z]|[ivxlcIVXLC]+|[أ-ي])[.)\-]")


# --- a minimal DOM ----------------------------------------------------------------------------


@dataclass
class Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)

    def text(self) -> str:
        parts: list[str] = []
        for child in self.children:
            if isinstance(child, str):
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


_ATTR_ORDER = {"href": 0, "src": 1, "alt": 2, "dir": 3}


def _open_tag(element: Element) -> str:
    attrs = sorted(element.attrs.items(), key=lambda kv: (_ATTR_ORDER.get(kv[0], 9), kv[0]))
    rendered = "".join(f' {k}="{_escape_attr(v)}"' for k, v in attrs)
    return f"<{element.tag}{rendered}>"


def serialize_inline(nodes: Iterable[Node]) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(_escape_text(node))
        elif node.tag in VOID_TAGS:
            out.append(_open_tag(node))
        else:
            out.append(_open_tag(node) + serialize_inline(node.children) + f"</{node.tag}>")
    return "".join(out)


def serialize(blocks: Iterable[Element], inline: Callable[[list[Node]], str] | None = None) -> str:
    """The canonical text: one top-level block per line, containers with their children on own lines.

    ``inline`` serialises a paragraph's children (default :func:`serialize_inline`); the editor passes
    one that remembers the paragraphs it has written before."""
    inner = inline or serialize_inline
    lines: list[str] = []
    for block in blocks:
        if block.tag in ("blockquote", "ul", "ol"):
            lines.append(_open_tag(block))
            for child in block.children:
                if isinstance(child, Element):
                    lines.append(_open_tag(child) + inner(child.children) + f"</{child.tag}>")
            lines.append(f"</{block.tag}>")
        elif block.tag == "figure":
            lines.append(_open_tag(block) + serialize_inline(block.children) + "</figure>")
        elif block.tag == "hr":
            lines.append("<hr>")
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


def _clean_url(url: str) -> str | None:
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

    def __init__(self, base_direction: str, detect: bool) -> None:
        self.base = base_direction
        self.detect = detect
        self.report = CleanReport()

    # Inline content: returns model inline nodes (str, strong, em, a, br, img).
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
                out.append(Element("a", {"href": href}, children) if href else _Fragment(children))
                continue
            bold = _is_bold(style.get("font-weight", ""))
            italic = style.get("font-style", "") in ("italic", "oblique")
            # Google Docs wraps everything in <b style="font-weight:normal" id="docs-internal-guid-…">.
            is_strong = (tag == "strong" and bold is not False) or bold is True
            is_em = tag == "em" or italic
            wrapped: list[Node] = children
            if is_em:
                wrapped = [Element("em", {}, wrapped)]
            if is_strong:
                wrapped = [Element("strong", {}, wrapped)]
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
                result.extend(
                    self._paragraphs(tag if tag in ("p", "h2", "h3") else "p", node.children, direction)
                )
            elif tag in _CONTAINERS or tag in _TRANSPARENT or tag == "#root":
                flush()
                result.extend(self.blocks(node.children, direction))
            elif tag == "blockquote":
                flush()
                inner = [b for b in self.blocks(node.children, direction) if b.tag != "hr"]
                paras = _as_paragraphs(inner)
                if paras:
                    result.append(Element("blockquote", {}, list(paras)))
            elif tag in ("ul", "ol"):
                flush()
                items = self._list_items(node, direction)
                if items:
                    result.append(Element(tag, {}, list(items)))
            elif tag == "li":  # a stray item outside a list
                flush()
                result.append(Element("ul", {}, list(self._list_items(Element("ul", {}, [node]), direction))))
            elif tag == "figure":
                flush()
                result.extend(self._figure(node))
            elif tag == "hr":
                flush()
                result.append(Element("hr"))
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
        items: list[Element] = []
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
                items.extend(self._paragraphs("li", own, child_dir))
                for sub in nested:  # the model has flat lists: nested items follow their parent
                    items.extend(self._list_items(sub, child_dir))
            elif child.tag in ("ul", "ol"):
                items.extend(self._list_items(child, child_dir))
            else:
                items.extend(self._paragraphs("li", [child], child_dir))
        return items

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
        elif isinstance(node, Element) and node.tag == "span":
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
        if block.tag in ("p", "h2", "h3"):
            para = Element("p", dict(block.attrs), block.children)
            paras.append(para)
        elif block.tag in ("ul", "ol", "blockquote"):
            paras.extend(_as_paragraphs([c for c in block.children if isinstance(c, Element)]))
        elif block.tag == "li":
            paras.append(Element("p", dict(block.attrs), block.children))
    return paras


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
            text = _SPACE_RE.sub(" ", node)
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
        children = _prune(node.children, heading, inside | {node.tag})
        if not any(_has_text(c) for c in children) and not (node.tag == "a" and children):
            if any(isinstance(c, str) and c for c in children):
                out.extend(children)  # a bold space stays a space
            continue
        if (heading and node.tag == "strong") or node.tag in inside:
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
            and node.tag in ("strong", "em", "a")
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


_Mark = tuple[str, str]
_MARK_ORDER = {"a": 0, "strong": 1, "em": 2}


def _runs(nodes: list[Node], marks: tuple[_Mark, ...], out: list[tuple[Node, tuple[_Mark, ...]]]) -> None:
    for node in nodes:
        if isinstance(node, str) or node.tag in ("br", "img"):
            out.append((node, marks))
            continue
        if node.tag in _MARK_ORDER:
            key = (node.tag, node.attrs.get("href", "") if node.tag == "a" else "")
            inner = (*(m for m in marks if m[0] != node.tag), key)
            _runs(node.children, tuple(sorted(inner, key=lambda m: _MARK_ORDER[m[0]])), out)
        else:
            _runs(node.children, marks, out)


def _renest(nodes: list[Node]) -> list[Node]:
    """One canonical nesting for inline marks: a outside strong outside em, adjacent runs merged."""
    runs: list[tuple[Node, tuple[_Mark, ...]]] = []
    _runs(nodes, (), runs)
    root: list[Node] = []
    open_marks: list[_Mark] = []
    open_elements: list[Element] = []
    for node, marks in runs:
        common = 0
        while common < len(open_marks) and common < len(marks) and open_marks[common] == marks[common]:
            common += 1
        del open_marks[common:]
        del open_elements[common:]
        for mark in marks[common:]:
            element = Element(mark[0], {"href": mark[1]} if mark[0] == "a" else {})
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
    return nh3.clean(
        markup,
        tags=NH3_TAGS,
        attributes=NH3_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def clean_blocks(markup: str, base_direction: str = RTL, *, detect_direction: bool = False) -> CleanResult:
    """Any HTML → the model's blocks, canonical HTML and a report of the invisible junk removed.

    A block without ``dir`` takes the article's direction (``base_direction``), as in HTML.
    For pasted markup pass ``detect_direction=True``: blocks without a ``dir`` of their own
    (nor an ancestor's) get the direction of their first strong character instead, so an
    English paragraph copied from an English page stays left to right.
    """
    normalizer = _Normalizer(base_direction, detect_direction)
    blocks = normalizer.blocks(parse_html(markup).children)
    first = serialize(blocks)
    # The allowlist sanitizer has the last word; re-parse its output so the text stays canonical.
    safe = _nh3(first)
    if safe != first:
        blocks = _Normalizer(base_direction, False).blocks(parse_html(safe).children)
        first = serialize(blocks)
    return CleanResult(first, blocks, normalizer.report)


def clean_html(markup: str, base_direction: str = RTL, *, detect_direction: bool = False) -> str:
    return clean_blocks(markup, base_direction, detect_direction=detect_direction).html


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
