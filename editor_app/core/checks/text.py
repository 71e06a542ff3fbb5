"""The plain text of a body, block by block, with a map back to the HTML it came from.

The plain text is what ``QTextDocument.toPlainText()`` gives for the same body: blocks
(paragraphs, headings, list items, captions) joined by ``\\n``, ``<br>`` as U+2028 and each
image as U+FFFC, a rule (``<hr>``) as an empty block. An offset in it is therefore a cursor position
in the editor (checked against RichTextEditor for bodies in the html_clean model). Whitespace
inside text is kept as written (double spaces are findings), except that line breaks and
tabs in the source read as one space and blocks are trimmed.

Entities are decoded. :meth:`BodyText.replace` maps a plain-text range back to the source
and splices a replacement into the HTML, as long as no tag lies inside the range.
"""

from __future__ import annotations

import html as html_lib
import re
from bisect import bisect_right
from dataclasses import dataclass, field

BLOCK_TAGS = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "figcaption",
        "figure",
        "pre",
        "div",
        "td",
        "th",
        "dt",
        "dd",
        "ul",
        "ol",
        "table",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "hr",
        "address",
        "body",
        "html",
    }
)
_LEAF_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "pre", "dt", "dd"})
_SKIP_CONTENT = frozenset({"script", "style", "head", "title", "template"})
LINE_SEPARATOR = "\u2028"
OBJECT = "\ufffc"

_TOKEN_RE = re.compile(r"<!--.*?-->|<![^>]*>|<\?[^>]*>|<(/?)([A-Za-z][A-Za-z0-9:-]*)([^>]*)>|([^<]+)|<", re.S)
_ATTR_RE = re.compile(r"""([A-Za-z_:][-A-Za-z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_PIECE_RE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?|[\t\r\n\f]+ *|[^&\t\r\n\f]+|&"
)


@dataclass(frozen=True)
class TextBlock:
    index: int
    start: int
    end: int
    tag: str
    direction: str  # the block's own or inherited dir attribute, "" when none


@dataclass(frozen=True)
class Link:
    start: int
    end: int
    href: str
    block: int


@dataclass(frozen=True)
class Image:
    offset: int
    src: str
    alt: str | None
    block: int


@dataclass
class BodyText:
    source: str
    text: str
    blocks: list[TextBlock]
    links: list[Link] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    # Segments: plain start, source start, source end, linear (plain char i ↔ source char src+i-start).
    _seg_plain: list[int] = field(default_factory=list, repr=False)
    _segs: list[tuple[int, int, int, bool]] = field(default_factory=list, repr=False)
    _block_starts: list[int] = field(default_factory=list, repr=False)

    def block_at(self, offset: int) -> TextBlock | None:
        if not self.blocks:
            return None
        i = bisect_right(self._block_starts, offset) - 1
        return self.blocks[max(i, 0)]

    def _source_pos(self, offset: int, *, end: bool) -> int | None:
        if not self._segs:
            return None
        probe = offset - 1 if end else offset
        i = bisect_right(self._seg_plain, probe) - 1
        if i < 0:
            return None
        plain, src, src_end, linear = self._segs[i]
        length = (self._segs[i + 1][0] if i + 1 < len(self._segs) else len(self.text)) - plain
        rel = offset - plain
        if linear:
            if 0 <= rel <= length:
                return src + rel
            return None
        if end:
            return src_end if rel == length else None
        return src if rel == 0 else None

    def replace(self, start: int, end: int, replacement: str) -> str | None:
        """The source HTML with plain ``[start, end)`` replaced, or None when markup lies inside the range."""
        found = self.source_range(start, end)
        if found is None:
            return None
        src, src_end = found
        return self.source[:src] + html_lib.escape(replacement, quote=False) + self.source[src_end:]

    def source_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Where plain ``[start, end)`` sits in the source, or None when markup lies inside the range."""
        if start == end:
            src = self._source_pos(start, end=False)
            if src is None:
                src = self._source_pos(start, end=True)
        else:
            src = self._source_pos(start, end=False)
        src_end = src if start == end else self._source_pos(end, end=True)
        if src is None or src_end is None or src_end < src:
            return None
        if "<" in self.source[src:src_end]:
            return None
        return src, src_end


def _attrs(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR_RE.finditer(raw):
        value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4)
        out[m.group(1).lower()] = html_lib.unescape(value or "")
    return out


def extract(source: str) -> BodyText:
    """Plain text, blocks, links and images of an HTML body (one pass over the markup)."""
    parts: list[str] = []
    length = 0
    seg_plain: list[int] = []
    segs: list[tuple[int, int, int, bool]] = []
    blocks: list[TextBlock] = []
    links: list[Link] = []
    images: list[Image] = []
    dir_stack: list[tuple[str, str]] = []  # (tag, direction)
    link_stack: list[tuple[int, str]] = []
    block_start: int | None = None  # plain offset where the open block's text began
    block_tag = "p"
    block_dir = ""
    pending_tag = "p"
    skip_until = ""
    empty_leaf = ""  # a paragraph-like element opened and, so far, without text

    def current_dir() -> str:
        for _, d in reversed(dir_stack):
            if d:
                return d
        return ""

    def emit(text: str, src: int, src_end: int, linear: bool) -> None:
        nonlocal length, block_start, block_tag, block_dir, empty_leaf
        if block_start is None:
            if not text.strip(" "):
                return  # leading whitespace of a block
            trimmed = text.lstrip(" ")
            if len(trimmed) != len(text):
                if linear:
                    src += len(text) - len(trimmed)
                text = trimmed
            if blocks:
                parts.append("\n")
                length += 1
            block_start = length
            block_tag = pending_tag
            empty_leaf = ""
            block_dir = current_dir()
        seg_plain.append(length)
        segs.append((length, src, src_end, linear))
        parts.append(text)
        length += len(text)

    def close_block() -> None:
        nonlocal block_start, length
        if block_start is None:
            return
        # Trim trailing spaces of the block.
        text = "".join(parts[-8:]) if parts else ""
        trailing = len(text) - len(text.rstrip(" "))
        if trailing:
            cut = trailing
            while cut and parts:
                last = parts[-1]
                if len(last) <= cut:
                    parts.pop()
                    cut -= len(last)
                    seg_plain.pop()
                    segs.pop()
                else:
                    parts[-1] = last[: len(last) - cut]
                    cut = 0
            length -= trailing
        if length > block_start:
            blocks.append(TextBlock(len(blocks), block_start, length, block_tag, block_dir))
        else:
            # Nothing but spaces: undo the separator too.
            if blocks and parts and parts[-1] == "\n":
                parts.pop()
                length -= 1
        block_start = None

    for m in _TOKEN_RE.finditer(source):
        text = m.group(4)
        if skip_until:
            if m.group(2) and m.group(1) and m.group(2).lower() == skip_until:
                skip_until = ""
            continue
        if text is not None:
            base = m.start(4)
            if "&" not in text and "\n" not in text and "\t" not in text and "\r" not in text:
                emit(text, base, base + len(text), True)
                continue
            for p in _PIECE_RE.finditer(text):
                piece = p.group()
                ps, pe = base + p.start(), base + p.end()
                if piece[0] == "&" and len(piece) > 1:
                    decoded = html_lib.unescape(piece)
                    emit(decoded, ps, pe, decoded == piece)
                elif piece[0] in "\t\r\n\f":
                    # Formatting whitespace reads as one space, but never adds to a space already there.
                    if block_start is not None and parts and not parts[-1].endswith(" "):
                        emit(" ", ps, pe, False)
                else:
                    emit(piece, ps, pe, True)
            continue
        name = m.group(2)
        if name is None:
            if m.group() == "<":
                emit("<", m.start(), m.end(), False)
            continue
        tag = name.lower()
        closing = bool(m.group(1))
        if tag in _SKIP_CONTENT and not closing:
            skip_until = tag
            continue
        if tag in BLOCK_TAGS:
            close_block()
            if tag == "hr" and not closing:
                # The editor keeps a rule as an empty block of its own.
                if blocks:
                    parts.append("\n")
                    length += 1
                blocks.append(TextBlock(len(blocks), length, length, "hr", current_dir()))
                continue
            if closing:
                if tag == empty_leaf:
                    # <p></p> is an empty block in the editor too (a fix that removed a whole line).
                    if blocks:
                        parts.append("\n")
                        length += 1
                    blocks.append(TextBlock(len(blocks), length, length, tag, current_dir()))
                empty_leaf = ""
                for i in range(len(dir_stack) - 1, -1, -1):
                    if dir_stack[i][0] == tag:
                        del dir_stack[i:]
                        break
            else:
                empty_leaf = tag if tag in _LEAF_BLOCKS else ""
                raw = m.group(3)
                direction = ""
                if "dir" in raw:
                    direction = _attrs(raw).get("dir", "").lower()
                if not raw.rstrip().endswith("/") and tag != "hr":
                    dir_stack.append((tag, direction if direction in ("rtl", "ltr") else ""))
                pending_tag = tag
            continue
        if tag == "br":
            emit(LINE_SEPARATOR, m.start(), m.end(), False)
        elif tag == "img":
            attrs = _attrs(m.group(3))
            emit(OBJECT, m.start(), m.end(), False)
            images.append(Image(length - 1, attrs.get("src", ""), attrs.get("alt"), len(blocks)))
        elif tag == "a":
            if closing:
                if link_stack:
                    start, href = link_stack.pop()
                    links.append(
                        Link(
                            start,
                            length,
                            href,
                            len(blocks) if block_start is not None else max(len(blocks) - 1, 0),
                        )
                    )
            else:
                attrs = _attrs(m.group(3))
                if "href" in attrs:
                    if block_start is None:
                        # A link that opens a block: its text starts after the separator.
                        link_stack.append((length + (1 if blocks else 0), attrs["href"]))
                    else:
                        link_stack.append((length, attrs["href"]))
    close_block()
    text = "".join(parts)
    links = [Link(min(lk.start, lk.end), lk.end, lk.href, lk.block) for lk in links]
    return BodyText(
        source,
        text,
        blocks,
        sorted(links, key=lambda lk: lk.start),
        images,
        seg_plain,
        segs,
        [b.start for b in blocks],
    )


def plain_field(text: str) -> BodyText:
    """A one-line field (title, excerpt) as a single block; offsets are the field's own."""
    block = [TextBlock(0, 0, len(text), "p", "")] if text else []
    return BodyText(
        text, text, block, _seg_plain=[0], _segs=[(0, 0, len(text), True)], _block_starts=[0] if text else []
    )
