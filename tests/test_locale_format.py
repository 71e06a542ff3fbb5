"""Numbers and dates per UI language, with Arabic-Indic or Western digits as a setting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, QTime

from editor_app.gui.locale_format import (
    DIGITS_KEY,
    Digits,
    LocaleFormatter,
    convert_digits,
    default_digits,
    digits_setting,
    format_date,
    format_number,
)


def test_arabic_defaults_to_arabic_indic_digits_and_separators() -> None:
    assert default_digits("ar") is Digits.ARABIC_INDIC
    assert format_number(1234567, "ar") == "١٬٢٣٤٬٥٦٧"
    assert LocaleFormatter("ar").number(1234.5, 2) == "١٬٢٣٤٫٥٠"


def test_arabic_with_western_digits_keeps_arabic_words() -> None:
    f = LocaleFormatter("ar", Digits.WESTERN)
    assert f.number(1234567) == "1,234,567"
    assert f.number(1234.5, 2) == "1,234.50"
    assert f.number(-5) == "-5"
    assert f.date(QDate(2026, 11, 24)) == "24 نوفمبر 2026"
    assert f.percent(0.25) == "25%"


def test_arabic_dates_and_times() -> None:
    f = LocaleFormatter("ar")
    assert f.date(dt.date(2026, 11, 24)) == "٢٤ نوفمبر ٢٠٢٦"
    assert f.time(QTime(14, 5)) == "٢:٠٥ م"
    assert f.datetime(dt.datetime(2026, 11, 24, 14, 5)) == "٢٤ نوفمبر ٢٠٢٦ ٢:٠٥ م"
    short = f.date(QDate(2026, 11, 24), long=False)
    assert "٢٤" in short and "٢٠٢٦" in short and not any(c.isascii() and c.isdigit() for c in short)


def test_english_defaults_to_western_and_can_use_arabic_indic() -> None:
    assert default_digits("en") is Digits.WESTERN
    assert format_number(1234567, "en") == "1,234,567"
    assert format_date(dt.date(2026, 11, 24), "en") == "24 November 2026"
    assert format_date(dt.date(2026, 11, 24), "en", Digits.ARABIC_INDIC) == "٢٤ November ٢٠٢٦"
    assert LocaleFormatter("en").percent(0.125, 1) == "12.5%"


def test_convert_digits_both_ways() -> None:
    assert convert_digits("٣ كلمات، ١٢٫٥٪", "western") == "3 كلمات، 12.5%"
    assert convert_digits("Draft 42", Digits.ARABIC_INDIC) == "Draft ٤٢"
    with pytest.raises(ValueError):
        convert_digits("1", "roman")


def test_setting_is_read_with_a_safe_default(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert digits_setting(settings, "ar") is Digits.ARABIC_INDIC
    settings.setValue(DIGITS_KEY, "western")
    assert digits_setting(settings, "ar") is Digits.WESTERN
    assert LocaleFormatter.from_settings(settings, "ar").number(7) == "7"
    settings.setValue(DIGITS_KEY, "klingon")
    assert digits_setting(settings, "en") is Digits.WESTERN


# --- the command line's formatter (no Qt) writes what the window writes ---------------------------

from editor_app.core.locale_format import Formatter, parse_digits, read_setting  # noqa: E402

SAMPLE_NUMBERS = (0, 7, -5, 42, 999, 1000, 1234567, 1234.5, -0.25)
SAMPLE_TIMES = (
    dt.datetime(2026, 11, 24, 0, 5), dt.datetime(2026, 1, 3, 9, 30), dt.datetime(2026, 7, 23, 14, 5),
    dt.datetime(2026, 12, 31, 12, 0), dt.datetime(2026, 5, 1, 23, 59),
)


@pytest.mark.parametrize(("language", "digits"), [("ar", None), ("ar", Digits.WESTERN), ("en", None)])
def test_core_formatter_agrees_with_qlocale(language: str, digits: Digits | None) -> None:
    core, qt = Formatter(language, digits), LocaleFormatter(language, digits)
    for value in SAMPLE_NUMBERS:
        assert core.number(value) == qt.number(value), value
    for value in SAMPLE_TIMES:
        assert core.date(value.date()) == qt.date(value.date())
        assert core.time(value) == qt.time(value.time()), value
        assert core.datetime(value) == qt.datetime(value)


def test_core_formatter_digits_and_table_stamps() -> None:
    moment = dt.datetime(2026, 11, 24, 14, 5)
    assert Formatter("ar").stamp(moment) == "٢٠٢٦-١١-٢٤ ١٤:٠٥"
    assert Formatter("ar", "western").stamp(moment) == "2026-11-24 14:05"
    assert Formatter("en").stamp(moment) == "2026-11-24 14:05"
    assert Formatter("ar").number(12345) == "١٢٬٣٤٥"
    assert Formatter("ar").stamp(None) == "-"


def test_digits_setting_is_read_from_the_gui_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "qalam.ini"
    assert read_setting(path, "ui/digits") is None  # no file yet: defaults
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue(DIGITS_KEY, "western")
    settings.setValue("ui/language", "ar")
    settings.sync()
    assert read_setting(path, "ui/digits") == "western"
    assert Formatter.from_settings(path, "ar").number(7) == "7"
    assert Formatter.from_settings(path, "en").number(7) == "7"
    settings.setValue(DIGITS_KEY, "arabic-indic")
    settings.sync()
    assert Formatter.from_settings(path, "ar").number(7) == "٧"
    # The choice belongs to the Arabic interface: English keeps Western digits, nonsense gives defaults.
    assert Formatter.from_settings(path, "en").number(7) == "7"
    assert parse_digits("klingon", "ar") is Digits.ARABIC_INDIC
    path.write_bytes(b"\xff\xfe not an ini [")
    assert Formatter.from_settings(path, "ar").number(7) == "٧"
