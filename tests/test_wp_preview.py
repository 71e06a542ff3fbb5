"""The preview against the real WordPress (Debian's, with its default theme, twentytwentythree: a block
theme): `qalam sync` keeps the site's look, `qalam preview` writes the article into the theme's own
single-post page with the fetched stylesheets, offline too, and Article → Preview on the Site opens it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from test_wp_publish import png_bytes
from test_wp_site_posts import admin, http, opened_store, qalam, site, token  # noqa: F401 (fixtures)
from wordpress import WordPressSite, free_port

from editor_app.core.article import Article
from editor_app.core.site import Site
from editor_app.paths import resolve_paths
from editor_app.publish.site_style import load_site_style, style_folder
from editor_app.publish.wordpress import WordPressClient

pytestmark = pytest.mark.wordpress
# Debian's wordpress ships no theme; it recommends its default one (a block theme), which the test site uses.
THEME = Path("/usr/share/wordpress/wp-content/themes/twentytwentythree")


@pytest.fixture(autouse=True)
def _default_theme() -> None:
    if not THEME.is_dir():
        from wordpress import _unavailable

        _unavailable("missing wordpress-theme-twentytwentythree (scripts/ensure-system-deps.sh test)")


@pytest.fixture
def sample_post(admin: WordPressClient) -> Iterator[str]:  # noqa: F811
    """A published post with a category, tags and a featured image: the theme's single-post page shows
    every place a post fills."""
    tok = token()
    image = admin.upload_media(png_bytes(40, 20, (10, 120, 200)), "sample.png", "image/png")
    tag = admin.create_tag(f"وسم {tok}")
    post = admin.create_post(
        {
            "title": f"منشور نموذجي {tok}",
            "content": "<!-- wp:paragraph --><p>نص المنشور النموذجي</p><!-- /wp:paragraph -->",
            "status": "publish",
            "tags": [tag.id],
            "featured_media": image.id,
        }
    )
    yield post.link
    admin.update_post(post.id, {"status": "draft"})  # the next test's sample is its own


def make_article(title: str) -> str:
    with opened_store() as store:
        return store.create(
            Article(
                title=title,
                body_html='<p>نص عربي في المعاينة.</p><p dir="ltr">An English line.</p>'
                "<blockquote><p>اقتباس</p></blockquote>",
                author="هدى",
                categories=["سياسة"],
            )
        ).id


def test_sync_keeps_the_look_and_preview_renders_the_article_in_the_theme(
    site: Site,  # noqa: F811
    sample_post: str,
    wordpress: WordPressSite,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = qalam(capsys, "sync", "--json")
    assert code == 0, err
    assert json.loads(out)[0]["site_style_fetched"] is True
    code, out, _ = qalam(capsys, "sync", "--json")
    assert json.loads(out)[0]["site_style_fetched"] is False  # once per site, not on every sync

    data_dir = resolve_paths().data_dir
    style = load_site_style(style_folder(data_dir, site.id))
    assert style is not None and style.template is not None
    assert style.page_url == sample_post  # the newest post with terms and a featured image
    assert style.content_size == "650px"  # twentytwentythree's theme.json contentSize

    tok = token()
    article_id = make_article(f"عنوان المعاينة {tok}")
    code, out, err = qalam(capsys, "preview", article_id[:8])
    assert code == 0, err
    path = Path(out.strip())
    assert path == data_dir / "previews" / f"{article_id}.html" and path.exists()
    page = path.read_text(encoding="utf-8")
    assert f'dir="rtl" lang="ar">عنوان المعاينة {tok}</h1>' in page
    # The test site writes English (left to right): the content keeps the site's direction and each
    # Arabic paragraph carries its own, exactly as Qalam publishes it there.
    assert 'wp-block-post-content" dir="ltr" lang="ar"><!-- wp:paragraph {"direction":"rtl"} -->' in page
    assert '<p dir="rtl">نص عربي في المعاينة.</p>' in page and "<p>An English line.</p>" in page
    assert '<blockquote class="wp-block-quote">' in page  # the block markup the site will hold
    assert "<script" not in page and "منشور نموذجي" not in page and "نص المنشور النموذجي" not in page
    assert '<a rel="tag">سياسة</a>' in page and "هدى" in page

    # The page links the stylesheets fetched from the site; the theme's global styles are among them.
    live = httpx.get(wordpress.url + "/", timeout=10).text
    live_global = re.search(r"<style id='global-styles-inline-css'>(.*?)</style>", live, re.S)
    assert live_global is not None
    sheets = [Path(uri[len("file://"):]) for uri in re.findall(r'href="(file://[^"]+\.css)"', page)]
    assert sheets and all(s.exists() for s in sheets)
    texts = [s.read_text(encoding="utf-8") for s in sheets]
    assert any("--wp--preset--color--primary: #9DFF20" in t for t in texts)
    assert "--wp--preset--color--primary: #9DFF20" in live_global.group(1)  # the same theme.json, live
    assert any("data:font/woff2;base64," in t for t in texts)  # the theme's fonts, offline
    assert any(".wp-block-quote" in t for t in texts)  # the whole block library

    # Offline: the site is unreachable, the kept look still serves, and the user is told from when.
    with opened_store() as store:
        store.update_site(replace(store.get_site(site.id), url=f"http://127.0.0.1:{free_port()}"))
    code, out, err = qalam(capsys, "preview", article_id[:8], "--refresh")
    assert code == 0
    assert "fetched on" in err
    offline = Path(out.strip()).read_text(encoding="utf-8")
    assert f"عنوان المعاينة {tok}" in offline and re.findall(r'href="(file://[^"]+\.css)"', offline) == [
        "file://" + str(s) for s in sheets
    ]


def test_preview_on_the_site_opens_the_page_from_the_window(
    qtbot: object,
    site: Site,  # noqa: F811
    sample_post: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import argparse

    from PySide6.QtGui import QDesktopServices

    from editor_app.cli.context import make_context
    from editor_app.gui.launch import build_window

    article_id = make_article("عنوان من النافذة")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    _ctx, window = build_window(make_context(argparse.Namespace(data_dir=None, lang="ar")), tasks_inline=True)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.start(interactive=False, open_id=article_id)
    qtbot.waitUntil(lambda: window.documents.article is not None, timeout=15000)  # type: ignore[attr-defined]
    action = window.actions_by_name["site_preview"]
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)  # type: ignore[attr-defined]
    page = Path(opened[0]).read_text(encoding="utf-8")
    assert 'dir="rtl" lang="ar">عنوان من النافذة</h1>' in page and "file://" in page
    window.close()
