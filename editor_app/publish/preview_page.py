"""``qalam preview`` and Article → Preview on the Site: the article written as a page of its site.

The page is rendered by :func:`editor_app.core.preview.render_preview` with the site's look kept by
``publish/site_style.py`` (fetched here when there is no copy yet, or when asked to refresh) and written to
``<data>/previews/<article id>.html``, atomically. Offline, the kept copy serves; with none, a plain page
(and the reason) is given. Run it on the task runner or the command line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.article import Article
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.media import MediaItem
from editor_app.core.preview import render_preview
from editor_app.errors import QalamError
from editor_app.publish.site_style import (
    SiteStyle,
    load_site_style,
    no_style_message,
    old_style_message,
    refresh_site_style,
    style_folder,
    write_atomic,
)

if TYPE_CHECKING:
    from editor_app.core.site import Site
    from editor_app.publish.wordpress import WordPressClient
    from editor_app.storage.store import DraftStore

log = logging.getLogger(__name__)

PREVIEWS = "previews"
MSG_NO_SITE = QT_TRANSLATE_NOOP("Preview", "No site to take the look from: a plain page is shown.")


@dataclass
class PreviewResult:
    path: Path
    site: Site | None
    style: SiteStyle | None
    fetched: bool = False  # the site's look was fetched now
    warnings: list[UserMessage] = field(default_factory=list)


def connect_site(site: Site) -> WordPressClient:
    from editor_app.publish.workflow_sync import connect_with_saved_password

    return connect_with_saved_password(site)


def pick_site(store: DraftStore, article: Article, name: str | None = None) -> Site | None:
    """The site named, else the article's own, else the only one (None: no site to take the look from)."""
    from editor_app.publish.store_bridge import find_site

    if name:
        return find_site(store, name)
    if article.site_id:
        site = find_site(store, article.site_id)
        if site is not None:
            return site
    sites = store.list_sites()
    return sites[0] if len(sites) == 1 else None


def write_preview(
    store: DraftStore,
    data_dir: Path,
    article: Article,
    site: Site | None,
    *,
    refresh: bool | None = None,
    connect: Callable[[Site], WordPressClient] = connect_site,
    when: datetime | None = None,
) -> PreviewResult:
    """Write the preview page of ``article`` (as given: the editor's current text) and say where it is.

    ``refresh``: True fetches the site's look now; None only when there is no copy yet; False never."""
    result = PreviewResult(data_dir / PREVIEWS / f"{article.id}.html", site, None)
    if site is None:
        result.warnings.append(UserMessage("Preview", MSG_NO_SITE))
    else:
        folder = style_folder(data_dir, site.id)
        result.style = load_site_style(folder)
        if refresh or (refresh is None and result.style is None):
            client = None
            try:
                client = connect(site)
                result.style = refresh_site_style(client, folder)
                result.fetched = True
            except QalamError as exc:  # offline, wrong password, a site that answers HTML errors…
                log.info("preview: the look of %s was not fetched (%r)", site.name, exc)
                result.warnings.append(exc.user_message)
            except OSError as exc:  # the data folder refused the copy (disk full…)
                log.warning("preview: the look of %s could not be kept (%s)", site.name, exc)
                result.warnings.append(
                    UserMessage("Preview", QT_TRANSLATE_NOOP("Preview", "Cannot write {path}: {reason}"),
                                {"path": str(folder), "reason": exc.strerror or str(exc)})
                )
            finally:
                if client is not None:
                    client.close()
            if not result.fetched and result.style is not None:
                result.warnings.append(old_style_message(result.style))
        if result.style is None:
            result.warnings.append(no_style_message())

    def media(media_id: str) -> MediaItem | None:
        try:
            item: MediaItem = store.get_media(media_id, with_data=True)
        except QalamError:
            return None
        return item

    style = result.style.preview(site.name if site is not None else "") if result.style is not None else None
    if when is None and site is not None:
        from editor_app.publish.workflow_model import site_timezone

        when = (article.scheduled_at or datetime.now(UTC)).astimezone(site_timezone(site.timezone))
    page = render_preview(article, style, media=media, when=when,
                          site_direction=site.text_direction if site is not None else "")
    try:
        write_atomic(result.path, page.encode("utf-8"))
    except OSError as exc:
        raise QalamError(
            UserMessage(
                "Preview",
                QT_TRANSLATE_NOOP("Preview", "Cannot write {path}: {reason}"),
                {"path": str(result.path), "reason": exc.strerror or str(exc)},
            )
        ) from exc
    return result
