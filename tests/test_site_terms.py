"""Categories and tags of large sites: what a sync fetches (and does not), and the local copy's search.

Against real WordPress sites filled with SQL (tests/large_site.py); no timing asserts here (bench_sync.py
measures). What is asserted: every term arrives; an unchanged sync makes only a handful of requests and
lists no terms and no posts again; new, renamed and deleted terms are noticed, with and without the
companion plugin.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from large_site import LargeSite, fill_site, mariadb, tag_names
from wordpress import WordPressSite

from editor_app.core.site import Site, Term
from editor_app.paths import resolve_paths
from editor_app.publish.credentials import Secret
from editor_app.publish.http import HttpClient
from editor_app.publish.site_terms import FULL_EVERY, SiteTerms
from editor_app.publish.wordpress import WordPressClient
from editor_app.publish.workflow_store import WorkflowStore
from editor_app.publish.workflow_sync import WorkflowService
from editor_app.storage.store import DraftStore


class Recorder(httpx.HTTPTransport):
    """Every request the code under test makes, as (method, path, query)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str, str]] = []
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = urlsplit(str(request.url))
        with self._lock:
            self.seen.append((request.method, url.path, url.query))
        return super().handle_request(request)

    def take(self) -> list[tuple[str, str, str]]:
        with self._lock:
            out, self.seen = self.seen, []
        return out


@pytest.fixture
def drafts(tmp_path: Path) -> Iterator[DraftStore]:
    store = DraftStore.open(resolve_paths(tmp_path / "data"))
    yield store
    store.close(backup=False)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def http(recorder: Recorder) -> Iterator[HttpClient]:
    client = HttpClient(transport=recorder)
    yield client
    client.close()


def admin_client(site: WordPressSite, http: HttpClient) -> WordPressClient:
    return WordPressClient(site.url, site.admin.login, Secret(site.admin.app_password), http=http)


def add_site(drafts: DraftStore, site: WordPressSite) -> Site:
    return drafts.add_site(Site(name="big", url=site.url, username=site.admin.login))


def db_terms(site: WordPressSite, taxonomy: str) -> dict[int, str]:
    out = mariadb(
        site,
        f"SELECT t.term_id, t.name FROM wp_terms t JOIN wp_term_taxonomy tt USING (term_id) "
        f"WHERE tt.taxonomy = '{taxonomy}'",
    )
    return {int(line.split("\t")[0]): line.split("\t")[1] for line in out.splitlines() if line}


def term_lists(requests: list[tuple[str, str, str]]) -> list[str]:
    """The requests that listed terms (anything but the one-row probes)."""
    return [
        path + "?" + query
        for _m, path, query in requests
        if path.endswith(("/wp/v2/tags", "/wp/v2/categories")) and "per_page=1&" not in query + "&"
    ]


# --- the local copy: bulk writes, changes counted, search as you type -------------------------------------


def test_merge_counts_new_renamed_and_deleted_terms_in_bulk(drafts: DraftStore) -> None:
    site = drafts.add_site(Site(name="s", url="https://s.example"))
    names = tag_names(3000)
    first = drafts.merge_terms(
        site.id, "tag", (Term(site.id, i + 1, n, f"t{i}") for i, n in enumerate(names)), complete=True
    )
    assert (first.added, first.renamed, first.deleted) == (3000, 0, 0)
    assert drafts.count_terms(site.id, "tag") == 3000
    listing = [Term(site.id, i + 1, n, f"t{i}") for i, n in enumerate(names) if i != 5]  # id 6 deleted
    listing[0] = Term(site.id, 1, "اسم جديد", "t0")  # id 1 renamed
    listing.append(Term(site.id, 9001, "وسم آخر", "new"))
    again = drafts.merge_terms(site.id, "tag", listing, complete=True)
    assert (again.added, again.renamed, again.deleted) == (1, 1, 1)
    assert drafts.terms_by_id(site.id, "tag", [1, 6, 9001]) == {
        1: Term(site.id, 1, "اسم جديد", "t0"),
        9001: Term(site.id, 9001, "وسم آخر", "new"),
    }
    # A partial listing (only new terms) never deletes.
    assert drafts.merge_terms(site.id, "tag", [], complete=False).deleted == 0


def test_search_finds_terms_as_typed_whatever_the_hamza_and_vowel_marks(drafts: DraftStore) -> None:
    site = drafts.add_site(Site(name="s", url="https://s.example"))
    names = tag_names(5000)
    drafts.replace_terms(site.id, "tag", (Term(site.id, i + 1, n) for i, n in enumerate(names)))
    found = drafts.search_terms(site.id, "tag", "الانتخ", limit=20)
    assert found and len(found) <= 20
    assert all(t.name.startswith("الانتخابات") for t in found[:5])  # prefix matches first
    # Typed without hamza, with vowel marks, in another case: the same terms.
    assert drafts.search_terms(site.id, "tag", "روسيا اوكرانيا", limit=5)[0].name == "روسيا أوكرانيا"
    assert drafts.search_terms(site.id, "tag", "رُوسيا أُوكرانيا", limit=5)[0].name == "روسيا أوكرانيا"
    # A word inside the name is found after the names that start with it.
    inside = drafts.search_terms(site.id, "tag", "فاغنر", limit=200)
    first_inside = next(i for i, t in enumerate(inside) if not t.name.startswith("فاغنر"))
    assert all(t.name.startswith("فاغنر") for t in inside[:first_inside])
    assert all("فاغنر" in t.name for t in inside)
    assert drafts.search_terms(site.id, "tag", "   ") == []
    assert drafts.find_term(site.id, "tag", "روسيا اوكرانيا") == found_one(drafts, site.id, "روسيا أوكرانيا")


def found_one(drafts: DraftStore, site_id: str, name: str) -> Term | None:
    return next((t for t in drafts.list_terms(site_id, "tag") if t.name == name), None)


# --- a large site with the companion plugin -----------------------------------------------------------------


@pytest.mark.wordpress
def test_large_site_first_sync_gets_every_term_and_an_unchanged_one_lists_nothing(
    large_wordpress: LargeSite, drafts: DraftStore, http: HttpClient, recorder: Recorder
) -> None:
    wp = large_wordpress.site
    site = add_site(drafts, wp)
    store = WorkflowStore(drafts)
    service = WorkflowService(store, site, client=admin_client(wp, http))

    first = service.sync()
    requests = recorder.take()
    tags, categories = db_terms(wp, "post_tag"), db_terms(wp, "category")
    assert (first.tags, first.categories) == (len(tags), len(categories)) == (1500, 121)
    local = {t.remote_id: t.name for t in drafts.list_terms(site.id, "tag")}
    assert local == tags
    assert first.pulled == large_wordpress.pending  # the review inbox, read in full once
    # Terms come 100 a page with only the fields Qalam keeps.
    listed = term_lists(requests)
    assert len(listed) == 15 + 2 and all("_fields=id%2Cname%2Cslug%2Cparent" in q for q in listed)
    assert not any(path.endswith("/wp/v2/posts") and "status=publish" in q for _m, path, q in requests)

    again = service.sync()
    requests = recorder.take()
    assert (again.tags, again.categories, again.pulled) == (1500, 121, 0)
    assert term_lists(requests) == []
    assert len(requests) <= 6, requests
    posts = [(path, q) for _m, path, q in requests if path.endswith("/wp/v2/posts")]
    assert posts and all("_fields=id%2Cstatus%2Cmodified_gmt" in q for _p, q in posts)  # versions only

    # A tag created on the site: only the newest terms are read.
    client = admin_client(wp, http)
    client.call("POST", "/wp/v2/tags", json_body={"name": "وسم جديد للاختبار"})
    recorder.take()
    report = SiteTerms(drafts, client, site.id).refresh()
    assert report.listed == {"category": "none", "tag": "new"}
    assert report.changes["tag"].added == 1 and drafts.count_terms(site.id, "tag") == 1501
    assert len(recorder.take()) <= 3

    # Renamed and deleted on the site: the plugin's stamp tells, and the listing finds which.
    renamed_id = next(iter(tags))
    client.call("POST", f"/wp/v2/tags/{renamed_id}", json_body={"name": "اسم معدّل"})
    gone_id = max(categories)
    client.call("DELETE", f"/wp/v2/categories/{gone_id}", params={"force": "true"})
    report = SiteTerms(drafts, client, site.id).refresh()
    assert report.listed == {"category": "full", "tag": "full"}
    assert report.changes["tag"].renamed == 1 and report.changes["category"].deleted == 1
    assert drafts.terms_by_id(site.id, "tag", [renamed_id])[renamed_id].name == "اسم معدّل"
    assert drafts.terms_by_id(site.id, "category", [gone_id]) == {}
    assert SiteTerms(drafts, client, site.id).refresh().listed == {"category": "none", "tag": "none"}


# --- a stock site (no plugin): counts and newest ids, and a full listing now and then for renames ----------


@pytest.mark.wordpress
def test_stock_site_notices_new_and_deleted_terms_and_renames_on_the_periodic_listing(
    stock_wordpress: WordPressSite, drafts: DraftStore, http: HttpClient, recorder: Recorder
) -> None:
    fill_site(stock_wordpress, posts=50, tags=250, categories=10, pending_every=1000)
    site = add_site(drafts, stock_wordpress)
    client = admin_client(stock_wordpress, http)
    now = [datetime.now(UTC)]
    terms = SiteTerms(drafts, client, site.id, clock=lambda: now[0])

    assert terms.refresh().listed == {"category": "full", "tag": "full"}
    assert drafts.count_terms(site.id, "tag") == len(db_terms(stock_wordpress, "post_tag"))
    recorder.take()
    assert terms.refresh().listed == {"category": "none", "tag": "none"}
    probes = recorder.take()
    assert len(probes) == 2 and term_lists(probes) == []  # one small request per taxonomy

    some = sorted(db_terms(stock_wordpress, "post_tag"))
    client.call("DELETE", f"/wp/v2/tags/{some[3]}", params={"force": "true"})
    report = terms.refresh()
    assert report.listed["tag"] == "full" and report.changes["tag"].deleted == 1

    client.call("POST", f"/wp/v2/tags/{some[4]}", json_body={"name": "اسم آخر"})
    assert terms.refresh().listed["tag"] == "none"  # a rename alone does not show in the totals…
    now[0] += FULL_EVERY + timedelta(minutes=1)
    report = terms.refresh()  # …until the periodic complete listing
    assert report.listed["tag"] == "full" and report.changes["tag"].renamed == 1
    assert drafts.terms_by_id(site.id, "tag", [some[4]])[some[4]].name == "اسم آخر"
    assert terms.refresh(full=True).changes["tag"].any is False
