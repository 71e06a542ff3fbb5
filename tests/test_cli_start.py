"""The `qalam` entry point: lazy subcommands, an honest import list, git-like global options, the saved
language and digits (`qalam settings`), and the exit codes it documents."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.cli.main import COMMANDS, EPILOG, build_parser, command_of, split_globals

REPO = Path(__file__).resolve().parent.parent

# Runs `qalam ARGS…` as a real process and prints, after the command's own output, the modules it loaded.
PROBE = r"""
import atexit, json, os, runpy, sys
def dump():
    with open(os.environ["QALAM_PROBE_OUT"], "w") as fh:
        json.dump(sorted(sys.modules), fh)
atexit.register(dump)
sys.argv = ["qalam", *sys.argv[1:]]
runpy.run_module("editor_app", run_name="__main__", alter_sys=True)
"""


def qalam(*args: str, env: dict[str, str] | None = None, stdin: str | None = None,
          data: Path | None = None) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ)
    full.update(env or {})
    if data is not None:
        full["QALAM_DATA_DIR"] = str(data)
    return subprocess.run([sys.executable, "-m", "editor_app", *args], capture_output=True, text=True,
                          env=full, timeout=120, input=stdin, cwd=REPO)


def modules_loaded(tmp_path: Path, *args: str,
                   data: Path) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    out_file = tmp_path / "modules.json"
    env = dict(os.environ, QALAM_PROBE_OUT=str(out_file), QALAM_DATA_DIR=str(data))
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env,
                            timeout=120, cwd=REPO)
    return result, set(json.loads(out_file.read_text()))


def _top(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


@pytest.fixture
def store_with_a_draft(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    result = qalam("drafts", "new", "--title", "مسودة للتجربة", data=data)
    assert result.returncode == 0, result.stderr
    return data


def test_read_commands_and_version_import_only_what_they_use(tmp_path: Path,
                                                             store_with_a_draft: Path) -> None:
    result, loaded = modules_loaded(tmp_path, "drafts", "list", data=store_with_a_draft)
    assert result.returncode == 0, result.stderr
    assert "مسودة للتجربة" in result.stdout
    assert not {"PySide6", "shiboken6", "sqlalchemy", "alembic", "httpx", "keyring"} & _top(loaded)
    assert "editor_app.storage.quick_read" in loaded  # the fast path answered
    assert not {"editor_app.cli.workflow", "editor_app.cli.publishing", "editor_app.cli.sites",
                "editor_app.cli.checking", "editor_app.storage.store"} & loaded

    for args in (["inbox"], ["outbox"], ["drafts", "search", "مسودة"], ["notes", "nonexistent"]):
        result, loaded = modules_loaded(tmp_path, *args, data=store_with_a_draft)
        assert "Traceback" not in result.stderr, (args, result.stderr)
        assert not {"PySide6", "sqlalchemy", "httpx", "keyring"} & _top(loaded), args

    result, loaded = modules_loaded(tmp_path, "--version", data=store_with_a_draft)
    assert result.returncode == 0 and result.stdout.startswith("qalam ")
    assert not {"PySide6", "shiboken6", "sqlalchemy"} & _top(loaded)
    assert not any(m.startswith("editor_app.cli.") and m != "editor_app.cli.main" for m in loaded)

    result, loaded = modules_loaded(tmp_path, "--help", data=store_with_a_draft)
    assert result.returncode == 0
    assert not {module for module, _help in COMMANDS.values()} & loaded  # listed from the table only


def test_every_command_in_the_table_registers_itself() -> None:
    for name, (module, _help) in COMMANDS.items():
        parser = build_parser(name)
        sub = next(a for a in parser._actions if a.dest == "command")
        assert name in sub.choices, (name, module)
        # The real parser, not the table's stub: it has its own options (a stub has no --help).
        assert any("-h" in a.option_strings for a in sub.choices[name]._actions), name
    help_text = qalam("--help").stdout
    for name in COMMANDS:
        assert f"    {name} " in help_text


def test_global_options_go_before_or_after_the_command() -> None:
    argv = ["check", "abc", "--lang", "ar", "--json", "--data-dir=/tmp/x", "-v"]
    globals_, rest = split_globals(argv)
    assert globals_ == ["--lang", "ar", "--json", "--data-dir=/tmp/x", "-v"]
    assert rest == ["check", "abc"]
    assert command_of(["--screenshot", "x.png", "--open", "id"]) is None
    assert command_of(["--open", "id", "drafts", "list"]) == "drafts"
    # `--` ends the options: a note may say "--lang".
    assert split_globals(["note", "ID", "--", "--lang"]) == ([], ["note", "ID", "--", "--lang"])


def test_lang_json_and_data_dir_after_the_subcommand(tmp_path: Path) -> None:
    data = tmp_path / "d"
    result = qalam("drafts", "list", "--data-dir", str(data), "--lang", "ar")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "لا توجد مسودات."
    assert (data / "qalam.sqlite3").exists() and not (tmp_path / "xdg-data").exists()
    result = qalam("--json", "drafts", "list", "--data-dir", str(data))
    assert result.returncode == 0 and json.loads(result.stdout) == []
    result = qalam("drafts", "list", "--json", data=data)
    assert json.loads(result.stdout) == []
    # --json where it does not apply is a usage error, not a silent no-op.
    result = qalam("drafts", "trash", "x", "--json", data=data)
    assert result.returncode == 2 and "--json does not apply" in result.stderr
    result = qalam("drafts", "list", "--lang", "fr", data=data)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_saved_language_is_used_without_lang_and_settings_round_trip(tmp_path: Path) -> None:
    data = tmp_path / "d"
    env = {"LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    assert qalam("drafts", "list", data=data, env=env).stdout.strip() == "No drafts."
    result = qalam("settings", "set", "language", "ar", data=data, env=env)
    assert result.returncode == 0, result.stderr
    assert qalam("drafts", "list", data=data, env=env).stdout.strip() == "لا توجد مسودات."
    assert qalam("drafts", "list", "--lang", "en", data=data, env=env).stdout.strip() == "No drafts."
    assert qalam("settings", "get", "language", data=data).stdout.strip() == "ar"

    assert qalam("settings", "set", "digits", "western", data=data).returncode == 0
    got = json.loads(qalam("settings", "get", "--json", data=data).stdout)
    assert got == {"language": {"value": "ar", "saved": True}, "digits": {"value": "western", "saved": True}}
    assert qalam("settings", "set", "digits", "arabic", data=data).returncode == 0
    bad = qalam("settings", "set", "language", "fr", "--lang", "en", data=data)
    assert bad.returncode == 2 and "language" in bad.stderr and "Traceback" not in bad.stderr

    # The GUI reads the same file through QSettings.
    from PySide6.QtCore import QSettings

    settings = QSettings(str(data / "config" / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("ui/language") == "ar"
    assert settings.value("ui/digits") == "arabic-indic"  # gui.locale_format.Digits.ARABIC_INDIC


def test_settings_written_by_the_gui_are_kept(tmp_path: Path) -> None:
    from PySide6.QtCore import QByteArray, QSettings

    data = tmp_path / "d"
    path = data / "config" / "settings.ini"
    path.parent.mkdir(parents=True)
    gui = QSettings(str(path), QSettings.Format.IniFormat)
    gui.setValue("ui/language", "en")
    gui.setValue("window/geometry", QByteArray(b"\x01\xd9\x00binary=,;"))
    gui.setValue("recent", ["مسودة أولى", "a, b"])
    gui.sync()
    del gui
    assert qalam("settings", "set", "language", "ar", data=data).returncode == 0
    again = QSettings(str(path), QSettings.Format.IniFormat)
    assert again.value("ui/language") == "ar"
    assert again.value("window/geometry") == QByteArray(b"\x01\xd9\x00binary=,;")
    assert again.value("recent") == ["مسودة أولى", "a, b"]
    assert again.status() == QSettings.Status.NoError


def test_exit_codes_are_listed_in_help_and_readme() -> None:
    result = qalam("--help")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for code in ("0", "1", "2", "3", "75", "130"):
        assert f"\n  {code} " in EPILOG and f"  {code} " in result.stdout
        assert f"| {code} |" in readme
    for option in ("--lang", "--data-dir", "-v", "--json"):
        assert option in result.stdout and option in EPILOG


def test_a_group_without_its_action_says_what_to_do(tmp_path: Path) -> None:
    result = qalam("drafts", data=tmp_path / "d")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_the_export_formats_the_parser_offers_are_the_exporters() -> None:
    from editor_app.cli import transfer
    from editor_app.core import exporters

    assert transfer.FORMATS == exporters.FORMATS


PLAIN_LINES = [
    [], ["--lang", "ar"], ["--lang=en", "-v"], ["--data-dir", "/tmp/q", "--open", "abc", "--lang", "ar"],
    ["--data-dir=/tmp/q d", "--screenshot", "s.png"], ["--verbose", "--open=x", "--open", "y"],
    ["--data-dir="], ["--lang", "ar", "--lang", "en"], ["--screenshot=-"],
]
OTHER_LINES = [
    ["--lang", "fr"], ["--lang"], ["--open", "-x"], ["--data", "/tmp/q"], ["--version"], ["--json"], ["-h"],
    ["drafts", "list"], ["--lang", "ar", "check", "1"], ["--", "x"], ["-vv"], ["--open"],
]


@pytest.mark.parametrize("argv", PLAIN_LINES + OTHER_LINES, ids=" ".join)
def test_the_window_s_command_line_reads_as_argparse_reads_it(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The plain reading of the window's options (no parser, no gettext at start) gives argparse's answer,
    or leaves the line to argparse."""
    from editor_app.cli import main as cli_main

    plain = cli_main._plain_gui_arguments(argv)
    assert (plain is not None) == (argv in PLAIN_LINES)
    monkeypatch.setattr(cli_main, "_plain_gui_arguments", lambda _argv: None)
    try:
        expected = vars(cli_main.parse(argv))
    except SystemExit:
        expected = None  # a usage error, --help or --version: argparse's, as before
    capsys.readouterr()
    if plain is not None:
        assert vars(plain) == expected


def test_the_window_s_usual_command_line_needs_no_gettext_lookup() -> None:
    out = subprocess.run(
        [sys.executable, "-c", "import sys; from editor_app.cli.main import parse; "
         "a = parse(['--data-dir', '/tmp/q', '--lang', 'ar', '--open', 'x']); "
         "print(a.open_id, a.lang, 'locale' in sys.modules)"],
        capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent,
    )
    assert out.stdout.split() == ["x", "ar", "False"]  # gettext imports locale when it looks for catalogues
