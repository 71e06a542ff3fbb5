"""Sites, cached categories and tags, the outbox, review notes and media: what the publisher builds on.

Mixed into :class:`editor_app.storage.store.DraftStore`; every method returns core dataclasses.
All of it is safe to call from any thread; outbox changes are durable (``synchronous=FULL``).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import IntegrityError

from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.core.media import MediaItem
from editor_app.core.outbox import OutboxItem, OutboxState
from editor_app.core.review import ReviewNote
from editor_app.core.site import Site
from editor_app.errors import QalamError
from editor_app.storage.convert import (
    fill_site_row,
    media_from_row,
    note_from_row,
    outbox_from_row,
    site_from_row,
)
from editor_app.storage.engine import Database
from editor_app.storage.models import (
    MediaRemoteRow,
    MediaRow,
    OutboxRow,
    ReviewNoteRow,
    SiteRow,
)
from editor_app.storage.terms_repo import TermsRepo

_SENTINEL: Any = object()


def _not_found(what: str, ident: object) -> QalamError:
    return QalamError(UserMessage(
        "DraftStore", QT_TRANSLATE_NOOP("DraftStore", "No {what} with id {id}."),
        {"what": what, "id": str(ident)},
    ))


class PublishingRepo(TermsRepo):
    """Sites, the outbox, review notes and media; cached categories and tags come from TermsRepo."""

    _db: Database
    _clock: Callable[[], datetime]

    # --- sites (never a secret: passwords live in the keyring) -------------------------------------
    def add_site(self, site: Site) -> Site:
        try:
            with self._db.write(durable=True) as s:
                row = SiteRow(id=site.id)
                fill_site_row(row, site)
                s.add(row)
                s.flush()
        except IntegrityError as exc:
            raise QalamError(UserMessage(
                "DraftStore", QT_TRANSLATE_NOOP("DraftStore", "A site named {name} already exists."),
                {"name": site.name},
            )) from exc
        return site

    def update_site(self, site: Site) -> Site:
        with self._db.write(durable=True) as s:
            row = s.get(SiteRow, site.id)
            if row is None:
                raise _not_found("site", site.id)
            fill_site_row(row, site)
        return site

    def get_site(self, site_id: str) -> Site:
        with self._db.read() as s:
            row = s.get(SiteRow, site_id)
            if row is None:
                raise _not_found("site", site_id)
            return site_from_row(row)

    def site_by_name(self, name: str) -> Site | None:
        with self._db.read() as s:
            row = s.scalars(select(SiteRow).where(SiteRow.name == name)).first()
            return site_from_row(row) if row else None

    def list_sites(self) -> list[Site]:
        with self._db.read() as s:
            return [site_from_row(r) for r in s.scalars(select(SiteRow).order_by(SiteRow.name))]

    def delete_site(self, site_id: str) -> None:
        """Drafts keep their text (their ``site_id`` becomes None); cached terms and queued jobs go."""
        with self._db.write(durable=True) as s:
            s.execute(delete(SiteRow).where(SiteRow.id == site_id))

    # --- outbox --------------------------------------------------------------------------------------
    def enqueue(self, article_id: str, site_id: str, action: str, payload: dict[str, Any] | None = None,
                *, not_before: datetime | None = None) -> OutboxItem:
        now = self._clock()
        with self._db.write(durable=True) as s:
            row = OutboxRow(article_id=article_id, site_id=site_id, action=str(action), payload=payload or {},
                            state=OutboxState.QUEUED.value, attempts=0, next_attempt_at=not_before or now,
                            created_at=now, updated_at=now)
            s.add(row)
            s.flush()
            return outbox_from_row(row)

    def outbox_items(self, *, state: OutboxState | str | None = None,
                     article_id: str | None = None) -> list[OutboxItem]:
        with self._db.read() as s:
            q = select(OutboxRow).order_by(OutboxRow.id)
            if state is not None:
                q = q.where(OutboxRow.state == str(state))
            if article_id is not None:
                q = q.where(OutboxRow.article_id == article_id)
            return [outbox_from_row(r) for r in s.scalars(q)]

    def get_outbox_item(self, item_id: int) -> OutboxItem:
        with self._db.read() as s:
            row = s.get(OutboxRow, item_id)
            if row is None:
                raise _not_found("outbox item", item_id)
            return outbox_from_row(row)

    def claim_next_outbox(self, now: datetime | None = None) -> OutboxItem | None:
        """Atomically take the oldest due queued item: it becomes ``running`` with one more attempt."""
        now = now or self._clock()
        with self._db.write(durable=True) as s:
            row = s.scalars(
                select(OutboxRow)
                .where(OutboxRow.state == OutboxState.QUEUED.value,
                       or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= now))
                .order_by(OutboxRow.next_attempt_at, OutboxRow.id)
                .limit(1)
            ).first()
            if row is None:
                return None
            row.state = OutboxState.RUNNING.value
            row.attempts += 1
            row.updated_at = now
            s.flush()
            return outbox_from_row(row)

    def update_outbox(self, item_id: int, *, state: OutboxState | str | None = None,
                      last_error: str | None = _SENTINEL, result: dict[str, Any] | None = _SENTINEL,
                      next_attempt_at: datetime | None = _SENTINEL,
                      payload: dict[str, Any] | None = _SENTINEL) -> OutboxItem:
        with self._db.write(durable=True) as s:
            row = s.get(OutboxRow, item_id)
            if row is None:
                raise _not_found("outbox item", item_id)
            if state is not None:
                row.state = OutboxState(state).value
            if last_error is not _SENTINEL:
                row.last_error = last_error
            if result is not _SENTINEL:
                row.result = result
            if next_attempt_at is not _SENTINEL:
                row.next_attempt_at = next_attempt_at
            if payload is not _SENTINEL:
                row.payload = payload or {}
            row.updated_at = self._clock()
            s.flush()
            return outbox_from_row(row)

    def requeue_running_outbox(self) -> int:
        """After a crash: items left ``running`` go back to ``queued`` (the publisher decides when)."""
        with self._db.write(durable=True) as s:
            result = s.execute(update(OutboxRow).where(OutboxRow.state == OutboxState.RUNNING.value)
                               .values(state=OutboxState.QUEUED.value, updated_at=self._clock()))
            return int(getattr(result, "rowcount", 0) or 0)

    def delete_outbox_item(self, item_id: int) -> None:
        with self._db.write(durable=True) as s:
            s.execute(delete(OutboxRow).where(OutboxRow.id == item_id))

    # --- review notes --------------------------------------------------------------------------------
    def add_note(self, article_id: str, author: str, text: str, *, remote: bool = False,
                 created_at: datetime | None = None) -> ReviewNote:
        with self._db.write(durable=True) as s:
            row = ReviewNoteRow(article_id=article_id, author=author, text=text,
                                created_at=created_at or self._clock(), remote=remote)
            s.add(row)
            s.flush()
            return note_from_row(row)

    def notes(self, article_id: str) -> list[ReviewNote]:
        with self._db.read() as s:
            rows = s.scalars(select(ReviewNoteRow).where(ReviewNoteRow.article_id == article_id)
                             .order_by(ReviewNoteRow.created_at, ReviewNoteRow.id))
            return [note_from_row(r) for r in rows]

    def delete_note(self, note_id: int) -> None:
        with self._db.write() as s:
            s.execute(delete(ReviewNoteRow).where(ReviewNoteRow.id == note_id))

    # --- media ---------------------------------------------------------------------------------------
    def add_media(self, *, data: bytes | None = None, path: str | None = None, mime: str = "",
                  filename: str = "", alt: str = "", caption: str = "",
                  article_id: str | None = None) -> MediaItem:
        """Keep ``data`` in the store, or reference a file at ``path`` (its hash is taken now)."""
        if data is None and path is None:
            raise ValueError("media needs data or a path")
        if data is not None:
            digest, size = hashlib.sha256(data).hexdigest(), len(data)
        else:
            assert path is not None
            h = hashlib.sha256()
            size = 0
            with open(path, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
                    size += len(chunk)
            digest = h.hexdigest()
        with self._db.write(durable=True) as s:
            row = MediaRow(id=str(uuid.uuid4()), article_id=article_id, data=data, path=path, sha256=digest,
                           size=size, mime=mime, filename=filename, alt=alt, caption=caption,
                           created_at=self._clock())
            s.add(row)
            s.flush()
            return media_from_row(row, {}, with_data=True)

    def get_media(self, media_id: str, *, with_data: bool = True) -> MediaItem:
        with self._db.read() as s:
            row = s.get(MediaRow, media_id)
            if row is None:
                raise _not_found("media", media_id)
            remote = {r.site_id: r.remote_id for r in
                      s.scalars(select(MediaRemoteRow).where(MediaRemoteRow.media_id == media_id))}
            return media_from_row(row, remote, with_data)

    def media_for_article(self, article_id: str) -> list[MediaItem]:
        with self._db.read() as s:
            ids = list(s.scalars(select(MediaRow.id).where(MediaRow.article_id == article_id)
                                 .order_by(MediaRow.created_at)))
        return [self.get_media(i, with_data=False) for i in ids]

    def find_media_by_hash(self, sha256: str) -> MediaItem | None:
        with self._db.read() as s:
            found = s.scalars(select(MediaRow.id).where(MediaRow.sha256 == sha256).limit(1)).first()
        return self.get_media(found, with_data=False) if found else None

    def update_media_text(self, media_id: str, *, alt: str | None = None, caption: str | None = None) -> None:
        with self._db.write() as s:
            row = s.get(MediaRow, media_id)
            if row is None:
                raise _not_found("media", media_id)
            if alt is not None:
                row.alt = alt
            if caption is not None:
                row.caption = caption

    def set_media_remote_id(self, media_id: str, site_id: str, remote_id: int,
                            remote_url: str | None = None) -> None:
        with self._db.write(durable=True) as s:
            row = s.get(MediaRemoteRow, (media_id, site_id))
            if row is None:
                s.add(MediaRemoteRow(media_id=media_id, site_id=site_id, remote_id=remote_id,
                                     remote_url=remote_url))
            else:
                row.remote_id, row.remote_url = remote_id, remote_url
