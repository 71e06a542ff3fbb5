"""The git-like command line: `sites add` without a keyring, `drafts import` twice, `qalam notes`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from editor_app.core.article import Article
from editor_app.paths import resolve_paths
from editor_app.storage.store import DraftStore

REPO = Path(__file__).resolve().parent.parent


def qalam(data: Path, *args: str, env: dict[str, str] | None = None,
          stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ, QALAM_DATA_DIR=str(data))
    full.pop("QALAM_PASSWORD", None)
    full.update(env or {})
    return subprocess.run([sys.executable, "-m", "editor_app", "--lang", "en", *args], capture_output=True,
                          text=True, env=full, timeout=120, input=stdin, cwd=REPO)


def test_sites_add_without_a_keyring_fails_and_adds_nothing(tmp_path: Path) -> None:
    data = tmp_path / "d"
    no_service = {k: "" for k in os.environ if k.startswith(("DBUS_", "GNOME_KEYRING"))}
    for env in ({"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},  # the fail backend
                {**no_service, "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"}):  # no daemon
        result = qalam(data, "sites", "add", "desk", "--url", "https://news.example.org", "--user", "mona",
                       "--no-check", env=env, stdin="abcd efgh ijkl mnop\n")
        assert result.returncode == 1, result.stdout
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "keyring" in lines[0] and "was not added" in lines[0]
        listed = qalam(data, "sites", "list", "--json", env=env)
        assert listed.returncode == 0 and json.loads(listed.stdout) == []
    # In Arabic too, one line.
    result = qalam(data, "--lang", "ar", "sites", "add", "desk", "--url", "https://news.example.org",
                   "--user", "mona", "--no-check",
                   env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
                   stdin="abcd efgh ijkl mnop\n")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert any("\u0600" <= ch <= "\u06ff" for ch in result.stderr)
    # With QALAM_PASSWORD (scripts) nothing needs storing: the site is added.
    scripted = qalam(data, "sites", "add", "desk", "--url", "https://news.example.org", "--user", "mona",
                     "--no-check", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                                        "QALAM_PASSWORD": "abcd efgh ijkl mnop"})
    assert scripted.returncode == 0, scripted.stderr


def test_importing_the_same_file_twice_names_the_draft_that_holds_it(tmp_path: Path) -> None:
    data = tmp_path / "d"
    story = tmp_path / "story.md"
    story.write_text("---\ntitle: خبر عن مينسك\n---\n\nقال الرئيس إن الاتفاق قائم.\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("عنوان آخر\n\nفقرة أولى من خبر آخر طويلة بما يكفي.\n", encoding="utf-8")

    first = qalam(data, "drafts", "import", str(story))
    assert first.returncode == 0, first.stderr
    draft_id = first.stdout.strip()

    again = qalam(data, "drafts", "import", str(story))
    assert again.returncode == 0 and "Traceback" not in again.stderr
    assert again.stdout.strip() == draft_id  # the draft that holds it
    assert "already imported" in again.stderr and draft_id[:8] in again.stderr and "--again" in again.stderr
    listed = json.loads(qalam(data, "drafts", "list", "--json").stdout)
    assert [d["id"] for d in listed] == [draft_id]

    # A copy under another name is the same file; a different file is imported; one command, one draft each.
    copy = tmp_path / "copy-of-story.md"
    copy.write_bytes(story.read_bytes())
    mixed = json.loads(qalam(data, "drafts", "import", str(copy), str(other), str(other), "--json").stdout)
    assert [(e["already_imported"], e["file"]) for e in mixed] == [
        (True, "copy-of-story.md"), (False, "other.txt"), (True, "other.txt")]
    assert mixed[0]["id"] == draft_id and mixed[1]["id"] == mixed[2]["id"] != draft_id
    assert len(json.loads(qalam(data, "drafts", "list", "--json").stdout)) == 2

    # --again makes a second draft on purpose.
    forced = qalam(data, "drafts", "import", str(story), "--again")
    assert forced.returncode == 0 and forced.stdout.strip() not in ("", draft_id)
    assert len(json.loads(qalam(data, "drafts", "list", "--json").stdout)) == 3

    # A draft in the trash still holds its file: the message says how to take it out.
    assert qalam(data, "drafts", "trash", mixed[1]["id"]).returncode == 0
    trashed = qalam(data, "drafts", "import", str(other))
    assert trashed.stdout.strip() == mixed[1]["id"] and "untrash" in trashed.stderr


def test_notes_prints_the_review_notes_of_the_local_copy(tmp_path: Path) -> None:
    data = tmp_path / "d"
    with DraftStore.open(resolve_paths(data).ensure()) as store:
        article = store.create(Article(title="خبر مُراجَع", body_html="<p>نص</p>", remote_id=314))
        store.add_note(article.id, "رئيس التحرير", "الجملة الأولى طويلة:\nقسّمها.")
        store.add_note(article.id, "mona", "تم")
        bare = store.create(Article(title="بلا ملاحظات"))
        # A draft whose id starts with the post's number: the number still names the post.
        store.create(Article(id="31400000-0000-4000-8000-000000000000", title="معرّف يشبه الرقم"))
    result = qalam(data, "notes", article.id[:8])
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "رئيس التحرير" in out and "قسّمها." in out and out.index("رئيس التحرير") < out.index("mona")
    got = json.loads(qalam(data, "notes", "314", "--json").stdout)  # the post's number on the site works too
    assert got["id"] == article.id and [n["author"] for n in got["notes"]] == ["رئيس التحرير", "mona"]
    assert got["notes"][0]["text"] == "الجملة الأولى طويلة:\nقسّمها." and got["notes"][0]["created_at"]
    empty = qalam(data, "notes", bare.id[:8])
    assert empty.returncode == 0 and "No review notes" in empty.stdout
    missing = qalam(data, "notes", "999")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
