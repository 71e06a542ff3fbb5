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

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor_app.core.checks.api import apply_fix, apply_fixes, body_text, run_checks
    from editor_app.core.checks.context import CheckContext, SpellCheck
    from editor_app.core.checks.house import HouseRules, RuleSetting
    from editor_app.core.checks.model import Finding, Fix, Severity, Span, StaleFix
    from editor_app.core.checks.registry import RULES, RuleDef
    from editor_app.core.checks.text import BodyText

# Where each name lives; ``api`` imports every rule, the others are light.
_HOME = {
    "RULES": "registry", "RuleDef": "registry", "BodyText": "text", "CheckContext": "context",
    "SpellCheck": "context", "HouseRules": "house", "RuleSetting": "house", "Finding": "model",
    "Fix": "model", "Severity": "model", "Span": "model", "StaleFix": "model", "apply_fix": "api",
    "apply_fixes": "api", "body_text": "api", "run_checks": "api",
}
__all__ = [
    "RULES", "BodyText", "CheckContext", "Finding", "Fix", "HouseRules", "RuleDef", "RuleSetting", "Severity",
    "Span", "SpellCheck", "StaleFix", "apply_fix", "apply_fixes", "body_text", "run_checks",
]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
