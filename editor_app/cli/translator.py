"""The command line's messages translated without Qt: the same ``.qm`` catalogues, read by ``editor_app.qm``.

Plural messages follow Qt's convention: the source says ``%n`` and the catalogue holds one form per
plural category of the language (six for Arabic), chosen by the catalogue's own rules; ``%n`` becomes
the number, ``%Ln`` the number in the user's digits.
"""

from __future__ import annotations

import logging
from pathlib import Path

from editor_app.core.i18n import UserMessage
from editor_app.paths import translations_dir
from editor_app.qm import QmCatalog, QmFormatError

log = logging.getLogger(__name__)

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_TO_ARABIC_INDIC = str.maketrans("0123456789", ARABIC_INDIC)


def localized_number(n: int, digits: str) -> str:
    """``n`` in the chosen digit style (``arabic-indic`` or ``western``)."""
    text = str(n)
    return text.translate(_TO_ARABIC_INDIC) if digits.startswith("arabic") else text


class CliTranslator:
    """``translator(context, text, disambiguation, n)`` as ``QCoreApplication.translate`` answers it.

    The catalogue is read on first use, so commands that print nothing translatable never open it.
    """

    def __init__(self, language: str, digits: str | None = None, folder: Path | None = None) -> None:
        self.language = language
        self.digits = digits or ("arabic-indic" if language == "ar" else "western")
        self._folder = folder
        self._catalog: QmCatalog | None = None
        self._loaded = False

    @property
    def catalog(self) -> QmCatalog | None:
        if not self._loaded:
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
        if n >= 0:
            result = result.replace("%Ln", localized_number(n, self.digits)).replace("%n", str(n))
        return result

    def message(self, msg: UserMessage) -> str:
        return msg.render(self)
