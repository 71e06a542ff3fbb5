"""Counts in their plural forms (Arabic has six) and one digit style, in the window and on the command line.

Through the real parts: the compiled catalogues (translations/*.qm, built by `make`) loaded into the
application, real widgets, and the `qalam` command with a real data folder and settings file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor_app.cli.main import main as qalam
from editor_app.gui.app import create_application, reset_language
from editor_app.gui.review_inbox import ReviewInbox
from editor_app.gui.status_bar import QalamStatusBar
from editor_app.gui.tasks import TaskRunner

ARABIC_WORDS = {
    0: "لا كلمات",
    1: "كلمة واحدة",
    2: "كلمتان",
    3: "٣ كلمات",
    11: "١١ كلمة",
    100: "١٠٠ كلمة",
    103: "١٠٣ كلمات",  # n % 100 decides: few again
    1000: "١٬٠٠٠ كلمة",
}


@pytest.fixture
def ui(qtbot: QtBot) -> Iterator[Any]:
    """create_application(language, digits) on the test run's one QApplication; English again after."""
    del qtbot

    def make(language: str, digits: str | None = None) -> QApplication:
        return create_application(["qalam"], language, digits)

    yield make
    app = QApplication.instance()
    reset_language(cast(QApplication, app))


def _first_part(bar: QalamStatusBar) -> str:
    return bar.words.text().split(" · ")[0]


def test_arabic_word_counts_in_all_six_forms(qtbot: QtBot, ui: Any) -> None:
    ui("ar")
    bar = QalamStatusBar()
    qtbot.addWidget(bar)
    for n, expected in ARABIC_WORDS.items():
        bar.set_counts(n, n, 0)
        assert _first_part(bar) == expected, n
    bar.set_counts(2, 11, 3)
    assert bar.words.text() == "كلمتان · ١١ حرفًا · قراءة في ٣ دقائق"
    bar.set_outbox(1)
    assert bar.outbox.text() == "صندوق الصادر: عنصر واحد"


def test_arabic_with_western_digits(qtbot: QtBot, ui: Any) -> None:
    ui("ar", "western")
    bar = QalamStatusBar()
    qtbot.addWidget(bar)
    for n, expected in ((3, "3 كلمات"), (11, "11 كلمة"), (1000, "1,000 كلمة"), (2, "كلمتان")):
        bar.set_counts(n, 0, 0)
        assert _first_part(bar) == expected


def test_english_singular_and_plural(qtbot: QtBot, ui: Any) -> None:
    ui("en")
    bar = QalamStatusBar()
    qtbot.addWidget(bar)
    bar.set_counts(1, 1234, 1)
    assert bar.words.text() == "1 word · 1,234 characters · 1 min read"
    bar.set_counts(0, 2, 5)
    assert bar.words.text() == "0 words · 2 characters · 5 min read"


def test_review_inbox_ages_and_lengths(qtbot: QtBot, ui: Any) -> None:
    ui("ar")
    inbox = ReviewInbox(cast(Any, None), TaskRunner(inline=True))
    qtbot.addWidget(inbox)
    assert inbox.format_age(timedelta(minutes=2)) == "دقيقتان"
    assert inbox.format_age(timedelta(hours=5)) == "٥ ساعات"
    assert inbox.format_age(timedelta(days=11)) == "١١ يومًا"
    assert inbox.format_age(timedelta(hours=25)) == "٢٥ ساعة"
    assert inbox.format_age(timedelta(days=1, hours=23)) == "٤٧ ساعة"
    assert inbox.format_age(timedelta(days=2)) == "يومان"


# --- the command line ---------------------------------------------------------------------------

ARABIC_INDIC = re.compile("[٠-٩]")
WESTERN = re.compile("[0-9]")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = qalam(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_prints_counts_and_dates_in_the_chosen_digits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sample_text: str
) -> None:
    data = tmp_path / "data"
    story = tmp_path / "story.txt"
    story.write_text(sample_text, encoding="utf-8")
    code, out, err = _run(capsys, "--data-dir", str(data), "--lang", "ar", "drafts", "import", str(story))
    assert code == 0
    # The sample carries nine blocks of website clutter: «٩ عناصر» (few), not «9 عنصر».
    assert "أُزيلت ٩ عناصر زائدة من الموقع." in err
    draft_id = out.split()[0]

    code, out, _ = _run(capsys, "--data-dir", str(data), "--lang", "ar", "drafts", "list")
    row = out.splitlines()[0]
    date_and_count = row.split("  ", 1)[1]
    assert ARABIC_INDIC.search(date_and_count) and not WESTERN.search(date_and_count.split("مسودة", 1)[1])
    assert re.search("[٠-٩]{4}-[٠-٩]{2}-[٠-٩]{2} [٠-٩]{2}:[٠-٩]{2}", row)

    # The reader chose Western digits in the window's settings: the command line follows.
    settings = QSettings(str(data / "config" / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/digits", "western")
    settings.sync()
    code, out, _ = _run(capsys, "--data-dir", str(data), "--lang", "ar", "drafts", "list")
    row = out.splitlines()[0]
    assert re.search("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}", row) and not ARABIC_INDIC.search(row)
    # A plural from core (a check message) and one from the CLI itself ("%n fix(es) applied.").
    code, out, _ = _run(capsys, "--data-dir", str(data), "--lang", "ar", "drafts", "new", "--title",
                        "زيارة  مهمة  جدا   اليوم")
    new_id = out.strip()
    code, out, _ = _run(capsys, "--data-dir", str(data), "--lang", "ar", "check", new_id, "--no-spelling")
    assert "مسافتان متتاليتان." in out and "3 مسافات متتالية." in out
    code, out, err = _run(capsys, "--data-dir", str(data), "--lang", "ar", "check", new_id, "--no-spelling",
                          "--fix", "double-space")
    assert "طُبِّقت 3 إصلاحات." in err  # Western digits, as chosen
    code, out, err = _run(capsys, "--data-dir", str(data), "--lang", "en", "check", new_id, "--no-spelling",
                          "--fix", "double-space")
    assert "0 fixes applied." in err
    assert draft_id


def test_dates_in_the_drafts_list_follow_the_digit_setting(qtbot: QtBot, ui: Any) -> None:
    from datetime import UTC, datetime

    from editor_app.gui.drafts_panel import DraftsPanel

    for digits, wanted, unwanted in ((None, ARABIC_INDIC, WESTERN), ("western", WESTERN, ARABIC_INDIC)):
        ui("ar", digits)
        panel = DraftsPanel(None, TaskRunner(inline=True))
        qtbot.addWidget(panel)
        for moment in (datetime.now(UTC), datetime(2025, 3, 9, 8, 5, tzinfo=UTC)):
            text = panel._when(moment)
            assert wanted.search(text) and not unwanted.search(text), text
