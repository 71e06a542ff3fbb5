"""One live desk, through the real window, store and command line (a separate `qalam` process):
autosave while typing without a pause, changes made elsewhere, the list selection, the saving state,
the disk-full banner, and a second window handing over to the first."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from qt_helpers import type_text

from editor_app.cli.context import make_context
from editor_app.core.article import Article
from editor_app.gui import document_controller
from editor_app.gui.launch import build_window
from editor_app.gui.main_window import MainWindow
from editor_app.gui.single_instance import SingleInstance
from editor_app.paths import resolve_paths
from editor_app.storage.errors import MSG_FULL, DiskFullError
from editor_app.storage.store import DraftStore
from editor_app.storage.store_state import NOTE_CONFLICT

WORDS = "قال الكرملين إن الزيارة مهمة للعلاقات بين البلدين وأضاف المتحدث".split()
BODY = "".join(f"<p>{' '.join(WORDS)} {i}</p>" for i in range(12))


def _window(qtbot: QtBot, data: Path, lang: str = "ar") -> MainWindow:
    _ctx, window = build_window(
        make_context(argparse.Namespace(data_dir=str(data), lang=lang)), tasks_inline=False
    )
    qtbot.addWidget(window)
    window.show()
    window.start(interactive=False)
    window.store_gate.request()  # these tests are about the open store (the light start: test_startup_path)
    qtbot.waitUntil(lambda: "store" in window.ctx.services, timeout=15000)
    qtbot.waitUntil(lambda: window.live_desk.watcher is not None, timeout=5000)
    return window


def _draft(data: Path, **fields: object) -> str:
    store = DraftStore.open(resolve_paths(data))
    try:
        return store.create(Article(**fields)).id  # type: ignore[arg-type]
    finally:
        store.close(backup=False)


def _open(qtbot: QtBot, window: MainWindow, article_id: str) -> None:
    window.open_draft(article_id)
    editor = window.editor_area.editor
    qtbot.waitUntil(lambda: window.documents.article is not None and window.documents.article.id == article_id
                    and not editor.is_loading(), timeout=10000)


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "editor_app", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120, check=True)


def test_typing_without_a_pause_is_journalled_within_the_maximum_wait(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    article_id = _draft(data, title="خبر")
    window = _window(qtbot, data)
    _open(qtbot, window, article_id)
    editor = window.editor_area.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    journal = data / "recovery" / f"{article_id}.json"
    store = window.ctx.services["store"]
    revisions = len(store.history(article_id))

    typed: list[tuple[float, str]] = []  # (when, a word typed then)
    journalled: list[tuple[float, str]] = []  # (when seen, body in the journal)
    start = time.monotonic()
    i = 0
    while time.monotonic() - start < 5.0:  # a word every ~0.15 s: the 1 s pause never comes
        word = f"{WORDS[i % len(WORDS)]}{i}"
        type_text(editor, f" {word}")
        typed.append((time.monotonic(), word))
        i += 1
        qtbot.wait(150)
        if journal.exists():
            body = json.loads(journal.read_text(encoding="utf-8"))["article"]["body_html"]
            if not journalled or journalled[-1][1] != body:
                journalled.append((time.monotonic(), body))
    end = time.monotonic()

    assert journalled, "nothing was journalled in 5 s of typing"
    assert journalled[0][0] - start <= 2.5  # the first write came within the maximum wait (+ polling)
    assert len(journalled) >= 2  # and again while the typing went on
    newest = journalled[-1][1]
    for when, word in typed:
        if when <= end - 2.0:
            assert word in newest, f"{word}, typed {end - when:.1f} s before the end, is not journalled"
    # The history is untouched while typing: the maximum wait writes the journal, not revisions.
    assert len(store.history(article_id)) == revisions
    assert window.documents.is_dirty()


def test_a_command_line_change_reloads_the_open_draft_keeping_the_cursor(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    article_id = _draft(data, title="العنوان الأول", body_html=BODY)
    window = _window(qtbot, data)
    _open(qtbot, window, article_id)
    editor = window.editor_area.editor
    cursor = editor.textCursor()
    cursor.setPosition(123)
    editor.setTextCursor(cursor)
    opened = []
    window.documents.article_opened.connect(opened.append)

    _cli(data, "drafts", "set", article_id, "--title", "عنوان من سطر الأوامر")
    changed_at = time.monotonic()
    qtbot.waitUntil(lambda: window.editor_area.titles.title.text() == "عنوان من سطر الأوامر", timeout=2000)
    assert time.monotonic() - changed_at < 2.0
    qtbot.waitUntil(lambda: not editor.is_loading(), timeout=2000)
    assert editor.textCursor().position() == 123  # reloaded in place
    assert not window.live_desk.live.bar.isVisible()
    assert not window.documents.is_dirty() and len(opened) == 1
    assert window.documents.base == window.ctx.services["store"].stored_hash(article_id)


def test_unsaved_edits_and_a_change_elsewhere_show_the_compare_bar_and_keep_both(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_controller, "AUTOSAVE_PAUSE_MS", 60_000)  # the edit stays unsaved
    data = tmp_path / "data"
    article_id = _draft(data, title="العنوان الأول", body_html=BODY)
    window = _window(qtbot, data)
    _open(qtbot, window, article_id)
    editor = window.editor_area.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, " جملة كتبتها هنا")
    assert window.documents.is_dirty()

    # A real second process: the command line. Its write goes through; the window must not undo it.
    _cli(data, "drafts", "set", article_id, "--title", "عنوان من سطر الأوامر")
    live = window.live_desk.live
    qtbot.waitUntil(live.bar.isVisible, timeout=2000)
    assert "جملة كتبتها هنا" in editor.plain_text()  # nothing taken from the writer
    assert window.editor_area.titles.title.text() == "العنوان الأول"
    assert window.status.saving.property("saveState") == "conflict"

    # Saving now keeps this window's text as its own revision; the stored draft stays the other one.
    store = window.ctx.services["store"]
    window.documents.autosave_now()
    qtbot.waitUntil(lambda: any(r.note == NOTE_CONFLICT for r in store.history(article_id)), timeout=5000)
    assert store.stored_article(article_id)[0].title == "عنوان من سطر الأوامر"

    live.bar.buttons["compareButton"].click()
    qtbot.waitUntil(lambda: getattr(live, "dialog", None) is not None and live.dialog.isVisible(),
                    timeout=5000)
    from editor_app.gui.diff_view import DiffView

    assert isinstance(live.dialog, QDialog)
    view = live.dialog.findChild(DiffView)
    assert view is not None and any("جملة" in op.text for op in view.ops())
    live.dialog.reject()

    live.bar.buttons["keepMineButton"].click()
    qtbot.waitUntil(lambda: store.stored_article(article_id)[0].title == "العنوان الأول", timeout=5000)
    stored = store.stored_article(article_id)[0]
    assert "جملة كتبتها هنا" in stored.body_html
    titles = {store.revision(article_id, r.number).title for r in store.history(article_id)}
    assert "عنوان من سطر الأوامر" in titles  # the other text is in the history
    assert not live.bar.isVisible()
    qtbot.waitUntil(lambda: window.status.saving.property("saveState") == "saved", timeout=5000)


def test_using_the_other_version_keeps_this_windows_text_as_a_revision(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_controller, "AUTOSAVE_PAUSE_MS", 60_000)
    data = tmp_path / "data"
    article_id = _draft(data, title="العنوان الأول", body_html=BODY)
    window = _window(qtbot, data)
    _open(qtbot, window, article_id)
    editor = window.editor_area.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, " سطر لن يضيع")
    _cli(data, "drafts", "set", article_id, "--title", "عنوان آخر")
    live = window.live_desk.live
    qtbot.waitUntil(live.bar.isVisible, timeout=2000)
    live.bar.buttons["useTheirsButton"].click()
    qtbot.waitUntil(lambda: window.editor_area.titles.title.text() == "عنوان آخر", timeout=5000)
    qtbot.waitUntil(lambda: "سطر لن يضيع" not in editor.plain_text(), timeout=5000)
    store = window.ctx.services["store"]
    bodies = [store.revision(article_id, r.number).body_html for r in store.history(article_id)]
    assert any("سطر لن يضيع" in body for body in bodies)
    assert not live.bar.isVisible() and not window.documents.in_conflict


def test_own_saves_do_not_reload_and_the_list_follows_the_open_draft(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_controller, "AUTOSAVE_PAUSE_MS", 200)
    data = tmp_path / "data"
    ids = [_draft(data, title=f"مسودة {n}", body_html=BODY) for n in range(3)]
    window = _window(qtbot, data)
    panel = window.drafts_panel
    qtbot.waitUntil(lambda: panel.list.count() == 3, timeout=5000)
    _open(qtbot, window, ids[1])
    qtbot.waitUntil(lambda: panel.current_id() == ids[1], timeout=2000)

    reloads: list[object] = []
    monkeypatch.setattr(window.live_desk.live, "_reload", lambda article_id: reloads.append(article_id))
    watcher = window.live_desk.watcher
    assert watcher is not None
    announced: list[int] = []
    watcher.changed.connect(lambda: announced.append(1))
    probes = watcher.probes
    editor = window.editor_area.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, " إضافة")
    qtbot.waitUntil(lambda: window.status.saving.property("saveState") == "saved"
                    and not window.documents.is_dirty(), timeout=5000)
    qtbot.wait(600)  # the watcher has seen our own write by now
    assert reloads == [] and not window.live_desk.live.bar.isVisible()
    # It looked, and our own save was not announced as a change (no second refresh after each save).
    assert watcher.probes > probes and announced == []
    assert any("٠" <= ch <= "٩" for ch in window.status.saving.text())  # the time, in Arabic digits

    # Saved again while on top of the list (newest first): its row alone is read again, no reset.
    top = panel.model.entry(0)
    assert top is not None and top.id == ids[1]
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    window.documents.save()  # Ctrl+S
    qtbot.waitUntil(lambda: (row := panel.model.entry(0)) is not None and row.updated_at != top.updated_at,
                    timeout=3000)
    assert resets == [] and panel.current_id() == ids[1]

    # A draft made elsewhere moves to the top of the list; the highlight stays on the open one.
    _cli(data, "drafts", "new", "--title", "جديدة من سطر الأوامر")
    qtbot.waitUntil(lambda: panel.list.count() == 4, timeout=2000)
    assert announced  # a write by another process is
    assert panel.current_id() == ids[1]
    _open(qtbot, window, ids[2])
    qtbot.waitUntil(lambda: panel.current_id() == ids[2], timeout=2000)


def test_the_status_bar_says_when_the_text_was_saved(qtbot: QtBot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_controller, "AUTOSAVE_PAUSE_MS", 300)
    data = tmp_path / "data"
    article_id = _draft(data, title="خبر", body_html=BODY)
    window = _window(qtbot, data, lang="en")
    _open(qtbot, window, article_id)
    label = window.status.saving
    assert label.isVisible() and label.property("saveState") == "saved"
    editor = window.editor_area.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, " more")
    assert label.property("saveState") == "unsaved" and label.text() == "Unsaved changes"
    qtbot.waitUntil(lambda: label.property("saveState") == "saved", timeout=5000)
    local = window.documents.saved_at.astimezone()  # type: ignore[union-attr]
    assert label.text().startswith("Saved ") and f"{local.hour % 12 or 12}:{local.minute:02d}" in label.text()


def test_a_full_disk_shows_a_banner_keeps_the_text_and_saves_when_space_returns(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_controller, "AUTOSAVE_PAUSE_MS", 200)
    monkeypatch.setattr(document_controller, "RETRY_DELAYS_MS", (300, 300))
    data = tmp_path / "data"
    article_id = _draft(data, title="خبر", body_html=BODY)
    window = _window(qtbot, data, lang="en")
    _open(qtbot, window, article_id)
    store = window.ctx.services["store"]
    full = {"on": True, "tries": 0}
    real_write = store._db.write

    def write(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if full["on"]:
            full["tries"] += 1
            from editor_app.core.i18n import UserMessage

            raise DiskFullError(UserMessage("Storage", MSG_FULL, {"folder": str(data)}))
        return real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store._db, "write", write)
    boxes: list[object] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a, **k: boxes.append(a))
    editor = window.editor_area.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, " written on a full disk")
    bar = window.live_desk.disk_bar
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    assert "disk is full" in bar.label.text() and "kept" in bar.label.text()
    assert window.status.saving.property("saveState") == "failed"
    qtbot.waitUntil(lambda: full["tries"] >= 3, timeout=5000)  # retried, and still one banner, no box
    assert boxes == []
    assert "written on a full disk" in editor.plain_text()

    full["on"] = False  # space is back
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=5000)
    assert "written on a full disk" in store.stored_article(article_id)[0].body_html
    qtbot.waitUntil(lambda: window.status.saving.property("saveState") == "saved", timeout=5000)


def test_a_second_window_hands_over_to_the_first_and_exits_0(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    first_id = _draft(data, title="الأولى")
    wanted = _draft(data, title="المطلوبة")
    window = _window(qtbot, data)
    instance = SingleInstance(data)
    assert instance.claim()
    instance.attach(window)
    try:
        _open(qtbot, window, first_id)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        second = subprocess.Popen(
            [sys.executable, "-m", "editor_app", "--data-dir", str(data), "--open", wanted[:8]],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
        assert second.returncode == 0, second.stderr
        qtbot.waitUntil(lambda: window.documents.article is not None
                        and window.documents.article.id == wanted, timeout=5000)
        assert window.isVisible()
    finally:
        instance.close()
    assert SingleInstance(data).claim()  # released: the next start takes it


def test_a_window_started_without_its_store_opens_the_draft_a_second_start_asks_for(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The usual start reads with sqlite3 and opens the store on demand: `qalam --open ID` from another
    terminal must still open that draft in it."""
    data = tmp_path / "data"
    wanted = _draft(data, title="المطلوبة", body_html=BODY)
    settings = resolve_paths(data).settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[welcome]\nshown=true\n", encoding="utf-8")
    _ctx, window = build_window(
        make_context(argparse.Namespace(data_dir=str(data), lang="ar")), tasks_inline=False
    )
    qtbot.addWidget(window)
    window.show()
    window.start(interactive=False)  # no draft asked for: the light start, no store
    instance = SingleInstance(data)
    assert instance.claim()
    instance.attach(window)
    try:
        assert "store" not in window.ctx.services
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        second = subprocess.Popen(  # (the window answers from its event loop: keep it turning)
            [sys.executable, "-m", "editor_app", "--data-dir", str(data), "--open", wanted[:8]],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
        assert second.returncode == 0, second.communicate()[1]
        qtbot.waitUntil(lambda: window.documents.article is not None
                        and window.documents.article.id == wanted, timeout=15000)
        editor = window.editor_area.editor
        qtbot.waitUntil(lambda: not editor.is_loading(), timeout=10000)
        assert "قال الكرملين" in editor.toPlainText()
    finally:
        instance.close()


def test_a_lock_left_by_a_killed_window_is_not_stale(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    code = (
        "import sys, time; from pathlib import Path; from editor_app.storage.folder_lock import FolderLock;"
        "assert FolderLock(Path(sys.argv[1])).acquire(); print('locked', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code, str(data)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        from editor_app.storage.folder_lock import FolderLock, held_elsewhere, owner_pid

        assert held_elsewhere(data) and owner_pid(data) == holder.pid
        assert not FolderLock(data).acquire()
    finally:
        holder.kill()
        holder.wait()
    assert not held_elsewhere(data)  # the pid is gone
    lock = FolderLock(data)
    assert lock.acquire()  # the kernel dropped the dead process's lock
    lock.release()



def test_a_start_while_the_window_quits_takes_the_folder_and_a_hung_one_is_named(tmp_path: Path) -> None:
    from editor_app.gui import single_instance as single

    data = tmp_path / "data"
    data.mkdir()
    code = (
        "import sys, time; from pathlib import Path; from editor_app.storage.folder_lock import FolderLock;"
        "lock = FolderLock(Path(sys.argv[1])); assert lock.acquire(); print('locked', flush=True);"
        "time.sleep(float(sys.argv[2]))"
    )
    quitting = subprocess.Popen([sys.executable, "-c", code, str(data), "1.0"], stdout=subprocess.PIPE,
                                text=True)
    assert quitting.stdout is not None and quitting.stdout.readline().strip() == "locked"
    second = single.SingleInstance(data)
    assert not second.claim()
    assert second.hand_over("abc", timeout_s=10) == single.CLAIMED  # it finished quitting: ours now
    quitting.wait()
    second.close()

    hung = subprocess.Popen([sys.executable, "-c", code, str(data), "60"], stdout=subprocess.PIPE, text=True)
    try:
        assert hung.stdout is not None and hung.stdout.readline().strip() == "locked"
        third = single.SingleInstance(data)
        assert third.hand_over(None, timeout_s=0.5) == single.FAILED
        assert third.owner() == hung.pid
    finally:
        hung.kill()
        hung.wait()
