"""A thin client for the WordPress REST API (``wp/v2``) over the shared HTTP core.

Everything goes through :meth:`WordPressClient.call`, which builds the URL (``/wp-json/…``
or, on a site with plain permalinks, ``/?rest_route=…``), authenticates with the
application password, and turns any answer that is not JSON success into a PublishError.
"""

from __future__ import annotations

import functools
import json
import logging
import secrets
from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.core.site import Site, locale_direction
from editor_app.publish import errors
from editor_app.publish.credentials import Secret
from editor_app.publish.errors import ErrorKind, PublishError
from editor_app.publish.http import (
    PAGE_CONCURRENCY,
    HttpClient,
    ProgressCallback,
    check_url,
    iter_concurrently,
)
from editor_app.publish.wordpress_reading import SiteReading

log = logging.getLogger(__name__)

COMPANION_NAMESPACE = "qalam/v1"
COMPANION_META = "qalam_uuid"
PER_PAGE = 100
TERM_FIELDS = "id,name,slug,parent"
# The REST index lists every route (150 KB and more); these are the only parts Qalam reads.
# qalam_language/qalam_rtl: added to the index by the companion plugin (the site's locale and is_rtl()).
INDEX_FIELDS = "name,home,namespaces,timezone_string,gmt_offset,qalam_language,qalam_rtl"

# What a role may do, as the user sees it in `qalam sites test` and the site dialog.
ABILITIES: tuple[tuple[str, str], ...] = (
    ("edit_posts", QT_TRANSLATE_NOOP("Publish", "write drafts")),
    ("publish_posts", QT_TRANSLATE_NOOP("Publish", "publish and schedule")),
    ("upload_files", QT_TRANSLATE_NOOP("Publish", "upload images")),
    ("edit_others_posts", QT_TRANSLATE_NOOP("Publish", "edit other people's posts")),
    ("edit_published_posts", QT_TRANSLATE_NOOP("Publish", "edit published posts")),
    ("manage_categories", QT_TRANSLATE_NOOP("Publish", "create categories")),
    ("unfiltered_html", QT_TRANSLATE_NOOP("Publish", "post any HTML (no filtering)")),
)


@dataclass(frozen=True)
class WPUser:
    id: int
    name: str
    slug: str
    roles: tuple[str, ...]
    capabilities: frozenset[str]

    def can(self, capability: str) -> bool:
        return capability in self.capabilities


@dataclass(frozen=True)
class Term:
    id: int
    name: str
    slug: str
    parent: int = 0
    count: int = 0


@dataclass(frozen=True)
class Media:
    id: int
    source_url: str
    description_raw: str = ""


@dataclass
class RemotePost:
    id: int
    status: str
    link: str
    slug: str
    modified_gmt: str
    date_gmt: str | None
    title_raw: str
    content_raw: str
    excerpt_raw: str
    categories: list[int] = field(default_factory=list)
    tags: list[int] = field(default_factory=list)
    featured_media: int = 0
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RemotePost:
        def raw(key: str) -> str:
            value = data.get(key)
            if isinstance(value, dict):
                return str(value.get("raw", value.get("rendered", "")))
            return str(value or "")

        meta = data.get("meta")
        return cls(
            id=int(data["id"]),
            status=str(data.get("status", "")),
            link=str(data.get("link", "")),
            slug=str(data.get("slug", "")),
            modified_gmt=str(data.get("modified_gmt", "")),
            date_gmt=data.get("date_gmt"),
            title_raw=raw("title"),
            content_raw=raw("content"),
            excerpt_raw=raw("excerpt"),
            categories=[int(c) for c in data.get("categories", []) or []],
            tags=[int(t) for t in data.get("tags", []) or []],
            featured_media=int(data.get("featured_media") or 0),
            meta=meta if isinstance(meta, dict) else {},
        )


@dataclass(frozen=True)
class TermPage:
    """One page of a term listing, with the totals WordPress sends in its headers."""

    terms: list[Term]
    total: int  # X-WP-Total: terms in the whole listing
    pages: int  # X-WP-TotalPages


@dataclass(frozen=True)
class SiteInfo:
    name: str
    home: str
    namespaces: tuple[str, ...]
    pretty_permalinks: bool
    timezone_string: str = ""
    gmt_offset: float | str = 0
    language: str = ""  # the companion plugin's get_locale()
    rtl: bool | None = None  # the companion plugin's is_rtl()

    @property
    def has_companion(self) -> bool:
        return COMPANION_NAMESPACE in self.namespaces


class _Basic(httpx.Auth):
    """HTTP Basic with an application password that stays out of reprs and logs."""

    def __init__(self, user: str, password: Secret) -> None:
        self._header = httpx.BasicAuth(user, password.reveal())._auth_header

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "_Basic(********)"


def _ascii_filename(name: str, fallback: str) -> str:
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    clean = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "-" for ch in stem).strip("-")
    clean = "-".join(part for part in clean.split("-") if part)[:60] or fallback
    ext = "".join(ch for ch in ext if ch.isascii() and ch.isalnum())[:8].lower()
    return f"{clean}.{ext}" if ext else clean


def _multipart(fields: Mapping[str, str], filename: str, mime: str, data: bytes) -> tuple[bytes, str]:
    boundary = "qalam-" + secrets.token_hex(12)
    parts: list[bytes] = []
    for key, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n'.encode()
            + value.encode()
            + b"\r\n"
        )
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        f"Content-Type: {mime}\r\n\r\n".encode()
        + data
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class WordPressClient(SiteReading):
    """One site, one user. Cheap to create; share the HttpClient between clients.

    Post listings and the site's public pages (for the preview) come from :class:`SiteReading`."""

    def __init__(
        self,
        url: str,
        user: str,
        password: Secret,
        *,
        http: HttpClient | None = None,
        pretty_permalinks: bool | None = None,
        uuid_in_meta: bool | None = None,
    ) -> None:
        """``uuid_in_meta``: None detects the companion plugin; False forces the content marker."""
        self.url = check_url(url)
        self.user = user
        self._auth = _Basic(user, password)
        self._own_http = http is None
        self.http = http or HttpClient()
        self._pretty = pretty_permalinks
        self._info: SiteInfo | None = None
        self._uuid_in_meta = uuid_in_meta

    @property
    def uuid_in_meta(self) -> bool:
        """Whether the article UUID travels as the companion plugin's post meta (else as a marker comment)."""
        if self._uuid_in_meta is None:
            self._uuid_in_meta = self.discover().has_companion
        return self._uuid_in_meta

    def close(self) -> None:
        if self._own_http:
            self.http.close()

    def __repr__(self) -> str:
        return f"WordPressClient({self.url!r}, user={self.user!r})"

    # --- plumbing ------------------------------------------------------------------------

    def endpoint(self, route: str) -> str:
        route = "/" + route.lstrip("/")
        if self._pretty is False:
            return f"{self.url}/?rest_route={route}"
        return f"{self.url}/wp-json{route}"

    def call(
        self,
        method: str,
        route: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool | None = None,
        progress: ProgressCallback | None = None,
        auth: bool = True,
        timeout: float | None = None,
    ) -> tuple[Any, httpx.Response]:
        """One REST call; returns (decoded JSON, response) or raises PublishError."""
        if self._pretty is None and route.strip("/") != "":
            self.discover()
        url = self.endpoint(route)
        if self._pretty is False:
            # httpx replaces a URL's query when given params: carry rest_route among them.
            url = f"{self.url}/"
            params = {"rest_route": "/" + route.lstrip("/"), **(params or {})}
        response = self.http.request(
            method,
            url,
            params=params,
            json=json_body,
            content=content,
            headers=headers,
            auth=self._auth if auth else None,
            idempotent=idempotent,
            progress=progress,
            timeout=timeout,
        )
        body = response.content
        ctype = response.headers.get("content-type", "")
        path = urlsplit(route).path
        if not 200 <= response.status_code < 300:
            raise errors.error_from_response(
                response.status_code,
                body,
                ctype,
                method=method,
                path=path,
                location=response.headers.get("location"),
            )
        if errors.looks_like_html(ctype, body):
            raise errors.not_json_error(response.status_code)
        try:
            return json.loads(body), response
        except ValueError:
            raise errors.not_json_error(response.status_code) from None

    def discover(self) -> SiteInfo:
        """Read the REST index: /wp-json/, or ?rest_route=/ when /wp-json/ answers with a web page."""
        if self._info is not None:
            return self._info
        data: Any = None
        for pretty in (True, False) if self._pretty is None else (self._pretty,):
            self._pretty = pretty
            try:
                # With the login: some security plugins close the REST API to anonymous users.
                data, _ = self.call("GET", "/", params={"_fields": INDEX_FIELDS})
            except PublishError as exc:
                if pretty and exc.kind in (ErrorKind.NOT_JSON, ErrorKind.NOT_FOUND):
                    log.info("%s: /wp-json/ is not the REST API; trying ?rest_route=", self.url)
                    continue
                self._pretty = None
                raise
            if isinstance(data, dict) and "namespaces" in data:
                break
            data = None
        if not isinstance(data, dict):
            self._pretty = None
            raise errors.not_json_error(200)
        self._info = SiteInfo(
            name=str(data.get("name", "")),
            home=str(data.get("home", self.url)),
            namespaces=tuple(str(n) for n in data.get("namespaces", [])),
            pretty_permalinks=bool(self._pretty),
            timezone_string=str(data.get("timezone_string") or ""),
            gmt_offset=data.get("gmt_offset") or 0,
            language=str(data.get("qalam_language") or ""),
            rtl=data["qalam_rtl"] if isinstance(data.get("qalam_rtl"), bool) else None,
        )
        return self._info

    def site_language(self, me: WPUser) -> tuple[str, str]:
        """The site's locale and the direction it shows pages in, ("", "") when the site does not say.

        The companion plugin puts both in the REST index (no extra request). Without it, the general
        settings tell administrators the locale (``language``, WordPress 4.7+) and the direction follows
        from it; other roles may not read the settings."""
        info = self.discover()
        if info.language:
            if info.rtl is None:
                return info.language, locale_direction(info.language)
            return info.language, "rtl" if info.rtl else "ltr"
        if not me.can("manage_options"):
            return "", ""
        try:
            data, _ = self.call("GET", "/wp/v2/settings", params={"_fields": "language"})
        except PublishError as exc:
            log.info("%s: no site language from the settings (%s)", self.url, exc.kind.value)
            return "", ""
        if not isinstance(data, dict) or "language" not in data:
            return "", ""
        language = str(data.get("language") or "en_US")  # WordPress keeps "" for its own English
        return language, locale_direction(language)

    # --- users and terms -------------------------------------------------------------------

    def me(self) -> WPUser:
        data, _ = self.call("GET", "/wp/v2/users/me", params={"context": "edit"})
        caps = data.get("capabilities") or {}
        return WPUser(
            id=int(data["id"]),
            name=str(data.get("name", "")),
            slug=str(data.get("slug", "")),
            roles=tuple(str(r) for r in data.get("roles", [])),
            capabilities=frozenset(k for k, v in caps.items() if v),
        )

    def iter_terms(
        self, taxonomy: str, *, newer_than: int | None = None, search: str | None = None
    ) -> Iterator[Term]:
        """Every term of ``categories`` or ``tags``, 100 a page; with ``newer_than``, only ids above it.

        Newer terms have larger ids, so the incremental pass reads newest first and stops
        at the first page that reaches a known id.
        """
        page = 1
        while True:
            params: dict[str, Any] = {
                "per_page": PER_PAGE,
                "page": page,
                "context": "view",
                "_fields": "id,name,slug,parent,count",
                "hide_empty": "false",
            }
            if newer_than is not None:
                params.update(orderby="id", order="desc")
            if search:
                params["search"] = search
            data, response = self.call("GET", f"/wp/v2/{taxonomy}", params=params)
            reached_known = False
            for item in data:
                term = Term(
                    int(item["id"]),
                    str(item.get("name", "")),
                    str(item.get("slug", "")),
                    int(item.get("parent") or 0),
                    int(item.get("count") or 0),
                )
                if newer_than is not None and term.id <= newer_than:
                    reached_known = True
                    continue
                yield term
            total_pages = int(response.headers.get("x-wp-totalpages", "1") or 1)
            if reached_known or page >= total_pages or not data:
                return
            page += 1

    def term_page(
        self,
        taxonomy: str,
        page: int = 1,
        *,
        per_page: int = PER_PAGE,
        order: str = "asc",
        fields: str = TERM_FIELDS,
    ) -> TermPage:
        """One page of ``categories`` or ``tags`` in id order, only ``fields`` of each."""
        data, response = self.call(
            "GET",
            f"/wp/v2/{taxonomy}",
            params={
                "per_page": per_page,
                "page": page,
                "orderby": "id",
                "order": order,
                "context": "view",
                "_fields": fields,
                "hide_empty": "false",
            },
        )
        items = data if isinstance(data, list) else []
        terms = [
            Term(int(i["id"]), str(i.get("name", "")), str(i.get("slug", "")), int(i.get("parent") or 0))
            for i in items
            if isinstance(i, dict) and "id" in i
        ]
        total = int(response.headers.get("x-wp-total", "") or len(terms))
        pages = int(response.headers.get("x-wp-totalpages", "") or 1)
        return TermPage(terms, total, pages)

    def all_terms(self, taxonomy: str, *, limit: int = PAGE_CONCURRENCY) -> TermPage:
        """Every term of ``categories`` or ``tags`` (see :meth:`term_pages`) in one list; ``total`` is what
        the first page reported. For a site's thousands of tags, read :meth:`term_pages` as they come."""
        seen: dict[int, Term] = {}
        first: TermPage | None = None
        for page in self.term_pages(taxonomy, limit=limit):
            first = first or page
            for term in page.terms:
                seen[term.id] = term  # a term created meanwhile may shift into two pages
        assert first is not None
        return TermPage(list(seen.values()), first.total, first.pages)

    def term_pages(self, taxonomy: str, *, limit: int = PAGE_CONCURRENCY) -> Iterator[TermPage]:
        """Every page of ``categories`` or ``tags`` in order, each as soon as it is in: the first tells how
        many pages there are, the others are fetched ``limit`` at a time while the caller stores the ones
        already in (never all of them held at once). A term created meanwhile may appear on two pages."""
        first = self.term_page(taxonomy, 1)
        yield first
        calls = (functools.partial(self.term_page, taxonomy, n) for n in range(2, first.pages + 1))
        yield from iter_concurrently(calls, limit)

    def term_summary(self, taxonomy: str) -> tuple[int, int]:
        """(how many terms, the newest term's id) in one small request."""
        page = self.term_page(taxonomy, 1, per_page=1, order="desc", fields="id")
        return page.total, (page.terms[0].id if page.terms else 0)

    def companion_terms(self) -> dict[str, tuple[int, int, str]] | None:
        """With the companion plugin: per taxonomy (``categories``, ``tags``) the count, the newest id and a
        stamp that changes whenever a term is renamed, moved or deleted; None without the plugin."""
        if not self.discover().has_companion:
            return None
        try:
            data, _ = self.call("GET", "/qalam/v1/terms")
        except PublishError as exc:
            if exc.kind is ErrorKind.NOT_FOUND:  # an older companion plugin
                return None
            raise
        out: dict[str, tuple[int, int, str]] = {}
        for taxonomy in ("categories", "tags"):
            item = data.get(taxonomy) if isinstance(data, dict) else None
            if not isinstance(item, dict):
                return None
            out[taxonomy] = (
                int(item.get("total") or 0),
                int(item.get("max_id") or 0),
                str(item.get("edited") or ""),
            )
        return out

    def categories(self, *, newer_than: int | None = None) -> list[Term]:
        return list(self.iter_terms("categories", newer_than=newer_than))

    def tags(self, *, newer_than: int | None = None) -> list[Term]:
        return list(self.iter_terms("tags", newer_than=newer_than))

    def find_tag(self, name: str) -> Term | None:
        wanted = name.strip().casefold()
        for term in self.iter_terms("tags", search=name.strip()):
            if term.name.strip().casefold() == wanted:
                return term
        return None

    def create_tag(self, name: str) -> Term:
        """Create a tag, or return the existing one WordPress reports with ``term_exists``."""
        try:
            data, _ = self.call("POST", "/wp/v2/tags", json_body={"name": name}, idempotent=True)
        except PublishError as exc:
            if exc.code == "term_exists":
                found = self.find_tag(name)
                if found is not None:
                    return found
            raise
        return Term(int(data["id"]), str(data.get("name", name)), str(data.get("slug", "")))

    def create_category(self, name: str, parent: int = 0) -> Term:
        """Create a category (editors and administrators), or return the one WordPress says exists."""
        body: dict[str, Any] = {"name": name}
        if parent:
            body["parent"] = parent
        try:
            data, _ = self.call("POST", "/wp/v2/categories", json_body=body, idempotent=True)
        except PublishError as exc:
            if exc.code == "term_exists":
                wanted = name.strip().casefold()
                for term in self.iter_terms("categories", search=name.strip()):
                    if term.name.strip().casefold() == wanted:
                        return term
            raise
        return Term(
            int(data["id"]),
            str(data.get("name", name)),
            str(data.get("slug", "")),
            int(data.get("parent") or 0),
        )

    def ensure_tags(self, names: list[str]) -> list[int]:
        ids: list[int] = []
        for name in names:
            if not name.strip():
                continue
            term = self.find_tag(name) or self.create_tag(name.strip())
            if term.id not in ids:
                ids.append(term.id)
        return ids

    # --- media ---------------------------------------------------------------------------

    def upload_media(
        self,
        data: bytes,
        filename: str,
        mime: str,
        *,
        title: str = "",
        alt_text: str = "",
        caption: str = "",
        description: str = "",
        progress: ProgressCallback | None = None,
    ) -> Media:
        """Upload one file (ASCII file name; title, alt text and caption as form fields)."""
        name = _ascii_filename(filename, "image")
        fields = {
            k: v
            for k, v in (
                ("title", title),
                ("alt_text", alt_text),
                ("caption", caption),
                ("description", description),
            )
            if v
        }
        body, ctype = _multipart(fields, name, mime, data)
        result, _ = self.call(
            "POST",
            "/wp/v2/media",
            content=body,
            headers={"Content-Type": ctype},
            params={"context": "edit"},
            idempotent=False,
            progress=progress,
            # WordPress answers only after resizing the image into every sub-size: give it time.
            timeout=max(self.http.config.read_timeout, self.http.config.write_timeout) * 2,
        )
        return Media(
            int(result["id"]),
            str(result.get("source_url", "")),
            str((result.get("description") or {}).get("raw", "")),
        )

    def find_media(self, search: str) -> list[Media]:
        data, _ = self.call(
            "GET",
            "/wp/v2/media",
            params={
                "search": search,
                "context": "edit",
                "per_page": 20,
                "_fields": "id,source_url,description",
            },
        )
        return [
            Media(
                int(m["id"]), str(m.get("source_url", "")), str((m.get("description") or {}).get("raw", ""))
            )
            for m in data
        ]

    def get_media(self, media_id: int) -> Media | None:
        try:
            m, _ = self.call(
                "GET",
                f"/wp/v2/media/{media_id}",
                params={"context": "edit", "_fields": "id,source_url,description"},
            )
        except PublishError as exc:
            if exc.kind is ErrorKind.NOT_FOUND:
                return None
            raise
        return Media(
            int(m["id"]), str(m.get("source_url", "")), str((m.get("description") or {}).get("raw", ""))
        )

    # --- posts ---------------------------------------------------------------------------

    def create_post(self, fields: Mapping[str, Any]) -> RemotePost:
        """POST /wp/v2/posts. Not repeated on an ambiguous failure: see publisher.py."""
        data, _ = self.call(
            "POST", "/wp/v2/posts", params={"context": "edit"}, json_body=dict(fields), idempotent=False
        )
        return RemotePost.from_json(data)

    def update_post(self, post_id: int, fields: Mapping[str, Any]) -> RemotePost:
        """POST /wp/v2/posts/ID: a partial update, safe to repeat."""
        data, _ = self.call(
            "POST",
            f"/wp/v2/posts/{post_id}",
            params={"context": "edit"},
            json_body=dict(fields),
            idempotent=True,
        )
        return RemotePost.from_json(data)

    def get_post(self, post_id: int) -> RemotePost:
        data, _ = self.call("GET", f"/wp/v2/posts/{post_id}", params={"context": "edit"})
        return RemotePost.from_json(data)

    def post_version(self, post_id: int) -> RemotePost:
        """Just what the conflict check needs, in one small GET."""
        data, _ = self.call(
            "GET",
            f"/wp/v2/posts/{post_id}",
            params={
                "context": "edit",
                "_fields": "id,status,link,slug,modified_gmt,date_gmt,title,content,excerpt",
            },
        )
        return RemotePost.from_json(data)

    def find_posts_by_uuid(self, uuid: str) -> list[RemotePost]:
        """Posts carrying this client UUID (companion meta, the first block's ``qalamId``, or the marker
        comment of older versions), trash excluded.

        On a companion site the meta is asked first; the marker search follows when that finds
        nothing, so posts sent before the plugin was installed are still found.
        """
        marker = marker_for(uuid)
        uuid_attr = f'"qalamId":"{uuid}"'  # core/blocks.py UUID_ATTR in the first block's attributes
        queries: list[dict[str, Any]] = []
        if self.uuid_in_meta:
            queries.append({COMPANION_META: uuid})
        queries.append({"search": uuid})
        for query in queries:
            data, _ = self.call(
                "GET", "/wp/v2/posts", params={"status": "any", "context": "edit", "per_page": 20, **query}
            )
            found = [RemotePost.from_json(item) for item in data]
            matching = [
                p
                for p in found
                if marker in p.content_raw or uuid_attr in p.content_raw or p.meta.get(COMPANION_META) == uuid
            ]
            if matching:
                return matching
        return []

    def trigger_cron(self) -> None:
        """Ask WordPress to run due jobs (publishes scheduled posts on sites without real cron)."""
        self.http.request("GET", f"{self.url}/wp-cron.php", params={"doing_wp_cron": ""})


def marker_for(uuid: str) -> str:
    return f"<!-- qalam:{uuid} -->"


def abilities(user: WPUser) -> list[tuple[str, str, bool]]:
    """(capability, what it means, allowed) for each ability the app cares about."""
    return [(cap, label, user.can(cap)) for cap, label in ABILITIES]


def learn_language(site: Site, client: WordPressClient, me: WPUser, *, again: bool = True) -> None:
    """The site's locale and direction into ``site`` (kept as they were when the site does not say).

    ``again`` False: only when the companion plugin says it (free) or nothing is known yet, so a sync
    without the plugin does not ask the settings every time."""
    if not again and site.language and not client.discover().language:
        return
    language, direction = client.site_language(me)
    if language:
        site.language, site.direction = language, direction
