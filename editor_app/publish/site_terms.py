"""The site's categories and tags, kept in the local store for the pickers, the check and publishing."""

from __future__ import annotations

from editor_app.publish.wordpress import WordPressClient
from editor_app.publish.workflow_store import WorkflowStore


def pull_terms(store: WorkflowStore, client: WordPressClient, site_id: str) -> tuple[int, int]:
    """Replace the cached categories and tags of the site with the site's; returns how many of each."""
    categories = client.categories()
    tags = client.tags()
    written_categories = store.replace_terms(
        site_id, "categories", ((t.id, t.name, t.slug, t.parent) for t in categories)
    )
    written_tags = store.replace_terms(site_id, "tags", ((t.id, t.name, t.slug, 0) for t in tags))
    return written_categories, written_tags
