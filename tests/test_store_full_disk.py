"""A full disk is a full disk (issue 13): on a real, small file system that fills up.

The data folder is a tmpfs of a few MB, mounted in a private mount namespace (``unshare -m`` as
root, ``unshare -Urm`` as a user with user namespaces), so the mount never leaks out of the test.
Inside, a child process fills the disk byte by byte while the store is open and records what every
layer does; this test checks: a clear DiskFullError (never a raw OperationalError) from the store,
the journal, backups and exports; nothing moved to ``damaged/``; no temporary files left; the CLI
prints one line and exits non-zero (and ``drafts list`` never says "No drafts."); and once space
returns, saving works again and every draft and edit is there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FS_SIZE = "6m"

CHILD = r'''
import json, os, sqlite3, subprocess, sys
from pathlib import Path

from editor_app.core import exporters
from editor_app.core.article import Article
from editor_app.paths import resolve_paths
from editor_app.storage import errors, safety
from editor_app.storage.store import DraftStore

root = Path(sys.argv[1])
paths = resolve_paths(root / "data")
out = {}
BODY = "<p>" + "قال الكرملين إن بوتين التقى لوكاشينكو في موسكو يوم الأحد. " * 60 + "</p>"


def attempt(name, fn):
    try:
        value = fn()
        out[name] = {"ok": True, "value": value if isinstance(value, (int, str, bool, type(None))) else None}
    except Exception as exc:
        out[name] = {"ok": False, "type": type(exc).__name__, "message": str(exc),
                     "storage": isinstance(exc, errors.StorageError)}


def fill_disk():
    fd = os.open(root / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    for chunk in (1 << 20, 65536, 4096, 512, 1):
        try:
            while True:
                os.write(fd, b"\0" * chunk)
        except OSError:
            pass
    os.close(fd)
    return os.statvfs(root).f_bavail


def cli(*args, lang="en"):
    env = dict(os.environ, QALAM_DATA_DIR=str(paths.data_dir))
    r = subprocess.run([sys.executable, "-m", "editor_app", "--lang", lang, "--data-dir", str(paths.data_dir),
                        *args], capture_output=True, text=True, env=env, timeout=120)
    return {"code": r.returncode, "out": r.stdout, "err": r.stderr}


def leftovers():
    found = []
    for p in root.rglob("*"):
        name = p.name
        if name.endswith((".part", ".tmp", ".part-journal", "-journal")) or name.startswith(".qalam-"):
            found.append(str(p.relative_to(root)))
    return found


# 1. A store with drafts and a backup.
store = DraftStore.open(paths)
ids = [store.create(Article(title=f"خبر رقم {i}", body_html=BODY)).id for i in range(12)]
store.backup("manual")
store.close(backup=False)
(root / "body.txt").write_text("الفقرة الأولى.\n\nالفقرة الثانية.\n", encoding="utf-8")

# 2. The store is open (as in the GUI) when the disk fills up.
store = DraftStore.open(paths)
first = store.get(ids[0])
out["free_after_fill"] = fill_disk()
attempt("save", lambda: store.save(store.get(ids[1]).copy(body_html=BODY + "<p>تعديل مهم.</p>")).number)
attempt("autosave", lambda: store.autosave(store.get(ids[2]).copy(title="عنوان جديد")))
attempt("create", lambda: store.create(Article(title="جديد", body_html=BODY)).id)
attempt("backup", lambda: str(store.backup("manual")))
from datetime import timedelta
attempt("backup_if_due", lambda: store.backup_if_due(timedelta(0)))
out["backup_note"] = store.backup_note.render() if store.backup_note else None
attempt("list", lambda: len(store.list_drafts()))
# A backup whose free-space estimate is wrong fails while copying: the half copy must go.
def forced_backup():
    check, safety.ensure_room = safety.ensure_room, lambda folder, needed: None
    try:
        with store._db.raw() as raw:
            return str(safety.backup_database(raw, paths.backups, "manual"))
    finally:
        safety.ensure_room = check
attempt("forced_backup", forced_backup)
attempt("export_docx", lambda: str(exporters.export_to_file(first, "docx", root / "export.docx")))
attempt("export_md", lambda: str(exporters.export_to_file(first, "md", root / "export.md")))
from editor_app.gui.pdf_export import export_pdf
attempt("export_pdf", lambda: str(export_pdf(first, root / "export.pdf")))
attempt("open_second", lambda: len(DraftStore.open(paths).list_drafts()))

# 3. The command line on the full disk.
out["cli_list"] = cli("drafts", "list")
out["cli_new"] = cli("drafts", "new", "--title", "من سطر الأوامر", "--body-file", str(root / "body.txt"))
out["cli_new_ar"] = cli("drafts", "new", "--title", "من سطر الأوامر", lang="ar")
out["cli_trash"] = cli("drafts", "trash", ids[3][:8])
out["leftovers_full"] = leftovers()
out["damaged_full"] = (paths.data_dir / "damaged").exists()

# 4. Space returns: a retried save goes through in the same open store.
(root / "filler").unlink()
attempt("save_after", lambda: store.save(store.get(ids[1]).copy(body_html=BODY + "<p>تعديل مهم.</p>")).number)

# 5. An autosave journalled before the disk fills stays queued (and in the journal) until there is room.
store.autosave(first.copy(body_html=BODY + "<p>فقرة كتبت قبل امتلاء القرص.</p>"))
fill_disk()
attempt("flush", store.flush)
attempt("maintenance", store.maintenance)
(root / "filler").unlink()
attempt("flush_after", lambda: len(store.flush().autosaved))
attempt("close", store.close)
store = DraftStore.open(paths)
out["titles"] = sorted(d.title for d in store.list_drafts())
out["first_body"] = store.get(ids[0]).body_html
out["second_body"] = store.get(ids[1]).body_html
out["integrity"] = store.integrity_check().ok
out["recovered"] = len(store.recovered_drafts())
store.close()
out["leftovers_after"] = leftovers()
out["damaged_after"] = (paths.data_dir / "damaged").exists()
out["cli_list_after"] = cli("drafts", "list")
print("RESULT " + json.dumps(out, ensure_ascii=False))
'''


def _namespace_prefix() -> list[str] | None:
    """A command prefix that runs a child in a private mount namespace where it may mount a tmpfs."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    for prefix in ([unshare, "-m"] if os.geteuid() == 0 else [], [unshare, "-Urm"]):
        if not prefix:
            continue
        probe = subprocess.run([*prefix, "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt 2>/dev/null || "
                                "mount -t tmpfs -o size=1m tmpfs /tmp"], capture_output=True)
        if probe.returncode == 0:
            return prefix
    return None


@pytest.fixture(scope="module")
def full_disk_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    prefix = _namespace_prefix()
    if prefix is None:
        pytest.skip("no way to mount a small file system here (needs root or user namespaces)")
    root = tmp_path_factory.mktemp("fullfs")
    script = root.parent / f"{root.name}-child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    env.pop("QALAM_DATA_DIR", None)
    shell = f'mount -t tmpfs -o size={FS_SIZE},mode=0700 tmpfs "$1" && exec "$2" "$3" "$1"'
    result = subprocess.run([*prefix, "sh", "-c", shell, "sh", str(root), sys.executable, str(script)],
                            capture_output=True, text=True, env=env, timeout=600)
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith("RESULT ")]
    assert result.returncode == 0 and lines, result.stdout[-3000:] + result.stderr[-3000:]
    return json.loads(lines[-1][len("RESULT "):])  # type: ignore[no-any-return]


def _full(outcome: object) -> str:
    assert isinstance(outcome, dict)
    assert outcome["ok"] is False, outcome
    assert outcome["type"] in ("DiskFullError", "NoRoomForBackupError", "QalamError"), outcome
    return str(outcome["message"])


def test_the_store_says_the_disk_is_full_and_moves_nothing(full_disk_run: dict[str, object]) -> None:
    run = full_disk_run
    assert run["free_after_fill"] == 0
    for name in ("flush", "save", "autosave", "create"):
        message = _full(run[name])
        assert "disk is full" in message and "OperationalError" not in message, (name, message)
    assert "No backup of the drafts was taken" in _full(run["backup"])
    assert "disk is full" in _full(run["maintenance"])  # its flush fails: the autosave stays queued
    assert run["backup_if_due"] == {"ok": True, "value": None}  # a timed backup is skipped, not an error
    assert run["backup_note"] and "No backup" in str(run["backup_note"])
    assert run["list"] == {"ok": True, "value": 12}  # reading still works
    assert "disk is full" in _full(run["forced_backup"])
    for name in ("export_docx", "export_md", "export_pdf"):
        assert "the disk is full" in _full(run[name]), name
    opened = run["open_second"]
    assert isinstance(opened, dict)
    assert opened == {"ok": True, "value": 12} or opened.get("storage"), opened
    assert run["damaged_full"] is False
    assert run["leftovers_full"] == []


def test_the_command_line_prints_one_line_and_fails(full_disk_run: dict[str, object]) -> None:
    listing = full_disk_run["cli_list"]
    assert isinstance(listing, dict)
    assert "No drafts." not in listing["out"]
    if listing["code"] == 0:  # read while full: every draft is listed
        assert listing["out"].count("خبر رقم") == 12
    else:
        assert len(listing["err"].strip().splitlines()) == 1
    for name in ("cli_new", "cli_new_ar", "cli_trash"):
        result = full_disk_run[name]
        assert isinstance(result, dict)
        err = result["err"].strip()
        assert result["code"] != 0 and len(err.splitlines()) == 1, (name, result)
        assert "Traceback" not in err and "OperationalError" not in err
    new = full_disk_run["cli_new"]
    assert isinstance(new, dict)
    assert "disk is full" in new["err"] and "run the command again" in new["err"]
    assert "القرص ممتلئ" in full_disk_run["cli_new_ar"]["err"]  # type: ignore[index]
    assert "disk is full" in full_disk_run["cli_trash"]["err"]  # type: ignore[index]


def test_everything_is_back_when_space_returns(full_disk_run: dict[str, object]) -> None:
    run = full_disk_run
    assert run["flush_after"] == {"ok": True, "value": 1}  # the autosave queued before the disk filled
    assert run["save_after"]["ok"] is True  # type: ignore[index]
    assert run["close"]["ok"] is True  # type: ignore[index]
    # The autosave refused on the full disk (draft 2's new title) stayed queued, so it is saved too once
    # there is room: nothing typed is lost.
    assert run["titles"] == sorted([f"خبر رقم {i}" for i in range(12) if i != 2] + ["عنوان جديد"])
    assert "فقرة كتبت قبل امتلاء القرص" in str(run["first_body"])
    assert "تعديل مهم" in str(run["second_body"])
    assert run["integrity"] is True and run["recovered"] == 0
    assert run["damaged_after"] is False and run["leftovers_after"] == []
    after = run["cli_list_after"]
    assert isinstance(after, dict)
    assert after["code"] == 0 and after["out"].count("خبر رقم") == 11 and "عنوان جديد" in after["out"]
