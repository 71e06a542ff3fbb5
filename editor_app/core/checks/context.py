"""What a check is given from outside core (a spell-checker, the site's recent titles, the featured image),
apart from the rules: the window builds it for every check, remembered or not (core/check_memory.py), so it
imports none of what the rules need (text extraction, media, site terms)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor_app.core.article import Article
    from editor_app.core.media import MediaItem
    from editor_app.core.site import TermStatus

SpellCheck = Callable[[str], Iterable[Any]]
"""``text → misspelled spans``: ``(start, end)``, ``(start, end, suggestions)`` or objects with start/end."""


@dataclass
class CheckContext:
    """From outside core: a spell-checker, the site's recent titles, the featured image."""

    spell: SpellCheck | None = None
    recent_titles: Sequence[str] = ()
    featured_media: MediaItem | None = None
    # The article's categories and tags against the target site's local copy (None: no site, never synced).
    # Called while the check runs, on the task runner: it may read the store.
    terms: Callable[[Article], TermStatus | None] | None = None
    # Names the answers ``spell`` gives (the dictionaries and word lists), so findings can be remembered
    # between runs (core/check_memory.py); called on the task runner. None: they are not remembered.
    spell_identity: Callable[[], str | None] | None = None


def from_spell_checker(checker: Any, *, suggest: bool = False) -> SpellCheck:
    """Adapt core.spelling.SpellChecker (``check_words``/``cached``, or ``misspelled(text) -> tokens``).

    The fast path checks each distinct word once (the checker caches answers) and only looks for
    positions when some word is wrong, so a cached 20,000-word body costs a few milliseconds.
    """
    if hasattr(checker, "check_words") and hasattr(checker, "cached"):
        from editor_app.core.arabic_text import WORD_RE

        def fast(text: str) -> list[tuple[int, int, list[str]]]:
            # A paragraph at a time: one findall over a 20,000-word body holds the GIL for 10-15 ms, and the
            # check runs on a worker while the window lays the text out.
            words: set[str] = set()
            for paragraph in text.split("\n"):
                words.update(WORD_RE.findall(paragraph))
            checker.check_words(words)
            wrong = {w for w in words if checker.cached(w) is False}
            if not wrong:
                return []
            return [
                (m.start(), m.end(), list(checker.suggest(m.group(), 3)) if suggest else [])
                for m in WORD_RE.finditer(text)
                if m.group() in wrong
            ]

        return fast

    def spell(text: str) -> list[tuple[int, int, list[str]]]:
        out = []
        for token in checker.misspelled(text):
            out.append((token.start, token.end, list(checker.suggest(token.text, 3)) if suggest else []))
        return out

    return spell
