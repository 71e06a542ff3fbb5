"""Changing an article's headline, excerpt, slug, categories and tags with the limits WordPress has.

:func:`edit_metadata` checks every value first and raises a :class:`~editor_app.errors.QalamError` naming
the first bad one, so a refused change changes nothing. WordPress trims titles, cuts slugs silently at
200 bytes once percent-encoded (about 33 Arabic letters) and keeps term names up to 200 characters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from editor_app.core.arabic_normalize import normalize
from editor_app.core.article import Article
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.slug import MAX_ENCODED_BYTES, encoded_length, make_slug
from editor_app.errors import QalamError

CTX = "ArticleEdit"
TERM_NAME_MAX = 200  # wp_terms.name is varchar(200)


def _error(text: str, count: int | None = None, **args: str | int) -> QalamError:
    return QalamError(UserMessage(CTX, text, dict(args), count=count))


def term_key(name: str) -> str:
    """Two names for the same term compare equal (case, vowel marks, hamza forms, spaces)."""
    return " ".join(normalize(name).split())


def checked_slug(value: str) -> str:
    """The slug as WordPress will keep it (lowercase, dash-separated), or an error when it cannot be."""
    slug = make_slug(value, 10**6)
    if not slug:
        raise _error(
            QT_TRANSLATE_NOOP("ArticleEdit", "The slug “{slug}” has no letters or digits."), slug=value
        )
    size = encoded_length(slug)
    if size > MAX_ENCODED_BYTES:
        raise _error(
            QT_TRANSLATE_NOOP(
                "ArticleEdit",
                "The slug is %n byte(s) once encoded for the web address; WordPress keeps at most {limit} "
                "(about {letters} Arabic letters) and would cut it. Give a shorter one.",
                "",
                1,
            ),
            count=size,
            limit=MAX_ENCODED_BYTES,
            letters=MAX_ENCODED_BYTES // 6,  # an Arabic letter is 6 bytes once percent-encoded
        )
    return slug


# Separate sentences for categories and tags: a noun dropped into a sentence does not agree in Arabic.
_EMPTY = {
    "category": QT_TRANSLATE_NOOP("ArticleEdit", "A category name cannot be empty."),
    "tag": QT_TRANSLATE_NOOP("ArticleEdit", "A tag name cannot be empty."),
}
_LONG = {
    "category": QT_TRANSLATE_NOOP(
        "ArticleEdit", "The category “{name}…” is too long: WordPress keeps at most %n character(s).", "", 1
    ),
    "tag": QT_TRANSLATE_NOOP(
        "ArticleEdit", "The tag “{name}…” is too long: WordPress keeps at most %n character(s).", "", 1
    ),
}
_ABSENT = {
    "category": QT_TRANSLATE_NOOP("ArticleEdit", "The draft has no category “{name}”."),
    "tag": QT_TRANSLATE_NOOP("ArticleEdit", "The draft has no tag “{name}”."),
}


def _names(values: Iterable[str], kind: str) -> list[str]:
    out: list[str] = []
    for value in values:
        name = " ".join(value.split())
        if not name:
            raise _error(_EMPTY[kind])
        if len(name) > TERM_NAME_MAX:
            raise _error(_LONG[kind], name=name[:40], count=TERM_NAME_MAX)
        out.append(name)
    return out


def _apply(current: Sequence[str], add: list[str], remove: list[str], kind: str) -> list[str]:
    keys = {term_key(c) for c in current}
    for name in remove:
        if term_key(name) not in keys:
            raise _error(_ABSENT[kind], name=name)
    gone = {term_key(n) for n in remove}
    result = [c for c in current if term_key(c) not in gone]
    seen = {term_key(c) for c in result}
    for name in add:
        if term_key(name) not in seen:
            seen.add(term_key(name))
            result.append(name)
    return result


def edit_metadata(
    article: Article,
    *,
    title: str | None = None,
    excerpt: str | None = None,
    slug: str | None = None,
    add_categories: Iterable[str] = (),
    remove_categories: Iterable[str] = (),
    add_tags: Iterable[str] = (),
    remove_tags: Iterable[str] = (),
) -> Article:
    """A copy of ``article`` with the changes; QalamError (and nothing changed) for the first bad value.

    Adding a category or tag the draft already has (by :func:`term_key`) does nothing; removing one it
    does not have is an error. Categories and tags the site lacks are fine here: publishing creates them
    (or refuses, naming them, when the user's role may not)."""
    changes: dict[str, object] = {}
    if title is not None:
        clean = title.strip()
        if not clean:
            raise _error(QT_TRANSLATE_NOOP("ArticleEdit", "The headline cannot be empty."))
        changes["title"] = clean
    if excerpt is not None:
        changes["excerpt"] = excerpt.strip()
    if slug is not None:
        changes["slug"] = checked_slug(slug) if slug.strip() else ""
    add_c, remove_c = _names(add_categories, "category"), _names(remove_categories, "category")
    add_t, remove_t = _names(add_tags, "tag"), _names(remove_tags, "tag")
    if add_c or remove_c:
        changes["categories"] = _apply(article.categories, add_c, remove_c, "category")
    if add_t or remove_t:
        changes["tags"] = _apply(article.tags, add_t, remove_t, "tag")
    return article.copy(**changes) if changes else article
