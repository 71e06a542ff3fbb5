"""Website furniture pasted with the story ("حصة هذه المادة:", "الإعلانات", "تم النشر"), found with the
same rules the import cleaner uses (resources/boilerplate_rules.json)."""

from __future__ import annotations

from collections.abc import Iterator

from editor_app.core import boilerplate
from editor_app.core.checks.document import CheckDocument, fix, msg
from editor_app.core.checks.model import CTX, Finding
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage

RULE_IDS = ("boilerplate-leftover",)

MAX_CHARS = 200  # notices are short; long paragraphs are never boilerplate lines
SHORT_WORDS = 12  # lines this short are tried everywhere; longer notices only at the ends of the body
EDGE_BLOCKS = 3

# The cleaner's reasons, in this context too so that they translate inside the sentence.
REASONS: dict[str, str] = {
    "share": QT_TRANSLATE_NOOP("Checks", "share buttons"),
    "published": QT_TRANSLATE_NOOP("Checks", "publication date line"),
    "subscription": QT_TRANSLATE_NOOP("Checks", "subscription notice"),
    "cookies": QT_TRANSLATE_NOOP("Checks", "cookie notice"),
    "advertisement": QT_TRANSLATE_NOOP("Checks", "advertisement marker"),
    "disclaimer": QT_TRANSLATE_NOOP("Checks", "disclaimer"),
    "latest_news": QT_TRANSLATE_NOOP("Checks", "latest news heading"),
    "related": QT_TRANSLATE_NOOP("Checks", "link to other articles"),
    "navigation": QT_TRANSLATE_NOOP("Checks", "site navigation"),
    "comments": QT_TRANSLATE_NOOP("Checks", "comments section"),
    "credits": QT_TRANSLATE_NOOP("Checks", "copyright line"),
}


def check(doc: CheckDocument) -> Iterator[Finding]:
    body = doc.fields["body"]
    if not body.blocks:
        return
    rules = boilerplate.default_rules()
    last = len(body.blocks) - EDGE_BLOCKS
    for block in body.blocks:
        if block.end - block.start > MAX_CHARS or block.end == block.start:
            continue
        text = body.text[block.start : block.end]
        at_edge = block.index < EDGE_BLOCKS or block.index >= last
        if not at_edge and text.count(" ") >= SHORT_WORDS:
            continue
        rule = rules.match(text)
        if rule is None:
            continue
        yield doc.finding(
            "boilerplate-leftover",
            "body",
            block.start,
            block.end,
            UserMessage(
                CTX,
                QT_TRANSLATE_NOOP("Checks", "“{text}” looks like website clutter ({reason})."),
                {"text": text, "reason": REASONS.get(rule.category, rule.reason or rule.category)},
                translated_args=frozenset({"reason"}) if rule.category in REASONS else frozenset(),
            ),
            fix(body.text, block.start, block.end, "", msg(QT_TRANSLATE_NOOP("Checks", "Remove this line"))),
        )
