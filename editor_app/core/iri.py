"""Links as a reader reads them: a post's URI turned into its IRI form (RFC 3987, section 3.2).

WordPress percent-encodes an Arabic slug (``/%d8%b9%d9%86…/``). People see and print the
Arabic (``/عن…/``); HTTP requests keep the encoded form, which is what the store keeps.

Only escapes that spell a non-ASCII character are decoded, so nothing becomes ambiguous:
``%2F``, ``%3F``, ``%23``, ``%25``, ``%20`` and every other ASCII escape stay as they are (a
decoded ``/`` or ``?`` would change what the link points to), and so do characters a reader
cannot see or that reorder text (bidi controls, zero-width joiners, spaces, control and
private-use characters): RFC 3987 forbids bidi formatting characters in IRIs, and an
invisible character in a printed link is a trap. Converting the result back to a URI
(percent-encoding its non-ASCII characters as UTF-8, as every HTTP client does) gives the
original bytes again.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

from editor_app.core.lazy_re import lazy_compile

_ESCAPES = lazy_compile(r"(?:%[0-9A-Fa-f]{2})+")
# Unicode categories kept percent-encoded: controls, format characters (bidi controls, ZWJ…),
# separators (spaces), surrogates, private use and unassigned code points.
_KEEP_ENCODED = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})


def _utf8_length(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _decode_run(match: re.Match[str]) -> str:
    text = match.group(0)
    escapes = [text[i : i + 3] for i in range(0, len(text), 3)]
    octets = [int(e[1:], 16) for e in escapes]
    out: list[str] = []
    i = 0
    while i < len(octets):
        size = _utf8_length(octets[i])
        if size and i + size <= len(octets):
            try:
                char = bytes(octets[i : i + size]).decode("utf-8")
            except UnicodeDecodeError:
                char = ""
            if char and unicodedata.category(char) not in _KEEP_ENCODED:
                out.append(char)
                i += size
                continue
            if char:  # a valid character that must stay visible as escapes
                out.extend(escapes[i : i + size])
                i += size
                continue
        out.append(escapes[i])  # ASCII, or not UTF-8: exactly as it was
        i += 1
    return "".join(out)


def decode_component(component: str) -> str:
    """Decode the escapes of one URI component that spell visible non-ASCII characters."""
    return _ESCAPES.sub(_decode_run, component) if "%" in component else component


def _readable_host(netloc: str) -> str:
    if "xn--" not in netloc.lower():
        return netloc
    userinfo, at, hostport = netloc.rpartition("@")
    host, colon, port = hostport.partition(":") if not hostport.startswith("[") else (hostport, "", "")
    labels = []
    for label in host.split("."):
        if label.lower().startswith("xn--"):
            try:
                decoded = label.encode("ascii").decode("idna")
            except (UnicodeError, ValueError):
                return netloc
            labels.append(decoded)
        else:
            labels.append(label)
    return f"{userinfo}{at}{'.'.join(labels)}{colon}{port}"


def readable_url(url: str | None) -> str:
    """The IRI form of ``url`` for showing and printing (``""`` for None); anything unparsable as it was."""
    if not url:
        return ""
    if "%" not in url and "xn--" not in url.lower():
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    return urlunsplit(
        (
            parts.scheme,
            _readable_host(parts.netloc),
            decode_component(parts.path),
            decode_component(parts.query),
            decode_component(parts.fragment),
        )
    )
