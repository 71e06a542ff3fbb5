"""A real WordPress on loopback for the tests marked ``@pytest.mark.wordpress``.

Loaded as a pytest plugin (``pytest_plugins = ["tests.wordpress"]`` in conftest.py). The
``wordpress`` fixture starts ``scripts/wordpress-dev.sh up`` once per session on free ports
and stops it at the end. Without the Debian packages the tests are skipped, except under
``CI=true``, where a WordPress that cannot start fails the run.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "scripts" / "wordpress-dev.sh"


@dataclass(frozen=True)
class WPUser:
    login: str
    user_id: int
    app_password: str


@dataclass(frozen=True)
class WordPressSite:
    url: str
    api: str
    directory: Path
    env: dict[str, str]
    admin: WPUser
    editor: WPUser
    author: WPUser
    contributor: WPUser

    def user(self, role: str) -> WPUser:
        return {
            "administrator": self.admin,
            "admin": self.admin,
            "editor": self.editor,
            "author": self.author,
            "contributor": self.contributor,
        }[role]

    def run_cron(self) -> None:
        import httpx

        httpx.get(f"{self.url}/wp-cron.php", timeout=10)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def parse_env(path: Path) -> dict[str, str]:
    env: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            env[key.strip()] = value.strip()
    return env


def _missing_tools() -> list[str]:
    missing = [
        tool for tool in ("php", "mariadb-install-db", "mariadb-admin", "curl") if not shutil.which(tool)
    ]
    if not (shutil.which("mariadbd") or os.path.exists("/usr/sbin/mariadbd")):
        missing.append("mariadbd")
    if not os.path.exists("/usr/share/wordpress/wp-load.php"):
        missing.append("wordpress")
    return missing


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"WordPress is required under CI=true: {reason}", pytrace=False)
    pytest.skip(f"no local WordPress: {reason}")


def start_wordpress(directory: Path, *, env_extra: dict[str, str] | None = None) -> WordPressSite:
    """Run wordpress-dev.sh up in ``directory``; raise RuntimeError with its output on failure."""
    last = ""
    for _attempt in range(3):  # a free port may be taken between the probe and the bind
        env = dict(
            os.environ,
            WP_DIR=str(directory),
            WP_PORT=str(free_port()),
            DB_PORT=str(free_port()),
            WP_OWNER_PID=str(os.getpid()),  # a killed test run takes its WordPress down with it
        )
        env.update(env_extra or {})
        proc = subprocess.run(
            ["bash", str(SCRIPT), "up"], env=env, capture_output=True, text=True, timeout=120, check=False
        )
        if proc.returncode == 0:
            values = parse_env(directory / "wp.env")

            def user(role: str, values: dict[str, str] = values) -> WPUser:
                up = role.upper()
                return WPUser(
                    values[f"WP_{up}_USER"], int(values[f"WP_{up}_ID"]), values[f"WP_{up}_APP_PASSWORD"]
                )

            return WordPressSite(
                url=values["WP_URL"],
                api=values["WP_API"],
                directory=directory,
                env=values,
                admin=user("admin"),
                editor=user("editor"),
                author=user("author"),
                contributor=user("contributor"),
            )
        last = proc.stdout + proc.stderr
        stop_wordpress(directory)
    raise RuntimeError(last.strip() or "wordpress-dev.sh up failed")


def stop_wordpress(directory: Path) -> None:
    env = dict(os.environ, WP_DIR=str(directory))
    subprocess.run(["bash", str(SCRIPT), "down"], env=env, capture_output=True, timeout=60, check=False)


@pytest.fixture(scope="session")
def wordpress(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WordPressSite]:
    """The session's WordPress (admin, editor, author and contributor with application passwords)."""
    missing = _missing_tools()
    if missing:
        _unavailable("missing " + ", ".join(missing) + " (scripts/ensure-system-deps.sh test)")
    directory = tmp_path_factory.mktemp("wordpress")
    try:
        site = start_wordpress(directory)
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as exc:
        _unavailable(str(exc)[-2000:])
        raise  # unreachable: skip/fail raise
    try:
        yield site
    finally:
        stop_wordpress(directory)


@pytest.fixture(scope="session")
def stock_wordpress(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WordPressSite]:
    """A second WordPress without the companion plugin (started only by the tests that ask for it)."""
    missing = _missing_tools()
    if missing:
        _unavailable("missing " + ", ".join(missing) + " (scripts/ensure-system-deps.sh test)")
    directory = tmp_path_factory.mktemp("wordpress-stock")
    try:
        site = start_wordpress(directory, env_extra={"WP_COMPANION": "0", "WP_COPY": "link"})
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as exc:
        _unavailable(str(exc)[-2000:])
        raise
    try:
        yield site
    finally:
        stop_wordpress(directory)
