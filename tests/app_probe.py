"""Running the real ``qalam`` command in a child process with a probe script, and reading what it reports.

A probe is Python source run with ``-c``: it patches what it wants to watch, calls ``editor_app.cli.main``,
and prints one line of JSON last. The child runs offscreen with this checkout first on its path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def run_probe(probe: str, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """The JSON the probe printed last; the child must exit 0. ``env``: more variables for the child."""
    env = dict(os.environ, **(env or {}), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    out = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, env=env,
                         cwd=REPO, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert isinstance(result, dict)
    return result


def seed_draft(data: Path, title: str, body_html: str) -> str:
    """A data folder with one draft and the welcome already seen (so a start goes straight to the window);
    returns the draft's id."""
    from editor_app.core.article import Article
    from editor_app.paths import resolve_paths
    from editor_app.storage.store import DraftStore

    store = DraftStore.open(resolve_paths(data))
    try:
        article = store.create(Article(title=title, body_html=body_html))
    finally:
        store.close(backup=False)
    settings = resolve_paths(data).settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[welcome]\nshown=true\n", encoding="utf-8")
    return article.id
