"""The newsroom's house rules: which checks run, how severe each is, and the style choices behind them.

Kept as a JSON file a newsroom can share (``resources/house_rules.json`` is the default).
Unknown keys are ignored and missing ones take the defaults, so an old file keeps working.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from editor_app.core import atomic_file
from editor_app.core.checks.model import CTX, Severity
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.errors import QalamError

DIGIT_STYLES = ("consistent", "western", "arabic-indic")


@dataclass
class RuleSetting:
    enabled: bool = True
    severity: Severity | None = None  # None: the rule's default


@dataclass
class HouseRules:
    rules: dict[str, RuleSetting] = field(default_factory=dict)
    digit_style: str = "consistent"
    headline_max_chars: int = 80
    excerpt_min_chars: int = 60
    excerpt_max_chars: int = 300
    slug_max_bytes: int = 200
    require_featured_image: bool = True
    duplicate_similarity: float = 0.9
    known_latin_terms: list[str] = field(default_factory=list)
    ui_words: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._known = frozenset(t.casefold() for t in self.known_latin_terms)
        self._ui = frozenset(t.casefold() for t in self.ui_words)

    def is_known_term(self, term: str) -> bool:
        return term.casefold() in self._known

    def is_ui_word(self, term: str) -> bool:
        return term.casefold() in self._ui

    def enabled(self, rule: str) -> bool:
        setting = self.rules.get(rule)
        return setting.enabled if setting is not None else True

    def severity(self, rule: str, default: Severity) -> Severity:
        setting = self.rules.get(rule)
        return setting.severity if setting is not None and setting.severity is not None else default

    # --- files ---------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["rules"] = {
            rid: {"enabled": s.enabled, **({"severity": s.severity.value} if s.severity else {})}
            for rid, s in sorted(self.rules.items())
        }
        return {"version": 1, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HouseRules:
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: v for k, v in data.items() if k in known and k != "rules"}
        rules: dict[str, RuleSetting] = {}
        for rid, raw in (data.get("rules") or {}).items():
            if isinstance(raw, bool):
                rules[str(rid)] = RuleSetting(enabled=raw)
            elif isinstance(raw, dict):
                sev = raw.get("severity")
                rules[str(rid)] = RuleSetting(
                    enabled=bool(raw.get("enabled", True)),
                    severity=Severity(sev) if sev in {s.value for s in Severity} else None,
                )
        values["rules"] = rules
        if values.get("digit_style") not in DIGIT_STYLES:
            values["digit_style"] = "consistent"
        for key in ("headline_max_chars", "excerpt_min_chars", "excerpt_max_chars", "slug_max_bytes"):
            if key in values:
                values[key] = int(values[key])
        for key in ("known_latin_terms", "ui_words"):
            if key in values:
                values[key] = [str(v) for v in values[key]]
        return cls(**values)

    @classmethod
    def load(cls, path: str | Path) -> HouseRules:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
            return cls.from_dict(data)
        except (OSError, UnicodeDecodeError, ValueError, TypeError) as exc:
            raise QalamError(
                UserMessage(
                    CTX,
                    QT_TRANSLATE_NOOP("Checks", "The house rules file {path} cannot be read: {reason}"),
                    {"path": str(path), "reason": str(exc)},
                )
            ) from exc

    def save(self, path: str | Path) -> None:
        path = Path(path)
        try:
            atomic_file.write_text(path, json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n")
        except OSError as exc:
            raise QalamError(
                UserMessage(
                    CTX,
                    QT_TRANSLATE_NOOP("Checks", "The house rules cannot be saved to {path}: {reason}"),
                    {"path": str(path), "reason": exc.strerror or str(exc)},
                )
            ) from exc

    @classmethod
    def default(cls) -> HouseRules:
        """The shipped defaults (``resources/house_rules.json``), or built-in values if it is missing."""
        from editor_app.paths import resource_dir

        path = resource_dir() / "house_rules.json"
        if path.is_file():
            return cls.load(path)
        return cls()


HOUSE_RULES_FILE = "house_rules.json"  # in the settings folder: the newsroom's rules, else the shipped ones


def user_house_rules(config_dir: str | Path) -> HouseRules:
    """The house rules in ``config_dir`` (the app's and the command line's), or the shipped defaults.
    Raises QalamError when the file is there but unreadable."""
    path = Path(config_dir) / HOUSE_RULES_FILE
    return HouseRules.load(path) if path.is_file() else HouseRules.default()
