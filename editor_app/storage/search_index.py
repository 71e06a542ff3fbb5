"""Full-text search over the drafts with FTS5 on normalised text.

Indexing (runs on the task runner, inside the write transaction of a save):
``articles_fts`` holds the normalised title (+ subtitle), body text, excerpt, tags (+ categories)
and a ``variants`` column with every word's prefix-stripped forms, so ``كرملين`` matches a
draft that only says ``والكرملين``. Its rowid is ``search_docs.docid``.

Querying: the query is normalised the same way; each word must match (AND), either as
written or, when it carries a prefix itself, without it (``بالكرملين`` also finds ``الكرملين``).
Ranking is bm25 with the title weighted most. Snippets are cut from the *original* text
(un-normalised, with its vowel marks), found by normalising word by word.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import text
from sqlalchemy.orm import Session

from editor_app.core.arabic_normalize import (
    MIN_STEM,
    MIN_STEM_AFTER_ARTICLE,
    PREFIXES,
    normalize,
    normalized_variants,
    tokenize,
    variants_text,
)
from editor_app.core.plain_text import html_to_text
from editor_app.core.search import SearchHit
from editor_app.storage.models import parse_time

BM25_WEIGHTS = (10.0, 1.0, 3.0, 5.0, 0.6)  # title, body, excerpt, tags, variants
SNIPPET_BEFORE = 10
SNIPPET_AFTER = 22
_ORIGINAL_WORD = re.compile(
    r"[^\W_\u0640][\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d]*"
)


_BLOCK_SPLIT = re.compile(r"(?<=</p>)|(?<=</h2>)|(?<=</h3>)|(?<=</li>)|(?<=</blockquote>)", re.I)


@dataclass(frozen=True)
class IndexText:
    title: str
    body: str
    excerpt: str
    tags: str
    variants: str


def index_text(title: str, subtitle: str, body_html: str, excerpt: str, tags: Iterable[str]) -> IndexText:
    """The normalised columns for one article (about 10 ms for 20,000 words: call off the GUI thread)."""
    t = normalize(f"{title}\n{subtitle}")
    b = normalize(html_to_text(body_html))
    e = normalize(excerpt)
    g = normalize(" ".join(tags))
    v = variants_text(f"{t} {b} {e} {g}")
    return IndexText(t, b, e, g, v)


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
    session.execute(
        text(
            "INSERT INTO articles_fts(rowid, title, body, excerpt, tags, variants) "
            "VALUES (:d, :t, :b, :e, :g, :v)"
        ),
        {"d": docid, "t": doc.title, "b": doc.body, "e": doc.excerpt, "g": doc.tags, "v": doc.variants},
    )


def is_indexed(session: Session, article_id: str, content_hash: str) -> bool:
    found = session.execute(
        text("SELECT content_hash FROM search_docs WHERE article_id = :id"), {"id": article_id}
    ).scalar()
    return found == content_hash


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[str, ...]  # normalised words, in order
    prefix_last: bool
    fts: str  # the FTS5 MATCH expression ("" when the query has no words)


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def parse_query(query: str, *, prefix_last: bool = False) -> ParsedQuery:
    """Normalise the query and build the MATCH expression; every word is required."""
    terms: list[str] = []
    for word in tokenize(normalize(query)):
        if word not in terms:
            terms.append(word)
    parts = []
    for index, word in enumerate(terms):
        star = "*" if prefix_last and index == len(terms) - 1 else ""
        alternatives = [_quote(word) + star] + [_quote(v) + star for v in normalized_variants(word)]
        parts.append(alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")")
    return ParsedQuery(tuple(terms), prefix_last, " AND ".join(parts))


_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200b-\u200f"
_WORD_CHAR = f"[\\w{_MARKS}]"
_FOLD_CLASS = {
    "ا": "اأإآٱ", "ه": "هة", "ي": "يىئ", "و": "وؤ",
    **{str(d): f"{d}{chr(0x0660 + d)}{chr(0x06F0 + d)}" for d in range(10)},
}


def _char_pattern(ch: str) -> str:
    group = _FOLD_CLASS.get(ch)
    return f"[{group}]" if group else re.escape(ch)


def _word_pattern(word: str) -> str:
    """``word`` (normalised) as it may be written: any alef form, vowel marks and tatweel anywhere."""
    between = f"[{_MARKS}]*"
    return between.join(_char_pattern(ch) for ch in word) + between


@lru_cache(maxsize=256)
def _highlighter(terms: tuple[str, ...], prefix_last: bool) -> re.Pattern[str]:
    """A regex over the *original* text finding whole words that match any query term the way the index
    does: the term itself, or the term (or one of its stems) after an attached prefix."""
    alternatives: list[str] = []
    for index, term in enumerate(terms):
        tail = f"{_WORD_CHAR}*" if prefix_last and index == len(terms) - 1 else ""
        for probe in sorted({term, *normalized_variants(term)}, key=len, reverse=True):
            prefixes = [p for p, article in PREFIXES
                        if len(probe) >= (MIN_STEM_AFTER_ARTICLE if article else MIN_STEM)]
            optional = "(?:" + "|".join(_word_pattern(p) for p in prefixes) + ")?" if prefixes else ""
            alternatives.append(optional + _word_pattern(probe) + tail)
    body = "|".join(alternatives)
    return re.compile(f"(?<!{_WORD_CHAR})(?:{body})(?!{_WORD_CHAR})", re.IGNORECASE)


def _paragraphs(body_html: str) -> Iterator[str]:
    """The body's paragraphs as text, lazily (most snippets are found in the first few)."""
    for chunk in body_html.split("</p>"):
        text_ = html_to_text(chunk)
        if text_:
            yield from text_.split("\n")


def make_snippet(original: str | Iterable[str], parsed: ParsedQuery) -> tuple[str, list[tuple[int, int]]]:
    """A few words of the original text around the first match, and the (start, end) of each matched word.

    ``original`` is plain text (lines are paragraphs) or an iterable of paragraphs. Matching runs on the
    original text with a regex that tolerates vowel marks, tatweel and the folded letter forms, so the
    offsets need no mapping back.
    """
    if not parsed.terms:
        return "", []
    rx = _highlighter(parsed.terms, parsed.prefix_last)
    paragraphs = original.split("\n") if isinstance(original, str) else original
    for paragraph in paragraphs:
        first = rx.search(paragraph)
        if first is None:
            continue
        words = [(m.start(), m.end()) for m in _ORIGINAL_WORD.finditer(paragraph)]
        at = next((i for i, (s, e) in enumerate(words) if e > first.start()), 0)
        lo = max(0, at - SNIPPET_BEFORE)
        hi = min(len(words) - 1, at + SNIPPET_AFTER)
        start = 0 if lo == 0 else words[lo][0]
        end = len(paragraph) if hi == len(words) - 1 else words[hi][1]
        lead = "" if start == 0 else "… "
        tail = "" if end == len(paragraph) else " …"
        piece = paragraph[start:end]
        snippet = lead + piece.strip() + tail
        shift = len(lead) - start - (len(piece) - len(piece.lstrip()))
        marks = [(m.start() + shift, m.end() + shift) for m in rx.finditer(paragraph, start, end)]
        return snippet, marks
    return "", []


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
    session: Session,
    query: str,
    *,
    limit: int = 20,
    include_trashed: bool = False,
    trashed_only: bool = False,
    state: str | None = None,
    site_id: str | None = None,
    prefix_last: bool = False,
    snippets: bool = True,
) -> list[SearchHit]:
    parsed = parse_query(query, prefix_last=prefix_last)
    if not parsed.fts:
        return []
    where = ["articles_fts MATCH :q"]
    params: dict[str, object] = {"q": parsed.fts, "limit": limit}
    if trashed_only:
        where.append("a.trashed_at IS NOT NULL")
    elif not include_trashed:
        where.append("a.trashed_at IS NULL")
    if state:
        where.append("a.state = :state")
        params["state"] = state
    if site_id:
        where.append("a.site_id = :site")
        params["site"] = site_id
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    sql = (
        f"SELECT a.id, a.title, a.state, a.site_id, a.updated_at, a.trashed_at, "
        f"bm25(articles_fts, {weights}) AS score "
        "FROM articles_fts JOIN search_docs d ON d.docid = articles_fts.rowid "
        "JOIN articles a ON a.id = d.article_id "
        f"WHERE {' AND '.join(where)} ORDER BY score LIMIT :limit"
    )
    rows = session.execute(text(sql), params).all()
    bodies: dict[str, tuple[str, str]] = {}
    if snippets and rows:
        ids = {f"i{n}": row[0] for n, row in enumerate(rows)}
        marks_sql = ", ".join(":" + k for k in ids)
        found = session.execute(
            text(f"SELECT id, body_html, excerpt FROM articles WHERE id IN ({marks_sql})"), ids
        ).all()
        bodies = {r[0]: (r[1], r[2]) for r in found}
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
