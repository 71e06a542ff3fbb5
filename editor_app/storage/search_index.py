"""Full-text search over the drafts with FTS5 on normalised text, with light stemming.

Indexing (runs on the task runner, inside the write transaction of a save):
``articles_fts`` holds, for the title (+ subtitle), body text, excerpt and tags (+ categories),
the normalised words (``title`` … ``tags``) and, in separate columns (``title_stem`` …
``tags_stem``), the light stems of those words (core/arabic_stem.py: ``والكرملين`` →
``الكرملين كرملين``). Its rowid is ``search_docs.docid``. The words of each draft also go into
the suggestion vocabulary (storage/search_vocab.py).

Querying: a query word matches a stored word when they share a form: the query word, as typed or
without its proclitics, is looked up in the word columns and in the stem columns (one OR group per
word, every word required). So ``كرملين`` finds ``بالكرملين``, and ``ولوكاشينكو`` finds
``لوكاشينكو``, while ``كتاب`` (not ك + تاب) never finds ``تاب``. bm25 weighs the word columns above
the stem columns (exact matches rank first) and the title most (see :func:`search` for the ranking
window). Snippets are cut from the *original* text (with its vowel marks); a word there is marked
when it shares a form with a query word, the same test the index makes.

The index records the layout and stemmer it was built with (``search_meta.index_version``). A store
built by another version opens at once and is rebuilt beside the open store (storage/search_rebuild.py):
meanwhile the old index is kept as ``articles_fts_prev`` and :func:`search` also looks there for the
drafts that have no new row yet, so every draft is found throughout.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import islice
from typing import TYPE_CHECKING, Any

from editor_app.core.arabic_normalize import (
    _DROP,
    _PRESENTATION,
    fold_letters,
    light_normalize,
    normalize,
    tokenize,
)
from editor_app.core.arabic_stem import forms, stems
from editor_app.core.plain_text import html_to_text
from editor_app.core.search import SearchHit
from editor_app.storage.plain_sql import PlainSession, parse_time, sql_for
from editor_app.storage.search_rebuild import INDEX_LAYOUT, INDEX_VERSION, MARK_KEY, PREV_TABLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["INDEX_LAYOUT", "INDEX_VERSION"]
# Word columns (title, body, excerpt, tags), then the same fields' stem columns at a third of the weight:
# a draft with the query's own word ranks above one that has it only with a prefix.
BM25_WEIGHTS = (10.0, 1.0, 3.0, 5.0, 3.3, 0.33, 1.0, 1.6)
RANK_WINDOW = 2000  # see search(): bm25 ranks at most this many (the newest) matches
SNIPPET_BEFORE = 10
SNIPPET_AFTER = 22
_LOOK_BACK = 16 * (SNIPPET_BEFORE + 2)  # characters: enough for the words before a match, most of the time
_ORIGINAL_WORD = re.compile(
    r"[^\W_\u0640][\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d]*"
)


def text(statement: str) -> Any:
    """SQLAlchemy's ``text()``, imported on first use: :func:`search` also runs on plain sqlite3."""
    from sqlalchemy import text as sa_text

    return sa_text(statement)


_BLOCK_SPLIT = re.compile(r"(?<=</p>)|(?<=</h2>)|(?<=</h3>)|(?<=</li>)|(?<=</blockquote>)", re.I)


@dataclass(frozen=True)
class IndexText:
    title: str
    body: str
    excerpt: str
    tags: str
    title_stem: str = ""
    body_stem: str = ""
    excerpt_stem: str = ""
    tags_stem: str = ""
    words: frozenset[str] = field(default_factory=frozenset)  # light-normalised words, for the vocabulary


@lru_cache(maxsize=131072)
def _stem_text(word: str) -> str:
    """The stems of one light-normalised word as they go into a stem column ("" for none, and for Latin)."""
    return " ".join(stems(word)) if "\u0600" <= word[0] <= "\u06ff" else ""


def _field(text_: str, words: set[str]) -> tuple[str, str]:
    """(normalised text, its words' stems) of one field; adds its words to ``words``.

    The stem column repeats a word's stems for each occurrence (bm25 counts them), but each distinct word
    is stemmed once: an article uses about 40% of its words more than once."""
    light = light_normalize(text_)
    tokens = tokenize(light)
    distinct = set(tokens)
    words |= distinct
    stem_of = {word: _stem_text(word) for word in distinct}
    return fold_letters(light), " ".join(filter(None, map(stem_of.__getitem__, tokens)))


def index_text(title: str, subtitle: str, body_html: str, excerpt: str, tags: Iterable[str],
               *, body_text: str | None = None) -> IndexText:
    """The indexed columns for one article (about 20 ms for 20,000 words: call off the GUI thread).
    ``body_text``: ``html_to_text(body_html)`` when the caller has it already."""
    words: set[str] = set()
    t, ts = _field(f"{title}\n{subtitle}", words)
    b, bs = _field(html_to_text(body_html) if body_text is None else body_text, words)
    e, es = _field(excerpt, words)
    g, gs = _field(" ".join(tags), words)
    return IndexText(t, b, e, g, ts, bs, es, gs, frozenset(words))


def upsert(session: Session, article_id: str, content_hash: str, doc: IndexText | None) -> None:
    """Index (or re-index) an article; pass ``doc=None`` only when the hash is known to match."""
    row = session.execute(
        text("SELECT docid, content_hash FROM search_docs WHERE article_id = :id"), {"id": article_id}
    ).first()
    if row is not None and row[1] == content_hash:
        return
    if doc is None:
        raise ValueError("the article changed: index text is needed")
    if row is None:
        docid = session.execute(
            text("INSERT INTO search_docs(article_id, content_hash) VALUES (:id, :h) RETURNING docid"),
            {"id": article_id, "h": content_hash},
        ).scalar_one()
    else:
        docid = int(row[0])
        session.execute(text("DELETE FROM articles_fts WHERE rowid = :d"), {"d": docid})
        session.execute(
            text("UPDATE search_docs SET content_hash = :h WHERE docid = :d"), {"h": content_hash, "d": docid}
        )
    insert_row(session, docid, doc)


def insert_row(session: Session, docid: int, doc: IndexText) -> None:
    """The draft's row in ``articles_fts`` (none there yet) and its words in the vocabulary. While the index
    is being rebuilt (storage/search_rebuild.py) the new row hides the draft's row in the old table."""
    insert_rows(session, [(docid, doc)])


def insert_rows(session: Session, docs: Sequence[tuple[int, IndexText]]) -> None:
    """:func:`insert_row` for several drafts: one ``executemany``, their words filed once."""
    from editor_app.storage import search_vocab

    session.connection().exec_driver_sql(
        "INSERT INTO articles_fts(rowid, title, body, excerpt, tags, title_stem, body_stem, excerpt_stem, "
        "tags_stem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(docid, d.title, d.body, d.excerpt, d.tags, d.title_stem, d.body_stem, d.excerpt_stem, d.tags_stem)
         for docid, d in docs],
    )
    words: set[str] = set()
    for _, d in docs:
        words |= d.words
    search_vocab.add_words(session, words)


def is_indexed(session: Session, article_id: str, content_hash: str) -> bool:
    found = session.execute(
        text("SELECT content_hash FROM search_docs WHERE article_id = :id"), {"id": article_id}
    ).scalar()
    return found == content_hash


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[str, ...]  # the query's words (light-normalised: hamza kept), in order
    prefix_last: bool
    fts: str  # the FTS5 MATCH expression ("" when the query has no words)


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


PREFIX_MIN = 3  # shorter prefixes (and ال…, وال…) match most of the vocabulary: seconds on 50,000 drafts
_ARTICLE_FORMS = frozenset(
    {"ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال", "وكال", "فكال"})


def _prefix_ok(form: str) -> bool:
    return len(form) >= PREFIX_MIN and not form.startswith("ال") and form not in _ARTICLE_FORMS


def word_expression(word: str, *, prefix: bool = False) -> str:
    """The MATCH expression of one light-normalised query word: any of its forms, in any column."""
    parts = [_quote(form) + ("*" if prefix and _prefix_ok(form) else "") for form in forms(word)]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def parse_query(query: str, *, prefix_last: bool = False) -> ParsedQuery:
    """Normalise the query and build the MATCH expression; every word is required."""
    terms: list[str] = []
    for word in tokenize(light_normalize(query)):
        if word not in terms:
            terms.append(word)
    parts = [word_expression(word, prefix=prefix_last and index == len(terms) - 1)
             for index, word in enumerate(terms)]
    return ParsedQuery(tuple(terms), prefix_last, " AND ".join(parts))


def _strip_latin_accents(word: str) -> str:
    """FTS5's remove_diacritics for Latin letters (École matches ecole); Arabic is left alone."""
    if word.isascii() or "\u0600" <= word[0] <= "\u06ff":
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _word_forms(original: str) -> frozenset[str]:
    """The forms under which the index knows a word of the original text (see core.arabic_stem)."""
    light = light_normalize(original)
    return frozenset(_strip_latin_accents(f) for word in tokenize(light) for f in forms(word))


_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200b-\u200f"
_WORD_CHAR = f"[\\w{_MARKS}]"
_WORD_RUN = re.compile(f"{_WORD_CHAR}+")  # a word of the original text, its vowel marks included
_WORD_CHAR_RE = re.compile(_WORD_CHAR)
_LATIN_COMBINING = re.compile("[\u0300-\u036f]+")


@dataclass(frozen=True)
class _Matcher:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    needles: tuple[str, ...]  # every form: a paragraph whose normalised text has none of them has no match
    latin: bool  # a needle has Latin letters: accents are taken off the paragraph too (as FTS5 does)
    keys: tuple[str, ...] | None  # the rarest letter of each needle, one no normalising makes or changes

    def __call__(self, word: str) -> bool:
        found = _word_forms(word)
        if not self.exact.isdisjoint(found):
            return True
        return any(f.startswith(p) for p in self.prefixes for f in found)

    def locate(self, paragraph: str) -> list[int] | None:
        """A fast first look (normalising and ``str.find`` run in C). None: no word of ``paragraph`` can
        match. Otherwise the offsets in ``paragraph`` where forms start, sorted, or [] when they cannot be
        placed (presentation forms, or case folding that changes lengths: then every word is tried)."""
        if self.keys is not None and not any(key in paragraph for key in self.keys):
            if not _PRESENTATION.search(paragraph):  # (a presentation form could hide the letter)
                return None
        folded = normalize(paragraph)
        latin = self.latin and not folded.isascii()
        if latin:
            plain = _LATIN_COMBINING.sub("", unicodedata.normalize("NFD", folded))
            aligned = len(plain) == len(folded) and _LATIN_COMBINING.search(folded) is None
            folded = plain
        found: list[int] = []
        for needle in self.needles:
            at = folded.find(needle)
            while at >= 0:
                found.append(at)
                at = folded.find(needle, at + 1)
        if not found:
            return None
        if (latin and not aligned) or _PRESENTATION.search(paragraph):
            return []
        # Normalising drops vowel marks, tatweel and invisible characters and changes the rest one for one
        # (unless case folding changed a length): put the dropped runs back in the offsets.
        dropped = [(m.start(), m.end() - m.start()) for m in _DROP.finditer(paragraph)]
        if len(folded) != len(paragraph) - sum(n for _, n in dropped):
            return []
        found.sort()
        if not dropped:
            return found
        out: list[int] = []
        shift = k = 0
        for at in found:
            while k < len(dropped) and dropped[k][0] - shift <= at:
                shift += dropped[k][1]
                k += 1
            out.append(at + shift)
        return out


@lru_cache(maxsize=256)
def _matcher(terms: tuple[str, ...], prefix_last: bool) -> _Matcher:
    """Tells whether a word of the original text matches the query: it shares a form with a query word
    (for the last word while typing: one of its forms starts with one of the query word's).

    Each form of a matching word is a piece of the word's normalised text (the word, or the word without
    its proclitics), so a paragraph whose normalised text contains no form has no match; only the others
    are looked at word by word. (An earlier version compiled a regular expression of every form with
    vowel marks allowed between letters: ~1.7 ms for each new query, more than the search itself.)"""
    exact: set[str] = set()
    prefixes: list[str] = []
    for index, term in enumerate(terms):
        for form in forms(term):
            form = _strip_latin_accents(form)
            if prefix_last and index == len(terms) - 1 and _prefix_ok(form):
                prefixes.append(form)
            else:
                exact.add(form)
    needles = tuple(sorted(exact | set(prefixes), key=len))
    latin = any(not ("\u0600" <= n[0] <= "\u06ff") and not n.isdigit() for n in needles)
    keys = [max((c for c in n if c in _KEY_LETTERS), key=_KEY_LETTERS.index, default="") for n in needles]
    return _Matcher(frozenset(exact), tuple(prefixes), needles, latin, None if "" in keys else tuple(keys))


# Arabic letters from the most to the least common in news copy, without those normalising makes from other
# characters (ا ه ي و: from أ إ آ ة ى ؤ ئ). A paragraph without a needle's rarest letter (a test in C on the
# text as it is) need not be normalised at all.
_KEY_LETTERS = "لمنرتبعدسفكقحجشصطخزثذضغظء"


_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|figcaption)\s*>|<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def _paragraphs(body_html: str) -> Iterator[str]:
    """The body's paragraphs as text, lazily (most snippets are found in the first few)."""
    pos = 0
    ends = _BLOCK_END.finditer(body_html)
    while pos >= 0:
        end = next(ends, None)
        chunk = body_html[pos:] if end is None else body_html[pos:end.start()]
        pos = -1 if end is None else end.end()
        text_ = _TAG.sub(" ", chunk)
        if "&" in text_:
            text_ = html.unescape(text_)
        text_ = " ".join(text_.split())
        if text_:
            yield text_


def make_snippet(original: str | Iterable[str], parsed: ParsedQuery) -> tuple[str, list[tuple[int, int]]]:
    """A few words of the original text around the first match, and the (start, end) of each matched word.

    ``original`` is plain text (lines are paragraphs) or an iterable of paragraphs. A word is marked when it
    shares a form with a query word (the test the index makes), so ``بالكَرملين`` is marked for ``كرملين``
    and ``كتاب`` is not marked for ``تاب``; offsets are in the original text, vowel marks included.
    Words are tested up to the first match, then only inside the snippet.
    """
    if not parsed.terms:
        return "", []
    match = _matcher(parsed.terms, parsed.prefix_last)
    paragraphs = original.split("\n") if isinstance(original, str) else original
    for paragraph in paragraphs:
        offsets = match.locate(paragraph)
        if offsets is None:
            continue
        runs = _words_at(paragraph, offsets)
        first = next((m for m in runs if match(m.group())), None)
        if first is None:
            continue
        start, end = _window(paragraph, first.start())
        marks = [(first.start(), first.end())]
        for m in runs:  # after the first match, up to the snippet's end
            if m.start() >= end:
                break
            if m.end() <= end and match(m.group()):
                marks.append((m.start(), m.end()))
        marks = [(s_, e_) for s_, e_ in marks if s_ >= start]
        lead = "" if start == 0 else "… "
        tail = "" if end == len(paragraph) else " …"
        piece = paragraph[start:end]
        snippet = lead + piece.strip() + tail
        shift = len(lead) - start - (len(piece) - len(piece.lstrip()))
        return snippet, [(s_ + shift, e_ + shift) for s_, e_ in marks]
    return "", []


def _words_at(paragraph: str, offsets: list[int]) -> Iterator[re.Match[str]]:
    """The words of ``paragraph`` in order: those a form starts in (``offsets``), or all when ``offsets`` is
    empty (they could not be placed). Each is found from its offset (a few characters back to the word's
    start), not by reading every word before it."""
    if not offsets:
        yield from _WORD_RUN.finditer(paragraph)
        return
    end = 0
    for at in offsets:
        if at < end:
            continue  # inside the word given last
        start = at
        while start > end and _WORD_CHAR_RE.match(paragraph, start - 1):
            start -= 1
        word = _WORD_RUN.match(paragraph, start)
        if word is not None:
            yield word
            end = word.end()


def _window(paragraph: str, at_offset: int) -> tuple[int, int]:
    """(start, end) in ``paragraph`` of the snippet around the word at ``at_offset`` (a word's start):
    SNIPPET_BEFORE words before it and SNIPPET_AFTER after it, or to the paragraph's edge. Reads the words
    only that far, and in C (deque, islice): in a Python loop these ~33 words were a fifth of a search's
    Python time."""
    # The words before the match, from a little before it when the match is deep in a long paragraph: the
    # first word found there may be the tail of a word, but the others are the paragraph's own words, so
    # with more than SNIPPET_BEFORE + 1 of them the window's start is known; otherwise from the start.
    lo = at_offset - _LOOK_BACK if at_offset > _LOOK_BACK else 0
    before = deque(_ORIGINAL_WORD.finditer(paragraph, lo, at_offset), maxlen=SNIPPET_BEFORE + 2)
    if lo and len(before) < SNIPPET_BEFORE + 2:
        before = deque(_ORIGINAL_WORD.finditer(paragraph, 0, at_offset), maxlen=SNIPPET_BEFORE + 2)
    start = before[-SNIPPET_BEFORE].start() if len(before) > SNIPPET_BEFORE else 0
    # No word spans at_offset (it is where a run of word characters starts): the match's word is the first
    # found from there, then the words after it.
    after = list(islice(_ORIGINAL_WORD.finditer(paragraph, at_offset), SNIPPET_AFTER + 2))
    if not after:  # no word from the match on (cannot happen with these patterns): from the start
        everything = list(_ORIGINAL_WORD.finditer(paragraph))
        hi = min(len(everything) - 1, SNIPPET_AFTER)
        return 0, (len(paragraph) if hi == len(everything) - 1 else everything[hi].end())
    if len(after) <= SNIPPET_AFTER + 1:
        return start, len(paragraph)  # the snippet reaches the paragraph's last word
    return start, after[SNIPPET_AFTER].end()


def snippet_html(snippet: str, marks: Sequence[tuple[int, int]]) -> str:
    out: list[str] = []
    pos = 0
    for start, end in marks:
        out.append(html.escape(snippet[pos:start], quote=False))
        out.append("<mark>" + html.escape(snippet[start:end], quote=False) + "</mark>")
        pos = end
    out.append(html.escape(snippet[pos:], quote=False))
    return "".join(out)


def search(
    session: Session | PlainSession,
    query: str,
    *,
    limit: int = 20,
    include_trashed: bool = False,
    trashed_only: bool = False,
    state: str | None = None,
    site_id: str | None = None,
    prefix_last: bool = False,
    snippets: bool = True,
    rank_window: int | None = RANK_WINDOW,
) -> list[SearchHit]:
    """Ranked matches. With ``rank_window`` set and more matches than that, bm25 ranks the newest
    ``rank_window`` matching drafts only (drafts are numbered in creation order): a query made of very
    common words then costs the same on 50,000 drafts as on 5,000. When that leaves fewer than ``limit``
    results (filters), every match is ranked. ``rank_window=None`` always ranks every match.
    """
    text = partial(sql_for, session)  # SQLAlchemy's text() for a Session, the SQL itself for plain sqlite3
    parsed = parse_query(query, prefix_last=prefix_last)
    if not parsed.fts:
        return []
    filters: list[str] = []
    params: dict[str, object] = {"q": parsed.fts, "limit": limit}
    if trashed_only:
        filters.append("a.trashed_at IS NOT NULL")
    elif not include_trashed:
        filters.append("a.trashed_at IS NULL")
    if state:
        filters.append("a.state = :state")
        params["state"] = state
    if site_id:
        filters.append("a.site_id = :site")
        params["site"] = site_id
    params["floor"] = 0
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    below, old_columns = previous_columns(session)
    if old_columns:  # a rebuild is under way: drafts not reindexed yet are found by their old row
        old_weights = ", ".join(str(w) for w in (*BM25_WEIGHTS, *[1.0] * old_columns)[:old_columns])
        old_rows = old_rows_sql(below)
        both = f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q UNION ALL SELECT rowid {old_rows}"
        scored = (f"SELECT rowid, bm25(articles_fts, {weights}) AS score FROM articles_fts "
                  "WHERE articles_fts MATCH :q AND rowid >= :floor UNION ALL "
                  f"SELECT rowid, bm25({PREV_TABLE}, {old_weights}) AS score {old_rows} "
                  f"AND {PREV_TABLE}.rowid >= :floor")
        cut_sql = f"SELECT rowid FROM ({both}) ORDER BY rowid DESC LIMIT 1 OFFSET :k"
        ranked_sql = f"SELECT rowid, score FROM ({scored}) ORDER BY score, rowid LIMIT :inner"
    else:
        cut_sql = ("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q ORDER BY rowid DESC "
                   "LIMIT 1 OFFSET :k")
        ranked_sql = (f"SELECT rowid, bm25(articles_fts, {weights}) AS score FROM articles_fts "
                      "WHERE articles_fts MATCH :q AND rowid >= :floor ORDER BY score, rowid LIMIT :inner")
    if rank_window:
        cut = session.execute(
            text(cut_sql), {**params, "k": rank_window - 1}
        ).first()
        params["floor"] = int(cut[0]) if cut is not None else 0
    columns = "a.id, a.title, a.state, a.site_id, a.updated_at, a.trashed_at"
    where_filters = "".join(f" AND {f}" for f in filters)
    # Rank inside FTS5 first (no join per match), then join and filter the best few.
    inner = limit * (3 if not (state or site_id or trashed_only) else 10)
    ranked = session.execute(text(ranked_sql), {**params, "inner": inner}).all()
    rows: list[Any] = []
    bodies: dict[str, tuple[str, str]] = {}
    if ranked:
        score = {int(r[0]): float(r[1]) for r in ranked}
        order = list(score)  # best first (ties: the older draft first)
        # The best `limit` first, with their bodies for the snippets: state, site and times are stored after
        # body_html, so reading them walks the body's pages anyway. Only when the filters drop some of them
        # are the others joined (without bodies: a third of them are shown at most).
        extra = ", a.body_html, a.excerpt" if snippets else ""
        joined: list[Any] = []
        for chunk, with_bodies in ((order[:limit], bool(extra)), (order[limit:], False)):
            if not chunk or len(joined) >= limit:
                break
            slots = {f"d{n}": docid for n, docid in enumerate(chunk)}
            found = session.execute(
                text(f"SELECT d.docid, {columns}{extra if with_bodies else ''} FROM search_docs d "
                     "JOIN articles a ON a.id = d.article_id "
                     f"WHERE d.docid IN ({', '.join(':' + k for k in slots)}){where_filters}"),
                {**params, **slots},
            ).all()
            if with_bodies:
                bodies.update({r[1]: (r[7], r[8]) for r in found})
            joined.extend(found)
        ordered = sorted(joined, key=lambda r: (score[int(r[0])], int(r[0])))[:limit]
        rows = [(*r[1:7], score[int(r[0])]) for r in ordered]
    if len(rows) < limit and (len(ranked) == inner or params["floor"]):
        # The filters dropped most of the best matches (or the window holds too few): join every match.
        if old_columns:
            full = (f"SELECT {columns}, m.score AS score FROM ({scored}) m "
                    "JOIN search_docs d ON d.docid = m.rowid JOIN articles a ON a.id = d.article_id "
                    f"WHERE 1{where_filters} ORDER BY m.score LIMIT :limit")
        else:
            full = (
                f"SELECT {columns}, bm25(articles_fts, {weights}) AS score "
                "FROM articles_fts JOIN search_docs d ON d.docid = articles_fts.rowid "
                "JOIN articles a ON a.id = d.article_id "
                f"WHERE articles_fts MATCH :q AND articles_fts.rowid >= :floor{where_filters} "
                "ORDER BY score LIMIT :limit"
            )
        rows = list(session.execute(text(full), params).all())
        if len(rows) < limit and params["floor"]:
            # Still short: the filters keep few of the newest matches, so rank every match instead.
            rows = list(session.execute(text(full), {**params, "floor": 0}).all())
    missing = [row[0] for row in rows if row[0] not in bodies] if snippets else []
    if missing:
        ids = {f"i{n}": article_id for n, article_id in enumerate(missing)}
        marks_sql = ", ".join(":" + k for k in ids)
        found = session.execute(
            text(f"SELECT id, body_html, excerpt FROM articles WHERE id IN ({marks_sql})"), ids
        ).all()
        bodies.update({r[0]: (r[1], r[2]) for r in found})
    hits: list[SearchHit] = []
    for row in rows:
        snippet, marks = "", list[tuple[int, int]]()
        if row[0] in bodies:
            body_html, excerpt = bodies[row[0]]
            snippet, marks = make_snippet(_paragraphs(body_html), parsed)
            if not snippet:
                snippet, marks = make_snippet(excerpt, parsed)
        hits.append(
            SearchHit(
                article_id=row[0],
                title=row[1],
                state=row[2],
                site_id=row[3],
                updated_at=parse_time(row[4]),
                score=float(row[6]),
                snippet=snippet,
                highlights=marks,
                snippet_html=snippet_html(snippet, marks),
                trashed=row[5] is not None,
            )
        )
    return hits


def like_scan(session: Session, query: str) -> list[int]:
    """The benchmark's floor: every row whose normalised title or body contains each query word (a scan).

    It returns all matches, as a ranked search must consider all of them too.
    """
    terms = tokenize(normalize(query))
    if not terms:
        return []
    where = " AND ".join(f"(body LIKE :t{i} OR title LIKE :t{i})" for i in range(len(terms)))
    params: dict[str, object] = {f"t{i}": f"%{t}%" for i, t in enumerate(terms)}
    rows = session.execute(text(f"SELECT rowid FROM articles_fts WHERE {where}"), params).all()
    return [int(r[0]) for r in rows]


def previous_columns(session: Session | PlainSession) -> tuple[int, int]:
    """While the index is being rebuilt (storage/search_rebuild.py), search also looks in the old table:
    (the rebuild mark, the old table's column count) then, (0, 0) otherwise."""
    sql = partial(sql_for, session)  # also on the plain-sqlite3 reader's connection
    mark = session.execute(sql("SELECT value FROM search_meta WHERE name = :k"), {"k": MARK_KEY}).scalar()
    if mark is None:
        return 0, 0
    columns = session.execute(sql(f"SELECT count(*) FROM pragma_table_info('{PREV_TABLE}')")).scalar()
    return (int(mark), int(columns)) if columns else (0, 0)


def old_rows_sql(below: int) -> str:
    """The FROM … WHERE of the old table's rows that still count: below the mark, with no new row."""
    return (f"FROM {PREV_TABLE} WHERE {PREV_TABLE} MATCH :q AND {PREV_TABLE}.rowid < {int(below)} "
            f"AND NOT EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts.rowid = {PREV_TABLE}.rowid)")


# --- the index version ---------------------------------------------------------------------------------
def stored_version(session: Session) -> str | None:
    value = session.execute(
        sql_for(session, "SELECT value FROM search_meta WHERE name = 'index_version'")).scalar()
    return None if value is None else str(value)
