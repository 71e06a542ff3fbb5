"""Running the pre-publish check and applying its fixes (the package re-exports these: see its doc)."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from editor_app.core.article import Article
from editor_app.core.checks import (
    digits,
    headline,
    latin,
    leftovers,
    links,
    metadata,
    script,
    spelling,
    terms,
    typography,
)
from editor_app.core.checks.document import CheckContext, CheckDocument
from editor_app.core.checks.house import HouseRules
from editor_app.core.checks.model import CTX, Finding, Fix, Severity, StaleFix
from editor_app.core.checks.registry import RULES
from editor_app.core.checks.text import BodyText, extract
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage

_CHECKERS: tuple[tuple[tuple[str, ...], Callable[[CheckDocument], Iterator[Finding]]], ...] = (
    (metadata.RULE_IDS, metadata.check),
    (headline.RULE_IDS, headline.check),
    (spelling.RULE_IDS, spelling.check),
    (script.RULE_IDS, script.check),
    (latin.RULE_IDS, latin.check),
    (leftovers.RULE_IDS, leftovers.check),
    (typography.RULE_IDS, typography.check),
    (digits.RULE_IDS, digits.check),
    (links.RULE_IDS, links.check),
    (terms.RULE_IDS, terms.check),
)

_FIELD_ORDER = {
    "title": 0,
    "subtitle": 1,
    "slug": 2,
    "categories": 3,
    "tags": 4,
    "excerpt": 5,
    "featured_media": 6,
    "body": 7,
}


def body_text(body_html: str) -> BodyText:
    """The body's plain text with blocks, links and images: what body spans point into."""
    return extract(body_html)


def run_checks(
    article: Article,
    house: HouseRules | None = None,
    context: CheckContext | None = None,
) -> list[Finding]:
    """Every enabled rule over the article; pure and fast (a 20,000-word article in well under 100 ms)."""
    house = house if house is not None else HouseRules.default()
    doc = CheckDocument.build(article, house, context or CheckContext())
    found: list[Finding] = []
    for rule_ids, check in _CHECKERS:
        if not any(house.enabled(r) for r in rule_ids):
            continue
        for finding in check(doc):
            if not house.enabled(finding.rule):
                continue
            severity = house.severity(finding.rule, finding.severity)
            if RULES[finding.rule].notice_only:
                severity = Severity.INFO  # never blocks publishing, whatever the house rules say
            found.append(finding if severity == finding.severity else replace(finding, severity=severity))
    found.sort(key=lambda f: (_FIELD_ORDER.get(f.span.field, 9), f.span.start, f.span.end, f.rule))
    return found


def _field_value(article: Article, field: str) -> str:
    if field not in ("title", "subtitle", "excerpt", "slug"):
        raise ValueError(field)
    return str(getattr(article, field))


def apply_fix(article: Article, finding: Finding) -> Article:
    """The article with this finding's fix applied; raises :class:`StaleFix` if the text moved on."""
    return apply_fixes(article, [finding])


def apply_fixes(article: Article, findings: Iterable[Finding]) -> Article:
    """Apply several fixes (each field from its end backwards, so earlier offsets stay valid).

    Overlapping fixes are skipped after the first. A body fix whose range crosses markup
    (part bold, part not) raises :class:`StaleFix`; the editor applies those with a cursor.
    """
    by_field: dict[str, list[Fix]] = {}
    for finding in findings:
        if finding.fix is not None:
            by_field.setdefault(finding.span.field, []).append(finding.fix)
    changes: dict[str, str] = {}
    for field, fixes in by_field.items():
        fixes.sort(key=lambda f: (f.start, f.end), reverse=True)
        if field == "body":
            # Fixes go from the end backwards, so the source offsets of earlier ones stay valid.
            current = extract(article.body_html)
            source = article.body_html
            limit: int | None = None
            for fx in fixes:
                if limit is not None and fx.end > limit:
                    continue
                if current.text[fx.start : fx.end] != fx.original:
                    raise _stale()
                where = current.source_range(fx.start, fx.end)
                if where is None:
                    raise StaleFix(
                        UserMessage(
                            CTX,
                            QT_TRANSLATE_NOOP("Checks", "This fix spans formatting; make it in the editor."),
                        )
                    )
                source = source[: where[0]] + html.escape(fx.replacement, quote=False) + source[where[1] :]
                limit = fx.start
            changes["body_html"] = source
        else:
            value = _field_value(article, field)
            limit = None
            for fx in fixes:
                if limit is not None and fx.end > limit:
                    continue
                value = fx.apply(value)
                limit = fx.start
            changes[field] = value
    return article.copy(**changes) if changes else article


def _stale() -> StaleFix:
    return StaleFix(
        UserMessage(
            CTX, QT_TRANSLATE_NOOP("Checks", "The text has changed since it was checked; check it again.")
        )
    )
