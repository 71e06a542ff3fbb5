"""The command line: version, usage errors, doctor, data folder isolation and the no-display message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app import __version__
from editor_app.cli.main import main


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    if env is not None:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "editor_app", *args], capture_output=True, text=True, env=full_env, timeout=120
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"qalam {__version__}"


def test_usage_error_exits_2() -> None:
    result = run_cli("no-such-command")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_doctor_json_reports_dictionaries_and_keyring(tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(tmp_path / "d"), "doctor", "--json")
    report = json.loads(result.stdout)
    for key in (
        "python",
        "qt",
        "data_dir",
        "enchant_providers",
        "dictionaries",
        "keyring",
        "arabic_fonts",
        "problems",
        "ok",
    ):
        assert key in report
    assert report["data_dir"] == str((tmp_path / "d").resolve())
    # make test installs hunspell-ar and hunspell-en-us: both must be found, through hunspell.
    assert report["dictionaries"]["ar"] == {"found": True, "provider": "hunspell"}
    assert report["dictionaries"]["en_US"] == {"found": True, "provider": "hunspell"}
    assert report["keyring"]["backend"]
    # Exit code follows the problems list: non-zero with one stderr line per problem.
    if report["problems"]:
        assert result.returncode == 1
        assert len(result.stderr.strip().splitlines()) == len(report["problems"])
    else:
        assert result.returncode == 0


def test_doctor_flags_missing_secure_keyring(tmp_path: Path) -> None:
    result = run_cli(
        "--data-dir",
        str(tmp_path / "d"),
        "doctor",
        "--json",
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
    )
    report = json.loads(result.stdout)
    assert report["keyring"]["secure"] is False
    assert result.returncode == 1
    assert "keyring" in result.stderr.lower()


def test_data_dir_from_environment(tmp_path: Path) -> None:
    target = tmp_path / "from-env"
    result = run_cli("doctor", "--json", env={"QALAM_DATA_DIR": str(target)})
    assert json.loads(result.stdout)["data_dir"] == str(target.resolve())
    assert (target / "logs" / "qalam.log").exists()


def test_gui_without_display_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["QALAM_DATA_DIR"] = str(tmp_path / "d")
    result = subprocess.run(
        [sys.executable, "-m", "editor_app"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 1
    assert "No display found" in result.stderr
    assert "offscreen" in result.stderr
    assert "Traceback" not in result.stderr


def test_doctor_in_arabic(tmp_path: Path) -> None:
    result = run_cli("--lang", "ar", "--data-dir", str(tmp_path / "d"), "doctor")
    assert "مجلد البيانات" in result.stdout


def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    env = dict(os.environ, QALAM_DATA_DIR=str(tmp_path / "d"))
    producer = subprocess.Popen(
        [sys.executable, "-m", "editor_app", "doctor", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert producer.stdout is not None
    producer.stdout.close()  # the reader goes away at once, like `| head -0`
    _out, err = producer.communicate(timeout=60)
    assert b"Traceback" not in err and b"BrokenPipe" not in err
