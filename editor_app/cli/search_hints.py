"""`qalam drafts search`: "Did you mean …?" when a query finds little, and `--fuzzy` to search the
suggested spellings too (the words come from the drafts' own vocabulary: storage/search_vocab.py).

Kept out of cli/drafts.py so that the search command changes by two lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from editor_app.cli.context import CliContext
from editor_app.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from editor_app.core.search import SearchHit
    from editor_app.storage.store import DraftStore

FEW = 3  # fewer hits than this: look for a better spelling
MSG_UPDATING = QT_TRANSLATE_NOOP("Drafts", "The search index is being updated in the background (%n draft(s) to go): every draft is found meanwhile, but matches through attached prefixes may differ until it is done.", "", 1)  # noqa: E501


def index_note(ctx: CliContext, store: DraftStore) -> str:
    """While the search index is being rebuilt (after a stemmer update): a line for stderr, and the
    background rebuild started if none runs.

    Search answers at once rather than finishing the rebuild first (minutes on a large store): a reporter
    looking for a name wants the drafts now, and none is missing meanwhile (drafts not reindexed yet are
    found by their old index rows); what may differ is only matching through attached prefixes.
    """
    progress = store.search_index_status()
    if progress is None:
        return ""
    store.start_search_update()
    return ctx.plural("Drafts", MSG_UPDATING, progress.left)


def widen(ctx: CliContext, store: DraftStore, hits: list[SearchHit],
          **search: Any) -> tuple[list[SearchHit], str]:
    """``hits`` for ``ctx.args.query`` and a line to show after them: when they are few, what the user may
    have meant; with --fuzzy, the drafts those spellings find are added after the query's own."""
    a = ctx.args
    if len(hits) >= FEW:
        return hits, ""
    suggestions = store.suggest(a.query)
    if not suggestions:
        return hits, ""
    arabic = any("\u0600" <= c <= "\u06ff" for c in a.query)
    words = ("، " if arabic else ", ").join(suggestions)
    if not a.fuzzy:
        return hits, ctx.translate("Drafts", "Did you mean: {words}? (--fuzzy searches them too)").format(
            words=words)
    seen = {h.article_id for h in hits}
    merged = list(hits)
    for suggestion in suggestions:
        for hit in store.search(suggestion, **search):
            if hit.article_id not in seen:
                seen.add(hit.article_id)
                merged.append(hit)
    note = ""
    if len(merged) > len(hits):
        note = ctx.translate("Drafts", "Also showing drafts with: {words}").format(words=words)
    return merged[: search.get("limit", len(merged))], note
