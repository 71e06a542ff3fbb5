"""Regular expressions compiled when first used, not when their module is imported.

Compiling a pattern with Unicode classes costs 0.2-1 ms; the modules the window imports before it
shows hold about twenty, most of them needed only once the draft is in (counting words, cleaning
HTML, slugs). :func:`lazy_compile` returns an object that compiles on its first use and then keeps
the compiled pattern's methods as its own attributes, so later calls cost what ``pattern.search``
costs: no wrapper runs on the hot path.
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only called for what the instance does not have yet: the first use of any method.
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.flags = compiled.flags  # as re.compile reports them (re.UNICODE added)
        self.__dict__["groups"] = compiled.groups
        self.__dict__["groupindex"] = compiled.groupindex
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
