"""Finding the article in text or HTML copied from a news site, and stripping what surrounds it.

A copied page is cut into blocks (paragraphs, headings, list items). Rules kept as data
(``resources/boilerplate_rules.json``, extendable with a newsroom's own file) mark blocks
that are share buttons, "published on" lines, subscription and cookie notices, advertisement
markers, disclaimers and "latest news" tails. Of what is left, the first block that reads
like a paragraph starts the body; the headline is the heading (or the longest line) before
it, and a short line just above the headline is the category.

Nothing is thrown away: every stripped block comes back in :attr:`CleanResult.stripped`
with its reason, and :meth:`CleanResult.restore` puts chosen blocks back into the body.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.errors import QalamError

_CTX = "Boilerplate"

TAIL_ENDS_AT_WORDS = 25
"""A "latest news" tail is a list of short headlines; a paragraph this long means the story goes on."""

# Why a block was stripped, by category; a newsroom's own category carries its own text.
REASONS: dict[str, str] = {
    "share": QT_TRANSLATE_NOOP("Boilerplate", "Share buttons"),
    "published": QT_TRANSLATE_NOOP("Boilerplate", "Publication date line"),
    "subscription": QT_TRANSLATE_NOOP("Boilerplate", "Subscription notice"),
    "cookies": QT_TRANSLATE_NOOP("Boilerplate", "Cookie notice"),
    "advertisement": QT_TRANSLATE_NOOP("Boilerplate", "Advertisement marker"),
    "disclaimer": QT_TRANSLATE_NOOP("Boilerplate", "Disclaimer"),
    "latest_news": QT_TRANSLATE_NOOP("Boilerplate", "Latest news list after the article"),
    "related": QT_TRANSLATE_NOOP("Boilerplate", "Link to other articles"),
    "navigation": QT_TRANSLATE_NOOP("Boilerplate", "Site navigation"),
    "comments": QT_TRANSLATE_NOOP("Boilerplate", "Comments section"),
    "credits": QT_TRANSLATE_NOOP("Boilerplate", "Copyright line"),
    "before_headline": QT_TRANSLATE_NOOP("Boilerplate", "Text before the headline"),
}

# --- normalising text for matching -----------------------------------------------------------

_MARKS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_INVISIBLE_RE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad]")
_LETTER_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_SPACE_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_SENTENCE_END_RE = re.compile(r"[.!?؟…:\"»”')\]]\s*$")
_QUESTION_END_RE = re.compile(r"[?؟!]\s*$")


def normalize(text: str) -> str:
    """The form rules are matched against: folded case, no tatweel/harakat, unified alef/ya/ta marbuta."""
    text = _INVISIBLE_RE.sub("", text)
    text = _MARKS_RE.sub("", text).translate(_LETTER_MAP).casefold()
    return _SPACE_RE.sub(" ", text).strip()


def _normalize_pattern(pattern: str) -> str:
    # Only Arabic letters change, so regex escapes such as \S or \W survive.
    return _MARKS_RE.sub("", pattern).translate(_LETTER_MAP)


def word_count(text: str) -> int:
    return len(_WORD_RE.findall(_MARKS_RE.sub("", text)))


# --- rules -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    patterns: tuple[re.Pattern[str], ...]
    scope: str = "block"  # "block" or "tail"
    max_words: int = 12
    reason: str = ""
    _combined: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # One search per rule: the patterns joined into a single alternation.
        combined = "|".join(f"(?:{p.pattern})" for p in self.patterns)
        object.__setattr__(self, "_combined", re.compile(combined, re.IGNORECASE))

    def matches(self, normalized: str, words: int) -> bool:
        if words > self.max_words:
            return False
        return self._combined.search(normalized) is not None

    def message(self) -> UserMessage:
        if self.category in REASONS:
            return UserMessage(_CTX, REASONS[self.category])
        return UserMessage(_CTX, self.reason or self.category)


@dataclass(frozen=True)
class ClassRule:
    category: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    drop_tags: frozenset[str] = frozenset()
    strip_tags: dict[str, str] = field(default_factory=dict)
    class_rules: tuple[ClassRule, ...] = ()
    category_class: re.Pattern[str] | None = None

    def match(self, text: str) -> Rule | None:
        if len(text) > 2000:
            return None  # far longer than any notice a rule allows
        norm = normalize(text)
        if not norm:
            return None
        words = word_count(norm)
        for rule in self.rules:
            if rule.matches(norm, words):
                return rule
        return None

    def class_category(self, class_and_id: str) -> str | None:
        if not class_and_id:
            return None
        low = class_and_id.lower()
        for rule in self.class_rules:
            if rule.pattern.search(low):
                return rule.category
        return None


def default_rules_path() -> Path:
    from editor_app.paths import resource_dir

    return resource_dir() / "boilerplate_rules.json"


def _bad_rules(path: Path, detail: str) -> QalamError:
    return QalamError(UserMessage(
        _CTX, QT_TRANSLATE_NOOP("Boilerplate", "The boilerplate rules file {path} cannot be used: {detail}"),
        {"path": str(path), "detail": detail},
    ))


def _compile(path: Path, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(_normalize_pattern(pattern), re.IGNORECASE)
    except re.error as exc:
        raise _bad_rules(path, f"{pattern!r}: {exc}") from exc


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _bad_rules(path, str(exc)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("rules", []), list):
        raise _bad_rules(path, "not a rules object")
    return data


def load_rules(extra: Iterable[str | Path] = (), *, base: str | Path | None = None) -> RuleSet:
    """The rules of each ``extra`` file (a newsroom's own, tried first), then the shipped rules."""
    files = [*(Path(p) for p in extra), Path(base) if base is not None else default_rules_path()]
    rules: list[Rule] = []
    drop: set[str] = set()
    strip: dict[str, str] = {}
    class_rules: list[ClassRule] = []
    category_class: re.Pattern[str] | None = None
    for path in files:
        data = _read_json(path)
        for raw in data.get("rules", []):
            if not isinstance(raw, dict) or not raw.get("patterns"):
                raise _bad_rules(path, f"rule without patterns: {raw!r}")
            rules.append(Rule(
                id=str(raw.get("id", raw.get("category", "custom"))),
                category=str(raw.get("category", "custom")),
                patterns=tuple(_compile(path, str(p)) for p in raw["patterns"]),
                scope="tail" if raw.get("scope") == "tail" else "block",
                max_words=int(raw.get("max_words", 12)),
                reason=str(raw.get("reason", "")),
            ))
        html_part = data.get("html", {})
        if isinstance(html_part, dict):
            drop.update(str(t).lower() for t in html_part.get("drop_tags", []))
            strip.update({str(k).lower(): str(v) for k, v in html_part.get("strip_tags", {}).items()})
            for raw in html_part.get("class_rules", []):
                class_rules.append(ClassRule(str(raw["category"]), _compile(path, str(raw["pattern"]))))
            if html_part.get("category_class_pattern") and category_class is None:
                category_class = _compile(path, str(html_part["category_class_pattern"]))
    return RuleSet(tuple(rules), frozenset(drop), strip, tuple(class_rules), category_class)


_DEFAULT: RuleSet | None = None


def default_rules() -> RuleSet:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_rules()
    return _DEFAULT


# --- blocks ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """One paragraph-like piece of the copied page, in page order."""

    index: int
    text: str
    html: str
    tag: str = "p"
    group: str = ""  # "ul:3" / "ol:3" for list items of the same list
    hint: str = ""  # "category" when the page marked it so, or a strip category from its classes


@dataclass(frozen=True)
class StrippedItem:
    """A block the cleaner took out, why, and which rule did it (``index`` is its place in the page)."""

    index: int
    text: str
    html: str
    rule_id: str
    category: str
    reason: UserMessage


@dataclass(frozen=True)
class CleanResult:
    title: str
    category: str
    blocks: tuple[Block, ...]
    body: tuple[int, ...]
    stripped: tuple[StrippedItem, ...]
    title_index: int | None = None
    category_index: int | None = None
    tags: tuple[str, ...] = ()
    subtitle: str = ""
    subtitle_index: int | None = None
    excerpt: str = ""

    @property
    def body_blocks(self) -> list[Block]:
        return [self.blocks[i] for i in self.body]

    @property
    def body_text(self) -> str:
        return "\n\n".join(b.text for b in self.body_blocks)

    @property
    def body_html(self) -> str:
        return blocks_to_html(self.body_blocks)

    def restore(self, indices: Iterable[int]) -> CleanResult:
        """Put the stripped blocks with these page indices back into the body, in page order."""
        wanted = set(indices)
        back = [s for s in self.stripped if s.index in wanted]
        if not back:
            return self
        body = tuple(sorted({*self.body, *(s.index for s in back)}))
        return replace(self, body=body, stripped=tuple(s for s in self.stripped if s.index not in wanted))


def blocks_to_html(blocks: Sequence[Block]) -> str:
    out: list[str] = []
    open_group = ""
    for block in blocks:
        if block.group != open_group:
            if open_group:
                out.append(f"</{open_group.split(':')[0]}>")
            if block.group:
                out.append(f"<{block.group.split(':')[0]}>")
            open_group = block.group
        out.append(block.html)
    if open_group:
        out.append(f"</{open_group.split(':')[0]}>")
    return "\n".join(out)


def text_blocks(text: str) -> list[Block]:
    """Plain text: paragraphs are separated by blank lines, or by line breaks when there are none."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n\n")
    chunks = re.split(r"\n[ \t\u00a0]*\n", text)
    if len([c for c in chunks if c.strip()]) <= 1:
        chunks = text.split("\n")
    blocks: list[Block] = []
    for chunk in chunks:
        lines = [ln.strip() for ln in chunk.split("\n") if ln.strip()]
        if not lines:
            continue
        plain = " ".join(lines)
        inner = "<br>".join(html_lib.escape(ln, quote=False) for ln in lines)
        blocks.append(Block(len(blocks), plain, f"<p>{inner}</p>"))
    return blocks


# --- finding the article ---------------------------------------------------------------------


def _is_paragraph(block: Block) -> bool:
    """Reads like running text: a full sentence of some length, or simply long."""
    if block.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return False
    words = word_count(block.text)
    if words >= 30:
        return True
    return words >= 6 and bool(_SENTENCE_END_RE.search(block.text))


def _is_short_label(block: Block) -> bool:
    words = word_count(block.text)
    return 1 <= words <= 4 and not _SENTENCE_END_RE.search(block.text.rstrip(":："))


def clean_blocks(
    blocks: Sequence[Block],
    rules: RuleSet | None = None,
    *,
    title_hint: str = "",
    category_hint: str = "",
) -> CleanResult:
    """Strip boilerplate blocks and find headline, category and body."""
    rules = rules or default_rules()
    stripped: dict[int, StrippedItem] = {}

    def strip(block: Block, rule_id: str, category: str, reason: UserMessage) -> None:
        stripped[block.index] = StrippedItem(block.index, block.text, block.html, rule_id, category, reason)

    # 1. Rules, block by block. Tail rules only count once the body has begun.
    body_started = False
    tail_rule: Rule | None = None
    for block in blocks:
        if tail_rule is not None:
            if word_count(block.text) < TAIL_ENDS_AT_WORDS or not _is_paragraph(block):
                strip(block, tail_rule.id, tail_rule.category, tail_rule.message())
                continue
            tail_rule = None  # a full paragraph again: that was a heading inside the story, not a tail
        if block.hint and block.hint not in _KEEP_HINTS:
            strip(block, f"html:{block.hint}", block.hint,
                  UserMessage(_CTX, REASONS.get(block.hint, block.hint)))
            continue
        rule = rules.match(block.text) if block.hint not in _KEEP_HINTS else None
        if rule is not None and (rule.scope == "block" or body_started):
            if rule.scope == "tail":
                tail_rule = rule
            strip(block, rule.id, rule.category, rule.message())
            continue
        if _is_paragraph(block):
            body_started = True

    kept = [b for b in blocks if b.index not in stripped]

    # 2. The body starts at the first paragraph; headline and category sit above it.
    first_body = next((i for i, b in enumerate(kept) if _is_paragraph(b)), len(kept))
    if (
        first_body + 1 < len(kept)
        and _QUESTION_END_RE.search(kept[first_body].text)
        and word_count(kept[first_body].text) <= 15
        and all(_is_short_label(b) for b in kept[:first_body])
        and not any(b.tag == "h1" for b in kept[:first_body])
        and _is_paragraph(kept[first_body + 1])
    ):
        first_body += 1  # a question or exclamation for a headline ("هل تنجح المفاوضات؟")
    lead = kept[:first_body]
    title_block: Block | None = None
    if title_hint:
        hint_norm = normalize(title_hint)
        title_block = next((b for b in lead if normalize(b.text) == hint_norm), None)
    if title_block is None:
        title_block = next((b for b in lead if b.tag == "h1"), None)
    if title_block is None:
        candidates = [b for b in lead if word_count(b.text) >= 2 and b.hint not in _KEEP_HINTS]
        if candidates:
            most = max(word_count(b.text) for b in candidates)
            title_block = [b for b in candidates if word_count(b.text) == most][-1]
    if title_block is None and not lead and kept and not title_hint:
        # No lead at all: a first line that is not a sentence is still a headline.
        first = kept[0]
        if not _SENTENCE_END_RE.search(first.text) and word_count(first.text) <= 25 and len(kept) > 1:
            title_block = first
            first_body = 1
            lead = [first]

    category_block: Block | None = None
    hinted = [b for b in lead if b.hint == "category"]
    if hinted:
        category_block = hinted[0]
    elif title_block is not None:
        pos = lead.index(title_block)
        if pos > 0 and _is_short_label(lead[pos - 1]) and lead[pos - 1].tag != "li":  # not a menu item
            category_block = lead[pos - 1]

    title = title_block.text if title_block is not None else title_hint
    category = category_hint or (_category_text(category_block.text) if category_block is not None else "")

    # A standfirst the page marked as such (class "subtitle", "standfirst" …) near the headline.
    subtitle_block = next((b for b in lead if b.hint == "subtitle"), None)
    special = {id(category_block), id(subtitle_block)}

    # Lines above the headline that are neither headline nor category are page furniture.
    body: list[int] = []
    if title_block is not None:
        title_pos = lead.index(title_block)
        for b in lead[:title_pos]:
            if id(b) not in special:
                strip(b, "before-headline", "before_headline", UserMessage(_CTX, REASONS["before_headline"]))
        body.extend(b.index for b in lead[title_pos + 1:] if id(b) not in special)
    else:
        body.extend(b.index for b in lead if id(b) not in special)
    body.extend(b.index for b in kept[first_body:])
    return CleanResult(
        title=title,
        category=category,
        blocks=tuple(blocks),
        body=tuple(sorted(body)),
        stripped=tuple(sorted(stripped.values(), key=lambda s: s.index)),
        title_index=title_block.index if title_block is not None else None,
        category_index=category_block.index if category_block is not None else None,
        subtitle=subtitle_block.text if subtitle_block is not None else "",
        subtitle_index=subtitle_block.index if subtitle_block is not None else None,
    )


_KEEP_HINTS = frozenset({"category", "subtitle"})


def _category_text(text: str) -> str:
    # A breadcrumb ("الرئيسية › روسيا البيضاء") names the category last.
    parts = [p.strip() for p in re.split(r"[›»>/|\\]", text) if p.strip()]
    return parts[-1] if parts else text.strip()


def clean_text(text: str, rules: RuleSet | None = None) -> CleanResult:
    """Clean text copied from a news site."""
    return clean_blocks(text_blocks(text), rules)


def clean_html(html: str, rules: RuleSet | None = None) -> CleanResult:
    """Clean a page or fragment copied from a news site (blocks keep their markup, not yet sanitised)."""
    rules = rules or default_rules()
    page = split_html(html, rules)
    result = clean_blocks(page.blocks, rules, title_hint=page.title_hint, category_hint=page.category_hint)
    if not result.title and page.fallback_title:
        result = replace(result, title=page.fallback_title)
    return replace(result, tags=tuple(page.tags), excerpt=page.description)


# --- HTML into blocks ------------------------------------------------------------------------

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LEAF_TAGS = _HEADINGS | {"p", "li", "pre", "blockquote", "figure", "table", "dt", "dd", "address", "hr"}
_BLOCK_TAGS = _LEAF_TAGS | {
    "div", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol", "dl", "body",
    "form", "figcaption", "tbody", "thead", "tr", "td", "th", "center", "details", "summary", "html",
}


_SUBTITLE_CLASS_RE = re.compile(
    r"(^|[-_ ])(subtitle|sub-title|standfirst|dek|deck|article-summary|lead-in)([-_ ]|$)"
)


@dataclass
class HtmlPage:
    blocks: list[Block]
    title_hint: str = ""
    fallback_title: str = ""
    category_hint: str = ""
    description: str = ""
    tags: list[str] = field(default_factory=list)


def _collapse(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def split_html(source: str, rules: RuleSet | None = None) -> HtmlPage:
    """Cut HTML into blocks; page furniture found by tag or class comes back as blocks with a ``hint``."""
    import lxml.html
    from lxml import etree

    rules = rules or default_rules()
    page = HtmlPage(blocks=[])
    if not source.strip():
        return page
    try:
        root = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError):
        return page

    def meta(*names: str) -> list[str]:
        found: list[str] = []
        for el in root.iter("meta"):
            key = (el.get("property") or el.get("name") or "").lower()
            if key in names and (el.get("content") or "").strip():
                found.append(_collapse(el.get("content") or ""))
        return found

    page.title_hint = next(iter(meta("og:title", "twitter:title", "title")), "")
    title_el = root.find(".//title")
    if title_el is not None:
        page.fallback_title = _collapse(title_el.text_content())
    page.category_hint = next(iter(meta("article:section", "category")), "")
    page.description = next(iter(meta("description", "og:description")), "")
    tags: list[str] = []
    for value in meta("article:tag"):
        tags.append(value)
    for value in meta("keywords", "news_keywords"):
        tags.extend(t.strip() for t in re.split(r"[,،]", value) if t.strip())
    page.tags = list(dict.fromkeys(tags))

    for el in list(root.iter(*rules.drop_tags, "head")) if rules.drop_tags else list(root.iter("head")):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        if el.getparent() is not None:
            el.drop_tree()

    # Elements holding a block element somewhere below them, found in one pass (not per element).
    holds_blocks: set[Any] = set()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            parent = el.getparent()
            while parent is not None and parent not in holds_blocks:
                holds_blocks.add(parent)
                parent = parent.getparent()

    blocks = page.blocks
    pending: list[str] = []

    def add(text: str, markup: str, tag: str = "p", group: str = "", hint: str = "") -> None:
        text = _collapse(text)
        if not text and "<img" not in markup and tag != "hr":
            return
        blocks.append(Block(len(blocks), text, markup, tag, group, hint))

    def flush() -> None:
        if pending:
            inner = "".join(pending).strip()
            pending.clear()
            if inner:
                frag_text = lxml.html.fragment_fromstring(inner, create_parent="p").text_content()
                add(frag_text, f"<p>{inner}</p>")

    def outer(el: Any) -> str:
        return str(lxml.html.tostring(el, encoding="unicode", with_tail=False))

    def walk(el: Any, group: str = "") -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        marks = f"{el.get('class', '')} {el.get('id', '')}".strip()
        strip_cat = rules.strip_tags.get(tag) or rules.class_category(marks)
        if strip_cat:
            flush()
            add(" ".join(el.itertext()), outer(el), tag, "", strip_cat)  # furniture: keep items apart
            return
        if rules.category_class is not None and marks and rules.category_class.search(marks.lower()):
            flush()
            add(el.text_content(), outer(el), tag, "", "category")
            return
        if marks and _SUBTITLE_CLASS_RE.search(marks.lower()):
            flush()
            add(el.text_content(), outer(el), tag, "", "subtitle")
            return
        has_block_child = el in holds_blocks
        if tag in _LEAF_TAGS and (tag not in ("li", "dd", "dt") or not has_block_child):
            flush()
            add(el.text_content(), outer(el), tag, group if tag == "li" else "")
            return
        if not has_block_child and tag not in ("ul", "ol", "dl", "tr", "tbody", "thead"):
            # A div or cell holding only inline content reads as a paragraph.
            flush()
            inner = html_lib.escape(el.text or "", quote=False) + "".join(
                str(lxml.html.tostring(c, encoding="unicode", with_tail=True)) for c in el
            )
            add(el.text_content(), f"<p>{inner.strip()}</p>")
            return
        if el.text and el.text.strip():
            pending.append(html_lib.escape(el.text, quote=False))
        child_group = f"{tag}:{len(blocks)}" if tag in ("ul", "ol") else ""
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if child.tag.lower() in _BLOCK_TAGS:
                flush()
                walk(child, child_group)
            else:
                pending.append(str(lxml.html.tostring(child, encoding="unicode", with_tail=False)))
            if child.tail and child.tail.strip():
                pending.append(html_lib.escape(child.tail, quote=False))
        flush()

    body = root.find(".//body")
    walk(body if body is not None else root)
    flush()
    return page
