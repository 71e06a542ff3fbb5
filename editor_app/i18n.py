"""Loading Qt translations for the GUI (the command line uses the Qt-free ``editor_app.cli.translator``)."""

from __future__ import annotations

import os
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from editor_app.core.i18n import fill_count
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


def qt_translations_dirs() -> list[str]:
    """Where Qt's own catalogues (qtbase_ar.qm) may be: what Qt says, then PySide6's folder (a bundle
    whose qt.conf points elsewhere still carries them there), then Qalam's own translations folder."""
    found = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    try:
        import PySide6

        found.append(os.path.join(os.path.dirname(PySide6.__file__), "Qt", "translations"))
    except ImportError:  # pragma: no cover - PySide6 is what imports this module
        pass
    found.append(str(translations_dir()))
    return [path for path in dict.fromkeys(found) if path and os.path.isdir(path)]


def load_translators(language: str) -> list[QTranslator]:
    """Qalam's own catalogue plus Qt's (standard dialogs, buttons, context menus) and the few strings
    Qt's catalogue lacks (translations/qt_supplement_<lang>.ts).

    Installed in this order, the supplement is searched first and Qalam's own catalogue last.
    """
    translators: list[QTranslator] = []
    ours = QTranslator()
    if ours.load(f"qalam_{language}", str(translations_dir())):
        translators.append(ours)
    if language == "en":
        return translators
    base = QTranslator()
    if any(base.load(f"qtbase_{language}", folder) for folder in qt_translations_dirs()):
        translators.append(base)
    supplement = QTranslator()
    if supplement.load(f"qt_supplement_{language}", str(translations_dir())):
        translators.append(supplement)
    return translators


def install(app: QCoreApplication, translators: Iterable[QTranslator]) -> None:
    for translator in translators:
        app.installTranslator(translator)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``translate("Context", "literal")``: the call form lupdate collects outside QObject classes.

    With ``n`` (from ``UserMessage.render``) the plural form for ``n``, with ``%n`` filled in.
    """
    if n < 0:
        return QCoreApplication.translate(context, text)
    return fill_count(QCoreApplication.translate(context, text, disambiguation, n), n)


tr = translate  # for passing as a function (UserMessage.render); never call it with literals
