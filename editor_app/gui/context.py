"""What the GUI's parts share: folders, language, settings and the task runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSettings

from editor_app.gui.tasks import TaskRunner
from editor_app.paths import AppPaths


@dataclass
class AppContext:
    """What the window and its parts share: folders, language, settings, the task runner, services."""

    paths: AppPaths
    language: str
    settings: QSettings
    runner: TaskRunner
    # Services (draft store, publisher…) are attached by the launcher once they exist;
    # widgets reach them only through the runner.
    services: dict[str, Any] = field(default_factory=dict)
    # Called before a crash dialog or quit so no open text is lost.
    emergency_savers: list[Callable[[], None]] = field(default_factory=list)

    @property
    def rtl(self) -> bool:
        return self.language == "ar"


def make_settings(paths: AppPaths) -> QSettings:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


WELCOME_SHOWN_KEY = "welcome/shown"


def welcome_shown(settings: QSettings) -> bool:
    value = settings.value(WELCOME_SHOWN_KEY, False)
    if isinstance(value, str):  # INI files give strings back
        return value.lower() in ("true", "1", "yes")
    return bool(value)
