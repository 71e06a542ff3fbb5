"""Finding the spelling dictionaries through enchant, always preferring hunspell.

enchant picks aspell for en_US when aspell-en is installed; setting the order makes
every machine behave the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LANGUAGES = ("ar", "en_US")


@dataclass(frozen=True)
class DictionaryStatus:
    """Whether a spelling dictionary was found for a language, and which enchant provider has it."""

    language: str
    found: bool
    provider: str | None


def make_broker() -> Any:
    import enchant

    broker = enchant.Broker()
    for tag in ("ar", "en_US", "*"):
        broker.set_ordering(tag, "hunspell,aspell,myspell")
    return broker


def providers() -> list[str]:
    try:
        broker = make_broker()
    except Exception:
        return []
    return sorted(p.name for p in broker.describe())


def dictionary_status() -> list[DictionaryStatus]:
    try:
        broker = make_broker()
    except Exception:
        return [DictionaryStatus(lang, False, None) for lang in LANGUAGES]
    result = []
    for lang in LANGUAGES:
        if broker.dict_exists(lang):
            d = broker.request_dict(lang)
            result.append(DictionaryStatus(lang, True, d.provider.name))
        else:
            result.append(DictionaryStatus(lang, False, None))
    return result
