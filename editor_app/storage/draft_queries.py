"""The drafts list and id lookups as SQL text, shared by the SQLAlchemy store (``drafts_repo``) and the
plain-sqlite3 reader (``quick_read``), so both answer exactly the same. No SQLAlchemy import."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import MISSING, fields
from typing import Any

from editor_app.core.draft_summary import DraftSummary, edited_since_published
from editor_app.errors import QalamError
from editor_app.storage.plain_sql import parse_time

SUMMARY_COLUMNS = ("id, title, state, site_id, created_at, updated_at, trashed_at, word_count, remote_id, "
                   "categories, tags, content_hash, published_hash")


def _filters(trashed: bool | None, state: str | None,
             site_id: str | None) -> tuple[list[str], dict[str, Any]]:
    where: list[str] = []
    params: dict[str, Any] = {}
    if trashed is False:
        where.append("trashed_at IS NULL")
    elif trashed is True:
        where.append("trashed_at IS NOT NULL")
    if state:
        where.append("state = :state")
        params["state"] = state
    if site_id:
        where.append("site_id = :site_id")
        params["site_id"] = site_id
    return where, params


def _where(clauses: list[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


# Newest first. A list read a page at a time (the window's) also orders by id, so that its pages and a
# row's position (list_position_query) agree about drafts saved at the same instant (a bulk import). The
# whole list leaves that to the index (ix_articles_list: the same order for the list outside the trash);
# the explicit tie-break costs a sort of each run of equal times, a quarter more for 10,000 drafts.
LIST_ORDER = " ORDER BY updated_at DESC"
PAGE_ORDER = " ORDER BY updated_at DESC, id DESC"
# Migration 0019's covering index: counting and paging never read a row (nor the body behind it).
LIST_INDEX = " INDEXED BY ix_articles_list"


def list_drafts_query(*, trashed: bool | None = False, state: str | None = None, site_id: str | None = None,
                      limit: int | None = None, offset: int | None = None) -> tuple[str, dict[str, Any]]:
    """Newest first. ``trashed``: False hides the trash, True shows only it, None shows everything.
    ``offset``: a page of ``limit`` rows further down (a paged read: ordered as :data:`PAGE_ORDER`)."""
    where, params = _filters(trashed, state, site_id)
    paged = offset is not None
    sql = f"SELECT {SUMMARY_COLUMNS} FROM articles" + _where(where) + (PAGE_ORDER if paged else LIST_ORDER)
    if limit:
        sql += " LIMIT :limit"
        params["limit"] = int(limit)
        if offset:
            sql += " OFFSET :offset"
            params["offset"] = int(offset)
    return sql, params


def count_drafts_query(*, trashed: bool | None = False, state: str | None = None,
                       site_id: str | None = None) -> tuple[str, dict[str, Any]]:
    """How many drafts :func:`list_drafts_query` lists with the same filters."""
    where, params = _filters(trashed, state, site_id)
    return "SELECT count(*) FROM articles" + LIST_INDEX + _where(where), params


def list_position_query(article_id: str, updated_at: str, *, trashed: bool | None = False,
                        state: str | None = None, site_id: str | None = None) -> tuple[str, dict[str, Any]]:
    """The row number of the draft (saved at ``updated_at``, as stored) in the list read a page at a time
    (:func:`list_drafts_query` with an ``offset``): how many listed drafts come before it."""
    where, params = _filters(trashed, state, site_id)
    where.append("(updated_at > :at OR (updated_at = :at AND id > :id))")
    params.update(at=updated_at, id=article_id)
    return "SELECT count(*) FROM articles" + LIST_INDEX + _where(where), params


def listed_query(article_id: str, *, trashed: bool | None = False, state: str | None = None,
                 site_id: str | None = None) -> tuple[str, dict[str, Any]]:
    """The draft's stored ``updated_at`` when the filters list it (no row when they hide it)."""
    where, params = _filters(trashed, state, site_id)
    where.append("id = :id")
    params["id"] = article_id
    return "SELECT updated_at FROM articles" + _where(where), params


def _names(value: Any) -> list[str]:
    if not value or value == "[]":
        return []
    items = json.loads(value) if isinstance(value, str | bytes) else value
    return [str(item) for item in items or []]


_COLUMNS = ("id", "title", "state", "site_id", "created_at", "updated_at", "trashed_at", "word_count",
            "remote_id", "categories", "tags", "changed_since_published")
# Fields of DraftSummary that SUMMARY_COLUMNS does not fill (added later, with defaults): the slower,
# ordinary constructor then.
_OTHER_FIELDS = [f for f in fields(DraftSummary) if f.name not in _COLUMNS]
_FAST = not hasattr(DraftSummary, "__post_init__")


def summary_from_row(r: Sequence[Any]) -> DraftSummary:
    if not _FAST or _OTHER_FIELDS:
        values: dict[str, Any] = dict(
            id=r[0], title=r[1], state=r[2], site_id=r[3], created_at=parse_time(r[4]),
            updated_at=parse_time(r[5]), trashed_at=parse_time(r[6]) if r[6] else None, word_count=r[7],
            remote_id=r[8], categories=_names(r[9]), tags=_names(r[10]),
            changed_since_published=edited_since_published(r[2], r[11], r[12]))
        for f in _OTHER_FIELDS:
            factory = f.default_factory
            default = factory() if callable(factory) else None
            values[f.name] = f.default if f.default is not MISSING else default
        return DraftSummary(**values)
    # Filled through __dict__: a frozen dataclass's __init__ sets each field with object.__setattr__,
    # five times slower, and `qalam drafts list` makes 10,000 of them. The same object either way.
    summary: DraftSummary = object.__new__(DraftSummary)
    summary.__dict__.update(zip(_COLUMNS, (
        r[0], r[1], r[2], r[3], parse_time(r[4]), parse_time(r[5]), parse_time(r[6]) if r[6] else None, r[7],
        r[8], _names(r[9]), _names(r[10]), edited_since_published(r[2], r[11], r[12])), strict=True))
    return summary


# The id index answers it: ids between the prefix and the prefix followed by the last code point.
PREFIX_QUERY = "SELECT id FROM articles WHERE id >= :prefix AND id < :upper ORDER BY id LIMIT 5"


def prefix_params(prefix: str) -> dict[str, str]:
    return {"prefix": prefix, "upper": prefix + "\U0010ffff"}


def resolve_id(prefix: str, ids_starting: Callable[[str], list[str]]) -> str:
    """A full id from a unique prefix (as typed on the command line); ``ids_starting`` runs PREFIX_QUERY."""
    prefix = prefix.strip().lower()
    found = ids_starting(prefix) if prefix else []
    if prefix in found:
        return prefix
    if len(found) == 1:
        return found[0]
    # The messages' module only when one is needed (the window resolves its first draft before it paints).
    from editor_app.storage.store_state import MSG_AMBIGUOUS, MSG_NO_DRAFT, MSG_NO_ID, store_msg

    if not prefix:
        raise QalamError(store_msg(MSG_NO_ID))
    if not found:
        raise QalamError(store_msg(MSG_NO_DRAFT, id=prefix))
    raise QalamError(store_msg(MSG_AMBIGUOUS, id=prefix))
