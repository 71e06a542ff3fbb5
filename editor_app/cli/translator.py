"""The command line's messages translated without Qt: the same ``.qm`` catalogues, read by ``editor_app.qm``.

Plural messages follow Qt's convention: the source says ``%n`` and the catalogue holds one form per
plural category of the language (six for Arabic), chosen by the catalogue's own rules; ``%n`` becomes
the number, ``%Ln`` the number in the user's digits.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.i18n import UserMessage
from editor_app.core.locale_format import Formatter, parse_digits
from editor_app.paths import translations_dir

if TYPE_CHECKING:
    from editor_app.qm import QmCatalog

log = logging.getLogger(__name__)

class CliTranslator:
    """``translator(context, text, disambiguation, n)`` as ``QCoreApplication.translate`` answers it.

    The catalogue is read on first use, so commands that print nothing translatable never open it.
    """

    def __init__(self, language: str, digits: str | None = None, folder: Path | None = None) -> None:
        self.language = language
        # Numbers and dates in the interface language with the digits the reader chose (core/locale_format).
        self.formatter = Formatter(language, parse_digits(digits, language))
        self.digits = self.formatter.digits.value
        self._folder = folder
        self._catalog: QmCatalog | None = None
        self._loaded = False

    @property
    def catalog(self) -> QmCatalog | None:
        if not self._loaded:
            from editor_app.qm import QmCatalog, QmFormatError  # when a message is first translated

            self._loaded = True
            path = (self._folder or translations_dir()) / f"qalam_{self.language}.qm"
            try:
                self._catalog = QmCatalog.load(path)
            except FileNotFoundError:
                self._catalog = None  # nothing to translate (English): the source text is shown
            except (OSError, QmFormatError) as exc:
                log.warning("translation catalogue %s unusable: %s", path, exc)
                self._catalog = None
        return self._catalog

    def __call__(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        catalog = self.catalog
        found = catalog.translate(context, text, disambiguation or "", n) if catalog is not None else None
        result = found if found else text
        if n >= 0 and "%" in result:
            # Like the GUI: a count is written in the reader's digits whether the text says %n or %Ln.
            number = self.formatter.number(n)
            result = result.replace("%Ln", number).replace("%n", number)
        return result

    def message(self, msg: UserMessage) -> str:
        return msg.render(self)
