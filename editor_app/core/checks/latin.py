"""Latin words left in Arabic sentences: agency names, months, weekdays, English phrases, interface words,
untranslated quotations (rule ``latin-fragment``), and Latin names that may stay (rule ``latin-name``).

The word lists are data (``resources/checks/latin_leftovers.json``): a newsroom copies the file to
``latin_leftovers.json`` in Qalam's config folder and edits it; its entries are added to the shipped
ones (see :func:`word_lists`). Each finding names the word and its sentence and, where the list
knows one, the Arabic form, with a one-click fix to it (``ذكرت Reuters`` → ``ذكرت رويترز``).

What is reported, in a block of Arabic text (or a short Latin-only line in an Arabic article):
* a run of Latin words inside quotation marks, of at least ``min_quote_words`` words: an untranslated
  quotation (no fix: it needs a translator);
* a known phrase, agency, month or weekday: its Arabic form (warning; fix);
* an interface word (house rules' ``ui_words``) or other lower-case words: a leftover (warning; fix:
  remove it, as before);
* other capitalised words (a name the translation left in Latin): write it in Arabic letters? (warning);
* all-caps acronyms (NATO, EU) and Latin names right after a naming noun (``شركة Google``، ``شبكة CNN``،
  ``موقع X``): ``latin-name``, a notice at most (never blocks publishing, whatever the house rules
  say), with the Arabic form where one is known.
URLs, e-mail addresses, digits and the house rules' ``known_latin_terms`` are left alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from editor_app.core.arabic_normalize import fold_letters, light_normalize
from editor_app.core.arabic_stem import forms
from editor_app.core.checks.document import TEXT_FIELDS, CheckDocument, fix, msg
from editor_app.core.checks.model import Finding
from editor_app.core.i18n import QT_TRANSLATE_NOOP

RULE_IDS = ("latin-fragment", "latin-name")
FILE_NAME = "latin_leftovers.json"

_LATIN_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’\-]*")
_ARABIC_RE = re.compile("[\u0600-\u06ff]")
_ARABIC_WORD_RE = re.compile(
    "[\u0621-\u064a\u0671-\u06d3][\u0610-\u061a\u064b-\u065f\u0621-\u064a\u0670-\u06d3\u0640]*")
_URLISH_BEFORE = "/@.:\\_#=&?%"
_URLISH_AFTER = "/@_=&?%\\"
_OPEN_QUOTES = "«“\"‘'‹„"
_CLOSE_QUOTES = "»”\"’'›“"
_SENTENCE_END = re.compile(r"[.!?؟؛\n]")
MAX_PHRASE_WORDS = 4
SENTENCE_MAX = 120

# What the user is told (lupdate collects these: one literal per line).
MSG_QUOTE = QT_TRANSLATE_NOOP("Checks", "Untranslated quotation “{text}” in: {sentence}")
MSG_KNOWN = QT_TRANSLATE_NOOP("Checks", "“{text}” in Latin letters in: {sentence} — in Arabic: “{arabic}”.")
MSG_WRITE = QT_TRANSLATE_NOOP("Checks", "Replace with “{arabic}”")
MSG_AFTER_NOUN = QT_TRANSLATE_NOOP("Checks", "“{text}” after “{noun}” stays in Latin letters: fine for a name, or write it in Arabic?")  # noqa: E501
MSG_ACRONYM = QT_TRANSLATE_NOOP("Checks", "The acronym “{text}” is in Latin letters: fine, or write it in Arabic?")  # noqa: E501
MSG_NAME = QT_TRANSLATE_NOOP("Checks", "“{text}” is in Latin letters in: {sentence} — write it in Arabic letters?")  # noqa: E501
MSG_UI = QT_TRANSLATE_NOOP("Checks", "“{text}” looks like an untranslated interface word, in: {sentence}")
MSG_LEFTOVER = QT_TRANSLATE_NOOP("Checks", "Latin “{text}” in Arabic text, a leftover? In: {sentence}")
MSG_REMOVE = QT_TRANSLATE_NOOP("Checks", "Remove “{text}”")


@dataclass(frozen=True)
class WordLists:
    naming_nouns: frozenset[str]  # folded, light-normalised
    known: dict[str, str]  # lower-cased Latin (one or more words) → Arabic form ("" = none known)
    min_quote_words: int = 3


def _merge(data: dict[str, object], nouns: set[str], known: dict[str, str], quote: list[int]) -> None:
    listed = data.get("naming_nouns")
    for noun in listed if isinstance(listed, list) else []:
        nouns.add(fold_letters(light_normalize(str(noun))))
    for group in ("months", "weekdays", "agencies", "phrases"):
        entries = data.get(group) or {}
        if isinstance(entries, dict):
            for latin, arabic in entries.items():
                known[" ".join(str(latin).casefold().split())] = str(arabic or "")
    minimum = data.get("min_quote_words")
    if isinstance(minimum, int) and minimum > 0:
        quote[0] = minimum


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}  # a broken newsroom file must not stop the check: the shipped lists still apply
    return data if isinstance(data, dict) else {}


@lru_cache(maxsize=8)
def _load(files: tuple[tuple[str, float], ...]) -> WordLists:
    nouns: set[str] = set()
    known: dict[str, str] = {}
    quote = [3]
    for name, _mtime in files:
        _merge(_read(Path(name)), nouns, known, quote)
    return WordLists(frozenset(nouns), known, quote[0])


def word_lists(extra: Path | None = None) -> WordLists:
    """The shipped lists plus the newsroom's (``latin_leftovers.json`` in the config folder, or ``extra``)."""
    from editor_app.paths import resolve_paths, resource_dir

    candidates = [resource_dir() / "checks" / FILE_NAME, extra or resolve_paths().config_dir / FILE_NAME]
    files = []
    for path in candidates:
        try:
            files.append((str(path), path.stat().st_mtime))
        except OSError:
            continue
    return _load(tuple(files))


@dataclass
class _Word:
    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        return self.text.casefold()

    @property
    def acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def _is_urlish(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if before and before in _URLISH_BEFORE:
        return True
    if after and after in _URLISH_AFTER:
        return True
    return after in ".:" and after2.isascii() and after2.isalnum()


def _runs(words: list[_Word], text: str) -> list[list[_Word]]:
    """Neighbouring Latin words (only spaces between them) make one run."""
    runs: list[list[_Word]] = []
    for word in words:
        if runs and not text[runs[-1][-1].end : word.start].strip():
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _sentence(text: str, block_start: int, block_end: int, start: int, end: int) -> str:
    """The sentence around ``[start, end)``, shortened to about :data:`SENTENCE_MAX` characters."""
    lo = block_start
    for m in _SENTENCE_END.finditer(text, block_start, start):
        lo = m.end()
    after = _SENTENCE_END.search(text, end, block_end)
    hi = after.end() if after else block_end
    sentence = " ".join(text[lo:hi].split())
    if len(sentence) <= SENTENCE_MAX:
        return sentence
    at = sentence.find(text[start:end])
    left = max(0, at - SENTENCE_MAX // 2)
    piece = sentence[left : left + SENTENCE_MAX]
    return ("… " if left else "") + piece.strip() + (" …" if left + SENTENCE_MAX < len(sentence) else "")


def _after_naming_noun(text: str, block_start: int, start: int, lists: WordLists) -> str | None:
    """The naming noun right before ``start`` (``شركة``، ``وشركة``، ``الشركة``…), if there is one."""
    before = text[block_start:start].rstrip(" \u00a0:«“\"(")
    found: re.Match[str] | None = None
    for m in _ARABIC_WORD_RE.finditer(before):
        found = m
    if found is None or found.end() != len(before):
        return None
    word = light_normalize(found.group())
    return found.group() if not lists.naming_nouns.isdisjoint(forms(word)) else None


def _quoted(text: str, block_start: int, block_end: int, run: list[_Word]) -> bool:
    before = text[block_start : run[0].start].rstrip()
    after = text[run[-1].end : block_end].lstrip(" .,!?;:")
    return bool(before) and before[-1] in _OPEN_QUOTES and bool(after) and after[0] in _CLOSE_QUOTES


def _check_field(doc: CheckDocument, name: str, lists: WordLists) -> Iterator[Finding]:
    ft = doc.fields[name]
    text = ft.text
    arabic = doc.arabic_blocks(name)
    house = doc.house
    fragments = doc.house.enabled("latin-fragment")
    names = doc.house.enabled("latin-name")
    for block in ft.blocks:
        chunk = text[block.start : block.end]
        if not arabic[block.index]:
            if _ARABIC_RE.search(chunk):
                # More Latin letters than Arabic ones, but not mostly Latin words: an Arabic sentence with
                # leftovers ("وقالت وكالة Associated Press إن الخبر according to مصادر", a quotation).
                if 2 * len(_ARABIC_WORD_RE.findall(chunk)) < len(_LATIN_WORD_RE.findall(chunk)):
                    continue
            elif not doc.arabic_article or len(chunk.split()) > 4:
                continue  # a Latin paragraph; a short Latin-only line in an Arabic article ("SHARE:") is not
        words = []
        for m in _LATIN_WORD_RE.finditer(chunk):
            start, end = block.start + m.start(), block.start + m.end()
            word = m.group().rstrip("'’-")
            end = start + len(word)
            if word and not _is_urlish(text, start, end) and not house.is_known_term(word):
                words.append(_Word(start, end, word))
        for run in _runs(words, text):
            whole = text[run[0].start : run[-1].end]
            if house.is_known_term(whole):
                continue
            if len(run) >= lists.min_quote_words and _quoted(text, block.start, block.end, run):
                if fragments:
                    yield doc.finding("latin-fragment", name, run[0].start, run[-1].end, msg(
                        MSG_QUOTE, text=whole, sentence=_sentence(text, block.start, block.end, run[0].start,
                                                       run[-1].end)))
                continue
            noun = _after_naming_noun(text, block.start, run[0].start, lists)
            yield from _run_findings(doc, name, block.start, block.end, run, noun, lists, fragments, names)


def _run_findings(doc: CheckDocument, name: str, block_start: int, block_end: int, run: list[_Word],
                  noun: str | None, lists: WordLists, fragments: bool, names: bool) -> Iterator[Finding]:
    """Findings for one run: the longest known phrases first, the words between them by their kind."""
    text = doc.fields[name].text
    segments: list[tuple[list[_Word], str | None]] = []  # (words, Arabic form; None: no list knows them)
    i = 0
    while i < len(run):
        size = next((n for n in range(min(MAX_PHRASE_WORDS, len(run) - i), 0, -1)
                     if " ".join(w.key for w in run[i : i + n]) in lists.known), 0)
        if size:
            words = run[i : i + size]
            segments.append((words, lists.known[" ".join(w.key for w in words)]))
            i += size
            continue
        if segments and segments[-1][1] is None:
            segments[-1][0].append(run[i])
        else:
            segments.append(([run[i]], None))
        i += 1
    for index, (words, arabic) in enumerate(segments):
        after = noun if index == 0 else None
        start, end = words[0].start, words[-1].end
        if arabic:
            notice = after is not None or all(w.acronym for w in words)
            if names if notice else fragments:
                rule = "latin-name" if notice else "latin-fragment"
                sentence = _sentence(text, block_start, block_end, start, end)
                yield doc.finding(rule, name, start, end, msg(
                    MSG_KNOWN, text=text[start:end], sentence=sentence, arabic=arabic),
                    fix(text, start, end, arabic, msg(MSG_WRITE, arabic=arabic)))
        elif arabic == "":  # a known phrase with nothing to say instead ("read more"): remove it
            if fragments:
                yield _removal(doc, name, block_start, block_end, start, end, ui=True)
        else:
            yield from _unknown(doc, name, block_start, block_end, words, after, fragments, names)


def _unknown(doc: CheckDocument, name: str, block_start: int, block_end: int, words: list[_Word],
             noun: str | None, fragments: bool, names: bool) -> Iterator[Finding]:
    """Words no list knows: after a naming noun, a name (notice); otherwise acronyms (notice), capitalised
    names (write them in Arabic?) and lower-case leftovers or interface words (remove them)."""
    text = doc.fields[name].text
    house = doc.house
    if noun is not None:
        if names:
            start, end = words[0].start, words[-1].end
            yield doc.finding("latin-name", name, start, end, msg(
                MSG_AFTER_NOUN, text=text[start:end], noun=noun))
        return
    groups: list[tuple[str, list[_Word]]] = []  # ("drop" | "name", words), neighbours of a kind together
    for word in words:
        kind = "drop" if house.is_ui_word(word.text) or word.text == word.text.lower() else "name"
        if groups and groups[-1][0] == kind:
            groups[-1][1].append(word)
        else:
            groups.append((kind, [word]))
    for kind, group in groups:
        start, end = group[0].start, group[-1].end
        sentence = _sentence(text, block_start, block_end, start, end)
        if kind == "name" and all(w.acronym for w in group):
            if names:
                yield doc.finding("latin-name", name, start, end, msg(
                    MSG_ACRONYM, text=text[start:end]))
        elif kind == "name":
            if fragments:
                yield doc.finding("latin-fragment", name, start, end, msg(
                    MSG_NAME, text=text[start:end], sentence=sentence))
        elif fragments:
            ui = all(house.is_ui_word(w.text) for w in group)
            yield _removal(doc, name, block_start, block_end, start, end, ui=ui)


def _removal(doc: CheckDocument, name: str, block_start: int, block_end: int, start: int, end: int, *,
             ui: bool) -> Finding:
    """A leftover to remove, with a colon right after it and one neighbouring space."""
    text = doc.fields[name].text
    fragment = text[start:end]
    sentence = _sentence(text, block_start, block_end, start, end)
    if ui:
        message = msg(MSG_UI, text=fragment, sentence=sentence)
    else:
        message = msg(MSG_LEFTOVER, text=fragment, sentence=sentence)
    fix_start, fix_end = start, end
    if fix_end < block_end and text[fix_end] in ":：":
        fix_end += 1
    if fix_start > block_start and text[fix_start - 1] == " ":
        fix_start -= 1
    elif fix_end < block_end and text[fix_end] == " ":
        fix_end += 1
    return doc.finding("latin-fragment", name, start, end, message, fix(
        text, fix_start, fix_end, "", msg(MSG_REMOVE, text=fragment)))


def check(doc: CheckDocument) -> Iterator[Finding]:
    if not (doc.house.enabled("latin-fragment") or doc.house.enabled("latin-name")):
        return
    lists = word_lists()
    for name in TEXT_FIELDS:
        if doc.fields[name].text:
            yield from _check_field(doc, name, lists)
