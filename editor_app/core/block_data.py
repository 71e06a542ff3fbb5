"""What travels with a model element that came from a WordPress block (``data-wp``), and the wrapper
elements the block editor writes for each block's attributes (no Qt).

Both directions use these: the writer (core/block_serialize.py) writes a block's wrapper from its
attributes, and the reader (core/block_parse.py) compares the site's wrapper with the same default to
know whether the wrapper has to be kept as it is. ``data-wp`` holds JSON: see core/blocks.py for its keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from editor_app.core.block_grammar import parse_blocks
from editor_app.core.html_clean import (
    BLOCK_DATA,
    VOID_TAGS,
    Element,
    Markup,
    Node,
    block_data,
    serialize_inline,
)
from editor_app.core.inline_marks import encode_json, site_element

UUID_ATTR = "qalamId"  # the article's id in the first block's attributes (sites without the companion plugin)
CAPTION_CLASS = "wp-element-caption"
_AMP = re.compile(r"&(?!(?:[a-z0-9]+|#[0-9]+|#x[a-f0-9]+);)", re.IGNORECASE)

Pairs = list[tuple[str, str]]


def esc_attr(value: str) -> str:
    """Attribute escaping of @wordpress/escape-html (entities already written are left alone)."""
    return _AMP.sub("&amp;", value).replace('"', "&quot;").replace(">", "&gt;")


def attr_html(pairs: Iterable[tuple[str, str]]) -> str:
    return "".join(f' {name}="{esc_attr(value)}"' for name, value in pairs)


def as_dict(value: object) -> dict[str, Any]:
    return dict(value) if isinstance(value, dict) else {}


def as_pairs(value: object) -> Pairs | None:
    """A kept attribute list (``[[name, value], …]``) from ``data-wp``; None when there is none."""
    if not isinstance(value, list):
        return None
    return [(str(p[0]), str(p[1])) for p in value if isinstance(p, list | tuple) and len(p) == 2]


def encode_data(data: Mapping[str, object]) -> str:
    """``data-wp``'s JSON, with nothing a tag-stripping regex or an HTML parser could trip on."""
    return encode_json(data)


def site_inline(nodes: Iterable[Node]) -> str:
    """Inline content as the site writes it: each mark that came from the site is its element again
    (its own name and attributes, from ``data-wp``); the others as the model writes them."""
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str) or node.tag in VOID_TAGS:
            out.append(node if type(node) is Markup else serialize_inline([node]))
            continue
        inner = site_inline(node.children)
        if BLOCK_DATA not in node.attrs:
            out.append(serialize_inline([Element(node.tag, node.attrs, [Markup(inner)])]))
            continue
        found = site_element(node.tag, block_data(node), node.attrs.get("href"))
        if found is None:
            out.append(inner)
        else:
            out.append(f"<{found[0]}{attr_html(found[1])}>{inner}</{found[0]}>")
    return "".join(out)


def raw_element(raw: str) -> Element:
    """A block the model cannot hold, kept byte for byte."""
    return Element("div", {BLOCK_DATA: encode_data({"raw": raw})})


def block_label(raw: str) -> str:
    """The block's name as the site writes it (for the editor's placeholder), e.g. ``core/gallery``."""
    blocks = [b for b in parse_blocks(raw) if not b.is_blank]
    return (blocks[0].name or "html") if blocks else "html"


def model_heading(level: int) -> str:
    """The model has two heading levels: h1/h2 → h2, h3–h6 → h3."""
    return "h2" if level <= 2 else "h3"


# --- default wrappers: what the block editor writes for a block's attributes ----------------------


def _classes(*names: object) -> str:
    return " ".join(str(n) for n in names if n)


def _with_class(pairs: Pairs, classes: str, anchor: object) -> Pairs:
    out = [("class", classes)] if classes else []
    out += pairs
    if isinstance(anchor, str) and anchor:
        out.append(("id", anchor))
    return out


def paragraph_wrap(attrs: Mapping[str, Any]) -> Pairs:
    align = attrs.get("align")
    classes = _classes(
        "has-drop-cap" if attrs.get("dropCap") else "",
        f"has-text-align-{align}" if align else "",
        attrs.get("className"),
    )
    return _with_class([], classes, attrs.get("anchor"))


def heading_wrap(attrs: Mapping[str, Any]) -> Pairs:
    align = attrs.get("textAlign")
    classes = _classes(f"has-text-align-{align}" if align else "", attrs.get("className"))
    return _with_class([], classes, attrs.get("anchor"))


def list_wrap(attrs: Mapping[str, Any]) -> Pairs:
    return _with_class([], _classes(attrs.get("className")), attrs.get("anchor"))


def quote_wrap(attrs: Mapping[str, Any]) -> Pairs:
    align = attrs.get("align")
    classes = _classes("wp-block-quote", f"has-text-align-{align}" if align else "", attrs.get("className"))
    return _with_class([], classes, attrs.get("anchor"))


def image_wrap(attrs: Mapping[str, Any]) -> Pairs:
    align, size = attrs.get("align"), attrs.get("sizeSlug")
    classes = _classes(
        "wp-block-image",
        f"align{align}" if align else "",
        f"size-{size}" if size else "",
        "is-resized" if attrs.get("width") or attrs.get("height") else "",
        attrs.get("className"),
    )
    return _with_class([], classes, attrs.get("anchor"))


def img_extra(attrs: Mapping[str, Any]) -> Pairs:
    """The ``<img>``'s attributes besides src and alt."""
    out: Pairs = []
    if attrs.get("id"):
        out.append(("class", f"wp-image-{attrs['id']}"))
    for key in ("width", "height", "title"):
        if attrs.get(key):
            out.append((key, str(attrs[key])))
    return out


def table_wrap(attrs: Mapping[str, Any]) -> Pairs:
    align = attrs.get("align")
    classes = _classes("wp-block-table", f"align{align}" if align else "", attrs.get("className"))
    return _with_class([], classes, attrs.get("anchor"))


def table_inner(attrs: Mapping[str, Any]) -> Pairs:
    """The ``<table>``'s own attributes."""
    return [("class", "has-fixed-layout")] if attrs.get("hasFixedLayout") else []


def separator_wrap(attrs: Mapping[str, Any]) -> Pairs:
    opacity = attrs.get("opacity", "alpha-channel")
    classes = _classes(
        "wp-block-separator",
        "has-css-opacity" if opacity == "css" else "",
        "has-alpha-channel-opacity" if opacity == "alpha-channel" else "",
        attrs.get("className"),
    )
    return _with_class([], classes, attrs.get("anchor"))


def embed_wrap(attrs: Mapping[str, Any]) -> Pairs:
    kind, slug = attrs.get("type"), attrs.get("providerNameSlug")
    classes = _classes(
        "wp-block-embed",
        f"is-type-{kind}" if kind else "",
        f"is-provider-{slug}" if slug else "",
        f"wp-block-embed-{slug}" if slug else "",
        f"align{attrs['align']}" if attrs.get("align") else "",
        attrs.get("className"),
    )
    return [("class", classes)]


# --- what reading a site's inline content into the model would lose --------------------------------


_DROPPED = re.compile(
    r"<(svg|math|iframe|object|embed|script|style|input|button|select|textarea|canvas|video|audio|"
    r"template|noscript|map|form)\b",
    re.IGNORECASE,
)


def _marks(nodes: Iterable[Node], site: bool, out: set[tuple[str, tuple[tuple[str, str], ...]]]) -> None:
    for node in nodes:
        if isinstance(node, str):
            continue
        if site:
            tag, pairs = node.tag, [(k, v) for k, v in node.attrs.items()]
        else:
            data = block_data(node) if BLOCK_DATA in node.attrs else {}
            tag = str(data.get("tag", node.tag))
            pairs = as_pairs(data.get("attrs")) or [(k, v) for k, v in node.attrs.items() if k != BLOCK_DATA]
        if tag == "img" or (site and not pairs and (tag == "span" or not node.text().strip())):
            pass  # images are the model's own; a bare span, an empty bold…: nothing
        else:
            out.add((tag, tuple(p for p in pairs if p[0] != "href")))
        _marks(node.children, site, out)


def lost_marks(original: Iterable[Node], content: Iterable[Node], html_text: str = "") -> set[str]:
    """The site's inline elements (by name) that the model's reading ``content`` of ``original`` has not
    kept, and the ones the HTML parser drops with their content (an inline SVG…) found in ``html_text``."""
    before: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
    after: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
    _marks(original, True, before)
    _marks(content, False, after)
    return {tag for tag, _ in before - after} | {m.lower() for m in _DROPPED.findall(html_text)}
