"""`qalam drafts search`: prefixes both ways, "Did you mean", --fuzzy; in English and in Arabic."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from editor_app.cli.main import main


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    os.environ["QALAM_DATA_DIR"] = str(data)  # restored by conftest's monkeypatch

    def _run(*args: str, lang: str = "en") -> tuple[int, str, str]:
        code = main(["--lang", lang, "--data-dir", str(data), "drafts", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def _new(run, title: str, body: str, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "body.txt"
    path.write_text(body, encoding="utf-8")
    code, out, _ = run("new", "--title", title, "--body-file", str(path))
    assert code == 0
    return str(out.strip())


def test_search_did_you_mean_and_fuzzy(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = _new(run, "لقاء في موسكو", "التقى بوتين لوكاشينكو في الكرملين يوم الأحد.\n\n"
                                     "وقال الكرملين إن اللقاء تناول التعاون بين البلدين.\n", tmp_path)
    b = _new(run, "بيان", "قال لوكاشينكو إن قوات فاغنر باقية في بيلاروسيا.\n\n"
                           "وأضاف أن التدريبات مستمرة مع الجيش البيلاروسي.\n", tmp_path)

    code, out, _ = run("search", "ولوكاشينكو")  # a prefixed query finds the bare name
    assert code == 0 and a[:8] in out and b[:8] in out

    code, out, _ = run("search", "لوكاشنكو")
    assert code == 1
    assert "Nothing found." in out and "Did you mean: لوكاشينكو?" in out

    code, out, _ = run("search", "لوكاشنكو", "--fuzzy")
    assert code == 0 and a[:8] in out and b[:8] in out
    assert "Also showing drafts with: لوكاشينكو" in out

    code, out, err = run("search", "لوكاشنكو", "--fuzzy", "--json")
    assert {h["id"] for h in json.loads(out)} == {a, b}  # stdout stays JSON
    assert "لوكاشينكو" in err

    code, out, _ = run("search", "لوكاشنكو", lang="ar")
    assert code == 1 and "هل تقصد: لوكاشينكو؟" in out

    code, out, _ = run("search", "مدغشقر")  # nothing close: no suggestion
    assert code == 1 and "Did you mean" not in out
