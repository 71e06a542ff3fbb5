"""What every rule looks at: the article, its fields as plain text with blocks, house rules, context."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor_app.core.article import Article
from editor_app.core.checks.context import CheckContext as CheckContext  # (its old home)
from editor_app.core.checks.context import SpellCheck as SpellCheck
from editor_app.core.checks.house import HouseRules
from editor_app.core.checks.model import CTX, Finding, Fix, Span
from editor_app.core.checks.registry import RULES
from editor_app.core.checks.text import BodyText, extract, plain_field
from editor_app.core.i18n import UserMessage

TEXT_FIELDS = ("title", "subtitle", "excerpt", "body")

ARABIC_LETTERS = (
    "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06fc\u0750-\u077f\u08a0-\u08c9"
)
ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_ARABIC_RE = re.compile(f"[{ARABIC_LETTERS}]")
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f]")


@dataclass
class CheckDocument:
    article: Article
    house: HouseRules
    context: CheckContext
    fields: dict[str, BodyText] = field(default_factory=dict)
    _arabic_blocks: dict[str, list[bool]] = field(default_factory=dict)

    @classmethod
    def build(cls, article: Article, house: HouseRules, context: CheckContext) -> CheckDocument:
        doc = cls(article, house, context)
        doc.fields = {
            "title": plain_field(article.title),
            "subtitle": plain_field(article.subtitle),
            "excerpt": plain_field(article.excerpt),
            "body": extract(article.body_html),
        }
        return doc

    @property
    def arabic_article(self) -> bool:
        return (self.article.language or "ar").startswith("ar")

    def arabic_blocks(self, name: str) -> list[bool]:
        """For each block of a field: is it Arabic text (more Arabic letters than Latin ones)?"""
        cached = self._arabic_blocks.get(name)
        if cached is None:
            ft = self.fields[name]
            cached = []
            for b in ft.blocks:
                chunk = ft.text[b.start : b.end]
                if _LATIN_RE.search(chunk) is None:
                    cached.append(_ARABIC_RE.search(chunk) is not None)
                    continue
                # subn counts in C without building a list of matches.
                cached.append(_ARABIC_RE.subn("", chunk)[1] > _LATIN_RE.subn("", chunk)[1])
            self._arabic_blocks[name] = cached
        return cached

    def is_arabic_at(self, name: str, offset: int) -> bool:
        ft = self.fields[name]
        block = ft.block_at(offset)
        return block is not None and self.arabic_blocks(name)[block.index]

    def finding(
        self,
        rule: str,
        name: str,
        start: int,
        end: int,
        message: UserMessage,
        fix: Fix | None = None,
    ) -> Finding:
        ft = self.fields.get(name)
        block = None
        text = ""
        if ft is not None:
            text = ft.text[start:end]
            if name == "body":
                found = ft.block_at(start)
                block = found.index if found is not None else None
        elif name == "slug":
            text = self.article.slug[start:end]
        return Finding(rule, RULES[rule].severity, Span(name, start, end, block), message, fix, text)


def msg(source: str, /, count: int | None = None, **args: str | int) -> UserMessage:
    """A check message; ``count`` for a ``%n`` message, numbers as ints (written in the reader's digits)."""
    return UserMessage(CTX, source, dict(args), count=count)


def fix(ft_text: str, start: int, end: int, replacement: str, label: UserMessage) -> Fix:
    return Fix(start, end, ft_text[start:end], replacement, label)
