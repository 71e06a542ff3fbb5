"""`qalam drafts new --title T --body-file F` keeps every paragraph (issue 13), through the real command."""

from __future__ import annotations

import html
import json
import os
from pathlib import Path

import pytest

from editor_app.cli.main import main

PARAGRAPHS = [
    "التقى الرئيس الروسي فلاديمير بوتين نظيره البيلاروسي ألكسندر لوكاشينكو يوم الأحد.",
    "وقال الكرملين إن الزيارة تستمر يومين وتتناول التعاون العسكري.",
    "Moscow said the talks covered the Wagner group and border security.",
    "وأضاف المتحدث أن الرئيسين ناقشا أسعار الطاقة والتجارة بين البلدين.",
    "ولم يصدر تعليق فوري من مينسك على ما جاء في البيان الروسي.",
    "وكانت روسيا قد حذرت من أن أي اعتداء على بيلاروسيا هو اعتداء عليها.",
    "ويأتي اللقاء بعد أسابيع من التوتر على الحدود الغربية.",
]


def _write(path: Path, kind: str, paragraphs: list[str], heading: str | None = None) -> None:
    if kind == "txt":
        text = "\n\n".join(([heading] if heading else []) + paragraphs) + "\n"
    elif kind == "md":
        text = (f"# {heading}\n\n" if heading else "") + "\n\n".join(paragraphs) + "\n"
    else:
        head = f"<h1>{html.escape(heading)}</h1>" if heading else ""
        text = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>x</title></head><body>" + head
                + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + "</body></html>")
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def qalam(tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    os.environ["QALAM_DATA_DIR"] = str(data)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--lang", "en", "--data-dir", str(data), "drafts", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _show(qalam, draft_id: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    code, out, err = qalam("show", draft_id, "--format", "json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def _paragraphs(body_html: str) -> list[str]:
    import re

    return [html.unescape(re.sub(r"<[^>]+>", "", p)).strip()
            for p in re.findall(r"<p\b[^>]*>.*?</p>", body_html, re.S)]


@pytest.mark.parametrize("kind", ["txt", "md", "html"])
@pytest.mark.parametrize("count", [1, 2, 7])
def test_every_paragraph_is_kept_and_the_title_is_the_given_one(qalam, tmp_path: Path, kind: str,  # type: ignore[no-untyped-def]
                                                                count: int) -> None:
    source = tmp_path / f"body.{kind}"
    _write(source, kind, PARAGRAPHS[:count])
    code, out, err = qalam("new", "--title", "بوتين يلتقي لوكاشينكو", "--body-file", str(source))
    assert code == 0, err
    draft = _show(qalam, out.strip())
    assert draft["title"] == "بوتين يلتقي لوكاشينكو"
    assert _paragraphs(str(draft["body_html"])) == PARAGRAPHS[:count]


@pytest.mark.parametrize("kind", ["md", "html"])
def test_a_heading_in_the_file_stays_in_the_body_when_a_title_is_given(qalam, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                       kind: str) -> None:
    source = tmp_path / f"body.{kind}"
    _write(source, kind, PARAGRAPHS[:2], heading="عنوان داخل الملف")
    _code, out, _ = qalam("new", "--title", "العنوان المعطى", "--body-file", str(source))
    draft = _show(qalam, out.strip())
    assert draft["title"] == "العنوان المعطى"
    assert "عنوان داخل الملف" in str(draft["body_html"])
    assert _paragraphs(str(draft["body_html"])) == PARAGRAPHS[:2]


@pytest.mark.parametrize("kind", ["md", "html"])
def test_without_a_title_the_file_heading_is_the_title(qalam, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / f"body.{kind}"
    _write(source, kind, PARAGRAPHS[:3], heading="عنوان داخل الملف")
    code, out, err = qalam("new", "--body-file", str(source))
    assert code == 0, err
    draft = _show(qalam, out.strip())
    assert draft["title"] == "عنوان داخل الملف"
    assert _paragraphs(str(draft["body_html"])) == PARAGRAPHS[:3]


def test_bidi_controls_are_removed_from_a_body_file(qalam, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "body.txt"
    source.write_text("قال \u202eالوزير\u202c إن \u2067EU\u2069 وافقت\u200f.\n\nفقرة \u2066ثانية\u2069.\n",
                      encoding="utf-8")
    _code, out, _ = qalam("new", "--title", "عنوان \u202bمقلوب\u202c", "--body-file", str(source))
    draft = _show(qalam, out.strip())
    body = str(draft["body_html"])
    for control in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
        assert control not in body and control not in str(draft["title"])
    assert "\u200f" in body  # RLM is a plain mark: it stays
    assert _paragraphs(body) == ["قال الوزير إن EU وافقت\u200f.", "فقرة ثانية."]
    assert draft["title"] == "عنوان مقلوب"
