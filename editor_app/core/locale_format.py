"""Numbers, counts and dates with the digits the reader chose, without Qt (the command line uses this).

The GUI formats through QLocale (gui/locale_format.py); this module writes the same text for Qalam's
two interface languages, so the window and ``qalam`` agree (tests/test_locale_format.py compares them):

* Arabic follows Qt's default Arabic locale (ar_EG): Arabic month names understood across the Arab world
  (يناير … ديسمبر), ``h:mm`` with ص/م, the Arabic group and decimal separators (٬ ٫) with Arabic-Indic
  digits, and the Western ones (, .) when the reader chose Western digits.
* English follows en_US.

The digit style is a setting of the Arabic interface (``ui/digits`` in the settings file, Arabic-Indic
unless the reader chose Western); English always writes Western digits.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the window's start needs no datetime: ~1.4 ms)
    import datetime as dt

DIGITS_KEY = "ui/digits"

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
WESTERN = "0123456789"
# U+066B decimal separator, U+066C group separator, U+066A percent, U+061C Arabic letter mark: Arabic
# typography that only goes with Arabic-Indic digits, and what replaces it with Western digits.
_ARABIC_SYMBOLS = {"\u066b": ".", "\u066c": ",", "\u066a": "%", "\u061c": ""}
_TO_WESTERN = str.maketrans({**dict(zip(ARABIC_INDIC, WESTERN, strict=True)), **_ARABIC_SYMBOLS})
_TO_ARABIC_INDIC = str.maketrans(dict(zip(WESTERN, ARABIC_INDIC, strict=True)))

ARABIC_MONTHS = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip
ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_NNBSP = "\u202f"  # CLDR puts a narrow no-break space before AM/PM in English


class Digits(StrEnum):
    ARABIC_INDIC = "arabic-indic"
    WESTERN = "western"


def default_digits(language: str) -> Digits:
    """The locale's own digits: Arabic-Indic for Arabic (as Qt writes it by default), else Western."""
    return Digits.ARABIC_INDIC if language == "ar" else Digits.WESTERN


def parse_digits(value: object, language: str) -> Digits:
    """The saved setting as a Digits; anything missing or unknown gives the language's default.

    Only the Arabic interface has a choice: English is always written with Western digits.
    """
    if language != "ar":
        return Digits.WESTERN
    try:
        return Digits(str(value)) if value else default_digits(language)
    except ValueError:
        return default_digits(language)


def convert_digits(text: str, digits: Digits | str) -> str:
    """Rewrite every digit in ``text`` (and Arabic number separators, for Western) in the chosen style."""
    if Digits(digits) is Digits.WESTERN:
        return text.translate(_TO_WESTERN)
    return text.translate(_TO_ARABIC_INDIC)


def read_setting(settings_file: Path, key: str) -> str | None:
    """One value from the GUI's settings file (QSettings' INI format: ``ui/digits`` is ``[ui] digits=``)."""
    import configparser  # (the start reads settings with settings_file.py: ~1.6 ms spared there)

    section, _, name = key.rpartition("/")
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file, encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None  # an unreadable settings file means defaults, as in the GUI
    value = parser.get(section or "General", name, fallback=None)
    if value is None:
        return None
    return value.strip().strip('"') or None


class Formatter:
    """Numbers and dates in one interface language with one digit style (cheap to make)."""

    def __init__(self, language: str, digits: Digits | str | None = None) -> None:
        self.language = "ar" if language == "ar" else "en"
        self.digits = Digits(digits) if digits else default_digits(self.language)
        # What this formatter writes comes from Python's own formatting, in Western digits already: only
        # Arabic-Indic needs a rewrite (10,000 rows of `qalam drafts list` format 20,000 values).
        self._table = None if self.digits is Digits.WESTERN else _TO_ARABIC_INDIC

    @classmethod
    def from_settings(cls, settings_file: Path, language: str) -> Formatter:
        """The reader's choice from the GUI's settings file (the Arabic interface's digit style)."""
        return cls(language, parse_digits(read_setting(settings_file, DIGITS_KEY), language))

    @property
    def arabic(self) -> bool:
        return self.language == "ar"

    def _digits(self, text: str) -> str:
        return text if self._table is None else text.translate(self._table)

    def number(self, value: int | float, decimals: int | None = None) -> str:
        """Grouped thousands: 12,345 / ١٢٬٣٤٥ (floats with ``decimals`` places, default as few as needed)."""
        if isinstance(value, float) or decimals is not None:
            places = decimals if decimals is not None else _places(float(value))
            text = f"{abs(float(value)):,.{places}f}"
        else:
            text = f"{abs(int(value)):,d}"
        negative = value < 0
        if self.arabic and self.digits is Digits.ARABIC_INDIC:
            text = text.replace(",", "\u066c").replace(".", "\u066b")
            return self._digits(("\u061c-" if negative else "") + text)
        return self._digits(("-" if negative else "") + text)

    def date(self, value: dt.date) -> str:
        """``24 نوفمبر 2026`` / ``24 November 2026`` (news copy rarely wants the weekday)."""
        months = ARABIC_MONTHS if self.arabic else ENGLISH_MONTHS
        return self._digits(f"{value.day} {months[value.month - 1]} {value.year}")

    def time(self, value: dt.time | dt.datetime) -> str:
        """``٢:٠٥ م`` / ``2:05 PM`` (the locale's short time)."""
        hour = value.hour % 12 or 12
        if self.arabic:
            return self._digits(f"{hour}:{value.minute:02d} {'ص' if value.hour < 12 else 'م'}")
        return f"{hour}:{value.minute:02d}{_NNBSP}{'AM' if value.hour < 12 else 'PM'}"

    def datetime(self, value: dt.datetime) -> str:
        """The long date and the short time, in the computer's time zone for aware values."""
        local = value.astimezone() if value.tzinfo is not None else value
        return f"{self.date(local.date())} {self.time(local)}"

    def stamp(self, value: dt.datetime | None, tz: dt.tzinfo | None = None) -> str:
        """A fixed-width ``2026-11-24 14:05`` for table columns, in the chosen digits.

        Aware values are shown in ``tz`` (default: the computer's time zone).
        """
        if value is None:
            return "-"
        local = value.astimezone(tz) if value.tzinfo is not None else value
        # isoformat, not strftime: several times faster over the 10,000 rows of `qalam drafts list`.
        return self._digits(local.isoformat(" ", "minutes")[:16])


def _places(value: float) -> int:
    text = repr(value)
    if "e" in text or "." not in text:
        return 0
    decimals = text.split(".", 1)[1].rstrip("0")
    return len(decimals)
