"""Creating the QApplication: language, mirroring, fonts and stylesheet."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from editor_app import APP_DISPLAY_NAME, APP_NAME, __version__, i18n
from editor_app.paths import resource_dir

# Arabic first, with a Latin face after it: Noto's Arabic fonts carry no Latin letters.
_installed: list[QTranslator] = []
DESKTOP_ID = "io.github.qalam.Qalam"

UI_FONT_FAMILIES = ["Noto Sans Arabic UI", "Noto Sans Arabic", "Noto Sans", "DejaVu Sans"]


def default_locale(language: str, digits: str | None) -> QLocale:
    """The locale every QLocale() in the app formats with: the UI language, with the chosen digits.

    Arabic (Egypt) writes Arabic-Indic digits; Arabic (UAE) has the same month names with Western digits.
    """
    if language == "ar":
        return QLocale("ar_AE") if digits == "western" else QLocale("ar_EG")
    return QLocale("en_US")


def create_application(
    argv: list[str], language: str, digits: str | None = None, *, icon: bool = True
) -> QApplication:
    """The application, set up for ``language``; ``icon=False`` leaves the window icon to
    :func:`set_window_icon` (the real start sets it once the window is painted: rendering the SVG
    for the window manager costs ~3 ms before the window would show)."""
    from editor_app.gui import qt_messages

    qt_messages.install()  # Qt's diagnostics to the log, not the terminal
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)  # lets Wayland match the window to its menu entry
    # A QTranslator that Python collects silently disappears from the app: keep ours referenced,
    # and drop the previous language's when the app is reused (tests build several windows).
    for old in _installed:
        app.removeTranslator(old)
    _installed[:] = i18n.load_translators(language)
    i18n.install(app, _installed)
    app.setProperty("qalam_language", language)
    # The platform's own file, colour and font dialogs speak the system's language, not the one chosen
    # here: when the two differ, Qt's own dialogs (translated by qtbase_<lang>.qm) are used instead.
    QCoreApplication.setAttribute(
        Qt.ApplicationAttribute.AA_DontUseNativeDialogs, language != i18n.system_language()
    )
    QLocale.setDefault(default_locale(language, digits))
    # Numbers inside messages from core/storage/publish (UserMessage) follow the same digits.
    from editor_app.core.i18n import set_number_format
    from editor_app.core.locale_format import parse_digits
    from editor_app.gui.locale_format import LocaleFormatter

    set_number_format(LocaleFormatter(language, parse_digits(digits, language)).number)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if i18n.is_rtl(language) else Qt.LayoutDirection.LeftToRight
    )
    # The bundle carries its fonts; fontconfig finds them on Linux, elsewhere Qt must be told.
    bundled = os.environ.get("QALAM_BUNDLE_FONTS")
    if bundled and sys.platform != "linux":
        for path in sorted(Path(bundled).glob("*.[ot]tf")):
            QFontDatabase.addApplicationFont(str(path))
    font = QFont()
    font.setFamilies(UI_FONT_FAMILIES)
    font.setPointSize(10)
    app.setFont(font)
    if icon:
        set_window_icon(app)
    style = resource_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def set_window_icon(app: QApplication) -> None:
    path = resource_dir() / "icons" / "qalam.svg"
    if path.exists():
        from PySide6.QtGui import QIcon  # (its class is built here: after the first paint at start)

        app.setWindowIcon(QIcon(str(path)))


def reset_language(app: QApplication) -> None:
    """Take Qalam's translators off a reused application and go back to left-to-right (tests)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale("en_US"))
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
    from editor_app.core.i18n import set_number_format

    set_number_format(str)
