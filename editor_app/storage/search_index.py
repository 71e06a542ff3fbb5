"""Full-text search over the drafts with FTS5 on normalised text.

Indexing (runs on the task runner, inside the write transaction of a save):
``articles_fts`` holds the normalised title (+ subtitle), body text, excerpt and tags (+ categories),
each word followed by its prefix-stripped variants (``والكرملين الكرملين كرملين``), so a draft that
only says ``والكرملين`` is found by ``كرملين`` with the column weights intact. Its rowid is
``search_docs.docid``.

Querying: the query is normalised the same way and each word is looked up by its shortest
variant (``بالكرملين`` and ``الكرملين`` → ``كرملين``): one term per word, every word required.
Ranking is bm25 with the title weighted most (see :func:`search` for the ranking window).
Snippets are cut from the *original* text (with its vowel marks), matched by a regex that
tolerates marks, tatweel and folded letters, so offsets need no mapping back.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any

from editor_app.core.arabic_normalize import (
    PREFIXES,
    normalize,
    search_forms,
    tokenize,
    with_variants,
)
from editor_app.core.plain_text import html_to_text
from editor_app.core.search import SearchHit
from editor_app.storage.plain_sql import PlainSession, parse_time, sql_for

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

BM25_WEIGHTS = (10.0, 1.0, 3.0, 5.0)  # title, body, excerpt, tags
RANK_WINDOW = 2000  # see search(): bm25 ranks at most this many (the newest) matches
SNIPPET_BEFORE = 10
SNIPPET_AFTER = 22
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


def index_text(title: str, subtitle: str, body_html: str, excerpt: str, tags: Iterable[str]) -> IndexText:
    """The indexed columns for one article (about 15 ms for 20,000 words: call off the GUI thread)."""
    return IndexText(
        with_variants(normalize(f"{title}\n{subtitle}")),
        with_variants(normalize(html_to_text(body_html))),
        with_variants(normalize(excerpt)),
        with_variants(normalize(" ".join(tags))),
    )


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
            "INSERT INTO articles_fts(rowid, title, body, excerpt, tags) VALUES (:d, :t, :b, :e, :g)"
        ),
        {"d": docid, "t": doc.title, "b": doc.body, "e": doc.excerpt, "g": doc.tags},
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


PREFIX_MIN = 3  # shorter prefixes (and ال…, وال…) match most of the vocabulary: seconds on 50,000 drafts


_ARTICLE_PREFIXES = frozenset(p for p, article in PREFIXES if article)


def _prefix_ok(form: str) -> bool:
    return len(form) >= PREFIX_MIN and not form.startswith("ال") and form not in _ARTICLE_PREFIXES


def parse_query(query: str, *, prefix_last: bool = False) -> ParsedQuery:
    """Normalise the query and build the MATCH expression; every word is required."""
    terms: list[str] = []
    for word in tokenize(normalize(query)):
        if word not in terms:
            terms.append(word)
    parts = []
    for index, word in enumerate(terms):
        last = prefix_last and index == len(terms) - 1
        forms = [_quote(form) + ("*" if last and _prefix_ok(form) else "") for form in search_forms(word)]
        parts.append(forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")")
    return ParsedQuery(tuple(terms), prefix_last, " AND ".join(parts))


_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200b-\u200f"
_WORD_CHAR = f"[\\w{_MARKS}]"
_FOLD_CLASS = {
    "ا": "اأإآٱ", "ه": "هة", "ي": "يىئ", "و": "وؤ",
    **{str(d): f"{d}{chr(0x0660 + d)}{chr(0x06F0 + d)}" for d in range(10)},
}


def _latin_folds() -> dict[str, str]:
    """Accented Latin letters by their base letter (FTS5's remove_diacritics folds them when matching)."""
    folds: dict[str, str] = {}
    for code in range(0x00C0, 0x0250):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0].casefold()
        if base.isascii() and base.isalpha() and base != ch.casefold():
            folds[base] = folds.get(base, base) + ch
    return folds


_FOLD_CLASS.update(_latin_folds())


def _char_pattern(ch: str) -> str:
    group = _FOLD_CLASS.get(ch)
    return f"[{re.escape(group)}]" if group else re.escape(ch)


def _word_pattern(word: str) -> str:
    """``word`` (normalised) as it may be written: any alef form, vowel marks and tatweel anywhere."""
    between = f"[{_MARKS}]*"
    return between.join(_char_pattern(ch) for ch in word) + between


_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|figcaption)\s*>|<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")

# Any attached prefix, written as it may be (conjunction, preposition, article; ل + ال is لل).
_PREFIX = (f"(?:[وف][{_MARKS}]*)?(?:[بكل][{_MARKS}]*)?(?:[اأإآٱ]?[{_MARKS}]*ل[{_MARKS}]*)?")


@lru_cache(maxsize=256)
def _highlighter(terms: tuple[str, ...], prefix_last: bool) -> re.Pattern[str]:
    """A regex over the *original* text finding whole words that the index matched: a query word's search
    form (see core.arabic_normalize.search_forms) after any attached prefix. Kept small: it is compiled
    for every new query."""
    alternatives: list[str] = []
    for index, term in enumerate(terms):
        for form in search_forms(term):
            last = prefix_last and index == len(terms) - 1
            tail = f"{_WORD_CHAR}*" if last and _prefix_ok(form) else ""
            is_arabic = bool(form) and "\u0600" <= form[0] <= "\u06ff"
            alternatives.append((_PREFIX if is_arabic else "") + _word_pattern(form) + tail)
    body = "|".join(dict.fromkeys(alternatives))
    return re.compile(f"(?<!{_WORD_CHAR})(?:{body})(?!{_WORD_CHAR})", re.IGNORECASE)


def _paragraphs(body_html: str) -> Iterator[str]:
    """The body's paragraphs as text, lazily (most snippets are found in the first few)."""
    for chunk in _BLOCK_END.split(body_html):
        text_ = _TAG.sub(" ", chunk)
        if "&" in text_:
            text_ = html.unescape(text_)
        text_ = " ".join(text_.split())
        if text_:
            yield text_


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
    if rank_window:
        cut = session.execute(
            text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q ORDER BY rowid DESC "
                 "LIMIT 1 OFFSET :k"), {"q": parsed.fts, "k": rank_window - 1}
        ).first()
        params["floor"] = int(cut[0]) if cut is not None else 0
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    columns = "a.id, a.title, a.state, a.site_id, a.updated_at, a.trashed_at"
    where_filters = "".join(f" AND {f}" for f in filters)
    # Rank inside FTS5 first (no join per match), then join and filter the best few.
    inner = limit * (3 if not (state or site_id or trashed_only) else 10)
    ranked = session.execute(
        text(f"SELECT rowid, bm25(articles_fts, {weights}) AS score FROM articles_fts "
             "WHERE articles_fts MATCH :q AND rowid >= :floor ORDER BY score LIMIT :inner"),
        {"q": parsed.fts, "floor": params["floor"], "inner": inner},
    ).all()
    rows: list[Any] = []
    bodies: dict[str, tuple[str, str]] = {}
    if ranked:
        score = {int(r[0]): float(r[1]) for r in ranked}
        slots = {f"d{n}": docid for n, docid in enumerate(score)}
        extra = ", a.body_html, a.excerpt" if snippets else ""
        joined = session.execute(
            text(f"SELECT d.docid, {columns}{extra} FROM search_docs d "
                 "JOIN articles a ON a.id = d.article_id "
                 f"WHERE d.docid IN ({', '.join(':' + k for k in slots)}){where_filters}"),
            {**params, **slots},
        ).all()
        ordered = sorted(joined, key=lambda r: score[int(r[0])])[:limit]
        rows = [(*r[1:7], score[int(r[0])]) for r in ordered]
        if snippets:
            bodies = {r[1]: (r[7], r[8]) for r in ordered}
    if len(rows) < limit and (len(ranked) == inner or params["floor"]):
        # The filters dropped most of the best matches (or the window holds too few): join every match.
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
        bodies = {}
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
