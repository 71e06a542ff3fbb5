"""The headline: too long for the site's layout, or the same as a recent post's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor_app.core.boilerplate import normalize
from editor_app.core.checks.document import CheckDocument, msg
from editor_app.core.checks.model import Finding
from editor_app.core.i18n import QT_TRANSLATE_NOOP

RULE_IDS = ("headline-too-long", "headline-duplicate")

_PUNCT_RE = re.compile(r"[^\w\s]|_")


def headline_key(title: str) -> str:
    """Headlines compared without harakat, tatweel, hamza forms, case or punctuation."""
    return " ".join(_PUNCT_RE.sub(" ", normalize(title)).split())


def check(doc: CheckDocument) -> Iterator[Finding]:
    title = doc.article.title
    limit = doc.house.headline_max_chars
    stripped = title.rstrip()
    if doc.house.enabled("headline-too-long") and len(stripped) > limit:
        yield doc.finding(
            "headline-too-long",
            "title",
            limit,
            len(stripped),
            msg(
                QT_TRANSLATE_NOOP(
                    "Checks", "The headline has %n character(s); the layout fits {limit}.", "", 1
                ),
                count=len(stripped),
                limit=limit,
            ),
        )
    if not doc.house.enabled("headline-duplicate") or not title.strip() or not doc.context.recent_titles:
        return
    import difflib  # only when there are recent headlines to compare with

    key = headline_key(title)
    threshold = doc.house.duplicate_similarity
    for other in doc.context.recent_titles:
        other_key = headline_key(other)
        if not other_key:
            continue
        if other_key == key:
            similar = True
        else:
            matcher = difflib.SequenceMatcher(None, key, other_key, autojunk=False)
            similar = (
                matcher.real_quick_ratio() >= threshold
                and matcher.quick_ratio() >= threshold
                and matcher.ratio() >= threshold
            )
        if similar:
            yield doc.finding(
                "headline-duplicate",
                "title",
                0,
                len(title),
                msg(
                    QT_TRANSLATE_NOOP("Checks", "A recent post has the same headline: “{other}”."),
                    other=other,
                ),
            )
            return
