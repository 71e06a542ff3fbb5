"""`qalam publish ID --site NAME [--at ISO-8601]`, `qalam outbox [--json]` and `qalam outbox flush`.

Exit codes: 0 published (the post's address is printed), 75 queued (the reason is printed;
the outbox sends it later), 1 refused (wrong password, not allowed, a conflict…).
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from editor_app.cli.context import CliContext
from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.core.iri import readable_url
from editor_app.core.outbox import OutboxItem, OutboxState, message_from_result
from editor_app.errors import QalamError

EXIT_QUEUED = 75  # EX_TEMPFAIL
ITEM_ACTIONS = ("show", "retry", "remove", "keep-mine", "take-theirs")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("publish", help="publish (or schedule) a draft on a site; 75 when it was queued")
    p.add_argument("id", help="the draft's id (a unique prefix is enough)")
    p.add_argument("--site", default=None, help="the site's name (default: the site the draft came from)")
    p.add_argument(
        "--at", metavar="ISO-8601", default=None, help="schedule for this time (e.g. 2026-12-01T08:00+03:00)"
    )
    p.add_argument("--submit", action="store_true", help="submit for review (pending) instead of publishing")
    p.set_defaults(handler=run_publish)

    o = sub.add_parser("outbox", help="show the publishing queue, or send it now with `flush`")
    o.add_argument(
        "action",
        nargs="?",
        choices=("flush", *ITEM_ACTIONS),
        help="flush: send every queued item now; show/retry/remove/keep-mine/take-theirs ITEM: one item",
    )
    o.add_argument("item", nargs="?", type=int, help="the item number (from `qalam outbox`)")
    o.add_argument("--json", action="store_true", help="machine-readable output")
    o.set_defaults(handler=run_outbox)


def parse_when(ctx: CliContext, text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise QalamError(
            ctx.translate("Publish", "“{text}” is not a date and time like 2026-12-01T08:00+03:00.").format(
                text=text
            ),
            exit_code=2,
        ) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the computer's local time zone
    return moment.astimezone(UTC)


def _outbox(store: Any) -> Any:
    # The workflow's outbox sends its own items (workflow:*) too, instead of taking them for publishes.
    from editor_app.publish.workflow_sync import WorkflowOutbox

    return WorkflowOutbox(store)


def _why(ctx: CliContext, item: OutboxItem) -> str:
    msg = message_from_result(item.result)
    if msg is not None:
        return ctx.say(msg)
    return item.last_error or ""


def run_publish(ctx: CliContext) -> int:
    from editor_app.cli.sites import open_store, site_or_fail

    args = ctx.args
    at = parse_when(ctx, args.at)
    with open_store(ctx) as store:
        article_id = store.resolve_id(args.id)
        site = site_or_fail(ctx, store, args.site or store.get(article_id).site_id or "")
        outbox = _outbox(store)
        try:
            outcome = outbox.publish_now(article_id, site.id, "submit" if args.submit else "publish", at=at)
        finally:
            outbox.close()
    item = outcome.item
    if item.state is OutboxState.DONE and outcome.result is not None:
        for name in outcome.result.created_categories:
            ctx.err(
                ctx.translate("Publish", "Created the category “{name}” on {site}.").format(
                    name=name, site=site.name
                )
            )
        ctx.out(readable_url(outcome.result.url))
        return 0
    if item.state is OutboxState.QUEUED:
        ctx.out(ctx.translate("Publish", "Queued: {why}").format(why=_why(ctx, item)))
        return EXIT_QUEUED
    if item.state is OutboxState.CONFLICT:
        ctx.err(
            ctx.translate(
                "Publish",
                "Not published: the post was changed on the site. Open the draft in Qalam to compare.",
            )
        )
        return 1
    ctx.err(ctx.translate("Publish", "Not published: {why}").format(why=_why(ctx, item)))
    return 1


def _row(item: OutboxItem, titles: dict[str, str], sites: dict[str, str]) -> dict[str, Any]:
    result = item.result or {}
    return {
        "id": item.id,
        "article_id": item.article_id,
        "title": titles.get(item.article_id, ""),
        "site": sites.get(item.site_id, item.site_id),
        "action": item.action,
        "state": item.state.value,
        "attempts": item.attempts,
        "next_attempt_at": item.next_attempt_at.isoformat() if item.next_attempt_at else None,
        "last_error": item.last_error,
        "url": readable_url(result.get("url")) or None,
        "remote_id": result.get("remote_id"),
    }


def _show(ctx: CliContext, item: OutboxItem) -> int:
    """One item in full: for a conflict, both versions as a diff (site → mine)."""
    result = dict(item.result or {})
    if result.get("url"):
        result["url"] = readable_url(str(result["url"]))
    if ctx.json:
        ctx.json_out(
            {
                "id": item.id,
                "article_id": item.article_id,
                "action": item.action,
                "state": item.state.value,
                "attempts": item.attempts,
                "result": result,
            }
        )
        return 0
    state, action = _item_words(ctx, item)
    ctx.out(f"#{item.id} {state} {action} {item.article_id}")
    if item.state is not OutboxState.DONE and (item.result or item.last_error):
        ctx.out(_why(ctx, item))
    if item.state is OutboxState.CONFLICT and result.get("diff"):
        ctx.out(str(result["diff"]))
    elif result.get("url"):
        ctx.out(str(result["url"]))
    return 0


def _item_action(ctx: CliContext, outbox: Any) -> None:
    item_id = ctx.args.item
    if item_id is None:
        raise QalamError(
            ctx.translate("Publish", "Give the item number, as `qalam outbox` shows it (#12)."), exit_code=2
        )
    outbox.store.get_outbox_item(item_id)  # a clear error for an unknown number
    action = ctx.args.action
    if action == "show":
        return
    if action == "remove":
        outbox.cancel(item_id)
        return
    if action == "retry":
        outbox.retry(item_id)
    elif action == "keep-mine":
        outbox.keep_mine(item_id)
    else:
        outbox.take_theirs(item_id)
        return
    outbox.process_due()


def _titles(store: Any, items: list[OutboxItem]) -> dict[str, str]:
    titles: dict[str, str] = {}
    for item in items:
        if item.article_id not in titles:
            try:
                titles[item.article_id] = store.get(item.article_id).title
            except QalamError:
                titles[item.article_id] = ""
    return titles


def run_outbox(ctx: CliContext) -> int:
    if ctx.args.action is None:  # only reading: the quick path
        from editor_app.cli.store_access import read_store

        def read(store: Any) -> tuple[list[OutboxItem], dict[str, str], dict[str, str]]:
            items = store.outbox_items()
            return items, {s.id: s.name for s in store.list_sites()}, _titles(store, items)

        items, sites, titles = read_store(ctx, read)
        return _print_outbox(ctx, items, sites, titles, 0)
    from editor_app.cli.sites import open_store

    with open_store(ctx) as store:
        outbox = _outbox(store)
        try:
            code = 0
            if ctx.args.action in ITEM_ACTIONS:
                _item_action(ctx, outbox)
                if ctx.args.action == "show":
                    return _show(ctx, outbox.store.get_outbox_item(ctx.args.item))
            if ctx.args.action == "flush":
                outbox.recover()
                report = outbox.flush()
                if not ctx.json:
                    sent = QT_TRANSLATE_NOOP("Publish", "%n sent", "", 1)
                    queued = QT_TRANSLATE_NOOP("Publish", "%n still queued", "", 1)
                    failed = QT_TRANSLATE_NOOP("Publish", "%n failed", "", 1)
                    ctx.out(ctx.translate("Publish", "{sent}, {queued}, {failed}.").format(
                        sent=ctx.plural("Publish", sent, report.done),
                        queued=ctx.plural("Publish", queued, report.queued),
                        failed=ctx.plural("Publish", failed, report.failed),
                    ))
                code = 1 if report.failed else (EXIT_QUEUED if report.queued else 0)
            items = outbox.items()
            sites = {s.id: s.name for s in store.list_sites()}
            titles = _titles(store, items)
        finally:
            outbox.close()
    return _print_outbox(ctx, items, sites, titles, code)


# The publishing queue's words for an item's state and action (the window's: one translation serves both).
_STATES = {
    OutboxState.QUEUED: QT_TRANSLATE_NOOP("PublishQueue", "queued"),
    OutboxState.RUNNING: QT_TRANSLATE_NOOP("PublishQueue", "sending"),
    OutboxState.DONE: QT_TRANSLATE_NOOP("PublishQueue", "sent"),
    OutboxState.FAILED: QT_TRANSLATE_NOOP("PublishQueue", "failed"),
    OutboxState.CONFLICT: QT_TRANSLATE_NOOP("PublishQueue", "changed on the site"),
}
_ACTIONS = {
    "publish": QT_TRANSLATE_NOOP("PublishQueue", "publish"),
    "submit": QT_TRANSLATE_NOOP("PublishQueue", "submit for review"),
    "update": QT_TRANSLATE_NOOP("PublishQueue", "update"),
    "draft": QT_TRANSLATE_NOOP("PublishQueue", "draft"),
}


def _item_words(ctx: CliContext, item: OutboxItem) -> tuple[str, str]:
    state = _STATES.get(item.state)
    action = _ACTIONS.get(str(item.action))
    return (ctx.translate("PublishQueue", state) if state else str(item.state.value),
            ctx.translate("PublishQueue", action) if action else str(item.action))


def _print_outbox(ctx: CliContext, items: list[OutboxItem], sites: dict[str, str], titles: dict[str, str],
                  code: int) -> int:
    rows = [_row(i, titles, sites) for i in items]
    if ctx.json:
        ctx.json_out(rows)
        return code
    if ctx.args.action != "flush":
        if not rows:
            ctx.out(ctx.translate("Publish", "The outbox is empty."))
        for r, item in zip(rows, items, strict=True):
            state, action = _item_words(ctx, item)
            line = f"#{r['id']} {state:<8} {action:<7} {r['site']}  {r['title'] or r['article_id']}"
            if r["attempts"]:
                line += "  " + ctx.plural(
                    "Publish", QT_TRANSLATE_NOOP("Publish", "(%n attempt(s))", "", 1), r["attempts"])
            ctx.out(line)
            if item.state is OutboxState.DONE and r["url"]:
                ctx.out(f"    {r['url']}")
            elif item.state is not OutboxState.DONE and (item.result or item.last_error):
                ctx.out(f"    {_why(ctx, item)}")
    return code
