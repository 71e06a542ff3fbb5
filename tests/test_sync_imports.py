"""`qalam sync` as a real process on a large site imports only what it uses (bench/bench_sync.py measures
its memory and time; this keeps the heavy modules it no longer needs out of it): never Qt, the GUI, lxml,
PDF or spelling libraries, nor keyring when the password comes from QALAM_PASSWORD; and when nothing
changed (no post read, the site's look recent), not the HTML model or the look's fetching either."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from large_site import LargeSite
from test_cli_start import PROBE, REPO

pytestmark = pytest.mark.wordpress

NEVER = {"PySide6", "shiboken6", "lxml", "keyring", "weasyprint", "fitz", "pymupdf", "enchant", "markdown"}
NEVER |= {"mammoth", "docx"}
NOT_WHEN_UNCHANGED = {
    "nh3",
    "editor_app.core.blocks",
    "editor_app.core.html_clean",
    "editor_app.core.preview",
    "editor_app.publish.site_style_fetch",
    "editor_app.publish.site_page",
}


def sync(tmp_path: Path, data: Path, password: str) -> tuple[dict[str, object], set[str]]:
    out_file = tmp_path / "modules.json"
    env = dict(
        os.environ,
        QALAM_PROBE_OUT=str(out_file),
        QALAM_DATA_DIR=str(data),
        QALAM_PASSWORD=password,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "sync", "--site", "big", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)[0], set(json.loads(out_file.read_text()))


def test_sync_imports_only_what_it_uses(tmp_path: Path, large_wordpress: LargeSite) -> None:
    wp = large_wordpress.site
    data = tmp_path / "data"
    env = dict(
        os.environ,
        QALAM_DATA_DIR=str(data),
        QALAM_PASSWORD=wp.admin.app_password,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    add = ["sites", "add", "big", "--url", wp.url, "--user", wp.admin.login]
    added = subprocess.run(
        [sys.executable, "-m", "editor_app", *add],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=REPO,
    )
    assert added.returncode == 0, added.stderr

    first, loaded = sync(tmp_path, data, wp.admin.app_password)
    # Other tests on the shared site may add terms: every term of the fixture at least, and the review inbox.
    assert first["tags"] >= large_wordpress.tags and first["pulled"] > 0
    assert first["site_style_fetched"] is True
    tops = {m.split(".")[0] for m in loaded}
    assert not NEVER & tops, NEVER & tops
    assert not any(m.startswith("editor_app.gui") for m in loaded)

    again, loaded = sync(tmp_path, data, wp.admin.app_password)
    assert again["pulled"] == 0 and again["site_style_fetched"] is False and not again["term_changes"]
    tops = {m.split(".")[0] for m in loaded}
    assert not NEVER & tops, NEVER & tops
    assert not NOT_WHEN_UNCHANGED & (loaded | tops), NOT_WHEN_UNCHANGED & (loaded | tops)
    assert not any(m.startswith("editor_app.gui") for m in loaded)
