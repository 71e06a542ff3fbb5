"""`qalam drafts import|export` and `qalam check` end to end through main([...])."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.cli.main import main
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore
from tests.test_import import HEADLINE, make_docx


@pytest.fixture
def qalam(tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    data = tmp_path / "data"

    def _run(*args: str) -> tuple[int, str, str]:
        code = main(["--lang", "en", "--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    _run.data = data  # type: ignore[attr-defined]
    return _run


def drafts_in(data: Path) -> list[str]:
    with DraftStore.open(resolve_paths(data)) as store:
        return [d.id for d in store.list_drafts(trashed=None)]


def test_import_prints_new_ids_and_keeps_images(qalam, tmp_path: Path, sample_text: str) -> None:  # type: ignore[no-untyped-def]
    txt = tmp_path / "sample.txt"
    txt.write_text(sample_text, encoding="utf-8")
    docx_path = make_docx(tmp_path / "story.docx")
    code, out, err = qalam("drafts", "import", str(txt), str(docx_path))
    assert code == 0, err
    ids = out.split()
    assert len(ids) == 2 and all(len(i) == 36 for i in ids)
    assert "removed 9 blocks" in err
    with DraftStore.open(resolve_paths(qalam.data)) as store:
        sample = store.get(ids[0])
        assert sample.title == HEADLINE and sample.categories == ["روسيا البيضاء"]
        story = store.get(ids[1])
        media = store.media_for_article(story.id)
        assert len(media) == 1 and media[0].alt == "صورة اللقاء"
        assert f'src="qalam-media:{media[0].id}"' in story.body_html


def test_import_json_lists_what_was_stripped(qalam, tmp_path: Path, sample_text: str) -> None:  # type: ignore[no-untyped-def]
    txt = tmp_path / "sample.txt"
    txt.write_text(sample_text, encoding="utf-8")
    code, out, _ = qalam("drafts", "import", "--json", str(txt))
    assert code == 0
    report = json.loads(out)
    assert report[0]["title"] == HEADLINE
    assert {"text": "SHARE:", "reason": "Share buttons", "rule": "share-buttons"} in report[0]["stripped"]


def test_a_broken_file_imports_nothing(qalam, tmp_path: Path, sample_text: str) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.txt"
    good.write_text(sample_text, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfd not text \xc3\x28")
    bad.write_bytes(b"abc \xc3\x28 def")
    code, out, err = qalam("drafts", "import", str(good), str(bad))
    assert code == 1 and out == ""
    assert "bad.txt is not valid UTF-8" in err and "Nothing was imported" in err
    assert drafts_in(qalam.data) == []


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_export_and_reimport(qalam, tmp_path: Path, sample_text: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    txt = tmp_path / "sample.txt"
    txt.write_text(sample_text, encoding="utf-8")
    _, out, _ = qalam("drafts", "import", str(txt))
    draft_id = out.strip()
    target = tmp_path / f"out.{fmt}"
    code, out, err = qalam("drafts", "export", draft_id[:8], "--format", fmt, "-o", str(target))
    assert code == 0, err and out.strip() == str(target)
    code, out, _ = qalam("drafts", "import", str(target))
    with DraftStore.open(resolve_paths(qalam.data)) as store:
        first, second = store.get(draft_id), store.get(out.strip())
    assert second.title == first.title and second.categories == first.categories
    assert second.body_html == first.body_html


def test_export_pdf_from_the_command_line(qalam, tmp_path: Path, sample_text: str) -> None:  # type: ignore[no-untyped-def]
    txt = tmp_path / "sample.txt"
    txt.write_text(sample_text, encoding="utf-8")
    _, out, _ = qalam("drafts", "import", str(txt))
    target = tmp_path / "story.pdf"
    code, _, err = qalam("drafts", "export", out.strip(), "-o", str(target))
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")


def test_check_text_and_json(qalam, tmp_path: Path, sample_text: str) -> None:  # type: ignore[no-untyped-def]
    txt = tmp_path / "sample.txt"
    txt.write_text(sample_text, encoding="utf-8")
    _, out, _ = qalam("drafts", "import", "--keep-boilerplate", str(txt))
    draft_id = out.strip()
    code, out, _ = qalam("check", draft_id, "--no-spelling")
    assert code == 3  # kept as pasted: no category, and the headline's slug is over 200 bytes
    assert "latin-fragment" in out and "tatweel" in out and "space-before-punctuation" in out
    code, out, _ = qalam("check", draft_id, "--json", "--no-spelling")
    payload = json.loads(out)
    assert payload["id"] == draft_id and payload["ok"] is False
    assert {"category-missing", "slug-too-long"} <= {f["rule"] for f in payload["findings"]}
    texts = {(f["rule"], f["text"]) for f in payload["findings"]}
    assert ("latin-fragment", "SHARE") in texts and ("latin-fragment", "on") in texts
    assert ("tatweel", "وصــل") in texts


def test_check_exit_code_3_on_errors(qalam, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = qalam("drafts", "new", "--title", "عنوان")
    code, out, _ = qalam("check", out.strip(), "--json", "--no-spelling")
    assert code == 3
    assert "category-missing" in {f["rule"] for f in json.loads(out)["findings"]}


def test_check_with_a_newsroom_rules_file(qalam, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from editor_app.core.checks import HouseRules, RuleSetting

    rules = HouseRules.default()
    rules.rules["category-missing"] = RuleSetting(enabled=False)
    rules.rules["featured-image-missing"] = RuleSetting(enabled=False)
    path = tmp_path / "house.json"
    rules.save(path)
    _, out, _ = qalam("drafts", "new", "--title", "عنوان", "--category", "سياسة")
    code, out, _ = qalam("check", out.strip(), "--json", "--no-spelling", "--rules", str(path))
    assert code == 0
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"excerpt-missing"}


def test_check_fix_applies_and_saves(qalam, tmp_path: Path, sample_text: str) -> None:  # type: ignore[no-untyped-def]
    txt = tmp_path / "sample.txt"
    txt.write_text(sample_text, encoding="utf-8")
    _, out, _ = qalam("drafts", "import", str(txt))
    draft_id = out.strip()
    code, out, err = qalam("check", draft_id, "--json", "--no-spelling", "--fix",
                           "space-before-punctuation")
    assert code == 3  # the headline's slug is still too long: not among the rules asked to fix
    assert "13 fixes applied" in err
    assert "space-before-punctuation" not in {f["rule"] for f in json.loads(out)["findings"]}
    with DraftStore.open(resolve_paths(qalam.data)) as store:
        body = store.get(draft_id).body_html
        assert "(23 يوليو)، على حد قول الكرملين، بعد" in body
        assert len(store.history(draft_id)) == 2
