"""The settings dialog writes the house rules file that the pre-publish check and `qalam check` read."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor_app.cli.context import make_context
from editor_app.core.checks.house import HouseRules
from editor_app.gui.launch import build_window
from editor_app.gui.locale_format import DIGITS_KEY
from editor_app.gui.settings_dialog import SettingsDialog, house_rules_path, load_house_rules


def test_house_rules_and_digits_are_saved(qtbot: QtBot, tmp_path: Path) -> None:
    app_ctx, window = build_window(
        make_context(argparse.Namespace(data_dir=str(tmp_path), lang="ar")), tasks_inline=True
    )
    qtbot.addWidget(window)
    dialog = SettingsDialog(app_ctx, window)
    qtbot.addWidget(dialog)
    dialog.headline_max.setValue(64)
    dialog.terms.setPlainText("EU Reporter\nNATO")
    dialog.digits.setCurrentIndex(dialog.digits.findData("western"))
    first = dialog.rule_list.topLevelItem(0)
    assert first is not None
    rule_id = first.data(0, Qt.ItemDataRole.UserRole)
    first.setCheckState(0, Qt.CheckState.Unchecked)
    dialog.save_and_close()

    saved = HouseRules.load(house_rules_path(app_ctx))
    assert saved.headline_max_chars == 64
    assert saved.is_known_term("eu reporter") and saved.is_known_term("NATO")
    assert not saved.enabled(rule_id)
    assert app_ctx.settings.value(DIGITS_KEY) == "western"
    # The next dialog starts from the saved file.
    again = SettingsDialog(app_ctx, window)
    qtbot.addWidget(again)
    assert again.headline_max.value() == 64
    assert load_house_rules(app_ctx).headline_max_chars == 64
