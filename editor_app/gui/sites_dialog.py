"""The sites dialog: add a WordPress site, test the login, see what the account may do, remove it.

Every call to the site or the store goes through the TaskRunner (publish/sites.py does the
work); the application password goes from the field to the keyring and the field is cleared.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.i18n import UserMessage
from editor_app.core.site import Site
from editor_app.errors import QalamError
from editor_app.gui.tasks import TaskRunner
from editor_app.publish import sites as service
from editor_app.publish.credentials import Where, backend_info

if TYPE_CHECKING:
    from editor_app.storage.store import DraftStore

log = logging.getLogger(__name__)


def _say(exc: BaseException) -> str:
    if isinstance(exc, QalamError):
        return exc.user_message.render(QCoreApplication.translate)
    return str(exc)


def _label(text: str) -> str:
    # Ability labels are marked with QT_TRANSLATE_NOOP("Publish", …) in publish/wordpress.py.
    return UserMessage("Publish", text).render(QCoreApplication.translate)


class SitesDialog(QDialog):
    """Sites and their logins. ``sites_changed`` fires after an add or a removal."""

    sites_changed = Signal()

    def __init__(self, store: DraftStore, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.setObjectName("sitesDialog")
        self.setWindowTitle(self.tr("WordPress sites"))
        self._sites: list[service.SiteSummary] = []

        self.list = QListWidget(self)
        self.list.setObjectName("sitesList")
        self.list.setAccessibleName(self.tr("Sites"))
        self.list.currentRowChanged.connect(self._selected)

        self.name = QLineEdit(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.user = QLineEdit(self)
        self.user.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password.setPlaceholderText(self.tr("application password (not your login password)"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Application password"), self.password)
        self.check_now = QCheckBox(
            self.tr("Check the login now (uncheck to add the site while offline)"), self
        )
        self.check_now.setChecked(True)
        form.addRow("", self.check_now)
        # The direction articles are shown in on the selected site: a paragraph in the other one is marked
        # when it is published there. Learnt from the site's language when it is added, tested or synced.
        self.direction = QComboBox(self)
        self.direction.setObjectName("siteDirection")
        self.direction.addItem("", "")
        self.direction.addItem(self.tr("Right to left"), "rtl")
        self.direction.addItem(self.tr("Left to right"), "ltr")
        self.direction.activated.connect(self._direction_chosen)
        form.addRow(self.tr("Article direction"), self.direction)

        self.add_button = QPushButton(self.tr("Add site"), self)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.password_button = QPushButton(self.tr("Change password"), self)
        self.remove_button = QPushButton(self.tr("Remove site"), self)
        self.add_button.clicked.connect(self.add_site)
        self.test_button.clicked.connect(self.test_site)
        self.password_button.clicked.connect(self.change_password)
        self.remove_button.clicked.connect(self.remove_site)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.test_button, self.password_button, self.remove_button):
            buttons.addWidget(b)

        self.status = QLabel(self)
        self.status.setObjectName("sitesStatus")
        self.status.setWordWrap(True)
        self.abilities = QTreeWidget(self)
        self.abilities.setObjectName("sitesAbilities")
        self.abilities.setHeaderLabels([self.tr("This account may"), self.tr("Allowed")])
        self.abilities.setRootIsDecorated(False)
        self.abilities.header().setStretchLastSection(False)
        self.abilities.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.abilities.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.status)
        right.addWidget(self.abilities, 1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(close)

        if not backend_info().secure:
            self.status.setText(
                self.tr(
                    "No secure keyring on this computer: passwords are kept only until Qalam quits, "
                    "never written to disk."
                )
            )
        self._show_direction(None)
        self._update_buttons()
        self.refresh()

    # --- list ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.runner.submit(service.list_sites, self.store, on_result=self._listed, on_error=self._failed)

    def _listed(self, sites: list[service.SiteSummary]) -> None:
        self._sites = sites
        self.list.clear()
        states = {
            "keyring": self.tr("password in the keyring"),
            "memory": self.tr("password kept until Qalam quits"),
            "environment": self.tr("password from QALAM_PASSWORD"),
            "missing": self.tr("no password"),
            "unknown": self.tr("keyring unavailable"),
        }
        for s in sites:
            text = self.tr("{name} — {user} @ {url} ({state})").format(
                name=s.site.name,
                user=s.site.username,
                url=s.site.url,
                state=states.get(s.password, s.password),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s.site.id)
            self.list.addItem(item)
        self._update_buttons()

    def current_site(self) -> Site | None:
        row = self.list.currentRow()
        return self._sites[row].site if 0 <= row < len(self._sites) else None

    def _selected(self, row: int) -> None:
        site = self.current_site()
        if site is not None:
            self.name.setText(site.name)
            self.url.setText(site.url)
            self.user.setText(site.username)
        self._show_direction(site)
        self._update_buttons()

    def _show_direction(self, site: Site | None) -> None:
        learnt = {"rtl": self.tr("right to left"), "ltr": self.tr("left to right")}.get(
            site.direction if site is not None else ""
        )
        if site is not None and site.language and learnt:
            name = QLocale(site.language).nativeLanguageName() or site.language
            follow = self.tr("As the site's language ({language}: {direction})").format(
                language=name, direction=learnt
            )
        else:
            follow = self.tr("As the site's language (not known yet: test the connection)")
        self.direction.setItemText(0, follow)
        chosen = self.direction.findData(site.direction_setting if site is not None else "")
        self.direction.setCurrentIndex(max(0, chosen))
        self.direction.setEnabled(site is not None)

    def _direction_chosen(self, index: int) -> None:
        site = self.current_site()
        if site is None:
            return
        self.runner.submit(
            service.set_direction,
            self.store,
            site,
            str(self.direction.itemData(index) or ""),
            on_result=lambda _site: self.status.setText(self.tr("Article direction saved.")),
            on_error=self._failed,
        )

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(True)
        has = self.current_site() is not None
        for b in (self.test_button, self.password_button, self.remove_button):
            b.setEnabled(has)

    # --- actions ------------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        for b in (self.add_button, self.test_button, self.password_button, self.remove_button):
            b.setEnabled(False)

    def add_site(self) -> None:
        name, url, user = self.name.text().strip(), self.url.text().strip(), self.user.text().strip()
        password = self.password.text()
        if not (name and url and user and password.strip()):
            self.status.setText(self.tr("Fill in the name, address, user name and application password."))
            return
        self.password.clear()
        self._busy(self.tr("Connecting to {url}…").format(url=url))
        self.runner.submit(
            service.add_site,
            self.store,
            name,
            url,
            user,
            password,
            check=self.check_now.isChecked(),
            on_result=self._added,
            on_error=self._failed,
        )

    def _added(self, result: tuple[Site, service.SiteCheck | None, Where | None]) -> None:
        site, report, where = result
        if report is not None:
            self._show_report(report)
        text = self.tr("Added {name}.").format(name=site.name)
        if where is Where.MEMORY:
            text += " " + self.tr("No secure keyring: the password is kept only until Qalam quits.")
        self.status.setText(text)
        self.sites_changed.emit()
        self.refresh()

    def test_site(self) -> None:
        site = self.current_site()
        if site is None:
            return
        self._busy(self.tr("Connecting to {url}…").format(url=site.url))
        self.runner.submit(service.test_site, self.store, site, on_result=self._tested, on_error=self._failed)

    def _tested(self, report: service.SiteCheck) -> None:
        self._show_report(report)
        self._show_direction(self.current_site())
        self._update_buttons()
        self.add_button.setEnabled(True)

    def _show_report(self, report: service.SiteCheck) -> None:
        self.status.setText(
            self.tr("Connected to {site} as {user} (roles: {roles}).").format(
                site=report.site_name, user=report.user, roles=", ".join(report.roles) or "-"
            )
        )
        self.abilities.clear()
        yes, no = self.tr("yes"), self.tr("no")
        for _cap, label, allowed in report.abilities:
            QTreeWidgetItem(self.abilities, [_label(label), yes if allowed else no])

    def change_password(self) -> None:
        site = self.current_site()
        password = self.password.text()
        if site is None or not password.strip():
            self.status.setText(self.tr("Type the new application password first."))
            return
        self.password.clear()
        self.runner.submit(
            service.set_password, site, password, on_result=self._password_set, on_error=self._failed
        )

    def _password_set(self, where: Any) -> None:
        self.status.setText(self.tr("Password saved."))
        self.refresh()

    def remove_site(self) -> None:
        site = self.current_site()
        if site is None:
            return
        self._busy(self.tr("Removing {name}…").format(name=site.name))
        self.runner.submit(
            service.remove_site, self.store, site, on_result=self._removed, on_error=self._failed
        )

    def _removed(self, _result: object) -> None:
        self.status.setText(self.tr("Site removed."))
        self.abilities.clear()
        self.sites_changed.emit()
        self.refresh()

    def _failed(self, exc: BaseException, tb: str) -> None:
        log.info("sites dialog: %s", type(exc).__name__)
        self.status.setText(_say(exc))
        self.add_button.setEnabled(True)
        self._update_buttons()
