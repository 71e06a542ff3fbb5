"""The task runner: results and errors arrive on the GUI thread; stale keyed results are dropped."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor_app.gui.tasks import TaskRunner


def test_result_comes_back_on_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner(inline=False)
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: object) -> None:
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]

    runner.submit(work, on_result=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["on_gui"] is True
    assert seen["worker"] != threading.get_ident()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)


def test_error_reaches_callback(qtbot: QtBot) -> None:
    runner = TaskRunner(inline=False)
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("disk full")

    runner.submit(boom, on_error=lambda exc, tb: errors.append(exc))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)


def test_stale_keyed_results_are_dropped(qtbot: QtBot) -> None:
    runner = TaskRunner(inline=False)
    results: list[str] = []

    def slow(tag: str, delay: float) -> str:
        time.sleep(delay)
        return tag

    runner.submit(slow, "old", 0.3, key="search", on_result=results.append)
    runner.submit(slow, "new", 0.0, key="search", on_result=results.append)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert results == ["new"]


def test_inline_mode_runs_before_submit_returns() -> None:
    runner = TaskRunner(inline=True)
    results: list[int] = []
    runner.submit(lambda: 7, on_result=results.append)
    assert results == [7]
    assert not runner.is_busy()


def test_result_for_a_closed_widget_is_dropped(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    runner = TaskRunner(inline=False)
    label = QLabel()

    def slow() -> str:
        time.sleep(0.2)
        return "late"

    runner.submit(slow, on_result=label.setText)
    label.deleteLater()
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)  # no "Signal source has been deleted" raised
