"""The one HTTP core for talking to sites: httpx with timeouts, pooling, careful retries and clear errors.

Retries (exponential backoff with full jitter) happen only where repeating cannot do
harm: a request that never left this machine (connection refused, DNS, pool timeout),
or a request safe to repeat (GET/HEAD/OPTIONS/PUT/DELETE, or one marked ``idempotent``)
after a dropped connection, a timeout or 502/503/504/429. A POST that may have reached
the server is never sent twice here: the caller gets an ``ambiguous`` PublishError and
decides (the publisher looks the post up first).

Proxies come from the environment (``HTTPS_PROXY``…), TLS is always verified, plain
http is refused except to loopback, and the user agent is ``Qalam/<version>``. No
password ever appears in a log line or an exception: authentication is an httpx.Auth
object and URLs carrying ``user:pass@`` are refused.
"""

from __future__ import annotations

import ipaddress
import logging
import random
import ssl
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from editor_app import __version__
from editor_app.publish import errors
from editor_app.publish.errors import ErrorKind, PublishError

log = logging.getLogger(__name__)

USER_AGENT = f"Qalam/{__version__}"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})

ProgressCallback = Callable[[int, int], None]
_T = TypeVar("_T")
# Requests a listing (pages of terms, of posts) may have in flight at once: enough to hide the latency of
# a slow site, few enough not to look like an attack to it (a php -S test site has 4 workers).
PAGE_CONCURRENCY = 4
_LOOPBACK_PATTERNS = ("all://127.0.0.1", "all://localhost", "all://[::1]")


@dataclass(frozen=True)
class HttpConfig:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    write_timeout: float = 60.0
    pool_timeout: float = 10.0
    retries: int = 3  # extra attempts after the first
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    max_connections: int = 8
    verify: bool | str | ssl.SSLContext = True  # a CA bundle path in tests; never False in the app


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """The normalised site URL, or a PublishError for a URL that must not be used."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise errors.invalid_url_error(url)
    if parts.username or parts.password:
        # Never carry credentials in a URL: they would end up in logs and histories.
        raise errors.invalid_url_error(f"{parts.scheme}://{parts.hostname}")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise errors.insecure_url_error(url)
    return url.rstrip("/")


def backoff_delay(attempt: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    """Full-jitter exponential backoff: uniform(0, min(cap, base·2^attempt))."""
    r = rng or random
    return r.uniform(0, min(cap, base * (2**attempt)))


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value and value.strip().isdigit():
        return min(float(value.strip()), 60.0)
    return None


def _is_tls_failure(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError | ssl.CertificateError):
            return True
        text = str(current)
        if "CERTIFICATE_VERIFY_FAILED" in text or "SSL:" in text or "[SSL" in text:
            return True
        current = current.__cause__ or current.__context__
    return False


def _progress_stream(data: bytes, progress: ProgressCallback, chunk: int = 64 * 1024) -> Iterator[bytes]:
    total = len(data)
    sent = 0
    progress(0, total)
    for start in range(0, total, chunk):
        piece = data[start : start + chunk]
        yield piece
        sent += len(piece)
        progress(sent, total)


def run_concurrently(calls: Sequence[Callable[[], _T]], limit: int = PAGE_CONCURRENCY) -> list[_T]:
    """Run ``calls`` (requests through one HttpClient, which threads may share) at most ``limit`` at a time;
    their results in order. The first failure is raised once the calls already running have ended, and
    the ones not started yet are dropped."""
    if len(calls) <= 1:
        return [call() for call in calls]
    return list(iter_concurrently(calls, limit))


def iter_concurrently(calls: Iterable[Callable[[], _T]], limit: int = PAGE_CONCURRENCY) -> Iterator[_T]:
    """The results of ``calls`` in order, each as soon as it and those before it are done, with at most
    ``limit`` calls running or done-but-not-yet-taken: a long listing flows through (the caller stores a
    page while the next ones are fetched) and is never held whole. The first failure is raised in its
    turn, once the calls already running have ended; the ones not started yet are dropped, as they are
    when the caller stops reading."""
    pending_calls = iter(calls)
    if limit <= 1:
        for call in pending_calls:
            yield call()
        return
    pool = ThreadPoolExecutor(max_workers=limit, thread_name_prefix="qalam-http")
    try:
        running: deque[Future[_T]] = deque(pool.submit(call) for call in islice(pending_calls, limit))
        while running:
            result = running.popleft().result()
            after = next(pending_calls, None)
            if after is not None:
                running.append(pool.submit(after))
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class HttpClient:
    """A pooled httpx client shared by every call to every site (and by threads: httpx.Client is
    thread-safe, see :func:`run_concurrently`)."""

    def __init__(
        self,
        config: HttpConfig | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.config = cfg = config or HttpConfig()
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._client = httpx.Client(
            timeout=httpx.Timeout(
                connect=cfg.connect_timeout,
                read=cfg.read_timeout,
                write=cfg.write_timeout,
                pool=cfg.pool_timeout,
            ),
            limits=httpx.Limits(
                max_connections=cfg.max_connections, max_keepalive_connections=cfg.max_connections
            ),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            verify=cfg.verify,
            trust_env=True,  # HTTPS_PROXY / HTTP_PROXY / NO_PROXY / SSL_CERT_FILE from the environment
            follow_redirects=False,
            transport=transport,
            # A site on this machine is never reached through a proxy from the environment.
            mounts=None if transport is not None else dict.fromkeys(_LOOPBACK_PATTERNS),
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        auth: httpx.Auth | None = None,
        idempotent: bool | None = None,
        timeout: float | None = None,
        progress: ProgressCallback | None = None,
        follow_redirects: bool = False,
        stream: bool = False,
    ) -> httpx.Response:
        """Send one request (retrying where safe) and return any HTTP answer; raise PublishError otherwise.

        Status codes are not judged here except for retries: the caller maps non-2xx answers. With
        ``stream`` the body is not read yet: the caller reads it with :meth:`body_chunks` and closes the
        response (a font goes to its file without being held whole).
        """
        method = method.upper()
        check_url(url)
        repeatable = method in SAFE_METHODS if idempotent is None else idempotent
        host = urlsplit(url).hostname or url
        cfg = self.config
        attempt = 0
        while True:
            body: bytes | Iterator[bytes] | None = content
            req_headers = dict(headers or {})
            if content is not None and progress is not None:
                body = _progress_stream(content, progress)
                req_headers["Content-Length"] = str(len(content))
            started = time.monotonic()
            try:
                request = self._client.build_request(
                    method,
                    url,
                    params=params,
                    json=json,
                    content=body,
                    headers=req_headers,
                    timeout=self._timeout(timeout),
                )
                response = self._client.send(
                    request, auth=auth, follow_redirects=follow_redirects, stream=stream
                )
            except httpx.TransportError as exc:
                failure, sent = self._classify(exc, host)
                may_retry = attempt < cfg.retries and (repeatable or not sent)
                log.info(
                    "%s %s failed (%s, attempt %d)%s",
                    method,
                    _loggable(url),
                    type(exc).__name__,
                    attempt + 1,
                    "; retrying" if may_retry else "",
                )
                if not may_retry or failure.kind is ErrorKind.TLS:
                    raise failure from None
                self._sleep(backoff_delay(attempt, cfg.backoff_base, cfg.backoff_max, self._rng))
                attempt += 1
                continue
            elapsed = time.monotonic() - started
            log.debug("%s %s -> %d in %.0f ms", method, _loggable(url), response.status_code, elapsed * 1000)
            if response.status_code in RETRY_STATUSES and repeatable and attempt < cfg.retries:
                delay = _retry_after(response)
                if delay is None:
                    delay = backoff_delay(attempt, cfg.backoff_base, cfg.backoff_max, self._rng)
                log.info(
                    "%s %s -> %d; retrying in %.1f s", method, _loggable(url), response.status_code, delay
                )
                response.close()
                self._sleep(delay)
                attempt += 1
                continue
            return response

    def body_chunks(self, response: httpx.Response) -> Iterator[bytes]:
        """The body of a response sent with ``stream=True``, piece by piece as it arrives; a connection lost
        meanwhile is a PublishError, as for :meth:`request`."""
        try:
            yield from response.iter_bytes()
        except httpx.TransportError as exc:
            raise self._classify(exc, response.url.host)[0] from None

    def _timeout(self, read: float | None) -> httpx.Timeout | Any:
        """The client's timeouts, or longer read/write ones for one slow call (connect stays short)."""
        if read is None:
            return httpx.USE_CLIENT_DEFAULT
        cfg = self.config
        return httpx.Timeout(connect=cfg.connect_timeout, read=read, write=read, pool=cfg.pool_timeout)

    @staticmethod
    def _classify(exc: httpx.TransportError, host: str) -> tuple[PublishError, bool]:
        """The error for the user, and whether the request may have reached the server."""
        if _is_tls_failure(exc):
            return errors.tls_error(host), False
        if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
            return errors.timeout_error(ambiguous=False), False
        if isinstance(exc, httpx.TimeoutException):
            return errors.timeout_error(ambiguous=True), True
        if isinstance(exc, httpx.ConnectError | httpx.UnsupportedProtocol | httpx.ProxyError):
            return errors.connection_error(host, ambiguous=False), False
        return errors.connection_error(host, ambiguous=True), True


def _loggable(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}{parts.path}"
