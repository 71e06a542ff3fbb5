"""`qalam drafts …` end to end through main([...]) with a temporary data folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from editor_app.cli.main import main
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    os.environ["QALAM_DATA_DIR"] = str(data)  # restored by conftest's monkeypatch

    def _run(*args: str) -> tuple[int, str, str]:
        code = main(["--lang", "en", "--data-dir", str(data), "drafts", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_new_list_show_search(run, tmp_path: Path, sample_text: str) -> None:  # type: ignore[no-untyped-def]
    body = tmp_path / "body.txt"
    body.write_text(sample_text, encoding="utf-8")
    code, out, _ = run("new", "--title", "بوتين يلتقي لوكاشينكو", "--body-file", str(body),
                       "--category", "سياسة", "--tag", "روسيا", "--tag", "فاغنر")
    assert code == 0
    draft_id = out.strip()
    assert len(draft_id) == 36

    code, out, _ = run("list")
    assert code == 0 and draft_id[:8] in out and "بوتين يلتقي لوكاشينكو" in out
    code, out, _ = run("list", "--json")
    [row] = json.loads(out)
    assert row["id"] == draft_id and row["tags"] == ["روسيا", "فاغنر"] and row["categories"] == ["سياسة"]

    code, out, _ = run("show", draft_id[:6], "--format", "json")
    shown = json.loads(out)
    assert shown["title"] == "بوتين يلتقي لوكاشينكو" and "الكرملين" in shown["body_html"]
    code, out, _ = run("show", draft_id[:6], "--format", "html")
    assert code == 0 and "<html" in out and 'dir="rtl"' in out
    code, out, _ = run("show", draft_id[:6])
    assert code == 0 and "بوتين يلتقي لوكاشينكو" in out

    code, out, _ = run("search", "كرملين", "--json")
    [hit] = json.loads(out)
    assert hit["id"] == draft_id
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "الكرملين"
    code, out, _ = run("search", "الكرملين")
    assert code == 0 and draft_id[:8] in out
    code, out, _ = run("search", "وارسو")
    assert code == 1


def test_history_diff_restore_trash(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("new", "--title", "عنوان أول")
    draft_id = out.strip()
    # A second explicit revision, through the store (the GUI's path).
    store = DraftStore.open(resolve_paths(os.environ["QALAM_DATA_DIR"]))
    try:
        store.save(store.get(draft_id).copy(title="عنوان ثان", body_html="<p>نص جديد</p>"))
    finally:
        store.close(backup=False)

    code, out, _ = run("history", draft_id[:5])
    assert code == 0
    assert [line.split()[0] for line in out.strip().splitlines()] == ["2", "1"]
    code, out, _ = run("history", draft_id[:5], "--json")
    assert [r["number"] for r in json.loads(out)] == [2, 1]
    code, out, _ = run("diff", draft_id[:5], "1", "2")
    assert code == 0 and "[-أول-]" in out and "{+ثان+}" in out
    code, out, _ = run("diff", draft_id[:5], "1", "2", "--html")
    assert 'dir="rtl"' in out and "<del" in out
    code, out, _ = run("restore", draft_id[:5], "1")
    assert code == 0 and "3" in out
    code, out, _ = run("show", draft_id, "--format", "json")
    assert json.loads(out)["title"] == "عنوان أول"

    code, out, _ = run("trash", draft_id[:5])
    assert code == 0
    assert run("list", "--json")[1].strip() == "[]"
    assert len(json.loads(run("list", "--trashed", "--json")[1])) == 1
    code, out, _ = run("untrash", draft_id[:5])
    assert code == 0 and len(json.loads(run("list", "--json")[1])) == 1


def test_bad_ids_are_one_clear_line(run) -> None:  # type: ignore[no-untyped-def]
    run("new", "--title", "a")
    code, _, err = run("show", "zzzz")
    assert code == 1 and err.startswith("qalam: ") and "zzzz" in err and len(err.strip().splitlines()) == 1
    draft_id = json.loads(run("list", "--json")[1])[0]["id"]
    code, _, err = run("diff", draft_id, "1", "9")
    assert code == 1 and "9" in err


def test_list_and_history_name_states_and_revisions_in_the_readers_language(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_id = run("new", "--title", "خبر عاجل")[1].strip()
    assert run("list")[1].split()[1] == "Draft"
    assert run("history", draft_id[:6])[1].split()[1] == "Saved"
    data = str(tmp_path / "data")
    assert main(["--lang", "ar", "--data-dir", data, "drafts", "list"]) == 0
    listed = capsys.readouterr().out
    assert main(["--lang", "ar", "--data-dir", data, "drafts", "history", draft_id[:6]]) == 0
    history = capsys.readouterr().out
    for out, raw in ((listed, "draft"), (history, "save")):
        word = out.split()[1]
        assert raw not in out.lower() and all("\u0600" <= ch <= "\u06ff" for ch in word), out
    # The machine-readable forms keep the raw values.
    assert run("list", "--json")[1].count('"state": "draft"') == 1
