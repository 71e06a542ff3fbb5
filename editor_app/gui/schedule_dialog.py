"""Choosing when a post goes out: a date and time in the site's time zone, also shown in local time.

WordPress stores a scheduled ("future") post only for a time more than a minute ahead, and
publishes it when its scheduler (WP-Cron) runs: the dialog says so. It makes no call itself;
the caller passes :meth:`ScheduleDialog.chosen_utc` to ``WorkflowService.schedule`` on the runner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from editor_app.gui.locale_format import app_formatter
from editor_app.publish.workflow_sync import CRON_NOTE

MINIMUM_AHEAD = timedelta(seconds=65)  # WordPress publishes at once anything due within a minute


def _wall(moment: datetime) -> QDateTime:
    """A QDateTime showing ``moment``'s wall-clock time (kept in UTC spec so Qt adds no local DST)."""
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second), QTimeZone.utc())


def _from_wall(value: QDateTime, zone: tzinfo) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=zone)


class ScheduleDialog(QDialog):
    schedule_chosen = Signal(object)  # the aware UTC datetime, when the dialog is accepted

    def __init__(self, site_timezone: tzinfo, timezone_name: str, parent: QWidget | None = None, *,
                 title: str = "", initial: datetime | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleDialog")
        self.setWindowTitle(self.tr("Schedule publication"))
        self.site_timezone = site_timezone
        self._clock = clock or (lambda: datetime.now(UTC))
        layout = QVBoxLayout(self)
        if title:
            heading = QLabel(title, self)
            heading.setWordWrap(True)
            heading.setObjectName("panelHeading")
            layout.addWidget(heading)
        form = QFormLayout()
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        # In a right-to-left window Qt reverses the sections of the display format ("19:02 24-11-2026")
        # unless the edit is left to right when the format is set: an ISO date reads left to right.
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setAccessibleName(self.tr("Publication date and time, in the site's time zone"))
        start = initial or (self._clock() + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        self.edit.setDateTime(_wall(start.astimezone(site_timezone)))
        form.addRow(self.tr("Site time ({zone}):").format(zone=timezone_name or "UTC"), self.edit)
        self.local_label = QLabel(self)
        self.local_label.setObjectName("scheduleLocalTime")
        form.addRow(self.tr("Your local time:"), self.local_label)
        layout.addLayout(form)
        self.cron_note = QLabel(QCoreApplication.translate("Workflow", CRON_NOTE), self)
        self.cron_note.setWordWrap(True)
        self.cron_note.setObjectName("scheduleCronNote")
        layout.addWidget(self.cron_note)
        self.problem = QLabel(self)
        self.problem.setObjectName("scheduleProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Schedule"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.dateTimeChanged.connect(self._update)
        self._update()

    # --- public API ----------------------------------------------------------------------------

    def chosen(self) -> datetime:
        """The chosen moment, aware, in the site's time zone."""
        return _from_wall(self.edit.dateTime(), self.site_timezone)

    def chosen_utc(self) -> datetime:
        return self.chosen().astimezone(UTC)

    def set_chosen(self, moment: datetime) -> None:
        self.edit.setDateTime(_wall(moment.astimezone(self.site_timezone)))

    def is_valid(self) -> bool:
        return self.chosen_utc() >= self._clock() + MINIMUM_AHEAD

    def accept(self) -> None:
        if not self.is_valid():
            self._update()
            return
        self.schedule_chosen.emit(self.chosen_utc())
        super().accept()

    # --- plumbing ------------------------------------------------------------------------------

    def _update(self) -> None:
        local = self.chosen().astimezone()
        self.local_label.setText(f"{app_formatter().datetime(local)} {local.strftime('%Z')}".strip())
        ok = self.is_valid()
        self.problem.setText("" if ok else self.tr(
            "Choose a time at least a minute from now, or publish now instead."))
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(ok)
