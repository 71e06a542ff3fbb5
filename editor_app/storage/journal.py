"""The recovery journal: the open drafts' latest text in small files, written on every autosave.

Each autosave replaces ``recovery/<article id>.json`` atomically (write a temporary file,
fsync it, rename over the old one). A ``kill -9`` therefore loses nothing that an autosave
call returned from, and a power cut loses at most the autosave in flight. When the text is
safely in the database the file is removed; a file found at start-up holds text that never
reached the database (or was newer than it), which the store offers back to the user.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor_app.core import atomic_file

log = logging.getLogger(__name__)

JOURNAL_VERSION = 1


@dataclass(frozen=True)
class JournalEntry:
    article_id: str
    seq: int
    saved_at: str  # UTC text, storage.models.TIME_FORMAT
    explicit: bool
    note: str
    article: dict[str, Any]


class RecoveryJournal:
    def __init__(self, folder: Path, *, fsync: bool = True) -> None:
        self.folder = folder
        self.fsync = fsync
        folder.mkdir(parents=True, exist_ok=True)
        try:
            folder.chmod(0o700)
        except OSError:
            pass
        # Half-written files from a crash. Only old ones: another Qalam process (the GUI while a
        # `qalam` command runs) may be writing one right now. (*.tmp: the names older versions used.)
        atomic_file.remove_stale_temporaries(folder, older_than=60)
        atomic_file.remove_stale_temporaries(folder, older_than=60, pattern="*.tmp")

    def path_for(self, article_id: str) -> Path:
        return self.folder / f"{article_id}.json"

    def write(self, entry: JournalEntry) -> None:
        data = json.dumps(
            {
                "version": JOURNAL_VERSION,
                "article_id": entry.article_id,
                "seq": entry.seq,
                "saved_at": entry.saved_at,
                "explicit": entry.explicit,
                "note": entry.note,
                "article": entry.article,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode("utf-8")
        # On failure (a full disk) the temporary file is removed and the previous entry stays whole.
        atomic_file.write_bytes(self.path_for(entry.article_id), data, mode=0o600, fsync=self.fsync)

    def remove(self, article_id: str) -> None:
        self.path_for(article_id).unlink(missing_ok=True)

    def read(self, path: Path) -> JournalEntry | None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return JournalEntry(
                article_id=str(raw["article_id"]),
                seq=int(raw["seq"]),
                saved_at=str(raw["saved_at"]),
                explicit=bool(raw.get("explicit", False)),
                note=str(raw.get("note", "")),
                article=dict(raw["article"]),
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("unreadable recovery file %s: %s", path, exc)
            return None

    def entries(self) -> list[JournalEntry]:
        found = []
        for path in sorted(self.folder.glob("*.json")):
            entry = self.read(path)
            if entry is not None:
                found.append(entry)
        return found
