"""A category that came with an imported page, against the real WordPress: created on publish by an
administrator, named in the refusal for a contributor (never silently dropped); the check lists it first.

Runs on the separate large site (tests/large_site.py), whose categories are all made by the test run, so
"the site did not have it" is certain.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from large_site import LargeSite
from test_wp_cli import qalam

from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore

pytestmark = pytest.mark.wordpress
IMPORTED_CATEGORY = "روسيا البيضاء"  # what the sample page's breadcrumb gives (tests/test_import_cli.py)


def desk(tmp_path: Path, large: LargeSite, role: str, sample_text: str) -> tuple[Path, str, str]:
    """A data folder with the site added and synced, and the sample page imported: (folder, id, password)."""
    user = large.site.user(role)
    data = tmp_path / role
    added = qalam(
        data,
        "sites",
        "add",
        "big",
        "--url",
        large.site.url,
        "--user",
        user.login,
        stdin=user.app_password + "\n",
        password=user.app_password,
    )
    assert added.returncode == 0, added.stderr
    synced = qalam(data, "sync", password=user.app_password)
    assert synced.returncode == 0, synced.stderr
    page = tmp_path / f"page-{role}.txt"
    page.write_text(sample_text, encoding="utf-8")
    imported = qalam(data, "drafts", "import", str(page))
    assert imported.returncode == 0, imported.stderr
    draft = imported.stdout.strip()
    with DraftStore.open(resolve_paths(data)) as store:
        assert store.get(draft).categories == [IMPORTED_CATEGORY]
    return data, draft, user.app_password


def site_categories(large: LargeSite, name: str) -> list[dict[str, object]]:
    response = httpx.get(
        f"{large.site.api}/wp/v2/categories", params={"search": name, "per_page": 100}, timeout=30
    )
    return [c for c in response.json() if c["name"] == name]


def check_findings(data: Path, draft: str) -> dict[str, str]:
    result = qalam(data, "check", draft, "--json", "--no-spelling")
    return {f["rule"]: f["message"] for f in json.loads(result.stdout)["findings"]}


def test_imported_category_refused_for_a_contributor_then_created_by_an_administrator(
    tmp_path: Path, large_wordpress: LargeSite, sample_text: str
) -> None:
    assert site_categories(large_wordpress, IMPORTED_CATEGORY) == []

    # The reporter: the check says publishing would be refused, and submitting is refused, naming it.
    data, draft, password = desk(tmp_path, large_wordpress, "contributor", sample_text)
    findings = check_findings(data, draft)
    assert IMPORTED_CATEGORY in findings["category-not-on-site"]
    tag = qalam(data, "drafts", "set", draft, "--tag", "وسم من المراسل")
    assert tag.returncode == 0 and "is not a category on big" in tag.stderr
    submitted = qalam(data, "publish", draft, "--site", "big", "--submit", password=password)
    assert submitted.returncode == 1, submitted.stderr
    assert "may not create them" in submitted.stderr and IMPORTED_CATEGORY in submitted.stderr
    assert site_categories(large_wordpress, IMPORTED_CATEGORY) == []
    with DraftStore.open(resolve_paths(data)) as store:
        assert store.get(draft).remote_id is None  # nothing reached the site

    # The administrator: the check announces a new category; publishing creates it and files the post in it.
    data, draft, password = desk(tmp_path, large_wordpress, "admin", sample_text)
    assert IMPORTED_CATEGORY in check_findings(data, draft)["term-not-on-site"]
    published = qalam(data, "publish", draft, "--site", "big", password=password)
    assert published.returncode == 0, published.stderr
    assert f"Created the category “{IMPORTED_CATEGORY}” on big." in published.stderr
    created = site_categories(large_wordpress, IMPORTED_CATEGORY)
    assert len(created) == 1
    with DraftStore.open(resolve_paths(data)) as store:
        article = store.get(draft)
        assert store.find_term(store.list_sites()[0].id, "category", IMPORTED_CATEGORY) is not None
    post = httpx.get(f"{large_wordpress.site.api}/wp/v2/posts/{article.remote_id}", timeout=30).json()
    assert post["categories"] == [created[0]["id"]]
    assert "term-not-on-site" not in check_findings(data, draft)  # the local copy knows it now
