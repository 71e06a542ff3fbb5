"""`qalam sync`, `submit`, `withdraw`, `inbox`, `note`, `return` and `approve`: the editorial workflow.

Every action is recorded in the local store and queued in the outbox first, then sent at
once when the site can be reached. Exit codes: 0 done, 75 queued (the site could not be
reached; `qalam sync` sends it later), 1 error. A reporter and an editor can share one
machine with separate ``--data-dir`` folders and separate site users; scripts give the
application password in ``QALAM_PASSWORD``.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from editor_app.cli.context import CliContext
from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.iri import readable_url
from editor_app.errors import QalamError

if TYPE_CHECKING:
    from editor_app.core.site import Site
    from editor_app.publish.http import HttpClient
    from editor_app.publish.wordpress import WordPressClient
    from editor_app.publish.workflow_sync import ActionResult, WorkflowOutbox, WorkflowService
    from editor_app.storage.store import DraftStore

CTX = "WorkflowCli"
EXIT_QUEUED = 75


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sync", help="send queued workflow actions; pull categories, tags, the review inbox, "
                                    "the status of my submissions and review notes")
    p.add_argument("--site", metavar="NAME", help="only this site (default: every site)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--full", action="store_true",
                   help="list every category and tag again (otherwise only when the site says they changed)")
    p.set_defaults(handler=run_sync)

    p = sub.add_parser("submit", help="submit a draft for review (pending on the site)")
    p.add_argument("id", help="draft id (or a unique prefix)")
    p.add_argument("--site", metavar="NAME", help="site to submit to (default: the article's site)")
    p.add_argument("--note", metavar="TEXT", default="", help="a note for the editor")
    p.set_defaults(handler=run_submit)

    p = sub.add_parser("withdraw", help="take a submitted draft back to edit it")
    p.add_argument("id")
    p.add_argument("--site", metavar="NAME")
    p.set_defaults(handler=run_withdraw)

    p = sub.add_parser("inbox", help="articles waiting for review (works offline after qalam sync)")
    p.add_argument("--site", metavar="NAME")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run_inbox)

    p = sub.add_parser("changes", help="word-level changes since the article was submitted for review")
    p.add_argument("id")
    p.add_argument("--site", metavar="NAME")
    p.add_argument("--notes", action="store_true", help="also print the review notes")
    p.add_argument("--json", action="store_true", help="machine-readable output (the changes and the notes)")
    p.set_defaults(handler=run_changes)

    p = sub.add_parser("note", help="add a review note to an article")
    p.add_argument("id")
    p.add_argument("text")
    p.add_argument("--site", metavar="NAME")
    p.set_defaults(handler=run_note)

    p = sub.add_parser("return", help="editor: return an article to its reporter with a note")
    p.add_argument("id")
    p.add_argument("--note", metavar="TEXT", required=True)
    p.add_argument("--site", metavar="NAME")
    p.set_defaults(handler=run_return)

    p = sub.add_parser("approve", help="editor: approve an article (it stays pending until published)")
    p.add_argument("id")
    p.add_argument("--site", metavar="NAME")
    p.set_defaults(handler=run_approve)


# --- plumbing ------------------------------------------------------------------------------------


def _readable(row: dict[str, Any]) -> dict[str, Any]:
    """A JSON row with its post link (``url``) as a reader reads it (Arabic, not percent-escapes)."""
    if not row.get("url"):
        return row
    return {**row, "url": readable_url(str(row["url"]))}


def connect(site: Site, http: HttpClient | None = None) -> WordPressClient:
    from editor_app.publish.workflow_sync import connect_with_saved_password

    return connect_with_saved_password(site, http)


@contextmanager
def _open(ctx: CliContext) -> Iterator[tuple[DraftStore, WorkflowOutbox]]:
    from editor_app.publish.credentials import get_password
    from editor_app.publish.workflow_sync import WorkflowOutbox
    from editor_app.storage.store import DraftStore

    def password(site: Site) -> str | None:
        found = get_password(site.url, site.username)
        return found[0].reveal() if found else None

    drafts = DraftStore.open(ctx.paths)
    outbox = WorkflowOutbox(drafts, password=password)
    try:
        outbox.recover()
        yield drafts, outbox
    finally:
        outbox.close()
        drafts.close(backup=False)


def _service(ctx: CliContext, drafts: DraftStore, site_name: str | None,
             article_ref: str | None, http: HttpClient | None = None) -> WorkflowService:
    from editor_app.publish.workflow_store import WorkflowStore
    from editor_app.publish.workflow_sync import WorkflowService

    store = WorkflowStore(drafts)
    site = store.site(site_name) if site_name else None
    if site_name and site is None:
        raise QalamError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "WorkflowCli", "No site named {name}: add it with qalam sites add."), {"name": site_name}))
    if site is None and article_ref:
        article = store.find_article(article_ref)
        if article is not None and article.site_id:
            site = store.site(article.site_id)
    if site is None:
        sites = drafts.list_sites()
        if len(sites) == 1:
            site = sites[0]
    if site is None:
        raise QalamError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "WorkflowCli", "Say which site with --site NAME.")))
    service = WorkflowService(store, site, functools.partial(connect, http=http))
    if not site.roles:  # added with --no-check: learn the role now if the site can be reached
        from editor_app.publish.errors import PublishError

        try:
            service.refresh_site()
        except PublishError as exc:
            ctx.err(ctx.translate("WorkflowCli", "warning: {text}").format(text=ctx.say(exc.user_message)))
    return service


def _say_all(ctx: CliContext, messages: list[UserMessage]) -> None:
    seen: set[str] = set()
    for msg in messages:
        text = ctx.say(msg)
        if text not in seen:
            seen.add(text)
            ctx.err(ctx.translate("WorkflowCli", "warning: {text}").format(text=text))


def _send(ctx: CliContext, outbox: WorkflowOutbox, result: ActionResult) -> int:
    """Send the queued item now; 75 when it stays queued."""
    from editor_app.core.outbox import OutboxState, message_from_result

    _say_all(ctx, result.warnings)
    if result.item is None:
        return 0
    outcome = None
    for o in outbox.process_due().outcomes:
        if o.item.id == result.item.id:
            outcome = o
    item = outcome.item if outcome else outbox.store.get_outbox_item(result.item.id)
    if item.state is OutboxState.DONE:
        res = item.result or {}
        ctx.out(ctx.translate("WorkflowCli", "Sent: post {remote_id} is now {status}.").format(
            remote_id=res.get("remote_id", "?"), status=res.get("status") or res.get("outcome", "")))
        return 0
    msg = message_from_result(item.result)
    reason = ctx.say(msg) if msg else (item.last_error or "")
    if item.state is OutboxState.QUEUED:
        ctx.err(ctx.translate("WorkflowCli", "Queued: it will be sent by qalam sync ({reason})").format(
            reason=reason))
        return EXIT_QUEUED
    if item.state is OutboxState.CONFLICT:
        ctx.err(ctx.translate("WorkflowCli", "Not sent: {reason}").format(reason=reason))
        return 1
    ctx.err(ctx.translate("WorkflowCli", "Failed: {reason}").format(reason=reason))
    return 1


def _article_line(ctx: CliContext, article_id: str, title: str, state_label: str) -> str:
    return f"{article_id[:8]}  {state_label:<10}  {title}"


# --- commands --------------------------------------------------------------------------------------


def _refresh_style(ctx: CliContext, service: WorkflowService, *, force: bool) -> bool:
    """The site's look for `qalam preview`, fetched again when the kept copy is old (always with --full).
    A failure is only a warning: the sync itself went through."""
    from editor_app.publish.site_style import refresh_if_stale, refresh_site_style, style_folder

    try:
        if force:
            refresh_site_style(service.client, style_folder(ctx.paths.data_dir, service.site.id))
            return True
        return refresh_if_stale(service.client, ctx.paths.data_dir, service.site.id) is not None
    except (QalamError, OSError) as exc:
        reason = ctx.say(exc.user_message) if isinstance(exc, QalamError) else (exc.strerror or str(exc))
        text = ctx.translate("WorkflowCli", "{site}: the look of the site was not fetched ({reason})")
        ctx.err(text.format(site=service.site.name, reason=reason))
        return False


def run_sync(ctx: CliContext) -> int:
    from editor_app.publish.errors import PublishError
    from editor_app.publish.workflow_store import WorkflowStore
    from editor_app.publish.workflow_sync import WorkflowService

    args = ctx.args
    payload: list[dict[str, Any]] = []
    code = 0
    with _open(ctx) as (drafts, outbox):
        store = WorkflowStore(drafts)
        if args.site:
            site = store.site(args.site)
            if site is None:
                raise QalamError(UserMessage(CTX, QT_TRANSLATE_NOOP(
                    "WorkflowCli", "No site named {name}: add it with qalam sites add."),
                    {"name": args.site}))
            sites = [site]
        else:
            sites = drafts.list_sites()
        if not sites:
            raise QalamError(UserMessage(CTX, QT_TRANSLATE_NOOP(
                "WorkflowCli", "No site yet: add one with qalam sites add.")))
        for site in sites:
            # Through the outbox's HTTP client: one connection pool and one TLS context for the command.
            service = WorkflowService(store, site, functools.partial(connect, http=outbox.http))
            try:
                report = service.sync(outbox, full_terms=args.full)
                style_fetched = _refresh_style(ctx, service, force=args.full)
            except PublishError as exc:
                ctx.err(ctx.translate("WorkflowCli", "{site}: {reason}").format(
                    site=site.name, reason=ctx.say(exc.user_message)))
                code = EXIT_QUEUED if exc.transient else 1
                continue
            finally:
                service.close()
            if args.json:
                payload.append({
                    "site": site.name, "role": service.actor.role.value, "companion": site.has_plugin,
                    "timezone": site.timezone, "categories": report.categories, "tags": report.tags,
                    "term_changes": report.term_changes,
                    "sent": [_readable(s) for s in report.sent],
                    "pulled": report.pulled, "notes_added": report.notes_added,
                    "conflicts": report.conflicts, "inbox": [i.to_json() for i in report.inbox],
                    "site_style_fetched": style_fetched,
                    "mine": [_readable(m.to_json()) for m in report.mine],
                    "warnings": [ctx.say(w) for w in report.warnings],
                })
                continue
            counts = [
                ctx.plural(CTX, text, n) for text, n in (
                    (QT_TRANSLATE_NOOP("WorkflowCli", "%n categories", "", 1), report.categories),
                    (QT_TRANSLATE_NOOP("WorkflowCli", "%n tags", "", 1), report.tags),
                    (QT_TRANSLATE_NOOP("WorkflowCli", "%n action(s) sent", "", 1), len(report.sent)),
                    (QT_TRANSLATE_NOOP("WorkflowCli", "%n article(s) pulled", "", 1), report.pulled),
                    (QT_TRANSLATE_NOOP("WorkflowCli", "%n new note(s)", "", 1), report.notes_added),
                )
            ]
            ctx.out(ctx.translate("WorkflowCli", "{site}: {counts}.").format(
                site=site.name, counts=ctx.translate("WorkflowCli", ", ").join(counts)))
            if service.is_editor:
                inbox = QT_TRANSLATE_NOOP("WorkflowCli", "Review inbox: %n article(s).", "", 1)
                ctx.out(ctx.plural(CTX, inbox, len(report.inbox)))
            for mine in report.mine:
                line = _article_line(ctx, mine.article_id, mine.title, ctx.state_label(mine.state.value))
                if mine.url:
                    line += f"  {readable_url(mine.url)}"
                if mine.scheduled_at:
                    line += "  " + ctx.fmt.stamp(mine.scheduled_at, service.timezone)
                ctx.out(line)
            for article_id in report.conflicts:
                ctx.err(ctx.translate(
                    "WorkflowCli", "{id}: changed here and on the site; your copy was kept, nothing was "
                    "overwritten.").format(id=article_id[:8]))
            _say_all(ctx, report.warnings)
    if args.json:
        ctx.json_out(payload)
    return code


def run_inbox(ctx: CliContext) -> int:
    """Read only: the plain-sqlite3 fast path when the store allows it (no HTTP client, keyring or ORM)."""
    from editor_app.cli.store_access import read_store
    from editor_app.publish.inbox_view import InboxItem, inbox_items

    args = ctx.args

    def read(drafts: Any) -> list[InboxItem]:
        found: list[InboxItem] = []
        for site in drafts.list_sites():
            if not args.site or site.name == args.site:
                found.extend(inbox_items(drafts, site))
        return found

    items = read_store(ctx, read)
    far = datetime.max.replace(tzinfo=UTC)
    items.sort(key=lambda i: (i.submitted_at or far, i.title))
    if ctx.json:
        ctx.json_out([i.to_json() for i in items])
        return 0
    if not items:
        ctx.out(ctx.translate("WorkflowCli", "Nothing waits for review (run qalam sync to refresh)."))
        return 0
    now = datetime.now(UTC)
    for item in items:
        age = item.age(now)
        hours = f"{age.total_seconds() / 3600:.1f}h" if age is not None else "?"
        ctx.out(f"{item.article_id[:8]}  {ctx.state_label(item.state.value):<10}  {hours:>6}  "
                f"{item.words:>5}  {item.author}  {', '.join(item.categories)}  {item.title}")
    return 0


def run_changes(ctx: CliContext) -> int:
    """The diff an editor (or a reporter whose article came back) reads: submitted → current."""
    from editor_app.core.diff import diff_words, has_changes, render_text
    from editor_app.core.plain_text import html_to_text

    args = ctx.args
    with _open(ctx) as (drafts, _outbox):
        service = _service(ctx, drafts, args.site, args.id)
        article = service.store.find_article(args.id)
        submitted = service.submitted_version(article.id) if article else None
        notes = service.notes(article.id) if article else []
    if article is None:
        raise QalamError(UserMessage(CTX, QT_TRANSLATE_NOOP("WorkflowCli", "No article with id {id}."),
                                     {"id": args.id}))

    def text(title: str, body: str) -> str:
        return f"{title}\n\n{html_to_text(body)}\n"

    ops = diff_words(text(submitted.title, submitted.body_html),
                     text(article.title, article.body_html)) if submitted is not None else []
    if ctx.json:
        ctx.json_out({
            "id": article.id, "title": article.title, "submitted": submitted is not None,
            "changed": has_changes(ops), "changes": [{"kind": op.kind.value, "text": op.text} for op in ops],
            "notes": [{"author": n.author, "created_at": n.created_at.isoformat(), "text": n.text}
                      for n in notes],
        })
        return 0
    if submitted is None:
        ctx.out(ctx.translate("WorkflowCli", "This article has no submitted version to compare with."))
        return 0
    if not has_changes(ops):
        ctx.out(ctx.translate("WorkflowCli", "No changes since it was submitted."))
    else:
        ctx.out(render_text(ops).rstrip("\n"))
    if args.notes:
        for note in notes:
            when = ctx.fmt.datetime(note.created_at)
            ctx.out(f"— {note.author} ({when}): {note.text}")
    return 0


def _act(ctx: CliContext, action: str) -> int:
    args = ctx.args
    with _open(ctx) as (drafts, outbox):
        service = _service(ctx, drafts, getattr(args, "site", None), args.id, outbox.http)
        try:
            if action == "submit":
                result = service.submit(args.id, args.note)
            elif action == "withdraw":
                result = service.withdraw(args.id)
            elif action == "note":
                result = service.add_note(args.id, args.text)
            elif action == "return":
                result = service.return_to_reporter(args.id, args.note)
            else:
                result = service.approve(args.id)
        finally:
            service.close()
        return _send(ctx, outbox, result)


def run_submit(ctx: CliContext) -> int:
    return _act(ctx, "submit")


def run_withdraw(ctx: CliContext) -> int:
    return _act(ctx, "withdraw")


def run_note(ctx: CliContext) -> int:
    return _act(ctx, "note")


def run_return(ctx: CliContext) -> int:
    return _act(ctx, "return")


def run_approve(ctx: CliContext) -> int:
    return _act(ctx, "approve")
