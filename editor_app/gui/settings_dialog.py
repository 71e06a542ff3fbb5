"""Settings: language and digits, the newsroom word list, and the house rules the pre-publish check uses.

The house rules live in ``house_rules.json`` in the config folder (the file ``qalam check``
reads too) and can be exported for the rest of the newsroom and imported back.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.checks.house import HOUSE_RULES_FILE, HouseRules, RuleSetting, user_house_rules
from editor_app.core.checks.model import Severity
from editor_app.core.checks.registry import RULES
from editor_app.errors import QalamError
from editor_app.gui.context import AppContext
from editor_app.gui.file_dialogs import open_file_name, save_file_name
from editor_app.gui.locale_format import DIGITS_KEY, Digits, digits_setting
from editor_app.i18n import translate

log = logging.getLogger(__name__)



def house_rules_path(ctx: AppContext) -> Path:
    return ctx.paths.config_dir / HOUSE_RULES_FILE


def load_house_rules(ctx: AppContext) -> HouseRules:
    return user_house_rules(ctx.paths.config_dir)


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(820, 720)
        try:
            self.rules = load_house_rules(ctx)
        except QalamError as exc:
            QMessageBox.warning(self, self.tr("House rules"), exc.user_message.render(translate))
            self.rules = HouseRules.default()
        self._severities = {
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Note"),
        }
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.addTab(self._general_page(), self.tr("General"))
        self.tabs.addTab(self._spelling_page(), self.tr("Spelling"))
        self.tabs.addTab(self._rules_page(), self.tr("House rules"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    # -- pages ---------------------------------------------------------------------------------

    def _general_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.language = QComboBox(page)
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        saved = self.ctx.settings.value("ui/language") or self.ctx.language
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        form.addRow(self.tr("Interface language"), self.language)
        self.digits = QComboBox(page)
        self.digits.setAccessibleName(self.tr("Digits"))
        self.digits.addItem(self.tr("Arabic-Indic (٠١٢٣)"), Digits.ARABIC_INDIC.value)
        self.digits.addItem(self.tr("Western (0123)"), Digits.WESTERN.value)
        current = digits_setting(self.ctx.settings, self.ctx.language)
        self.digits.setCurrentIndex(max(0, self.digits.findData(current.value)))
        form.addRow(self.tr("Digits in the interface"), self.digits)
        note = QLabel(self.tr("A new language takes effect the next time you start Qalam."), page)
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _spelling_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        checker = self.ctx.services.get("spellchecker")
        count = len(checker.newsroom) if checker is not None else 0
        self.newsroom_label = QLabel(page)
        self.newsroom_label.setWordWrap(True)
        self._show_newsroom_count(count)
        explain = QLabel(
            self.tr(
                "The newsroom word list holds names of people and places that everyone on this computer "
                "uses. Words in it are also accepted with the usual attached prefixes (و، ف، ب، ل، ال…)."
            ),
            page,
        )
        explain.setWordWrap(True)
        self.import_words = QPushButton(self.tr("Import a word list…"), page)
        self.import_words.setAccessibleName(self.tr("Import a word list"))
        self.import_words.clicked.connect(self._import_word_list)
        self.import_words.setEnabled(checker is not None)
        layout.addWidget(explain)
        layout.addWidget(self.newsroom_label)
        layout.addWidget(self.import_words, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch(1)
        return page

    def _rules_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.headline_max = self._spin(
            page, 20, 300, self.rules.headline_max_chars, self.tr("Longest headline")
        )
        form.addRow(self.tr("Longest headline (characters)"), self.headline_max)
        self.excerpt_min = self._spin(
            page, 0, 1000, self.rules.excerpt_min_chars, self.tr("Shortest excerpt")
        )
        form.addRow(self.tr("Shortest excerpt (characters)"), self.excerpt_min)
        self.excerpt_max = self._spin(
            page, 20, 2000, self.rules.excerpt_max_chars, self.tr("Longest excerpt")
        )
        form.addRow(self.tr("Longest excerpt (characters)"), self.excerpt_max)
        self.digit_style = QComboBox(page)
        self.digit_style.setAccessibleName(self.tr("Digits in articles"))
        for value, label in (
            ("consistent", self.tr("Either, but one style per article")),
            ("western", self.tr("Western digits (0123)")),
            ("arabic-indic", self.tr("Arabic-Indic digits (٠١٢٣)")),
        ):
            self.digit_style.addItem(label, value)
        self.digit_style.setCurrentIndex(max(0, self.digit_style.findData(self.rules.digit_style)))
        form.addRow(self.tr("Digits in articles"), self.digit_style)
        self.require_image = QCheckBox(self.tr("Every article needs a featured image"), page)
        self.require_image.setChecked(self.rules.require_featured_image)
        form.addRow(self.require_image)
        self.terms = QPlainTextEdit("\n".join(self.rules.known_latin_terms), page)
        self.terms.setAccessibleName(self.tr("Known Latin terms"))
        self.terms.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.terms.setMaximumHeight(90)
        form.addRow(self.tr("Latin names and terms allowed in Arabic text (one per line)"), self.terms)
        layout.addLayout(form)

        self.rule_list = QTreeWidget(page)
        self.rule_list.setAccessibleName(self.tr("Rules"))
        self.rule_list.setHeaderLabels([self.tr("Rule"), self.tr("Severity")])
        self.rule_list.setRootIsDecorated(False)
        self._severity_boxes: dict[str, QComboBox] = {}
        for rule in RULES.values():
            setting = self.rules.rules.get(rule.id, RuleSetting())
            item = QTreeWidgetItem([translate("Checks", rule.title), ""])
            item.setData(0, Qt.ItemDataRole.UserRole, rule.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if setting.enabled else Qt.CheckState.Unchecked)
            self.rule_list.addTopLevelItem(item)
            box = QComboBox(self.rule_list)
            box.setAccessibleName(self.tr("Severity"))
            for severity, label in self._severities.items():
                box.addItem(label, severity.value)
            box.setCurrentIndex(box.findData((setting.severity or rule.severity).value))
            self.rule_list.setItemWidget(item, 1, box)
            self._severity_boxes[rule.id] = box
        self.rule_list.resizeColumnToContents(0)
        self.rule_list.setMinimumHeight(240)
        layout.addWidget(self.rule_list, 1)

        row = QHBoxLayout()
        self.import_rules = QPushButton(self.tr("Import house rules…"), page)
        self.import_rules.setAccessibleName(self.tr("Import house rules"))
        self.import_rules.clicked.connect(self._import_rules)
        self.export_rules = QPushButton(self.tr("Export house rules…"), page)
        self.export_rules.setAccessibleName(self.tr("Export house rules"))
        self.export_rules.clicked.connect(self._export_rules)
        row.addWidget(self.import_rules)
        row.addWidget(self.export_rules)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _spin(self, parent: QWidget, low: int, high: int, value: int, name: str) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    # -- actions -------------------------------------------------------------------------------

    def current_rules(self) -> HouseRules:
        data: dict[str, Any] = self.rules.to_dict()
        data.update(
            headline_max_chars=self.headline_max.value(),
            excerpt_min_chars=self.excerpt_min.value(),
            excerpt_max_chars=self.excerpt_max.value(),
            digit_style=self.digit_style.currentData(),
            require_featured_image=self.require_image.isChecked(),
            known_latin_terms=[t.strip() for t in self.terms.toPlainText().splitlines() if t.strip()],
        )
        rules: dict[str, Any] = {}
        for index in range(self.rule_list.topLevelItemCount()):
            item = self.rule_list.topLevelItem(index)
            if item is None:
                continue
            rule_id = str(item.data(0, Qt.ItemDataRole.UserRole))
            rules[rule_id] = {
                "enabled": item.checkState(0) == Qt.CheckState.Checked,
                "severity": self._severity_boxes[rule_id].currentData(),
            }
        data["rules"] = rules
        return HouseRules.from_dict(data)

    def save_and_close(self) -> None:
        settings = self.ctx.settings
        settings.setValue("ui/language", self.language.currentData())
        settings.setValue(DIGITS_KEY, self.digits.currentData())
        settings.sync()
        try:
            self.ctx.paths.config_dir.mkdir(parents=True, exist_ok=True)
            self.current_rules().save(house_rules_path(self.ctx))
        except QalamError as exc:
            QMessageBox.warning(self, self.tr("House rules"), exc.user_message.render(translate))
            return
        self.accept()

    def _show_newsroom_count(self, count: int) -> None:
        self.newsroom_label.setText(self.tr("The newsroom list has %n word(s).", "", count))

    def _import_word_list(self) -> None:
        checker = self.ctx.services.get("spellchecker")
        if checker is None:
            return
        name, _ = open_file_name(
            self, self.tr("Import a word list"), "", self.tr("Text files (*.txt);;All files (*)")
        )
        if not name:
            return

        def done(added: object) -> None:
            self._show_newsroom_count(len(checker.newsroom))
            count = added if isinstance(added, int) else 0
            QMessageBox.information(self, self.tr("Word list"), self.tr("%n new word(s) added.", "", count))

        def failed(exc: BaseException, _tb: str) -> None:
            text = exc.user_message.render(translate) if isinstance(exc, QalamError) else str(exc)
            QMessageBox.warning(self, self.tr("Word list"), text)

        self.ctx.runner.submit(checker.import_newsroom_list, Path(name), on_result=done, on_error=failed)

    def _import_rules(self) -> None:
        name, _ = open_file_name(
            self, self.tr("Import house rules"), "", self.tr("House rules (*.json)")
        )
        if not name:
            return
        try:
            HouseRules.load(name).save(house_rules_path(self.ctx))
        except QalamError as exc:
            QMessageBox.warning(self, self.tr("House rules"), exc.user_message.render(translate))
            return
        QMessageBox.information(
            self,
            self.tr("House rules"),
            self.tr("The house rules were imported. Reopen Settings to see them."),
        )

    def _export_rules(self) -> None:
        name, _ = save_file_name(
            self, self.tr("Export house rules"), HOUSE_RULES_FILE, self.tr("House rules (*.json)")
        )
        if not name:
            return
        try:
            self.current_rules().save(name)
        except QalamError as exc:
            QMessageBox.warning(self, self.tr("House rules"), exc.user_message.render(translate))
