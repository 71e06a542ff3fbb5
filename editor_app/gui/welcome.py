"""The first-start welcome: pick the interface language, learn that drafts stay on this computer,
and optionally go straight to connecting a WordPress site.

Shown once per settings file (the ``welcome/shown`` flag). The caller decides what "connect a site"
opens: :func:`first_start` returns :data:`CONNECT_SITE`, and the dialog also emits
``connect_site_requested``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app import i18n
from editor_app.gui.context import WELCOME_SHOWN_KEY, welcome_shown

if TYPE_CHECKING:
    from editor_app.cli.context import CliContext

SHOWN_KEY = WELCOME_SHOWN_KEY
LANGUAGE_KEY = "ui/language"
START_WRITING = "start"
CONNECT_SITE = "connect"

# Each language is named in itself, so anyone can find theirs whatever the current language.
LANGUAGE_NAMES = (("ar", "العربية"), ("en", "English"))


def should_show(settings: QSettings) -> bool:
    return not welcome_shown(settings)


class WelcomeDialog(QDialog):
    """A short, modal first-start dialog. ``choice`` is START_WRITING or CONNECT_SITE once it closes."""

    language_changed = Signal(str)
    connect_site_requested = Signal()

    def __init__(self, settings: QSettings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.settings = settings
        self.language = language if language in i18n.SUPPORTED else "en"
        self.choice = START_WRITING
        self.setModal(True)
        self.setMinimumWidth(460)

        self.heading = QLabel(self)
        self.heading.setObjectName("welcomeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.language_box = QComboBox(self)
        self.language_box.setObjectName("welcomeLanguage")
        for code, name in LANGUAGE_NAMES:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self.language)))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_box)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_box)

        self.offline_text = QLabel(self)
        self.offline_text.setObjectName("welcomeOffline")
        self.offline_text.setWordWrap(True)
        self.offline_text.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(self)
        self.connect_button = QPushButton(self)
        self.connect_button.setObjectName("welcomeConnect")
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("welcomeStart")
        self.start_button.setDefault(True)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.clicked.connect(self._connect_site)
        self.start_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.offline_text)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.language_box.currentIndexChanged.connect(self._language_picked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Qalam"))
        self.heading.setText(self.tr("Welcome to Qalam"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_box.setAccessibleName(self.tr("Interface language"))
        self.offline_text.setText(
            self.tr(
                "Your drafts are saved on this computer as you type, so you can keep writing without "
                "a network connection. When you are back online, Qalam sends your work to the site."
            )
        )
        self.connect_button.setText(self.tr("&Connect a Site…"))
        self.connect_button.setAccessibleName(self.tr("Connect a WordPress site"))
        self.start_button.setText(self.tr("&Start Writing"))
        self.start_button.setAccessibleName(self.tr("Start writing"))
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if i18n.is_rtl(self.language) else Qt.LayoutDirection.LeftToRight
        )

    def _language_picked(self, index: int) -> None:
        code = self.language_box.itemData(index)
        if not isinstance(code, str) or code == self.language:
            return
        self.language = code
        self.settings.setValue(LANGUAGE_KEY, code)
        # Switch the whole application now, so the dialog (and the window after it) speak the new language.
        from editor_app.gui.app import create_application

        create_application(sys.argv[:1], code)
        self.retranslate()
        self.language_changed.emit(code)

    def _connect_site(self) -> None:
        self.choice = CONNECT_SITE
        self.connect_site_requested.emit()
        self.accept()

    def done(self, result: int) -> None:
        # Closing the dialog in any way counts as seen: it never comes back to nag.
        self.settings.setValue(LANGUAGE_KEY, self.language)
        self.settings.setValue(SHOWN_KEY, True)
        self.settings.sync()
        super().done(result)


def first_start(ctx: CliContext) -> str | None:
    """Show the welcome if this settings file has never seen it; returns the choice, or None when not shown.

    Creates the QApplication in the language the user would get anyway (``--lang``, then the saved
    choice, then the system locale: Arabic on an Arabic system), so the window built next reuses it.
    """
    from editor_app.gui.app import create_application
    from editor_app.gui.context import make_settings

    settings = make_settings(ctx.paths)
    if not should_show(settings):
        return None
    saved = settings.value(LANGUAGE_KEY)
    language = i18n.pick_language(ctx.args.lang, saved if isinstance(saved, str) else None)
    create_application(sys.argv[:1], language)
    dialog = WelcomeDialog(settings, language)
    dialog.exec()
    return dialog.choice
