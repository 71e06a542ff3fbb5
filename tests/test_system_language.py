"""The system's language, read from the environment as the C library would (editor_app/language.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from editor_app.language import system_language

VARS = ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG", "LC_CTYPE")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "ar_EG.UTF-8"}, "ar"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_ALL": "C", "LANG": "ar_EG.UTF-8"}, "ar"),  # C says nothing: the next one does
        ({"LANGUAGE": "ar:en", "LANG": "C.UTF-8"}, "ar"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8", "LC_CTYPE": "ar_SA.UTF-8"}, "ar"),
        ({"LANG": "POSIX", "LC_CTYPE": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "fr_FR.UTF-8", "LC_CTYPE": "ar_EG.UTF-8"}, "en"),  # French named first: not ours
    ],
)
def test_language_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for var in VARS:
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert system_language() == expected


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the C library's locale variables")
@pytest.mark.parametrize("ctype", [None, "C", "C.UTF-8", "POSIX"])
def test_a_c_locale_reads_as_english_without_importing_locale(ctype: str | None) -> None:
    """What locale.getlocale() would find (English) without paying for ``locale`` at start."""
    env = {k: v for k, v in os.environ.items() if k not in VARS}
    env["LANG"] = "C.UTF-8"
    if ctype is not None:
        env["LC_CTYPE"] = ctype
    probe = (
        "import sys; from editor_app.language import system_language; "
        "print(system_language(), 'locale' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["en", "False"]
    # The C library agrees: its locale names no language.
    answer = subprocess.run(
        [sys.executable, "-c", "import locale; print((locale.getlocale()[0] or 'C').split('_')[0])"],
        env=env, capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert answer in ("C", "en")
