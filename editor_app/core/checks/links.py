"""Links with no text or not on https, and images without alt text."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from editor_app.core.checks.document import CheckDocument, msg
from editor_app.core.checks.model import Finding
from editor_app.core.checks.text import OBJECT
from editor_app.core.i18n import QT_TRANSLATE_NOOP

RULE_IDS = ("link-no-text", "link-not-https", "image-no-alt")

_SAFE_SCHEMES = frozenset({"https", "mailto", "tel", "qalam-media"})


def check(doc: CheckDocument) -> Iterator[Finding]:
    body = doc.fields["body"]
    images_by_offset = {img.offset: img for img in body.images}
    for link in body.links:
        label = body.text[link.start : link.end]
        has_image_with_alt = any(
            (img := images_by_offset.get(link.start + i)) is not None and (img.alt or "").strip()
            for i, ch in enumerate(label)
            if ch == OBJECT
        )
        if not label.replace(OBJECT, "").strip() and not has_image_with_alt:
            yield doc.finding(
                "link-no-text",
                "body",
                link.start,
                link.end,
                msg(QT_TRANSLATE_NOOP("Checks", "A link to {url} has no text."), url=link.href),
            )
        scheme = urlsplit(link.href.strip()).scheme.lower()
        if link.href.strip().startswith("#"):
            continue
        if scheme not in _SAFE_SCHEMES:
            if scheme == "http":
                text = QT_TRANSLATE_NOOP("Checks", "The link to {url} is not https.")
            else:
                text = QT_TRANSLATE_NOOP("Checks", "The link to {url} is not a full https address.")
            yield doc.finding("link-not-https", "body", link.start, link.end, msg(text, url=link.href))
    for image in body.images:
        if not (image.alt or "").strip():
            yield doc.finding(
                "image-no-alt",
                "body",
                image.offset,
                image.offset + 1,
                msg(QT_TRANSLATE_NOOP("Checks", "An image has no alt text.")),
            )
