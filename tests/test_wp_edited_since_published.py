""""Edited since published" against the real WordPress: set by a local edit of a published draft, cleared
when publishing again brings the change to the site; in `drafts list/show --json`, the list and the editor."""

from __future__ import annotations

import argparse
import json
import urllib.request
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_wp_cli import make_draft, qalam
from wordpress import WordPressSite

from editor_app.cli.context import make_context
from editor_app.gui.launch import build_window

pytestmark = pytest.mark.wordpress


def _flags(data: Path, article_id: str) -> tuple[bool, bool]:
    listed = qalam(data, "drafts", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    row = next(r for r in json.loads(listed.stdout) if r["id"] == article_id)
    shown = qalam(data, "drafts", "show", article_id, "--format", "json")
    assert shown.returncode == 0, shown.stderr
    return bool(row["changed_since_published"]), bool(json.loads(shown.stdout)["changed_since_published"])


def test_edited_since_published_flips_and_clears(
    qtbot: QtBot, tmp_path: Path, wordpress: WordPressSite
) -> None:
    data = tmp_path / "data"
    pw = wordpress.author.app_password
    added = qalam(data, "sites", "add", "main", "--url", wordpress.url, "--user", "author", password=pw)
    assert added.returncode == 0, added.stderr
    article_id = make_draft(data, "خبر منشور")
    assert _flags(data, article_id) == (False, False)  # a draft was never published

    published = qalam(data, "publish", article_id, "--site", "main", password=pw)
    assert published.returncode == 0, published.stderr + published.stdout
    assert _flags(data, article_id) == (False, False)  # the site has exactly this text

    edited = qalam(data, "drafts", "set", article_id, "--title", "خبر منشور بعد التعديل")
    assert edited.returncode == 0, edited.stderr
    assert _flags(data, article_id) == (True, True)

    # The window shows it too: in the drafts list and above the article's details.
    _ctx, window = build_window(make_context(argparse.Namespace(data_dir=str(data), lang="en")),
                                tasks_inline=False)
    qtbot.addWidget(window)
    window.show()
    window.start(interactive=False, open_id=article_id)
    qtbot.waitUntil(lambda: window.documents.article is not None, timeout=15000)
    mark = window.metadata_panel.published_mark
    qtbot.waitUntil(mark.isVisible, timeout=5000)
    panel = window.drafts_panel
    qtbot.waitUntil(lambda: panel.list.count() == 1 and "edited since" in panel.list.item(0).text(),
                    timeout=5000)

    # Publishing again (from the command line, while the window is open) clears it everywhere.
    again = qalam(data, "publish", article_id, "--site", "main", password=pw)
    assert again.returncode == 0, again.stderr + again.stdout
    assert _flags(data, article_id) == (False, False)
    qtbot.waitUntil(lambda: not mark.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: "edited since" not in panel.list.item(0).text(), timeout=3000)
    # And the site really has the edited title.
    shown = json.loads(qalam(data, "drafts", "show", article_id, "--format", "json").stdout)
    with urllib.request.urlopen(f"{wordpress.url}/?rest_route=/wp/v2/posts/{shown['remote_id']}") as reply:
        assert json.loads(reply.read())["title"]["rendered"] == "خبر منشور بعد التعديل"
    window.close()
