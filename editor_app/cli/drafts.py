"""`qalam drafts new|list|show|search|history|diff|restore|trash|untrash` (import/export: cli/transfer.py).

Every ID may be given as a unique prefix of the draft's id.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from dataclasses import asdict
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from editor_app.cli.context import CliContext
from editor_app.cli.store_access import open_store, read_store

__all__ = ["open_store", "register"]  # open_store lives in cli/store_access; kept here for callers
from editor_app.errors import QalamError


def _transfer_module() -> ModuleType | None:
    """``editor_app.cli.transfer`` adds ``drafts import`` and ``drafts export`` when it exists."""
    try:
        return importlib.import_module("editor_app.cli.transfer")
    except ImportError as exc:
        if exc.name != "editor_app.cli.transfer":
            raise  # the module exists but is broken: say so
        return None


if TYPE_CHECKING:  # imported lazily: keeps `qalam --help` fast
    from editor_app.core.importers import ImportResult


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("drafts", help="create, list, show, search, import, export and restore drafts")
    dsub = p.add_subparsers(dest="drafts_command", metavar="ACTION", required=True)

    new = dsub.add_parser("new", help="create a draft and print its id")
    new.add_argument("--title", default=None,
                     help="the headline (default: the body file's own headline, if it has one)")
    new.add_argument("--subtitle", default="")
    new.add_argument("--body-file", metavar="FILE",
                     help="body from a .docx, .md, .html or .txt file (- for stdin)")
    new.add_argument("--excerpt", default="")
    new.add_argument("--category", action="append", default=[], metavar="NAME")
    new.add_argument("--tag", action="append", default=[], metavar="NAME")
    new.set_defaults(handler=run_new)

    ls = dsub.add_parser("list", help="list drafts, newest first")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    which = ls.add_mutually_exclusive_group()
    which.add_argument("--trashed", action="store_true", help="only drafts in the trash")
    which.add_argument("--all", action="store_true", help="also drafts in the trash")
    ls.add_argument("--state", default=None, help="only drafts in this workflow state")
    ls.set_defaults(handler=run_list)

    show = dsub.add_parser("show", help="print a draft")
    show.add_argument("id")
    show.add_argument("--format", choices=("html", "markdown", "json"), default="markdown")
    show.add_argument("--revision", type=int, default=None, metavar="REV", help="an older revision")
    show.add_argument("--json", action="store_true", help="machine-readable output (as --format json)")
    show.set_defaults(handler=run_show)

    search = dsub.add_parser("search", help="search every draft (Arabic-aware); exit 1 when nothing matches")
    search.add_argument("query")
    search.add_argument("--json", action="store_true", help="machine-readable output")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--trashed", action="store_true", help="search the trash too")
    search.add_argument("--fuzzy", action="store_true", help="also search the suggested spellings")
    search.set_defaults(handler=run_search)

    history = dsub.add_parser("history", help="list a draft's revisions")
    history.add_argument("id")
    history.add_argument("--json", action="store_true", help="machine-readable output")
    history.set_defaults(handler=run_history)

    diff = dsub.add_parser("diff", help="word-level changes between two revisions")
    diff.add_argument("id")
    diff.add_argument("a", type=int, metavar="REV_A")
    diff.add_argument("b", type=int, metavar="REV_B")
    diff.add_argument("--html", action="store_true", help="an HTML fragment (right to left) instead of text")
    diff.add_argument("--json", action="store_true", help="machine-readable output: the list of changes")
    diff.set_defaults(handler=run_diff)

    restore = dsub.add_parser("restore", help="bring back a revision (as a new revision)")
    restore.add_argument("id")
    restore.add_argument("rev", type=int, metavar="REV")
    restore.set_defaults(handler=run_restore)

    trash = dsub.add_parser("trash", help="move a draft to the trash")
    trash.add_argument("id")
    trash.set_defaults(handler=run_trash)

    untrash = dsub.add_parser("untrash", help="take a draft out of the trash")
    untrash.add_argument("id")
    untrash.set_defaults(handler=run_untrash)

    register_set(dsub)

    transfer = _transfer_module()
    if transfer is not None:
        transfer.register_drafts_subcommands(dsub)


def _when(ctx: CliContext, value: Any) -> str:
    return ctx.fmt.stamp(value)  # in the digits the reader chose (Arabic-Indic by default in Arabic)


def _read_body(path_text: str, *, find_title: bool) -> ImportResult:
    """The body (every paragraph) of a .docx/.md/.html/.txt file, other text, or stdin (``-``).

    ``find_title``: take the file's headline for the title (only when ``--title`` is not given)."""
    from editor_app.core import importers
    from editor_app.core.import_formats import FORMATS

    if path_text == "-":
        return importers.import_bytes(sys.stdin.buffer.read(), "txt", name="stdin", strip_boilerplate=False,
                                      find_title=find_title)
    path = Path(path_text)
    if path.suffix.lower() in FORMATS:
        return importers.import_file(path, strip_boilerplate=False, find_title=find_title)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise QalamError(str(exc)) from exc
    return importers.import_bytes(data, "txt", name=path.name, strip_boilerplate=False, find_title=find_title)


def run_new(ctx: CliContext) -> int:
    from editor_app.core.arabic_text import strip_bidi_controls
    from editor_app.core.article import Article

    a = ctx.args
    title, subtitle, body = a.title, a.subtitle, ""
    if a.body_file:
        found = _read_body(a.body_file, find_title=a.title is None)
        body = found.body_html
        if a.title is None:
            title, subtitle = found.title, subtitle or found.subtitle
    article = Article(title=strip_bidi_controls(title or ""), subtitle=strip_bidi_controls(subtitle),
                      body_html=body, excerpt=strip_bidi_controls(a.excerpt),
                      categories=[strip_bidi_controls(c) for c in a.category],
                      tags=[strip_bidi_controls(t) for t in a.tag])
    with open_store(ctx) as store:
        created = store.create(article)
    ctx.out(created.id)
    return 0


def _summary_json(d: Any) -> dict[str, Any]:
    out = asdict(d)
    for key in ("created_at", "updated_at", "trashed_at"):
        out[key] = out[key].isoformat() if out[key] is not None else None
    return out


def run_list(ctx: CliContext) -> int:
    a = ctx.args
    trashed: bool | None = True if a.trashed else (None if a.all else False)
    drafts = read_store(ctx, lambda store: store.list_drafts(trashed=trashed, state=a.state))
    if ctx.json:
        ctx.json_out([_summary_json(d) for d in drafts])
        return 0
    if not drafts:
        ctx.out(ctx.translate("Drafts", "No drafts."))
        return 0
    lines = []
    labels: dict[str, str] = {}  # the state's name in the reader's language (JSON keeps the raw value)
    for d in drafts:
        mark = " 🗑" if d.is_trashed else ""
        words = ctx.fmt.number(d.word_count)
        state = labels.get(d.state) or labels.setdefault(d.state, ctx.state_label(d.state))
        lines.append(f"{d.id[:8]}  {state:<10} {_when(ctx, d.updated_at)}  {words:>6}  {d.title}{mark}")
    ctx.out("\n".join(lines))
    return 0


def run_show(ctx: CliContext) -> int:
    from editor_app.core import exporters
    from editor_app.core.plain_text import article_word_count
    from editor_app.storage.convert import article_to_dict

    a = ctx.args

    def read(store: Any) -> Any:
        article_id = store.resolve_id(a.id)
        article = store.get(article_id)
        edited = store.changed_since_published(article_id)
        if a.revision is not None:
            rev = store.revision(article_id, a.revision)
            article = article.copy(title=rev.title, subtitle=rev.subtitle, body_html=rev.body_html,
                                   excerpt=rev.excerpt, categories=list(rev.categories), tags=list(rev.tags))
        return article, edited

    article, edited = read_store(ctx, read)
    if ctx.json or a.format == "json":
        from editor_app.core.iri import readable_url

        data = {**article_to_dict(article), "word_count": article_word_count(article.body_html),
                "changed_since_published": edited}
        if data.get("remote_url"):
            data["remote_url"] = readable_url(str(data["remote_url"]))  # as a reader reads it
        ctx.json_out(data)
    elif a.format == "html":
        ctx.out(exporters.export_html(article))
    else:
        ctx.out(exporters.export_markdown(article))
    return 0


def run_search(ctx: CliContext) -> int:
    a = ctx.args
    trashed = None if a.trashed else False

    def read(store: Any) -> tuple[list[Any], str, str]:
        from editor_app.cli.search_hints import index_note, widen  # "did you mean", --fuzzy, index update

        hits = store.search(a.query, limit=max(1, a.limit), trashed=trashed)
        hits, note = widen(ctx, store, hits, limit=max(1, a.limit), trashed=trashed)
        return hits, note, index_note(ctx, store)

    hits, note, updating = read_store(ctx, read)
    if updating:
        ctx.err(updating)
    if ctx.json:
        ctx.json_out([{
            "id": h.article_id, "title": h.title, "state": h.state, "site_id": h.site_id,
            "updated_at": h.updated_at.isoformat(), "score": h.score, "snippet": h.snippet,
            "highlights": [list(x) for x in h.highlights], "trashed": h.trashed,
        } for h in hits])
        if note:
            ctx.err(note)
        return 0
    if not hits:
        ctx.out(ctx.translate("Drafts", "Nothing found."))
        if note:
            ctx.out(note)
        return 1
    tty = sys.stdout.isatty()
    for h in hits:
        snippet = h.snippet
        if tty:
            for start, end in reversed(h.highlights):
                snippet = f"{snippet[:start]}\x1b[1;7m{snippet[start:end]}\x1b[0m{snippet[end:]}"
        ctx.out(f"{h.article_id[:8]}  {h.title}")
        if snippet:
            ctx.out(f"          {snippet}")
    if note:
        ctx.out(note)
    return 0


def run_history(ctx: CliContext) -> int:
    revisions = read_store(ctx, lambda store: store.history(store.resolve_id(ctx.args.id)))
    if ctx.json:
        ctx.json_out([{
            "number": r.number, "kind": r.kind.value, "created_at": r.created_at.isoformat(),
            "updated_at": r.updated_at.isoformat(), "title": r.title, "words": r.word_count, "note": r.note,
            "restored_from": r.restored_from, "kept_forever": r.kept_forever,
        } for r in revisions])
        return 0
    for r in revisions:
        # What made it and Qalam's own notes in the reader's language, as the history window shows them.
        shown = r.note_message()
        note = "" if shown is None else f"  ({shown if isinstance(shown, str) else ctx.say(shown)})"
        ctx.out(f"{ctx.fmt.number(r.number):>4}  {ctx.say(r.label()):<8}  {_when(ctx, r.updated_at)}  "
                f"{ctx.fmt.number(r.word_count):>6}  {r.title}{note}")
    return 0


def run_diff(ctx: CliContext) -> int:
    from editor_app.core.diff import render_html, render_text

    a = ctx.args

    with open_store(ctx) as store:
        ops = store.diff(store.resolve_id(a.id), a.a, a.b)
    if ctx.json:
        ctx.json_out([{"kind": op.kind.value, "text": op.text} for op in ops])
    elif a.html:
        ctx.out(render_html(ops))
    elif sys.stdout.isatty():  # colours read better than brackets, which bidi may mirror
        from editor_app.core.diff import OpKind

        style = {OpKind.DELETE: "\x1b[9;31m", OpKind.INSERT: "\x1b[4;32m"}
        ctx.out("".join(f"{style[op.kind]}{op.text}\x1b[0m" if op.kind in style else op.text for op in ops))
    else:
        ctx.out(render_text(ops))
    return 0


def run_restore(ctx: CliContext) -> int:
    with open_store(ctx) as store:
        article_id = store.resolve_id(ctx.args.id)
        _, info = store.restore(article_id, ctx.args.rev)
    ctx.out(ctx.translate("Drafts", "Restored revision {old} as revision {new}.").format(
        old=ctx.fmt.number(ctx.args.rev), new=ctx.fmt.number(info.number)))
    return 0


def run_trash(ctx: CliContext) -> int:
    with open_store(ctx) as store:
        article = store.trash(store.resolve_id(ctx.args.id))
    ctx.out(ctx.translate("Drafts", "Moved to the trash: {title}").format(title=article.title))
    return 0


def run_untrash(ctx: CliContext) -> int:
    with open_store(ctx) as store:
        article = store.untrash(store.resolve_id(ctx.args.id))
    ctx.out(ctx.translate("Drafts", "Taken out of the trash: {title}").format(title=article.title))
    return 0


# --- drafts set: headline, excerpt, slug, categories, tags -------------------------------------------------


def register_set(dsub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = dsub.add_parser(
        "set", help="change a draft's headline, excerpt, slug, categories or tags (new ones are created on "
                    "the site when you publish)")
    p.add_argument("id", help="draft id (or a unique prefix)")
    p.add_argument("--title", metavar="T", help="the headline (not empty)")
    p.add_argument("--excerpt", metavar="E")
    p.add_argument("--slug", metavar="S", help="the web address part (at most 200 bytes once encoded); "
                                              "'' to let WordPress make it from the headline")
    p.add_argument("--category", action="append", default=[], metavar="NAME", help="add a category")
    p.add_argument("--remove-category", action="append", default=[], metavar="NAME")
    p.add_argument("--tag", action="append", default=[], metavar="NAME", help="add a tag")
    p.add_argument("--remove-tag", action="append", default=[], metavar="NAME")
    p.add_argument("--site", metavar="NAME", help="the site to compare the terms with (default: the draft's)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run_set)


def run_set(ctx: CliContext) -> int:
    """Every value is checked before anything is saved: a bad one is named and nothing changes."""
    from editor_app.core.article_edit import edit_metadata
    from editor_app.publish.site_terms import target_site, term_status

    a = ctx.args
    if not any(v is not None for v in (a.title, a.excerpt, a.slug)) and not any(
            (a.category, a.remove_category, a.tag, a.remove_tag)):
        ctx.err(ctx.translate("Drafts", "Nothing to change: give --title, --excerpt, --slug, --category, "
                                        "--tag, --remove-category or --remove-tag."))
        return 2
    with open_store(ctx) as store:
        article = store.get(store.resolve_id(a.id))
        edited = edit_metadata(article, title=a.title, excerpt=a.excerpt, slug=a.slug,
                               add_categories=a.category, remove_categories=a.remove_category,
                               add_tags=a.tag, remove_tags=a.remove_tag)
        if edited is not article and edited != article:
            store.save(edited, note="details")
        status = term_status(store, target_site(store, edited, a.site), edited)
    if a.json:
        ctx.json_out({
            "id": edited.id, "title": edited.title, "excerpt": edited.excerpt, "slug": edited.slug,
            "categories": list(edited.categories), "tags": list(edited.tags),
            "site": status.site_name if status else None,
            "new_categories": list(status.unknown_categories) if status else [],
            "new_tags": list(status.unknown_tags) if status else [],
            "refused_categories": list(status.refused_categories) if status else [],
        })
        return 0
    ctx.out(f"{edited.id[:8]}  {edited.title}")
    if edited.categories:
        ctx.out(ctx.translate("Drafts", "Categories: {names}").format(names=", ".join(edited.categories)))
    if edited.tags:
        ctx.out(ctx.translate("Drafts", "Tags: {names}").format(names=", ".join(edited.tags)))
    if status is not None:
        refused = set(status.refused_categories)
        site = status.site_name
        for name in status.unknown_categories:
            if name in refused:
                ctx.err(ctx.translate(
                    "Drafts", "warning: “{name}” is not a category on {site}, and your role there may not "
                              "create one: publishing will be refused.").format(name=name, site=site))
            else:
                ctx.out(ctx.translate(
                    "Drafts", "“{name}” is a new category for {site}: it is created when you "
                              "publish.").format(name=name, site=site))
        for name in status.unknown_tags:
            ctx.out(ctx.translate(
                "Drafts", "“{name}” is a new tag for {site}: it is created when you publish.").format(
                name=name, site=site))
    return 0

