"""A site's language and article direction: which locales are right to left, what the store keeps (a store
made before the columns existed is migrated), and the sites dialog's choice for the selected site. The
site itself is asked in test_wp_site_language.py (real WordPress)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.site import Site, locale_direction
from editor_app.gui.sites_dialog import SitesDialog
from editor_app.gui.tasks import TaskRunner
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    s = DraftStore.open(resolve_paths(tmp_path / "data"))
    yield s
    s.close(backup=False)


@pytest.mark.parametrize(
    ("locale", "direction"),
    [
        ("ar", "rtl"),
        ("fa_IR", "rtl"),
        ("he_IL", "rtl"),
        ("ckb", "rtl"),
        ("ur", "rtl"),
        ("en_US", "ltr"),
        ("fr_FR", "ltr"),
        ("tr_TR", "ltr"),
        ("", ""),
    ],
)
def test_right_to_left_locales(locale: str, direction: str) -> None:
    assert locale_direction(locale) == direction


def test_the_store_keeps_the_sites_language_and_the_users_setting(store: DraftStore) -> None:
    site = store.add_site(Site(name="s", url="https://example.org", username="u"))
    assert (site.language, site.direction, site.direction_setting, site.text_direction) == ("", "", "", "")
    site.language, site.direction = "ar", "rtl"
    store.update_site(site)
    again = store.get_site(site.id)
    assert (again.language, again.text_direction) == ("ar", "rtl")
    again.direction_setting = "ltr"
    store.update_site(again)
    assert store.get_site(site.id).text_direction == "ltr"  # the user's choice wins


def test_a_store_from_before_is_migrated(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    from editor_app.storage import migrate

    paths = resolve_paths(tmp_path / "old").ensure()
    engine = create_engine(f"sqlite:///{paths.database}")
    with engine.connect() as conn:
        migrate.upgrade(conn, "0011")  # the schema just before sites learnt their language (0016)
        conn.commit()
    engine.dispose()
    con = sqlite3.connect(paths.database)
    con.execute("INSERT INTO sites (id, name, url, username, api_root, has_plugin, roles, capabilities, "
                "timezone, created_at) VALUES ('s1', 's', 'https://example.org', 'u', '/wp-json', 0, '[]', "
                "'{}', '', '2026-01-01T10:00:00.000000Z')")
    con.commit()
    con.close()
    reopened = DraftStore.open(paths)
    try:
        [site] = reopened.list_sites()
        assert (site.name, site.language, site.text_direction) == ("s", "", "")
    finally:
        reopened.close(backup=False)


def test_the_sites_dialog_shows_and_sets_the_article_direction(qtbot: QtBot, store: DraftStore) -> None:
    site = store.add_site(Site(name="عربي", url="https://example.org", username="u", language="ar"))
    site.direction = "rtl"
    store.update_site(site)
    dialog = SitesDialog(store, TaskRunner(inline=True))
    qtbot.addWidget(dialog)
    assert not dialog.direction.isEnabled()  # nothing selected
    dialog.list.setCurrentRow(0)
    assert dialog.direction.isEnabled() and dialog.direction.currentIndex() == 0
    assert dialog.direction.itemText(0) == "As the site's language (العربية: right to left)"
    dialog.direction.setCurrentIndex(2)
    dialog.direction.activated.emit(2)
    assert store.get_site(site.id).direction_setting == "ltr"
    assert dialog.status.text() == "Article direction saved."
    dialog.direction.activated.emit(0)
    assert store.get_site(site.id).text_direction == "rtl"  # back to the site's language
