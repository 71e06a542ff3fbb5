"""Missing or unfit metadata: headline, category, excerpt, featured image and its alt text, slug length."""

from __future__ import annotations

from collections.abc import Iterator

from editor_app.core import slug as slug_mod
from editor_app.core.checks.document import CheckDocument, fix, msg
from editor_app.core.checks.model import Finding
from editor_app.core.i18n import QT_TRANSLATE_NOOP

RULE_IDS = (
    "title-missing",
    "category-missing",
    "excerpt-missing",
    "excerpt-length",
    "featured-image-missing",
    "featured-image-alt",
    "slug-too-long",
)


def check(doc: CheckDocument) -> Iterator[Finding]:
    article, house = doc.article, doc.house
    if not article.title.strip():
        yield doc.finding(
            "title-missing",
            "title",
            0,
            len(article.title),
            msg(QT_TRANSLATE_NOOP("Checks", "The article has no headline.")),
        )
    if not any(c.strip() for c in article.categories):
        yield doc.finding(
            "category-missing", "categories", 0, 0, msg(QT_TRANSLATE_NOOP("Checks", "Choose a category."))
        )
    excerpt = article.excerpt.strip()
    if not excerpt:
        yield doc.finding(
            "excerpt-missing",
            "excerpt",
            0,
            len(article.excerpt),
            msg(QT_TRANSLATE_NOOP("Checks", "Write an excerpt for listings and social media.")),
        )
    elif len(excerpt) < house.excerpt_min_chars:
        yield doc.finding(
            "excerpt-length",
            "excerpt",
            0,
            len(article.excerpt),
            msg(
                QT_TRANSLATE_NOOP("Checks", "The excerpt is short (%n character(s); at least {min}).", "", 1),
                count=len(excerpt),
                min=house.excerpt_min_chars,
            ),
        )
    elif len(excerpt) > house.excerpt_max_chars:
        yield doc.finding(
            "excerpt-length",
            "excerpt",
            house.excerpt_max_chars,
            len(article.excerpt),
            msg(
                QT_TRANSLATE_NOOP("Checks", "The excerpt is long (%n character(s); at most {max}).", "", 1),
                count=len(excerpt),
                max=house.excerpt_max_chars,
            ),
        )
    if not article.featured_media_id:
        if house.require_featured_image:
            yield doc.finding(
                "featured-image-missing",
                "featured_media",
                0,
                0,
                msg(QT_TRANSLATE_NOOP("Checks", "Choose a featured image.")),
            )
    else:
        media = doc.context.featured_media
        if media is not None and media.id == article.featured_media_id and not media.alt.strip():
            yield doc.finding(
                "featured-image-alt",
                "featured_media",
                0,
                0,
                msg(QT_TRANSLATE_NOOP("Checks", "The featured image has no alt text.")),
            )
    limit = house.slug_max_bytes
    if article.slug:
        size = slug_mod.encoded_length(article.slug)
        if size > limit:
            shorter = slug_mod.make_slug(article.slug, limit)
            yield doc.finding(
                "slug-too-long",
                "slug",
                0,
                len(article.slug),
                msg(
                    QT_TRANSLATE_NOOP(
                        "Checks", "The slug is %n byte(s) once encoded; WordPress cuts it at {limit}.", "", 1
                    ),
                    count=size,
                    limit=limit,
                ),
                fix(
                    article.slug,
                    0,
                    len(article.slug),
                    shorter,
                    msg(QT_TRANSLATE_NOOP("Checks", "Shorten the slug at a word boundary")),
                ),
            )
    elif article.title.strip():
        # WordPress makes the slug from the headline; a long Arabic headline overflows it.
        derived = slug_mod.make_slug(article.title, 10**6)
        size = slug_mod.encoded_length(derived)
        if size > limit:
            yield doc.finding(
                "slug-too-long",
                "slug",
                0,
                0,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "A slug made from the headline would be %n byte(s); WordPress cuts it at {limit}.",
                        "",
                        1,
                    ),
                    count=size,
                    limit=limit,
                ),
                fix(
                    "",
                    0,
                    0,
                    slug_mod.make_slug(article.title, limit),
                    msg(QT_TRANSLATE_NOOP("Checks", "Set a slug that fits")),
                ),
            )
