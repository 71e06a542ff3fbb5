"""Marking user-visible text in Qt-free code so that Qt's lupdate still collects it.

core, storage and publish never import Qt, yet their messages reach the user. They
mark them with ``QT_TRANSLATE_NOOP(context, text)``, which lupdate recognises by
name; the GUI and the command line translate the text when they show it.

A message about a number of things says so with ``%n`` and a count, so that each language can give
its own plural forms (Arabic has six): mark it with a literal number as fourth argument,
``QT_TRANSLATE_NOOP("Ctx", "%n draft(s) recovered.", "", 1)`` (lupdate's Python reader makes a
message plural only when that argument is a literal), and carry the count in ``UserMessage.count``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str = "", plural: int | None = None) -> str:
    del context, disambiguation, plural
    return text


NumberFormat = Callable[[int | float], str]


def _plain_number(value: int | float) -> str:
    return str(value)


_number_format: list[NumberFormat] = [_plain_number]


def set_number_format(fmt: NumberFormat) -> None:
    """How numbers in messages are written (the GUI and the CLI set the reader's digits at start)."""
    _number_format[0] = fmt


def format_number(value: int | float) -> str:
    return _number_format[0](value)


def fill_count(text: str, count: int) -> str:
    """Put ``count`` where a translation says ``%Ln`` (grouped, in the reader's digits) or ``%n``."""
    if "%" not in text:
        return text
    number = format_number(count)
    return text.replace("%Ln", number).replace("%n", number)


@dataclass(frozen=True)
class UserMessage:
    """A message for the user: its translation context, source text and format arguments.

    Numbers among ``args`` (ints and floats) are written in the reader's digits; ``count`` is the
    number a ``%n`` message is about and picks its plural form.
    """

    context: str
    text: str
    args: Mapping[str, object] = field(default_factory=dict)
    # Names of args whose values are themselves marked source texts of the same context
    # (a state or role name inside a sentence) and are translated too.
    translated_args: frozenset[str] = frozenset()
    count: int | None = None

    def render(self, translate: object | None = None) -> str:
        """Translate with ``translate(context, text[, disambiguation, n])`` if given, then fill the fields."""
        source = self.text
        args = {
            name: format_number(value) if isinstance(value, int | float) and not isinstance(value, bool)
            else str(value)
            for name, value in self.args.items()
        }
        if callable(translate):
            if self.count is not None:
                source = str(translate(self.context, self.text, None, self.count))
            else:
                source = str(translate(self.context, self.text))
            for name in self.translated_args:
                if name in args:
                    args[name] = str(translate(self.context, args[name]))
        if self.count is not None:
            source = fill_count(source, self.count)
        try:
            return source.format(**args)
        except (KeyError, IndexError, ValueError):
            return source
