"""One word count: the definition, and the same number in the status bar, the list, `drafts show`, `check`,
the exports and the inbox."""

from __future__ import annotations

import argparse
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.cli.main import main
from editor_app.core import exporters
from editor_app.core.arabic_text import text_stats
from editor_app.core.article import Article
from editor_app.core.plain_text import article_word_count, word_count
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore

# Mixed Arabic and Latin news copy: vowel marks, tatweel, a hyphenated word, numbers written four ways,
# a heading, a list, a quote, a link and a no-break space. 30 words, counted by hand.
MIXED = (
    "<h2>مُحَمَّدٌ يزور مينسك</h2>"
    '<p>قالَ الرئيسُ إنّ "well-known" خطة COVID-19 تكلّف 3.5 مليار و1,200 جندي في عام ٢٠٢٣.</p>'
    "<ul><li>بند أول</li><li>second item</li></ul>"
    "<blockquote><p>O'Brien said: «نعم»</p></blockquote>"
    '<p>وصــل الوفد&nbsp;إلى <a href="https://example.org">الموقع</a> الساعة 10:30.</p>'
)
MIXED_WORDS = 30


@pytest.mark.parametrize(("text", "words"), [
    ("حديثاً", 1),  # tanween does not split (Python's \w would)
    ("مُحَمَّدٌ رسولُ", 2),
    ("وصــل", 1),  # tatweel
    ("well-known", 1),
    ("COVID-19", 1),
    ("O'Brien", 1),
    ("3.5", 1), ("1,200", 1), ("٢٠٢٣", 1), ("٣٫٥", 1), ("10:30", 1),
    ("e.g. this", 3),  # a dot between letters still separates
    ("a - b", 2), ("word—word", 2), ("foo_bar", 2),
    ("الأول،الثاني", 2),  # the Arabic comma separates
    ("قال: «نعم»", 2), ("50%", 1), ("", 0), ("—", 0), ("…", 0),
])
def test_definition(text: str, words: int) -> None:
    assert word_count(text) == words


def test_one_count_for_mixed_text_in_core() -> None:
    assert article_word_count(MIXED) == MIXED_WORDS
    assert text_stats("مُحَمَّدٌ يزور well-known 3.5").words == 4  # what the status bar runs


def test_the_same_number_in_every_place(qtbot: QtBot, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    paths = resolve_paths(data).ensure()
    with DraftStore.open(paths) as store:
        article = store.create(Article(title="عدّ الكلمات", body_html=MIXED))

    def cli(*argv: str) -> object:
        capsys.readouterr()
        code = main(["--data-dir", str(data), "--lang", "en", *argv])
        out = capsys.readouterr().out
        assert code in (0, 3), out
        return json.loads(out)

    listed = cli("drafts", "list", "--json")
    assert isinstance(listed, list) and listed[0]["word_count"] == MIXED_WORDS
    shown = cli("drafts", "show", article.id[:8], "--json")
    assert isinstance(shown, dict) and shown["word_count"] == MIXED_WORDS
    checked = cli("check", article.id[:8], "--json", "--no-spelling")
    assert isinstance(checked, dict) and checked["words"] == MIXED_WORDS

    capsys.readouterr()
    assert main(["--data-dir", str(data), "drafts", "show", article.id[:8]]) == 0
    assert f"words: {MIXED_WORDS}\n" in capsys.readouterr().out  # the Markdown export's front matter
    stored = DraftStore.open(paths)
    try:
        full = stored.get(article.id)
    finally:
        stored.close(backup=False)
    assert f'<meta itemprop="wordCount" content="{MIXED_WORDS}">' in exporters.export_html(full)
    with zipfile.ZipFile(io.BytesIO(exporters.export_docx_bytes(full))) as docx:
        assert f"<Words>{MIXED_WORDS}</Words>" in docx.read("docProps/app.xml").decode("utf-8")

    # The status bar of the real window, offscreen, with the draft open.
    from editor_app.cli.context import make_context
    from editor_app.gui.launch import build_window

    _ctx, window = build_window(make_context(argparse.Namespace(data_dir=str(data), lang="en")),
                                tasks_inline=False)
    qtbot.addWidget(window)
    window.show()
    window.start(interactive=False, open_id=article.id)

    def status_words() -> int | None:
        found = re.match(r"([\d,]+) words", window.status.words.text())
        return int(found.group(1).replace(",", "")) if found else None

    qtbot.waitUntil(lambda: window.documents.article is not None and status_words() not in (None, 0),
                    timeout=15000)
    assert status_words() == MIXED_WORDS
    window.close()
