"""`qalam preview ID [--site NAME] [--open] [--refresh]`: the article as its site will show it.

Writes ``<data>/previews/<id>.html`` (the site's own single-post page, stylesheets and fonts, with this
article in it; see ``publish/site_style.py``) and prints its path; ``--open`` also opens it in the
browser. Works offline from the site's look as last fetched (``qalam sync`` keeps it fresh).
Heavy modules are imported inside the command: `qalam --help` stays fast.
"""

from __future__ import annotations

import argparse

from editor_app.cli.context import CliContext
from editor_app.errors import QalamError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "preview", help="write the article as a page of its site (the theme's look) and print the path"
    )
    p.add_argument("id", help="the draft's id (a unique prefix is enough)")
    p.add_argument(
        "--site", metavar="NAME", help="the site whose look to use (default: the draft's, or the only one)"
    )
    p.add_argument("--open", action="store_true", help="also open the page in the web browser")
    p.add_argument("--refresh", action="store_true", help="fetch the site's look again first")
    p.set_defaults(handler=run_preview)


def run_preview(ctx: CliContext) -> int:
    from editor_app.cli.sites import open_store
    from editor_app.publish.preview_page import pick_site, write_preview

    args = ctx.args
    with open_store(ctx) as store:
        article = store.get(store.resolve_id(args.id))
        site = pick_site(store, article, args.site)
        if args.site and site is None:
            raise QalamError(
                ctx.translate("Sites", "No site named {name}. See `qalam sites list`.").format(name=args.site)
            )
        refresh = True if args.refresh else None
        result = write_preview(store, ctx.paths.data_dir, article, site, refresh=refresh)
    for warning in result.warnings:
        ctx.err(ctx.say(warning))
    ctx.out(str(result.path))
    if args.open:
        import webbrowser

        if not webbrowser.open(result.path.resolve().as_uri()):
            ctx.err(ctx.translate("Preview", "No web browser could be started; open the file above."))
    return 0
