"""Merging what a damaged database still held into the store restored from the newest good backup.

Per draft, the newest text wins and no text is dropped:

* a draft the backup lacks comes back whole (its row, or, when the row is lost, its newest revision);
* a revision the backup lacks is added under its own number; the same revision moved forward by later
  autosaves (same number, same start, later ``updated_at``) takes the newer text;
* when in doubt (the same number holding another text that is not simply newer) both texts are kept:
  the salvaged one becomes a new revision noted "Recovered from the damaged database";
* the draft row takes the salvaged row when that is newer; its text is always in its history.

Review notes, media and sites the backup lacks are added; the outbox is not (an action queued
before the damage may already have run, and sending it again could duplicate a post), nor are the
caches of site categories and tags (the next sync fetches them again).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from editor_app.storage.salvage import Salvage

log = logging.getLogger(__name__)

TABLES = ("articles", "revisions", "review_notes", "media", "sites")
TABLES_READ = (*TABLES, "search_docs", "outbox")  # the last two only name drafts that may be lost
_TIME_LEN = 27  # models.TIME_FORMAT


@dataclass
class MergeResult:
    recovered: list[str] = field(default_factory=list)  # drafts with text the backup lacked
    unreadable: list[str] = field(default_factory=list)  # drafts whose rows could not be read
    titles: dict[str, str] = field(default_factory=dict)  # id -> title, for the messages
    revisions_added: int = 0


def _is_time(value: Any) -> bool:
    return isinstance(value, str) and len(value) == _TIME_LEN and value.endswith("Z")


def _is_id(value: Any) -> bool:
    return isinstance(value, str) and 1 <= len(value) <= 64


def _valid_article(row: dict[str, Any]) -> bool:
    return (_is_id(row.get("id")) and _is_time(row.get("updated_at")) and _is_time(row.get("created_at"))
            and isinstance(row.get("body_html"), str) and isinstance(row.get("title"), str))


def _valid_revision(row: dict[str, Any]) -> bool:
    return (_is_id(row.get("article_id")) and isinstance(row.get("number"), int) and row["number"] > 0
            and isinstance(row.get("kind"), str) and _is_time(row.get("created_at"))
            and _is_time(row.get("updated_at")) and isinstance(row.get("body_html"), str))


def _newest(rows: Iterable[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        old = out.get(row[key])
        if old is None or row["updated_at"] > old["updated_at"]:
            out[row[key]] = row
    return out


class _Target:
    """The restored database, through a plain sqlite3 connection inside one transaction."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.columns: dict[str, list[str]] = {}
        self.required: dict[str, dict[str, Any]] = {}  # NOT NULL columns without a default: their blank
        for table in TABLES:
            info = con.execute(f"PRAGMA table_info({table})").fetchall()
            self.columns[table] = [str(r[1]) for r in info]
            self.required[table] = {str(r[1]): _blank(str(r[2]).upper()) for r in info
                                    if r[3] and r[4] is None and not r[5]}

    def one(self, sql: str, *args: Any) -> dict[str, Any] | None:
        cur = self.con.execute(sql, args)
        row = cur.fetchone()
        if row is None:
            return None
        return {d[0]: v for d, v in zip(cur.description, row, strict=True)}

    def all(self, sql: str, *args: Any) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, args)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def insert(self, table: str, row: dict[str, Any], *, skip: Iterable[str] = ()) -> None:
        # A salvaged row may lack columns added after it was written (or read as NULL): their blanks.
        row = {**row, **{c: blank for c, blank in self.required[table].items() if row.get(c) is None}}
        names = [c for c in self.columns[table] if c in row and c not in set(skip)]
        marks = ", ".join("?" for _ in names)
        self.con.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})",
                         [row[c] for c in names])

    def update(self, table: str, key: str, row: dict[str, Any], names: Iterable[str]) -> None:
        chosen = [c for c in names if c in row and c in self.columns[table] and c != key]
        sets = ", ".join(f"{c} = ?" for c in chosen)
        self.con.execute(f"UPDATE {table} SET {sets} WHERE {key} = ?", [*(row[c] for c in chosen), row[key]])


def _blank(kind: str) -> Any:
    if "JSON" in kind:
        return "[]"
    if "INT" in kind or "BOOL" in kind:
        return 0
    return ""


_TEXT = ("title", "subtitle", "body_html", "excerpt", "categories", "tags", "content_hash", "word_count")


def merge(salvage: Salvage, con: sqlite3.Connection, *, note: str, now: str) -> MergeResult:
    """Merge ``salvage`` into the database open on ``con`` (autocommit; this runs one transaction)."""
    result = MergeResult()
    con.execute("BEGIN IMMEDIATE")
    try:
        target = _Target(con)
        _merge_sites(salvage, target)
        _merge_drafts(salvage, target, result, note, now)
        _merge_media(salvage, target)
        _merge_notes(salvage, target)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return result


def _merge_sites(salvage: Salvage, target: _Target) -> None:
    for row in salvage.rows("sites"):
        if not (_is_id(row.get("id")) and isinstance(row.get("name"), str)
                and isinstance(row.get("url"), str)):
            continue
        if target.one("SELECT id FROM sites WHERE id = ? OR name = ?", row["id"], row["name"]) is None:
            target.insert("sites", row)


def _article_from_revision(rev: dict[str, Any], first_created: str) -> dict[str, Any]:
    row = {name: rev.get(name) for name in _TEXT}
    row.update(id=rev["article_id"], created_at=first_created, updated_at=rev["updated_at"], state="draft",
               language="ar", direction="rtl", slug="", author="")
    for name in ("title", "subtitle", "body_html", "excerpt"):
        row[name] = row[name] if isinstance(row[name], str) else ""
    for name in ("categories", "tags"):
        row[name] = row[name] if isinstance(row[name], str) else "[]"
    return row


def _merge_drafts(salvage: Salvage, target: _Target, result: MergeResult, note: str, now: str) -> None:
    articles = _newest((r for r in salvage.rows("articles") if _valid_article(r)), "id")
    revisions: dict[str, dict[int, dict[str, Any]]] = {}
    for rev in salvage.rows("revisions"):
        if not _valid_revision(rev):
            continue
        per = revisions.setdefault(rev["article_id"], {})
        old = per.get(rev["number"])
        if old is None or rev["updated_at"] > old["updated_at"]:
            per[rev["number"]] = rev
    site_ids = {r["id"] for r in target.all("SELECT id FROM sites")}
    # What the backup holds, in two queries: most drafts are the same in both, and are skipped.
    stored_rows = {r[0]: (r[1], r[2]) for r in target.con.execute(
        "SELECT id, updated_at, content_hash FROM articles")}
    stored_revs: dict[str, dict[int, str]] = {}
    for article_id, number, chash in target.con.execute(
            "SELECT article_id, number, content_hash FROM revisions"):
        stored_revs.setdefault(article_id, {})[number] = chash
    failed: set[str] = set()
    for article_id in sorted(set(articles) | set(revisions)):
        salvaged, revs = articles.get(article_id), revisions.get(article_id, {})
        same_row = salvaged is None or (salvaged["updated_at"], salvaged.get("content_hash")) == \
            stored_rows.get(article_id)
        have = stored_revs.get(article_id, {})
        if article_id in stored_rows and same_row and all(
                have.get(n) == r.get("content_hash") for n, r in revs.items()):
            continue  # nothing newer in the damaged file
        target.con.execute("SAVEPOINT draft")
        try:
            _merge_draft(target, result, article_id, salvaged, revs, site_ids, note, now)
        except sqlite3.IntegrityError as exc:  # a row too damaged to fit: this draft only
            log.warning("salvaged draft %s does not fit the database: %s", article_id, exc)
            target.con.execute("ROLLBACK TO draft")
            failed.add(article_id)
        target.con.execute("RELEASE draft")
    _find_unreadable(salvage, target, (set(articles) | set(revisions)) - failed, result)


def _merge_draft(target: _Target, result: MergeResult, article_id: str, salvaged: dict[str, Any] | None,
                 revs: dict[int, dict[str, Any]], site_ids: set[str], note: str, now: str) -> None:
    if salvaged is not None and salvaged.get("site_id") not in site_ids:
        salvaged = {**salvaged, "site_id": None}
    stored = target.one("SELECT * FROM articles WHERE id = ?", article_id)
    changed = False
    if stored is None:
        if salvaged is None:
            newest = max(revs.values(), key=lambda r: (r["updated_at"], r["number"]))
            salvaged = _article_from_revision(newest, min(r["created_at"] for r in revs.values()))
        target.insert("articles", salvaged)
        stored = salvaged
        changed = True
    have = {r["number"]: r for r in target.all(
        "SELECT number, created_at, updated_at, content_hash FROM revisions WHERE article_id = ?",
        article_id)}
    top = max(have, default=0)
    doubts: list[dict[str, Any]] = []
    for number in sorted(revs):
        rev = revs[number]
        mine = have.get(number)
        if mine is None:
            target.insert("revisions", rev, skip=("id",))
            top = max(top, number)
        elif mine["content_hash"] == rev.get("content_hash"):
            continue
        elif mine["created_at"] == rev["created_at"] and rev["updated_at"] > mine["updated_at"]:
            # The same autosave revision, moved forward after the backup: take the newer text.
            target.con.execute(
                "UPDATE revisions SET title=?, subtitle=?, body_html=?, excerpt=?, categories=?, tags=?, "
                "content_hash=?, word_count=?, updated_at=?, kind=?, note=? "
                "WHERE article_id=? AND number=?",
                (rev.get("title") or "", rev.get("subtitle") or "", rev["body_html"],
                 rev.get("excerpt") or "", rev.get("categories") or "[]", rev.get("tags") or "[]",
                 rev.get("content_hash") or "", rev.get("word_count") or 0, rev["updated_at"],
                 rev["kind"], rev.get("note") or "", article_id, number))
        else:
            doubts.append(rev)  # two different texts under one number: keep both (below)
            continue
        result.revisions_added += 1
        changed = True
    top = max([top, *revs])
    for rev in doubts:
        top += 1
        target.insert("revisions", {**rev, "number": top, "note": note, "restored_from": None}, skip=("id",))
        result.revisions_added += 1
        changed = True
    if salvaged is not None and salvaged["updated_at"] > stored["updated_at"]:
        target.update("articles", "id", salvaged, target.columns["articles"])
        stored = salvaged
        changed = True
    elif salvaged is None and revs:
        newest = max(revs.values(), key=lambda r: (r["updated_at"], r["number"]))
        newer = newest["updated_at"] > stored["updated_at"]
        if newer and newest.get("content_hash") != stored.get("content_hash"):
            target.update("articles", "id", {**newest, "id": article_id}, (*_TEXT, "updated_at"))
            stored = {**stored, **{k: newest.get(k) for k in (*_TEXT, "updated_at")}}
            changed = True
    if changed:
        _keep_text_in_history(target, stored, note, now)
        result.recovered.append(article_id)
        result.titles[article_id] = str(stored.get("title") or "")


def _keep_text_in_history(target: _Target, article: dict[str, Any], note: str, now: str) -> None:
    """The draft's own text must be one of its revisions (its revision row may have been lost)."""
    chash = article.get("content_hash") or ""
    if chash and target.one("SELECT 1 AS x FROM revisions WHERE article_id = ? AND content_hash = ?",
                            article["id"], chash):
        return
    top = target.one("SELECT max(number) AS n FROM revisions WHERE article_id = ?", article["id"])
    number = ((top or {}).get("n") or 0) + 1
    target.insert("revisions", {
        "article_id": article["id"], "number": number, "kind": "save", "created_at": now,
        "updated_at": article.get("updated_at") or now, "title": article.get("title") or "",
        "subtitle": article.get("subtitle") or "", "body_html": article.get("body_html") or "",
        "excerpt": article.get("excerpt") or "", "categories": article.get("categories") or "[]",
        "tags": article.get("tags") or "[]", "content_hash": chash,
        "word_count": article.get("word_count") or 0, "note": note, "restored_from": None,
    })


def _find_unreadable(salvage: Salvage, target: _Target, read: set[str], result: MergeResult) -> None:
    """Drafts the damaged file knew but whose rows it no longer gives back."""
    if not (salvage.damaged("articles") or salvage.damaged("revisions")):
        return
    known: set[str] = set()
    for table, key in (("search_docs", "article_id"), ("review_notes", "article_id"),
                       ("outbox", "article_id"), ("media", "article_id")):
        known.update(r[key] for r in salvage.rows(table) if _is_id(r.get(key)))
    # Drafts in the backup whose newer state may have been on an unreadable page.
    known.update(r["id"] for r in target.all("SELECT id FROM articles"))
    for article_id in sorted(known - read):
        row = target.one("SELECT title FROM articles WHERE id = ?", article_id)
        result.unreadable.append(article_id)
        result.titles[article_id] = str(row["title"]) if row else ""


def _merge_media(salvage: Salvage, target: _Target) -> None:
    present = {r["id"] for r in target.all("SELECT id FROM articles")}
    for row in salvage.rows("media"):
        if not (_is_id(row.get("id")) and isinstance(row.get("sha256"), str)
                and _is_time(row.get("created_at"))):
            continue
        if target.one("SELECT id FROM media WHERE id = ?", row["id"]) is not None:
            continue
        if row.get("article_id") not in present:
            row = {**row, "article_id": None}
        target.insert("media", row)


def _merge_notes(salvage: Salvage, target: _Target) -> None:
    present = {r["id"] for r in target.all("SELECT id FROM articles")}
    for row in salvage.rows("review_notes"):
        if not (row.get("article_id") in present and isinstance(row.get("text"), str)
                and _is_time(row.get("created_at"))):
            continue
        if target.one("SELECT id FROM review_notes WHERE article_id = ? AND created_at = ? AND text = ?",
                      row["article_id"], row["created_at"], row["text"]) is None:
            target.insert("review_notes", row, skip=("id",))


def fallback_schema(con: sqlite3.Connection) -> dict[str, str]:
    """CREATE TABLE statements of the restored database, for a damaged file whose schema page is lost."""
    return {str(name): str(sql) for name, sql in con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL "
        "AND name IN (" + ", ".join("?" for _ in TABLES) + ")", TABLES)}

