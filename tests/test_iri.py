"""Readable links: the IRI form of a post's URI, decoded only where that cannot change its meaning."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from editor_app.core.iri import readable_url


def test_an_arabic_slug_reads_as_arabic() -> None:
    encoded = "http://127.0.0.1:8089/%d8%b9%d9%86%d9%88%d8%a7%d9%86-%d8%b9%d8%b1%d8%a8%d9%8a/"
    assert readable_url(encoded) == "http://127.0.0.1:8089/عنوان-عربي/"
    assert readable_url("https://example.com/2026/%D9%85%D9%82%D8%A7%D9%84/") == "https://example.com/2026/مقال/"


@pytest.mark.parametrize(
    ("encoded", "readable"),
    [
        # Reserved and ASCII escapes stay: a decoded / or ? would point somewhere else.
        ("https://x.org/a%2Fb/%D9%85%3F", "https://x.org/a%2Fb/م%3F"),
        ("https://x.org/%D9%85%20%D9%86", "https://x.org/م%20ن"),
        ("https://x.org/%25D9%2585", "https://x.org/%25D9%2585"),
        ("https://x.org/?s=%D9%85%26x=1#%D9%86", "https://x.org/?s=م%26x=1#ن"),
        # Invisible and reordering characters stay encoded (RLM, RLO, NBSP, ZWJ).
        ("https://x.org/%E2%80%8F%D9%85%E2%80%AE", "https://x.org/%E2%80%8Fم%E2%80%AE"),
        ("https://x.org/%C2%A0%E2%80%8D", "https://x.org/%C2%A0%E2%80%8D"),
        # Broken UTF-8 is left exactly as it was.
        ("https://x.org/%ff%d8%d9%85", "https://x.org/%ff%d8م"),
        ("https://x.org/%d8", "https://x.org/%d8"),
        # Nothing to decode.
        ("https://x.org/plain-slug/", "https://x.org/plain-slug/"),
        ("", ""),
    ],
)
def test_only_visible_non_ascii_characters_are_decoded(encoded: str, readable: str) -> None:
    assert readable_url(encoded) == readable


def test_an_arabic_domain_reads_as_arabic() -> None:
    assert readable_url("https://xn--mgbh0fb.xn--kgbechtv/%d9%85/") == "https://مثال.إختبار/م/"
    assert readable_url("https://xn--broken-.xn--/") == "https://xn--broken-.xn--/"


def test_encoding_the_readable_form_again_gives_the_same_bytes() -> None:
    encoded = "https://x.org/%D8%B9%D9%86%D9%88%D8%A7%D9%86-%E2%80%8F-%2F-%3F/"
    again = quote(readable_url(encoded), safe=":/%?#=&")
    assert again == encoded


def test_none_is_an_empty_link() -> None:
    assert readable_url(None) == ""
