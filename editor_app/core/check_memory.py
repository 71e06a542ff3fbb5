"""The pre-publish check's findings for the drafts checked last, kept between runs.

Checking a 20,000-word draft costs 60-100 ms of Python on the task runner, and at start that work takes
turns with the window for the GIL while the text is laid out. Reopening a draft nobody changed gives the
same findings, so the findings of the last few drafts checked are kept in a small file next to the drafts
(``cache/check-findings.json``), written when the window closes, and the first check of a reopened draft
reads them instead of running.

A finding is only taken from the file when everything it was worked out from is the same: the draft
(every field but its timestamps), the house rules, the spelling answers (the dictionary files and the
word lists, see ``SpellChecker.answers_identity``), the other things the check was given, the check's own
code (its files' sizes and times) and Qalam's version. A check that looks the site's categories up in the
store is never remembered: the site can change without Qalam knowing. "Check again" always runs the check.
A damaged, foreign or cut-short file is ignored, and written again at the next close.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from editor_app.core import atomic_file
from editor_app.core.article import Article
from editor_app.core.checks.context import CheckContext
from editor_app.core.checks.house import HouseRules
from editor_app.core.checks.model import Finding, Fix, Severity, Span
from editor_app.core.code_identity import files_identity
from editor_app.core.i18n import UserMessage
from editor_app.core.sha import sha256_hex

log = logging.getLogger(__name__)

FORMAT = "qalam-check-findings 1"
MAX_DRAFTS = 8  # the drafts a writer goes back to in a day; ~200 KB each for a long, error-dense draft
# Kept out of the key: saving changes them, the check never reads them.
_VOLATILE = frozenset({"created_at", "updated_at", "trashed_at"})
_PLAIN = (str, int, float, bool, type(None))


@cache
def code_identity() -> str:
    """Qalam's version and the check rules' files (size and time): a rule edited in a working copy counts."""
    return files_identity(sorted(Path(__file__).with_name("checks").glob("*.py")))


def check_key(article: Article, house: HouseRules, spelling: str | None, extra: Sequence[object] = ()) -> str:
    """What a check's findings depend on, as one digest. ``spelling`` names the spelling answers
    (None: the check ran without spelling); ``extra``: the rest of its context, as plain values."""
    fields = [
        (f.name, getattr(article, f.name)) for f in dataclasses.fields(article) if f.name not in _VOLATILE
    ]
    parts = (FORMAT, code_identity(), repr(fields), repr(house), repr(spelling), repr(tuple(extra)))
    return sha256_hex("\0".join(parts).encode("utf-8", "surrogatepass"))  # core/sha.py: no OpenSSL at start


def remembered_key(article: Article, house: HouseRules, context: CheckContext) -> str | None:
    """The key findings of this check are remembered under; None when they may not be (the check reads the
    store's site terms, or its spelling answers cannot be named)."""
    if context.terms is not None:
        return None
    spelling = None
    if context.spell is not None:
        if context.spell_identity is None or (spelling := context.spell_identity()) is None:
            return None
    return check_key(article, house, spelling, (tuple(context.recent_titles), context.featured_media))


@dataclasses.dataclass(frozen=True)
class CheckOutcome:
    draft_id: str
    findings: list[Finding]
    key: str | None  # what to remember them under (None: not to be remembered)
    recalled: bool  # they come from the memory: the check did not run


def check_with_memory(
    article: Article,
    house: HouseRules,
    context: CheckContext,
    memory: CheckMemory | None,
    *,
    recall: bool = True,
) -> CheckOutcome:
    """The check's findings: remembered ones when nothing they depend on changed (``recall``), else
    worked out. Runs on the task runner."""
    key = remembered_key(article, house, context) if memory is not None else None
    if memory is not None and key is not None and recall:
        found = memory.recall(key)
        if found is not None:
            return CheckOutcome(article.id, found, key, True)
    # The rules only when they run: importing them is ~25 ms of the runner's time at start.
    from editor_app.core.checks.api import run_checks

    return CheckOutcome(article.id, run_checks(article, house, context), key, False)


def _message_json(message: UserMessage) -> dict[str, Any]:
    if not all(isinstance(v, _PLAIN) for v in message.args.values()):
        raise TypeError("a message argument that is not a plain value")
    return {
        "context": message.context, "text": message.text, "args": dict(message.args),
        "translated": sorted(message.translated_args), "count": message.count,
    }


def _message(data: dict[str, Any]) -> UserMessage:
    return UserMessage(
        str(data["context"]), str(data["text"]), dict(data["args"]),
        frozenset(data["translated"]), data["count"],
    )


def finding_json(finding: Finding) -> list[Any]:
    fix = finding.fix
    return [
        finding.rule, finding.severity.value,
        [finding.span.field, finding.span.start, finding.span.end, finding.span.block],
        _message_json(finding.message), finding.text,
        None if fix is None
        else [fix.start, fix.end, fix.original, fix.replacement, _message_json(fix.label)],
    ]


def finding_from_json(data: list[Any]) -> Finding:
    rule, severity, span, message, text, fix = data
    return Finding(
        str(rule), Severity(severity), Span(str(span[0]), int(span[1]), int(span[2]), span[3]),
        _message(message),
        None if fix is None else Fix(int(fix[0]), int(fix[1]), str(fix[2]), str(fix[3]), _message(fix[4])),
        str(text),
    )


class CheckMemory:
    """The findings of the last drafts checked; thread-safe (looked up on the task runner)."""

    def __init__(self, path: Path, max_drafts: int = MAX_DRAFTS) -> None:
        self.path = path
        self.max_drafts = max_drafts
        self._lock = threading.Lock()
        self._read = False
        # draft id -> (key, findings); newest last. Findings stay as read (JSON) until asked for.
        self._entries: dict[str, tuple[str, list[Finding] | list[list[Any]]]] = {}
        self._changed = False

    def recall(self, key: str) -> list[Finding] | None:
        """The findings remembered for this key (read from the file on first use), or None."""
        with self._lock:
            self._read_file()
            for draft_id, (known, findings) in self._entries.items():
                if known == key:
                    try:
                        found = [f if isinstance(f, Finding) else finding_from_json(f) for f in findings]
                    except (KeyError, IndexError, TypeError, ValueError) as exc:
                        log.info("remembered check findings unusable (%s)", exc)
                        del self._entries[draft_id]
                        return None
                    self._entries[draft_id] = (known, found)
                    return found
        return None

    def remember(self, draft_id: str, key: str, findings: Sequence[Finding]) -> None:
        """The findings of a check that ran (cheap: kept as they are until :meth:`save`); only the newest
        ``max_drafts`` drafts' are kept, an editor going through a hundred drafts holds eight."""
        with self._lock:
            self._entries.pop(draft_id, None)
            self._entries[draft_id] = (key, list(findings))
            while len(self._entries) > self.max_drafts:
                del self._entries[next(iter(self._entries))]
            self._changed = True

    def save(self) -> None:
        """Write the newest entries (at exit). A full disk or a finding that cannot be written: no file."""
        with self._lock:
            if not self._changed:
                return
            self._read_file()  # the entries of earlier runs stay, behind this run's
            newest = list(self._entries.items())[-self.max_drafts:]
            try:
                drafts = [
                    {"id": draft_id, "key": key,
                     "findings": [f if not isinstance(f, Finding) else finding_json(f) for f in findings]}
                    for draft_id, (key, findings) in newest
                ]
            except TypeError as exc:
                log.info("check findings not remembered (%s)", exc)
                return
            self._changed = False
        body = json.dumps({"format": FORMAT, "drafts": drafts}, ensure_ascii=False, separators=(",", ":"))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_file.write_text(self.path, body, fsync=False)  # a cache: checked on reading
        except OSError as exc:
            log.info("check findings not written (%s)", exc)

    def _read_file(self) -> None:
        if self._read:
            return
        self._read = True
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                return
            older: dict[str, tuple[str, list[Finding] | list[list[Any]]]] = {}
            for entry in data["drafts"]:
                draft_id, key, findings = str(entry["id"]), str(entry["key"]), entry["findings"]
                if isinstance(findings, list):
                    older[draft_id] = (key, findings)
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            log.info("check findings not read (%s)", exc)
            return
        # What this run remembered already stands: it goes after (newer than) what the file had.
        for draft_id in self._entries:
            older.pop(draft_id, None)
        older.update(self._entries)
        self._entries = older
