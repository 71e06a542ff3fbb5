"""The site's language against the real WordPress: learnt when the site is added or tested (from the
companion plugin's REST index fields, else from the settings for administrators), kept with the site, and
each published paragraph's direction saved against the direction the site shows articles in."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from test_wp_blocks import FAST, php
from wordpress import WordPressSite

from editor_app.core.article import Article, Direction
from editor_app.core.block_grammar import parse_blocks
from editor_app.paths import resolve_paths
from editor_app.publish import sites
from editor_app.publish.credentials import Secret
from editor_app.publish.http import HttpClient
from editor_app.publish.outbox import Backoff, Outbox
from editor_app.publish.store_bridge import StoreBridge
from editor_app.publish.wordpress import WordPressClient
from editor_app.storage.store import DraftStore

pytestmark = pytest.mark.wordpress


@contextmanager
def site_language(site: WordPressSite, locale: str) -> Iterator[None]:
    """The test site in ``locale`` (Debian's wordpress ships the Arabic language pack) for the block."""
    old = php(site, "echo json_encode(get_option('WPLANG'));")
    php(site, f"update_option('WPLANG', '{locale}'); echo 1;")
    assert php(site, "echo json_encode(get_locale());") == locale  # a language pack that is installed
    try:
        yield
    finally:
        php(site, f"update_option('WPLANG', {json.dumps(old)}); echo 1;")


@pytest.fixture
def http() -> Iterator[HttpClient]:
    client = HttpClient(FAST)
    yield client
    client.close()


def _publish(store: DraftStore, site_id: str, article: Article, password: str, http: HttpClient) -> int:
    store.create(article)
    backoff = Backoff(base=0.01, cap=0.05)
    outbox = Outbox(store, StoreBridge(store), http=http, password=lambda s: password, backoff=backoff)
    sent = outbox.publish_now(article.id, site_id, "publish")
    assert sent.done, sent.item.last_error
    assert sent.result is not None and sent.result.remote_id is not None
    return sent.result.remote_id


def _paragraphs(content: str) -> list[tuple[object, str]]:
    return [(b.attrs.get("direction"), b.inner_html.strip()) for b in parse_blocks(content) if b.name]


def test_an_arabic_site_is_learnt_and_paragraph_directions_are_saved_against_it(
    wordpress: WordPressSite, http: HttpClient, tmp_path: Path
) -> None:
    with site_language(wordpress, "ar"):
        # The site really is right to left: its theme says so on every page.
        home = httpx.get(wordpress.url + "/", timeout=30).text
        assert 'dir="rtl"' in home.split("<head", 1)[0] and 'lang="ar"' in home.split("<head", 1)[0]
        # The companion plugin says it in the REST index the app reads anyway, for any role.
        editor = WordPressClient(
            wordpress.url, wordpress.editor.login, Secret(wordpress.editor.app_password), http=http
        )
        info = editor.discover()
        assert (info.language, info.rtl) == ("ar", True)
        assert editor.site_language(editor.me()) == ("ar", "rtl")

        store = DraftStore.open(resolve_paths(tmp_path / "data"))
        try:
            site, report, _where = sites.add_site(
                store, "موقع", wordpress.url, wordpress.editor.login, wordpress.editor.app_password,
                save_password=False, http=http,
            )  # fmt: skip
            assert report is not None and (report.language, report.direction) == ("ar", "rtl")
            assert report.to_json()["language"] == "ar"
            assert (store.get_site(site.id).language, store.get_site(site.id).text_direction) == ("ar", "rtl")

            # An English article on the Arabic site: its paragraphs say ltr, its Arabic quote nothing.
            english = Article(
                title="English report",
                language="en",
                direction=Direction.LTR,
                body_html='<p>Talks ended on Sunday.</p>\n<p dir="rtl">قال المتحدث</p>\n',
            )
            post_id = _publish(store, site.id, english, wordpress.editor.app_password, http)
            content = php(wordpress, f"echo json_encode(get_post({post_id})->post_content);")
            assert _paragraphs(content) == [
                ("ltr", '<p dir="ltr">Talks ended on Sunday.</p>'),
                (None, "<p>قال المتحدث</p>"),
            ]

            # The user's own setting for the site wins over its language.
            sites.set_direction(store, store.get_site(site.id), "ltr")
            assert store.get_site(site.id).text_direction == "ltr"
            arabic = Article(title="خبر", body_html="<p>انتهت المحادثات يوم الأحد.</p>\n")
            post_id = _publish(store, site.id, arabic, wordpress.editor.app_password, http)
            content = php(wordpress, f"echo json_encode(get_post({post_id})->post_content);")
            assert _paragraphs(content) == [("rtl", '<p dir="rtl">انتهت المحادثات يوم الأحد.</p>')]
        finally:
            store.close(backup=False)


def test_without_the_plugin_administrators_learn_the_language_from_the_settings(
    stock_wordpress: WordPressSite, http: HttpClient
) -> None:
    with site_language(stock_wordpress, "ar"):
        for role, expected in (("admin", ("ar", "rtl")), ("editor", ("", ""))):
            user = stock_wordpress.user(role)
            client = WordPressClient(stock_wordpress.url, user.login, Secret(user.app_password), http=http)
            assert client.discover().language == ""  # no plugin, nothing in the index
            assert client.site_language(client.me()) == expected
    # Back in English: WordPress keeps "" for its own English, which is a known language too.
    admin = stock_wordpress.admin
    client = WordPressClient(stock_wordpress.url, admin.login, Secret(admin.app_password), http=http)
    assert client.site_language(client.me()) == ("en_US", "ltr")
