"""The status bar's save state: its look follows the state, restyled only when the look changes."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from editor_app.gui.status_bar import QalamStatusBar

STYLE = (Path(__file__).resolve().parent.parent / "resources" / "style.qss").read_text(encoding="utf-8")


def test_failed_and_conflict_stand_out_and_go_back_to_plain(qtbot: QtBot) -> None:
    bar = QalamStatusBar()
    qtbot.addWidget(bar)
    bar.setStyleSheet(STYLE)
    bar.show()
    qtbot.waitExposed(bar)
    label = bar.saving
    bar.set_save_state("saved", "")
    plain = label.palette().color(label.foregroundRole()).name()
    assert not label.font().bold()
    for state, colour in (("failed", "#b3261e"), ("conflict", "#8a6100")):
        bar.set_save_state(state, "")
        assert label.font().bold() and label.palette().color(label.foregroundRole()).name() == colour
        bar.set_save_state("unsaved", "")
        assert not label.font().bold() and label.palette().color(label.foregroundRole()).name() == plain
    bar.set_save_state("failed", "")
    bar.set_save_state("conflict", "")  # from one marked state to the other
    assert label.palette().color(label.foregroundRole()).name() == "#8a6100"
