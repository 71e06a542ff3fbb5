"""`qalam sites`, `qalam publish` and `qalam outbox` end to end; no password left anywhere afterwards."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_wp_publish import png_bytes
from wordpress import WordPressSite, free_port

from editor_app.core.article import Article
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore

pytestmark = pytest.mark.wordpress


def qalam(
    data: Path,
    *args: str,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    password: str | None = None,
) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ, QALAM_DATA_DIR=str(data), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    full.pop("QALAM_PASSWORD", None)
    if password is not None:
        full["QALAM_PASSWORD"] = password
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "editor_app", "--lang", "en", "-v", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
        check=False,
    )


def make_draft(data: Path, title: str) -> str:
    store = DraftStore.open(resolve_paths(data))
    try:
        media = store.add_media(data=png_bytes(33, 21, (9, 99, 199)), mime="image/png", filename="chart.png")
        article = store.create(
            Article(
                title=title,
                excerpt="ملخص",
                body_html=f'<p>نص <img src="qalam-media:{media.id}" alt="رسم"></p>',
            )
        )
        return article.id
    finally:
        store.close(backup=False)


def test_sites_publish_outbox_and_no_password_anywhere(tmp_path: Path, wordpress: WordPressSite) -> None:
    data = tmp_path / "data"
    pw = wordpress.author.app_password
    spaced = " ".join(pw[i : i + 4] for i in range(0, len(pw), 4))  # as WordPress shows it

    # The fail backend: the password cannot be kept, so nothing is added (no site without its password).
    refused = qalam(
        data, "sites", "add", "main", "--url", wordpress.url, "--user", "author", stdin=spaced + "\n"
    )
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "was not added" in refused.stderr
    assert json.loads(qalam(data, "sites", "list", "--json").stdout) == []
    # Scripts give the password in QALAM_PASSWORD for each command: the site is added, nothing stored.
    added = qalam(data, "sites", "add", "main", "--url", wordpress.url, "--user", "author", password=spaced)
    assert added.returncode == 0, added.stderr
    assert "Added site main" in added.stdout

    listed = qalam(data, "sites", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert rows[0]["name"] == "main" and rows[0]["roles"] == ["author"] and rows[0]["password"] == "missing"

    tested = qalam(data, "sites", "test", "main", password=spaced)
    assert tested.returncode == 0, tested.stderr
    assert "roles: author" in tested.stdout and "publish and schedule: yes" in tested.stdout
    assert "edit other people's posts: no" in tested.stdout

    no_pw = qalam(data, "sites", "test", "main")
    assert no_pw.returncode == 1 and "QALAM_PASSWORD" in no_pw.stderr

    wrong = qalam(data, "sites", "test", "main", password="wrong pass word xxxx yyyy")
    assert wrong.returncode == 1 and "application password" in wrong.stderr

    article_id = make_draft(data, "خبر من سطر الأوامر")
    published = qalam(data, "publish", article_id[:8], "--site", "main", password=pw)
    assert published.returncode == 0, published.stderr + published.stdout
    url = published.stdout.strip()
    assert url.startswith(wordpress.url)

    # An unreachable site: queued, exit 75, the reason printed; flush later sends it.
    qalam(
        data,
        "sites",
        "add",
        "down",
        "--url",
        f"http://127.0.0.1:{free_port()}",
        "--user",
        "author",
        "--no-check",
        password=pw,
    )
    other = make_draft(data, "خبر ينتظر الشبكة")
    queued = qalam(data, "publish", other, "--site", "down", password=pw, env={"QALAM_TEST_UNUSED": "1"})
    assert queued.returncode == 75, queued.stderr + queued.stdout
    assert "Queued:" in queued.stdout and "offline" in queued.stdout
    box = json.loads(qalam(data, "outbox", "--json").stdout)
    assert [r["state"] for r in box] == ["done", "queued"]
    assert box[1]["attempts"] == 1 and box[1]["last_error"]
    still = qalam(data, "outbox", "flush", password=pw)
    assert still.returncode == 75

    scheduled = qalam(
        data,
        "publish",
        make_draft(data, "خبر مجدول"),
        "--site",
        "main",
        "--at",
        "2031-05-01T09:30:00+03:00",
        password=pw,
    )
    assert scheduled.returncode == 0, scheduled.stderr
    listing = qalam(data, "outbox")
    assert listing.returncode == 0 and "queued" in listing.stdout and "sent" in listing.stdout

    removed = qalam(data, "sites", "remove", "down")
    assert removed.returncode == 0
    assert json.loads(qalam(data, "outbox", "--json").stdout)[-1]["state"] == "done"

    # The password (plain, spaced, or inside a Basic header) is nowhere in the data folder.
    needles = [pw.encode(), spaced.encode(), base64.b64encode(f"author:{pw}".encode())]
    files = [p for p in data.rglob("*") if p.is_file()]
    assert any(p.name.endswith(".log") for p in files)
    assert any(p.suffix == ".sqlite3" for p in files)
    for path in files:
        blob = path.read_bytes()
        for needle in needles:
            assert needle not in blob, f"password found in {path}"


def test_conflict_from_the_command_line(tmp_path: Path, wordpress: WordPressSite) -> None:
    from editor_app.publish.credentials import Secret
    from editor_app.publish.http import HttpClient
    from editor_app.publish.wordpress import WordPressClient

    data = tmp_path / "data"
    pw = wordpress.editor.app_password
    assert (
        qalam(
            data, "sites", "add", "main", "--url", wordpress.url, "--user", "editor", password=pw
        ).returncode
        == 0
    )
    article_id = make_draft(data, "خبر سيتغير على الموقع")
    assert qalam(data, "publish", article_id, "--site", "main", password=pw).returncode == 0

    store = DraftStore.open(resolve_paths(data))
    remote_id = store.get(article_id).remote_id
    assert remote_id is not None
    with HttpClient() as http:
        admin = WordPressClient(wordpress.url, "admin", Secret(wordpress.admin.app_password), http=http)
        theirs = admin.get_post(remote_id).content_raw.replace("نص", "نص عدله المحرر")
        admin.update_post(remote_id, {"content": theirs})
        article = store.get(article_id)
        article.body_html = article.body_html.replace("نص", "نص عدله الكاتب")
        store.save(article)
        store.close(backup=False)

        refused = qalam(data, "publish", article_id, "--site", "main", password=pw)
        assert refused.returncode == 1 and "changed on the site" in refused.stderr
        item = json.loads(qalam(data, "outbox", "--json").stdout)[-1]
        assert item["state"] == "conflict"
        shown = qalam(data, "outbox", "show", str(item["id"]))
        assert (
            shown.returncode == 0
            and "-<p>نص عدله المحرر" in shown.stdout
            and "+<p>نص عدله الكاتب" in shown.stdout
        )
        kept = qalam(data, "outbox", "keep-mine", str(item["id"]), password=pw)
        assert kept.returncode == 0, kept.stderr
        assert json.loads(qalam(data, "outbox", "--json").stdout)[-1]["state"] == "done"
        assert "نص عدله الكاتب" in admin.get_post(remote_id).content_raw

    changed = qalam(data, "sites", "password", "main", stdin="new-password\n")
    assert (
        changed.returncode == 1 and "No secure keyring" in changed.stderr
    )  # nothing written without a keyring
    assert qalam(data, "outbox", "show", "999").returncode == 1
