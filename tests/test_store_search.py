"""Search: Arabic normalisation on both sides, attached prefixes, bm25 ranking, snippets of the original."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from editor_app.core.article import Article, WorkflowState
from editor_app.paths import resolve_paths
from editor_app.storage import search_index
from editor_app.storage.store import DraftStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    s = DraftStore.open(resolve_paths(tmp_path / "data"))
    yield s
    s.close(backup=False)


def _ids(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.article_id for h in hits]


def test_vocalised_text_and_queries_match_both_ways(store: DraftStore) -> None:
    a = store.create(Article(title="خبر", body_html="<p>كَتَبَ مُحَمَّدٌ رسالةً إلى الرئيسِ</p>"))
    assert _ids(store.search("كتب")) == [a.id]
    assert _ids(store.search("محمد")) == [a.id]
    b = store.create(Article(title="خبر آخر", body_html="<p>كتب أحمد مقالا</p>"))
    assert _ids(store.search("كَتَبَ أَحْمَد")) == [b.id]


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("أحمد", "احمد"), ("احمد", "أحمد"), ("إسلام", "اسلام"), ("آمن", "امن"), ("ٱلرحمن", "الرحمن"),
        ("مدرسة", "مدرسه"), ("مستشفى", "مستشفي"), ("مؤتمر", "موتمر"), ("رئيس", "رييس"),
        ("٢٠٢٣", "2023"), ("2023", "۲۰۲۳"), ("وصــل", "وصل"), ("Wagner", "wagner"),
    ],
)
def test_folding_rules_apply_to_index_and_query(store: DraftStore, stored: str, query: str) -> None:
    a = store.create(Article(title="t", body_html=f"<p>كلام {stored} كلام</p>"))
    assert _ids(store.search(query)) == [a.id]


@pytest.mark.parametrize(
    "written", ["الكرملين", "والكرملين", "بالكرملين", "فالكرملين", "للكرملين", "وبالكرملين", "كالكرملين"]
)
def test_words_are_found_with_attached_prefixes(store: DraftStore, written: str) -> None:
    a = store.create(Article(title="t", body_html=f"<p>قال {written} أمس</p>"))
    assert _ids(store.search("كرملين")) == [a.id]
    assert _ids(store.search("الكرملين")) == [a.id]


def test_query_with_an_article_prefix_finds_every_form(store: DraftStore) -> None:
    a = store.create(Article(title="t", body_html="<p>وصل الوفد إلى موسكو عبر الكرملين</p>"))
    b = store.create(Article(title="t", body_html="<p>بيان من كرملين</p>"))
    assert sorted(_ids(store.search("بالكرملين"))) == sorted([a.id, b.id])
    assert sorted(_ids(store.search("والكرملين"))) == sorted([a.id, b.id])
    # A prefixed query finds the bare word too (ب + موسكو).
    assert _ids(store.search("بموسكو")) == [a.id]
    assert sorted(_ids(store.search("كرملين"))) == sorted([a.id, b.id])


def test_short_words_are_not_stripped(store: DraftStore) -> None:
    store.create(Article(title="t", body_html="<p>ولد في بلد بعيد</p>"))
    assert store.search("لد") == []


def test_all_words_are_required_and_title_ranks_first(store: DraftStore) -> None:
    body_only = store.create(Article(title="خبر", body_html="<p>التقى بوتين لوكاشينكو في الكرملين</p>"))
    in_title = store.create(Article(title="بوتين في الكرملين", body_html="<p>لقاء مع لوكاشينكو</p>"))
    store.create(Article(title="خبر", body_html="<p>بوتين وحده</p>"))
    hits = store.search("بوتين الكرملين")
    assert _ids(hits) == [in_title.id, body_only.id]
    assert hits[0].score <= hits[1].score


def test_tags_and_excerpt_are_searched(store: DraftStore) -> None:
    a = store.create(Article(title="t", body_html="<p>x</p>", excerpt="ملخص عن بيلاروسيا", tags=["فاغنر"]))
    assert _ids(store.search("بيلاروسيا")) == [a.id]
    assert _ids(store.search("فاغنر")) == [a.id]


def test_snippet_is_original_text_with_highlights(store: DraftStore) -> None:
    body = "<p>مقدمة.</p><p>قالَ الكرملينُ إنّ بوتين التقى لوكاشينكو يوم الأحد في موسكو.</p>"
    a = store.create(Article(title="t", body_html=body))
    hit = store.search("الكرملين")[0]
    assert hit.article_id == a.id
    assert "قالَ الكرملينُ" in hit.snippet  # vowel marks kept: not the normalised text
    start, end = hit.highlights[0]
    assert hit.snippet[start:end] == "الكرملينُ"
    assert "<mark>الكرملينُ</mark>" in hit.snippet_html


def test_snippet_of_a_long_body_is_a_window_with_ellipses(store: DraftStore) -> None:
    filler = " ".join(["كلمة"] * 200)
    a = store.create(Article(title="t", body_html=f"<p>{filler} لوكاشينكو {filler}</p>"))
    hit = store.search("لوكاشينكو")[0]
    assert hit.article_id == a.id
    assert hit.snippet.startswith("… ") and hit.snippet.endswith(" …")
    assert len(hit.snippet.split()) < 40
    s, e = hit.highlights[0]
    assert hit.snippet[s:e] == "لوكاشينكو"


def test_html_is_not_indexed(store: DraftStore) -> None:
    store.create(Article(title="t", body_html='<p><a href="https://strong.example">رابط</a></p>'))
    assert store.search("strong") == []
    assert store.search("href") == []
    assert len(store.search("رابط")) == 1


def test_filters_trash_state_site_and_limit(store: DraftStore) -> None:
    a = store.create(Article(title="موسكو ١", body_html="<p>موسكو</p>"))
    b = store.create(Article(title="موسكو ٢", body_html="<p>موسكو</p>", state=WorkflowState.SUBMITTED))
    store.trash(a.id)
    assert _ids(store.search("موسكو")) == [b.id]
    assert _ids(store.search("موسكو", trashed=True)) == [a.id]
    assert sorted(_ids(store.search("موسكو", trashed=None))) == sorted([a.id, b.id])
    assert _ids(store.search("موسكو", state="draft")) == []
    assert len(store.search("موسكو", trashed=None, limit=1)) == 1


def test_prefix_search_as_you_type(store: DraftStore) -> None:
    a = store.create(Article(title="t", body_html="<p>لوكاشينكو</p>"))
    assert store.search("لوكاش") == []
    assert _ids(store.search("لوكاش", prefix_last=True)) == [a.id]
    hit = store.search("لوكاش", prefix_last=True)[0]
    assert hit.highlights


def test_edits_reindex_and_odd_queries_are_safe(store: DraftStore) -> None:
    a = store.create(Article(title="t", body_html="<p>قديم</p>"))
    store.autosave(a.copy(body_html="<p>جديد</p>"))
    store.flush()
    assert store.search("قديم") == [] and _ids(store.search("جديد")) == [a.id]
    for query in ['"', "AND", "OR NOT", "*", "NEAR(", "", "   ", "-", "a:b", "()"]:
        store.search(query)  # never an FTS5 syntax error


def test_sample_article_search(store: DraftStore, sample_text: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in sample_text.split("\n") if p.strip())
    a = store.create(Article(title="بوتين ولوكاشينكو", body_html=body))
    for query in ("بيلاروسيا", "فاغنر", "بولندا", "كرملين", "لوكاشينكو", "موسكو مينسك"):
        assert _ids(store.search(query)) == [a.id], query


def test_like_scan_floor_agrees(store: DraftStore) -> None:
    a = store.create(Article(title="t", body_html="<p>موسكو ومينسك</p>"))
    store.create(Article(title="t", body_html="<p>وارسو</p>"))
    with store._db.read() as s:
        rows = search_index.like_scan(s, "موسكو")
        docid = s.execute(text("SELECT docid FROM search_docs WHERE article_id = :a"), {"a": a.id}).scalar()
    assert rows == [docid]


def test_parse_query_quotes_every_word() -> None:
    parsed = search_index.parse_query('والكرملين "OR" x*')
    assert parsed.terms == ("والكرملين", "or", "x")
    assert parsed.fts == '("والكرملين" OR "الكرملين" OR "كرملين") AND "or" AND "x"'


def test_rank_window_ranks_only_the_newest_matches(store: DraftStore) -> None:
    made = [store.create(Article(title="t", body_html="<p>" + "موسكو " * (1 + i % 4) + "</p>"))
            for i in range(10)]
    exact = store.search("موسكو", rank_window=None)
    assert sorted(_ids(exact)) == sorted(a.id for a in made)
    windowed = store.search("موسكو", rank_window=3, limit=2)
    assert set(_ids(windowed)) <= {a.id for a in made[-3:]} and len(windowed) == 2
    newest = store.search("موسكو", rank_window=3, limit=3, snippets=False)
    assert [h.score for h in newest] == sorted(h.score for h in newest)  # still bm25 order
    assert len(store.search("موسكو", rank_window=3, limit=20)) == 10  # too few in the window: all
    assert len(store.search("موسكو", rank_window=50)) == 10  # fewer matches than the window: exact


def test_highlights_cover_prefixed_and_vocalised_forms(store: DraftStore) -> None:
    store.create(Article(title="t", body_html="<p>قال والكرملينُ إن بالكَرملين وفي الكرملين اجتماعا.</p>"))
    hit = store.search("كرملين")[0]
    marked = [hit.snippet[s:e] for s, e in hit.highlights]
    assert marked == ["والكرملينُ", "بالكَرملين", "الكرملين"]
    hit = store.search("الأحمد")  # no match: nothing to highlight, no error
    assert hit == []


def test_filters_look_past_the_rank_window(store: DraftStore) -> None:
    old = [store.create(Article(title="t", body_html="<p>موسكو</p>", state=WorkflowState.PUBLISHED))
           for _ in range(3)]
    for _ in range(6):
        store.create(Article(title="t", body_html="<p>موسكو</p>"))
    hits = store.search("موسكو", state="published", rank_window=4)
    assert sorted(_ids(hits)) == sorted(a.id for a in old)


def test_latin_accents_are_found_and_highlighted(store: DraftStore) -> None:
    a = store.create(Article(title="t", body_html="<p>L'École de Genève a publié</p>"))
    hit = store.search("ecole geneve")[0]
    assert hit.article_id == a.id
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["École", "Genève"]


def test_lam_lam_prefix_finds_words_that_begin_with_lam(store: DraftStore) -> None:
    a = store.create(Article(title="t", body_html="<p>قرار اللجنة الأخير</p>"))
    b = store.create(Article(title="t", body_html="<p>رسالة للكرملين</p>"))
    assert _ids(store.search("للجنة")) == [a.id]  # ل + اللجنة
    assert _ids(store.search("للكرملين")) == [b.id]
    assert [b.id] == _ids(store.search("الكرملين"))


def test_short_prefixes_as_you_type_stay_exact(store: DraftStore) -> None:
    a = store.create(Article(title="t", body_html="<p>والكرملين وبوتين</p>"))
    assert search_index.parse_query("ال", prefix_last=True).fts == '"ال"'
    assert search_index.parse_query("بو", prefix_last=True).fts == '"بو"'
    assert search_index.parse_query("وال", prefix_last=True).fts == '"وال"'
    assert search_index.parse_query("بوت", prefix_last=True).fts == '"بوت"*'
    assert search_index.parse_query("الكرم", prefix_last=True).fts == '("الكرم" OR "كرم"*)'
    assert _ids(store.search("الكرم", prefix_last=True)) == [a.id]


def test_reindex_rebuilds_the_index(store: DraftStore) -> None:
    a = store.create(Article(title="t", body_html="<p>قال الكرملين</p>"))
    store.create(Article(title="t", body_html="<p>وارسو</p>"))
    with store._db.write() as s:
        s.execute(text("DELETE FROM search_docs"))
    assert store.search("كرملين") == []
    assert store.reindex() == 2
    assert _ids(store.search("كرملين")) == [a.id]


def test_search_reads_one_snapshot_and_leaves_no_transaction_open(store: DraftStore) -> None:
    """Search runs on the driver connection (Database.plain_read): one read transaction, closed after, so
    a later write elsewhere is seen and a checkpoint is never held up by a search."""
    a = store.create(Article(title="موسكو", body_html="<p>موسكو</p>"))
    with store._db.plain_read() as raw:
        assert raw.in_transaction
        before = raw.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        store.create(Article(title="موسكو ٢", body_html="<p>موسكو</p>"))  # written on another connection
        assert raw.execute("SELECT count(*) FROM search_docs").fetchone()[0] == before  # same snapshot
    assert not raw.in_transaction
    assert len(store.search("موسكو")) == 2 and a.id in _ids(store.search("موسكو"))
    with pytest.raises(ZeroDivisionError), store._db.plain_read() as raw:
        raise ZeroDivisionError
    assert not raw.in_transaction


def test_trashed_best_matches_are_replaced_by_the_next_with_snippets(store: DraftStore) -> None:
    """The best `limit` matches are read first (with their bodies); when the filters drop some of them the
    next ones are read, and get snippets too. Equal scores: the older draft first."""
    best = [store.create(Article(title="موسكو", body_html="<p>موسكو موسكو موسكو في أول فقرة</p>"))
            for _ in range(3)]
    rest = [store.create(Article(title="خبر", body_html=f"<p>مقدمة {i}</p><p>عن موسكو أمس</p>"))
            for i in range(5)]
    for a in best[:2]:
        store.trash(a.id)
    hits = store.search("موسكو", limit=3)
    assert _ids(hits) == [best[2].id, rest[0].id, rest[1].id]
    assert [h.snippet_html for h in hits[1:]] == ["عن <mark>موسكو</mark> أمس"] * 2
    assert _ids(store.search("موسكو", limit=3, trashed=True)) == [a.id for a in best[:2]]
    assert _ids(store.search("موسكو", limit=4, snippets=False)) == [best[2].id, *(a.id for a in rest[:3])]
