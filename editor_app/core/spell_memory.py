"""The dictionaries' answers for words met before, kept between runs.

Loading hunspell's Arabic dictionary costs ~260 ms of CPU and ~20 MB, and checking the 6,000 different
words of a long article another ~130 ms: work every start repeated for the draft the writer left open.
The answers only change when the dictionary files do, so Qalam keeps them in a small file (one word
per line, split in accepted and rejected) next to the drafts, and reopening a draft needs no dictionary
at all until a word it has never seen is typed; the dictionary then loads in the background.

Only hunspell's own verdicts are kept: the word lists (personal, newsroom, starter) and "ignore" are
applied over them at every run, so adding a word to a list never leaves a stale answer behind.

The file names the dictionary files it was made with (path, size, modification time); when any of them
changed (a new hunspell-ar package), when one cannot be found, or when the file is damaged, nothing is
taken from it and it is written again from scratch.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from pathlib import Path

from editor_app.core import atomic_file

log = logging.getLogger(__name__)

FORMAT = "qalam-spelling-verdicts 1"
MAX_WORDS = 60_000  # ~6 MB in memory; a newsroom's working vocabulary over months
_GOOD = "[accepted]"
_BAD = "[rejected]"


def enchant_config_folder() -> Path:
    config = os.environ.get("ENCHANT_CONFIG_DIR")
    if config:
        return Path(config)
    return Path(os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")) / "enchant"


def dictionary_folders() -> list[Path]:
    """Where enchant's hunspell provider looks for ``LANG.dic``/``LANG.aff``, in its order."""
    folders: list[Path] = [enchant_config_folder() / "hunspell"]
    for entry in os.environ.get("DICPATH", "").split(os.pathsep):
        if entry:
            folders.append(Path(entry))
    folders += [Path("/usr/share/hunspell"), Path("/usr/share/myspell"), Path("/usr/share/myspell/dicts")]
    return folders


def dictionary_identity(languages: Sequence[str], folders: Sequence[Path] | None = None) -> str | None:
    """A line naming the files each language's dictionary comes from; None when one is not found
    (then nothing may be remembered: the answers could come from a dictionary nobody can watch)."""
    parts = []
    for language in languages:
        for folder in folders if folders is not None else dictionary_folders():
            files = [folder / f"{language}.dic", folder / f"{language}.aff"]
            try:
                stats = [f.stat() for f in files]
            except OSError:
                continue
            pairs = zip(files, stats, strict=True)
            parts.append(" ".join(f"{f}:{st.st_size}:{st.st_mtime_ns}" for f, st in pairs))
            break
        else:
            return None
        # enchant's own word lists for the language (words added through other programs) answer too. By
        # size only: enchant creates them empty, and touches them, when it opens a dictionary.
        config = enchant_config_folder()
        for extra in (config / f"{language}.dic", config / f"{language}.exc"):
            try:
                size = extra.stat().st_size
            except OSError:
                size = 0
            parts.append(f"{extra}:{size}")
    return " | ".join(parts)


class SpellMemory:
    """Reads and writes the remembered verdicts of one set of dictionaries."""

    def __init__(self, path: Path, languages: Sequence[str], folders: Sequence[Path] | None = None) -> None:
        self.path = path
        self.languages = tuple(languages)
        self.folders = folders

    @cached_property
    def identity(self) -> str | None:
        """Worked out once, when first needed (a few stat calls, not on the way to the first paint)."""
        return dictionary_identity(self.languages, self.folders)

    def load(self) -> dict[str, bool]:
        """The remembered verdicts; empty when there are none or they do not belong to these dictionaries."""
        if self.identity is None:
            return {}
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError) as exc:
            log.info("spelling memory not read (%s)", exc)
            return {}
        head, _, rest = text.partition("\n")
        identity, _, rest = rest.partition("\n")
        good, marker, bad = rest.partition(f"\n{_BAD}\n")
        if head != FORMAT or identity != self.identity or not marker or not good.startswith(_GOOD):
            return {}  # another version, other dictionaries, or a file cut short
        verdicts = dict.fromkeys(good[len(_GOOD) + 1 :].split("\n"), True)
        verdicts.update(dict.fromkeys(bad.split("\n"), False))
        verdicts.pop("", None)
        return verdicts

    def save(self, fresh: Mapping[str, bool], used: Iterable[str], old: Mapping[str, bool]) -> None:
        """Write the verdicts: this run's new ones, old ones met again, then the rest, up to MAX_WORDS."""
        if self.identity is None:
            return
        kept: dict[str, bool] = dict(fresh)
        for word in used:
            if len(kept) >= MAX_WORDS:
                break
            verdict = old.get(word)
            if verdict is not None:
                kept.setdefault(word, verdict)
        for word, verdict in old.items():
            if len(kept) >= MAX_WORDS:
                break
            kept.setdefault(word, verdict)
        good = [w for w, ok in kept.items() if ok and "\n" not in w]
        bad = [w for w, ok in kept.items() if not ok and "\n" not in w]
        body = "\n".join([FORMAT, self.identity, _GOOD, *good, _BAD, *bad]) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_file.write_text(self.path, body, fsync=False)  # a cache: checked on reading
        except OSError as exc:  # a full disk: the answers are worked out again next time
            log.info("spelling memory not written (%s)", exc)
