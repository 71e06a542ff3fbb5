"""The article's clean HTML as WordPress blocks, and a post's blocks back as clean HTML (no Qt).

To the site (:func:`post_content`): each model block becomes the core block the block editor would make
for it, written exactly as the block editor's serializer writes it (WordPress 6.1: the wrapper elements,
``wp-block-*`` and ``wp-element-caption`` classes, void ``<img/>``/``<hr/>``, JSON attributes encoded as
``serializeAttributes`` does): p → core/paragraph (``direction`` when its ``dir`` differs from the
article's, which saves as ``dir``), h2/h3 → core/heading, ul/ol → core/list of core/list-item (nested
lists inside their item), blockquote → core/quote of paragraphs, figure → core/image (with the site's
media id), table → core/table, hr → core/separator, a paragraph that is only a link to a known video or
post provider → core/embed, and anything else → core/html.

From the site (:func:`article_body`): each block becomes the model element it stands for. What Qalam
does not edit travels with the element in ``data-wp`` (JSON): ``attrs`` (the block's attributes that the
model has no place for: className, anchor, colours…), ``wrap`` (the wrapper element's attributes when they
are not what those attributes alone give), and per kind ``img``/``link``/``table`` (attributes of the inner
elements), ``cite`` (a quote's citation), ``caption`` (an embed's), ``name`` (core/embed) and ``level`` (a
heading level the model folds into h2/h3). A block the model cannot hold (custom blocks, core/html,
galleries, columns, an empty paragraph…) becomes ``<div data-wp='{"raw": "<!-- wp:… -->…"}'></div>`` and
is written back byte for byte.

A word changed in one block changes only that block: :func:`post_content` takes the site's current
content, and every model block that still equals what a site block reads as is written as that site
block's exact text; only the others are written anew.
"""

from __future__ import annotations

import difflib
import html
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from editor_app.core.arabic_text import RTL, first_strong_direction, strip_invisible_junk
from editor_app.core.block_grammar import Block, delimited, parse_blocks, with_attrs
from editor_app.core.html_clean import (
    BLOCK_DATA,
    Element,
    Markup,
    Node,
    block_data,
    clean_blocks,
    clean_inline,
    clean_url,
    parse_html,
    serialize,
    serialize_inline,
)
from editor_app.core.html_clean import escape_attr as _attr

UUID_ATTR = "qalamId"  # the article's id in the first block's attributes (sites without the companion plugin)
CAPTION_CLASS = "wp-element-caption"
_LEGACY_MARKER = re.compile(r"\s*<!-- qalam:[0-9a-fA-F-]{8,64} -->")
_AMP = re.compile(r"&(?!(?:[a-z0-9]+|#[0-9]+|#x[a-f0-9]+);)", re.IGNORECASE)
_OPEN_TAG = re.compile(r"^\s*<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>\s*$", re.DOTALL)
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

# Links that WordPress turns into an embed (its own oEmbed providers and the block's variations).
EMBED_PROVIDERS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(r"^https?://(?:(?:www|m)\.)?youtube\.com/(?:watch\?|shorts/)|^https?://youtu\.be/"),
        "youtube",
        "video",
    ),
    (re.compile(r"^https?://(?:www\.|player\.)?vimeo\.com/\d"), "vimeo", "video"),
    (re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status/"), "twitter", "rich"),
    (re.compile(r"^https?://(?:www\.)?soundcloud\.com/"), "soundcloud", "rich"),
    (re.compile(r"^https?://open\.spotify\.com/"), "spotify", "rich"),
    (re.compile(r"^https?://(?:www\.)?tiktok\.com/@[^/]+/video/"), "tiktok", "video"),
    (re.compile(r"^https?://(?:www\.)?dailymotion\.com/video/"), "dailymotion", "video"),
    (re.compile(r"^https?://(?:www\.)?ted\.com/talks/"), "ted", "video"),
    (re.compile(r"^https?://(?:www\.)?reddit\.com/r/[^/]+/comments/"), "reddit", "rich"),
)

Pairs = list[tuple[str, str]]


# --- small helpers ------------------------------------------------------------------------------


def _esc_attr(value: str) -> str:
    """Attribute escaping of @wordpress/escape-html (entities already written are left alone)."""
    return _AMP.sub("&amp;", value).replace('"', "&quot;").replace(">", "&gt;")


def _attr_html(pairs: Iterable[tuple[str, str]]) -> str:
    return "".join(f' {name}="{_esc_attr(value)}"' for name, value in pairs)


def _classes(*names: object) -> str:
    return " ".join(str(n) for n in names if n)


def _with_class(pairs: Pairs, classes: str, anchor: object) -> Pairs:
    out = [("class", classes)] if classes else []
    out += pairs
    if isinstance(anchor, str) and anchor:
        out.append(("id", anchor))
    return out


def _dict(value: object) -> dict[str, Any]:
    return dict(value) if isinstance(value, dict) else {}


def _pairs(value: object) -> Pairs | None:
    if not isinstance(value, list):
        return None
    return [(str(p[0]), str(p[1])) for p in value if isinstance(p, list | tuple) and len(p) == 2]


def _encode_data(data: Mapping[str, object]) -> str:
    """``data-wp``'s JSON, with nothing a tag-stripping regex or an HTML parser could trip on."""
    text = json.dumps(dict(data), ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def raw_element(raw: str) -> Element:
    return Element("div", {BLOCK_DATA: _encode_data({"raw": raw})})


def block_label(raw: str) -> str:
    """The block's name as the site writes it (for the editor's placeholder), e.g. ``core/gallery``."""
    blocks = [b for b in parse_blocks(raw) if not b.is_blank]
    return (blocks[0].name or "html") if blocks else "html"


# --- default wrappers (also what the site's wrapper is compared with on the way in) ---------------


def _paragraph_wrap(attrs: Mapping[str, Any]) -> Pairs:
    align = attrs.get("align")
    classes = _classes(
        "has-drop-cap" if attrs.get("dropCap") else "",
        f"has-text-align-{align}" if align else "",
        attrs.get("className"),
    )
    return _with_class([], classes, attrs.get("anchor"))


def _heading_wrap(attrs: Mapping[str, Any]) -> Pairs:
    align = attrs.get("textAlign")
    classes = _classes(f"has-text-align-{align}" if align else "", attrs.get("className"))
    return _with_class([], classes, attrs.get("anchor"))


def _list_wrap(attrs: Mapping[str, Any]) -> Pairs:
    return _with_class([], _classes(attrs.get("className")), attrs.get("anchor"))


def _quote_wrap(attrs: Mapping[str, Any]) -> Pairs:
    align = attrs.get("align")
    classes = _classes("wp-block-quote", f"has-text-align-{align}" if align else "", attrs.get("className"))
    return _with_class([], classes, attrs.get("anchor"))


def _image_wrap(attrs: Mapping[str, Any]) -> Pairs:
    align, size = attrs.get("align"), attrs.get("sizeSlug")
    classes = _classes(
        "wp-block-image",
        f"align{align}" if align else "",
        f"size-{size}" if size else "",
        "is-resized" if attrs.get("width") or attrs.get("height") else "",
        attrs.get("className"),
    )
    return _with_class([], classes, attrs.get("anchor"))


def _img_extra(attrs: Mapping[str, Any]) -> Pairs:
    out: Pairs = []
    if attrs.get("id"):
        out.append(("class", f"wp-image-{attrs['id']}"))
    for key in ("width", "height", "title"):
        if attrs.get(key):
            out.append((key, str(attrs[key])))
    return out


def _table_wrap(attrs: Mapping[str, Any]) -> Pairs:
    align = attrs.get("align")
    classes = _classes("wp-block-table", f"align{align}" if align else "", attrs.get("className"))
    return _with_class([], classes, attrs.get("anchor"))


def _separator_wrap(attrs: Mapping[str, Any]) -> Pairs:
    opacity = attrs.get("opacity", "alpha-channel")
    classes = _classes(
        "wp-block-separator",
        "has-css-opacity" if opacity == "css" else "",
        "has-alpha-channel-opacity" if opacity == "alpha-channel" else "",
        attrs.get("className"),
    )
    return _with_class([], classes, attrs.get("anchor"))


def _embed_wrap(attrs: Mapping[str, Any]) -> Pairs:
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


# --- the model → blocks -----------------------------------------------------------------------------


class _Writer:
    def __init__(self, media_ids: Mapping[str, int], embeds: bool) -> None:
        self.media_ids = media_ids
        self.embeds = embeds

    def block(self, element: Element) -> str:
        data = block_data(element)
        tag = element.tag
        if tag == "div" and isinstance(data.get("raw"), str):
            return str(data["raw"])
        if tag == "p":
            embed = self._embed(element, data)
            return embed if embed is not None else self.paragraph(element, data)
        if tag in ("h2", "h3"):
            return self.heading(element, data)
        if tag in ("ul", "ol"):
            return self.list(element, data)
        if tag == "blockquote":
            return self.quote(element, data)
        if tag == "figure":
            return self.image(element, data)
        if tag == "table":
            return self.table(element, data)
        if tag == "hr":
            return self.separator(data)
        return delimited("core/html", {}, serialize([element]).strip())

    @staticmethod
    def _wrap(data: Mapping[str, object], default: Pairs) -> Pairs:
        kept = _pairs(data.get("wrap"))
        return default if kept is None else kept

    def paragraph(self, element: Element, data: Mapping[str, object]) -> str:
        kept = _dict(data.get("attrs"))
        attrs = {k: v for k, v in kept.items() if k in ("align", "dropCap")}
        direction = element.attrs.get("dir")
        if direction:
            attrs["direction"] = direction
        attrs.update((k, v) for k, v in kept.items() if k not in attrs)
        pairs = [p for p in self._wrap(data, _paragraph_wrap(kept)) if p[0] != "dir"]
        if direction:
            at = 1 if pairs and pairs[0][0] == "class" else 0
            pairs.insert(at, ("dir", direction))
        return delimited(
            "core/paragraph", attrs, f"<p{_attr_html(pairs)}>{serialize_inline(element.children)}</p>"
        )

    def heading(self, element: Element, data: Mapping[str, object]) -> str:
        kept = _dict(data.get("attrs"))
        level = 2 if element.tag == "h2" else 3
        folded = data.get("level")
        if isinstance(folded, int) and _model_heading(folded) == element.tag:
            level = folded
        attrs = {k: v for k, v in kept.items() if k == "textAlign"}
        if level != 2:
            attrs["level"] = level
        attrs.update((k, v) for k, v in kept.items() if k not in attrs)
        pairs = self._wrap(data, _heading_wrap(kept))
        content = serialize_inline(element.children)
        return delimited("core/heading", attrs, f"<h{level}{_attr_html(pairs)}>{content}</h{level}>")

    def list(self, element: Element, data: Mapping[str, object]) -> str:
        kept = _dict(data.get("attrs"))
        attrs: dict[str, Any] = {"ordered": True} if element.tag == "ol" else {}
        attrs.update((k, v) for k, v in kept.items() if k != "ordered")
        items = [self.list_item(item) for item in element.children if isinstance(item, Element)]
        pairs = self._wrap(data, _list_wrap(kept))
        return delimited(
            "core/list",
            attrs,
            f"<{element.tag}{_attr_html(pairs)}>" + "\n\n".join(items) + f"</{element.tag}>",
        )

    def list_item(self, item: Element) -> str:
        data = block_data(item)
        kept = _dict(data.get("attrs"))
        inline = [c for c in item.children if not (isinstance(c, Element) and c.tag in ("ul", "ol"))]
        nested = [
            self.list(c, block_data(c))
            for c in item.children
            if isinstance(c, Element) and c.tag in ("ul", "ol")
        ]
        pairs = self._wrap(data, _list_wrap(kept))
        return delimited(
            "core/list-item",
            kept,
            f"<li{_attr_html(pairs)}>{serialize_inline(inline)}" + "".join(nested) + "</li>",
        )

    def quote(self, element: Element, data: Mapping[str, object]) -> str:
        kept = _dict(data.get("attrs"))
        paras = [self.paragraph(p, block_data(p)) for p in element.children if isinstance(p, Element)]
        cite = data.get("cite")
        tail = f"<cite>{cite}</cite>" if isinstance(cite, str) and cite else ""
        pairs = self._wrap(data, _quote_wrap(kept))
        return delimited(
            "core/quote",
            kept,
            f"<blockquote{_attr_html(pairs)}>" + "\n\n".join(paras) + tail + "</blockquote>",
        )

    def image(self, element: Element, data: Mapping[str, object]) -> str:
        kept = _dict(data.get("attrs"))
        img = next((c for c in element.children if isinstance(c, Element) and c.tag == "img"), None)
        caption = next(
            (c for c in element.children if isinstance(c, Element) and c.tag == "figcaption"), None
        )
        if img is None:
            return delimited("core/html", {}, serialize([element]).strip())
        src = img.attrs.get("src", "")
        media_id = self.media_ids.get(src)
        attrs: dict[str, Any] = {k: v for k, v in kept.items() if k == "align"}
        if media_id is not None or kept.get("id"):
            attrs["id"] = media_id if media_id is not None else kept["id"]
        attrs.update((k, v) for k, v in kept.items() if k not in attrs)
        extra = _pairs(data.get("img"))
        if extra is None:
            extra = _img_extra(attrs)
        else:
            extra = [
                (k, f"wp-image-{attrs['id']}" if k == "class" and "id" in attrs else v) for k, v in extra
            ]
        image = (
            f'<img src="{_esc_attr(src)}" alt="{_esc_attr(img.attrs.get("alt", ""))}"{_attr_html(extra)}/>'
        )
        link = _pairs(data.get("link"))
        if link is not None:
            image = f"<a{_attr_html(link)}>{image}</a>"
        if caption is not None and caption.children:
            image += f'<figcaption class="{CAPTION_CLASS}">{serialize_inline(caption.children)}</figcaption>'
        pairs = self._wrap(data, _image_wrap(attrs))
        return delimited("core/image", attrs, f"<figure{_attr_html(pairs)}>{image}</figure>")

    def table(self, element: Element, data: Mapping[str, object]) -> str:
        kept = _dict(data.get("attrs"))
        caption = ""
        sections: list[str] = []
        for part in element.children:
            if not isinstance(part, Element):
                continue
            if part.tag == "caption":
                caption = serialize_inline(part.children)
                continue
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<{c.tag}>{serialize_inline(c.children)}</{c.tag}>"
                    for c in row.children
                    if isinstance(c, Element)
                )
                + "</tr>"
                for row in part.children
                if isinstance(row, Element)
            )
            sections.append(f"<{part.tag}>{rows}</{part.tag}>")
        inner = _pairs(data.get("table"))
        if inner is None:
            inner = [("class", "has-fixed-layout")] if kept.get("hasFixedLayout") else []
        body = f"<table{_attr_html(inner)}>" + "".join(sections) + "</table>"
        if caption:
            body += f'<figcaption class="{CAPTION_CLASS}">{caption}</figcaption>'
        pairs = self._wrap(data, _table_wrap(kept))
        return delimited("core/table", kept, f"<figure{_attr_html(pairs)}>{body}</figure>")

    def separator(self, data: Mapping[str, object]) -> str:
        kept = _dict(data.get("attrs"))
        pairs = self._wrap(data, _separator_wrap(kept))
        return delimited("core/separator", kept, f"<hr{_attr_html(pairs)}/>")

    def _embed(self, element: Element, data: Mapping[str, object]) -> str | None:
        children = [c for c in element.children if not (isinstance(c, str) and not c.strip())]
        if len(children) != 1 or not isinstance(children[0], Element) or children[0].tag != "a":
            return None
        url = children[0].attrs.get("href", "")
        kept = _dict(data.get("attrs"))
        if data.get("name") == "core/embed":
            attrs = {"url": url, **{k: v for k, v in kept.items() if k != "url"}}
        elif self.embeds and children[0].text().strip() == url:
            found = next(
                ((slug, kind) for pattern, slug, kind in EMBED_PROVIDERS if pattern.match(url)), None
            )
            if found is None:
                return None
            attrs = {"url": url, "type": found[1], "providerNameSlug": found[0], "responsive": True}
        else:
            return None
        caption = data.get("caption")
        tail = (
            f'<figcaption class="{CAPTION_CLASS}">{caption}</figcaption>'
            if isinstance(caption, str) and caption
            else ""
        )
        pairs = self._wrap(data, _embed_wrap(attrs))
        inner = f'<div class="wp-block-embed__wrapper">\n{url}\n</div>'
        return delimited("core/embed", attrs, f"<figure{_attr_html(pairs)}>{inner}{tail}</figure>")


def _model_heading(level: int) -> str:
    return "h2" if level <= 2 else "h3"


def model_elements(body_html: str) -> list[Element]:
    """The stored body's top-level elements (it is clean already: a plain parse is enough)."""
    if "<!-- wp:" in body_html:  # a body stored before Qalam read blocks: read it as a post
        body_html = article_body(body_html)
    return [node for node in parse_html(body_html).children if isinstance(node, Element)]


def post_content(
    body_html: str,
    *,
    media_ids: Mapping[str, int] | None = None,
    embeds: bool = True,
    article_id: str | None = None,
    site_content: str | None = None,
    direction: str = RTL,
) -> str:
    """The article body as the post's block markup.

    ``media_ids``: the site's media id for each image ``src`` (after upload). ``article_id``: written into
    the first block's attributes (``qalamId``) so the post can be found on a site without the companion
    plugin. ``site_content``: the post's current content on the site; its blocks that the article still
    has unchanged are written back exactly as they are there.
    """
    writer = _Writer(media_ids or {}, embeds)
    elements = model_elements(body_html)
    out: list[str | None] = [None] * len(elements)
    if site_content:
        reused = _unchanged(elements, site_content, direction)
        for index, raw in reused.items():
            out[index] = raw
    blocks = [raw if raw is not None else writer.block(el) for raw, el in zip(out, elements, strict=True)]
    if article_id is not None:
        if not blocks:
            blocks = [delimited("core/paragraph", {}, "<p></p>")]
        blocks[0] = with_attrs(blocks[0], {UUID_ATTR: article_id})
    return "\n\n".join(blocks)


def _unchanged(elements: list[Element], site_content: str, direction: str) -> dict[int, str]:
    """Which of ``elements`` are a site block unchanged: index → that block's exact text."""
    site = site_elements(site_content, direction)
    site_keys = [serialize([el]) for el, _ in site]
    keys = [serialize([el]) for el in elements]
    matcher = difflib.SequenceMatcher(None, site_keys, keys, autojunk=False)
    reused: dict[int, str] = {}
    for tag, i1, i2, j1, _j2 in matcher.get_opcodes():
        if tag == "equal":
            for offset in range(i2 - i1):
                reused[j1 + offset] = site[i1 + offset][1]
    return reused


# --- blocks → the model -----------------------------------------------------------------------------


def strip_legacy_marker(content: str) -> str:
    return _LEGACY_MARKER.sub("", content)


def article_body(content: str, direction: str = RTL) -> str:
    """A post's ``content.raw`` (block markup, or classic HTML) → the article's stored body."""
    return serialize([el for el, _ in site_elements(content, direction)])


def site_elements(content: str, direction: str = RTL) -> list[tuple[Element, str]]:
    """Each top-level block of a post as a model element, with the block's exact text."""
    out: list[tuple[Element, str]] = []
    for block in parse_blocks(strip_legacy_marker(content)):
        if block.is_blank:
            continue
        if block.name is None:
            for classic in clean_blocks(block.raw, direction, detect_direction=True).blocks:
                out.append((classic, serialize([classic])))
            continue
        element = _Reader(direction).element(block)
        out.append((element if element is not None else raw_element(block.raw), block.raw))
    return out


# The fast path: inline HTML that is already exactly what the model's cleaner would make of it (text, and
# strong/em/a[href]/br nested a > strong > em) is taken as it is; anything else goes through the cleaner.
_FAST_INLINE = re.compile(
    r'(?:[^<>&\x00-\x1f]|&(?:amp|lt|gt);|<(?:/?(?:strong|em)|br|/a|a href="[^"<>]*")>)*'
)
_INLINE_TOKEN = re.compile(r'<(/?)(strong|em|a|br)(?: href="([^"]*)")?>')
_NOT_TIDY = re.compile(r"<(strong|em)>\s*</\1>|<a [^>]*>\s*</a>|</(strong|em)><\2>|</a><a ")
_RANK = {"a": 0, "strong": 1, "em": 2}
_SIMPLE = {
    "p": re.compile(r'\n?<p(?: dir="(ltr|rtl)")?>(.*)</p>\n?', re.DOTALL),
    "h": re.compile(r"\n?<h([1-6])>(.*)</h\1>\n?", re.DOTALL),
    "li": re.compile(r"\n?<li>(.*)</li>\n?", re.DOTALL),
}


def _tidy_markup(inner: str, *, heading: bool = False) -> Markup | None:
    """``inner`` as the model's inline content when it is in the model's form already, else None."""
    if not inner or not _FAST_INLINE.fullmatch(inner) or _NOT_TIDY.search(inner):
        return None
    if strip_invisible_junk(inner)[0] != inner:
        return None
    stack: list[str] = []
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
    markup = Markup(inner)
    text = markup.text()
    if stack or not text.strip() or text != text.strip(" \n"):
        return None
    if "  " in text or " \n" in text or "\n " in text:
        return None
    return markup


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
        clean = {k: v for k, v in data.items() if v not in ({}, None)}
        if clean:
            element.attrs[BLOCK_DATA] = _encode_data(clean)
        return element

    def _dir(self, element: Element, explicit: object, text: str) -> None:
        direction = explicit if explicit in ("ltr", "rtl") else first_strong_direction(text)
        if direction and direction != self.direction:
            element.attrs["dir"] = str(direction)

    def paragraph(self, block: Block) -> Element | None:
        if block.inner_blocks:
            return None
        simple = _SIMPLE["p"].fullmatch(block.inner_html)
        markup = _tidy_markup(simple.group(2)) if simple else None
        if simple and markup is not None and (simple.group(1) or None) == block.attrs.get("direction"):
            kept = _kept(block, ("direction", "content"))
            if not _paragraph_wrap(kept):
                element = Element("p", {}, [markup])
                self._dir(element, block.attrs.get("direction"), element.text())
                return self._data(element, {"attrs": kept})
        p = _single(block.inner_html)
        if p is None or p.tag != "p":
            return None
        content = clean_inline(p.children)
        if not content:
            return None  # an empty paragraph (spacing) stays as the site has it
        kept = _kept(block, ("direction", "content"))
        element = Element("p", {}, content)
        self._dir(element, block.attrs.get("direction"), element.text())
        wrap = _attr_pairs(p, ("dir",))
        return self._data(element, {"attrs": kept, "wrap": wrap if wrap != _paragraph_wrap(kept) else None})

    def heading(self, block: Block) -> Element | None:
        if block.inner_blocks:
            return None
        simple = _SIMPLE["h"].fullmatch(block.inner_html)
        markup = _tidy_markup(simple.group(2), heading=True) if simple else None
        if simple and markup is not None and int(simple.group(1)) in (2, 3):
            kept = _kept(block, ("level", "content"))
            if int(simple.group(1)) == block.attrs.get("level", 2) and not _heading_wrap(kept):
                element = Element(f"h{simple.group(1)}", {}, [markup])
                self._dir(element, None, element.text())
                return self._data(element, {"attrs": kept})
        h = _single(block.inner_html)
        if h is None or h.tag not in _HEADINGS:
            return None
        content = clean_inline(h.children, heading=True)
        if not content:
            return None
        level = int(h.tag[1])
        tag = _model_heading(level)
        kept = _kept(block, ("level", "content"))
        element = Element(tag, {}, content)
        self._dir(element, None, element.text())
        wrap = _attr_pairs(h)
        return self._data(
            element,
            {
                "attrs": kept,
                "wrap": wrap if wrap != _heading_wrap(kept) else None,
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
            Element(outer.tag, {}, items), {"attrs": kept, "wrap": wrap if wrap != _list_wrap(kept) else None}
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
        markup = _tidy_markup(simple.group(1)) if simple else None
        kept = _kept(block, ("content",))
        if markup is not None and not _list_wrap(kept):
            nested_lists: list[Node] = []
            for inner in block.inner_blocks:
                sub = self.list(inner) if inner.name == "core/list" else None
                if sub is None:
                    return None
                nested_lists.append(sub)
            item = Element("li", {}, [markup, *nested_lists])
            self._dir(item, None, markup.text())
            return self._data(item, {"attrs": kept})
        li = _single(head + tail)
        if (
            li is None
            or li.tag != "li"
            or any(isinstance(c, Element) and c.tag in ("ul", "ol") for c in li.children)
        ):
            return None
        content = clean_inline(li.children)
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
        return self._data(element, {"attrs": kept, "wrap": wrap if wrap != _list_wrap(kept) else None})

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
            {"attrs": kept, "wrap": wrap if wrap != _quote_wrap(kept) else None, "cite": cite or None},
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
            caption = clean_inline(parts[1].children)
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
                "wrap": wrap if wrap != _image_wrap(kept) else None,
                "img": extra if extra != _img_extra(kept) else None,
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
            caption = clean_inline(parts[1].children)
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
                    cells.append(Element(cell.tag, {}, clean_inline(cell.children)))
                rows.append(Element("tr", {}, cells))
            sections.append(Element(section.tag, {}, rows))
        kept = _kept(block, ("head", "body", "foot", "caption"))
        wrap = _attr_pairs(figure)
        inner = _attr_pairs(table)
        default_inner = [("class", "has-fixed-layout")] if kept.get("hasFixedLayout") else []
        return self._data(
            Element("table", {}, sections),
            {
                "attrs": kept,
                "wrap": wrap if wrap != _table_wrap(kept) else None,
                "table": inner if inner != default_inner else None,
            },
        )

    def separator(self, block: Block) -> Element | None:
        hr = _single(block.inner_html)
        if block.inner_blocks or hr is None or hr.tag != "hr":
            return None
        kept = _kept(block, ())
        wrap = _attr_pairs(hr)
        return self._data(
            Element("hr"), {"attrs": kept, "wrap": wrap if wrap != _separator_wrap(kept) else None}
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
                "wrap": wrap if wrap != _embed_wrap(kept) else None,
                "caption": caption or None,
            },
        )
