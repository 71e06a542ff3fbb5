"""Search through attached prefixes, without false friends, exact words first; the index version stamp;
"did you mean" from the drafts' vocabulary. All through a real store (SQLite FTS5)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from editor_app.core.article import Article
from editor_app.paths import resolve_paths
from editor_app.storage import search_index, search_rebuild, search_vocab
from editor_app.storage.store import DraftStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    s = DraftStore.open(resolve_paths(tmp_path / "data"))
    yield s
    s.close(backup=False)


def _ids(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.article_id for h in hits]


def _draft(store: DraftStore, body: str, title: str = "خبر") -> str:
    return store.create(Article(title=title, body_html=f"<p>{body}</p>")).id


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        # A bare word finds its prefixed forms …
        ("التقى بوتين ولوكاشينكو", "لوكاشينكو"),
        ("وصل الوفد لموسكو أمس", "موسكو"),
        ("قصف جديد بغزة", "غزة"),
        ("قال الكرملين", "كرملين"),
        ("رسالة وللكرملين", "الكرملين"),
        ("القوات الروسية باستخدام المسيرات", "استخدام"),
        ("زيارة لأوكرانيا", "أوكرانيا"),
        # … and a prefixed query finds the bare word and the other prefixed forms.
        ("الزعيم البيلاروسي لوكاشينكو", "ولوكاشينكو"),
        ("وصل إلى موسكو", "بموسكو"),
        ("أعلنت حماس", "لحماس"),
        ("زيارة لأوكرانيا", "وأوكرانيا"),
        ("بيان بالكرملين", "والكرملين"),
        ("قرار اللجنة", "للجنة"),
        ("المسؤول في وزارة الدفاع", "ووزارة"),
    ],
)
def test_prefixes_both_ways(store: DraftStore, stored: str, query: str) -> None:
    a = _draft(store, stored)
    _draft(store, "نص آخر لا علاقة له")
    assert _ids(store.search(query)) == [a], (stored, query)


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("اشترى كتاب التاريخ", "تاب"),  # كتاب is not ك + تاب
        ("الوضع في لبنان", "بنان"),
        ("مكتب وزير الخارجية", "زير"),
        ("قرار والي الولاية", "إلى"),  # والي is not و + إلى
        ("واحد من المسؤولين", "الأحد"),
        ("قال كمال إن", "مال"),
        ("مبنى كبير", "بير"),
        ("قدم ورقة عمل", "الرقة"),
        ("اقتصاد ألمانيا", "مانيا"),
        ("الحمد لله والله أكبر", "له"),
        ("قال الذي رأى", "ذي"),
        ("يجلس على كرسي", "رسي"),
        ("تحدثت فرنسا", "رنسا"),
        ("الوفد وصل إلى واشنطن", "اشنطن"),
        ("فاز فاغنر", "اغنر"),
        # … and the other way round: the query's first letter belongs to it.
        ("تاب إلى ربه", "كتاب"),
        ("أطراف البنان", "لبنان"),
        ("إلى الأمام", "والي"),
        ("الأحد المقبل", "واحد"),
    ],
)
def test_no_false_friends(store: DraftStore, stored: str, query: str) -> None:
    _draft(store, stored)
    assert store.search(query) == [], (stored, query)


def test_exact_words_rank_above_stemmed_ones(store: DraftStore) -> None:
    bare = _draft(store, "التقى الرئيس لوكاشينكو في العاصمة")
    prefixed = _draft(store, "التقى الرئيس ولوكاشينكو في العاصمة")
    assert _ids(store.search("لوكاشينكو")) == [bare, prefixed]
    assert _ids(store.search("ولوكاشينكو")) == [prefixed, bare]
    with_article = _draft(store, "بيان صادر عن الكرملين اليوم")
    with_two = _draft(store, "بيان صادر بالكرملين اليوم")
    assert _ids(store.search("الكرملين")) == [with_article, with_two]
    assert _ids(store.search("بالكرملين")) == [with_two, with_article]


def test_title_still_ranks_first(store: DraftStore) -> None:
    in_body = _draft(store, "وصل بوتين إلى الكرملين أمس", title="خبر")
    in_title = _draft(store, "لقاء رسمي", title="بوتين في الكرملين")
    assert _ids(store.search("كرملين")) == [in_title, in_body]


def test_highlights_follow_the_same_rule(store: DraftStore) -> None:
    _draft(store, "قال كمال إن المال والأموال وبالمال كثيرة في الكتاب")
    hit = store.search("المال")[0]
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["المال", "وبالمال"]  # not كمال
    hit = store.search("مال")[0]
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["المال", "وبالمال"]


def test_search_as_you_type_with_a_prefix(store: DraftStore) -> None:
    a = _draft(store, "التقى بوتين ولوكاشينكو")
    assert _ids(store.search("ولوكاش", prefix_last=True)) == [a]
    assert _ids(store.search("لوكاش", prefix_last=True)) == [a]
    hit = store.search("لوكاش", prefix_last=True)[0]
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["ولوكاشينكو"]


def test_sample_article_prefixed_queries(store: DraftStore, sample_text: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in sample_text.split("\n") if p.strip())
    a = store.create(Article(title="لقاء", body_html=body)).id
    for query in ("ولوكاشينكو", "لوكاشينكو", "وبيلاروسيا", "بموسكو", "والكرملين", "للناتو", "فاغنر",
                  "بالأسلحة", "أسلحة", "وأوكرانيا", "تدريب"):
        assert _ids(store.search(query)) == [a], query


# --- the index version stamp ----------------------------------------------------------------------
def test_a_store_indexed_by_another_version_is_rebuilt_once(tmp_path: Path) -> None:
    """Opening does not rebuild (storage/search_rebuild.py runs beside the open store, see
    test_search_rebuild.py); once the rebuild has run, the stamp says so and nothing more is done."""
    paths = resolve_paths(tmp_path / "data")
    store = DraftStore.open(paths)
    a = _draft(store, "بيان بالكرملين")
    with store._db.write() as s:  # as an older Qalam left it: another stamp, an index without stems
        s.execute(text("UPDATE search_meta SET value = '3.0' WHERE name = 'index_version'"))
        s.execute(text("DELETE FROM articles_fts"))
        s.execute(text("DELETE FROM search_vocab"))
    assert store.search("كرملين") == []
    store.close(backup=False)
    store = DraftStore.open(paths)
    try:
        assert store.search_index_status() == search_rebuild.Progress(1, 1)
        assert search_rebuild.run(store._db) is True
        assert _ids(store.search("كرملين")) == [a]
        assert store.suggest("كرملن") == ["كرملين"] or store.suggest("كرملن") == ["بالكرملين"]
        with store._db.read() as s:
            assert search_index.stored_version(s) == search_index.INDEX_VERSION
        assert search_rebuild.prepare(store._db) is False  # current: nothing to do
        assert store.search_index_status() is None
    finally:
        store.close(backup=False)


def test_reindex_rebuilds_words_stems_and_vocabulary(store: DraftStore) -> None:
    a = _draft(store, "رسالة لموسكو")
    with store._db.write() as s:
        s.execute(text("DELETE FROM search_docs"))
        s.execute(text("DELETE FROM search_vocab"))
    assert store.reindex() == 1
    assert _ids(store.search("موسكو")) == [a]
    assert store.suggest("موسكوو") == ["موسكو"] or store.suggest("موسكوو") == ["لموسكو"]


# --- did you mean ---------------------------------------------------------------------------------
@pytest.fixture
def newsroom(store: DraftStore) -> DraftStore:
    texts = [
        "التقى بوتين لوكاشينكو في الكرملين",
        "قال لوكاشينكو إن قوات فاغنر في بيلاروسيا",
        "ظهر بريجوزين في فيديو مع مقاتليه",
        "رد الرئيس لوكاشينكو على بولندا",
        "Lukashenko met Putin in Moscow",
        "بيان من وزارة الخارجية حول زيلينسكي",
    ]
    for body in texts:
        _draft(store, body)
    return store


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("لوكاشنكو", "لوكاشينكو"),  # a long vowel dropped
        ("لوكاشينكوو", "لوكاشينكو"),  # one letter too many
        ("بريجوزبن", "بريجوزين"),  # ب for ي (dots)
        ("بريحوزين", "بريجوزين"),  # ح for ج (dots)
        ("فاعنر", "فاغنر"),  # ع for غ
        ("بلروسيا", "بيلاروسيا"),  # two long vowels dropped
        ("بيلاروسبا", "بيلاروسيا"),
        ("بولدنا", "بولندا"),  # two letters swapped
        ("lukashenka", "lukashenko"),  # Latin: a vowel changed
        ("lukashneko", "lukashenko"),
    ],
)
def test_suggests_the_closest_word(newsroom: DraftStore, typed: str, meant: str) -> None:
    assert newsroom.search(typed) == []
    suggestions = newsroom.suggest(typed)
    assert suggestions and suggestions[0] == meant, suggestions
    assert newsroom.search(suggestions[0])  # the suggestion finds drafts


def test_prefixed_typo_and_multi_word_queries(newsroom: DraftStore) -> None:
    assert newsroom.suggest("ولوكاشنكو")[0] in ("لوكاشينكو", "ولوكاشينكو")
    assert newsroom.suggest("بوتين لوكاشنكو") == ["بوتين لوكاشينكو"]
    assert newsroom.suggest("بالكرملن")[0] == "الكرملين"


def test_no_suggestion_for_words_that_are_found_or_far(newsroom: DraftStore) -> None:
    assert newsroom.suggest("لوكاشينكو") == []
    assert newsroom.suggest("بوتين بيلاروسيا") == []  # both found, only not together: nothing misspelled
    assert newsroom.suggest("مدغشقر") == []  # nothing close
    assert newsroom.suggest("في") == []  # too short to correct
    assert newsroom.suggest("") == []


def test_words_no_draft_uses_any_more_are_not_suggested(newsroom: DraftStore) -> None:
    assert newsroom.suggest("زيلنسكي") == ["زيلينسكي"]
    hit = newsroom.search("زيلينسكي")[0]
    article = newsroom.get(hit.article_id)
    newsroom.save(article.copy(body_html="<p>بيان من وزارة الخارجية</p>"))
    assert newsroom.suggest("زيلنسكي") == []


def test_a_rare_typo_in_the_drafts_still_gets_the_common_spelling(newsroom: DraftStore) -> None:
    _draft(newsroom, "قال لوكاشنكو أمس")  # the typo itself is in one draft
    assert len(newsroom.search("لوكاشنكو")) == 1
    assert newsroom.suggest("لوكاشنكو") == ["لوكاشينكو"]


def test_distance_weights() -> None:
    assert search_vocab.distance("لوكاشنكو", "لوكاشينكو") == 0.5  # long vowel
    assert search_vocab.distance("بريحوزين", "بريجوزين") == 0.5  # dots
    assert search_vocab.distance("فاغنر", "فاعنر") == 0.5
    assert search_vocab.distance("بولدنا", "بولندا") == 1.0  # swap
    assert search_vocab.distance("موسكو", "بولندا") > 2
    assert search_vocab.skeleton("لوكاشينكو") == search_vocab.skeleton("لوكاشنكو")
    assert search_vocab.skeleton("بريجوزين") == search_vocab.skeleton("بريخوزين")  # dots
    assert search_vocab.skeleton("بريجوزين") in search_vocab.neighbour_keys(search_vocab.skeleton("بريجوزبن"))


def test_vocabulary_files_each_word_once_and_again_after_a_rollback(store: DraftStore) -> None:
    """Words already filed are skipped (an autosave files only its new words), but only once the
    transaction that filed them committed."""

    def filed(term: str) -> int:
        with store._db.read() as s:
            found = s.execute(text("SELECT count(*) FROM search_vocab WHERE term = :t"), {"t": term})
            return int(found.scalar_one())

    with pytest.raises(RuntimeError), store._db.write() as s:
        search_vocab.add_words(s, {"بريجوزين"})
        raise RuntimeError("a failed save")
    assert filed("بريجوزين") == 0
    a = _draft(store, "ظهر بريجوزين في فيديو")
    assert filed("بريجوزين") == 1
    inserts: list[str] = []

    def count(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        if "search_vocab" in statement:
            inserts.append(statement)

    from sqlalchemy import event

    event.listen(store._db.engine, "before_cursor_execute", count)
    try:
        store.save(replace(store.get(a), body_html="<p>ظهر بريجوزين في فيديو</p><p>ثم غاب</p>"))
        assert len(inserts) == 1  # the two new words only
        store.save(replace(store.get(a), title="خبر آخر"))
        assert len(inserts) == 2  # آخر is new
        store.save(replace(store.get(a), title="خبر"))
        assert len(inserts) == 2  # nothing new
    finally:
        event.remove(store._db.engine, "before_cursor_execute", count)
    assert filed("غاب") == 1 and filed("اخر") + filed("آخر") >= 1
    assert store.suggest("بريجوزبن") == ["بريجوزين"]


TRICKY = [
    "قال الكرملينُ إن بالكَرملين وكرملين ولا شيء آخر",
    "وصــل الوفد إلى موسكو ووصل\u200f الرئيس",
    "ﻻ للحرب والسلام في الاتحاد",  # presentation forms (from a PDF)
    "École ECOLE ecole Straße strasse STRASSE",
    "في ٢٠٢٣ و2023 وفي عام ۲۰۲۳",
    "\u200fكَتَبَ مُحَمَّدٌ\u200f رسالةً إلى محمد",
    " ".join(["كلمة"] * 40) + " الكرملين " + " ".join(["نص"] * 40),
]


@pytest.mark.parametrize("query", ["كرملين", "الكرملين", "وصل", "لا", "ecole", "strasse", "2023", "كتب",
                                   "محمد رسالة", "موس", "ﻻ"])
@pytest.mark.parametrize("prefix", [False, True])
def test_snippets_fast_path_marks_what_a_word_by_word_test_marks(query: str, prefix: bool,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Snippets find candidate words where a form occurs in the normalised paragraph (offsets put back past
    dropped marks and tatweel); the result must be exactly that of testing every word."""
    parsed = search_index.parse_query(query, prefix_last=prefix)
    fast = [search_index.make_snippet(text_, parsed) for text_ in TRICKY]
    monkeypatch.setattr(search_index, "_words_at", lambda paragraph, offsets: search_index._WORD_RUN.finditer(
        paragraph))
    assert fast == [search_index.make_snippet(text_, parsed) for text_ in TRICKY]


def test_snippet_marks_past_vowel_marks_and_tatweel() -> None:
    snippet, marks = search_index.make_snippet(TRICKY[0], search_index.parse_query("كرملين"))
    assert [snippet[s:e] for s, e in marks] == ["الكرملينُ", "بالكَرملين", "وكرملين"]
    snippet, marks = search_index.make_snippet(TRICKY[1], search_index.parse_query("وصل"))
    assert [snippet[s:e] for s, e in marks] == ["وصــل", "ووصل\u200f"]  # the RLM stays with its word
    snippet, marks = search_index.make_snippet(TRICKY[6], search_index.parse_query("الكرملين"))
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert [snippet[s:e] for s, e in marks] == ["الكرملين"]


def _window_by_reading_every_word(paragraph: str, at_offset: int) -> tuple[int, int]:
    """The snippet window as first written: every word from the paragraph's start, one by one."""
    words = list(search_index._ORIGINAL_WORD.finditer(paragraph))
    at = next((i for i, w in enumerate(words) if w.end() > at_offset), None)
    if at is None:  # a lone tatweel at the end: from the start
        return 0, (len(paragraph) if len(words) - 1 <= search_index.SNIPPET_AFTER
                   else words[search_index.SNIPPET_AFTER].end())
    start = 0 if at - search_index.SNIPPET_BEFORE <= 0 else words[at - search_index.SNIPPET_BEFORE].start()
    last = at + search_index.SNIPPET_AFTER
    return start, (len(paragraph) if last >= len(words) - 1 else words[last].end())


@pytest.mark.parametrize("seed", range(6))
def test_snippet_window_read_from_near_the_match_is_the_window_read_from_the_start(seed: int) -> None:
    """_window reads the words before a match from a little before it (and falls back to the paragraph's
    start when that holds too few words): the same window as reading every word, for matches near the
    start, deep in long paragraphs, after very long words, tatweel, marks and punctuation."""
    rng = random.Random(seed)
    pieces = ["كلمة", "بالكَرملين", "وصــل", "«قال»", "Straße", "ـ", "—", "x" * 300, "١٢٣", "a_b", "\u200fنص"]
    for _ in range(40):
        paragraph = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 120)))
        starts = [m.start() for m in search_index._WORD_RUN.finditer(paragraph)]
        for at in rng.sample(starts, min(8, len(starts))):
            assert search_index._window(paragraph, at) == _window_by_reading_every_word(paragraph, at)
