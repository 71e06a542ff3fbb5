"""The preview page: rendering an article into a site's single-post page, and keeping a site's look
(sanitised page, stylesheets with their fonts, conditional refresh, atomic manifest). A small site in
memory answers here (httpx's MockTransport); tests/test_wp_preview.py does the same against WordPress."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from editor_app.core.article import Article, Direction
from editor_app.core.media import MediaItem
from editor_app.core.preview import PreviewStyle, date_pattern, format_date, render_preview
from editor_app.publish import site_style
from editor_app.publish.credentials import Secret
from editor_app.publish.http import HttpClient, HttpConfig
from editor_app.publish.site_style import load_site_style, refresh_site_style
from editor_app.publish.wordpress import WordPressClient

FONT = b"wOF2-not-really-a-font"
PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="UTF-8">
<title>Old post – Site</title><meta name="description" content="the old post">
<link rel="canonical" href="https://news.example/old/">
<link rel='stylesheet' id='theme-css' href='/wp-content/themes/t/style.css?ver=1' integrity="sha384-x">
<link rel="preload" as="style" href="/print.css" media="print" onload="this.media='all'">
<style id='global-styles-inline-css'>
body{--wp--style--global--content-size: 620px;--wp--style--global--wide-size: 1000px}
@font-face{font-family:"Naskh";src:url('/wp-content/themes/t/naskh.woff2') format('woff2')}</style>
<script src="/wp-includes/js/x.js"></script><script>alert(1)</script>
</head><body class="single">
<header><a href="/" onclick="steal()">News</a><a href="javascript:alert(1)">x</a></header>
<main><article>
<h1 class="entry-title">Old post title</h1>
<div class="entry-meta">
<span class="posted-on"><time datetime="2020-01-01T10:00:00+00:00">1 يناير 2020</time></span>
<span class="byline"><span class="author-name">Old Author</span></span></div>
<div class="post-thumbnail"><img src="/old.jpg"></div>
<div class="entry-content"><p>Old post text</p><iframe src="https://ads.example/"></iframe></div>
<footer><span class="cat-links"><a href="/c/old">OldCat</a></span>
<span class="tags-links"><a>oldtag</a></span></footer>
</article><nav class="navigation post-navigation"><a href="/prev">Previous: another post</a></nav>
<div id="comments" class="comments-area"><h2>3 comments</h2></div></main>
<footer class="site-footer">© News</footer></body></html>"""


class MemorySite:
    """A WordPress that answers from memory; counts requests; ETag support on the stylesheets."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.css = 'body{color:#123456;font-family:"Naskh"}@import url("parts.css");'
        self.page = PAGE

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.requests.append(path)
        if path == "/wp-json/" or request.url.params.get("rest_route") == "/":
            index = {"name": "News", "home": "https://news.example", "namespaces": []}
            return httpx.Response(200, json=index)
        if path == "/wp-json/wp/v2/posts":
            return httpx.Response(200, json=[{"link": "https://news.example/old/", "tags": [1]}])
        if path == "/old/":
            return httpx.Response(200, text=self.page, headers={"content-type": "text/html; charset=UTF-8"})
        if path == "/wp-content/themes/t/style.css":
            if request.headers.get("if-none-match") == '"v1"' and "v2" not in self.css:
                return httpx.Response(304)
            return httpx.Response(200, text=self.css, headers={"content-type": "text/css", "etag": '"v1"'})
        if path == "/wp-content/themes/t/parts.css":
            return httpx.Response(200, text=".entry-content{max-width:620px;background:url(bg.png)}")
        if path in ("/wp-content/themes/t/naskh.woff2",):
            return httpx.Response(200, content=FONT)
        if path == "/wp-content/themes/t/bg.png":
            return httpx.Response(200, content=b"\x89PNG fake")
        if path == "/print.css":
            return httpx.Response(200, text="p{margin:0}")
        if path == "/wp-includes/css/dist/block-library/style-rtl.min.css":
            return httpx.Response(200, text=".wp-block-quote{border-right:1px solid}")
        return httpx.Response(404, text="not here")


@pytest.fixture
def memory() -> MemorySite:
    return MemorySite()


@pytest.fixture
def client(memory: MemorySite) -> WordPressClient:
    http = HttpClient(HttpConfig(retries=0), transport=httpx.MockTransport(memory))
    return WordPressClient("https://news.example", "huda", Secret("x"), http=http, pretty_permalinks=True)


def article(**changes: object) -> Article:
    base = Article(
        title="عنوان الخبر",
        body_html='<p>نص الخبر</p><p dir="ltr">Latin paragraph</p>'
        '<p><img src="qalam-media:m1" alt="صورة"></p>',
        author="هدى",
        categories=["سياسة"],
        tags=["انتخابات", "بلديات"],
        featured_media_id="m1",
    )
    return base.copy(**changes)


def media(media_id: str) -> MediaItem | None:
    if media_id != "m1":
        return None
    return MediaItem(id=media_id, sha256="0" * 64, data=b"\x89PNG", mime="image/png", alt="بديل")


def test_the_site_page_is_kept_without_scripts_or_the_old_post(
    client: WordPressClient, tmp_path: Path
) -> None:
    style = refresh_site_style(client, tmp_path)
    assert (style.direction, style.language) == ("rtl", "ar")
    assert (style.content_size, style.wide_size) == ("620px", "1000px")
    template = style.read(style.template) or ""
    for gone in ("<script", "alert(1)", "onclick", "steal()", "javascript:", "<iframe", "canonical",
                 "Old post title", "Old post text", "Old Author", "OldCat", "oldtag", "3 comments",
                 "another post", "the old post", "integrity", "/old.jpg"):
        assert gone not in template, gone
    assert "© News" in template and ">News</a>" in template  # the site's own furniture stays
    assert 'media="all"' in template  # the print-then-all trick without its script
    names = {f.url: f.file for f in style.files.values()}
    theme = names["https://news.example/wp-content/themes/t/style.css?ver=1"]
    assert f'href="qalam-file:{theme}"' in template
    css = (tmp_path / "files" / theme).read_text()
    parts = names["https://news.example/wp-content/themes/t/parts.css"]
    assert f'@import url("{parts}")' in css and "#123456" in css
    assert "data:image/png;base64," in (tmp_path / "files" / parts).read_text()
    # The inline @font-face went to a file of its own, the font inside it.
    fonts = [p.read_text() for p in (tmp_path / "files").glob("*.css") if "Naskh" in p.read_text()]
    assert any("data:font/woff2;base64," in text for text in fonts)
    library = names["https://news.example/wp-includes/css/dist/block-library/style-rtl.min.css"]
    assert template.index(library) < template.index(theme)  # before the theme's rules, as WordPress does
    manifest = json.loads((tmp_path / "style.json").read_text())
    assert manifest["template"] == style.template and not list(tmp_path.glob("*.part"))


def test_a_refresh_asks_conditionally_and_reuses_what_did_not_change(
    client: WordPressClient, memory: MemorySite, tmp_path: Path
) -> None:
    first = refresh_site_style(client, tmp_path)
    memory.requests.clear()
    second = refresh_site_style(client, tmp_path)
    theme = "https://news.example/wp-content/themes/t/style.css?ver=1"
    assert second.files[theme].file == first.files[theme].file
    assert "/wp-content/themes/t/parts.css" not in memory.requests  # 304: its imports are in the kept file
    memory.css = "body{color:#654321} /* v2 */"
    third = refresh_site_style(client, tmp_path)
    assert "#654321" in (tmp_path / "files" / third.files[theme].file).read_text()


def test_the_article_fills_the_sites_page(client: WordPressClient, tmp_path: Path) -> None:
    style = refresh_site_style(client, tmp_path)
    when = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    page = render_preview(article(), style.preview("News"), media=media, when=when)
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="ar" dir="rtl">' in page
    assert '<h1 class="entry-title" dir="rtl" lang="ar">عنوان الخبر</h1>' in page
    assert '<p dir="ltr">Latin paragraph</p>' in page and "<title>عنوان الخبر</title>" in page
    assert '<time datetime="2026-12-01T09:30:00+00:00">1 ديسمبر 2026</time>' in page  # as the site writes it
    assert "هدى" in page and '<a rel="tag">سياسة</a>' in page and '<a rel="tag">انتخابات</a>, <a' in page
    assert page.count("data:image/png;base64,") == 2  # the body's image and the featured image
    assert "qalam-file:" not in page and "data-qalam" not in page
    theme = style.files["https://news.example/wp-content/themes/t/style.css?ver=1"].file
    assert (tmp_path / "files" / theme).resolve().as_uri() in page
    # Without terms, author or a featured image, their places go (no "Tags:" with nothing after it).
    bare = render_preview(article(author="", tags=[], featured_media_id=None), style.preview(), when=when)
    assert "tags-links" not in bare and "author-name" not in bare and "post-thumbnail" not in bare


def test_without_the_sites_look_a_plain_page_in_wordpress_classes() -> None:
    page = render_preview(article(direction=Direction.RTL), None, media=media)
    assert '<html dir="rtl" lang="ar">' in page
    assert 'class="wp-block-post-title entry-title" dir="rtl" lang="ar">عنوان الخبر</h1>' in page
    assert "entry-content wp-block-post-content" in page
    assert "max-width:var(--wp--style--global--content-size" in page
    english = render_preview(article(direction=Direction.LTR, language="en", title="Title"), None)
    assert '<html dir="ltr" lang="en">' in english and 'dir="ltr" lang="en">Title</h1>' in english
    # With the site's stylesheets but no single-post page, they still apply, and the site's width too.
    styled = PreviewStyle(None, head_html='<link rel="stylesheet" href="qalam-file:a.css">', direction="rtl",
                          content_size="700px", file_uri=lambda name: f"file:///cache/{name}")
    page = render_preview(article(), styled)
    assert 'href="file:///cache/a.css"' in page and "700px" in page


def test_dates_read_as_the_site_writes_them() -> None:
    moment = datetime(2026, 3, 9, tzinfo=UTC)
    assert format_date(moment, "ar") == "مارس 9, 2026"  # WordPress's default, F j, Y
    assert format_date(moment, "en-US") == "March 9, 2026"
    seen = datetime(2026, 12, 6, tzinfo=UTC)
    for text, pattern, shown in (
        ("6 ديسمبر, 2026", "{j} {F}, {Y}", "9 مارس, 2026"),
        ("December 6, 2026", "{F} {j}, {Y}", "مارس 9, 2026"),
        ("06/12/2026", "{d}/{m}/{Y}", "09/03/2026"),
        ("2026-12-06", "{Y}-{m}-{d}", "2026-03-09"),
        ("منذ يومين", "", "مارس 9, 2026"),
    ):
        assert date_pattern(text, seen) == pattern
        assert format_date(moment, "ar", pattern) == shown


def test_a_broken_manifest_is_fetched_again(tmp_path: Path) -> None:
    (tmp_path / "style.json").write_text("{not json")
    assert load_site_style(tmp_path) is None
    assert site_style.is_stale(None)


def test_offline_the_kept_copy_serves_and_says_from_when(
    client: WordPressClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.core.site import Site
    from editor_app.paths import resolve_paths
    from editor_app.publish.errors import connection_error
    from editor_app.publish.preview_page import write_preview
    from editor_app.storage.store import DraftStore

    store = DraftStore.open(resolve_paths(tmp_path / "data"))
    try:
        site = store.add_site(Site(name="news", url="https://news.example", username="huda"))
        data_dir = tmp_path / "data"
        draft = store.create(article(featured_media_id=None, body_html="<p>نص</p>"))
        fetched = write_preview(store, data_dir, draft, site, connect=lambda _site: client)
        assert fetched.fetched and not fetched.warnings and fetched.path.exists()

        def offline(_site: Site) -> WordPressClient:
            raise connection_error("news.example", ambiguous=False)

        again = write_preview(store, data_dir, draft, site, refresh=True, connect=offline)
        assert not again.fetched and again.style is not None
        texts = [w.render() for w in again.warnings]
        assert "news.example" in texts[0]
        assert texts[1].startswith("The preview uses the site's look as fetched on")
        page = again.path.read_text(encoding="utf-8")
        assert "عنوان الخبر" in page and "file://" in page

        nowhere = write_preview(store, tmp_path / "other", draft, site, connect=offline)
        assert nowhere.style is None and "plain page" in nowhere.warnings[-1].render()
        assert 'dir="rtl"' in nowhere.path.read_text(encoding="utf-8")
    finally:
        store.close(backup=False)


def test_the_body_is_the_block_markup_the_site_will_hold() -> None:
    body = '<p>نص</p><blockquote><p>اقتباس</p></blockquote><table><tbody><tr><td>١</td></tr></tbody></table>'
    page = render_preview(article(body_html=body, featured_media_id=None), None)
    assert '<blockquote class="wp-block-quote">' in page and '<figure class="wp-block-table">' in page
    assert "<!-- wp:quote -->" in page  # harmless in a page; WordPress drops the delimiters itself


def test_block_markup_renders_as_the_theme_styles_it() -> None:
    body = (
        '<!-- wp:paragraph {"className":"lead"} --><p class="lead">مقدمة</p><!-- /wp:paragraph -->'
        '<!-- wp:quote --><blockquote class="wp-block-quote"><p>اقتباس</p></blockquote><!-- /wp:quote -->'
    )
    page = render_preview(article(body_html=body, featured_media_id=None), None)
    assert '<p class="lead">مقدمة</p>' in page and '<blockquote class="wp-block-quote"><p>اقتباس</p>' in page


def test_no_script_of_the_article_runs_in_the_preview() -> None:
    body = (
        '<p onclick="x()">نص <a href="javascript:alert(1)">رابط</a></p><script>alert(2)</script>'
        '<figure><script src="https://platform.example/widgets.js"></script></figure>'
    )
    page = render_preview(article(body_html=body, featured_media_id=None), None)
    assert "<script" not in page and "onclick" not in page and "javascript:" not in page
    assert "<p>نص <a>رابط</a></p>" in page
