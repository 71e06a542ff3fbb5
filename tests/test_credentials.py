"""Application passwords: keyring only, memory without a secure keyring, QALAM_PASSWORD for scripts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from editor_app.publish import credentials
from editor_app.publish.credentials import Secret, Where

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    credentials.forget_memory()
    yield
    credentials.forget_memory()
    keyring.set_keyring(previous)


def test_without_a_secure_keyring_the_password_stays_in_memory(no_keyring: None, tmp_path: Path) -> None:
    assert not credentials.backend_info().secure
    where = credentials.store_password("https://news.example/", "layla", "abcd efgh ijkl mnop qrst uvwx")
    assert where is Where.MEMORY
    found = credentials.get_password("https://NEWS.example", "layla")
    assert found is not None and found[1] is Where.MEMORY
    assert found[0].reveal() == "abcdefghijklmnopqrstuvwx"  # the spaces WordPress shows are optional
    assert credentials.get_password("https://news.example", "other") is None
    assert credentials.delete_password("https://news.example", "layla")
    assert credentials.get_password("https://news.example", "layla") is None


def test_environment_password_serves_any_site(no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QALAM_PASSWORD", "from env")
    found = credentials.get_password("https://a.example", "x")
    assert found is not None and found[1] is Where.ENVIRONMENT and found[0].reveal() == "fromenv"


def test_secret_never_shows_itself() -> None:
    s = Secret("hunter2-very-secret")
    assert "hunter2" not in repr(s) and "hunter2" not in str(s) and "hunter2" not in f"{s}"
    assert "hunter2" not in repr([s, {"pw": s}])


def test_keys_are_per_site_and_user() -> None:
    assert credentials.key_for("https://News.example/", "a") == credentials.key_for(
        "https://news.example", "a"
    )
    assert credentials.key_for("https://news.example", "a") != credentials.key_for(
        "https://news.example", "b"
    )
    assert credentials.key_for("https://news.example", "a") != credentials.key_for(
        "https://other.example", "a"
    )


_KEYRING_SCRIPT = textwrap.dedent("""
    import json, keyring
    from editor_app.publish import credentials
    out = {"backend": credentials.backend_info().name, "secure": credentials.backend_info().secure}
    out["where"] = credentials.store_password("https://news.example", "layla", "s3cr3t pass")
    credentials.forget_memory()
    found = credentials.get_password("https://news.example", "layla")
    out["got"] = found[0].reveal() if found else None
    out["got_where"] = found[1] if found else None
    out["raw"] = keyring.get_password("qalam", credentials.key_for("https://news.example", "layla"))
    out["deleted"] = credentials.delete_password("https://news.example", "layla")
    out["after"] = credentials.get_password("https://news.example", "layla")
    print(json.dumps(out))
""")


def run_in_keyring_session(home: Path, script: str, argv: str = "") -> subprocess.CompletedProcess[str]:
    """Run Python inside its own D-Bus session with an unlocked gnome-keyring whose files live in ``home``."""
    shell = (
        "eval \"$(printf 'pw\\n' | gnome-keyring-daemon --unlock --components=secrets)\" >/dev/null; "
        f'exec "{sys.executable}" -c "$QALAM_TEST_SCRIPT" {argv}'
    )
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING", "PYTHON_KEYRING"))
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_RUNTIME_DIR=str(home / "run"),
        QALAM_TEST_SCRIPT=script,
        PYTHONPATH=str(REPO),
    )
    env.pop("QALAM_PASSWORD", None)
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    return subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", shell],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


@pytest.mark.keyring
def test_real_secret_service_set_get_delete(tmp_path: Path) -> None:
    missing = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(t)]
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"missing {missing} under CI=true")
        pytest.skip(f"missing {missing} (apt-get install gnome-keyring dbus)")
    home = tmp_path / "home"
    home.mkdir()
    proc = run_in_keyring_session(home, _KEYRING_SCRIPT)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["secure"] and "SecretService" in out["backend"]
    assert out["where"] == "keyring"
    assert out["got"] == "s3cr3tpass" and out["got_where"] == "keyring"
    assert out["raw"] == "s3cr3tpass"
    assert out["deleted"] is True and out["after"] is None
    # The secret went to gnome-keyring's own (encrypted) file in this HOME, and nowhere in clear text.
    keyrings = list((home / ".local/share/keyrings").glob("*"))
    assert keyrings
    for path in home.rglob("*"):
        if path.is_file():
            assert b"s3cr3tpass" not in path.read_bytes(), path


_CLI_SCRIPT = textwrap.dedent("""
    import json, os, subprocess, sys
    url, pw, data = sys.argv[1], sys.argv[2], sys.argv[3]

    def qalam(*args, stdin=None):
        env = dict(os.environ, QALAM_DATA_DIR=data)
        env.pop("QALAM_PASSWORD", None)
        p = subprocess.run([sys.executable, "-m", "editor_app", "--lang", "en", *args], input=stdin,
                           capture_output=True, text=True, env=env)
        return {"rc": p.returncode, "out": p.stdout, "err": p.stderr}

    out = {}
    out["add"] = qalam("sites", "add", "kr", "--url", url, "--user", "editor", stdin=pw + "\\n")
    out["list"] = qalam("sites", "list", "--json")
    out["test"] = qalam("sites", "test", "kr")
    out["remove"] = qalam("sites", "remove", "kr")
    import keyring
    from editor_app.publish import credentials
    out["left"] = keyring.get_password("qalam", credentials.key_for(url, "editor"))
    print(json.dumps(out))
""")


@pytest.mark.keyring
@pytest.mark.wordpress
def test_cli_keeps_the_password_in_the_real_keyring(tmp_path: Path, wordpress: Any) -> None:
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.skip("gnome-keyring and dbus are not installed")
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "data"
    pw = wordpress.editor.app_password
    script = _CLI_SCRIPT + "\n"
    shell_args = f"{wordpress.url} {pw} {data}"
    proc = run_in_keyring_session(home, script, argv=shell_args)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["add"]["rc"] == 0, out["add"]
    assert "No secure keyring" not in out["add"]["err"]
    assert json.loads(out["list"]["out"])[0]["password"] == "keyring"
    assert out["test"]["rc"] == 0 and "roles: editor" in out["test"]["out"], out["test"]
    assert out["remove"]["rc"] == 0 and out["left"] is None
    for path in data.rglob("*"):
        if path.is_file():
            assert pw.encode() not in path.read_bytes(), path
