"""Where Qalam keeps its data, settings and logs.

Every folder hangs off one data directory so that tests and scripts can point
the whole app elsewhere with ``--data-dir`` or ``QALAM_DATA_DIR``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from editor_app import APP_NAME

ENV_DATA_DIR = "QALAM_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """Where Qalam keeps its data, settings and logs."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "qalam.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "qalam.log"

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
            # Drafts are unpublished journalism: keep them private to the owner.
            try:
                folder.chmod(0o700)
            except OSError:
                pass
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Explicit argument first, then ``QALAM_DATA_DIR``, then the platform's standard folders.

    With an explicit data directory, config and logs live inside it too, so a test
    never touches the user's real folders.
    """
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, config_dir=root / "config", log_dir=root / "logs")
    import platformdirs  # only for the platform's own folders (a few ms of start-up otherwise)

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def resource_dir() -> Path:
    """Icons, stylesheets and word lists: in the package when installed, else in the checkout."""
    packaged = Path(__file__).resolve().parent / "data" / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    packaged = Path(__file__).resolve().parent / "data" / "translations"
    if packaged.is_dir() and any(packaged.glob("*.qm")):
        return packaged
    return Path(__file__).resolve().parent.parent / "translations"


def companion_plugin() -> Path:
    """The WordPress companion plugin file shipped with Qalam (installed package or checkout)."""
    packaged = Path(__file__).resolve().parent / "data" / "wordpress" / "qalam-companion.php"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "packaging" / "wordpress" / "qalam-companion.php"
