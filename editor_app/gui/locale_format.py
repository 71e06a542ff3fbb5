"""Numbers and dates as the reader expects them: the UI language's conventions, with the digits they chose.

Arabic newsrooms differ: some print Arabic-Indic digits (٠١٢٣), many (the Maghreb, most news sites)
print Western digits (0123) even in Arabic text. The digit style is therefore a setting of the Arabic
interface (``ui/digits``); the language still decides month names, separators
and word order. Everything goes through QLocale, then the digits are swapped when the setting
differs from the locale's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QSettings, QTime

# The digit rules are shared with the command line, which formats without Qt.
from editor_app.core.locale_format import (
    ARABIC_INDIC,
    DIGITS_KEY,
    WESTERN,
    Digits,
    convert_digits,
    default_digits,
    parse_digits,
)

__all__ = [
    "ARABIC_INDIC",
    "DIGITS_KEY",
    "WESTERN",
    "Digits",
    "LocaleFormatter",
    "app_formatter",
    "convert_digits",
    "default_digits",
    "digits_setting",
    "format_date",
    "format_number",
    "make_locale",
]  # fmt: skip


def digits_setting(settings: QSettings, language: str) -> Digits:
    """The reader's digit style for the Arabic interface (English always uses Western digits)."""
    return parse_digits(settings.value(DIGITS_KEY), language)


def make_locale(language: str) -> QLocale:
    if language == "ar":
        # Qt's default Arabic (Egypt): Arabic month names (يناير…) understood across the Arab world.
        return QLocale("ar_EG")
    return QLocale("en_US")


if TYPE_CHECKING:  # (datetime is not needed before the window shows)
    import datetime as dt

    DateLike = QDate | dt.date
    DateTimeLike = QDateTime | dt.datetime


class LocaleFormatter:
    """Formats for one UI language and digit style; cheap to build, so make one when the setting changes."""

    def __init__(self, language: str, digits: Digits | str | None = None) -> None:
        self.language = language
        self.digits = Digits(digits) if digits else default_digits(language)
        self.locale = make_locale(language)
        self.locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)

    @classmethod
    def from_settings(cls, settings: QSettings, language: str) -> LocaleFormatter:
        return cls(language, digits_setting(settings, language))

    def _digits(self, text: str) -> str:
        return convert_digits(text, self.digits)

    def number(self, value: int | float, decimals: int | None = None) -> str:
        """Grouped thousands: 12,345 / ١٢٬٣٤٥. Floats get ``decimals`` places (default: as few as needed)."""
        if isinstance(value, int) and decimals is None:
            return self._digits(self.locale.toString(value))
        if decimals is None:
            return self._digits(self.locale.toString(float(value), "g", 15))
        return self._digits(self.locale.toString(float(value), "f", decimals))

    def percent(self, value: float, decimals: int = 0) -> str:
        """``value`` is a fraction: 0.25 -> 25% / ٢٥٪."""
        return self._digits(self.locale.toString(value * 100, "f", decimals) + self.locale.percent())

    def date(self, value: DateLike, long: bool = True) -> str:
        """``24 نوفمبر 2026`` style (long) or the locale's short numeric date."""
        qdate = value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)
        fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
        text = self.locale.toString(qdate, fmt)
        if long:
            # Qt's long formats start with the weekday; news copy rarely wants it.
            text = self.locale.toString(qdate, "d MMMM yyyy")
        return self._digits(text)

    def time(self, value: QTime | dt.time) -> str:
        qtime = value if isinstance(value, QTime) else QTime(value.hour, value.minute, value.second)
        return self._digits(self.locale.toString(qtime, QLocale.FormatType.ShortFormat))

    def datetime(self, value: DateTimeLike) -> str:
        if isinstance(value, QDateTime):
            qdate, qtime = value.date(), value.time()
        else:
            qdate = QDate(value.year, value.month, value.day)
            qtime = QTime(value.hour, value.minute, value.second)
        return f"{self.date(qdate)} {self.time(qtime)}"


def format_number(value: int | float, language: str, digits: Digits | str | None = None) -> str:
    return LocaleFormatter(language, digits).number(value)


def format_date(value: DateLike, language: str, digits: Digits | str | None = None, long: bool = True) -> str:
    return LocaleFormatter(language, digits).date(value, long)


def app_formatter() -> LocaleFormatter:
    """The running window's formatter: its interface language, and the digits its default QLocale writes.

    gui/app.py sets both from the settings at start (``qalam_language``, QLocale.setDefault), so widgets
    need neither the settings object nor the language passed down.
    """
    app = QCoreApplication.instance()
    language = str(app.property("qalam_language") or "en") if app is not None else "en"
    digits = Digits.ARABIC_INDIC if QLocale().zeroDigit() == ARABIC_INDIC[0] else Digits.WESTERN
    return LocaleFormatter(language, digits)
