"""What Qalam reads from a site besides single posts and terms: post listings (``qalam posts list``, the
"Open from site" dialog) and the site's public pages and files (front page, stylesheets, fonts) for the
preview. A part of :class:`editor_app.publish.wordpress.WordPressClient`, kept in its own module so the
client stays readable; every request still goes through the client's ``call`` or the shared HttpClient.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from editor_app.publish import errors
from editor_app.publish.errors import ErrorKind, PublishError
from editor_app.publish.http import check_url

if TYPE_CHECKING:
    import httpx

    from editor_app.publish.http import HttpClient
    from editor_app.publish.wordpress import SiteInfo

# A line of `qalam posts list` / the "Open from site" dialog; the companion plugin adds the author's name.
POST_LIST_FIELDS = "id,title,status,author,modified_gmt,link"
AUTHOR_NAME_FIELD = "qalam_author_name"
POST_STATUSES = ("publish", "future", "draft", "pending", "private")
MAX_PAGE_BYTES = 8 * 1024 * 1024  # a front page or a stylesheet larger than this is not a page
PER_PAGE = 100  # WordPress's largest page


@dataclass(frozen=True)
class PostSummary:
    """One post as a listing shows it (``link`` percent-encoded, as the site gives it)."""

    id: int
    title: str
    status: str
    author: int
    modified_gmt: str
    link: str
    author_name: str = ""


@dataclass(frozen=True)
class PostPage:
    posts: list[PostSummary]
    total: int  # X-WP-Total
    pages: int  # X-WP-TotalPages
    page: int


@dataclass(frozen=True)
class WebFile:
    """A public page or file of the site (the front page, a stylesheet, a font), fetched without the login."""

    url: str  # where it was found, after redirects
    status: int  # 200, or 304 when the copy we have is still current
    body: bytes
    content_type: str
    etag: str = ""
    last_modified: str = ""
    size: int = 0  # bytes of the body (given to the sink, or in ``body``)


class SiteReading:
    """Listings and public pages, mixed into WordPressClient (which has ``call``, ``discover``, ``http``)."""

    http: HttpClient

    if TYPE_CHECKING:

        def call(
            self, method: str, route: str, *, params: Mapping[str, Any] | None = None
        ) -> tuple[Any, httpx.Response]: ...

        def discover(self) -> SiteInfo: ...

    def list_posts(
        self,
        *,
        search: str = "",
        status: str | None = None,
        author: int | None = None,
        page: int = 1,
        per_page: int = 20,
    ) -> PostPage:
        """One page of the site's posts, newest change first, only the fields a listing shows.

        ``status`` None lists every status the user may see (``any``: not the trash); ``search`` is
        WordPress's own search (title, excerpt and content)."""
        fields = POST_LIST_FIELDS
        if self.discover().has_companion:
            fields += "," + AUTHOR_NAME_FIELD
        params: dict[str, Any] = {
            "context": "edit",
            "status": status or "any",
            "orderby": "modified",
            "order": "desc",
            "page": page,
            "per_page": max(1, min(per_page, PER_PAGE)),
            "_fields": fields,
        }
        if search.strip():
            params["search"] = search.strip()
        if author is not None:
            params["author"] = author
        try:
            data, response = self.call("GET", "/wp/v2/posts", params=params)
        except PublishError as exc:
            if exc.code == "rest_post_invalid_page_number":  # past the last page: nothing more
                return PostPage([], 0, 0, page)
            raise
        posts = []
        for item in data if isinstance(data, list) else []:
            if not isinstance(item, dict) or "id" not in item:
                continue
            title = item.get("title")
            if isinstance(title, dict):
                title = title.get("raw", title.get("rendered", ""))
            posts.append(
                PostSummary(
                    id=int(item["id"]),
                    title=str(title or ""),
                    status=str(item.get("status", "")),
                    author=int(item.get("author") or 0),
                    modified_gmt=str(item.get("modified_gmt", "")),
                    link=str(item.get("link", "")),
                    author_name=str(item.get(AUTHOR_NAME_FIELD) or ""),
                )
            )
        total = int(response.headers.get("x-wp-total", "") or len(posts))
        pages = int(response.headers.get("x-wp-totalpages", "") or 1)
        return PostPage(posts, total, pages, page)

    def user_names(self, ids: list[int]) -> dict[int, str]:
        """Display names of these users, as far as the site shows them (authors of published posts)."""
        wanted = sorted({i for i in ids if i})
        if not wanted:
            return {}
        try:
            data, _ = self.call(
                "GET",
                "/wp/v2/users",
                params={"include": ",".join(map(str, wanted)), "per_page": PER_PAGE, "_fields": "id,name"},
            )
        except PublishError as exc:
            if exc.kind in (ErrorKind.FORBIDDEN, ErrorKind.AUTH):
                return {}
            raise
        users = data if isinstance(data, list) else []
        return {int(u["id"]): str(u.get("name") or "") for u in users if isinstance(u, dict) and "id" in u}

    def fetch_public(
        self,
        url: str,
        *,
        etag: str = "",
        last_modified: str = "",
        accept: str = "*/*",
        max_redirects: int = 5,
        sink: Callable[[bytes], object] | None = None,
    ) -> WebFile:
        """GET a public page or file (front page, stylesheet, font) without the login: the site's own HTML
        and CSS, as a reader's browser gets them. Redirects are followed only to addresses Qalam may use
        (https, or http on this machine); ``etag``/``last_modified`` make it a conditional request.

        With ``sink`` the body is handed to it piece by piece as it arrives and ``body`` stays empty (a font
        goes to its file without being held whole). A body past :data:`MAX_PAGE_BYTES` is refused as soon
        as it passes it."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url.strip()
        check_url(current)  # refuses what Qalam may not fetch (its normal form drops the final slash)
        for _hop in range(max_redirects + 1):
            response = self.http.request("GET", current, headers=headers, stream=True)
            try:
                location = response.headers.get("location")
                if response.status_code in (301, 302, 303, 307, 308) and location:
                    current = str(response.url.join(location))
                    check_url(current)
                    continue
                if response.status_code == 304:
                    return WebFile(current, 304, b"", "", etag, last_modified)
                if not 200 <= response.status_code < 300:
                    raise errors.page_error(current, response.status_code)
                pieces: list[bytes] = []
                size = 0
                for chunk in self.http.body_chunks(response):
                    size += len(chunk)
                    if size > MAX_PAGE_BYTES:
                        raise errors.page_error(current, 413)
                    if sink is None:
                        pieces.append(chunk)
                    else:
                        sink(chunk)
                return WebFile(
                    current,
                    response.status_code,
                    b"".join(pieces),
                    response.headers.get("content-type", ""),
                    response.headers.get("etag", ""),
                    response.headers.get("last-modified", ""),
                    size,
                )
            finally:
                response.close()
        raise errors.redirected_error(310, current)
