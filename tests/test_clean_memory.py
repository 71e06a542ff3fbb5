"""Long drafts' cleaned form kept (core/clean_memory.py): used only when it gives the draft back."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from app_probe import run_probe, seed_draft

from editor_app.core import clean_memory, code_identity, html_clean
from editor_app.core.blocks import article_body
from editor_app.core.clean_memory import CleanMemory, memory_key
from editor_app.core.html_clean import clean_blocks

SAMPLE = (Path(__file__).parent / "data" / "belarus-wagner-ar.txt").read_text(encoding="utf-8")

RICH = (
    "<h2>التقى بوتين ولوكاشينكو</h2>"
    "<p>قال <strong>المتحدث</strong> إن <a href=\"https://example.com/?a=1&amp;b=2\">الوفد</a>"
    " وصل &lt;أمس&gt;"
    "<br>إلى مينسك، و<em>Wagner</em> هناك.</p>"
    "<p dir=\"ltr\">The delegation arrived in Minsk on 23 July.</p>"
    "<ul><li>أولا<ul><li>فرعي</li></ul></li><li>ثانيا</li></ul>"
    "<ol><li>واحد</li><li>اثنان</li></ol>"
    "<blockquote><p>«لن نسمح بأي اعتداء»</p></blockquote>"
    "<figure><img src=\"https://example.com/a.jpg\" alt=\"صورة\">"
    "<figcaption>الرئيسان في الكرملين</figcaption></figure>"
    "<table><tr><th>البلد</th><th>القوات</th></tr><tr><td>بيلاروسيا</td><td>٢٠٠٠</td></tr></table>"
    "<hr>"
)
# A post as the block editor stores it: a block Qalam keeps as it is rides along as data.
POST = (
    "<!-- wp:paragraph --><p>فقرة من الموقع</p><!-- /wp:paragraph -->"
    "<!-- wp:embed {\"url\":\"https://youtu.be/x\"} --><figure class=\"wp-block-embed\">https://youtu.be/x</figure>"
    "<!-- /wp:embed -->"
)


def _canonical(source: str, direction: str = "rtl") -> str:
    markup = clean_blocks(source, direction, keep_block_data=True).html
    assert clean_blocks(markup, direction, keep_block_data=True).html == markup  # what Qalam stores
    return markup


def _long_rich() -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in SAMPLE.splitlines() if line.strip())
    return _canonical(RICH + article_body(POST) + paragraphs * 12)


def _no_cleaning(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("cleaned again")

    monkeypatch.setattr(html_clean, "clean_blocks", refuse)


def test_a_long_draft_comes_back_with_the_same_blocks_without_cleaning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    markup = _long_rich()
    assert len(markup) > clean_memory.MIN_CHARS
    expected = clean_blocks(markup, "rtl", keep_block_data=True).blocks
    assert any(type(c) is html_clean.Markup for b in expected for e in b.iter() for c in e.children) or any(
        html_clean.BLOCK_DATA in e.attrs for b in expected for e in b.iter()
    )
    folder = tmp_path / "cache" / "cleaned"
    assert CleanMemory(folder).blocks(markup, "rtl") == expected
    assert [p.name for p in folder.iterdir()] == [f"{memory_key(markup, 'rtl')}.json"]

    _no_cleaning(monkeypatch)
    again = CleanMemory(folder).blocks(markup, "rtl")
    assert again == expected
    assert html_clean.serialize(again) == markup


def test_a_kept_form_that_does_not_give_the_draft_back_is_never_used(tmp_path: Path) -> None:
    markup = _long_rich()
    expected = clean_blocks(markup, "rtl", keep_block_data=True).blocks
    memory = CleanMemory(tmp_path)
    memory.blocks(markup, "rtl")
    path = tmp_path / f"{memory_key(markup, 'rtl')}.json"
    good = path.read_text(encoding="utf-8")
    tampered = good.replace("الكرملين", "البيت الأبيض", 1)
    assert tampered != good
    data = json.loads(good)
    data["blocks"] = data["blocks"][:-1]  # well formed, one paragraph short
    for damage in (tampered, good[: len(good) // 2], "not json", json.dumps(data),
                   json.dumps({"format": "other", "key": data["key"], "blocks": []}),
                   json.dumps(dict(data, blocks=[["p", {"dir": 1}, []]]))):
        path.write_text(damage, encoding="utf-8")
        assert CleanMemory(tmp_path).blocks(markup, "rtl") == expected
        assert path.read_text(encoding="utf-8") == good  # written again, as it should be


def test_short_and_non_canonical_drafts_are_not_kept(tmp_path: Path) -> None:
    memory = CleanMemory(tmp_path / "kept")
    short = _canonical("<p>خبر قصير</p>")
    assert memory.blocks(short, "rtl") == clean_blocks(short, "rtl", keep_block_data=True).blocks
    messy = ("<p>قال  المتحدث\u200b إن الوفد وصل.</p>" * 700)  # double spaces and a zero-width space
    assert len(messy) > clean_memory.MIN_CHARS
    assert memory.blocks(messy, "rtl") == clean_blocks(messy, "rtl", keep_block_data=True).blocks
    memory.remember(messy, "rtl")
    memory.remember(short, "rtl")
    assert not (tmp_path / "kept").exists()


def test_the_key_follows_the_text_the_direction_and_the_cleaning_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    markup = _long_rich()
    key = memory_key(markup, "rtl")
    assert memory_key(markup, "ltr") != key
    assert memory_key(markup.replace("بوتين", "بوتن", 1), "rtl") != key
    clean_memory.code_identity.cache_clear()
    monkeypatch.setattr(code_identity, "__version__", "99.0")  # another Qalam
    try:
        assert memory_key(markup, "rtl") != key
    finally:
        clean_memory.code_identity.cache_clear()
    monkeypatch.setattr(clean_memory, "code_identity", lambda: "an edited html_clean.py")
    assert memory_key(markup, "rtl") != key


def test_only_the_newest_drafts_are_kept_and_a_blocked_folder_keeps_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "cleaned"
    memory = CleanMemory(folder, max_drafts=2, min_chars=0)
    drafts = [_canonical(f"<p>مسودة رقم {n}</p>") for n in range(3)]
    for n, markup in enumerate(drafts[:2]):
        memory.blocks(markup, "rtl")
        os.utime(folder / f"{memory_key(markup, 'rtl')}.json", (1_000_000 + n, 1_000_000 + n))
    memory.blocks(drafts[0], "rtl")  # used again: now the newest of the two
    memory.remember(drafts[2], "rtl")
    kept = {p.stem for p in folder.iterdir()}
    assert kept == {memory_key(drafts[0], "rtl"), memory_key(drafts[2], "rtl")}

    blocked = tmp_path / "a file"
    blocked.write_text("in the way", encoding="utf-8")
    markup = drafts[1]
    assert CleanMemory(blocked / "cleaned", min_chars=0).blocks(markup, "rtl") == clean_blocks(
        markup, "rtl", keep_block_data=True
    ).blocks
    CleanMemory(blocked / "cleaned", min_chars=0).remember(drafts[0], "rtl")  # says nothing, raises nothing


def test_the_window_reopens_an_edited_long_draft_from_its_kept_form(tmp_path: Path) -> None:
    """Through the real command twice: the first start opens a long draft, a word is typed, and the window
    closes (saving it, and keeping its cleaned form); the second start shows the edited text, to the
    character, without cleaning it."""
    data = tmp_path / "data"
    body = "".join(f"<p>{line}</p>" for line in SAMPLE.splitlines() if line.strip()) * 14
    draft_id = seed_draft(data, "مسودة طويلة", body)
    probe = (
        "import json, os, sys\n"
        "from editor_app.cli.main import main\n"
        "from editor_app.core import clean_memory, html_clean\n"
        "from editor_app.gui.editor import widget\n"
        "kept, html = [], []\n"
        "read = clean_memory.CleanMemory._read\n"
        "def reading(self, key, markup):\n"
        "    found = read(self, key, markup)\n"
        "    kept.append(found is not None)\n"
        "    return found\n"
        "clean_memory.CleanMemory._read = reading\n"
        "loaded = widget.RichTextEditor._loaded\n"
        "def on_loaded(self, doc):\n"
        "    loaded(self, doc)\n"
        "    if os.environ.get('TYPE'):\n"
        "        cursor = self.textCursor()\n"
        "        cursor.movePosition(cursor.MoveOperation.End)\n"
        "        self.setTextCursor(cursor)\n"
        "        cursor.insertText(' وانتهى اللقاء')\n"
        "    html.append(self.to_html())\n"
        "widget.RichTextEditor._loaded = on_loaded\n"
        "code = main(sys.argv[1:])\n"
        "print(json.dumps({'code': code, 'kept': kept, 'html': html[-1] if html else None}))\n"
    )
    args = ("--data-dir", str(data), "--lang", "ar", "--open", draft_id)
    first = run_probe(probe, *args, "--screenshot", str(tmp_path / "one.png"), env={"TYPE": "1"})
    second = run_probe(probe, *args, "--screenshot", str(tmp_path / "two.png"))
    assert first["kept"] == [False]
    assert "وانتهى اللقاء" in first["html"]
    assert second["kept"] == [True]
    assert second["html"] == first["html"]
    from editor_app.paths import resolve_paths
    from editor_app.storage.store import DraftStore

    store = DraftStore.open(resolve_paths(data))
    try:
        assert store.get(draft_id).body_html == second["html"]
    finally:
        store.close(backup=False)
