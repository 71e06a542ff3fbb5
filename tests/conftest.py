"""Every test starts from a fresh temporary data folder and offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# The offscreen plugin's default screen is 800x600, smaller than any laptop; give tests a real one.
_SCREEN = Path(__file__).resolve().parent / "data" / "offscreen-screen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

pytest_plugins = ["wordpress", "large_site"]  # session WordPress fixtures: tests/wordpress.py, large_site.py

REPO = Path(__file__).resolve().parent.parent
SAMPLE_ARTICLE = REPO.parent / "shared" / "samples" / "belarus-wagner-ar.txt"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = tmp_path / "qalam-data"
    monkeypatch.setenv("QALAM_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("QALAM_PASSWORD", raising=False)
    yield data
    # One QApplication serves the whole run: a window built in Arabic must not leave its language behind.
    import sys

    app_module = sys.modules.get("editor_app.gui.app")
    if app_module is not None:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app_module.reset_language(app)


@pytest.fixture
def english_ui(qapp: object) -> Iterator[None]:
    """The English interface with its compiled catalogue (plural forms: "1 word", "2 words")."""
    from PySide6.QtWidgets import QApplication

    from editor_app.gui.app import create_application, reset_language

    create_application(["qalam"], "en")
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        reset_language(app)


@pytest.fixture
def sample_text() -> str:
    if SAMPLE_ARTICLE.exists():
        return SAMPLE_ARTICLE.read_text(encoding="utf-8")
    return (REPO / "tests" / "data" / "belarus-wagner-ar.txt").read_text(encoding="utf-8")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Under CI a skipped test is a failure: `make test` installs everything every test needs."""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") == "true" and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.longrepr = f"skipped under CI=true: {reason}"
