"""`qalam posts list` and `qalam posts open`: the posts that already live on a site.

``list`` shows the site's posts (newest change first; ``--search`` is WordPress's own search);
``open`` makes (or refreshes) the local draft linked to one of them: publishing that draft
updates the same post. Links are printed as a reader reads them (Arabic, not percent-escapes).
Heavy modules (the store, the HTTP client) are imported inside the commands: `qalam --help` stays fast.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from editor_app.cli.context import CliContext
from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.errors import QalamError

if TYPE_CHECKING:
    from editor_app.core.site import Site
    from editor_app.storage.store import DraftStore

STATUS_CHOICES = ("publish", "draft", "pending", "future", "private")


# A post's status as the "Open from Site" window names it (one translation for both).
_STATUSES = {
    "publish": QT_TRANSLATE_NOOP("OpenFromSiteDialog", "Published"),
    "future": QT_TRANSLATE_NOOP("OpenFromSiteDialog", "Scheduled"),
    "draft": QT_TRANSLATE_NOOP("OpenFromSiteDialog", "Draft"),
    "pending": QT_TRANSLATE_NOOP("OpenFromSiteDialog", "Pending review"),
    "private": QT_TRANSLATE_NOOP("OpenFromSiteDialog", "Private"),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("posts", help="list, search and open the posts on a site")
    psub = p.add_subparsers(dest="posts_command", metavar="ACTION", required=True)

    ls = psub.add_parser("list", help="the site's posts, newest change first")
    ls.add_argument("--site", metavar="NAME", help="the site (default: the only one)")
    ls.add_argument(
        "--search", metavar="TEXT", default="", help="only posts with this text (the site's own search)"
    )
    ls.add_argument("--status", choices=STATUS_CHOICES, default=None, help="only posts with this status")
    ls.add_argument("--author", choices=("me",), default=None, help="only my posts")
    ls.add_argument("--limit", type=int, default=20, metavar="N", help="at most N posts (default 20)")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    ls.set_defaults(handler=run_list)

    op = psub.add_parser(
        "open", help="make (or refresh) the local draft of a post; publishing it updates the same post"
    )
    op.add_argument("post_id", type=int, metavar="POST_ID", help="the post's id on the site")
    op.add_argument("--site", metavar="NAME", help="the site (default: the only one)")
    op.add_argument("--json", action="store_true", help="machine-readable output")
    op.set_defaults(handler=run_open)


def _site(ctx: CliContext, store: DraftStore, name: str | None) -> Site:
    from editor_app.cli.sites import site_or_fail

    if name:
        return site_or_fail(ctx, store, name)
    sites = store.list_sites()
    if len(sites) == 1:
        return sites[0]
    if not sites:
        raise QalamError(ctx.translate("Posts", "No site yet: add one with `qalam sites add`."))
    raise QalamError(
        ctx.translate("Posts", "Which site? Give --site NAME (one of: {names}).").format(
            names=", ".join(s.name for s in sites)
        ),
        exit_code=2,
    )


def _modified(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value).replace(tzinfo=UTC) if value else None
    except ValueError:
        return None


def run_list(ctx: CliContext) -> int:
    from editor_app.cli.sites import open_store
    from editor_app.core.iri import readable_url
    from editor_app.publish.site_posts import list_posts
    from editor_app.publish.workflow_sync import connect_with_saved_password

    args = ctx.args
    limit = max(1, args.limit)
    with open_store(ctx) as store:
        site = _site(ctx, store, args.site)
    client = connect_with_saved_password(site)
    try:
        posts: list[Any] = []
        page, total = 1, 0
        while len(posts) < limit:
            result = list_posts(
                client,
                search=args.search,
                status=args.status,
                mine=args.author == "me",
                page=page,
                per_page=min(100, limit),
            )
            posts.extend(result.posts)
            total = result.total
            if page >= result.pages or not result.posts:
                break
            page += 1
    finally:
        client.close()
    posts = posts[:limit]
    if args.json:
        ctx.json_out(
            [
                {
                    "id": p.id,
                    "title": p.title,
                    "status": p.status,
                    "author": p.author_name,
                    "author_id": p.author,
                    "modified": p.modified_gmt + "Z" if p.modified_gmt else None,
                    "link": readable_url(p.link),
                }
                for p in posts
            ]
        )
        return 0
    if not posts:
        ctx.out(ctx.translate("Posts", "No posts found."))
        return 0
    for p in posts:
        shown = ctx.fmt.stamp(_modified(p.modified_gmt))  # the reader's digits; "-" when the site gives none
        status = _STATUSES.get(p.status)
        status = ctx.translate("OpenFromSiteDialog", status) if status else p.status
        ctx.out(f"{p.id:>7}  {status:<8} {shown}  {p.author_name}  {p.title}")
        if p.link:
            ctx.out(f"         {readable_url(p.link)}")
    if total > len(posts):
        ctx.out(ctx.translate("Posts", "{shown} of {total} posts; --limit shows more.").format(
            shown=len(posts), total=total
        ))
    return 0


def run_open(ctx: CliContext) -> int:
    from editor_app.cli.sites import open_store
    from editor_app.core.iri import readable_url
    from editor_app.publish.site_posts import OpenOutcome, open_site_post
    from editor_app.publish.workflow_sync import connect_with_saved_password

    args = ctx.args
    with open_store(ctx) as store:
        site = _site(ctx, store, args.site)
        client = connect_with_saved_password(site)
        try:
            opened = open_site_post(store, client, site, args.post_id)
        finally:
            client.close()
    article = opened.article
    if args.json:
        ctx.json_out(
            {
                "id": article.id,
                "post_id": article.remote_id,
                "site": site.name,
                "title": article.title,
                "outcome": opened.outcome.value,
                "kept_revision": opened.kept_revision,
                "modified_gmt": article.remote_modified_gmt,
                "link": readable_url(article.remote_url),
                "message": ctx.say(opened.message),
            }
        )
        return 0
    ctx.out(f"{article.id[:8]}  {article.title}")
    if article.remote_url:
        ctx.out(f"          {readable_url(article.remote_url)}")
    # The id above is what scripts read; the news about the draft goes beside it, on stderr.
    notice = opened.outcome in (OpenOutcome.KEPT_BOTH, OpenOutcome.KEPT_LOCAL)
    (ctx.err if notice else ctx.out)(ctx.say(opened.message))
    return 0
