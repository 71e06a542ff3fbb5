"""What a check finds: a rule id, a severity, the exact span and, where one is safe, a fix."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.errors import QalamError

CTX = "Checks"

# The fields a span can point into. "body" offsets are in the body's plain text (see checks.text).
FIELDS = ("title", "subtitle", "excerpt", "slug", "body", "categories", "tags", "featured_media")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True)
class Span:
    """``[start, end)`` in the plain text of ``field``; ``block`` is the body block index when in the body."""

    field: str
    start: int
    end: int
    block: int | None = None


class StaleFix(QalamError):
    """The text changed since the check ran; run the check again."""


@dataclass(frozen=True)
class Fix:
    """Replace ``[start, end)`` (still reading ``original``) with ``replacement``; nothing else moves."""

    start: int
    end: int
    original: str
    replacement: str
    label: UserMessage

    def apply(self, text: str) -> str:
        if text[self.start : self.end] != self.original:
            raise StaleFix(
                UserMessage(
                    CTX,
                    QT_TRANSLATE_NOOP("Checks", "The text has changed since it was checked; check it again."),
                )
            )
        return text[: self.start] + self.replacement + text[self.end :]

    __call__ = apply

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "replacement": self.replacement,
            "label": self.label.render(),
        }


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    span: Span
    message: UserMessage
    fix: Fix | None = None
    text: str = ""  # what the span covers, for lists and JSON

    def to_json(self, translate: object | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "field": self.span.field,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.text,
            "message": self.message.render(translate),
        }
        if self.span.block is not None:
            out["block"] = self.span.block
        out["fix"] = self.fix.to_json() if self.fix is not None else None
        return out


@dataclass
class RuleInfo:
    """A rule as the settings page lists it."""

    id: str
    severity: Severity
    title: UserMessage
    options: tuple[str, ...] = field(default_factory=tuple)
