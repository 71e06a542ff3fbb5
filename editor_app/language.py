"""Choosing the UI language without Qt (the command line starts without loading QtCore).

The GUI and the command line agree: an explicit ``--lang`` first, then the language saved in
the settings, then the system's (``LC_ALL``, ``LC_MESSAGES``, ``LANGUAGE``, ``LANG``, the C locale).
"""

from __future__ import annotations

import os

SUPPORTED = ("ar", "en")
RTL_LANGUAGES = frozenset({"ar"})


def system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            if code in SUPPORTED:
                return code
            if code not in ("", "c", "posix"):
                break
    import locale  # only when the environment does not say (~1.5 ms to import)

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
