"""Importing .docx, .md, .html and .txt files made by the tests, and refusing broken or hostile ones."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from editor_app.core import importers
from editor_app.core.article import Direction
from editor_app.core.importers import ImportResult, import_file
from editor_app.errors import QalamError

HEADLINE = "يلتقي بوتين ولوكاشينكو بعد أن حذرت روسيا من اعتداء على بيلاروسيا"


def tiny_png(width: int = 4, height: int = 3) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def add_hyperlink(paragraph: object, url: str, text: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    part = paragraph.part  # type: ignore[attr-defined]
    rel = part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)  # type: ignore[attr-defined]


def make_docx(path: Path) -> Path:
    import docx
    from docx.shared import Inches, Pt

    doc = docx.Document()
    doc.core_properties.author = "مراسل قلم"
    doc.core_properties.keywords = "روسيا، بيلاروسيا"
    doc.add_paragraph("قمة في الكرملين", style="Title")
    intro = doc.add_paragraph("التقى الرئيسان ")
    bold = intro.add_run("يوم الأحد")
    bold.bold = True
    intro.add_run(" في ")
    italic = intro.add_run("موسكو")
    italic.italic = True
    styled = intro.add_run(" بعد تحذيرات.")
    styled.font.size = Pt(18)
    styled.font.name = "Comic Sans MS"
    doc.add_heading("خلفية اللقاء", level=2)
    doc.add_paragraph("البند الأول", style="List Bullet")
    doc.add_paragraph("البند الثاني", style="List Bullet")
    p = doc.add_paragraph("المصدر: ")
    add_hyperlink(p, "https://example.com/kremlin", "بيان الكرملين")
    pic = doc.add_paragraph().add_run().add_picture(io.BytesIO(tiny_png()), width=Inches(1))
    pic._inline.docPr.set("descr", "صورة اللقاء")
    doc.add_paragraph("Quoted in English for the record.")
    doc.save(str(path))
    return path


def test_docx(tmp_path: Path) -> None:
    result = import_file(make_docx(tmp_path / "story.docx"))
    assert result.source_format == "docx"
    assert result.title == "قمة في الكرملين"
    assert result.direction == Direction.RTL and result.language == "ar"
    assert result.author == "مراسل قلم"
    assert result.tags == ["روسيا", "بيلاروسيا"]
    html = result.body_html
    assert "<strong>يوم الأحد</strong>" in html
    assert "<em>موسكو</em>" in html
    assert "<h2>خلفية اللقاء</h2>" in html
    assert "<ul>" in html and "<li>البند الأول</li>" in html
    assert '<a href="https://example.com/kremlin">بيان الكرملين</a>' in html
    assert "style=" not in html and "Comic" not in html and "font" not in html and "class=" not in html
    assert '<p dir="ltr">Quoted in English for the record.</p>' in html
    assert len(result.media) == 1
    image = result.media[0]
    assert image.mime == "image/png" and image.data == tiny_png() and image.alt == "صورة اللقاء"
    assert f'src="qalam-media:{image.id}"' in html
    article = result.to_article()
    assert article.title == result.title and image.article_id == article.id


def test_markdown_with_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "---\n"
        'title: "لقاء في الكرملين"\n'
        "category: روسيا البيضاء\n"
        "tags: [روسيا, فاغنر]\n"
        "excerpt: التقى بوتين ولوكاشينكو يوم الأحد.\n"
        "---\n\n"
        "التقى **الرئيسان** يوم *الأحد*.\n\n"
        "## خلفية\n\n"
        "- أول\n- ثان\n\n"
        "[الرابط](https://example.com)\n\n"
        '<p dir="ltr">An English line.</p>\n',
        encoding="utf-8",
    )
    result = import_file(path)
    assert result.title == "لقاء في الكرملين"
    assert result.categories == ["روسيا البيضاء"]
    assert result.tags == ["روسيا", "فاغنر"]
    assert result.excerpt == "التقى بوتين ولوكاشينكو يوم الأحد."
    assert "<strong>الرئيسان</strong>" in result.body_html and "<em>الأحد</em>" in result.body_html
    assert "<h2>خلفية</h2>" in result.body_html and "<li>أول</li>" in result.body_html
    assert '<p dir="ltr">An English line.</p>' in result.body_html
    assert result.direction == Direction.RTL


def test_markdown_without_front_matter_takes_the_heading_as_title(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text("# عنوان الخبر\n\nنص الخبر.\n", encoding="utf-8")
    result = import_file(path)
    assert result.title == "عنوان الخبر"
    assert result.body_html.strip() == "<p>نص الخبر.</p>"


def test_markdown_raw_html_is_sanitised(tmp_path: Path) -> None:
    path = tmp_path / "evil.md"
    path.write_text('نص <script>alert(1)</script> <img src="x" onerror="alert(2)">\n\n'
                    '<a href="javascript:alert(3)">رابط</a>\n', encoding="utf-8")
    html = import_file(path).body_html
    assert "script" not in html and "onerror" not in html and "javascript" not in html


def test_txt_sample_is_cleaned(sample_text: str, tmp_path: Path) -> None:
    path = tmp_path / "sample.txt"
    path.write_text(sample_text, encoding="utf-8")
    result = import_file(path)
    assert result.title == HEADLINE
    assert result.categories == ["روسيا البيضاء"]
    first, *_, last = [p for p in result.body_html.split("\n") if p]
    assert first.startswith("<p>الرئيس الروسي فلاديمير بوتين")
    assert last.startswith("<p>ظهر رئيس فاغنر")
    for bit in ("SHARE", "تم النشر", "نستخدم تسجيلك", "الإعلانات", "حصة هذه المادة", "EU Reporter", "وصــل"):
        assert bit not in result.body_html
    assert len(result.stripped) == 9
    restored = result.restore([s.index for s in result.stripped if s.text == "الإعلانات"])
    assert "<p>الإعلانات</p>" in restored.body_html and len(restored.stripped) == 8


def test_html_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(
        '<html><head><meta charset="utf-8"><meta property="og:title" content="عنوان الصفحة">'
        '<meta property="article:section" content="سياسة"><meta property="article:tag" content="انتخابات">'
        '<meta name="description" content="ملخص قصير"></head><body>'
        '<h1>عنوان الصفحة</h1><div class="social-share">Share</div>'
        '<p style="color:red" class="lead" onclick="x()">فقرة أولى طويلة بما يكفي لتكون بداية المتن هنا.</p>'
        "<p>الإعلانات</p><p>فقرة ثانية تنتهي هنا أيضاً بنقطة واضحة في آخرها.</p>"
        "</body></html>".encode()
    )
    result = import_file(path)
    assert result.title == "عنوان الصفحة"
    assert result.categories == ["سياسة"] and result.tags == ["انتخابات"] and result.excerpt == "ملخص قصير"
    assert result.body_html == (
        "<p>فقرة أولى طويلة بما يكفي لتكون بداية المتن هنا.</p>\n"
        "<p>فقرة ثانية تنتهي هنا أيضاً بنقطة واضحة في آخرها.</p>\n"
    )


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    path.write_bytes('<meta charset="windows-1256"><h1>عنوان</h1><p>نص عربي قديم بترميز ويندوز ينتهي هنا.</p>'
                     .encode("cp1256"))
    result = import_file(path)
    assert result.title == "عنوان" and "نص عربي قديم" in result.body_html


# --- broken and hostile files ----------------------------------------------------------------------


def assert_refused(path: Path, *words: str) -> QalamError:
    with pytest.raises(QalamError) as info:
        import_file(path)
    message = info.value.user_message
    assert message.context == "Import"
    rendered = message.render()
    assert path.name in rendered
    for word in words:
        assert word in rendered
    return info.value


def test_truncated_docx(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx").read_bytes()
    bad = tmp_path / "truncated.docx"
    bad.write_bytes(good[: len(good) // 2])
    assert_refused(bad, "damaged")


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    bad = tmp_path / "fake.docx"
    bad.write_text("this is not a word document", encoding="utf-8")
    assert_refused(bad, "damaged")


def test_zip_without_a_document(tmp_path: Path) -> None:
    bad = tmp_path / "empty.docx"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert_refused(bad, "damaged")


def test_zip_bomb_is_refused_by_its_declared_size(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(importers.MAX_UNPACKED_BYTES // len(chunk) + 8):
                member.write(chunk)
    assert bomb.stat().st_size < 1_000_000
    assert_refused(bomb, "zip bomb")


def test_zip_bomb_that_lies_about_its_size(tmp_path: Path) -> None:
    # The central directory claims 100 bytes; the entry really inflates to 8 MB.
    liar = tmp_path / "liar.docx"
    with zipfile.ZipFile(liar, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (8 << 20))
    data = bytearray(liar.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 100)  # uncompressed size in the central directory
    local = data.find(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, 100)
    liar.write_bytes(bytes(data))
    # zipfile never inflates past the declared size, so the CRC check fails: damaged, not read.
    rendered = assert_refused(liar).user_message.render()
    assert "damaged" in rendered or "zip bomb" in rendered


def test_invalid_utf8_text(tmp_path: Path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes("نص عربي ".encode() + b"\xc3\x28 \xff")
    error = assert_refused(bad, "UTF-8")
    assert "byte" in error.user_message.render()


def test_invalid_utf8_markdown(tmp_path: Path) -> None:
    bad = tmp_path / "broken.md"
    bad.write_bytes(b"# title\n\n\xd8")
    assert_refused(bad, "UTF-8")


def test_fifty_megabyte_file(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    assert_refused(huge, "too large", "50")


def test_unknown_extension(tmp_path: Path) -> None:
    odd = tmp_path / "story.odt"
    odd.write_bytes(b"x")
    assert_refused(odd, ".docx")


def test_missing_file(tmp_path: Path) -> None:
    assert_refused(tmp_path / "missing.txt", "cannot be read")


def test_import_result_is_plain_data() -> None:
    result = ImportResult(title="ع", body_html="<p>نص</p>")
    article = result.to_article(slug="s")
    assert article.slug == "s" and article.body_html == "<p>نص</p>"


def test_empty_and_pathological_files_have_nothing_to_import(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n ", encoding="utf-8")
    assert_refused(empty, "no text")
    deep = tmp_path / "deep.html"
    deep.write_text("<div>" * 5000 + "<p>نص</p>" + "</div>" * 5000, encoding="utf-8")
    assert_refused(deep, "no text")


def test_markdown_images_next_to_the_file_become_media(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    (folder / "img").mkdir(parents=True)
    (folder / "img" / "photo.png").write_bytes(tiny_png())
    (tmp_path / "secret.png").write_bytes(tiny_png(2, 2))
    path = folder / "story.md"
    path.write_text("# عنوان\n\n![صورة الوفد](img/photo.png)\n\nنص.\n\n![خارج المجلد](../secret.png)\n\n"
                    "![بعيدة](https://example.com/a.png)\n", encoding="utf-8")
    result = import_file(path)
    assert len(result.media) == 1
    item = result.media[0]
    assert item.data == tiny_png() and item.alt == "صورة الوفد" and item.mime == "image/png"
    assert f'src="qalam-media:{item.id}"' in result.body_html
    assert "../secret.png" in result.body_html and "https://example.com/a.png" in result.body_html


def test_html_data_uri_images_become_media(tmp_path: Path, sample_text: str) -> None:
    import base64

    uri = "data:image/png;base64," + base64.b64encode(tiny_png()).decode()
    path = tmp_path / "page.html"
    path.write_text(f'<h1>عنوان الخبر هنا</h1><p>فقرة أولى طويلة بما يكفي لتكون بداية المتن هنا.</p>'
                    f'<figure><img src="{uri}" alt="صورة"></figure><p>الإعلانات</p>'
                    '<p>فقرة ثانية تنتهي هنا أيضاً بنقطة واضحة في آخرها.</p>', encoding="utf-8")
    result = import_file(path)
    assert len(result.media) == 1 and result.media[0].data == tiny_png()
    assert "data:image" not in result.body_html
    restored = result.restore([s.index for s in result.stripped])
    assert "data:image" not in restored.body_html
    assert f"qalam-media:{result.media[0].id}" in restored.body_html


def test_store_imports_is_all_or_nothing(tmp_path: Path) -> None:
    from editor_app.core.importers import store_imports
    from editor_app.paths import resolve_paths
    from editor_app.storage.store import DraftStore

    docx_result = import_file(make_docx(tmp_path / "story.docx"))
    text = tmp_path / "note.txt"
    text.write_text("عنوان الخبر القصير\n\nنص الخبر هنا في فقرة كاملة تنتهي بنقطة واضحة.", encoding="utf-8")
    text_result = import_file(text)
    with DraftStore.open(resolve_paths(tmp_path / "data")) as store:
        real_add = store.add_media

        def failing_add(**kwargs: object) -> object:
            raise OSError("disk full")

        store.add_media = failing_add  # type: ignore[method-assign]
        with pytest.raises(OSError):
            store_imports(store, [text_result, docx_result])
        assert store.list_drafts(trashed=None) == []
        store.add_media = real_add  # type: ignore[method-assign]
        articles = store_imports(store, [text_result, docx_result])
        assert [a.title for a in articles] == ["عنوان الخبر القصير", "قمة في الكرملين"]
        media = store.media_for_article(articles[1].id)
        assert len(media) == 1 and f'src="qalam-media:{media[0].id}"' in store.get(articles[1].id).body_html
