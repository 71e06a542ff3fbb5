"""Writing a draft out as Markdown, a complete HTML page or a Word document (PDF lives in gui/pdf_export).

Direction survives every format: HTML carries ``lang``/``dir`` on the page and ``dir`` on the
paragraphs that differ; Markdown wraps such a paragraph in ``<p dir="…">`` (raw HTML that
Markdown passes through); Word marks right-to-left paragraphs ``w:bidi`` and their Arabic
runs ``w:rtl``.

Images in the body are ``<img src="qalam-media:ID">``; pass ``media`` (ID → MediaItem) to embed
them (data URIs in HTML/Markdown, pictures in Word). Without it they stay references.
"""

from __future__ import annotations

import base64
import html as html_lib
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from editor_app.core import atomic_file
from editor_app.core.article import Article, Direction
from editor_app.core.html_clean import without_block_data
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.media import MediaItem
from editor_app.core.plain_text import article_word_count
from editor_app.errors import QalamError

MediaLookup = Callable[[str], MediaItem | None]
MEDIA_SCHEME = "qalam-media:"
FORMATS = ("md", "html", "docx", "pdf")
FONT_FAMILIES = ("Noto Naskh Arabic", "Noto Sans", "Amiri", "Noto Sans Arabic")

_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")


def _esc(text: str) -> str:
    return html_lib.escape(text, quote=True)


def _fragments(body_html: str) -> list[Any]:
    import lxml.html

    if not body_html.strip():
        return []
    try:
        return [f for f in lxml.html.fragments_fromstring(body_html) if not isinstance(f, str) or f.strip()]
    except Exception:  # lxml refuses some odd fragments; wrap them
        return list(lxml.html.fragment_fromstring(body_html, create_parent="div"))


def _tostring(el: Any) -> str:
    import lxml.html

    return str(lxml.html.tostring(el, encoding="unicode", with_tail=False))


def media_src(src: str, media: MediaLookup | None) -> str:
    """A stored image (``qalam-media:ID``) as a data: URI, for a file that must stand alone."""
    if media is None or not src.startswith(MEDIA_SCHEME):
        return src
    item = media(src[len(MEDIA_SCHEME):])
    if item is None or item.data is None:
        return src
    encoded = base64.b64encode(item.data).decode("ascii")
    return f"data:{item.mime or 'application/octet-stream'};base64,{encoded}"


def _embed_images(body_html: str, media: MediaLookup | None) -> str:
    if media is None:
        return body_html
    return re.sub(
        r'src="(qalam-media:[^"]+)"', lambda m: f'src="{_esc(media_src(m.group(1), media))}"', body_html
    )


# --- HTML ------------------------------------------------------------------------------------


def export_html(article: Article, *, media: MediaLookup | None = None) -> str:
    """A complete, self-contained page: ``<html lang dir>``, metadata, headline and body."""
    lang = article.language or "ar"
    direction = article.direction.value
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(article.title)}</title>",
        f'<meta property="og:title" content="{_esc(article.title)}">',
    ]
    if article.excerpt:
        head.append(f'<meta name="description" content="{_esc(article.excerpt)}">')
    if article.author:
        head.append(f'<meta name="author" content="{_esc(article.author)}">')
    # schema.org Article.wordCount, by Qalam's one definition (the status bar shows the same number).
    head.append(f'<meta itemprop="wordCount" content="{article_word_count(article.body_html)}">')
    head += [f'<meta property="article:section" content="{_esc(c)}">' for c in article.categories]
    head += [f'<meta property="article:tag" content="{_esc(t)}">' for t in article.tags]
    fonts = ", ".join(f'"{f}"' for f in FONT_FAMILIES)
    head.append(
        "<style>body{font-family:" + fonts + ",serif;max-width:42em;margin:2em auto;padding:0 1em;"
        "line-height:1.8}img{max-width:100%;height:auto}figure{margin:1em 0}"
        "blockquote{border-inline-start:4px solid #ccc;margin-inline-start:0;"
        "padding-inline-start:1em}</style>"
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_esc(lang)}" dir="{direction}">',
        "<head>",
        *head,
        "</head>",
        "<body>",
        "<article>",
        f"<h1>{_esc(article.title)}</h1>",
    ]
    if article.subtitle:
        parts.append(f'<p class="subtitle"><strong>{_esc(article.subtitle)}</strong></p>')
    body = _embed_images(without_block_data(article.body_html), media).strip()
    if body:
        parts.append(body)
    parts += ["</article>", "</body>", "</html>", ""]
    return "\n".join(parts)


# --- Markdown --------------------------------------------------------------------------------

_MD_ESCAPE_RE = re.compile(r"([\\`*_\[\]])")
_MD_LINE_START_RE = re.compile(r"^(\s*)([#>+\-]|\d+[.)])")


def _md_text(text: str) -> str:
    text = _MD_ESCAPE_RE.sub(r"\\\1", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\u00a0", "&nbsp;")


def _md_inline(el: Any, media: MediaLookup | None) -> str:
    out: list[str] = [_md_text(el.text or "")]
    for child in el:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        inner = _md_inline(child, media)
        if tag in ("strong", "b"):
            out.append(f"**{inner}**" if inner.strip() else inner)
        elif tag in ("em", "i"):
            out.append(f"*{inner}*" if inner.strip() else inner)
        elif tag == "a":
            href = (child.get("href") or "").replace(")", "%29").replace(" ", "%20")
            out.append(f"[{inner}]({href})")
        elif tag == "code":
            code = "".join(child.itertext())
            fence = "``" if "`" in code else "`"
            out.append(f"{fence}{code}{fence}" if code.strip() else inner)
        elif tag == "br":
            out.append("  \n")
        elif tag == "img":
            alt = _MD_ESCAPE_RE.sub(r"\\\1", child.get("alt") or "")
            out.append(f"![{alt}]({media_src(child.get('src') or '', media)})")
        else:
            out.append(inner)
        out.append(_md_text(child.tail or ""))
    return "".join(out)


def _md_paragraph(text: str) -> str:
    lines = text.split("\n")
    return "\n".join(_MD_LINE_START_RE.sub(lambda m: m.group(1) + "\\" + m.group(2), ln) for ln in lines)


def _front_value(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _front_list(values: list[str]) -> str:
    return "[" + ", ".join(_front_value(v) for v in values) + "]"


def export_markdown(article: Article, *, media: MediaLookup | None = None) -> str:
    """Front matter (title, category, tags, excerpt …) then the body; other-direction blocks as raw HTML."""
    front = ["---", f"title: {_front_value(article.title)}"]
    if article.subtitle:
        front.append(f"subtitle: {_front_value(article.subtitle)}")
    if article.categories:
        front.append(f"categories: {_front_list(article.categories)}")
    if article.tags:
        front.append(f"tags: {_front_list(article.tags)}")
    if article.excerpt:
        front.append(f"excerpt: {_front_value(article.excerpt)}")
    if article.slug:
        front.append(f"slug: {_front_value(article.slug)}")
    if article.author:
        front.append(f"author: {_front_value(article.author)}")
    front += [f"language: {article.language or 'ar'}", f"direction: {article.direction.value}",
              f"words: {article_word_count(article.body_html)}", "---", ""]
    base = article.direction.value
    blocks: list[str] = []
    for el in _fragments(without_block_data(article.body_html)):
        if isinstance(el, str):
            blocks.append(_md_paragraph(_md_text(el.strip())))
            continue
        tag = el.tag.lower()
        own_dir = (el.get("dir") or "").lower()
        differs = own_dir in ("rtl", "ltr") and own_dir != base
        if differs or (tag in ("table", "figure") and el.find(".//figcaption") is not None):
            blocks.append(_raw_block(el, media))
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            level = max(2, int(tag[1]))
            blocks.append("#" * level + " " + _md_inline(el, media).replace("\n", " ").strip())
        elif tag in ("ul", "ol"):
            items = [li for li in el if isinstance(li.tag, str) and li.tag.lower() == "li"]
            if any((li.get("dir") or "").lower() not in ("", base) for li in items):
                blocks.append(_raw_block(el, media))
                continue
            lines = []
            for n, li in enumerate(items, 1):
                marker = f"{n}." if tag == "ol" else "-"
                text = _md_inline(li, media).strip().replace("\n", "\n   ")
                lines.append(f"{marker} {text}")
            blocks.append("\n".join(lines))
        elif tag == "blockquote":
            paras = [c for c in el if isinstance(c.tag, str)] or [el]
            quoted = []
            for para in paras:
                text = _md_paragraph(_md_inline(para, media).strip())
                quoted.append("\n".join("> " + ln for ln in text.split("\n")))
            blocks.append("\n>\n".join(quoted))
        elif tag == "hr":
            blocks.append("* * *")
        elif tag == "figure":
            img = el.find(".//img")
            if img is not None:
                alt = _MD_ESCAPE_RE.sub(r"\\\1", img.get("alt") or "")
                blocks.append(f"![{alt}]({media_src(img.get('src') or '', media)})")
        else:
            text = _md_paragraph(_md_inline(el, media).strip())
            if text:
                blocks.append(text)
    return "\n".join(front) + "\n" + "\n\n".join(b for b in blocks if b) + "\n"


def _raw_block(el: Any, media: MediaLookup | None) -> str:
    # Raw HTML block: Markdown leaves it alone (no blank lines inside, or it would end the block).
    markup = _embed_images(_tostring(el), media)
    return re.sub(r"\n\s*\n", "\n", markup).strip()


# --- Word ------------------------------------------------------------------------------------


def _w(tag: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(tag))


_PPR_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)


def _mark_paragraph(paragraph: Any, rtl: bool) -> None:
    from docx.oxml import OxmlElement

    if not rtl:
        return
    ppr = paragraph._p.get_or_add_pPr()
    if ppr.find(_w("w:bidi")) is None:
        # Schema order: w:bidi comes after numPr, tabs… and before spacing, ind, jc and rPr.
        ppr.insert_element_before(OxmlElement("w:bidi"), *_PPR_AFTER_BIDI)


def _mark_run(run: Any, text: str, *, bold: bool, italic: bool) -> None:
    from docx.oxml import OxmlElement

    if not _ARABIC_RE.search(text):
        return
    rpr = run._r.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(_w("w:cs"), FONT_FAMILIES[0])
    if bold:
        rpr.get_or_add_bCs()
    if italic:
        rpr.get_or_add_iCs()
    rpr.get_or_add_rtl()
    lang = OxmlElement("w:lang")
    lang.set(_w("w:bidi"), "ar-SA")
    rpr.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")


def _add_hyperlink(paragraph: Any, url: str, text: str, *, bold: bool, italic: bool) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement

    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(_w("r:id"), rel_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(_w("w:val"), "Hyperlink")
    rpr.append(style)
    arabic = bool(_ARABIC_RE.search(text))
    # In schema order: rStyle, b, bCs, i, iCs, rtl.
    if bold:
        rpr.append(OxmlElement("w:b"))
        if arabic:
            rpr.append(OxmlElement("w:bCs"))
    if italic:
        rpr.append(OxmlElement("w:i"))
        if arabic:
            rpr.append(OxmlElement("w:iCs"))
    if arabic:
        rpr.append(OxmlElement("w:rtl"))
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _inline_runs(el: Any, *, bold: bool = False, italic: bool = False,
                 href: str | None = None) -> Iterator[tuple[str, str, bool, bool, str | None]]:
    """(kind, text, bold, italic, href) with kind "text", "br" or "img" (text = src, href = alt)."""
    if el.text:
        yield "text", el.text, bold, italic, href
    for child in el:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "br":
            yield "br", "", bold, italic, href
        elif tag == "img":
            yield "img", child.get("src") or "", bold, italic, child.get("alt") or ""
        else:
            yield from _inline_runs(
                child,
                bold=bold or tag in ("strong", "b"),
                italic=italic or tag in ("em", "i"),
                href=(child.get("href") or None) if tag == "a" else href,
            )
        if child.tail:
            yield "text", child.tail, bold, italic, href


def _fill_paragraph(doc: Any, paragraph: Any, el: Any, rtl: bool, media: MediaLookup | None) -> None:
    from docx.shared import Inches

    _mark_paragraph(paragraph, rtl)
    for kind, text, bold, italic, href in _inline_runs(el):
        if kind == "br":
            paragraph.add_run().add_break()
        elif kind == "img":
            _add_picture(doc, paragraph, text, href or "", media, Inches(5.5))
        elif href and kind == "text":
            _add_hyperlink(paragraph, href, text, bold=bold, italic=italic)
        else:
            text = re.sub(r"[ \t\r\n]+", " ", text)
            if not text:
                continue
            run = paragraph.add_run(text)
            run.bold = bold or None
            run.italic = italic or None
            _mark_run(run, text, bold=bold, italic=italic)


def _add_picture(doc: Any, paragraph: Any, src: str, alt: str, media: MediaLookup | None, width: Any) -> None:
    item = media(src[len(MEDIA_SCHEME):]) if media is not None and src.startswith(MEDIA_SCHEME) else None
    if item is None or item.data is None:
        if alt:
            run = paragraph.add_run(f"[{alt}]")
            run.italic = True
        return
    try:
        run = paragraph.add_run()
        shape = run.add_picture(io.BytesIO(item.data), width=width)
    except Exception:  # an image Word cannot take is left out, with its alt text
        if alt:
            paragraph.add_run(f"[{alt}]").italic = True
        return
    shape._inline.docPr.set("descr", alt or item.alt)
    del doc


def _block_rtl(el: Any, base: str) -> bool:
    own = (el.get("dir") or "").lower() if not isinstance(el, str) else ""
    return (own or base) == "rtl"


def _set_word_count(doc: Any, words: int) -> None:
    """Word shows the count from docProps/app.xml (python-docx leaves the template's 0 there)."""
    for part in doc.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            blob = part.blob.decode("utf-8")
            part._blob = re.sub(r"<Words>\d*</Words>", f"<Words>{words}</Words>", blob).encode("utf-8")
            return


def export_docx_bytes(article: Article, *, media: MediaLookup | None = None) -> bytes:
    """A Word document: Title/Subtitle styles, headings, lists, quotes, links, pictures; RTL marked."""
    import docx
    from docx.oxml import OxmlElement

    doc = docx.Document()
    props = doc.core_properties
    props.title = article.title[:255]
    props.author = article.author
    props.keywords = ", ".join(article.tags)
    props.category = ", ".join(article.categories)
    props.comments = article.excerpt
    props.language = article.language
    _set_word_count(doc, article_word_count(article.body_html))
    base = article.direction.value
    rtl_doc = article.direction == Direction.RTL

    from docx.shared import Mm

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # A4
    normal = doc.styles["Normal"]
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(_w("w:cs"), FONT_FAMILIES[0])
    if rtl_doc:
        sect_pr = doc.sections[0]._sectPr
        sect_pr.insert_element_before(OxmlElement("w:bidi"), "w:rtlGutter", "w:docGrid", "w:printerSettings",
                                      "w:sectPrChange")

    if article.title:
        p = doc.add_paragraph(style="Title")
        run = p.add_run(article.title)
        _mark_paragraph(p, rtl_doc)
        _mark_run(run, article.title, bold=False, italic=False)
    if article.subtitle:
        p = doc.add_paragraph(style="Subtitle")
        run = p.add_run(article.subtitle)
        _mark_paragraph(p, rtl_doc)
        _mark_run(run, article.subtitle, bold=False, italic=False)

    for el in _fragments(without_block_data(article.body_html)):
        if isinstance(el, str):
            p = doc.add_paragraph()
            run = p.add_run(el.strip())
            _mark_paragraph(p, rtl_doc)
            _mark_run(run, el, bold=False, italic=False)
            continue
        tag = el.tag.lower()
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            style = "Heading 2" if tag in ("h1", "h2") else "Heading 3"
            _fill_paragraph(doc, doc.add_paragraph(style=style), el, _block_rtl(el, base), media)
        elif tag in ("ul", "ol"):
            style = "List Number" if tag == "ol" else "List Bullet"
            for li in el:
                if isinstance(li.tag, str) and li.tag.lower() == "li":
                    _fill_paragraph(doc, doc.add_paragraph(style=style), li, _block_rtl(li, base), media)
        elif tag == "blockquote":
            paras = [c for c in el if isinstance(c.tag, str)] or [el]
            for para in paras:
                _fill_paragraph(doc, doc.add_paragraph(style="Quote"), para, _block_rtl(para, base), media)
        elif tag == "figure":
            p = doc.add_paragraph()
            img = el.find(".//img")
            if img is not None:
                from docx.shared import Inches

                _add_picture(doc, p, img.get("src") or "", img.get("alt") or "", media, Inches(6))
            caption = el.find(".//figcaption")
            if caption is not None and caption.text_content().strip():
                _fill_paragraph(doc, doc.add_paragraph(style="Caption"), caption, _block_rtl(el, base), media)
        elif tag == "hr":
            doc.add_paragraph()
        else:
            _fill_paragraph(doc, doc.add_paragraph(), el, _block_rtl(el, base), media)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# --- to a file -------------------------------------------------------------------------------


def export_to_file(article: Article, fmt: str, path: str | Path, *, media: MediaLookup | None = None) -> Path:
    """Write md/html/docx to ``path`` atomically (a temporary file renamed into place)."""
    path = Path(path)
    if fmt == "md":
        data = export_markdown(article, media=media).encode("utf-8")
    elif fmt == "html":
        data = export_html(article, media=media).encode("utf-8")
    elif fmt == "docx":
        data = export_docx_bytes(article, media=media)
    else:
        raise QalamError(UserMessage(
            "Export", QT_TRANSLATE_NOOP("Export", "Unknown export format: {format}."), {"format": fmt}
        ))
    write_atomically(path, data)
    return path


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` (temporary file, fsync, rename); nothing is left behind on failure."""
    try:
        atomic_file.write_bytes(path, data)
    except OSError as exc:
        raise write_error(path, exc) from exc


def write_error(path: Path, exc: OSError) -> QalamError:
    """The one-line message for a file that could not be written (a full disk is named as such)."""
    if atomic_file.is_disk_full(exc):
        return QalamError(UserMessage(
            "Export", QT_TRANSLATE_NOOP("Export", "Cannot write {path}: the disk is full. Nothing was written; free some space and try again."),  # noqa: E501
            {"path": str(path)},
        ))
    return QalamError(UserMessage(
        "Export", QT_TRANSLATE_NOOP("Export", "Cannot write {path}: {reason}"),
        {"path": str(path), "reason": exc.strerror or str(exc)},
    ))
