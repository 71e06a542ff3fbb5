"""The check panel's findings as a Qt table model: a row is rendered only when a view asks for it.

A 20,000-word article has a thousand findings and the panel shows about twenty of them. Building an
item per finding (translated message, tooltip, colours, fix label) cost the GUI thread tens of
milliseconds at every check; here :meth:`FindingsModel.set_findings` is one model reset, and a
row's message and fix label are translated in :meth:`FindingsModel.data` the first time a view
paints or measures them, then kept for as long as that list of findings is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from editor_app.core.checks import Finding, Severity
from editor_app.core.i18n import UserMessage
from editor_app.i18n import translate

MESSAGE_COLUMN, TEXT_COLUMN, FIX_COLUMN = 0, 1, 2
FINDING_ROLE = Qt.ItemDataRole.UserRole  # the row's Finding
# The "Text" column quotes at most this many characters (the whole quote is its tooltip): the column is sized
# to its contents, and one quoted sentence (a boilerplate leftover) squeezed the problems into a few letters.
QUOTE_MAX = 40
_COLORS = {Severity.ERROR: "#c62828", Severity.WARNING: "#b26a00", Severity.INFO: "#546e7a"}
_FIX_COLOR = "#1565c0"

Role = Qt.ItemDataRole
_ROLES = frozenset(int(r) for r in (Role.DisplayRole, Role.ForegroundRole, Role.FontRole, Role.ToolTipRole,
                                    FINDING_ROLE))
Index = QModelIndex | QPersistentModelIndex
Translate = Callable[..., str]


@dataclass(frozen=True)
class Labels:
    """The interface's words the model shows (translated by the panel, in its "CheckPanel" context)."""

    headers: tuple[str, str, str]
    severities: dict[Severity, str]
    click_to_fix: str


class FindingsModel(QAbstractTableModel):
    """Findings in three columns: the problem, the text it is about and the fix (when there is one)."""

    def __init__(self, labels: Labels, bold: QFont, parent: QObject | None = None,
                 translate_fn: Translate = translate) -> None:
        super().__init__(parent)
        self.labels = labels
        self._translate = translate_fn
        self._findings: list[Finding] = []
        # Rendered message and fix label per row, filled on first use (None: not rendered yet).
        self._messages: list[str | None] = []
        self._fixes: list[str | None] = []
        # A long article repeats the same few messages hundreds of times; the language is set at start.
        self._translations: dict[tuple[str, str, int], str] = {}
        self._bold = bold
        self._brushes = {severity: QBrush(QColor(colour)) for severity, colour in _COLORS.items()}
        self._fix_brush = QBrush(QColor(_FIX_COLOR))

    # --- the list -----------------------------------------------------------------------------

    def set_findings(self, findings: Sequence[Finding]) -> None:
        """Show these findings instead: one reset, nothing rendered until a view asks."""
        self.beginResetModel()
        self._findings = list(findings)
        self._messages = [None] * len(self._findings)
        self._fixes = [None] * len(self._findings)
        self.endResetModel()

    def finding(self, index: Index) -> Finding | None:
        """The finding on ``index``'s row (None for an invalid index)."""
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        return self._findings[index.row()]

    # --- rendering, on demand -----------------------------------------------------------------

    def _translate_once(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        key = (context, text, n)
        found = self._translations.get(key)
        if found is None:
            found = self._translations[key] = self._translate(context, text, disambiguation, n)
        return found

    def _render(self, message: UserMessage) -> str:
        return message.render(self._translate_once)

    def message(self, row: int) -> str:
        found = self._messages[row]
        if found is None:
            found = self._messages[row] = self._render(self._findings[row].message)
        return found

    def fix_label(self, row: int) -> str | None:
        fix = self._findings[row].fix
        if fix is None:
            return None
        found = self._fixes[row]
        if found is None:
            found = self._fixes[row] = self._render(fix.label)
        return found

    def rendered_rows(self) -> int:
        """How many rows have had their message rendered (what the views asked for so far)."""
        return sum(1 for message in self._messages if message is not None)

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole and 0 <= section < 3:
            return self.labels.headers[section]
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> object:
        # Called for about ten roles per cell at every paint and measure: most have nothing here.
        if role not in _ROLES:
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._findings):
            return None
        finding = self._findings[row]
        if role == Role.DisplayRole:
            if column == MESSAGE_COLUMN:
                return self.message(row)
            if column == TEXT_COLUMN:
                quote = finding.text.strip()
                return (quote[:QUOTE_MAX].rstrip() + "…" if len(quote) > QUOTE_MAX else quote) or "—"
            return self.fix_label(row)
        if role == Role.ForegroundRole:
            if column == MESSAGE_COLUMN:
                return self._brushes[finding.severity]
            if column == FIX_COLUMN and finding.fix is not None:
                return self._fix_brush
            return None
        if role == Role.FontRole:
            return self._bold if column == MESSAGE_COLUMN and finding.severity == Severity.ERROR else None
        if role == Role.ToolTipRole:
            if column == MESSAGE_COLUMN:
                return f"{self.labels.severities[finding.severity]} · {finding.rule}"
            if column == FIX_COLUMN and finding.fix is not None:
                return self.labels.click_to_fix
            if column == TEXT_COLUMN and len(finding.text.strip()) > QUOTE_MAX:
                return finding.text.strip()
            return None
        if role == FINDING_ROLE:
            return finding
        return None
