"""The workflow service without a network: notes as meta, time zones, offline actions, pull rules."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from editor_app.core.article import Article, WorkflowState
from editor_app.core.outbox import OutboxState
from editor_app.core.site import Site
from editor_app.errors import QalamError
from editor_app.paths import resolve_paths
from editor_app.publish.publisher import content_hash
from editor_app.publish.wordpress import RemotePost
from editor_app.publish.workflow_store import SUBMITTED, SYNCED, WorkflowStore, baseline_time
from editor_app.publish.workflow_sync import (
    NO_PLUGIN_WARNING,
    NoteRecord,
    SyncReport,
    WorkflowService,
    decode_notes,
    encode_notes,
    merge_notes,
    site_timezone,
    timezone_from_index,
    uuid_of,
)
from editor_app.storage.store import DraftStore

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.fixture
def drafts(tmp_path: Path) -> Iterator[DraftStore]:
    store = DraftStore.open(resolve_paths(tmp_path / "data"))
    yield store
    store.close(backup=False)


def make_service(drafts: DraftStore, role: str, *, plugin: bool = True, user: str = "") -> WorkflowService:
    store = WorkflowStore(drafts)
    site = store.site("news")
    if site is None:
        site = Site(name="news", url="https://news.example", username=user or role)
        store.save_site(site)
    site.roles = [role]
    site.username = user or role
    site.has_plugin = plugin
    store.save_site(site)
    return WorkflowService(store, site, clock=lambda: T0)


# --- notes -------------------------------------------------------------------------------------------


def test_notes_round_trip_arabic_and_newlines_exactly() -> None:
    notes = [NoteRecord("محرر", "سطر أول\nسطر ثانٍ «مقتبس» & <b>", T0),
             NoteRecord("reporter", "ok", T0 - timedelta(hours=1))]
    encoded = encode_notes(notes)
    assert "محرر" in encoded  # not \\u-escaped: readable in wp-admin too
    back = decode_notes(encoded)
    assert [n.text for n in back] == ["ok", "سطر أول\nسطر ثانٍ «مقتبس» & <b>"]
    assert back[1].created_at == T0


def test_notes_merge_without_duplicates_and_bad_meta_is_harmless() -> None:
    a = NoteRecord("a", "x", T0)
    b = NoteRecord("b", "y", T0 + timedelta(minutes=1))
    assert merge_notes([a, b], [b, a], [a]) == [a, b]
    for bad in ("", "not json", "{}", "[1, {\"text\": 3}]", None, 42, '[{"text": "t", "at": "yesterday"}]'):
        assert decode_notes(bad) == []


# --- time zones ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("index", "stored"), [
    ({"timezone_string": "Asia/Riyadh", "gmt_offset": 3}, "Asia/Riyadh"),
    ({"timezone_string": "", "gmt_offset": 3}, "+03:00"),
    ({"timezone_string": "", "gmt_offset": "5.5"}, "+05:30"),
    ({"timezone_string": "", "gmt_offset": -4.5}, "-04:30"),
    ({"timezone_string": "", "gmt_offset": 0}, "UTC"),
    ({}, "UTC"),
])
def test_timezone_from_the_rest_index(index: dict[str, Any], stored: str) -> None:
    assert timezone_from_index(index) == stored


def test_site_timezone_parses_what_is_stored() -> None:
    assert site_timezone("Asia/Riyadh") == ZoneInfo("Asia/Riyadh")
    assert site_timezone("+03:00") == timezone(timedelta(hours=3))
    assert site_timezone("-04:30") == timezone(-timedelta(hours=4, minutes=30))
    assert site_timezone("UTC") is UTC and site_timezone("") is UTC
    assert site_timezone("Mars/Olympus") is UTC


# --- identity -----------------------------------------------------------------------------------------


def test_uuid_from_meta_or_marker() -> None:
    uid = "0f8fad5b-d9cb-469f-a165-70867728950e"
    by_meta = RemotePost(1, "pending", "", "", "", None, "t", "<p>x</p>", "", meta={"qalam_uuid": uid})
    by_marker = RemotePost(2, "pending", "", "", "", None, "t", f"<p>x <!-- qalam:{uid} --></p>", "")
    none = RemotePost(3, "pending", "", "", "", None, "t", "<p>x</p>", "")
    assert uuid_of(by_meta) == uid and uuid_of(by_marker) == uid and uuid_of(none) is None


# --- local actions, offline ---------------------------------------------------------------------------


def test_submit_offline_queues_it_and_keeps_the_submitted_baseline(drafts: DraftStore) -> None:
    service = make_service(drafts, "contributor")
    article = drafts.create(Article(title="عنوان", body_html="<p>نص</p>"))
    result = service.submit(article.id, "راجعه")
    assert result.article.state is WorkflowState.SUBMITTED
    assert result.item is not None and result.item.action == "workflow:submit"
    assert result.item.state is OutboxState.QUEUED and result.warnings == []
    info = service.store.baseline_info(article.id, (SUBMITTED,))
    assert info is not None and baseline_time(info) == T0
    assert [n.text for n in service.notes(article.id)] == ["راجعه"]
    # Read-only until returned: a second submit or a publish is refused with a reason.
    with pytest.raises(QalamError) as refused:
        service.submit(article.id)
    assert "Submitted" in refused.value.user_message.render()
    with pytest.raises(QalamError):
        service.publish_now(article.id)
    assert service.withdraw(article.id).article.state is WorkflowState.DRAFT


def test_a_byline_other_than_the_user_name_does_not_lock_the_reporter_out(drafts: DraftStore) -> None:
    service = make_service(drafts, "contributor")
    article = drafts.create(Article(title="t", body_html="<p>x</p>", author="مراسلة الشمال"))
    assert service.submit(article.id).article.author == "مراسلة الشمال"
    returned = drafts.get(article.id)
    returned.state, returned.remote_id = WorkflowState.RETURNED, 12
    drafts.save(returned)
    assert service.submit(article.id).article.state is WorkflowState.SUBMITTED  # resubmit after a return


def test_reporters_cannot_review_and_are_told_why(drafts: DraftStore) -> None:
    service = make_service(drafts, "contributor")
    article = drafts.create(Article(title="t", body_html="<p>x</p>", state=WorkflowState.SUBMITTED))
    with pytest.raises(QalamError) as refused:
        service.return_to_reporter(article.id, "note")
    assert "editor" in refused.value.user_message.render()
    assert service.inbox() == []


def test_editor_actions_go_through_the_outbox_in_order(drafts: DraftStore) -> None:
    service = make_service(drafts, "editor")
    article = drafts.create(Article(title="t", body_html="<p>x</p>", author="someone",
                                    state=WorkflowState.SUBMITTED))
    with pytest.raises(QalamError):
        service.return_to_reporter(article.id, "   ")  # a return needs a note
    service.approve(article.id)
    with pytest.raises(QalamError) as too_soon:
        service.schedule(article.id, T0 + timedelta(seconds=30))
    assert "minute" in too_soon.value.user_message.render()
    result = service.schedule(article.id, datetime(2026, 11, 24, 15, 0))  # naive = site time (UTC here)
    assert result.article.state is WorkflowState.SCHEDULED
    assert result.article.scheduled_at == T0.replace(hour=15)
    assert "Cron" in result.warnings[0].text
    actions = [(i.action, i.payload) for i in service.pending_items(article.id)]
    assert actions == [("workflow:approve", {}), ("workflow:schedule", {"at": "2026-11-24T15:00:00Z"})]


def test_site_time_zone_applies_to_naive_schedule_times(drafts: DraftStore) -> None:
    service = make_service(drafts, "editor")
    service.site.timezone = "Asia/Riyadh"
    article = drafts.create(Article(title="t", body_html="<p>x</p>", state=WorkflowState.APPROVED))
    result = service.schedule(article.id, datetime(2026, 11, 24, 18, 0))  # 18:00 in Riyadh = 15:00 UTC
    assert result.article.scheduled_at == datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def test_without_the_plugin_notes_stay_local_with_a_warning(drafts: DraftStore) -> None:
    service = make_service(drafts, "editor", plugin=False)
    article = drafts.create(Article(title="t", body_html="<p>x</p>", author="r",
                                    state=WorkflowState.SUBMITTED, remote_id=5))
    added = service.add_note(article.id, "ملاحظة")
    assert added.item is None  # nothing to send: the site cannot hold notes
    assert [w.text for w in added.warnings] == [NO_PLUGIN_WARNING]
    returned = service.return_to_reporter(article.id, "أعِده")
    assert returned.item is not None and [w.text for w in returned.warnings] == [NO_PLUGIN_WARNING]
    assert [n.remote for n in service.notes(article.id)] == [False, False]


# --- pulling: no silent overwrite ---------------------------------------------------------------------


def _post_json(post_id: int, uid: str, body: str, modified: str, status: str = "pending",
               notes: str = "") -> dict[str, Any]:
    return {"id": post_id, "status": status, "link": f"https://news.example/?p={post_id}", "slug": "",
            "modified_gmt": modified, "date_gmt": "2026-11-24T08:00:00", "title": {"raw": "عنوان"},
            "content": {"raw": body}, "excerpt": {"raw": ""}, "categories": [], "tags": [], "author": 9,
            "meta": {"qalam_uuid": uid, "qalam_state": "", "qalam_notes": notes},
            "qalam_author_name": "مراسل"}


def test_pull_creates_then_refreshes_but_never_overwrites_local_edits(drafts: DraftStore) -> None:
    service = make_service(drafts, "editor")
    uid = "0f8fad5b-d9cb-469f-a165-70867728950e"
    report = SyncReport()
    notes = encode_notes([NoteRecord("مراسل", "راجعه", T0)])
    service._pull(_post_json(7, uid, "<p>أ</p>", "2026-11-24T08:00:00", notes=notes), report)
    article = drafts.get(uid)
    assert article.remote_id == 7 and article.author == "مراسل" and article.state is WorkflowState.SUBMITTED
    assert report.pulled == 1 and report.notes_added == 1 and report.updated == [uid]
    [item] = service.inbox()
    assert item.submitted_at == datetime(2026, 11, 24, 8, 0, tzinfo=UTC) and item.notes == 1
    assert article.remote_content_hash == content_hash("<p>أ</p>")

    # The reporter changed it on the site; nothing local: the site's version is taken.
    service._pull(_post_json(7, uid, "<p>ب</p>", "2026-11-24T08:05:00", notes=notes), report)
    assert drafts.get(uid).body_html == "<p>ب</p>\n" and report.notes_added == 1

    # The editor edits here; the site changes again: the local copy is kept and reported.
    mine = drafts.get(uid)
    mine.body_html = "<p>ب معدّل</p>"
    drafts.save(mine)
    assert service.has_local_changes(mine) and service.inbox()[0].local_changes
    service._pull(_post_json(7, uid, "<p>ج</p>", "2026-11-24T08:09:00", notes=notes), report)
    assert drafts.get(uid).body_html == "<p>ب معدّل</p>"
    assert report.conflicts == [uid]
    submitted = service.submitted_version(uid)
    assert submitted is not None and submitted.body_html == "<p>ب</p>\n"


def test_pull_moves_a_scheduled_post_to_published_when_only_the_status_changed(drafts: DraftStore) -> None:
    service = make_service(drafts, "editor")
    uid = "1f8fad5b-d9cb-469f-a165-70867728950e"
    body = "<p>نص</p>"
    article = drafts.create(Article(id=uid, title="عنوان", body_html=body, state=WorkflowState.SCHEDULED,
                                    site_id=service.site.id, remote_id=8,
                                    remote_modified_gmt="2026-11-24T08:00:00",
                                    remote_content_hash=content_hash(body)))
    service.store.save_article(article, SYNCED)
    service._pull(_post_json(8, uid, body, "2026-11-24T08:00:00", status="publish"), SyncReport())
    assert drafts.get(uid).state is WorkflowState.PUBLISHED
