"""The pre-publish check: what an editor would catch before a story goes out, in Arabic house style.

Use::

    findings = run_checks(article, HouseRules.default(), CheckContext(spell=..., recent_titles=...))
    article = apply_fix(article, findings[0])          # one-click fix

Each :class:`Finding` has a rule id, a severity, a :class:`Span` (field + offsets in that
field's plain text; for the body, the text of :func:`body_text`, which matches the editor's
``QTextDocument.toPlainText()``), a :class:`~editor_app.core.i18n.UserMessage` and maybe a
:class:`Fix`. Findings come sorted by field, then position.

The package imports its rules lazily: ``from editor_app.core.checks import run_checks`` loads them
all (checks/api.py), but importing one rule module does not, so the window can import them a few
at a time after its first paint (gui/stepwise.py, gui/import_order.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor_app.core.checks.api import (
        RULES,
        BodyText,
        CheckContext,
        Finding,
        Fix,
        HouseRules,
        RuleDef,
        RuleSetting,
        Severity,
        Span,
        SpellCheck,
        StaleFix,
        apply_fix,
        apply_fixes,
        body_text,
        run_checks,
    )

__all__ = [
    "RULES",
    "BodyText",
    "CheckContext",
    "Finding",
    "Fix",
    "HouseRules",
    "RuleDef",
    "RuleSetting",
    "Severity",
    "Span",
    "SpellCheck",
    "StaleFix",
    "apply_fix",
    "apply_fixes",
    "body_text",
    "run_checks",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from editor_app.core.checks import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
