"""The app's one spell checker, made without Qt so the launcher can start loading it before PySide6."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor_app.core.spell_memory import SpellMemory
from editor_app.core.spelling import SpellChecker, default_newsroom_path
from editor_app.paths import resource_dir


def make_spellchecker(ctx: Any) -> SpellChecker:
    """The app's one checker (word lists and cache shared by every editor); not loaded yet."""
    services = getattr(ctx, "services", {}) or {}
    existing = services.get("spellchecker")
    if isinstance(existing, SpellChecker):
        return existing
    paths = getattr(ctx, "paths", None)
    personal = Path(paths.data_dir) / "wordlists" / "personal.txt" if paths is not None else None
    checker = SpellChecker(
        personal_path=personal,
        newsroom_path=default_newsroom_path(),
        starter_paths=[resource_dir() / "wordlists" / "newsroom-ar.txt"],
    )
    if paths is not None:  # the dictionaries' answers from earlier runs: a reopened draft needs no dictionary
        checker.memory = SpellMemory(memory_file(Path(paths.data_dir)), checker.languages)
    if isinstance(services, dict):
        services["spellchecker"] = checker
    return checker


def memory_file(data_dir: Path) -> Path:
    return data_dir / "cache" / "spelling-verdicts.txt"
