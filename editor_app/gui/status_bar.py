"""The status bar: saving state, words, spelling, online/offline and the outbox."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

_STYLED_STATES = frozenset({"failed", "conflict"})  # the save states style.qss colours


class QalamStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None, number: Callable[[int], str] | None = None) -> None:
        super().__init__(parent)
        # Numbers follow the language and the digits setting (Arabic-Indic or Western).
        self._number = number or (lambda value: QLocale().toString(value))
        self.setObjectName("statusBar")
        self.saving = QLabel(self)
        self.saving.setObjectName("statusSaving")
        self.words = QLabel(self)
        self.words.setObjectName("statusWords")
        self.spelling = QLabel(self)
        self.spelling.setObjectName("statusSpelling")
        self.network = QLabel(self)
        self.network.setObjectName("statusNetwork")
        self.outbox = QLabel(self)
        self.outbox.setObjectName("statusOutbox")
        for label in (self.saving, self.words, self.spelling, self.network, self.outbox):
            self.addPermanentWidget(label)
        self.set_save_state("saved", "")
        self.saving.hide()  # until a draft is open
        self.set_counts(0, 0, 0)
        self.set_spelling(None)
        self.set_online(None)
        self.set_outbox(0)

    def _n(self, value: int) -> str:
        return self._number(value)

    def set_counts(self, words: int, chars: int, minutes: int) -> None:
        # Each count in its own plural form (Arabic has six); %Ln writes the number in the locale's digits.
        self.words.setText(" · ".join((
            self.tr("%n word(s)", "", words),
            self.tr("%n character(s)", "", chars),
            self.tr("%n min read", "", minutes),
        )))
        self.words.setAccessibleName(self.tr("Word count"))

    def set_spelling(self, errors: int | None) -> None:
        if errors is None:
            self.spelling.setText(self.tr("Spelling: starting…"))
        elif errors == 0:
            self.spelling.setText(self.tr("Spelling: no errors"))
        else:
            self.spelling.setText(self.tr("Spelling: %n to check", "", errors))
        self.spelling.setAccessibleName(self.tr("Spelling"))

    def set_online(self, online: bool | None) -> None:
        if online is None:
            self.network.setText(self.tr("No site connected"))
        elif online:
            self.network.setText(self.tr("Online"))
        else:
            self.network.setText(self.tr("Offline: work is saved and queued"))
        self.network.setAccessibleName(self.tr("Connection"))

    def set_outbox(self, queued: int) -> None:
        self.outbox.setText(self.tr("Outbox: %n", "", queued))
        self.outbox.setAccessibleName(self.tr("Outbox"))

    def set_save_state(self, state: str, when: str) -> None:
        """``state``: saved, saving, unsaved, failed or conflict (gui/document_controller.py); ``when``: the
        time of the last save, already formatted for the UI language ("" when not saved in this session)."""
        texts = {
            "saved": self.tr("Saved {time}").format(time=when) if when else self.tr("Saved"),
            "saving": self.tr("Saving…"),
            "unsaved": self.tr("Unsaved changes"),
            "failed": self.tr("Not saved: retrying"),
            "conflict": self.tr("Changed elsewhere: both texts kept"),
        }
        self.saving.setText(texts.get(state, state))
        before = self.saving.property("saveState")
        self.saving.setProperty("saveState", state)  # style.qss colours "failed" and "conflict"
        self.saving.setToolTip(self.tr("Last saved at {time}").format(time=when) if when else "")
        self.saving.setAccessibleName(self.tr("Saving state"))
        self.saving.show()
        styled = _STYLED_STATES & {state, before}
        if styled and state != before and self.saving.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            # The look changes: style.qss reads saveState again. Not otherwise (saved, saving and unsaved look
            # alike, and they alternate as the writer types), nor before the first polish, which reads it
            # anyway: QStyle's Python enums alone cost ~5 ms at start.
            style = self.saving.style()
            style.unpolish(self.saving)
            style.polish(self.saving)
