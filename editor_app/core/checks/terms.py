"""Categories and tags the target site does not have (after ``qalam sync``): WordPress silently drops
unknown category ids, so they must be created on publish, which only editors and administrators may do."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from editor_app.core.checks.document import CheckDocument, msg
from editor_app.core.checks.model import Finding
from editor_app.core.i18n import QT_TRANSLATE_NOOP

RULE_IDS = ("category-not-on-site", "term-not-on-site")


def _names(names: Iterable[str]) -> str:
    items = list(names)
    arabic = any("\u0600" <= ch <= "\u06ff" for name in items for ch in name)
    return ("، " if arabic else ", ").join(items)


def check(doc: CheckDocument) -> Iterator[Finding]:
    lookup = doc.context.terms
    if lookup is None:
        return
    status = lookup(doc.article)
    if status is None or not status.any_unknown:
        return
    site = status.site_name
    refused = status.refused_categories
    if refused:
        yield doc.finding(
            "category-not-on-site",
            "categories",
            0,
            0,
            msg(
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "Not on {site}, and your role there may not create categories: {names}. Publishing will "
                    "be refused: choose categories the site has.",
                ),
                site=site,
                names=_names(refused),
            ),
        )
    creatable = [c for c in status.unknown_categories if c not in refused]
    if creatable:
        yield doc.finding(
            "term-not-on-site",
            "categories",
            0,
            0,
            msg(
                QT_TRANSLATE_NOOP("Checks", "New categories for {site}, created when you publish: {names}."),
                site=site,
                names=_names(creatable),
            ),
        )
    if status.unknown_tags:
        yield doc.finding(
            "term-not-on-site",
            "tags",
            0,
            0,
            msg(
                QT_TRANSLATE_NOOP("Checks", "New tags for {site}, created when you publish: {names}."),
                site=site,
                names=_names(status.unknown_tags),
            ),
        )
