"""The review workflow through the real widgets (inbox, diff, notes, return, schedule) against WordPress.

The widgets run with an inline TaskRunner (results arrive before ``submit`` returns), so the
test drives them like a user: clicks on the sync button, an activated inbox row, typed notes,
the return button and the schedule dialog. The reporter's side goes through the service API.

With ``QALAM_WRITE_SCREENSHOTS=1`` the Arabic inbox and diff view are saved to docs/screenshots/.
The Arabic comes from the real catalogue (translations/qalam_ar.qm).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from test_workflow_e2e import SAMPLE, admin_client, first_sentence, posts_with_uuid, sample_article
from wordpress import WordPressSite

from editor_app.core.article import WorkflowState
from editor_app.core.diff import OpKind
from editor_app.core.site import Site
from editor_app.core.workflow import Action
from editor_app.gui.diff_view import DiffView
from editor_app.gui.review_inbox import ReviewInbox
from editor_app.gui.review_notes import ReviewNotesPanel
from editor_app.gui.schedule_dialog import ScheduleDialog
from editor_app.gui.tasks import TaskRunner
from editor_app.paths import resolve_paths
from editor_app.publish.credentials import Secret
from editor_app.publish.wordpress import WordPressClient
from editor_app.publish.workflow_store import WorkflowStore
from editor_app.publish.workflow_sync import WorkflowOutbox, WorkflowService
from editor_app.storage.store import DraftStore

REPO = Path(__file__).resolve().parent.parent
SCREENSHOTS = REPO / "docs" / "screenshots"


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    from editor_app import i18n

    translators = i18n.load_translators("ar")  # the real catalogue, translations/qalam_ar.qm
    for translator in translators:
        qapp.installTranslator(translator)
    previous_direction, previous_font = qapp.layoutDirection(), qapp.font()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    font = QFont()
    font.setFamilies(["Noto Sans Arabic UI", "Noto Sans Arabic", "Noto Sans", "DejaVu Sans"])
    font.setPointSize(10)
    qapp.setFont(font)
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setLayoutDirection(previous_direction)
        qapp.setFont(previous_font)


# --- against the real site -------------------------------------------------------------------------


class Person:
    def __init__(self, wp: WordPressSite, role: str, folder: Path) -> None:
        self.user = wp.user(role)
        self.drafts = DraftStore.open(resolve_paths(folder))
        self.store = WorkflowStore(self.drafts)
        site = Site(name="news", url=wp.url, username=self.user.login)
        self.store.save_site(site)
        password = self.user.app_password
        self.service = WorkflowService(
            self.store, site, lambda s: WordPressClient(s.url, s.username, Secret(password))
        )
        self.service.refresh_site()
        self.outbox = WorkflowOutbox(self.drafts, password=lambda s: password)

    def close(self) -> None:
        self.service.close()
        self.outbox.close()
        self.drafts.close(backup=False)


def _save_shot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = SCREENSHOTS if os.environ.get("QALAM_WRITE_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    QApplication.processEvents()  # let the layouts take the new texts into account
    assert widget.grab().save(str(path))
    return path


@pytest.mark.wordpress
def test_review_through_the_widgets(
    wordpress: WordPressSite, tmp_path: Path, qtbot: QtBot, arabic: None
) -> None:
    reporter = Person(wordpress, "contributor", tmp_path / "reporter")
    editor = Person(wordpress, "editor", tmp_path / "editor")
    try:
        _run_review(wordpress, reporter, editor, tmp_path, qtbot)
    finally:
        reporter.close()
        editor.close()


def _run_review(
    wordpress: WordPressSite, reporter: Person, editor: Person, tmp_path: Path, qtbot: QtBot
) -> None:
    article = reporter.drafts.create(sample_article(wordpress))
    uuid = article.id
    result = reporter.service.submit(uuid, "أرجو مراجعة الخبر قبل نشره.")
    assert [o.item.state.value for o in reporter.outbox.process_due().outcomes] == ["done"]
    assert result.article.state is WorkflowState.SUBMITTED

    runner = TaskRunner(inline=True)
    messages: list[str] = []

    # The inbox: a click on "Sync" pulls the submission; it is listed with author, category, length, age.
    inbox = ReviewInbox(editor.service, runner, editor.outbox)
    qtbot.addWidget(inbox)
    inbox.message.connect(messages.append)
    inbox.resize(900, 360)
    inbox.show()
    with qtbot.waitSignal(inbox.synced, timeout=30000):
        qtbot.mouseClick(inbox.sync_button, Qt.MouseButton.LeftButton)
    ids = [i.article_id for i in inbox.items()]
    assert uuid in ids
    assert inbox.select(uuid)
    row = inbox.tree.currentItem()
    assert row is not None
    assert row.text(0) == article.title and row.text(1) and row.text(2) == "، ".join(article.categories)
    assert row.text(3).endswith("كلمة") and row.text(5) == "مُرسَل للمراجعة"
    assert inbox.tree.headerItem().text(0) == "العنوان"
    with qtbot.waitSignal(inbox.article_opened) as opened:
        inbox.tree.itemActivated.emit(row, 0)
    assert opened.args == [uuid]

    # The editor edits a sentence (as the editor window would save it); the diff view shows it, RTL.
    pulled = editor.drafts.get(uuid)
    sentence = first_sentence(pulled.body_html)
    edited = sentence.replace("التقى الكرملين", "التقيا في الكرملين", 1)
    pulled.body_html = pulled.body_html.replace(sentence, edited, 1)
    editor.drafts.save(pulled)
    diff = DiffView(service=editor.service, runner=runner)
    qtbot.addWidget(diff)
    diff.resize(900, 520)
    diff.show()
    with qtbot.waitSignal(diff.loaded) as loaded:
        diff.show_article(uuid)
    assert loaded.args[1] >= 2 and loaded.args[2] >= 1  # words added, removed
    kinds = {op.kind for op in diff.ops()}
    assert kinds == {OpKind.EQUAL, OpKind.INSERT, OpKind.DELETE}
    assert diff.browser.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "<del" in diff.browser.toHtml() or "line-through" in diff.browser.toHtml()
    inbox.refresh()
    edited_label = (
        QCoreApplication.translate("ReviewInbox", "{state}, edited here").split("{state}")[-1].strip("، ,")
    )
    assert edited_label and edited_label in (inbox.tree.currentItem() or row).text(5)
    shots = [
        _save_shot(inbox, "review-inbox-live-ar.png", tmp_path),
        _save_shot(diff, "diff-ar.png", tmp_path),
    ]
    assert all(p.stat().st_size > 5000 for p in shots)

    # Notes: add one, then return with a second one.
    notes = ReviewNotesPanel(editor.service, runner, editor.outbox)
    qtbot.addWidget(notes)
    notes.message.connect(messages.append)
    notes.show()
    notes.set_article(uuid)
    assert [n.text for n in notes.notes()] == ["أرجو مراجعة الخبر قبل نشره."]
    assert not notes.return_button.isEnabled()  # nothing written yet
    notes.editor.insertPlainText("تحقق من تاريخ اللقاء.")  # QTest.keyClicks aborts on Arabic letters
    assert notes.add_button.isEnabled() and notes.return_button.isEnabled()
    with qtbot.waitSignal(notes.note_added):
        qtbot.mouseClick(notes.add_button, Qt.MouseButton.LeftButton)
    assert len(notes.notes()) == 2
    notes.editor.setPlainText("قسّم الجملة الأولى.")
    with qtbot.waitSignal(notes.sent) as sent:
        qtbot.mouseClick(notes.return_button, Qt.MouseButton.LeftButton)
    assert sent.args == [uuid, "done"]
    post = _the_post(wordpress, uuid)
    assert post["status"] == "draft" and post["meta"]["qalam_state"] == "returned"  # type: ignore[index]
    assert edited in post["content"]["raw"]  # type: ignore[operator,index]
    assert len(json.loads(post["meta"]["qalam_notes"])) == 3  # type: ignore[index]
    assert not notes.return_button.isEnabled()  # returned: nothing more to return
    assert notes.return_button.toolTip()  # …and the tooltip says why

    # The reporter gets it back, fixes and resubmits (service API); the editor's inbox shows it again.
    report = reporter.service.sync(reporter.outbox)
    assert [m.state for m in report.mine if m.article_id == uuid] == [WorkflowState.RETURNED]
    back = reporter.drafts.get(uuid)
    back.body_html = back.body_html.replace(edited, edited.replace("(كلاهما في الصورة) ", "", 1), 1)
    reporter.drafts.save(back)
    reporter.service.submit(uuid)
    reporter.outbox.process_due()
    with qtbot.waitSignal(inbox.synced, timeout=30000):
        qtbot.mouseClick(inbox.sync_button, Qt.MouseButton.LeftButton)
    assert uuid in [i.article_id for i in inbox.items()]

    # The editor approves with the panel's button (only what an editor may do is shown).
    notes.set_article(uuid)
    visible = {a.value for a, b in notes.buttons.items() if not b.isHidden()}
    assert {"return", "approve", "publish", "schedule"} <= visible
    assert notes.buttons[Action.APPROVE].isEnabled() and notes.buttons[Action.SCHEDULE].isEnabled()
    assert not notes.buttons[Action.SUBMIT].isEnabled()
    with qtbot.waitSignal(notes.sent) as sent:
        qtbot.mouseClick(notes.buttons[Action.APPROVE], Qt.MouseButton.LeftButton)
    assert sent.args == [uuid, "done"]
    assert _the_post(wordpress, uuid)["meta"]["qalam_state"] == "approved"  # type: ignore[index]
    with qtbot.waitSignal(notes.schedule_requested) as requested:
        qtbot.mouseClick(notes.buttons[Action.SCHEDULE], Qt.MouseButton.LeftButton)
    assert requested.args == [uuid]
    notes.resize(520, 560)
    notes.editor.setPlainText("العنوان جيد؛ انشره صباحًا.")
    _save_shot(notes, "review-notes-ar.png", tmp_path)
    notes.editor.clear()

    # Schedule through the dialog: site time shown, cron explained; too early is refused.
    now = datetime.now(UTC)
    dialog = ScheduleDialog(editor.service.timezone, editor.service.site.timezone, title=article.title)
    qtbot.addWidget(dialog)
    assert "WP-Cron" in dialog.cron_note.text()
    dialog.set_chosen(now + timedelta(seconds=10))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.problem.text()
    at = (now + timedelta(minutes=30)).replace(second=0, microsecond=0)
    dialog.set_chosen(at)
    assert ok.isEnabled() and dialog.local_label.text()
    assert dialog.edit.text() == at.strftime("%Y-%m-%d %H:%M")  # not reversed in the RTL window
    dialog.resize(520, dialog.sizeHint().height())
    _save_shot(dialog, "review-schedule-ar.png", tmp_path)
    with qtbot.waitSignal(dialog.schedule_chosen) as chosen:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert chosen.args == [at]
    with qtbot.waitSignal(notes.sent) as sent:
        notes.schedule(chosen.args[0])
    assert sent.args == [uuid, "done"]
    assert "مُجدوَل" in notes.state_label.text()
    post = _the_post(wordpress, uuid)
    assert post["status"] == "future" and post["date_gmt"] == at.strftime("%Y-%m-%dT%H:%M:%S")
    inbox.refresh()
    assert uuid not in [i.article_id for i in inbox.items()]  # scheduled: out of the inbox
    assert editor.drafts.get(uuid).state is WorkflowState.SCHEDULED
    # Someone trashes the scheduled post on the site: the next sync says so, and the article is a draft again.
    client = admin_client(wordpress)
    try:
        client.call("DELETE", f"/wp/v2/posts/{post['id']}")
    finally:
        client.close()
    messages.clear()
    with qtbot.waitSignal(inbox.synced, timeout=30000) as synced:
        qtbot.mouseClick(inbox.sync_button, Qt.MouseButton.LeftButton)
    assert synced.args[0].gone == [uuid]
    assert any(article.title in m for m in messages)
    assert editor.drafts.get(uuid).state is WorkflowState.DRAFT and editor.drafts.get(uuid).remote_id is None
    assert QCoreApplication.translate("Workflow", "Scheduled") == "مُجدوَل"


def _the_post(wordpress: WordPressSite, uuid: str) -> dict[str, object]:
    posts = posts_with_uuid(wordpress, uuid)
    assert len(posts) == 1
    return posts[0]


assert SAMPLE.exists()


def test_review_desk_offline_shows_the_selected_article(tmp_path: Path, qtbot: QtBot, arabic: None) -> None:
    """Offline: the desk lists what was pulled; selecting one fills the diff view and the notes panel."""
    from test_workflow_sync import _post_json, make_service

    from editor_app.gui.review_inbox import ReviewDesk
    from editor_app.publish.workflow_sync import NoteRecord, SyncReport, encode_notes

    drafts = DraftStore.open(resolve_paths(tmp_path / "desk"))
    try:
        service = make_service(drafts, "editor")
        body = "".join(f"<p>{p}</p>" for p in SAMPLE.read_text(encoding="utf-8").split("\n\n")[8:12])
        uid = "2f8fad5b-d9cb-469f-a165-70867728950e"
        submitted = datetime(2026, 11, 24, tzinfo=UTC)
        notes = encode_notes([NoteRecord("مراسل", "أرجو مراجعة الخبر قبل نشره.", submitted)])
        service.store.replace_terms(
            service.site.id, "categories", [(3, "سياسة", "politics", 0), (4, "اقتصاد", "economy", 0)]
        )
        others = [  # (post id, title, author, category, hours waiting, paragraphs)
            (8, "البنك المركزي يثبّت سعر الفائدة", "سارة", 4, 26, 3),
            (9, "انطلاق معرض الكتاب في الرياض", "خالد", 3, 0.75, 6),
        ]
        now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
        for post_id, title, author, category, hours, count in others:
            data = _post_json(
                post_id,
                f"{post_id}f8fad5b-d9cb-469f-a165-70867728950e"[:36],
                body * count,
                "2026-11-24T08:00:00",
            )
            data.update(
                title={"raw": title},
                qalam_author_name=author,
                categories=[category],
                date_gmt=(now - timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%S"),
            )
            service._pull(data, SyncReport())
        mine = _post_json(7, uid, body, "2026-11-24T08:00:00", notes=notes)
        mine.update(
            title={"raw": "يلتقي بوتين ولوكاشينكو بعد تحذير روسي"},
            categories=[3],
            date_gmt="2026-11-24T04:00:00",
        )
        service._pull(mine, SyncReport())
        article = drafts.get(uid)
        article.body_html = article.body_html.replace("</p>", " وأضاف المحرر هذه الجملة.</p>", 1)
        drafts.save(article)
        desk = ReviewDesk(service, TaskRunner(inline=True), clock=lambda: now)
        qtbot.addWidget(desk)
        desk.resize(1000, 700)
        desk.show()
        desk.refresh()
        assert [i.article_id for i in desk.inbox.items()][1] == uid  # by submission time
        assert len(desk.inbox.items()) == 3
        _save_shot(desk.inbox, "review-inbox-ar.png", tmp_path)
        with qtbot.waitSignal(desk.diff.loaded) as loaded:
            assert desk.inbox.select(uid)
        assert loaded.args[0] == uid and loaded.args[1] == 4  # four words added by the editor
        assert [n.text for n in desk.notes.notes()] == ["أرجو مراجعة الخبر قبل نشره."]
        assert not desk.notes.buttons[Action.APPROVE].isHidden()
        row = desk.inbox.tree.currentItem()
        assert row is not None
        with qtbot.waitSignal(desk.article_opened) as opened:
            desk.inbox.tree.itemActivated.emit(row, 0)
        assert opened.args == [uid]
        assert drafts.get(uid).state is WorkflowState.IN_REVIEW  # opening it started the review (queued)
        assert [i.action for i in drafts.outbox_items()] == ["workflow:start_review"]
        assert "قيد المراجعة" in desk.notes.state_label.text()
        _save_shot(desk, "review-desk-ar.png", tmp_path)
        # Schedule from the desk: the dialog opens; accepting it schedules the article (queued, offline).
        qtbot.mouseClick(desk.notes.buttons[Action.APPROVE], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(desk.notes.buttons[Action.SCHEDULE], Qt.MouseButton.LeftButton)
        dialog = desk.schedule_dialog
        assert dialog is not None and dialog.isVisible()
        dialog.set_chosen(datetime.now(UTC) + timedelta(days=1))
        with qtbot.waitSignal(desk.notes.acted) as acted:
            dialog.accept()
        assert acted.args == [uid, "schedule"]
        assert drafts.get(uid).state is WorkflowState.SCHEDULED
    finally:
        drafts.close(backup=False)


def test_reporter_panel_offers_submit_and_withdraw_only(tmp_path: Path, qtbot: QtBot, arabic: None) -> None:
    from test_workflow_sync import make_service

    from editor_app.core.article import Article

    drafts = DraftStore.open(resolve_paths(tmp_path / "reporter"))
    try:
        service = make_service(drafts, "contributor")
        article = drafts.create(Article(title="خبر", body_html="<p>نص الخبر.</p>"))
        panel = ReviewNotesPanel(service, TaskRunner(inline=True))
        qtbot.addWidget(panel)
        messages: list[str] = []
        panel.message.connect(messages.append)
        panel.show()
        panel.set_article(article.id)
        shown = {a for a, b in panel.buttons.items() if not b.isHidden()}
        assert shown == {Action.SUBMIT, Action.WITHDRAW}  # a contributor neither reviews nor publishes
        assert panel.buttons[Action.SUBMIT].isEnabled() and not panel.buttons[Action.WITHDRAW].isEnabled()
        assert panel.buttons[Action.WITHDRAW].toolTip()  # says why
        panel.editor.setPlainText("الصور في الطريق.")
        with qtbot.waitSignal(panel.sent) as sent:
            qtbot.mouseClick(panel.buttons[Action.SUBMIT], Qt.MouseButton.LeftButton)
        assert sent.args == [article.id, "queued"]  # no outbox here: it waits, offline
        assert any("انتظار" in m for m in messages)
        assert drafts.get(article.id).state is WorkflowState.SUBMITTED
        assert [n.text for n in panel.notes()] == ["الصور في الطريق."]
        assert not panel.buttons[Action.SUBMIT].isEnabled() and panel.buttons[Action.WITHDRAW].isEnabled()
    finally:
        drafts.close(backup=False)


def test_inbox_lists_the_longest_waiting_first(qtbot: QtBot, english_ui: None) -> None:
    from typing import Any, cast

    from editor_app.publish.workflow_sync import InboxItem

    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)

    def item(n: int, hours: float | None) -> InboxItem:
        when = now - timedelta(hours=hours) if hours is not None else None
        return InboxItem(
            f"id-{n}", n, "s", f"t{n}", "a", ("c",), 100 * n, when, WorkflowState.SUBMITTED, False, 0
        )

    inbox = ReviewInbox(cast(Any, None), TaskRunner(inline=True), clock=lambda: now)
    qtbot.addWidget(inbox)
    inbox.set_items([item(1, 30), item(2, 0.5), item(3, None), item(4, 3)])  # as service.inbox() sorts them
    shown = [
        inbox.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)  # type: ignore[union-attr]
        for i in range(inbox.tree.topLevelItemCount())
    ]
    assert shown == ["id-1", "id-4", "id-2", "id-3"]
    assert [inbox.tree.topLevelItem(i).text(4) for i in range(3)] == [  # type: ignore[union-attr]
        "30 hours",
        "3 hours",
        "30 min",
    ]
