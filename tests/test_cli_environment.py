"""No traceback on a bad environment: each gets one line saying what is wrong and what to do, in the user's
language, and a non-zero exit. Every case runs the real `qalam` in its own process."""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ARABIC = range(0x0600, 0x0700)

# `qalam` with SQLite's busy timeouts cut to half a second, so a locked database is reported at once.
SHORT_TIMEOUTS = r"""
import sqlite3, sys
_connect = sqlite3.connect
sqlite3.connect = lambda *a, **k: _connect(*a, **{**k, "timeout": min(k.get("timeout", 5.0), 0.5)})
import editor_app.storage.engine as engine
engine.BUSY_TIMEOUT_MS = 500
from editor_app.cli.main import main
raise SystemExit(main(sys.argv[1:]))
"""


def qalam(data: Path | str, *args: str, lang: str = "en", env: dict[str, str] | None = None,
          code: str | None = None) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ)
    full.pop("QALAM_PASSWORD", None)
    full["QALAM_DATA_DIR"] = str(data)
    full.update(env or {})
    argv = ["-c", code] if code else ["-m", "editor_app"]
    return subprocess.run([sys.executable, *argv, "--lang", lang, *args], capture_output=True, text=True,
                          env=full, timeout=120, cwd=REPO)


def one_line(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """The command failed with exactly one line on stderr, no traceback, naming what is wrong."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("qalam: ")
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def in_arabic(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and any(ord(ch) in ARABIC for ch in lines[0]), result.stderr


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """``folder`` read-only: a read-only bind mount as root (root ignores permissions), else chmod."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    result = qalam(data, "drafts", "new", "--title", "خبر")
    assert result.returncode == 0, result.stderr
    return data


@pytest.mark.parametrize("ca_file", ["/dev/null", "garbage", "missing"])
def test_broken_ca_file(tmp_path: Path, ca_file: str) -> None:
    path = {"/dev/null": "/dev/null", "garbage": str(tmp_path / "garbage.pem"),
            "missing": str(tmp_path / "no" / "such.pem")}[ca_file]
    (tmp_path / "garbage.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\nnot base64 at all\n")
    env = {"SSL_CERT_FILE": path, "QALAM_PASSWORD": "abcd efgh ijkl mnop",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    args = ("sites", "add", "desk", "--url", "https://news.example.org", "--user", "mona")
    one_line(qalam(tmp_path / "d", *args, env=env), "SSL_CERT_FILE", path)
    in_arabic(qalam(tmp_path / "d", *args, env=env, lang="ar"))


def test_read_only_data_folder(store: Path) -> None:
    with read_only(store):
        one_line(qalam(store, "drafts", "new", "--title", "x"), "read-only", str(store))
        one_line(qalam(store, "drafts", "list"), "read-only")
        in_arabic(qalam(store, "drafts", "list", lang="ar"))


def test_missing_data_folder_and_a_file_in_its_way(tmp_path: Path) -> None:
    unplugged = tmp_path / "usb-drive" / "qalam"  # the drive is not there: do not start an empty store
    one_line(qalam(unplugged, "drafts", "list"), "does not exist", str(unplugged))
    assert not unplugged.parent.exists()
    in_arabic(qalam(unplugged, "drafts", "list", lang="ar"))
    # The folder itself may be new: it is created.
    assert qalam(tmp_path / "new-folder", "drafts", "list").returncode == 0

    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    for data in (blocker, blocker / "qalam"):
        one_line(qalam(data, "drafts", "list"), "is a file", str(blocker))
        one_line(qalam(data), "is a file")  # the window's start too
        without_lang = subprocess.run(
            [sys.executable, "-m", "editor_app", "drafts", "list"], capture_output=True, text=True,
            timeout=120, cwd=REPO, env={**os.environ, "QALAM_DATA_DIR": str(data), "LANG": "C.UTF-8"})
        one_line(without_lang, "is a file")  # not "the settings file cannot be read"
    in_arabic(qalam(blocker / "qalam", "drafts", "list", lang="ar"))


def test_locked_database(store: Path) -> None:
    """Another process holds the write lock past the busy timeout: writes and reads say so."""
    holder = sqlite3.connect(store / "qalam.sqlite3", isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE articles SET title = title")
    try:
        started = time.monotonic()
        one_line(qalam(store, "drafts", "new", "--title", "x", code=SHORT_TIMEOUTS), "busy")
        one_line(qalam(store, "drafts", "list", code=SHORT_TIMEOUTS), "busy")
        in_arabic(qalam(store, "drafts", "list", lang="ar", code=SHORT_TIMEOUTS))
        assert time.monotonic() - started < 60
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert qalam(store, "drafts", "list").returncode == 0
    assert not (store / "damaged").exists()  # a locked database is not a damaged one


def test_missing_spelling_engine(store: Path) -> None:
    draft = qalam(store, "drafts", "list", "--json")
    draft_id = __import__("json").loads(draft.stdout)[0]["id"]
    env = {"PYENCHANT_LIBRARY_PATH": "/nonexistent/libenchant-2.so.2"}
    result = qalam(store, "check", draft_id[:8], env=env)
    assert result.returncode in (1, 3) and "Traceback" not in result.stderr  # 3: it also found errors
    assert result.stderr.strip().splitlines()[-1].startswith("qalam: Spelling was not checked")
    assert "--no-spelling" in result.stderr
    assert qalam(store, "check", draft_id[:8], "--no-spelling", env=env).returncode in (0, 3)


def test_missing_keyring_daemon(tmp_path: Path) -> None:
    env = {k: "" for k in os.environ if k.startswith(("DBUS_", "GNOME_KEYRING"))}
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/bus"
    result = subprocess.run(
        [sys.executable, "-m", "editor_app", "--lang", "en", "sites", "add", "desk", "--url",
         "https://news.example.org", "--user", "mona", "--no-check"],
        input="abcd efgh ijkl mnop\n", capture_output=True, text=True, timeout=120,
        env={**os.environ, **env, "QALAM_DATA_DIR": str(tmp_path / "d")}, cwd=REPO)
    one_line(result, "keyring", "not added")


def test_unwritable_log_folder(store: Path) -> None:
    logs = store / "logs"
    with read_only(logs):
        one_line(qalam(store, "drafts", "list"), "log", str(logs))
        in_arabic(qalam(store, "drafts", "list", lang="ar"))
    (logs / "qalam.log").unlink()
    (logs / "qalam.log").mkdir()  # a folder where the log file should be
    one_line(qalam(store, "drafts", "list"), "log")


def test_broken_settings_file(store: Path) -> None:
    settings = store / "config" / "settings.ini"
    settings.parent.mkdir(exist_ok=True)
    settings.write_bytes(b"[ui]\nlanguage=ar\n\x00\xff\xfe garbage \x89PNG\n")
    no_lang = {"LANG": "ar_EG.UTF-8"}
    result = subprocess.run([sys.executable, "-m", "editor_app", "drafts", "list"], capture_output=True,
                            text=True, timeout=120, cwd=REPO,
                            env={**os.environ, **no_lang, "QALAM_DATA_DIR": str(store)})
    in_arabic(result)  # the system's language when the saved one cannot be read
    assert str(settings) in result.stderr
    one_line(qalam(store, "settings", "get"), "settings file", str(settings))
    # --lang does not need the file: the command works.
    assert qalam(store, "drafts", "list").returncode == 0
    assert not (store / "damaged").exists()  # a locked database is not a damaged one
    settings.unlink()
    settings.mkdir()  # unreadable: a folder in its place
    one_line(qalam(store, "settings", "set", "language", "ar"), "settings file")


def test_no_display_for_the_window(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["QALAM_DATA_DIR"] = str(tmp_path / "d")
    for extra, words in (({}, ("No display",)), ({"DISPLAY": ":93"}, (":93", "does not answer"))):
        result = subprocess.run([sys.executable, "-m", "editor_app", "--lang", "en"], capture_output=True,
                                text=True, env={**env, **extra}, timeout=60, cwd=REPO)
        one_line(result, *words)
        result = subprocess.run([sys.executable, "-m", "editor_app", "--lang", "ar"], capture_output=True,
                                text=True, env={**env, **extra}, timeout=60, cwd=REPO)
        in_arabic(result)


def test_a_display_that_hangs_up_ends_in_one_line(tmp_path: Path) -> None:
    """An X socket that accepts and closes at once: Qt's fatal error becomes one line, not an abort."""
    number = 80 + os.getpid() % 15
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(f"\0/tmp/.X11-unix/X{number}")
    server.listen(8)
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
                conn.close()
            except OSError:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        env.update(DISPLAY=f":{number}", QALAM_DATA_DIR=str(tmp_path / "d"))
        result = subprocess.run([sys.executable, "-m", "editor_app", "--lang", "en"], capture_output=True,
                                text=True, env=env, timeout=60, cwd=REPO)
        one_line(result, "The window cannot open")
        assert result.returncode == 1
    finally:
        stop.set()
        thread.join()
        server.close()
