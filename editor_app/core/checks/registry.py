"""Every rule the pre-publish check knows: its id, default severity and the name the settings page shows."""

from __future__ import annotations

from dataclasses import dataclass

from editor_app.core.checks.model import CTX, Severity
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage


@dataclass(frozen=True)
class RuleDef:
    id: str
    severity: Severity
    title: str
    group: str
    notice_only: bool = False  # at most a notice (INFO), whatever the house rules say

    @property
    def title_message(self) -> UserMessage:
        return UserMessage(CTX, self.title)


E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

RULES: dict[str, RuleDef] = {
    r.id: r
    for r in (
        RuleDef("title-missing", E, QT_TRANSLATE_NOOP("Checks", "Headline missing"), "metadata"),
        RuleDef("category-missing", E, QT_TRANSLATE_NOOP("Checks", "Category missing"), "metadata"),
        RuleDef("excerpt-missing", W, QT_TRANSLATE_NOOP("Checks", "Excerpt missing"), "metadata"),
        RuleDef(
            "excerpt-length", W, QT_TRANSLATE_NOOP("Checks", "Excerpt too short or too long"), "metadata"
        ),
        RuleDef(
            "featured-image-missing", W, QT_TRANSLATE_NOOP("Checks", "Featured image missing"), "metadata"
        ),
        RuleDef(
            "featured-image-alt",
            W,
            QT_TRANSLATE_NOOP("Checks", "Featured image without alt text"),
            "metadata",
        ),
        RuleDef(
            "slug-too-long",
            E,
            QT_TRANSLATE_NOOP("Checks", "Slug over WordPress's 200-byte limit"),
            "metadata",
        ),
        RuleDef(
            "category-not-on-site",
            E,
            QT_TRANSLATE_NOOP("Checks", "Categories the site lacks and you may not create"),
            "metadata",
        ),
        RuleDef(
            "term-not-on-site",
            W,
            QT_TRANSLATE_NOOP("Checks", "Categories or tags new to the site"),
            "metadata",
        ),
        RuleDef("spelling", W, QT_TRANSLATE_NOOP("Checks", "Spelling mistakes"), "language"),
        RuleDef(
            "latin-fragment", W, QT_TRANSLATE_NOOP("Checks", "Latin words left in Arabic text"), "language"
        ),
        RuleDef(
            "latin-name",
            INFO,
            QT_TRANSLATE_NOOP("Checks", "Latin names and acronyms in Arabic text (a notice)"),
            "language",
            notice_only=True,
        ),
        RuleDef(
            "boilerplate-leftover",
            W,
            QT_TRANSLATE_NOOP("Checks", "Website clutter left in the text"),
            "language",
        ),
        RuleDef(
            "unbalanced-quotes", W, QT_TRANSLATE_NOOP("Checks", "Unbalanced quotation marks"), "language"
        ),
        RuleDef("unbalanced-brackets", W, QT_TRANSLATE_NOOP("Checks", "Unbalanced brackets"), "language"),
        RuleDef(
            "latin-punctuation",
            W,
            QT_TRANSLATE_NOOP("Checks", "Latin punctuation in Arabic text"),
            "typography",
        ),
        RuleDef(
            "space-before-punctuation",
            W,
            QT_TRANSLATE_NOOP("Checks", "Space before punctuation"),
            "typography",
        ),
        RuleDef("double-space", INFO, QT_TRANSLATE_NOOP("Checks", "Double spaces"), "typography"),
        RuleDef("tatweel", W, QT_TRANSLATE_NOOP("Checks", "Tatweel used to stretch words"), "typography"),
        RuleDef(
            "mixed-digits", W, QT_TRANSLATE_NOOP("Checks", "Digits not in the house style"), "typography"
        ),
        RuleDef(
            "invisible-characters",
            W,
            QT_TRANSLATE_NOOP("Checks", "Zero-width characters"),
            "typography",
        ),
        RuleDef(
            "bidi-controls",
            E,
            QT_TRANSLATE_NOOP("Checks", "Hidden direction controls (embedding, override, isolate)"),
            "typography",
        ),
        RuleDef("link-no-text", E, QT_TRANSLATE_NOOP("Checks", "Links without text"), "links"),
        RuleDef("link-not-https", W, QT_TRANSLATE_NOOP("Checks", "Links that are not https"), "links"),
        RuleDef("image-no-alt", W, QT_TRANSLATE_NOOP("Checks", "Images without alt text"), "links"),
        RuleDef("headline-too-long", W, QT_TRANSLATE_NOOP("Checks", "Headline too long"), "headline"),
        RuleDef(
            "headline-duplicate", E, QT_TRANSLATE_NOOP("Checks", "Headline of a recent post"), "headline"
        ),
    )
}
