"""The WordPress block grammar: ``<!-- wp:name {"json":…} -->…<!-- /wp:name -->``.

:func:`parse_blocks` follows WordPress's default block parser (wp-includes/class-wp-block-parser.php and
@wordpress/block-serialization-default-parser): the same token, the same handling of void, nested,
unclosed and stray delimiters, and the HTML around blocks as freeform blocks (``name`` None). Each block
also keeps the exact text it was parsed from (``raw``), so a block nobody changed is written back byte for
byte. :func:`delimited` writes a block as the block editor's serializer does (@wordpress/blocks
``getCommentDelimitedContent``), with the attributes encoded as ``serializeAttributes`` /
``serialize_block_attributes()`` encode them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

# wp-includes/class-wp-block-parser.php, WP_Block_Parser::next_token() (Python 3.11 has possessive `*+`).
_TOKEN = re.compile(
    r"<!--\s+(?P<closer>/)?wp:(?P<namespace>[a-z][a-z0-9_-]*/)?(?P<name>[a-z][a-z0-9_-]*)\s+"
    r"(?P<attrs>\{(?:(?:[^}]+|\}+(?=\})|(?!\}\s+/?-->).)*+)?\}\s+)?(?P<void>/)?-->",
    re.DOTALL,
)


@dataclass
class Block:
    """One parsed block. ``inner_content`` holds the HTML pieces, with None where an inner block sits."""

    name: str | None
    attrs: dict[str, Any] = field(default_factory=dict)
    inner_blocks: list[Block] = field(default_factory=list)
    inner_content: list[str | None] = field(default_factory=list)
    raw: str = ""
    attrs_valid: bool = True  # False when the comment's JSON did not decode (WordPress then drops it)

    @property
    def inner_html(self) -> str:
        return "".join(part for part in self.inner_content if part is not None)

    @property
    def is_blank(self) -> bool:
        """Whitespace between blocks, which WordPress also returns as a freeform block."""
        return self.name is None and not self.raw.strip()


@dataclass
class _Frame:
    block: Block
    start: int  # where the opening delimiter begins
    prev_offset: int  # where the next piece of the block's own HTML begins
    leading_start: int  # where the HTML before the block (freeform) begins


def _decode_attrs(text: str | None) -> tuple[dict[str, Any], bool]:
    if not text:
        return {}, True
    try:
        value = json.loads(text)
    except ValueError:
        return {}, False
    return (value, True) if isinstance(value, dict) else ({}, False)


def parse_blocks(document: str) -> list[Block]:
    """The top-level blocks of ``document``, freeform HTML between them included (as WordPress does)."""
    output: list[Block] = []
    stack: list[_Frame] = []
    offset = 0  # end of the last token

    def freeform(end: int) -> None:
        if end > offset:
            text = document[offset:end]
            output.append(Block(None, {}, [], [text], text))

    def add_inner(parent: _Frame, block: Block, token_start: int, token_end: int) -> None:
        html = document[parent.prev_offset : token_start]
        if html:
            parent.block.inner_content.append(html)
        parent.block.inner_blocks.append(block)
        parent.block.inner_content.append(None)
        parent.prev_offset = token_end

    def close(frame: _Frame, end: int, closer_start: int) -> Block:
        html = document[frame.prev_offset : closer_start]
        if html:
            frame.block.inner_content.append(html)
        frame.block.raw = document[frame.start : end]
        return frame.block

    for match in _TOKEN.finditer(document):
        start, end = match.span()
        name = (match["namespace"] or "core/") + match["name"]
        if match["closer"]:
            if not stack:
                break  # a closer without an opener: WordPress treats the rest as HTML
            frame = stack.pop()
            block = close(frame, end, start)
            if stack:
                add_inner(stack[-1], block, frame.start, end)
            else:
                if frame.start > offset:
                    text = document[offset : frame.start]
                    output.append(Block(None, {}, [], [text], text))
                output.append(block)
                offset = end
            continue
        attrs, valid = _decode_attrs(match["attrs"][:-1].rstrip() if match["attrs"] else None)
        block = Block(name, attrs, [], [], document[start:end], valid)
        if match["void"]:
            if stack:
                add_inner(stack[-1], block, start, end)
            else:
                freeform(start)
                output.append(block)
                offset = end
            continue
        if not stack:
            freeform(start)
            offset = start
        stack.append(_Frame(block, start, end, start))
    if stack:
        # Unclosed blocks end with the document (WordPress does the same).
        while stack:
            frame = stack.pop()
            block = close(frame, len(document), len(document))
            if stack:
                add_inner(stack[-1], block, frame.start, len(document))
            else:
                output.append(block)
        offset = len(document)
    freeform(len(document))
    return output


def serialize_attributes(attrs: dict[str, Any]) -> str:
    """JSON as the block editor and serialize_block_attributes() write it: nothing that could end an HTML
    comment or be read as markup."""
    encoded = json.dumps(attrs, ensure_ascii=False, separators=(",", ":"))
    return (
        encoded.replace("--", "\\u002d\\u002d")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace('\\"', "\\u0022")
    )


def short_name(name: str) -> str:
    return name[5:] if name.startswith("core/") else name


def delimited(name: str, attrs: dict[str, Any], content: str) -> str:
    """One block as the block editor writes it (a void delimiter when it has no content)."""
    encoded = serialize_attributes(attrs) + " " if attrs else ""
    short = short_name(name)
    if not content:
        return f"<!-- wp:{short} {encoded}/-->"
    return f"<!-- wp:{short} {encoded}-->\n{content}\n<!-- /wp:{short} -->"


def with_attrs(raw: str, extra: dict[str, Any]) -> str:
    """``raw`` block markup with ``extra`` merged into its opening delimiter's attributes (the rest as is)."""
    match = _TOKEN.match(raw)
    if match is None or match["closer"]:
        return raw
    attrs, valid = _decode_attrs(match["attrs"][:-1].rstrip() if match["attrs"] else None)
    if not valid:
        return raw
    merged = {**attrs, **extra}
    if merged == attrs:
        return raw
    name = (match["namespace"] or "core/") + match["name"]
    opener = f"<!-- wp:{short_name(name)} {serialize_attributes(merged)} {'/' if match['void'] else ''}-->"
    return opener + raw[match.end() :]
