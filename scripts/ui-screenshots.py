"""Screenshots of the interface for the README: the main window, the revision history and Qt's file dialog.

    .venv/bin/python scripts/ui-screenshots.py --out docs/screenshots --lang ar
    .venv/bin/python scripts/ui-screenshots.py --out docs/screenshots --lang en

Offscreen, from a fresh data folder: the sample article is imported, edited and saved a few times (so the
history has autosaves, saves, a restore and the submitted and pulled-from-the-site versions the workflow
writes), then the window, the history dialog and the import file dialog are grabbed as
main-<lang>.png, history-<lang>.png and file-dialog-<lang>.png.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO.parent / "shared" / "samples" / "belarus-wagner-ar.txt"
if not SAMPLE.exists():
    SAMPLE = REPO / "tests" / "data" / "belarus-wagner-ar.txt"


def _seed(data: Path) -> str:
    """The sample article with a history of every kind; returns its id."""
    from datetime import UTC, datetime

    from editor_app.core.article import WorkflowState
    from editor_app.core.importers import import_file, store_imports
    from editor_app.paths import resolve_paths
    from editor_app.publish.workflow_store import SUBMITTED, SYNCED, WorkflowStore
    from editor_app.storage.store import DraftStore

    store = DraftStore.open(resolve_paths(data).ensure())
    try:
        article = store_imports(store, [import_file(SAMPLE)])[0]
        # One typo, so the spell-check mark shows (the README's caption says which).
        body = article.body_html.replace("الاستراتيجية", "الاستراتجية", 1)
        store.autosave(article.copy(body_html=body))
        store.flush()
        article = store.get(article.id)
        store.save(article.copy(body_html=body.replace("يوم الأحد", "الأحد")))
        workflow = WorkflowStore(store)
        article = store.get(article.id)
        article.state = WorkflowState.SUBMITTED
        workflow.save_article(article, SUBMITTED, submitted_at=datetime.now(UTC))
        article = store.get(article.id)
        article.state = WorkflowState.RETURNED
        workflow.save_article(article.copy(body_html=body.replace("حذرت", "حذّرت")), SYNCED)
        article = store.get(article.id)
        article.state = WorkflowState.PUBLISHED
        workflow.save_article(article.copy(body_html=body.replace("الأقوى", "الأكبر")), SYNCED)
        store.restore(article.id, 3)
        article = store.get(article.id)
        article.state = WorkflowState.DRAFT
        store.save(article.copy(title=article.title, categories=["روسيا البيضاء"]))
        return article.id
    finally:
        store.close(backup=False)


def _wait(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def shoot(out: Path, lang: str) -> None:
    from PySide6.QtWidgets import QApplication, QFileDialog

    from editor_app.cli.context import make_context
    from editor_app.gui.file_dialogs import file_dialog
    from editor_app.gui.history_dialog import HistoryDialog
    from editor_app.gui.launch import build_window, wait_until_idle

    data = Path(tempfile.mkdtemp(prefix="qalam-ui-shot-"))
    try:
        article_id = _seed(data)
        ctx = make_context(argparse.Namespace(data_dir=str(data), lang=lang))
        app_ctx, window = build_window(ctx)
        window.resize(1280, 800)
        window.show()
        window.start(interactive=False, open_id=article_id)
        wait_until_idle(app_ctx)
        _wait(0.5)
        wait_until_idle(app_ctx)
        window.grab().save(str(out / f"main-{lang}.png"), "PNG")

        window.store_gate.request()  # the draft store opens on demand (first edit, search, history…)
        deadline = time.monotonic() + 60
        while "store" not in app_ctx.services and time.monotonic() < deadline:
            _wait(0.05)
        store = app_ctx.services["store"]
        history = HistoryDialog(store, app_ctx.runner, article_id, window)
        history.show()
        wait_until_idle(app_ctx)
        first = history.list.topLevelItem(history.list.topLevelItemCount() - 2)
        newest = history.list.topLevelItem(0)
        if first is not None and newest is not None:
            history.list.clearSelection()
            first.setSelected(True)
            newest.setSelected(True)
        wait_until_idle(app_ctx)
        history.grab().save(str(out / f"history-{lang}.png"), "PNG")
        history.close()

        folder = data / "files"
        folder.mkdir()
        names = ("زيارة لوكاشينكو.docx", "Wagner in Belarus.md", "بيان الكرملين.txt", "ملاحظات المحرر.html")
        for name in names:
            (folder / name).write_text("x", encoding="utf-8")
        # What File → Import shows when the system speaks another language than the window.
        files = window.late()
        dialog = file_dialog(window, files.tr("Import articles"), str(folder), files.tr(
            "Articles (*.docx *.md *.markdown *.html *.htm *.txt);;All files (*)"))
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.resize(820, 520)
        dialog.show()
        _wait(0.8)
        dialog.grab().save(str(out / f"file-dialog-{lang}.png"), "PNG")
        dialog.close()
        window.close()
        QApplication.processEvents()
        print(f"ui-screenshots: {out}/{{main,history,file-dialog}}-{lang}.png")
    finally:
        shutil.rmtree(data, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("ar", "en"), required=True)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(REPO))
    shoot(args.out, args.lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
