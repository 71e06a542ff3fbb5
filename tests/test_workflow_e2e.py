"""The editorial workflow end to end against the real loopback WordPress, with two data folders.

A contributor and an editor share this machine, each with their own ``--data-dir`` and site
user (the application password comes from ``QALAM_PASSWORD``, as in scripts). Everything the
two do goes through the ``qalam`` command and the outbox; the editor's sentence edit is made
through the draft store, as the editor window would.

Scheduling: WordPress stores ``future`` only for a time more than 60 s ahead, and publishes it
when WP-Cron runs after that time. The test schedules 65 s ahead and really waits, then calls
``/wp-cron.php``: moving the post's date into the past through the admin user instead would make
WordPress publish it at once on that update (a past ``future`` date becomes ``publish``), so the
cron path would never be exercised. The wait overlaps nothing else and costs about a minute.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from faultproxy import Fault, FaultProxy
from wordpress import WordPressSite, start_wordpress, stop_wordpress

from editor_app.cli.main import main
from editor_app.core.article import Article, WorkflowState
from editor_app.core.blocks import article_body, post_content
from editor_app.core.diff import OpKind, diff_words
from editor_app.core.importers import import_text
from editor_app.paths import resolve_paths
from editor_app.publish.credentials import Secret
from editor_app.publish.wordpress import WordPressClient
from editor_app.publish.workflow_store import WorkflowStore
from editor_app.publish.workflow_sync import WorkflowService, decode_notes
from editor_app.storage.store import DraftStore

pytestmark = pytest.mark.wordpress

SAMPLE = Path(__file__).resolve().parent / "data" / "belarus-wagner-ar.txt"
EDITOR_NOTE = "الجملة الأولى طويلة: قسّمها، وتحقق من التاريخ."
REPORTER_NOTE = "أرجو مراجعة الخبر قبل نشره."


class Desk:
    """One person on this machine: a data folder, a site user and the `qalam` command."""

    def __init__(self, site: WordPressSite, role: str, folder: Path, monkeypatch: pytest.MonkeyPatch,
                 capsys: pytest.CaptureFixture[str], site_name: str = "news", url: str | None = None) -> None:
        self.wp = site
        self.user = site.user(role)
        self.folder = folder
        self.monkeypatch = monkeypatch
        self.capsys = capsys
        self.site_name = site_name
        self.ok("sites", "add", site_name, "--url", url or site.url, "--user", self.user.login)

    def store(self) -> DraftStore:
        return DraftStore.open(resolve_paths(self.folder))

    def qalam(self, *argv: str) -> tuple[int, str, str]:
        self.monkeypatch.setenv("QALAM_PASSWORD", self.user.app_password)
        self.capsys.readouterr()
        code = main(["--data-dir", str(self.folder), "--lang", "en", *argv])
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err

    def ok(self, *argv: str) -> str:
        code, out, err = self.qalam(*argv)
        assert code == 0, (argv, out, err)
        return out

    def json(self, *argv: str) -> object:
        return json.loads(self.ok(*argv, "--json"))

    def service(self, drafts: DraftStore) -> WorkflowService:
        store = WorkflowStore(drafts)
        site = store.site(self.site_name)
        assert site is not None
        password = self.user.app_password
        return WorkflowService(store, site, lambda s: WordPressClient(s.url, s.username, Secret(password)))


def admin_client(site: WordPressSite) -> WordPressClient:
    return WordPressClient(site.url, site.admin.login, Secret(site.admin.app_password))


def posts_with_uuid(site: WordPressSite, uuid: str) -> list[dict[str, object]]:
    """Every post (any status but trash) carrying this article id, by meta or by marker."""
    client = admin_client(site)
    try:
        found: list[dict[str, object]] = []
        for params in ({"qalam_uuid": uuid}, {"search": uuid}):
            data, _ = client.call("GET", "/wp/v2/posts", params={"status": "any", "context": "edit",
                                                                  "per_page": 100, **params})
            for item in data:
                meta = item.get("meta") or {}
                if (meta.get("qalam_uuid") == uuid or uuid in item["content"]["raw"]) and item not in found:
                    found.append(item)
        return list({int(str(p["id"])): p for p in found}.values())
    finally:
        client.close()


def the_post(site: WordPressSite, uuid: str) -> dict[str, object]:
    posts = posts_with_uuid(site, uuid)
    assert len(posts) == 1, [p["id"] for p in posts]  # no duplicates, ever
    return posts[0]


def sample_article(site: WordPressSite) -> Article:
    """The sample as a draft made from its body paragraphs; its categories exist on the site (an admin
    made them: contributors cannot create categories)."""
    result = import_text(SAMPLE.read_text(encoding="utf-8"))
    assert result.title and result.body_html.count("<p>") >= 5
    client = admin_client(site)
    try:
        known = {t.name for t in client.categories()}
        for name in result.categories:
            if name not in known:
                client.call("POST", "/wp/v2/categories", json_body={"name": name})
    finally:
        client.close()
    return result.to_article()


def first_sentence(body: str) -> str:
    start = body.index("<p>") + 3
    return body[start:body.index("</p>", start)]


@pytest.fixture
def desks(wordpress: WordPressSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          capsys: pytest.CaptureFixture[str]) -> tuple[Desk, Desk]:
    return (Desk(wordpress, "contributor", tmp_path / "reporter", monkeypatch, capsys),
            Desk(wordpress, "editor", tmp_path / "editor", monkeypatch, capsys))


@pytest.mark.slow  # waits about a minute for the scheduled time, as WordPress requires
def test_contributor_and_editor_round_trip_to_a_scheduled_post(
        wordpress: WordPressSite, desks: tuple[Desk, Desk]) -> None:
    reporter, editor = desks
    with reporter.store() as drafts:
        article = drafts.create(sample_article(reporter.wp))
    uuid, title = article.id, article.title

    # 1. The contributor submits with a note: one pending post.
    out = reporter.ok("submit", uuid[:8], "--site", "news", "--note", REPORTER_NOTE)
    assert "pending" in out
    post = the_post(wordpress, uuid)
    assert post["status"] == "pending"
    assert decode_notes((post["meta"] or {})["qalam_notes"])[0].text == REPORTER_NOTE  # type: ignore[index]
    with reporter.store() as drafts:
        assert drafts.get(uuid).state is WorkflowState.SUBMITTED

    # 2. The editor syncs and finds it in the inbox, with author, category, length and age.
    report = editor.json("sync")
    assert isinstance(report, list) and report[0]["role"] == "editor" and report[0]["companion"] is True
    inbox = editor.json("inbox")
    assert isinstance(inbox, list)
    mine = [i for i in inbox if i["id"] == uuid]
    assert len(mine) == 1
    item = mine[0]
    assert item["title"] == title and item["author"] and not str(item["author"]).startswith("#")
    assert item["words"] > 100 and item["categories"] and item["submitted_at"]
    assert item["state"] == "submitted" and item["notes"] == 1
    # Offline: the inbox is local.
    code, out, _ = editor.qalam("inbox")
    assert code == 0 and uuid[:8] in out

    # 3. The editor edits a sentence and returns it with a note.
    with editor.store() as drafts:
        pulled = drafts.get(uuid)
        assert pulled.remote_id == post["id"]
        sentence = first_sentence(pulled.body_html)
        edited_sentence = sentence.replace("التقى الكرملين", "التقيا في الكرملين", 1)
        assert edited_sentence != sentence
        pulled.body_html = pulled.body_html.replace(sentence, edited_sentence, 1)
        drafts.save(pulled)
        service = editor.service(drafts)
        assert service.has_local_changes(pulled)
        submitted = service.submitted_version(uuid)
        assert submitted is not None
        ops = diff_words(submitted.body_html, pulled.body_html)
        assert any(op.kind is OpKind.INSERT and "التقيا" in op.text for op in ops)
    out = editor.ok("return", uuid[:8], "--note", EDITOR_NOTE)
    assert "draft" in out
    post = the_post(wordpress, uuid)
    assert post["status"] == "draft" and post["meta"]["qalam_state"] == "returned"  # type: ignore[index]

    # 4. The contributor syncs: returned, with the editor's note and the editor's change.
    report = reporter.json("sync")
    assert isinstance(report, list)
    mine_list = [m for m in report[0]["mine"] if m["id"] == uuid]
    assert mine_list and mine_list[0]["state"] == "returned"
    assert EDITOR_NOTE in mine_list[0]["notes"] and REPORTER_NOTE in mine_list[0]["notes"]
    changes = reporter.ok("changes", uuid[:8], "--notes")  # what the reporter reads
    assert "{+" in changes and "[-" in changes and EDITOR_NOTE in changes
    with reporter.store() as drafts:
        returned = drafts.get(uuid)
        assert edited_sentence in returned.body_html
        service = reporter.service(drafts)
        before = service.submitted_version(uuid)
        assert before is not None and sentence in before.body_html
        ops = diff_words(before.body_html, returned.body_html)
        assert any(op.kind is OpKind.INSERT for op in ops) and any(op.kind is OpKind.DELETE for op in ops)
        # 5. …fixes it and resubmits.
        fixed_sentence = edited_sentence.replace("(كلاهما في الصورة) ", "", 1)
        assert fixed_sentence != edited_sentence
        returned.body_html = returned.body_html.replace(edited_sentence, fixed_sentence, 1)
        drafts.save(returned)
    code, out, err = reporter.qalam("submit", uuid[:8])  # the site comes from the article
    assert code == 0, err
    post = the_post(wordpress, uuid)
    assert post["status"] == "pending" and post["meta"]["qalam_state"] == ""  # type: ignore[index]

    # 6. The editor syncs (the resubmitted version replaces the local copy), approves and schedules.
    editor.ok("sync")
    inbox = editor.json("inbox")
    assert [i["id"] for i in inbox if i["id"] == uuid] == [uuid]  # type: ignore[index]
    editor.ok("approve", uuid[:8])
    assert the_post(wordpress, uuid)["meta"]["qalam_state"] == "approved"  # type: ignore[index]
    at = (datetime.now(UTC) + timedelta(seconds=65)).replace(microsecond=0)
    with editor.store() as drafts:
        approved = drafts.get(uuid)
        assert fixed_sentence in approved.body_html
    # `qalam publish --at` on the pulled post: the site comes from the article.
    out = editor.ok("publish", uuid[:8], "--at", at.isoformat())
    assert out.strip().startswith(wordpress.url)
    with editor.store() as drafts:
        assert drafts.get(uuid).state is WorkflowState.SCHEDULED
        assert not editor.service(drafts).pending_items()
    post = the_post(wordpress, uuid)
    assert post["status"] == "future" and post["date_gmt"] == at.strftime("%Y-%m-%dT%H:%M:%S")
    # The contributor cannot open a scheduled post, but the companion plugin tells them it is scheduled.
    report = reporter.json("sync")
    mine_list = [m for m in report[0]["mine"] if m["id"] == uuid]  # type: ignore[index]
    assert mine_list[0]["state"] == "scheduled"
    assert mine_list[0]["scheduled_at"] == at.strftime("%Y-%m-%dT%H:%M:%SZ")

    # 7. After the time, the site's cron publishes it; the content is the approved version, byte for byte.
    time.sleep(max(0.0, (at - datetime.now(UTC)).total_seconds()) + 1.5)
    assert the_post(wordpress, uuid)["status"] == "future"  # nothing happens without cron
    httpx.get(f"{wordpress.url}/wp-cron.php", timeout=20)
    post = the_post(wordpress, uuid)
    assert post["status"] == "publish"
    # As block markup (the companion plugin carries the article id in meta: nothing else in the content),
    # each paragraph's direction written against the test site's (English: left to right).
    expected = post_content(approved.body_html, site_direction="ltr")
    assert post["content"]["raw"] == expected  # type: ignore[index]
    assert expected.count('<p dir="rtl">') == approved.body_html.count("<p>")
    assert article_body(str(post["content"]["raw"])) == approved.body_html  # type: ignore[index]
    assert post["title"]["raw"] == approved.title  # type: ignore[index]

    # 8. Both desks see it published, with its address.
    report = reporter.json("sync")
    mine_list = [m for m in report[0]["mine"] if m["id"] == uuid]  # type: ignore[index]
    assert mine_list[0]["state"] == "published" and mine_list[0]["url"]
    editor.ok("sync")
    with editor.store() as drafts:
        assert drafts.get(uuid).state is WorkflowState.PUBLISHED
    assert len(posts_with_uuid(wordpress, uuid)) == 1


def test_reporter_reads_the_editors_notes_with_qalam_notes(
        wordpress: WordPressSite, desks: tuple[Desk, Desk]) -> None:
    """`qalam notes ID` after an editor returned the article on the real site: author, time, text; offline."""
    reporter, editor = desks
    with reporter.store() as drafts:
        uuid = drafts.create(sample_article(reporter.wp)).id
    reporter.ok("submit", uuid[:8], "--site", "news", "--note", REPORTER_NOTE)
    editor.ok("sync")
    editor.ok("return", uuid[:8], "--note", EDITOR_NOTE)
    before = reporter.json("notes", uuid[:8])
    assert isinstance(before, dict) and [n["text"] for n in before["notes"]] == [REPORTER_NOTE]
    reporter.ok("sync")  # brings the editor's note
    got = reporter.json("notes", uuid[:8])
    assert isinstance(got, dict) and got["id"] == uuid
    # Oldest first; both may carry the same second (the site keeps seconds), so compare by text.
    by_text = {n["text"]: n for n in got["notes"]}
    assert sorted(by_text) == sorted([REPORTER_NOTE, EDITOR_NOTE]) and len(got["notes"]) == 2
    editors = by_text[EDITOR_NOTE]
    assert editors["author"] and editors["author"] != by_text[REPORTER_NOTE]["author"]
    assert editors["on_site"] is True and editors["created_at"]
    assert [n["created_at"] for n in got["notes"]] == sorted(n["created_at"] for n in got["notes"])
    text = reporter.ok("notes", uuid[:8])
    assert EDITOR_NOTE in text and str(editors["author"]) in text
    # The editor finds them by the post's number on the site too.
    post_id = str(the_post(wordpress, uuid)["id"])
    by_number = editor.json("notes", post_id)
    assert isinstance(by_number, dict) and EDITOR_NOTE in [n["text"] for n in by_number["notes"]]


def test_editor_approves_offline_and_it_goes_out_when_the_site_is_back(
        wordpress: WordPressSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    upstream = urlsplit(wordpress.url)
    assert upstream.hostname and upstream.port
    proxy = FaultProxy(upstream.hostname, upstream.port).start()
    try:
        reporter = Desk(wordpress, "contributor", tmp_path / "r", monkeypatch, capsys)
        editor = Desk(wordpress, "editor", tmp_path / "e", monkeypatch, capsys, url=proxy.url)
        with reporter.store() as drafts:
            uuid = drafts.create(sample_article(wordpress)).id
        reporter.ok("submit", uuid[:8], "--site", "news")
        editor.ok("sync")

        proxy.inject(Fault.HTTP_503, times=10_000)  # the site is down (or the train is in a tunnel)
        code, _out, err = editor.qalam("approve", uuid[:8])
        assert code == 75 and "Queued" in err
        code, out, _err = editor.qalam("inbox")  # review goes on offline
        assert code == 0 and uuid[:8] in out and "Approved" in out
        code, _out, _err = editor.qalam("sync")
        assert code == 75
        assert the_post(wordpress, uuid)["meta"]["qalam_state"] == ""  # type: ignore[index]

        proxy.clear()  # back online
        report = editor.json("sync")
        assert [s["action"] for s in report[0]["sent"]] == ["workflow:approve"]  # type: ignore[index]
        post = the_post(wordpress, uuid)
        assert post["status"] == "pending" and post["meta"]["qalam_state"] == "approved"  # type: ignore[index]
        with editor.store() as drafts:
            assert drafts.get(uuid).state is WorkflowState.APPROVED
            assert [i.state.value for i in drafts.outbox_items()] == ["done"]
    finally:
        proxy.stop()


def test_an_edit_on_the_site_is_never_silently_overwritten(
        wordpress: WordPressSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    reporter = Desk(wordpress, "contributor", tmp_path / "r", monkeypatch, capsys)
    editor = Desk(wordpress, "editor", tmp_path / "e", monkeypatch, capsys)
    with reporter.store() as drafts:
        uuid = drafts.create(sample_article(wordpress)).id
    reporter.ok("submit", uuid[:8], "--site", "news")
    editor.ok("sync")
    post = the_post(wordpress, uuid)
    # Someone fixes a typo in wp-admin after the editor pulled the submission.
    theirs = str(post["content"]["raw"]).replace("</p>", " (تصحيح)</p>", 1)  # type: ignore[index]
    client = admin_client(wordpress)
    try:
        client.update_post(int(str(post["id"])), {"content": theirs})
    finally:
        client.close()
    with editor.store() as drafts:
        mine = drafts.get(uuid)
        mine.body_html = mine.body_html.replace("</p>", " (تعديل المحرر)</p>", 1)
        drafts.save(mine)
    code, _out, err = editor.qalam("approve", uuid[:8])
    assert code == 1 and "Not sent" in err
    assert the_post(wordpress, uuid)["content"]["raw"] == theirs  # type: ignore[index]
    with editor.store() as drafts:
        assert [i.state.value for i in drafts.outbox_items()] == ["conflict"]
        item = drafts.outbox_items()[0]
        assert item.result and item.result["theirs"]["content"] == article_body(theirs)
    # A sync does not overwrite the editor's copy either: it reports the conflict.
    report = editor.json("sync")
    assert report[0]["conflicts"] == [uuid]  # type: ignore[index]
    with editor.store() as drafts:
        assert "(تعديل المحرر)" in drafts.get(uuid).body_html
    assert len(posts_with_uuid(wordpress, uuid)) == 1


def test_a_reporter_cannot_mark_their_own_article_approved(
        wordpress: WordPressSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    reporter = Desk(wordpress, "contributor", tmp_path / "r", monkeypatch, capsys)
    with reporter.store() as drafts:
        uuid = drafts.create(sample_article(wordpress)).id
    reporter.ok("submit", uuid[:8], "--site", "news")
    post_id = int(str(the_post(wordpress, uuid)["id"]))
    user = wordpress.contributor
    client = WordPressClient(wordpress.url, user.login, Secret(user.app_password))
    try:
        client.update_post(post_id, {"meta": {"qalam_state": "approved"}})
    finally:
        client.close()
    assert the_post(wordpress, uuid)["meta"]["qalam_state"] == ""  # type: ignore[index]


# --- the same workflow on a site without the companion plugin ---------------------------------------


@pytest.fixture(scope="module")
def bare_wordpress(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WordPressSite]:
    """A second throwaway WordPress (about 3 s), with the companion plugin taken out of mu-plugins."""
    directory = tmp_path_factory.mktemp("wordpress-bare")
    site = start_wordpress(directory, env_extra={"WP_COPY": "link"})
    try:
        plugin = directory / "www" / "wp-content" / "mu-plugins" / "qalam-companion.php"
        plugin.unlink(missing_ok=True)
        index = httpx.get(f"{site.url}/wp-json/", timeout=10).json()
        assert "qalam/v1" not in index["namespaces"]
        yield site
    finally:
        stop_wordpress(directory)


def test_without_the_companion_plugin_notes_stay_local_with_a_warning(
        bare_wordpress: WordPressSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    reporter = Desk(bare_wordpress, "contributor", tmp_path / "r", monkeypatch, capsys, "bare")
    editor = Desk(bare_wordpress, "editor", tmp_path / "e", monkeypatch, capsys, "bare")
    with reporter.store() as drafts:
        article = drafts.create(sample_article(reporter.wp))
    uuid = article.id
    reporter.ok("sync")  # learns that the site has no companion plugin
    code, _out, err = reporter.qalam("submit", uuid[:8], "--site", "bare", "--note", REPORTER_NOTE)
    assert code == 0, err
    assert "companion plugin" in err  # notes stay on this computer, and the user is told
    post = the_post(bare_wordpress, uuid)
    # No plugin: the article id rides in the first block's attributes (no stray comment in the content).
    assert post["status"] == "pending" and f'"qalamId":"{uuid}"' in post["content"]["raw"]  # type: ignore[operator]
    assert "<!-- qalam:" not in post["content"]["raw"]  # type: ignore[operator]

    code, _out, err = editor.qalam("sync")
    assert code == 0 and "companion plugin" in err
    inbox = editor.json("inbox")
    assert [i["id"] for i in inbox] == [uuid]  # type: ignore[index]
    code, _out, err = editor.qalam("return", uuid[:8], "--note", EDITOR_NOTE)
    assert code == 0 and "companion plugin" in err
    assert the_post(bare_wordpress, uuid)["status"] == "draft"

    reporter.ok("sync")
    with reporter.store() as drafts:
        assert [n.text for n in drafts.notes(uuid)] == [REPORTER_NOTE]  # the editor's note did not travel
        back = drafts.get(uuid)
        assert back.state is WorkflowState.DRAFT  # the site cannot say "returned" without the plugin
        assert "qalam:" not in back.body_html  # the marker never shows in the editor
    with editor.store() as drafts:
        assert [n.text for n in drafts.notes(uuid)] == [EDITOR_NOTE]
    assert len(posts_with_uuid(bare_wordpress, uuid)) == 1
