"""The article's clean HTML as WordPress block markup, written as the block editor writes it (no Qt).

Each model block becomes the core block the block editor would make for it, written exactly as the
block editor's serializer writes it (WordPress 6.1: the wrapper elements, ``wp-block-*`` and
``wp-element-caption`` classes, void ``<img/>``/``<hr/>``, JSON attributes encoded as
``serializeAttributes`` does): p → core/paragraph (``direction`` when its ``dir`` differs from the
article's, which saves as ``dir``), h2/h3 → core/heading, ul/ol → core/list of core/list-item (nested
lists inside their item), blockquote → core/quote of paragraphs, figure → core/image (with the site's
media id), table → core/table, hr → core/separator, a paragraph that is only a link to a known video or
post provider → core/embed, and anything else → core/html. What the element's ``data-wp`` kept from the
site (attributes, wrappers, citations, whole blocks) is written back.

A word changed in one block changes only that block: :func:`post_content` takes the site's current
content, and every model block that still equals what a site block reads as is written as that site
block's exact text; only the others are written anew.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from editor_app.core.arabic_text import RTL, first_strong_direction
from editor_app.core.block_data import (
    CAPTION_CLASS,
    UUID_ATTR,
    Pairs,
    as_dict,
    as_pairs,
    attr_html,
    embed_wrap,
    esc_attr,
    heading_wrap,
    image_wrap,
    img_extra,
    list_wrap,
    model_heading,
    paragraph_wrap,
    quote_wrap,
    separator_wrap,
    site_inline,
    table_inner,
    table_wrap,
)
from editor_app.core.block_grammar import delimited, with_attrs
from editor_app.core.block_parse import article_body, site_elements
from editor_app.core.html_clean import Element, block_data, parse_html, serialize

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


class _Writer:
    def __init__(self, media_ids: Mapping[str, int], embeds: bool, direction: str, base: str) -> None:
        self.media_ids = media_ids
        self.embeds = embeds
        self.direction = direction  # the article's: the model's dir attributes are relative to it
        self.base = base  # the site's: what a paragraph without dir is shown in there

    def _paragraph_dir(self, element: Element) -> str | None:
        """The ``dir`` a paragraph is saved with: its direction when the site would show it otherwise, or
        when reading it back (which takes the first strong character) would not find it."""
        actual = element.attrs.get("dir") or self.direction
        if actual != self.base:
            return actual
        natural = first_strong_direction(element.text()) or self.direction
        return actual if natural != actual else None

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
        kept = as_pairs(data.get("wrap"))
        return default if kept is None else kept

    def paragraph(self, element: Element, data: Mapping[str, object]) -> str:
        kept = as_dict(data.get("attrs"))
        attrs = {k: v for k, v in kept.items() if k in ("align", "dropCap")}
        direction = self._paragraph_dir(element)
        if direction:
            attrs["direction"] = direction
        attrs.update((k, v) for k, v in kept.items() if k not in attrs)
        pairs = [p for p in self._wrap(data, paragraph_wrap(kept)) if p[0] != "dir"]
        if direction:
            at = 1 if pairs and pairs[0][0] == "class" else 0
            pairs.insert(at, ("dir", direction))
        return delimited("core/paragraph", attrs, f"<p{attr_html(pairs)}>{site_inline(element.children)}</p>")

    def heading(self, element: Element, data: Mapping[str, object]) -> str:
        kept = as_dict(data.get("attrs"))
        level = 2 if element.tag == "h2" else 3
        folded = data.get("level")
        if isinstance(folded, int) and model_heading(folded) == element.tag:
            level = folded
        attrs = {k: v for k, v in kept.items() if k == "textAlign"}
        if level != 2:
            attrs["level"] = level
        attrs.update((k, v) for k, v in kept.items() if k not in attrs)
        pairs = self._wrap(data, heading_wrap(kept))
        content = site_inline(element.children)
        return delimited("core/heading", attrs, f"<h{level}{attr_html(pairs)}>{content}</h{level}>")

    def list(self, element: Element, data: Mapping[str, object]) -> str:
        kept = as_dict(data.get("attrs"))
        attrs: dict[str, Any] = {"ordered": True} if element.tag == "ol" else {}
        attrs.update((k, v) for k, v in kept.items() if k != "ordered")
        items = [self.list_item(item) for item in element.children if isinstance(item, Element)]
        pairs = self._wrap(data, list_wrap(kept))
        return delimited(
            "core/list",
            attrs,
            f"<{element.tag}{attr_html(pairs)}>" + "\n\n".join(items) + f"</{element.tag}>",
        )

    def list_item(self, item: Element) -> str:
        data = block_data(item)
        kept = as_dict(data.get("attrs"))
        inline = [c for c in item.children if not (isinstance(c, Element) and c.tag in ("ul", "ol"))]
        nested = [
            self.list(c, block_data(c))
            for c in item.children
            if isinstance(c, Element) and c.tag in ("ul", "ol")
        ]
        pairs = self._wrap(data, list_wrap(kept))
        return delimited(
            "core/list-item",
            kept,
            f"<li{attr_html(pairs)}>{site_inline(inline)}" + "".join(nested) + "</li>",
        )

    def quote(self, element: Element, data: Mapping[str, object]) -> str:
        kept = as_dict(data.get("attrs"))
        paras = [self.paragraph(p, block_data(p)) for p in element.children if isinstance(p, Element)]
        cite = data.get("cite")
        tail = f"<cite>{cite}</cite>" if isinstance(cite, str) and cite else ""
        pairs = self._wrap(data, quote_wrap(kept))
        return delimited(
            "core/quote",
            kept,
            f"<blockquote{attr_html(pairs)}>" + "\n\n".join(paras) + tail + "</blockquote>",
        )

    def image(self, element: Element, data: Mapping[str, object]) -> str:
        kept = as_dict(data.get("attrs"))
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
        extra = as_pairs(data.get("img"))
        if extra is None:
            extra = img_extra(attrs)
        else:
            extra = [
                (k, f"wp-image-{attrs['id']}" if k == "class" and "id" in attrs else v) for k, v in extra
            ]
        image = f'<img src="{esc_attr(src)}" alt="{esc_attr(img.attrs.get("alt", ""))}"{attr_html(extra)}/>'
        link = as_pairs(data.get("link"))
        if link is not None:
            image = f"<a{attr_html(link)}>{image}</a>"
        if caption is not None and caption.children:
            image += f'<figcaption class="{CAPTION_CLASS}">{site_inline(caption.children)}</figcaption>'
        pairs = self._wrap(data, image_wrap(attrs))
        return delimited("core/image", attrs, f"<figure{attr_html(pairs)}>{image}</figure>")

    def table(self, element: Element, data: Mapping[str, object]) -> str:
        kept = as_dict(data.get("attrs"))
        caption = ""
        sections: list[str] = []
        for part in element.children:
            if not isinstance(part, Element):
                continue
            if part.tag == "caption":
                caption = site_inline(part.children)
                continue
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<{c.tag}>{site_inline(c.children)}</{c.tag}>"
                    for c in row.children
                    if isinstance(c, Element)
                )
                + "</tr>"
                for row in part.children
                if isinstance(row, Element)
            )
            sections.append(f"<{part.tag}>{rows}</{part.tag}>")
        inner = as_pairs(data.get("table"))
        if inner is None:
            inner = table_inner(kept)
        body = f"<table{attr_html(inner)}>" + "".join(sections) + "</table>"
        if caption:
            body += f'<figcaption class="{CAPTION_CLASS}">{caption}</figcaption>'
        pairs = self._wrap(data, table_wrap(kept))
        return delimited("core/table", kept, f"<figure{attr_html(pairs)}>{body}</figure>")

    def separator(self, data: Mapping[str, object]) -> str:
        kept = as_dict(data.get("attrs"))
        pairs = self._wrap(data, separator_wrap(kept))
        return delimited("core/separator", kept, f"<hr{attr_html(pairs)}/>")

    def _embed(self, element: Element, data: Mapping[str, object]) -> str | None:
        children = [c for c in element.children if not (isinstance(c, str) and not c.strip())]
        if len(children) != 1 or not isinstance(children[0], Element) or children[0].tag != "a":
            return None
        url = children[0].attrs.get("href", "")
        kept = as_dict(data.get("attrs"))
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
        pairs = self._wrap(data, embed_wrap(attrs))
        inner = f'<div class="wp-block-embed__wrapper">\n{url}\n</div>'
        return delimited("core/embed", attrs, f"<figure{attr_html(pairs)}>{inner}{tail}</figure>")


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
    site_direction: str = "",
) -> str:
    """The article body as the post's block markup.

    ``media_ids``: the site's media id for each image ``src`` (after upload). ``article_id``: written into
    the first block's attributes (``qalamId``) so the post can be found on a site without the companion
    plugin. ``site_content``: the post's current content on the site; its blocks that the article still
    has unchanged are written back exactly as they are there. ``direction``: the article's;
    ``site_direction``: the one the site shows articles in (its language's, or the user's setting for the
    site; "" when unknown: the article's), against which each paragraph's direction is saved.
    """
    writer = _Writer(media_ids or {}, embeds, direction, site_direction or direction)
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
    import difflib  # only when a site's blocks are matched

    matcher = difflib.SequenceMatcher(None, site_keys, keys, autojunk=False)
    reused: dict[int, str] = {}
    for tag, i1, i2, j1, _j2 in matcher.get_opcodes():
        if tag == "equal":
            for offset in range(i2 - i1):
                reused[j1 + offset] = site[i1 + offset][1]
    return reused
