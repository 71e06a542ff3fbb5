"""“Did you mean …?”: the closest words of the drafts' vocabulary to a query word that finds little.

The words people get wrong in Arabic copy are mostly transliterated names, and the mistakes are of
two kinds: a dot in the wrong place or missing (ب/ت/ث/ن/ي, ج/ح/خ, د/ذ, ر/ز, س/ش, ص/ض, ط/ظ, ع/غ,
ف/ق) and a long vowel dropped or added (لوكاشنكو / لوكاشينكو). So every word is filed under its
*skeleton*: the normalised word with dots folded (ب ت ث ن → ٮ …) and the long vowels ا و ي (and ء)
left out; for Latin words the vowels are left out. Two spellings that differ only in dots and long
vowels have the same skeleton; one more letter added, dropped, changed or swapped is a skeleton one
edit away.

``search_vocab`` holds one row (skeleton, word) for each word of the drafts and for each of its
stems (core/arabic_stem.py, so ``كرملن`` finds ``بالكرملين`` through ``كرملين``). A lookup builds the
query word's skeleton and every skeleton one edit away (a few hundred keys, one indexed query),
then ranks the words found by a weighted edit distance on the normalised forms: a dot confusion
or a long vowel costs ½, any other edit 1, and at most 1 (words of up to four letters) or 2 is
allowed. Words no draft uses any more are dropped at that point (each candidate is looked up in
the FTS index, which also gives how common it is). Rows are only added while drafts are saved
and while the index is rebuilt (words a process knows it filed are skipped, see :func:`add_words`).
"""

from __future__ import annotations

import threading
import unicodedata
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from editor_app.core.arabic_normalize import fold_letters, light_normalize, tokenize
from editor_app.core.arabic_stem import forms
from editor_app.storage.plain_sql import sql_for

if TYPE_CHECKING:  # the lookups also run on a plain sqlite3 connection (storage/quick_read.py)
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

MIN_LETTERS = 3  # shorter words are not suggested (nor corrected): too many neighbours
FEW = 3  # a query word matching fewer drafts than this may be a typo
KEY_CHUNK = 500

# Dot classes and long vowels (already folded: أ→ا, ة→ه, ى→ي, ؤ→و, ئ→ي).
_DOT_CLASSES = ("بتثنپ", "جحخچ", "دذ", "رزژ", "سش", "صض", "طظ", "عغ", "فقڤ", "كگ")
_ARABIC_VOWELS = "اويء"
_LATIN_VOWELS = "aeiouy"
_CLASS_OF: dict[str, str] = {ch: group[0] for group in _DOT_CLASSES for ch in group}
_SKELETON = str.maketrans({**{ch: group[0] for group in _DOT_CLASSES for ch in group},
                           **{v: None for v in _ARABIC_VOWELS + _LATIN_VOWELS}})
_ARABIC_KEY_LETTERS = "بجدرسصطعفكلمه"  # one letter per skeleton class (what an edit may insert)
_LATIN_KEY_LETTERS = "bcdfghjklmnpqrstvwxz"


def _plain_latin(word: str) -> str:
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The lookup key of a folded word: dots folded, long vowels (Latin: vowels) left out."""
    return _plain_latin(word).translate(_SKELETON)


def _is_word(word: str) -> bool:
    return len(word) >= MIN_LETTERS and not word.isdigit() and any(c.isalpha() for c in word)


@lru_cache(maxsize=65536)
def _rows(word: str) -> tuple[tuple[str, str], ...]:
    """(key, word) rows of one light-normalised word: its skeleton and its stems' skeletons."""
    keys = {skeleton(f) for f in forms(word)}
    return tuple((k, word) for k in keys if k)


# Words known to be in ``search_vocab``, per engine (one per open store), filled only after a commit:
# an autosave of the open draft, or a batch of similar drafts, then files only the words new to the
# store (most words of a draft are already filed). Capped: past the cap it starts again (a
# forgotten word is only filed once more, INSERT OR IGNORE).
FILED_CAP = 50_000
_filed: weakref.WeakKeyDictionary[Engine, set[str]] = weakref.WeakKeyDictionary()
_filed_lock = threading.Lock()
_PENDING = "qalam_vocab_pending"


def _remember(session: Session) -> None:
    """After the commit of a transaction that filed words: they are in the table now."""
    engine, words = session.info.pop(_PENDING, (None, None))
    if engine is None or words is None:
        return
    with _filed_lock:
        filed = _filed.setdefault(engine, set())
        if len(filed) + len(words) > FILED_CAP:
            filed.clear()
        filed |= words


def forget(engine: Engine) -> None:
    """Forget which words this process filed in the store of ``engine`` (the index is being rebuilt)."""
    with _filed_lock:
        _filed.pop(engine, None)


def add_words(session: Session, words: Iterable[str]) -> None:
    """File the (light-normalised) words of a draft being indexed."""
    connection = session.connection()
    engine = connection.engine
    with _filed_lock:
        filed = _filed.get(engine)
        new = set(words) - filed if filed else set(words)
    pending = session.info.get(_PENDING)
    if pending is not None:
        new -= pending[1]
    if not new:
        return
    rows = [row for word in new if _is_word(word) for row in _rows(word)]
    if rows:  # straight to the driver: executemany in C
        connection.exec_driver_sql("INSERT OR IGNORE INTO search_vocab(key, term) VALUES (?, ?)", rows)
    if pending is None:
        session.info[_PENDING] = (engine, new)
        from sqlalchemy import event

        event.listen(session, "after_commit", _remember, once=True)
    else:
        pending[1].update(new)


def neighbour_keys(key: str) -> set[str]:
    """The key and every key one edit away (delete, insert, change or swap one skeleton letter)."""
    letters = _ARABIC_KEY_LETTERS if key and "\u0600" <= key[0] <= "\u06ff" else _LATIN_KEY_LETTERS
    out = {key}
    for i in range(len(key) + 1):
        for ch in letters:
            out.add(key[:i] + ch + key[i:])
    for i in range(len(key)):
        out.add(key[:i] + key[i + 1:])
        for ch in letters:
            out.add(key[:i] + ch + key[i + 1:])
        if i + 1 < len(key):
            out.add(key[:i] + key[i + 1] + key[i] + key[i + 2:])
    return {k for k in out if len(k) >= 2 or k == key}


def _cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    ca, cb = _CLASS_OF.get(a), _CLASS_OF.get(b)
    if ca is not None and ca == cb:
        return 0.5  # a dot confusion
    vowels = _ARABIC_VOWELS + _LATIN_VOWELS
    if a in vowels and b in vowels:
        return 0.5
    return 1.0


def _indel(ch: str) -> float:
    return 0.5 if ch in _ARABIC_VOWELS or ch in _LATIN_VOWELS else 1.0


def distance(a: str, b: str, limit: float = 99.0) -> float:
    """Weighted edit distance (optimal string alignment) of two folded words: a dot confusion or a long
    vowel added, dropped or changed costs ½; any other letter added, dropped, changed or swapped costs 1.
    Gives up (returns more than ``limit``) as soon as the distance must exceed ``limit``."""
    a, b = _plain_latin(a), _plain_latin(b)
    if abs(len(a) - len(b)) * 0.5 > limit:
        return limit + 1
    previous2: list[float] = []
    previous = [0.0]
    for ch in b:
        previous.append(previous[-1] + _indel(ch))
    for i in range(1, len(a) + 1):
        ca = a[i - 1]
        row = [previous[0] + _indel(ca)]
        for j in range(1, len(b) + 1):
            cb = b[j - 1]
            best = min(previous[j] + _indel(ca), row[j - 1] + _indel(cb),
                       previous[j - 1] + (0.0 if ca == cb else _cost(ca, cb)))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, previous2[j - 2] + 1.0)
            row.append(best)
        if min(row) > limit:
            return limit + 1
        previous2, previous = previous, row
    return previous[-1]


def max_distance(word: str) -> float:
    return 1.0 if len(word) <= 4 else 2.0


@dataclass(frozen=True)
class Candidate:
    term: str  # as written in the drafts (light-normalised: hamza and ة kept, no vowel marks)
    distance: float  # between the closest forms (stems included)
    surface: float  # between the words as written (prefixes included): breaks ties
    drafts: int  # how many drafts use it (counted up to a cap)


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def count_matches(session: Session, expression: str, cap: int) -> int:
    """How many drafts match an FTS5 expression, counting no further than ``cap`` (during a rebuild of
    the index, drafts not reindexed yet count by their old row)."""
    from editor_app.storage.search_index import old_rows_sql, previous_columns

    matches = "SELECT 1 FROM articles_fts WHERE articles_fts MATCH :q"
    below, old_columns = previous_columns(session)
    if old_columns:
        matches += f" UNION ALL SELECT 1 {old_rows_sql(below)}"
    return int(session.execute(
        sql_for(session, f"SELECT count(*) FROM ({matches} LIMIT :cap)"), {"q": expression, "cap": cap},
    ).scalar_one())


def _word_expression(word: str) -> str:
    parts = [_quote(f) for f in forms(word)]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _lookup(session: Session, keys: set[str]) -> set[str]:
    found: set[str] = set()
    ordered = sorted(keys)
    for start in range(0, len(ordered), KEY_CHUNK):
        slots = {f"k{n}": k for n, k in enumerate(ordered[start:start + KEY_CHUNK])}
        rows = session.execute(
            sql_for(session,
                    f"SELECT term FROM search_vocab WHERE key IN ({', '.join(':' + s for s in slots)})"),
            slots
        ).all()
        found.update(r[0] for r in rows)
    return found


def candidates(session: Session, word: str, *, limit: int = 5, cap: int = 100) -> list[Candidate]:
    """Words of the drafts close to the (light-normalised) ``word``, best first; never the word itself.

    Two steps: words with the same skeleton as one of the word's forms (only dots and long vowels
    differ: most misspelt names), and only when none is close enough, words one skeleton edit away."""
    own = fold_letters(word)
    query_forms = forms(word)
    limit_d = max_distance(own)
    same: dict[str, list[str]] = {}
    for form in query_forms:
        same.setdefault(skeleton(form), []).append(form)
    scored = _score(own, query_forms, _lookup(session, set(same)), same, limit_d)
    if not scored:
        near: dict[str, list[str]] = {}
        for form in query_forms:
            for key in neighbour_keys(skeleton(form)):
                near.setdefault(key, []).append(form)
        scored = _score(own, query_forms, _lookup(session, set(near) - set(same)), near, limit_d)
    out: list[Candidate] = []
    seen: set[str] = set()
    for d, surface, term in scored:
        folded = fold_letters(term)
        if folded in seen:
            continue
        seen.add(folded)
        drafts = count_matches(session, _word_expression(term), cap)
        if drafts:
            out.append(Candidate(term, d, surface, drafts))
        if len(out) >= limit * 2:
            break
    out.sort(key=lambda c: (c.distance, c.surface, -c.drafts, c.term))
    return out[:limit]


def _score(own: str, query_forms: tuple[str, ...], terms: set[str], by_key: dict[str, list[str]],
           limit_d: float) -> list[tuple[float, float, str]]:
    """(distance, distance as written, term) of the terms within ``limit_d``, best first. A term's form is
    only compared with the query forms whose key led to it."""
    scored: list[tuple[float, float, str]] = []
    for term in terms:
        folded = fold_letters(term)
        if folded == own or folded in query_forms:
            continue
        best = limit_d + 1
        for b in forms(term):
            for a in by_key.get(skeleton(b), ()):
                best = min(best, distance(a, b, min(best, limit_d)))
        if 0 < best <= limit_d:
            scored.append((best, distance(own, folded), term))
    scored.sort()
    return scored


def suggest(session: Session, query: str, *, limit: int = 3) -> list[str]:
    """Corrected queries that find drafts: each word that finds fewer than :data:`FEW` drafts is replaced
    by a close word of the vocabulary that is more common. Best first; empty when nothing better is found."""
    terms = tokenize(light_normalize(query))
    fixes: list[tuple[int, list[Candidate]]] = []
    for index, word in enumerate(terms):
        if not _is_word(word):
            continue
        found = count_matches(session, _word_expression(word), FEW)
        if found >= FEW:
            continue
        near = [c for c in candidates(session, word) if not found or c.drafts >= max(FEW, 3 * found)]
        if near:
            fixes.append((index, near))
    if not fixes:
        return []
    best = list(terms)
    for index, near in fixes:
        best[index] = near[0].term
    options = [best]
    for index, near in fixes:
        for alternative in near[1:]:
            option = list(best)
            option[index] = alternative.term
            options.append(option)
    out: list[str] = []
    for option in options:
        expression = " AND ".join(_word_expression(w) for w in option)
        if count_matches(session, expression, 1):
            out.append(" ".join(option))
        if len(out) >= limit:
            break
    return out
