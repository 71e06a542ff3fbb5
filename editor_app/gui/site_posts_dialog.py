"""File → Open from Site…: search the posts on a site as you type, and open one as a local draft.

The search waits for a pause in typing (debounced), runs on the task runner, and a result that comes
back after a newer search started is dropped. More results load as the list is scrolled to its end
(or with "More"). Opening goes through ``publish.site_posts.open_site_post`` on the runner, exactly as
``qalam posts open`` does; the widget never makes an HTTP call itself.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.iri import readable_url
from editor_app.errors import QalamError
from editor_app.gui.locale_format import LocaleFormatter

if TYPE_CHECKING:
    from editor_app.core.site import Site
    from editor_app.gui.tasks import TaskRunner
    from editor_app.publish.wordpress import WordPressClient
    from editor_app.publish.wordpress_reading import PostPage, PostSummary

log = logging.getLogger(__name__)

SEARCH_PAUSE_MS = 350
PAGE_SIZE = 30
ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_KEY = "site-posts-search"


def _connect(site: Site) -> WordPressClient:
    from editor_app.publish.workflow_sync import connect_with_saved_password

    return connect_with_saved_password(site)


class SiteSession:
    """One connection per site for the dialog's searches (created on the runner: it reads the keyring)."""

    def __init__(self, connect: Callable[[Site], WordPressClient] = _connect) -> None:
        self._connect = connect
        self._clients: dict[str, WordPressClient] = {}
        self._lock = threading.Lock()  # searches run on several runner threads at once

    def client(self, site: Site) -> WordPressClient:
        with self._lock:
            if site.id not in self._clients:
                self._clients[site.id] = self._connect(site)
            return self._clients[site.id]

    def search(self, site: Site, text: str, status: str | None, mine: bool, page: int) -> PostPage:
        from editor_app.publish.site_posts import list_posts

        return list_posts(
            self.client(site), search=text, status=status, mine=mine, page=page, per_page=PAGE_SIZE
        )

    def open(self, store: Any, site: Site, post_id: int) -> Any:
        from editor_app.publish.site_posts import open_site_post

        return open_site_post(store, self.client(site), site, post_id)

    def close(self) -> None:
        with self._lock:
            clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            client.close()


class OpenFromSiteDialog(QDialog):
    """Pick a post on a site; ``opened`` carries the :class:`OpenedPost` once its draft is in the store."""

    opened = Signal(object)

    def __init__(
        self,
        store: Any,
        runner: TaskRunner,
        sites: list[Site],
        parent: QWidget | None = None,
        *,
        current_site: str | None = None,
        language: str = "en",
        session: SiteSession | None = None,
        pause_ms: int = SEARCH_PAUSE_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openFromSiteDialog")
        self.setWindowTitle(self.tr("Open from Site"))
        self.store = store
        self.runner = runner
        self.sites = sites
        self.session = session or SiteSession()
        self.formatter = LocaleFormatter(language)
        self._generation = 0  # the search whose results are shown; older answers are dropped
        self._page = 0
        self._pages = 0
        self._loading = False
        self._busy_opening = False

        self.site_box = QComboBox(self)
        self.site_box.setObjectName("siteBox")
        self.site_box.setAccessibleName(self.tr("Site"))
        for site in sites:
            self.site_box.addItem(site.name, site.id)
        if current_site:
            index = self.site_box.findData(current_site)
            if index < 0:
                index = self.site_box.findText(current_site)
            self.site_box.setCurrentIndex(max(0, index))
        self.site_box.setVisible(len(sites) > 1)

        self.search = QLineEdit(self)
        self.search.setObjectName("siteSearch")
        self.search.setAccessibleName(self.tr("Search the site's posts"))
        self.search.setPlaceholderText(self.tr("Search the site's posts (title and text)"))
        self.search.setClearButtonEnabled(True)
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("statusBox")
        self.status_box.setAccessibleName(self.tr("Status"))
        for label, value in (
            (self.tr("Any status"), None),
            (self.tr("Published"), "publish"),
            (self.tr("Scheduled"), "future"),
            (self.tr("Drafts"), "draft"),
            (self.tr("Pending review"), "pending"),
            (self.tr("Private"), "private"),
        ):
            self.status_box.addItem(label, value)
        self.mine = QCheckBox(self.tr("Only mine"), self)
        self.mine.setObjectName("onlyMine")

        filters = QHBoxLayout()
        filters.addWidget(self.site_box)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_box)
        filters.addWidget(self.mine)

        self.results = QTreeWidget(self)
        self.results.setObjectName("sitePosts")
        self.results.setAccessibleName(self.tr("Posts on the site"))
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setHeaderLabels(
            [self.tr("Title"), self.tr("Status"), self.tr("Author"), self.tr("Changed")]
        )
        header = self.results.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.results.itemDoubleClicked.connect(lambda _item, _col: self.open_selected())
        self.results.itemSelectionChanged.connect(self._update_buttons)
        self.results.verticalScrollBar().valueChanged.connect(self._scrolled)

        self.info = QLabel(self)
        self.info.setObjectName("siteSearchInfo")
        self.info.setWordWrap(True)
        self.more = QPushButton(self.tr("More"), self)
        self.more.setObjectName("morePosts")
        self.more.clicked.connect(self.load_more)
        self.more.hide()
        info_row = QHBoxLayout()
        info_row.addWidget(self.info, 1)
        info_row.addWidget(self.more)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openPost")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addLayout(info_row)
        layout.addWidget(self.buttons)
        self.resize(760, 480)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self.search_now)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.status_box.currentIndexChanged.connect(lambda _i: self.search_now())
        self.mine.toggled.connect(lambda _on: self.search_now())
        self.site_box.currentIndexChanged.connect(lambda _i: self.search_now())
        self.finished.connect(lambda _code: self.session.close())
        if sites:
            QTimer.singleShot(0, self.search_now)  # the newest posts, before anything is typed
        else:
            self.info.setText(self.tr("No site yet: add one in Tools → Sites."))
            self.search.setEnabled(False)

    # --- searching ----------------------------------------------------------------------------

    def site(self) -> Site | None:
        site_id = self.site_box.currentData()
        return next((s for s in self.sites if s.id == site_id), None)

    def _query(self) -> tuple[str, str | None, bool]:
        return self.search.text().strip(), self.status_box.currentData(), self.mine.isChecked()

    def search_now(self) -> None:
        """Start a new search (page 1); whatever an older one brings back is dropped."""
        self._timer.stop()
        site = self.site()
        if site is None:
            return
        self._generation += 1
        self._page, self._pages = 0, 0
        self._fetch(site, 1, key=SEARCH_KEY)

    def load_more(self) -> None:
        site = self.site()
        if site is None or self._loading or self._page >= self._pages:
            return
        self._fetch(site, self._page + 1, key=None)

    def _fetch(self, site: Site, page: int, *, key: str | None) -> None:
        text, status, mine = self._query()
        generation = self._generation
        self._loading = True
        self.more.setEnabled(False)
        self.info.setText(self.tr("Searching…"))
        self.runner.submit(
            self.session.search,
            site,
            text,
            status,
            mine,
            page,
            key=key,
            on_result=lambda result: self._got(generation, page, result),
            on_error=lambda exc, tb: self._failed(generation, exc, tb),
        )

    def _got(self, generation: int, page: int, result: PostPage) -> None:
        if generation != self._generation:
            return  # an older search: its results no longer match what is typed
        self._loading = False
        if page == 1:
            self.results.clear()
        for post in result.posts:
            self._add_row(post)
        self._page, self._pages = page, result.pages
        shown = self.results.topLevelItemCount()
        if shown == 0:
            self.info.setText(self.tr("No posts found."))
        else:
            self.info.setText(
                self.tr("%n post(s) shown", "", shown) + " — " + self.tr("%n on the site", "", result.total)
            )
        more = self._page < self._pages
        self.more.setVisible(more)
        self.more.setEnabled(more)
        first = self.results.topLevelItem(0)
        if page == 1 and first is not None:
            self.results.setCurrentItem(first)
        self._update_buttons()

    def _failed(self, generation: int, exc: BaseException, tb: str) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.more.setEnabled(self._page < self._pages)
        self.info.setText(self._describe(exc, tb))

    def _describe(self, exc: BaseException, tb: str) -> str:
        if isinstance(exc, QalamError):
            return exc.user_message.render(QCoreApplication.translate)
        log.error("site posts: %s\n%s", exc, tb)
        return self.tr("That did not work; nothing was changed. Details are in the log.")

    def _scrolled(self, value: int) -> None:
        bar = self.results.verticalScrollBar()
        if value >= bar.maximum() - 2 and self._page < self._pages:
            self.load_more()

    def _add_row(self, post: PostSummary) -> None:
        statuses = {
            "publish": self.tr("Published"),
            "future": self.tr("Scheduled"),
            "draft": self.tr("Draft"),
            "pending": self.tr("Pending review"),
            "private": self.tr("Private"),
        }
        changed = ""
        if post.modified_gmt:
            try:
                when = datetime.fromisoformat(post.modified_gmt).replace(tzinfo=UTC).astimezone()
                changed = self.formatter.datetime(when)
            except ValueError:
                changed = post.modified_gmt
        title = post.title or self.tr("(untitled)")
        row = QTreeWidgetItem(
            self.results, [title, statuses.get(post.status, post.status), post.author_name, changed]
        )
        row.setData(0, ID_ROLE, post.id)
        link = readable_url(post.link)
        if link:
            for column in range(4):
                row.setToolTip(column, link)

    # --- opening ------------------------------------------------------------------------------

    def selected_post_id(self) -> int | None:
        item = self.results.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_post_id() is not None and not self._busy_opening)

    def open_selected(self) -> None:
        post_id, site = self.selected_post_id(), self.site()
        if post_id is None or site is None or self._busy_opening:
            return
        self._busy_opening = True
        self._update_buttons()
        self.info.setText(self.tr("Opening post {id}…").format(id=post_id))
        self.runner.submit(
            self.session.open, self.store, site, post_id, on_result=self._opened, on_error=self._open_failed
        )

    def _opened(self, opened: object) -> None:
        self._busy_opening = False
        self.opened.emit(opened)
        self.accept()

    def _open_failed(self, exc: BaseException, tb: str) -> None:
        self._busy_opening = False
        self._update_buttons()
        self.info.setText(self._describe(exc, tb))


# --- the window's side ----------------------------------------------------------------------------------


def show_open_from_site(window: Any) -> OpenFromSiteDialog | None:
    """File → Open from Site…: the dialog over the main window; the opened draft goes into the editor."""
    from PySide6.QtWidgets import QMessageBox

    ctx = window.ctx
    store = ctx.services.get("store")
    if store is None:
        return None
    window.documents.commit_current()  # edits in the editor reach the store before a refresh compares
    sites = store.list_sites()  # a handful of rows: cheap on the GUI thread
    if not sites:
        QMessageBox.information(
            window,
            QCoreApplication.translate("OpenFromSiteDialog", "Open from Site"),
            QCoreApplication.translate("OpenFromSiteDialog", "No site yet: add one in Tools → Sites."),
        )
        return None
    service = getattr(getattr(window, "newsroom", None), "service", None)
    current = service.site.id if service is not None else None
    dialog = OpenFromSiteDialog(store, ctx.runner, sites, window, current_site=current, language=ctx.language)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.opened.connect(lambda opened: show_opened(window, opened))
    dialog.open()
    return dialog


def show_opened(window: Any, opened: Any) -> None:
    """Show the opened draft; tell the user what happened to the draft they had, if any."""
    from PySide6.QtWidgets import QMessageBox

    from editor_app.publish.site_posts import OpenOutcome

    article = opened.article
    documents = window.documents
    if documents.article is not None and documents.article.id == article.id:
        documents.reload(article)  # the editor had this draft open: show the refreshed one
    else:
        documents.open(article.id)
    window.drafts_panel.refresh()
    text = opened.message.render(QCoreApplication.translate)
    window.status.showMessage(text, 15000)
    if opened.outcome in (OpenOutcome.KEPT_BOTH, OpenOutcome.KEPT_LOCAL):
        QMessageBox.information(
            window, QCoreApplication.translate("OpenFromSiteDialog", "Open from Site"), text
        )
