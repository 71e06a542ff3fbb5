"""What keeps `qalam sync` small on a large site, without a network: listings flow through in order with a
bounded number of pages in flight, terms are stored a few hundred at a time in short transactions (a writer
elsewhere never waits for the network), fonts go to their files piece by piece, and the site's page is read
without lxml into the same tree lxml gives. bench/bench_sync.py measures the memory itself."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import lxml.html
import pytest

from editor_app.core.site import Site, Term, TermSyncState
from editor_app.paths import resolve_paths
from editor_app.publish import site_page
from editor_app.publish.credentials import Secret
from editor_app.publish.errors import PublishError, connection_error
from editor_app.publish.http import HttpClient, HttpConfig, iter_concurrently
from editor_app.publish.wordpress import WordPressClient
from editor_app.publish.wordpress_reading import MAX_PAGE_BYTES
from editor_app.storage.store import DraftStore

# --- listings: in order, as they come, never all at once ---------------------------------------------


def test_pages_come_in_order_with_at_most_the_limit_in_flight() -> None:
    lock = threading.Lock()
    running = peak = started = 0

    def page(number: int) -> Callable[[], int]:
        def call() -> int:
            nonlocal running, peak, started
            with lock:
                running += 1
                started += 1
                peak = max(peak, running)
            time.sleep(0.002 * (number % 3))  # later pages may finish first
            with lock:
                running -= 1
            return number

        return call

    results = iter_concurrently((page(n) for n in range(40)), limit=4)
    assert [next(results) for _ in range(5)] == [0, 1, 2, 3, 4]
    with lock:
        assert started <= 5 + 4  # the ones taken, and at most `limit` ahead of the reader
    assert list(results) == list(range(5, 40))
    assert 1 < peak <= 4


def test_a_failed_page_is_raised_in_its_turn_and_a_reader_that_stops_stops_the_fetching() -> None:
    calls: list[int] = []

    def page(number: int) -> Callable[[], int]:
        def call() -> int:
            calls.append(number)
            if number == 3:
                raise connection_error("news.example", ambiguous=False)
            return number

        return call

    got: list[int] = []
    with pytest.raises(PublishError):
        for n in iter_concurrently((page(n) for n in range(100)), limit=4):
            got.append(n)
    assert got == [0, 1, 2] and max(calls) < 3 + 4 + 1  # nothing started far past the failure

    calls.clear()
    listing = iter_concurrently((page(n) for n in range(4, 100)), limit=4)
    assert next(listing) == 4
    listing.close()  # the reader stops: the pages not started are dropped
    assert max(calls) < 4 + 4 + 1


# --- terms: short transactions as the listing arrives ------------------------------------------------------


@pytest.fixture
def drafts(tmp_path: Path) -> Iterator[DraftStore]:
    store = DraftStore.open(resolve_paths(tmp_path / "data"))
    yield store
    store.close(backup=False)


def test_terms_are_stored_as_they_arrive_and_a_writer_elsewhere_never_waits_for_the_network(
    drafts: DraftStore,
) -> None:
    site = drafts.add_site(Site(name="s", url="https://s.example"))
    drafts.merge_terms(site.id, "tag", [Term(site.id, 90_000, "قديم", "old")], complete=False)
    other_writer_done = threading.Event()

    def write_elsewhere() -> None:
        drafts.save_term_sync_state(TermSyncState(site.id, "category", total=1, max_id=1))
        other_writer_done.set()

    def listing() -> Iterator[Term]:
        for i in range(1200):
            if i == 700:  # the network is slow here: a write from another thread must go through now
                writer = threading.Thread(target=write_elsewhere)
                writer.start()
                writer.join(timeout=5)
                assert other_writer_done.is_set(), "a write transaction was open while the listing was read"
                assert drafts.count_terms(site.id, "tag") >= 500  # the first terms are stored already
            yield Term(site.id, i + 1, f"وسم {i}", f"t{i}")
        yield Term(site.id, 5, "وسم 4", "t4")  # a term that shifted into the next page: counted once

    changes = drafts.merge_terms(site.id, "tag", listing(), complete=True)
    assert (changes.added, changes.renamed, changes.deleted) == (1200, 0, 1)
    assert drafts.count_terms(site.id, "tag") == 1200
    assert drafts.terms_by_id(site.id, "tag", [90_000]) == {}


def test_a_listing_that_fails_half_way_deletes_nothing(drafts: DraftStore) -> None:
    site = drafts.add_site(Site(name="s", url="https://s.example"))
    drafts.replace_terms(site.id, "tag", [Term(site.id, i, f"وسم {i}", f"t{i}") for i in range(1, 11)])

    def listing() -> Iterator[Term]:
        yield from (Term(site.id, i, f"اسم جديد {i}", f"t{i}") for i in range(100, 700))
        raise connection_error("s.example", ambiguous=True)

    with pytest.raises(PublishError):
        drafts.merge_terms(site.id, "tag", listing(), complete=True)
    assert drafts.count_terms(site.id, "tag") == 10 + 500  # the first full chunk is in; nothing deleted


# --- public files: streamed, bounded -----------------------------------------------------------------------


def public_client(handler: Callable[[httpx.Request], httpx.Response]) -> WordPressClient:
    http = HttpClient(HttpConfig(retries=0), transport=httpx.MockTransport(handler))
    return WordPressClient("https://news.example", "huda", Secret("x"), http=http, pretty_permalinks=True)


def chunks(data: bytes, size: int = 1000) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def test_a_font_goes_to_its_sink_piece_by_piece_and_an_oversized_file_is_refused() -> None:
    font = bytes(range(256)) * 40

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/big.woff2":
            return httpx.Response(200, content=chunks(b"x" * (MAX_PAGE_BYTES + 1), 1 << 20))
        return httpx.Response(200, content=chunks(font), headers={"etag": '"f1"'})

    client = public_client(handler)
    pieces: list[bytes] = []
    web = client.fetch_public("https://news.example/f.woff2", sink=pieces.append)
    assert web.body == b"" and web.size == len(font) and web.etag == '"f1"'
    assert b"".join(pieces) == font and len(pieces) > 1 and max(map(len, pieces)) < len(font)
    assert client.fetch_public("https://news.example/f.woff2").body == font
    with pytest.raises(PublishError) as refused:
        client.fetch_public("https://news.example/big.woff2", sink=lambda _chunk: None)
    assert refused.value.status == 413


def test_a_connection_lost_in_the_middle_of_a_file_is_a_publish_error() -> None:
    def broken() -> Iterator[bytes]:
        yield b"wOF2 the first part"
        raise httpx.ReadError("connection reset")

    client = public_client(lambda request: httpx.Response(200, content=broken()))
    with pytest.raises(PublishError):
        client.fetch_public("https://news.example/f.woff2", sink=lambda _chunk: None)


# --- the page without lxml ----------------------------------------------------------------------------------

MESSY = """<!DOCTYPE html><HTML LANG="ar" DIR="RTL"><head><meta charset=utf-8><title>t &amp; x</title>
<link rel=stylesheet href="/style.css"><!-- a comment --><style>body{color:red}</style></head>
<BODY class=single><div id=page><p>intro<p>second para <b>bold</b> &eacute;
<ul><li>one<li>two</ul><main><article><h1 class="entry-title">Old</h1>
<div class="entry-content"><p>text<table><tr><td>a<td>b<tr><td>c</table><p>more</div></article>
</main></span></div><script>if (a < b && c > d) { document.write("</div>") }</script><br/>
<svg viewBox="0 0 10 10"><path d="M0 0"/></svg><select><option>1<option>2</select><dl><dt>a<dd>b</dl>
<p>final & tail</BODY></HTML>"""


def shape(html: str) -> list[tuple[str, tuple[tuple[str, str], ...], str, str]]:
    """Every element as lxml reads the page: tag, attributes, text and tail (spaces folded)."""
    doc = lxml.html.document_fromstring(html)
    def folded(text: str | None) -> str:
        return " ".join((text or "").split())

    return [
        (e.tag, tuple(sorted(e.attrib.items())), folded(e.text), folded(e.tail))
        for e in doc.iter()
        if isinstance(e.tag, str)
    ]


def test_the_page_reads_into_the_tree_lxml_gives_and_writes_back_unchanged() -> None:
    root = site_page.parse(MESSY)
    assert (root.get("lang"), root.get("dir")) == ("ar", "RTL")
    written = site_page.document_html(root)
    assert written.startswith("<!DOCTYPE html>")
    assert shape(written) == shape(MESSY)
    assert 'document.write("</div>")' in written  # a script's text is kept as it was, not escaped
    assert "<!-- a comment -->" not in written


def test_the_sample_posts_places_are_emptied_and_marked_and_scripts_go() -> None:
    root = site_page.parse(MESSY)
    site_page.sanitize(root)
    assert site_page.mark_post(root) == ""
    written = site_page.document_html(root)
    assert "<script" not in written and "Old" not in written and "text" not in written
    assert '<h1 class="entry-title" data-qalam="title"></h1>' in written
    assert '<div class="entry-content" data-qalam="content"></div>' in written
    assert "final &amp; tail" in written  # the site's own furniture stays
