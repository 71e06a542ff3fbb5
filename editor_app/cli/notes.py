"""`qalam notes ID [--json]`: an article's review notes (author, time, text) from this computer's copy.

The notes are those `qalam sync` brought from the site (with the companion plugin) and those written
here; nothing is fetched, so it works offline. ID is the draft's id (a unique prefix is enough) or
the post's number on the site.
"""

from __future__ import annotations

import argparse
from typing import Any

from editor_app.cli.context import CliContext
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.errors import QalamError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("notes", help="an article's review notes, as `qalam sync` brought them")
    p.add_argument("id", help="the draft's id (or a unique prefix), or the post's number on the site")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run)


def _find(store: Any, ref: str) -> Any:
    ref = ref.strip()
    if ref.isdigit():
        # A post's number first: a draft id may start with the same digits (ids are hexadecimal).
        for summary in store.list_drafts(trashed=None):
            if summary.remote_id == int(ref):
                return store.get(summary.id)
    try:
        return store.get(store.resolve_id(ref))
    except QalamError:
        if not ref.isdigit():
            raise
    raise QalamError(UserMessage("Notes", QT_TRANSLATE_NOOP(
        "Notes", "No draft with id {id}, and no post {id} from a site in this data folder."), {"id": ref}))


def run(ctx: CliContext) -> int:
    from editor_app.cli.store_access import read_store

    def read(store: Any) -> tuple[Any, list[Any]]:
        article = _find(store, ctx.args.id)
        return article, store.notes(article.id)

    article, notes = read_store(ctx, read)
    if ctx.json:
        ctx.json_out({
            "id": article.id,
            "title": article.title,
            "remote_id": article.remote_id,
            "notes": [{"author": n.author, "created_at": n.created_at.isoformat(), "text": n.text,
                       "on_site": n.remote} for n in notes],
        })
        return 0
    ctx.out(f"{article.id[:8]}  {article.title}")
    if not notes:
        ctx.out(ctx.translate("Notes", "No review notes for this article yet (qalam sync brings the editor's "
                                       "notes)."))
        return 0
    for note in notes:
        when = ctx.fmt.stamp(note.created_at)  # in the reader's digits
        author = note.author or ctx.translate("Notes", "(unknown)")
        ctx.out(f"— {author} ({when}):")
        for line in note.text.splitlines() or [""]:
            ctx.out(f"  {line}")
    return 0
