"""Choosing the UI language and loading Qt translations (for the GUI and the command line)."""

from __future__ import annotations

import locale
import os
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor_app.core.i18n import UserMessage, fill_count
from editor_app.core.locale_format import Digits, Formatter
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


class CliTranslator:
    """Translation for the command line, which runs without a QCoreApplication.

    Like ``QCoreApplication.translate``, a call with ``n`` picks the plural form for ``n`` and puts the
    number where the text says ``%n`` or ``%Ln`` (here in the reader's digits, as the core formatter writes).
    """

    def __init__(self, language: str, digits: Digits | str | None = None) -> None:
        self.language = language
        self.formatter = Formatter(language, digits)
        self._translators = load_translators(language)

    def __call__(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        result = text
        for translator in self._translators:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                result = found
                break
        if n >= 0 and "%" in result:
            number = self.formatter.number(n)
            result = result.replace("%Ln", number).replace("%n", number)
        return result

    def message(self, msg: UserMessage) -> str:
        return msg.render(self)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``translate("Context", "literal")``: the call form lupdate collects outside QObject classes.

    With ``n`` (from ``UserMessage.render``) the plural form for ``n``, with ``%n`` filled in.
    """
    if n < 0:
        return QCoreApplication.translate(context, text)
    return fill_count(QCoreApplication.translate(context, text, disambiguation, n), n)


tr = translate  # for passing as a function (UserMessage.render); never call it with literals
