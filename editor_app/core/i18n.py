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


@dataclass(frozen=True)
class UserMessage:
    """A message for the user: its translation context, source text and format arguments."""

    context: str
    text: str
    args: dict[str, str] = field(default_factory=dict)
    # Names of args whose values are themselves marked source texts of the same context
    # (a state or role name inside a sentence) and are translated too.
    translated_args: frozenset[str] = frozenset()

    def render(self, translate: object | None = None) -> str:
        """Translate with ``translate(context, text)`` when given, then fill ``{name}`` fields."""
        source = self.text
        args = dict(self.args)
        if callable(translate):
            source = str(translate(self.context, self.text))
            for name in self.translated_args:
                if name in args:
                    args[name] = str(translate(self.context, args[name]))
        try:
            return source.format(**args)
        except (KeyError, IndexError, ValueError):
            return source
