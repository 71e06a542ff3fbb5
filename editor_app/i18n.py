"""Loading Qt translations for the GUI (the command line uses the Qt-free ``editor_app.cli.translator``)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from editor_app.language import RTL_LANGUAGES, SUPPORTED, is_rtl, pick_language, system_language
from editor_app.paths import translations_dir

__all__ = [
    "RTL_LANGUAGES",
    "SUPPORTED",
    "install",
    "is_rtl",
    "load_translators",
    "pick_language",
    "system_language",
    "tr",
    "translate",
]


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


def translate(context: str, text: str) -> str:
    """``translate("Context", "literal")``: the call form lupdate collects outside QObject classes."""
    return QCoreApplication.translate(context, text)


tr = translate  # for passing as a function (UserMessage.render); never call it with literals
