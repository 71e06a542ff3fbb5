"""The cleaned form of the long drafts opened last, kept between runs.

Opening a draft cleans its stored HTML into the model's blocks on the task runner (~15 ms for a 20,000-word
draft, ~30 ms when it takes turns with the window for the GIL), and the window waits for those blocks
before it can build the text. A draft reopened as it was saved gives the same blocks, so the blocks of the
last few long drafts are kept in ``cache/cleaned/``, one file each, named by a digest of the stored HTML,
its direction and the cleaning code (Qalam's version, html_clean.py's size and time). They are written when
a long draft is cleaned, and when the window closes on a draft edited since it was opened.

A kept form is only used when writing it out again gives back the stored HTML character for character:
a damaged, stale or foreign file can never put other text in the editor. It is ignored, and the draft
cleaned as usual. Only drafts whose HTML is already in the model's canonical form (every draft Qalam
saved) are kept; short ones clean in a few milliseconds and are never kept.
"""

from __future__ import annotations

import json
import logging
import os
from functools import cache
from pathlib import Path
from typing import Any

from editor_app.core import atomic_file, html_clean
from editor_app.core.code_identity import files_identity
from editor_app.core.html_clean import Element, Markup, Node, serialize
from editor_app.core.sha import sha256_hex

log = logging.getLogger(__name__)

FORMAT = "qalam-cleaned 1"
MAX_DRAFTS = 8  # the long drafts a writer goes back to; ~250 KB each for 20,000 words
MIN_CHARS = 20_000  # ~3,000 words: shorter drafts clean in under 3 ms


@cache
def code_identity() -> str:
    """Qalam's version and the cleaning code's file (size and time): an edited cleaner counts."""
    return files_identity([Path(html_clean.__file__)])


def memory_key(markup: str, direction: str) -> str:
    parts = (FORMAT, code_identity(), direction, markup)
    return sha256_hex("\0".join(parts).encode("utf-8", "surrogatepass"))


def _node_json(node: Node) -> Any:
    if isinstance(node, Element):
        return [node.tag, node.attrs, [_node_json(child) for child in node.children]]
    if type(node) is Markup:
        return {"m": str(node)}
    return str(node)


def _node(data: Any) -> Node:
    if isinstance(data, str):
        return data
    if isinstance(data, dict):
        markup = data["m"]
        if not isinstance(markup, str):
            raise TypeError("markup that is not text")
        return Markup(markup)
    tag, attrs, children = data
    if not isinstance(tag, str) or not isinstance(attrs, dict) or not isinstance(children, list):
        raise TypeError("an element of the wrong shape")
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in attrs.items()):
        raise TypeError("an attribute that is not text")
    return Element(tag, attrs, [_node(child) for child in children])


class CleanMemory:
    """Cleaned blocks of long drafts, one file each in ``folder`` (the newest ``max_drafts`` kept)."""

    def __init__(self, folder: Path, *, max_drafts: int = MAX_DRAFTS, min_chars: int = MIN_CHARS) -> None:
        self.folder = folder
        self.max_drafts = max_drafts
        self.min_chars = min_chars

    def _file(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def blocks(self, markup: str, direction: str) -> list[Element]:
        """The blocks ``clean_blocks(markup, direction, keep_block_data=True)`` gives, kept ones when they
        write back to ``markup`` exactly; a long draft cleaned here is kept for next time. Task runner."""
        if len(markup) < self.min_chars:
            return html_clean.clean_blocks(markup, direction, keep_block_data=True).blocks
        key = memory_key(markup, direction)
        kept = self._read(key, markup)
        if kept is not None:
            return kept
        result = html_clean.clean_blocks(markup, direction, keep_block_data=True)
        if result.html == markup:
            self._write(key, result.blocks)
        return result.blocks

    def remember(self, markup: str, direction: str) -> None:
        """Keep the cleaned form of ``markup`` (the text the editor holds as the window closes) unless it
        is short, kept already, or not in canonical form."""
        if len(markup) < self.min_chars:
            return
        key = memory_key(markup, direction)
        if self._file(key).exists():
            return
        result = html_clean.clean_blocks(markup, direction, keep_block_data=True)
        if result.html == markup:
            self._write(key, result.blocks)

    def _read(self, key: str, markup: str) -> list[Element] | None:
        path = self._file(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.info("kept cleaned form unreadable (%s)", exc)
            return None
        try:
            if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key:
                raise ValueError("another format")
            nodes = [_node(item) for item in data["blocks"]]
            blocks = [node for node in nodes if isinstance(node, Element)]
            if len(blocks) != len(nodes):
                raise ValueError("a top-level node that is not a block")
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            log.info("kept cleaned form unusable (%s)", exc)
            return None
        if serialize(blocks) != markup:  # the one guarantee that matters: the same text, to the character
            log.info("kept cleaned form does not give the draft back; cleaning it again")
            return None
        try:
            os.utime(path)  # used: the newest are the ones kept
        except OSError:
            pass
        return blocks

    def _write(self, key: str, blocks: list[Element]) -> None:
        body = json.dumps(
            {"format": FORMAT, "key": key, "blocks": [_node_json(block) for block in blocks]},
            ensure_ascii=False, separators=(",", ":"),
        )
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_file.write_text(self._file(key), body, fsync=False)  # a cache: checked on reading
            self._trim()
        except OSError as exc:
            log.info("cleaned form not kept (%s)", exc)

    def _trim(self) -> None:
        files = []
        for path in self.folder.glob("*.json"):
            try:
                files.append((path.stat().st_mtime_ns, path))
            except OSError:
                continue
        files.sort(reverse=True)
        for _mtime, path in files[self.max_drafts:]:
            path.unlink(missing_ok=True)
