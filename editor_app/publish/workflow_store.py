"""What the editorial workflow needs from the draft store, written against the storage models.

The DraftStore facade (storage/store.py) owns the general article API; the few lookups the
workflow needs and that the facade does not offer (an article by its remote id, the
baselines a review is compared against, review notes as synced with the site, term names)
live here so that storage/ stays the other engineer's. Every function takes the store's
:class:`~editor_app.storage.engine.Database`.

Baselines are ordinary revisions (kind ``import``) whose ``note`` starts with ``qalam:``:
``qalam:submitted`` is the version as submitted for review (what an editor's changes are
compared against), ``qalam:synced`` the last version known to be on the site.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select

from editor_app.core.article import Article
from editor_app.core.plain_text import html_to_text, word_count
from editor_app.core.review import ReviewNote
from editor_app.core.revision import Revision, RevisionKind
from editor_app.core.site import Site
from editor_app.publish.wordpress import RemotePost
from editor_app.storage import search_index
from editor_app.storage.convert import (
    article_from_row,
    content_hash,
    fill_article_row,
    fill_site_row,
    note_from_row,
    revision_from_row,
    site_from_row,
)
from editor_app.storage.engine import Database
from editor_app.storage.models import (
    ArticleRow,
    CategoryRow,
    MediaRemoteRow,
    MediaRow,
    ReviewNoteRow,
    RevisionRow,
    SiteRow,
    TagRow,
)

SUBMITTED = "qalam:submitted"
SYNCED = "qalam:synced"
BASELINE_NOTES = (SUBMITTED, SYNCED)


class WorkflowStore:
    """The workflow's repository functions over one database (thread-safe like the Database)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- sites and terms -------------------------------------------------------------------

    def site(self, name_or_id: str) -> Site | None:
        with self.db.read() as s:
            row = s.scalar(select(SiteRow).where((SiteRow.name == name_or_id) | (SiteRow.id == name_or_id)))
            return None if row is None else site_from_row(row)

    def sites(self) -> list[Site]:
        with self.db.read() as s:
            return [site_from_row(r) for r in s.scalars(select(SiteRow).order_by(SiteRow.name))]

    def save_site(self, site: Site) -> None:
        with self.db.write() as s:
            row = s.get(SiteRow, site.id)
            if row is None:
                row = SiteRow(id=site.id)
                s.add(row)
            fill_site_row(row, site)

    def replace_terms(self, site_id: str, taxonomy: str, terms: Iterable[tuple[int, str, str, int]]) -> int:
        """Replace the cached categories or tags of a site with (remote id, name, slug, parent)."""
        model: type[CategoryRow] | type[TagRow] = CategoryRow if taxonomy == "categories" else TagRow
        items = list(terms)
        with self.db.write() as s:
            s.execute(delete(model).where(model.site_id == site_id))
            for remote_id, name, slug, parent in items:
                s.add(model(site_id=site_id, remote_id=remote_id, name=name, slug=slug, parent=parent))
        return len(items)

    def term_names(self, site_id: str, taxonomy: str) -> dict[int, str]:
        model: type[CategoryRow] | type[TagRow] = CategoryRow if taxonomy == "categories" else TagRow
        with self.db.read() as s:
            return {r.remote_id: r.name for r in s.scalars(select(model).where(model.site_id == site_id))}

    # --- articles ----------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        with self.db.read() as s:
            row = s.get(ArticleRow, article_id)
            return None if row is None else article_from_row(row)

    def find_article(self, ref: str) -> Article | None:
        """By id, by a unique id prefix (as the CLI prints them), or by ``remote id`` digits."""
        with self.db.read() as s:
            row = s.get(ArticleRow, ref)
            if row is None and ref.isdigit():
                rows = list(s.scalars(select(ArticleRow).where(ArticleRow.remote_id == int(ref))))
                row = rows[0] if len(rows) == 1 else None
            if row is None and len(ref) >= 4:
                rows = list(s.scalars(select(ArticleRow).where(ArticleRow.id.startswith(ref)).limit(2)))
                row = rows[0] if len(rows) == 1 else None
            return None if row is None else article_from_row(row)

    def by_remote(self, site_id: str, remote_id: int) -> Article | None:
        with self.db.read() as s:
            row = s.scalar(select(ArticleRow).where(ArticleRow.site_id == site_id,
                                                    ArticleRow.remote_id == remote_id))
            return None if row is None else article_from_row(row)

    def tracked(self, site_id: str) -> list[Article]:
        """Articles of this site that exist on it (not trashed locally)."""
        with self.db.read() as s:
            rows = s.scalars(select(ArticleRow).where(
                ArticleRow.site_id == site_id, ArticleRow.remote_id.is_not(None),
                ArticleRow.trashed_at.is_(None)))
            return [article_from_row(r) for r in rows]

    def save_article(self, article: Article, *, touch: bool = True) -> Article:
        """Create or update the article (and its search index entry)."""
        if touch:
            article.updated_at = datetime.now(UTC)
        with self.db.write(durable=True) as s:
            row = s.get(ArticleRow, article.id)
            if row is None:
                row = ArticleRow(id=article.id)
                s.add(row)
            fill_article_row(row, article)
            s.flush()
            digest = content_hash(article)
            if not search_index.is_indexed(s, article.id, digest):
                doc = search_index.index_text(article.title, article.subtitle, article.body_html,
                                              article.excerpt, [*article.tags, *article.categories])
                search_index.upsert(s, article.id, digest, doc)
        return article

    def save_remote_fields(self, article_id: str, site_id: str, post: RemotePost, digest: str) -> None:
        """The publisher's ``save_remote``: record the site's id and version of the article."""
        with self.db.write(durable=True) as s:
            row = s.get(ArticleRow, article_id)
            if row is None:
                return
            row.site_id = site_id
            row.remote_id = post.id
            row.remote_modified_gmt = post.modified_gmt
            row.remote_content_hash = digest
            row.remote_url = post.link or row.remote_url

    # --- baselines -----------------------------------------------------------------------------

    def add_baseline(self, article: Article, note: str, created_at: datetime | None = None) -> int:
        """Keep the article's current text as a revision marked ``note``; returns its number.

        ``created_at``: when that version was made (for a pulled submission, when it was submitted).
        """
        now = created_at or datetime.now(UTC)
        with self.db.write(durable=True) as s:
            number = (s.scalar(select(func.max(RevisionRow.number)).where(
                RevisionRow.article_id == article.id)) or 0) + 1
            s.add(RevisionRow(
                article_id=article.id, number=number, kind=RevisionKind.IMPORT.value, created_at=now,
                updated_at=now, title=article.title, subtitle=article.subtitle, body_html=article.body_html,
                excerpt=article.excerpt, categories=list(article.categories), tags=list(article.tags),
                content_hash=content_hash(article), word_count=word_count(html_to_text(article.body_html)),
                note=note,
            ))
        return number

    def baseline(self, article_id: str, notes: tuple[str, ...] = BASELINE_NOTES) -> Revision | None:
        """The newest revision carrying one of ``notes``."""
        with self.db.read() as s:
            row = s.scalar(select(RevisionRow).where(
                RevisionRow.article_id == article_id, RevisionRow.note.in_(notes),
            ).order_by(RevisionRow.number.desc()).limit(1))
            return None if row is None else revision_from_row(row)

    # --- review notes --------------------------------------------------------------------------

    def notes(self, article_id: str) -> list[ReviewNote]:
        with self.db.read() as s:
            rows = s.scalars(select(ReviewNoteRow).where(ReviewNoteRow.article_id == article_id)
                             .order_by(ReviewNoteRow.created_at, ReviewNoteRow.id))
            return [note_from_row(r) for r in rows]

    def add_note(self, article_id: str, author: str, text: str, created_at: datetime | None = None, *,
                 remote: bool = False) -> ReviewNote:
        with self.db.write(durable=True) as s:
            row = ReviewNoteRow(article_id=article_id, author=author, text=text,
                                created_at=created_at or datetime.now(UTC), remote=remote)
            s.add(row)
            s.flush()
            return note_from_row(row)

    def mark_notes_remote(self, ids: Iterable[int]) -> None:
        wanted = list(ids)
        if not wanted:
            return
        with self.db.write() as s:
            for row in s.scalars(select(ReviewNoteRow).where(ReviewNoteRow.id.in_(wanted))):
                row.remote = True

    # --- the publisher's PublishState ------------------------------------------------------------

    def remote_media(self, site_id: str, sha256: str) -> tuple[int, str] | None:
        with self.db.read() as s:
            row = s.execute(select(MediaRemoteRow.remote_id, MediaRemoteRow.remote_url).join(
                MediaRow, MediaRow.id == MediaRemoteRow.media_id).where(
                MediaRow.sha256 == sha256, MediaRemoteRow.site_id == site_id).limit(1)).first()
            return None if row is None else (int(row[0]), str(row[1] or ""))

    def remember_media(self, site_id: str, sha256: str, media_id: int, url: str) -> None:
        with self.db.write() as s:
            media = s.scalar(select(MediaRow).where(MediaRow.sha256 == sha256).limit(1))
            if media is None or s.get(MediaRemoteRow, (media.id, site_id)) is not None:
                return
            s.add(MediaRemoteRow(media_id=media.id, site_id=site_id, remote_id=media_id, remote_url=url))

    def save_remote(self, article_id: str, site_id: str, post: RemotePost, content_hash: str) -> None:
        self.save_remote_fields(article_id, site_id, post, content_hash)


def open_store(path: Any) -> WorkflowStore:
    """A WorkflowStore on the database at ``path``, migrated to the newest schema."""
    from editor_app.storage import migrate

    db = Database(path)
    with db.engine.connect() as conn:
        if migrate.current_revision(conn) != migrate.head_revision():
            migrate.upgrade(conn)
            conn.commit()
    return WorkflowStore(db)
