"""Spell-checking Arabic and English in one article, with word lists that understand Arabic prefixes.

* Each word is checked in the language of its script: Arabic letters → hunspell ``ar``,
  Latin letters → ``en_US`` (brokers come from :func:`core.dictionaries.make_broker`,
  which prefers hunspell everywhere).
* ``word → bool`` results are cached; the cache is safe to read from the GUI thread
  while a worker fills it.
* Loading the Arabic dictionary takes about 260 ms, so :meth:`SpellChecker.load` is
  meant for a background task after the window is shown.
* enchant's personal word lists give added words no affixes (``لوكاشينكو`` is accepted,
  ``ولوكاشينكو`` is not), so Qalam keeps its own lists and strips the usual proclitics
  (و ف ب ل ك ال وال بال لل …) before looking a word up in them.
* Three lists: the starter list shipped with Qalam, the newsroom list shared by every
  user of the machine (importable from a text file) and the user's own list.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from editor_app.core import atomic_file
from editor_app.core.arabic_text import Token, script_of, strip_marks, tokenize
from editor_app.core.dictionaries import make_broker
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.sha import sha256_hex
from editor_app.core.spell_memory import SpellMemory, dictionary_identity
from editor_app.errors import QalamError

ARABIC = "ar"
ENGLISH = "en_US"
NEWSROOM_ENV = "QALAM_NEWSROOM_WORDLIST"

# Attached particles, longest first so that وال is tried before و.
PROCLITICS: tuple[str, ...] = tuple(
    sorted(
        {
            "و",
            "ف",
            "ب",
            "ل",
            "ك",
            "ال",
            "لل",
            "وال",
            "فال",
            "بال",
            "كال",
            "ولل",
            "فلل",
            "وب",
            "فب",
            "ول",
            "فل",
            "وك",
            "فك",
            "وبال",
            "فبال",
            "وكال",
            "فكال",
        },
        key=len,
        reverse=True,
    )
)
_MIN_STEM = 2


def default_newsroom_path() -> Path:
    """The machine-wide newsroom list: ``$QALAM_NEWSROOM_WORDLIST`` or the platform's shared data folder."""
    configured = os.environ.get(NEWSROOM_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.site_data_dir("qalam", appauthor=False)) / "wordlists" / "newsroom.txt"


def word_key(word: str) -> str:
    """How words are compared in Qalam's lists: no harakat or tatweel, Latin case-folded."""
    return strip_marks(word.strip()).casefold()


def stem_candidates(word: str) -> list[str]:
    """The word without each attached proclitic it may carry (``بالناتو`` → ``ناتو``, ``الناتو``).

    ``لل``, ``بال`` and the like swallow the article's alef, so the stem is also tried with ``ال``.
    """
    key = word_key(word)
    candidates: list[str] = []
    for prefix in PROCLITICS:
        if key.startswith(prefix) and len(key) - len(prefix) >= _MIN_STEM:
            stem = key[len(prefix) :]
            candidates.append(stem)
            if prefix.endswith("ال") or prefix.endswith("لل"):
                candidates.append("ال" + stem)
    return candidates


def read_word_file(path: Path) -> list[str]:
    """Words from a text file: one or more per line, ``#`` starts a comment; UTF-8 or Windows-1256."""
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1256"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = raw.decode("utf-8", errors="replace")
    words: list[str] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        words.extend(token.text for token in tokenize(line))
    return words


@dataclass
class WordList:
    """A set of accepted words, optionally backed by a UTF-8 file (one word a line)."""

    path: Path | None = None
    words: set[str] = field(default_factory=set)

    @classmethod
    def from_file(cls, path: Path | None) -> WordList:
        wordlist = cls(path)
        wordlist.reload()
        return wordlist

    def reload(self) -> None:
        self.words = set()
        if self.path is not None and self.path.is_file():
            self.words = {word_key(w) for w in read_word_file(self.path)}

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word_key(word) in self.words

    def __len__(self) -> int:
        return len(self.words)

    def accepts(self, word: str) -> bool:
        """True for a listed word, or a listed word with attached Arabic proclitics."""
        key = word_key(word)
        if key in self.words:
            return True
        if script_of(key) != ARABIC:
            return False
        return any(stem in self.words for stem in stem_candidates(key))

    def add(self, words: Iterable[str]) -> list[str]:
        """Add words and save the file; returns the keys that were new."""
        new = sorted({word_key(w) for w in words if word_key(w)} - self.words)
        if not new:
            return []
        if self.path is not None:
            # Merge with what is on disk now: another user may have added words meanwhile.
            on_disk = {word_key(w) for w in read_word_file(self.path)} if self.path.is_file() else set()
            self.words |= on_disk
            self._write(sorted(self.words | set(new)))
        self.words.update(new)
        return new

    def _write(self, words: Sequence[str]) -> None:
        assert self.path is not None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Shared word lists are group-writable (a newsroom's common list).
            atomic_file.write_text(self.path, "\n".join(words) + "\n", mode=0o664)
        except OSError as exc:
            raise QalamError(
                UserMessage(
                    "Spelling",
                    QT_TRANSLATE_NOOP("Spelling", "Could not save the word list {path}: {error}"),
                    {"path": str(self.path), "error": exc.strerror or str(exc)},
                )
            ) from exc


class SpellChecker:
    """Arabic + English spell-checking with a shared cache; thread-safe.

    Every enchant call happens under one lock (enchant dictionaries are not thread-safe);
    :meth:`cached` never takes the lock, so the GUI thread can paint with whatever is known.
    """

    def __init__(
        self,
        *,
        personal_path: Path | None = None,
        newsroom_path: Path | None = None,
        starter_paths: Sequence[Path] = (),
        languages: Sequence[str] = (ARABIC, ENGLISH),
        broker_factory: Callable[[], Any] = make_broker,
        memory: SpellMemory | None = None,
    ) -> None:
        self.languages = tuple(languages)
        self._broker_factory = broker_factory
        self._lock = threading.RLock()
        self._dicts: dict[str, Any] = {}
        self._loaded = False
        self.missing_languages: list[str] = []
        self.personal = WordList.from_file(personal_path)
        self.newsroom = WordList.from_file(newsroom_path)
        self.starter = WordList()
        for path in starter_paths:
            if path.is_file():
                self.starter.words |= {word_key(w) for w in read_word_file(path)}
        self.ignored: set[str] = set()
        self._cache: dict[str, bool] = {}
        self._ready = False  # answers can be given: remembered verdicts or the dictionaries are in
        self.memory = memory
        self._remembered: dict[str, bool] = {}  # the dictionaries' verdicts from earlier runs
        self._fresh: dict[str, bool] = {}  # the dictionaries' verdicts of this run, not remembered yet
        self._used: set[str] = set()  # words checked this run: kept first when the memory is trimmed
        self._identity: str | None = None  # answers_identity(), until a list changes

    # -- loading ---------------------------------------------------------------------------

    @property
    def is_loaded(self) -> bool:
        """The dictionaries are open."""
        return self._loaded

    @property
    def is_ready(self) -> bool:
        """Words can be judged: from the remembered verdicts (the dictionaries load when a new word
        needs them) or from the dictionaries."""
        return self._ready

    def prepare(self) -> SpellChecker:
        """Make answers available: the verdicts remembered from earlier runs (a few ms), else the
        dictionaries (≈ 260 ms for Arabic). Call it from a background task."""
        with self._lock:
            if self._ready:
                return self
            remembered = self.memory.load() if self.memory is not None else {}
            if remembered:
                cache = {word: ok or self._in_lists(word) for word, ok in remembered.items()}
                cache.update(self._cache)  # what this run worked out already stands
                self._remembered = remembered
                self._cache = cache  # one assignment: cached() on the GUI thread sees old or new
                self._ready = True
                return self
        return self.load()

    def remember(self) -> None:
        """Keep this run's new verdicts for the next start (at exit; a few ms)."""
        if self.memory is None:
            return
        with self._lock:
            if not self._fresh:
                return
            fresh, used, old = dict(self._fresh), list(self._used), dict(self._remembered)
            self._remembered.update(fresh)
            self._fresh.clear()
        self.memory.save(fresh, used, old)

    def _needs_dictionary(self, word: str) -> bool:
        return (
            not self._loaded
            and len(word) >= 2
            and word not in self._remembered
            and self.language_for(word) is not None
            and not self._in_lists(word)
        )

    def load(self) -> SpellChecker:
        """Open the dictionaries (≈ 260 ms for Arabic): call it from a background task."""
        with self._lock:
            if self._loaded:
                return self
            broker = self._broker_factory()
            for language in self.languages:
                if broker.dict_exists(language):
                    self._dicts[language] = broker.request_dict(language)
                else:
                    self.missing_languages.append(language)
            self._broker = broker
            self._loaded = True
            self._ready = True
        return self

    # -- checking --------------------------------------------------------------------------

    @staticmethod
    def language_for(word: str) -> str | None:
        script = script_of(word)
        if script == ARABIC:
            return ARABIC
        if script == "latin":
            return ENGLISH
        return None

    def answers_identity(self) -> str | None:
        """What every answer depends on: the dictionary files and the word lists' contents (for remembering
        work done with these answers, core/check_memory.py). None when a dictionary cannot be named."""
        identity = self._identity
        if identity is None:
            memory = self.memory
            dictionaries = memory.identity if memory is not None else dictionary_identity(self.languages)
            if dictionaries is None:
                return None
            with self._lock:
                lists = [sorted(words) for words in (
                    self.personal.words, self.newsroom.words, self.starter.words, self.ignored)]
            joined = "\n\0".join("\n".join(words) for words in lists)
            digest = sha256_hex(joined.encode("utf-8", "surrogatepass"))  # core/sha.py: no OpenSSL at start
            identity = self._identity = f"{dictionaries} | {digest}"
        return identity

    def known_answers(self) -> Mapping[str, bool]:
        """The answers worked out so far (read only; lock-free): a whole paragraph is looked up at C speed."""
        return self._cache

    def cached(self, word: str) -> bool | None:
        """The known answer for a word, or None when the dictionaries must be asked (lock-free, never
        calls enchant: the GUI thread paints with it)."""
        known = self._cache.get(word)
        if known is None and self._ready:
            # Answers that need no dictionary: too short or no script to check, in a word list, remembered.
            # Kept, so a reopened draft asks nothing of the runner (the lists are never remembered on disk).
            if len(word) < 2 or self.language_for(word) is None or self._in_lists(word):
                known = self._cache[word] = True
            else:
                known = self._remembered.get(word)
        return known

    def _in_lists(self, word: str) -> bool:
        return (
            word_key(word) in self.ignored
            or self.personal.accepts(word)
            or self.newsroom.accepts(word)
            or self.starter.accepts(word)
        )

    def _check_uncached(self, word: str) -> bool:
        if len(word) < 2:
            return True
        language = self.language_for(word)
        if language is None:
            return True
        if self._in_lists(word):
            return True
        remembered = self._remembered.get(word)
        if remembered is not None:
            return remembered
        dictionary = self._dicts.get(language)
        if dictionary is None:
            return True  # no dictionary for this script: nothing to flag
        verdict = self._fresh[word] = bool(dictionary.check(word))
        return verdict

    def check(self, word: str) -> bool:
        """True when the word is spelled correctly (or cannot be judged); loads dictionaries if needed."""
        known = self._cache.get(word)
        if known is not None:
            return known
        if self._needs_dictionary(word):
            self.load()
        with self._lock:
            result = self._check_uncached(word)
        self._cache[word] = result
        return result

    def check_words(self, words: Iterable[str], chunk: int = 256) -> dict[str, bool]:
        """Check many words (a worker's job), holding the lock only a chunk at a time; the dictionaries
        load first when a word is neither remembered nor in a list."""
        distinct = dict.fromkeys(words)
        self._used.update(distinct)
        todo = [w for w in distinct if w not in self._cache]
        if any(self._needs_dictionary(w) for w in todo):
            self.load()
        for i in range(0, len(todo), chunk):
            with self._lock:
                for word in todo[i : i + chunk]:
                    self._cache[word] = self._check_uncached(word)
        return {w: self._cache[w] for w in todo}

    def misspelled(self, text: str) -> list[Token]:
        tokens = tokenize(text)
        self.check_words(t.text for t in tokens)
        return [t for t in tokens if not self._cache.get(t.text, True)]

    def suggest(self, word: str, limit: int = 8) -> list[str]:
        """Suggestions on demand (25–160 ms): never call this while painting."""
        if not self._loaded:
            self.load()
        language = self.language_for(word)
        dictionary = self._dicts.get(language or "")
        if dictionary is None:
            return []
        with self._lock:
            found = list(dictionary.suggest(word))
        seen: list[str] = []
        for suggestion in found:
            if suggestion != word and suggestion not in seen:
                seen.append(suggestion)
        return seen[:limit]

    # -- teaching --------------------------------------------------------------------------

    def _forget_rejections(self) -> list[str]:
        """Drop cached rejections (an added word may accept several forms); returns them."""
        rejected = [w for w, ok in self._cache.items() if not ok]
        for word in rejected:
            self._cache.pop(word, None)
        return rejected

    def add_to_personal(self, word: str) -> None:
        """Accept the word (and its prefixed forms) from now on, for this user."""
        with self._lock:
            self.personal.add([word])
            self._identity = None
            self._forget_rejections()

    def ignore(self, word: str) -> None:
        """Accept this exact word until the program closes."""
        with self._lock:
            self.ignored.add(word_key(word))
            self._identity = None
            self._cache[word] = True

    def add_to_newsroom(self, words: Iterable[str]) -> list[str]:
        with self._lock:
            new = self.newsroom.add(words)
            if new:
                self._identity = None
                self._forget_rejections()
        return new

    def import_newsroom_list(self, source: Path) -> int:
        """Merge a text file of names into the shared newsroom list; returns how many were new."""
        try:
            words = read_word_file(source)
        except OSError as exc:
            raise QalamError(
                UserMessage(
                    "Spelling",
                    QT_TRANSLATE_NOOP("Spelling", "Could not read the word list {path}: {error}"),
                    {"path": str(source), "error": exc.strerror or str(exc)},
                )
            ) from exc
        return len(self.add_to_newsroom(words))

    def reload_lists(self) -> None:
        """Pick up words other users added to the newsroom list."""
        with self._lock:
            self.newsroom.reload()
            self.personal.reload()
            self._identity = None
            self._forget_rejections()
