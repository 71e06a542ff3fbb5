"""core/lazy_re.py: a pattern compiled on first use answers exactly as ``re.compile`` would."""

from __future__ import annotations

import re

from editor_app.core import arabic_text, plain_text
from editor_app.core.lazy_re import lazy_compile

SAMPLE = "قال الوزير: «لا تفاوض» (Lukashenko) في 2023، و٣٫٥ مليار — e-mail O'Brien."


def test_compiles_on_first_use_only() -> None:
    pattern = lazy_compile(r"\d+")
    assert "search" not in vars(pattern)  # nothing compiled yet
    assert pattern.pattern == r"\d+"
    assert pattern.search("ab 12").group() == "12"  # type: ignore[union-attr]
    # Later calls go straight to the compiled pattern's own methods.
    assert vars(pattern)["findall"].__self__ is vars(pattern)["search"].__self__
    assert isinstance(vars(pattern)["search"].__self__, re.Pattern)


def test_every_method_matches_re_compile() -> None:
    for source, flags in [
        (arabic_text.WORD_PATTERN, 0),
        (r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S),
        (r"(?P<num>\d+)", 0),
    ]:
        eager = re.compile(source, flags)
        text = SAMPLE + " <SCRIPT>x</script> 44"
        for method in ("search", "match", "fullmatch", "findall", "split", "subn"):
            lazy = lazy_compile(source, flags)  # fresh each time: each method can be the first use
            args = ("-", text) if method == "subn" else (text,)
            got, want = getattr(lazy, method)(*args), getattr(eager, method)(*args)
            if isinstance(want, re.Match):
                assert got is not None and got.span() == want.span()
            else:
                assert got == want, method
        lazy = lazy_compile(source, flags)
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
        assert lazy.sub("_", text) == eager.sub("_", text)
        assert (lazy.groups, dict(lazy.groupindex)) == (eager.groups, dict(eager.groupindex))


def test_module_patterns_answer_as_before() -> None:
    words = [t.text for t in arabic_text.tokenize(SAMPLE)]
    assert words == re.compile(arabic_text.WORD_PATTERN).findall(SAMPLE)
    assert plain_text.word_count(SAMPLE) > 10
    assert plain_text.html_to_text("<p>أ<b>ب</b></p><script>x</script><p>ج</p>") == "أب\nج"
