"""Article → Preview on the Site: the open article as a page of its site, in the user's web browser.

The page is written on the task runner (``publish/preview_page.py``: the site's own single-post page,
stylesheets and fonts, kept from the last fetch) and opened with QDesktopServices. Qt WebEngine would
show it inside the window, but it is not part of the PySide6 wheels Qalam ships (PySide6-Addons adds
about 200 MB and a Chromium process per view) and QTextBrowser ignores most CSS (no grid or flex, no
custom properties, no web fonts): the reader's own browser is what the site's readers use anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from editor_app.errors import QalamError

if TYPE_CHECKING:
    from editor_app.core.article import Article
    from editor_app.publish.preview_page import PreviewResult

log = logging.getLogger(__name__)


def _write(store: Any, data_dir: Path, article: Article, working_site: str | None) -> PreviewResult:
    """On the runner: the article's own site, else the working site, else the only one."""
    from editor_app.publish.preview_page import pick_site, write_preview

    site = pick_site(store, article)
    if site is None and working_site:
        site = pick_site(store, article, working_site)
    return write_preview(store, data_dir, article, site)


def show_site_preview(window: Any, open_url: Callable[[QUrl], bool] | None = None) -> None:
    """Write the preview of what is in the editor now and open it in the browser."""
    ctx = window.ctx
    store = ctx.services.get("store")
    window.documents.autosave_now()
    article = window.documents.current_article()
    if store is None or article is None:
        return
    service = getattr(getattr(window, "newsroom", None), "service", None)
    working = service.site.name if service is not None else None
    window.status.showMessage(QCoreApplication.translate("SitePreview", "Writing the preview…"), 5000)

    def done(result: PreviewResult) -> None:
        notes = [w.render(QCoreApplication.translate) for w in result.warnings]
        if not (open_url or QDesktopServices.openUrl)(QUrl.fromLocalFile(str(result.path))):
            text = QCoreApplication.translate(
                "SitePreview", "No web browser could be started; the preview is in {path}"
            )
            notes.append(text.format(path=result.path))
        shown = QCoreApplication.translate("SitePreview", "Preview opened in the web browser.")
        window.status.showMessage(" ".join(notes) or shown, 15000)

    def failed(exc: BaseException, tb: str) -> None:
        if isinstance(exc, QalamError):
            text = exc.user_message.render(QCoreApplication.translate)
        else:
            log.error("preview failed: %s\n%s", exc, tb)
            text = QCoreApplication.translate(
                "SitePreview", "The preview could not be written. Details are in the log."
            )
        window.status.showMessage(text, 15000)

    ctx.runner.submit(_write, store, ctx.paths.data_dir, article, working, on_result=done, on_error=failed)


def refresh_style_after_sync(window: Any) -> None:
    """After Sync with the Site: fetch the working site's look again when the kept copy is old (quietly)."""
    service = getattr(getattr(window, "newsroom", None), "service", None)
    if service is None:
        return
    site = service.site
    data_dir = window.ctx.paths.data_dir

    def refresh() -> None:
        from editor_app.publish.preview_page import connect_site
        from editor_app.publish.site_style import refresh_if_stale

        client = connect_site(site)
        try:
            refresh_if_stale(client, data_dir, site.id)
        finally:
            client.close()

    window.ctx.runner.submit(
        refresh,
        key=f"site-style-{site.id}",
        on_error=lambda exc, _tb: log.info("site style of %s not refreshed: %r", site.name, exc),
    )
