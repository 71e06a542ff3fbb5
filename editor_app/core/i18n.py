"""Marking user-visible text in Qt-free code so that Qt's lupdate still collects it.

core, storage and publish never import Qt, yet their messages reach the user. They
mark them with ``QT_TRANSLATE_NOOP(context, text)``, which lupdate recognises by
name; the GUI and the command line translate the text when they show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text


class _PluralMarker:
    """Marks a plural message for lupdate: ``plural.translate("Context", "%n draft(s) …", None, -1)``.

    lupdate reads a ``translate`` call with a literal count as a numerus entry (one form per plural
    form of the language: six in Arabic); the call itself only returns the text. Carry it in a
    :class:`UserMessage` with ``count`` set: the GUI and CLI pick the form and replace ``%n``.
    """

    @staticmethod
    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        del context, disambiguation, n
        return text


plural = _PluralMarker()


@dataclass(frozen=True)
class UserMessage:
    """A message for the user: its translation context, source text and format arguments."""

    context: str
    text: str
    args: dict[str, str] = field(default_factory=dict)
    # Names of args whose values are themselves marked source texts of the same context
    # (a state or role name inside a sentence) and are translated too.
    translated_args: frozenset[str] = frozenset()
    # For a plural message (marked with ``plural.translate``): the number that picks the form and
    # replaces ``%n``; ``translate`` is then called as ``translate(context, text, None, count)``.
    count: int | None = None

    def render(self, translate: object | None = None) -> str:
        """Translate with ``translate(context, text)`` when given, then fill ``{name}`` fields."""
        source = self.text
        args = dict(self.args)
        if callable(translate):
            if self.count is None:
                source = str(translate(self.context, self.text))
            else:
                try:
                    source = str(translate(self.context, self.text, None, self.count))
                except TypeError:  # a translator that knows no plurals
                    source = str(translate(self.context, self.text))
            for name in self.translated_args:
                if name in args:
                    args[name] = str(translate(self.context, args[name]))
        if self.count is not None:
            source = source.replace("%n", str(self.count))
        try:
            return source.format(**args)
        except (KeyError, IndexError, ValueError):
            return source
