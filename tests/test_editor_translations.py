"""Arabic for every string the editor adds, ready to merge into translations/qalam_ar.ts.

``ARABIC`` maps ``context|source`` to the translation. The first test runs lupdate over the
editor's files and fails when a string has no entry here; the lead merges the table into
the .ts file (the editor's engineer does not edit translations/).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EDITOR_FILES = [
    *sorted((REPO / "editor_app" / "gui" / "editor").glob("*.py")),
    REPO / "editor_app" / "gui" / "editor_area.py",
    REPO / "editor_app" / "gui" / "metadata_panel.py",
    REPO / "editor_app" / "core" / "spelling.py",
]

ARABIC: dict[str, str] = {
    "EditorArea|Nothing open": "لا شيء مفتوح",
    "EditorArea|Choose a draft from the list, or press Ctrl+N for a new one.": (
        "اختر مسودة من القائمة، أو اضغط Ctrl+N لمسودة جديدة."
    ),
    "FindReplaceDialog|Find and Replace": "بحث واستبدال",
    "FindReplaceDialog|Find": "بحث",
    "FindReplaceDialog|Replace with": "استبدال بـ",
    "FindReplaceDialog|Ignore vowel marks and hamza forms": "تجاهل الحركات وأشكال الهمزة",
    "FindReplaceDialog|Match case": "مطابقة حالة الأحرف",
    "FindReplaceDialog|Whole words": "كلمات كاملة",
    "FindReplaceDialog|Find Next": "البحث عن التالي",
    "FindReplaceDialog|Find Previous": "البحث عن السابق",
    "FindReplaceDialog|Replace": "استبدال",
    "FindReplaceDialog|Replace All": "استبدال الكل",
    "FindReplaceDialog|Not found": "غير موجود",
    "FindReplaceDialog|{n} matches": "عدد النتائج: {n}",
    "FindReplaceDialog|Replaced {n}": "عدد الاستبدالات: {n}",
    "FormatActions|Heading": "عنوان",
    "FormatActions|Subheading": "عنوان فرعي",
    "FormatActions|Body Text": "نص عادي",
    "FormatActions|Bold": "غامق",
    "FormatActions|Italic": "مائل",
    "FormatActions|Link…": "رابط…",
    "FormatActions|Block Quote": "اقتباس",
    "FormatActions|Bulleted List": "قائمة نقطية",
    "FormatActions|Numbered List": "قائمة مرقمة",
    "FormatActions|Image…": "صورة…",
    "FormatActions|Horizontal Rule": "خط فاصل",
    "FormatActions|Clear Formatting": "مسح التنسيق",
    "FormatActions|Left-to-Right Paragraph": "فقرة من اليسار إلى اليمين",
    "FormatActions|Paste as Plain Text": "لصق كنص عادي",
    "FormatActions|Find and Replace…": "بحث واستبدال…",
    "FormatActions|Zoom In": "تكبير",
    "FormatActions|Zoom Out": "تصغير",
    "FormatActions|Actual Size": "الحجم الفعلي",
    "FormatActions|Import Newsroom Word List…": "استيراد قائمة كلمات غرفة الأخبار…",
    "FormatActions|Formatting": "التنسيق",
    "FormatActions|Import a Newsroom Word List": "استيراد قائمة كلمات لغرفة الأخبار",
    "FormatActions|Text files (*.txt);;All files (*)": "ملفات نصية (*.txt);;كل الملفات (*)",
    "FormatActions|Added {n} new words to the newsroom word list.": (
        "أُضيفت {n} كلمة جديدة إلى قائمة كلمات غرفة الأخبار."
    ),
    "ImageDialog|Insert Image": "إدراج صورة",
    "ImageDialog|Image file": "ملف الصورة",
    "ImageDialog|Choose…": "اختيار…",
    "ImageDialog|File": "الملف",
    "ImageDialog|Alternative text": "النص البديل",
    "ImageDialog|What the image shows, for readers who cannot see it": (
        "ما تُظهره الصورة، للقراء الذين لا يرونها"
    ),
    "ImageDialog|Caption": "التعليق",
    "ImageDialog|Alt text": "النص البديل",
    "ImageDialog|Choose an Image": "اختر صورة",
    "ImageDialog|Images (*.png *.jpg *.jpeg *.gif *.webp)": "صور (*.png *.jpg *.jpeg *.gif *.webp)",
    "LinkDialog|Link": "رابط",
    "LinkDialog|Link text": "نص الرابط",
    "LinkDialog|Address": "العنوان",
    "LinkDialog|Text": "النص",
    "LinkDialog|Remove Link": "إزالة الرابط",
    "MetadataPanel|Excerpt": "المقتطف",
    "MetadataPanel|One or two sentences shown in lists and on social media": (
        "جملة أو جملتان تظهران في القوائم وعلى وسائل التواصل الاجتماعي"
    ),
    "MetadataPanel|Slug": "الرابط المختصر",
    "MetadataPanel|Suggest": "اقتراح",
    "MetadataPanel|Make a slug from the title": "إنشاء رابط مختصر من العنوان",
    "MetadataPanel|Category": "التصنيف",
    "MetadataPanel|Tags": "الوسوم",
    "MetadataPanel|Separated by commas": "مفصولة بفواصل",
    "MetadataPanel|No image": "لا توجد صورة",
    "MetadataPanel|Choose…": "اختيار…",
    "MetadataPanel|Featured image": "الصورة البارزة",
    "MetadataPanel|Featured image alt text": "النص البديل للصورة البارزة",
    "MetadataPanel|Alt text": "النص البديل",
    "MetadataPanel|Choose the Featured Image": "اختر الصورة البارزة",
    "MetadataPanel|Images (*.png *.jpg *.jpeg *.gif *.webp)": "صور (*.png *.jpg *.jpeg *.gif *.webp)",
    "MetadataPanel|Image attached": "صورة مرفقة",
    "RichTextEditor|Article text": "نص المقال",
    "RichTextEditor|The article could not be shown: {error}": "تعذّر عرض المقال: {error}",
    "RichTextEditor|Removed {n} invisible control characters from the pasted text ({names}).": (
        "أُزيل {n} من محارف التحكم غير المرئية من النص الملصوق ({names})."
    ),
    "RichTextEditor|(no suggestions)": "(لا توجد اقتراحات)",
    "RichTextEditor|Add to My Dictionary": "إضافة إلى قاموسي",
    "RichTextEditor|Ignore": "تجاهل",
    "Spelling|Could not save the word list {path}: {error}": "تعذّر حفظ قائمة الكلمات {path}: {error}",
    "Spelling|Could not read the word list {path}: {error}": "تعذّرت قراءة قائمة الكلمات {path}: {error}",
    "TitleFields|Title": "العنوان",
    "TitleFields|Subtitle": "العنوان الفرعي",
}


def _collected(tmp_path: Path) -> set[str]:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "editor_ar.ts"
    subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", *map(str, EDITOR_FILES), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add(f"{name}|{message.findtext('source') or ''}")
    return found


def test_every_editor_string_has_arabic(tmp_path: Path) -> None:
    collected = _collected(tmp_path)
    assert sorted(collected - ARABIC.keys()) == []
    assert not any(key.startswith("|") for key in collected), "tr() through an alias hides the context"


def test_translations_keep_placeholders() -> None:
    for key, text in ARABIC.items():
        source = key.split("|", 1)[1]
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", text)), key
