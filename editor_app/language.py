"""Choosing the UI language without Qt (the command line starts without loading QtCore).

The GUI and the command line agree: an explicit ``--lang`` first, then the language saved in
the settings, then the system's (``LC_ALL``, ``LC_MESSAGES``, ``LANGUAGE``, ``LANG``, the C locale).
"""

from __future__ import annotations

import os
import sys

SUPPORTED = ("ar", "en")
RTL_LANGUAGES = frozenset({"ar"})


def _code(value: str) -> str:
    return value.split(":")[0].split("_")[0].split(".")[0].split("@")[0].lower()


def system_language() -> str:
    named_other = False
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = _code(value)
            if code in SUPPORTED:
                return code
            if code not in ("", "c", "posix"):
                named_other = True
                break
    if not named_other and sys.platform not in ("darwin", "win32"):
        # Nothing but C or POSIX so far. The C library takes its locale from LC_ALL, LC_CTYPE and LANG,
        # so LC_CTYPE is the one left that locale.getlocale() could find a language in: read it here
        # and spare ``locale`` (~1.5 ms of the window's start).
        ctype = _code(os.environ.get("LC_CTYPE", ""))
        if ctype in SUPPORTED:
            return ctype
        if ctype in ("", "c", "posix"):
            return "en"
    import locale  # a name like "arabic" is an alias that locale knows; macOS and Windows do not say

    try:
        code = (locale.getlocale()[0] or "").split("_")[0].lower()
    except ValueError:
        code = ""
    return code if code in SUPPORTED else "en"


def pick_language(requested: str | None, saved: str | None = None) -> str:
    for candidate in (requested, saved):
        if candidate and candidate in SUPPORTED:
            return candidate
    return system_language()


def is_rtl(language: str) -> bool:
    return language in RTL_LANGUAGES
