"""The WordPress fixture skips without the packages, except under CI=true, where it fails the run."""

from __future__ import annotations

from pathlib import Path

import pytest
import wordpress


def test_missing_wordpress_skips_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        wordpress._unavailable("no php")


def test_missing_wordpress_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="required under CI=true"):
        wordpress._unavailable("no php")


def test_env_file_parsing(tmp_path: Path) -> None:
    path = tmp_path / "wp.env"
    path.write_text("WP_URL=http://127.0.0.1:1\n# comment\nWP_ADMIN_APP_PASSWORD=abc=def\n", encoding="utf-8")
    assert wordpress.parse_env(path) == {"WP_URL": "http://127.0.0.1:1", "WP_ADMIN_APP_PASSWORD": "abc=def"}
