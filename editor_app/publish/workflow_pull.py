"""Pulling from the site: the user's role and the site's time zone, categories and tags, the review inbox
(editors), the state of my submissions, and review notes.

An editor pulls every pending post into the local store, keeping the version as submitted as a baseline
revision (``qalam:submitted``) so the editor's changes are shown against it. Posts this computer already
knows are refreshed: a post changed on the site replaces the local copy only when the local copy has no
unsent edits; otherwise it is reported as a conflict and nothing is overwritten.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from datetime import timedelta
from typing import Any

from editor_app.core.article import Article, WorkflowState
from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.core.workflow import (
    REMOTE_STATUS,
    state_from_remote,
)
from editor_app.publish.errors import PublishError
from editor_app.publish.outbox import Outbox
from editor_app.publish.publisher import content_hash
from editor_app.publish.site_terms import refresh_terms
from editor_app.publish.store_bridge import fill_from_post
from editor_app.publish.wordpress import RemotePost, learn_language
from editor_app.publish.workflow_inbox import LocalViews
from editor_app.publish.workflow_model import (
    AUTHOR_FIELD,
    NO_PLUGIN_WARNING,
    NOTES_META,
    PER_PAGE,
    STATE_META,
    SyncReport,
    decode_notes,
    note_record,
    parse_iso,
    timezone_from_index,
    uuid_of,
    workflow_message,
)
from editor_app.publish.workflow_store import SUBMITTED, SYNCED

log = logging.getLogger(__name__)

DIGEST_FIELD = "qalam_digest"  # the companion plugin's SHA-256 of content.raw
VERSION_FIELDS = "id,status,modified_gmt," + DIGEST_FIELD  # what tells whether a post must be read again
RECENT = timedelta(minutes=1)


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[start : start + PER_PAGE] for start in range(0, len(ids), PER_PAGE)]


def _ids(chunk: list[int]) -> str:
    return ",".join(str(i) for i in chunk)


class PullFromSite(LocalViews):
    """``sync``: send what is queued, then pull."""

    def refresh_site(self) -> None:
        """Role, capabilities, companion plugin and time zone of this user on this site."""
        client = self.client
        info = client.discover()
        me = client.me()
        self.site.roles = list(me.roles)
        self.site.capabilities = {cap: True for cap in sorted(me.capabilities)}
        self.site.has_plugin = info.has_companion
        self.site.timezone = timezone_from_index(
            {"timezone_string": info.timezone_string, "gmt_offset": info.gmt_offset}
        )
        learn_language(self.site, client, me, again=False)
        self.store.save_site(self.site)
        self._me_id = me.id

    def sync(self, outbox: Outbox | None = None, *, full_terms: bool = False) -> SyncReport:
        """Send what is queued (through ``outbox``), then pull terms, the inbox (editors), my submissions
        and notes. Only what changed is fetched: the terms when the site's totals moved (every term with
        ``full_terms``), and a post's text only when its version differs from the local copy's."""
        report = SyncReport()
        self.refresh_site()
        if outbox is not None:
            for outcome in outbox.flush().outcomes:
                if outcome.item.site_id == self.site.id:
                    report.sent.append(
                        {
                            "id": outcome.item.id,
                            "action": outcome.item.action,
                            "state": outcome.item.state.value,
                            **(outcome.item.result or {}),
                        }
                    )
        terms = refresh_terms(self.store.drafts, self.client, self.site.id, full=full_terms)
        report.categories, report.tags = terms.categories, terms.tags
        report.term_changes = {kind: vars(c) for kind, c in terms.changes.items() if c.any}
        if not self.site.has_plugin:
            report.warnings.append(workflow_message(NO_PLUGIN_WARNING))
        versions: dict[int, dict[str, Any]] = {}
        if self.is_editor:
            for item in self._list({"status": "pending", "_fields": VERSION_FIELDS}):
                versions[int(item["id"])] = item
        # Published posts have nothing more to tell the workflow: only the others are asked about.
        active = [s.value for s in WorkflowState if s is not WorkflowState.PUBLISHED]
        tracked = [a.remote_id for a in self.store.tracked(self.site.id, active) if a.remote_id is not None]
        missing = [i for i in tracked if i not in versions]
        for chunk in _chunks(missing):
            for item in self._list({"include": _ids(chunk), "status": "any", "_fields": VERSION_FIELDS}):
                versions[int(item["id"])] = item
        # Only posts whose version differs from the local copy's are read in full.
        changed = [remote_id for remote_id, item in versions.items() if self._needs_pull(remote_id, item)]
        for chunk in _chunks(changed):
            for data in self._list({"include": _ids(chunk), "status": "any"}):
                self._pull(data, report)
        # A contributor may not open a post once it is published (or scheduled) with context=edit:
        # the public view still says it is published, and where.
        hidden = [i for i in missing if i not in versions]
        seen: set[int] = set()
        if hidden and self.site.has_plugin and not self.is_editor:
            # The companion plugin tells an author the status of their own posts, scheduled ones included.
            for chunk in _chunks(hidden):
                data, _ = self.client.call("GET", "/qalam/v1/mine", params={"ids": _ids(chunk)})
                for item in data if isinstance(data, list) else []:
                    seen.add(int(item["id"]))
                    self._pull_status(item, report)
            hidden = [i for i in hidden if i not in seen]
        for chunk in _chunks(hidden):
            for item in self._list(
                {
                    "include": _ids(chunk),
                    "context": "view",
                    "_fields": "id,status,link,modified_gmt",
                }
            ):
                seen.add(int(item["id"]))
                self._pull_status(item, report)
        if self.is_editor:
            # An editor sees every post but the trash: what is still missing was trashed or deleted.
            for remote_id in hidden:
                if remote_id not in seen:
                    self._gone(remote_id, report)
        report.inbox = self.inbox() if self.is_editor else []
        report.mine = self.submissions()
        return report

    def _needs_pull(self, remote_id: int, version: Mapping[str, Any]) -> bool:
        """Whether the site's version of a post differs from the local copy's (or there is none)."""
        article = self.store.by_remote(self.site.id, remote_id)
        if article is None:
            return True
        modified = str(version.get("modified_gmt") or "")
        if modified != article.remote_modified_gmt:
            return True
        # WordPress's modified time has a resolution of one second: an edit made in the second the local copy
        # was read looks the same. The companion plugin sends a digest of the content; without it, a post
        # modified in the last minute is read again to be sure.
        digest = version.get(DIGEST_FIELD)
        if isinstance(digest, str) and digest:
            if digest != article.remote_content_hash:
                return True
        else:
            when = parse_iso(modified + "Z")
            if when is None or self._clock() - when < RECENT:
                return True
        # Same version; only the site's scheduler may have moved it on (future → publish).
        return REMOTE_STATUS[article.state] != version.get("status")

    def _list(self, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """The posts of a listing, page by page as they are read: only one page of full posts is ever held."""
        page = 1
        while True:
            query = {
                "context": "edit",
                "per_page": PER_PAGE,
                "page": page,
                "orderby": "date",
                "order": "asc",
                **params,
            }
            data, response = self.client.call("GET", "/wp/v2/posts", params=query)
            if not isinstance(data, list):
                break
            yield from (item for item in data if isinstance(item, dict))
            total = int(response.headers.get("x-wp-totalpages", "1") or 1)
            if page >= total or not data:
                break
            page += 1

    def _author_name(self, data: Mapping[str, Any]) -> str:
        author_id = int(data.get("author") or 0)
        if author_id and author_id == self._me_id:
            return self.site.username
        name = data.get(AUTHOR_FIELD)
        if isinstance(name, str) and name:
            return name
        cache = self._authors
        if author_id not in cache:
            try:
                user, _ = self.client.call("GET", f"/wp/v2/users/{author_id}", params={"_fields": "name"})
                cache[author_id] = str(user.get("name") or "") if isinstance(user, dict) else ""
            except PublishError:
                cache[author_id] = ""  # editors may not list users who have published nothing
        return cache[author_id] or f"#{author_id}"

    def _pull(self, data: Mapping[str, Any], report: SyncReport) -> None:
        post = RemotePost.from_json(data)
        uuid = uuid_of(post)
        article = self.store.by_remote(self.site.id, post.id)
        if article is None and uuid:
            found = self.store.article(uuid)
            if found is not None and found.site_id in (None, self.site.id):
                article = found
        remote_state = state_from_remote(post.status, str(post.meta.get(STATE_META) or "") or None)
        submitted = parse_iso(post.date_gmt + "Z") if post.date_gmt else None
        if article is None:
            article = Article(id=uuid or Article().id)
            self._fill(article, post, data, remote_state)
            pending = post.status == "pending"
            self.store.save_article(
                article, SUBMITTED if pending else SYNCED, submitted_at=submitted if pending else None
            )
            report.notes_added += self._merge_remote_notes(article.id, post)
            report.pulled += 1
            report.updated.append(article.id)
            return
        report.notes_added += self._merge_remote_notes(article.id, post)
        if self.pending_items(article.id):
            return  # a local action is on its way: the site will hear from us first
        digest = content_hash(post.content_raw)
        if post.modified_gmt == article.remote_modified_gmt and digest == article.remote_content_hash:
            # Same version; only the site's scheduler may have moved it on (future → publish).
            if REMOTE_STATUS[article.state] != post.status:
                article.state = remote_state
                article.remote_url = post.link or article.remote_url
                self.store.save_article(article)
                report.updated.append(article.id)
            return
        if self.has_local_changes(article):
            report.conflicts.append(article.id)
            log.info("article %s changed here and on the site; kept the local copy", article.id)
            return
        self._fill(article, post, data, remote_state)
        pending = post.status == "pending"
        self.store.save_article(
            article, SUBMITTED if pending else SYNCED, submitted_at=submitted if pending else None
        )
        report.pulled += 1
        report.updated.append(article.id)

    def _gone(self, remote_id: int, report: SyncReport) -> None:
        article = self.store.by_remote(self.site.id, remote_id)
        if article is None or self.pending_items(article.id):
            return
        log.info("post %d of article %s is no longer on %s", remote_id, article.id, self.site.name)
        article.state = WorkflowState.DRAFT
        article.remote_id = None
        article.remote_modified_gmt = None
        article.remote_content_hash = None
        article.remote_url = None
        article.scheduled_at = None
        self.store.save_article(article)
        report.gone.append(article.id)
        report.updated.append(article.id)
        report.warnings.append(
            workflow_message(
                QT_TRANSLATE_NOOP(
                    "Workflow",
                    "“{title}” was deleted or moved to the trash on the site; it is a local draft again.",
                ),
                title=article.title,
            )
        )

    def _pull_status(self, data: Mapping[str, Any], report: SyncReport) -> None:
        """A post the user may see but not open: only its status, address and (scheduled) date."""
        article = self.store.by_remote(self.site.id, int(data["id"]))
        status = data.get("status")
        if article is None or self.pending_items(article.id):
            return
        if status == "publish":
            state, when = WorkflowState.PUBLISHED, None
        elif status == "future":
            state, when = WorkflowState.SCHEDULED, parse_iso(str(data.get("date_gmt") or "") + "Z")
        else:
            return
        url = str(data.get("link") or article.remote_url or "")
        if (article.state, article.scheduled_at, article.remote_url) == (state, when, url):
            return
        article.state, article.scheduled_at, article.remote_url = state, when, url
        self.store.save_article(article)
        report.updated.append(article.id)

    def _fill(
        self, article: Article, post: RemotePost, data: Mapping[str, Any], state: WorkflowState
    ) -> None:
        categories = self.store.term_names(self.site.id, "categories", post.categories)
        tags = self.store.term_names(self.site.id, "tags", post.tags)
        fill_from_post(article, self.site.id, post)
        article.categories = [categories.get(c, str(c)) for c in post.categories]
        article.tags = [tags[t] for t in post.tags if t in tags]
        name = self._author_name(data)
        if not (name == self.site.username and article.author):  # my own post keeps its byline
            article.author = name
        article.state = state
        article.scheduled_at = (
            parse_iso(post.date_gmt + "Z") if post.status == "future" and post.date_gmt else None
        )

    def _merge_remote_notes(self, article_id: str, post: RemotePost) -> int:
        remote = decode_notes(post.meta.get(NOTES_META))
        if not remote or not article_id:
            return 0
        known = {note_record(n).key for n in self.store.notes(article_id)}
        added = 0
        for note in remote:
            if note.key not in known:
                self.store.add_note(article_id, note.author, note.text, note.created_at, remote=True)
                added += 1
        return added
