"""The inline formatting of the article model, and the site's inline elements it keeps (no Qt).

The model's inline marks, in their one canonical nesting (outermost first): ``a`` (link), ``span`` (an
element from the site that Qalam keeps but does not show, see below), ``strong``, ``em``, ``s``
(strikethrough), ``mark`` (highlight), ``code`` and ``sub``/``sup``. These are the formats the block
editor's toolbar makes (core/bold, italic, link, strikethrough, text-color and highlight, subscript,
superscript, code), so a paragraph written on the site keeps them when it is edited in Qalam.

What the model does not show rides in ``data-wp`` (JSON) on the mark, only on trusted paths (a post read
back from the site, the stored body): ``attrs`` are the site element's own attributes, in their order
(a link's ``target``/``rel``, a highlight's ``style`` and ``class``), and ``tag`` its name when the model
calls it something else (``b`` read as ``strong``) or holds it in a ``span`` (``kbd``, ``abbr``,
``small``, a ``span`` with a class…). Writing the block back (core/block_serialize.py) gives the site's
element again, around whatever text it covers after editing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping

MARK_TAGS = ("a", "span", "strong", "em", "s", "mark", "code", "sub", "sup")
MARK_ORDER = {tag: index for index, tag in enumerate(MARK_TAGS)}
MARK_ORDER["sup"] = MARK_ORDER["sub"]  # one vertical position at a time
FORMAT_TAGS = frozenset({"s", "mark", "sub", "sup", "code"})  # beyond strong, em and a
RENAMES = {"strike": "s", "del": "s", "tt": "code"}
# Site elements the model holds in a span (kept, not shown); anything else is unwrapped.
KEPT_TAGS = frozenset(
    {"span", "kbd", "abbr", "acronym", "small", "big", "q", "time", "u", "ins", "var", "samp", "bdi", "bdo"}
    | {"data", "font", "ruby", "rt", "rp", "cite", "dfn", "b", "i", "strike", "del", "tt"}
)
SITE_TAGS = frozenset(MARK_TAGS) | KEPT_TAGS
_ATTR_NAME = re.compile(r"[A-Za-z_:][-A-Za-z0-9_:.]*")

Pairs = list[tuple[str, str]]
# A mark: its tag, its attributes and its group (two marks of one group never nest: the inner one wins).
Mark = tuple[str, tuple[tuple[str, str], ...], str]


def encode_json(data: Mapping[str, object]) -> str:
    """``data-wp``'s JSON, with nothing a tag-stripping regex or an HTML parser could trip on."""
    text = json.dumps(dict(data), ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def mark_of(tag: str, attrs: Mapping[str, str]) -> Mark:
    """A mark's identity: two kept spans are different marks, sub and sup are one position."""
    items = tuple(sorted(attrs.items()))
    if tag == "span":
        return tag, items, "span" + repr(items)
    return tag, items, "sub" if tag in ("sub", "sup") else tag


def site_data(original: str, tag: str, attrs: Iterable[tuple[str, str]]) -> str | None:
    """``data-wp`` for a site element read as model mark ``tag`` (None when the model's own is exact)."""
    pairs = [(k, v) for k, v in attrs if _ATTR_NAME.fullmatch(k)]
    plain = [p for p in pairs if p[0] != "href"] if tag == "a" else pairs
    if original == tag and not plain:
        return None
    data: dict[str, object] = {"attrs": [list(p) for p in pairs]}
    if original != tag:
        data["tag"] = original
    return encode_json(data)


def site_element(tag: str, data: Mapping[str, object], href: str | None) -> tuple[str, Pairs] | None:
    """The site's element name and attributes for a model mark with ``data``; None to unwrap it."""
    name = data.get("tag", tag)
    if not isinstance(name, str) or name not in SITE_TAGS:
        return None if tag == "span" else (tag, [("href", href)] if href is not None else [])
    raw = data.get("attrs")
    pairs: Pairs = []
    if isinstance(raw, list):
        for pair in raw:
            if isinstance(pair, list | tuple) and len(pair) == 2 and _ATTR_NAME.fullmatch(str(pair[0])):
                pairs.append((str(pair[0]), str(pair[1])))
    if href is not None:  # the link's address as it is now, where the site had it
        at = next((i for i, p in enumerate(pairs) if p[0] == "href"), None)
        if at is None:
            pairs.insert(0, ("href", href))
        else:
            pairs[at] = ("href", href)
    return name, pairs
