"""`qalam drafts set` and the check's terms rule, on a real store (the site's terms as a sync leaves them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.cli.main import main
from editor_app.core.article import Article
from editor_app.core.article_edit import edit_metadata
from editor_app.core.checks import CheckContext, run_checks
from editor_app.core.site import Site, Term, TermStatus, TermSyncState
from editor_app.errors import QalamError
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore

LONG_SLUG = "عنوان " * 20  # 100 Arabic letters: over 200 bytes once percent-encoded


@pytest.fixture
def qalam(tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    data = tmp_path / "data"

    def _run(*args: str) -> tuple[int, str, str]:
        code = main(["--lang", "en", "--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    _run.data = data  # type: ignore[attr-defined]
    return _run


def open_store(data: Path) -> DraftStore:
    return DraftStore.open(resolve_paths(data))


def synced_site(store: DraftStore, role: str) -> Site:
    """A site as `qalam sync` leaves it: its role, and its categories and tags in the local copy."""
    site = store.add_site(Site(name="news", url="https://news.example", username=role, roles=[role]))
    store.replace_terms(
        site.id, "category", [Term(site.id, 1, "سياسة", "siyasa"), Term(site.id, 2, "اقتصاد")]
    )
    store.replace_terms(site.id, "tag", [Term(site.id, 10, "روسيا"), Term(site.id, 11, "بيلاروسيا")])
    for kind in ("category", "tag"):
        store.save_term_sync_state(TermSyncState(site.id, kind, total=2, max_id=11))
    return site


def make_draft(data: Path, role: str = "administrator") -> str:
    store = open_store(data)
    try:
        synced_site(store, role)
        return store.create(Article(title="عنوان", categories=["سياسة"], tags=["روسيا"])).id
    finally:
        store.close(backup=False)


def test_set_changes_metadata_and_says_which_terms_are_new(qalam) -> None:  # type: ignore[no-untyped-def]
    draft = make_draft(qalam.data)
    code, out, err = qalam(
        "drafts",
        "set",
        draft[:8],
        "--title",
        "  عنوان جديد ",
        "--excerpt",
        "ملخص",
        "--slug",
        "عنوان جديد",
        "--category",
        "اقتصاد",
        "--category",
        "ثقافة",
        "--tag",
        "فاغنر",
        "--remove-tag",
        "روسيا",
    )
    assert code == 0, err
    assert "“ثقافة” is a new category for news" in out and "“فاغنر” is a new tag for news" in out
    assert "اقتصاد”" not in out  # the site has it: nothing to say
    with open_store(qalam.data) as store:
        article = store.get(draft)
    assert article.title == "عنوان جديد" and article.excerpt == "ملخص" and article.slug == "عنوان-جديد"
    assert article.categories == ["سياسة", "اقتصاد", "ثقافة"]
    assert article.tags == ["فاغنر"]
    code, out, _ = qalam("drafts", "set", draft, "--remove-category", "سياسة", "--tag", "روسيا", "--json")
    payload = json.loads(out)
    assert payload["categories"] == ["اقتصاد", "ثقافة"] and payload["tags"] == ["فاغنر", "روسيا"]
    assert payload["new_categories"] == ["ثقافة"] and payload["new_tags"] == ["فاغنر"]
    assert payload["refused_categories"] == []


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--title", "   "), "The headline cannot be empty."),
        (("--slug", LONG_SLUG), "WordPress keeps at most 200"),
        (("--slug", "؟!"), "has no letters or digits"),
        (("--category", " "), "A category name cannot be empty."),
        (("--tag", "و" * 201), "too long"),
        (("--remove-tag", "غير موجود"), "The draft has no tag “غير موجود”."),
        (("--remove-category", "اقتصاد"), "The draft has no category “اقتصاد”."),
        # A good value next to a bad one: nothing at all changes.
        (("--title", "جديد", "--slug", LONG_SLUG), "WordPress keeps at most 200"),
    ],
)
def test_bad_values_are_refused_clearly_and_change_nothing(qalam, args: tuple[str, ...], says: str) -> None:  # type: ignore[no-untyped-def]
    draft = make_draft(qalam.data)
    with open_store(qalam.data) as store:
        before, history = store.get(draft), len(store.history(draft))
    code, out, err = qalam("drafts", "set", draft, *args)
    assert code == 1 and says in err and "Traceback" not in err and out == ""
    assert len(err.strip().splitlines()) == 1
    with open_store(qalam.data) as store:
        after = store.get(draft)
        assert len(store.history(draft)) == history
    assert (after.title, after.slug, after.categories, after.tags) == (
        before.title,
        before.slug,
        before.categories,
        before.tags,
    )


def test_nothing_to_change_is_a_usage_error(qalam) -> None:  # type: ignore[no-untyped-def]
    draft = make_draft(qalam.data)
    code, _out, err = qalam("drafts", "set", draft)
    assert code == 2 and "Nothing to change" in err


def test_a_contributor_is_warned_that_a_new_category_will_be_refused(qalam) -> None:  # type: ignore[no-untyped-def]
    draft = make_draft(qalam.data, role="contributor")
    code, out, err = qalam("drafts", "set", draft, "--category", "ثقافة", "--tag", "وسم جديد")
    assert code == 0
    assert "“ثقافة” is not a category on news, and your role there may not create one" in err
    assert "“وسم جديد” is a new tag for news" in out  # any role may create tags


def test_same_term_in_another_spelling_is_not_added_twice() -> None:
    article = Article(title="t", tags=["أوكرانيا"])
    assert edit_metadata(article, add_tags=["اوكرانيا", "  أوكرانيا "]).tags == ["أوكرانيا"]
    with pytest.raises(QalamError):
        edit_metadata(article, title="")


# --- the pre-publish check ---------------------------------------------------------------------------------


def test_check_lists_terms_the_site_lacks_after_a_sync(tmp_path: Path) -> None:
    from editor_app.publish.site_terms import term_status

    store = open_store(tmp_path / "data")
    try:
        editor = synced_site(store, "editor")
        article = Article(title="عنوان", categories=["سياسه", "ثقافة"], tags=["روسيا", "فاغنر"])
        status = term_status(store, editor, article)
        assert status == TermStatus("news", ("ثقافة",), ("فاغنر",), True)  # سياسه is سياسة, hamza aside
        found = run_checks(article, context=CheckContext(terms=lambda _a: status))
        rules = {(f.rule, f.span.field): f.message.render() for f in found}
        assert "ثقافة" in rules[("term-not-on-site", "categories")]
        assert "فاغنر" in rules[("term-not-on-site", "tags")]
        assert not any(f.rule == "category-not-on-site" for f in found)
        contributor = TermStatus("news", ("ثقافة",), ("فاغنر",), may_create_categories=False)
        found = run_checks(article, context=CheckContext(terms=lambda _a: contributor))
        refused = [f for f in found if f.rule == "category-not-on-site"]
        assert refused and refused[0].severity.value == "error" and "ثقافة" in refused[0].message.render()
        # Never synced: nothing to tell.
        other = store.add_site(Site(name="other", url="https://o.example"))
        assert term_status(store, other, article) is None
    finally:
        store.close(backup=False)
