"""Choosing the UI language and loading Qt translations (for the GUI and the command line)."""

from __future__ import annotations

import locale
import os
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor_app.core.i18n import UserMessage
from editor_app.paths import translations_dir

SUPPORTED = ("ar", "en")
RTL_LANGUAGES = frozenset({"ar"})


def system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            if code in SUPPORTED:
                return code
            if code not in ("", "c", "posix"):
                break
    try:
        code = (locale.getlocale()[0] or "").split("_")[0].lower()
    except ValueError:
        code = ""
    if code in SUPPORTED:
        return code
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def pick_language(requested: str | None, saved: str | None = None) -> str:
    for candidate in (requested, saved):
        if candidate and candidate in SUPPORTED:
            return candidate
    return system_language()


def is_rtl(language: str) -> bool:
    return language in RTL_LANGUAGES


def load_translators(language: str) -> list[QTranslator]:
    """Qalam's own catalogue plus Qt's (standard dialogs, context menus)."""
    translators: list[QTranslator] = []
    ours = QTranslator()
    if ours.load(f"qalam_{language}", str(translations_dir())):
        translators.append(ours)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator()
    if language != "en" and base.load(f"qtbase_{language}", qt_path):
        translators.append(base)
    return translators


def install(app: QCoreApplication, translators: Iterable[QTranslator]) -> None:
    for translator in translators:
        app.installTranslator(translator)


class CliTranslator:
    """Translation for the command line, which runs without a QCoreApplication."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translators = load_translators(language)

    def __call__(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        for translator in self._translators:
            result = translator.translate(context, text, disambiguation, n)
            if result:
                return result
        return text

    def message(self, msg: UserMessage) -> str:
        return msg.render(self)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``translate("Context", "literal")``: the call form lupdate collects outside QObject classes."""
    return QCoreApplication.translate(context, text, disambiguation, n)


tr = translate  # for passing as a function (UserMessage.render); never call it with literals
