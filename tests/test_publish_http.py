"""The HTTP core and the error mapping, without a network (httpx.MockTransport)."""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable

import httpx
import pytest

from editor_app import __version__
from editor_app.core.slug import MAX_ENCODED_BYTES, encoded_length, make_slug
from editor_app.publish.credentials import Secret
from editor_app.publish.errors import ErrorKind, PublishError, error_from_response
from editor_app.publish.http import HttpClient, HttpConfig, backoff_delay, check_url
from editor_app.publish.publisher import add_marker, strip_marker, wp_status
from editor_app.publish.wordpress import WordPressClient

Handler = Callable[[httpx.Request], httpx.Response]


def make(handler: Handler, **cfg: float) -> tuple[HttpClient, list[float]]:
    sleeps: list[float] = []
    config = HttpConfig(**{"retries": 3, "backoff_base": 0.5, **cfg})  # type: ignore[arg-type]
    return HttpClient(config, transport=httpx.MockTransport(handler), sleep=sleeps.append), sleeps


def test_user_agent_and_get_retried_on_503_with_growing_backoff() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503 if len(calls) < 3 else 200, json={"ok": True})

    client, sleeps = make(handler)
    response = client.request("GET", "https://news.example/wp-json/")
    assert response.status_code == 200 and len(calls) == 3
    assert calls[0].headers["user-agent"] == f"Qalam/{__version__}"
    assert len(sleeps) == 2 and all(0 <= s <= 0.5 * 2**i for i, s in enumerate(sleeps))


def test_retry_after_is_honoured_for_429() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(429, headers={"Retry-After": "7"}) if len(calls) == 1 else httpx.Response(200)

    client, sleeps = make(handler)
    assert client.request("GET", "https://news.example/x").status_code == 200
    assert sleeps == [7.0]


def test_post_is_not_repeated_after_a_503_or_a_dropped_answer() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503)

    client, _ = make(handler)
    assert client.request("POST", "https://news.example/wp-json/wp/v2/posts", json={}).status_code == 503
    assert len(calls) == 1

    def dropped(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)

    calls.clear()
    client, _ = make(dropped)
    with pytest.raises(PublishError) as err:
        client.request("POST", "https://news.example/wp-json/wp/v2/posts", json={})
    assert len(calls) == 1 and err.value.ambiguous and err.value.kind is ErrorKind.CONNECTION


def test_post_that_never_connected_is_retried() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) < 3:
            raise httpx.ConnectError("Connection refused", request=request)
        return httpx.Response(201, json={"id": 1})

    client, sleeps = make(handler)
    assert client.request("POST", "https://news.example/p", json={}).status_code == 201
    assert len(calls) == 3 and len(sleeps) == 2


def test_offline_gives_a_transient_unambiguous_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Name or service not known", request=request)

    client, sleeps = make(handler, retries=2)
    with pytest.raises(PublishError) as err:
        client.request("POST", "https://news.example/p")
    assert err.value.kind is ErrorKind.CONNECTION and err.value.transient and not err.value.ambiguous
    assert "news.example" in str(err.value) and len(sleeps) == 2


def test_read_timeout_is_ambiguous_and_tls_failure_is_final() -> None:
    def timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client, _ = make(timeout)
    with pytest.raises(PublishError) as err:
        client.request("POST", "https://news.example/p")
    assert err.value.kind is ErrorKind.TIMEOUT and err.value.ambiguous

    def tls(request: httpx.Request) -> httpx.Response:
        try:
            raise ssl.SSLCertVerificationError("certificate verify failed: self-signed certificate")
        except ssl.SSLError as exc:
            raise httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED]", request=request) from exc

    client, sleeps = make(tls)
    with pytest.raises(PublishError) as err:
        client.request("GET", "https://news.example/p")
    assert err.value.kind is ErrorKind.TLS and sleeps == [] and not err.value.transient


def test_plain_http_only_to_loopback_and_never_with_credentials_in_the_url() -> None:
    assert check_url("http://127.0.0.1:8089/") == "http://127.0.0.1:8089"
    assert check_url("http://localhost:8089") == "http://localhost:8089"
    assert check_url("http://[::1]:8089")
    for bad, kind in (
        ("http://news.example", ErrorKind.INSECURE),
        ("ftp://news.example", ErrorKind.INVALID),
        ("https://user:pw@news.example", ErrorKind.INVALID),
        ("news.example", ErrorKind.INVALID),
    ):
        with pytest.raises(PublishError) as err:
            check_url(bad)
        assert err.value.kind is kind
        assert "pw@" not in str(err.value)


@pytest.mark.parametrize(
    ("status", "body", "kind", "capability"),
    [
        (401, {"code": "rest_not_logged_in", "message": "أنت غير مسجل الدخول."}, ErrorKind.AUTH, None),
        (401, {"code": "incorrect_password", "message": "x"}, ErrorKind.AUTH, None),
        (
            403,
            {"code": "rest_cannot_publish", "message": "عذراً، غير مسموح لك بنشر المقالات."},
            ErrorKind.FORBIDDEN,
            "publish_posts",
        ),
        (403, {"code": "rest_cannot_create", "message": "x"}, ErrorKind.FORBIDDEN, "upload_files"),
        (404, {"code": "rest_post_invalid_id", "message": "x"}, ErrorKind.NOT_FOUND, None),
        (413, b"<html>Request Entity Too Large</html>", ErrorKind.TOO_LARGE, None),
        (500, {"code": "internal_server_error", "message": "x"}, ErrorKind.SERVER, None),
        (502, b"<html>Bad gateway</html>", ErrorKind.SERVER, None),
        (200, b"<!DOCTYPE html><html><body>Login to WiFi</body></html>", ErrorKind.NOT_JSON, None),
        (
            400,
            {"code": "rest_invalid_param", "message": "x", "data": {"params": {"status": "bad"}}},
            ErrorKind.BAD_REQUEST,
            None,
        ),
    ],
)
def test_errors_are_decided_by_code_and_status_not_by_message(
    status: int, body: dict[str, object] | bytes, kind: ErrorKind, capability: str | None
) -> None:
    raw = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    ctype = "text/html" if isinstance(body, bytes) else "application/json"
    path = "/wp/v2/media" if capability == "upload_files" else "/wp/v2/posts"
    err = error_from_response(status, raw, ctype, method="POST", path=path)
    assert err.kind is kind
    assert err.capability == capability
    assert "غير" not in str(err)  # WordPress's own (translated) message is never shown
    assert err.user_message.context == "Publish"


def test_wordpress_client_falls_back_to_rest_route_and_hides_the_password() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.startswith("/wp-json"):
            return httpx.Response(200, html="<html><body>Home page</body></html>")
        route = request.url.params.get("rest_route")
        if route == "/":
            return httpx.Response(200, json={"name": "S", "namespaces": ["wp/v2"]})
        if route == "/wp/v2/users/me":
            assert request.url.params.get("context") == "edit"
            return httpx.Response(
                200,
                json={
                    "id": 3,
                    "name": "ليلى",
                    "roles": ["author"],
                    "capabilities": {"publish_posts": True, "edit_others_posts": False},
                },
            )
        return httpx.Response(404, json={"code": "rest_no_route"})

    http, _ = make(handler)
    client = WordPressClient("https://news.example", "layla", Secret("very-secret-pw"), http=http)
    me = client.me()
    assert me.roles == ("author",) and me.can("publish_posts") and not me.can("edit_others_posts")
    assert not client.discover().pretty_permalinks
    assert "very-secret-pw" not in repr(client) and "very-secret-pw" not in repr(vars(client))
    assert seen[-1].headers["authorization"].startswith("Basic ")


def test_a_redirect_is_reported_with_the_host_only() -> None:
    err = error_from_response(
        302,
        b"",
        "text/html",
        method="POST",
        path="/wp/v2/posts",
        location="https://login.hotspot.example/?t=SECRET",
    )
    assert err.kind is ErrorKind.REDIRECTED and err.transient and not err.ambiguous
    assert "login.hotspot.example" in str(err) and "SECRET" not in str(err)


def test_backoff_is_capped() -> None:
    assert all(backoff_delay(n, 0.5, 8.0) <= 8.0 for n in range(20))


def test_arabic_slug_fits_200_encoded_bytes_at_a_word_boundary() -> None:
    title = (
        "الرئيس يستقبل وفدا رفيع المستوى لبحث سبل تعزيز التعاون الاقتصادي والتجاري بين البلدين الشقيقين "
        "في مختلف المجالات"
    )
    slug = make_slug(title)
    assert encoded_length(slug) <= MAX_ENCODED_BYTES
    assert title.replace(" ", "-").startswith(slug + "-")  # whole words only
    assert make_slug("مَرْحَبًا بِكُم، يا أصدقاء؟") == "مرحبا-بكم-يا-أصدقاء"
    assert make_slug("Breaking: ٣ قتلى في حادث!") == "breaking-3-قتلى-في-حادث"
    long_word = "ا" * 150
    assert encoded_length(make_slug(long_word)) <= MAX_ENCODED_BYTES and make_slug(long_word)


def test_marker_goes_inside_the_last_paragraph_and_comes_out_again() -> None:
    uuid = "0b7a6f0e-1d3c-4c55-9d6e-2f1f1f1f1f1f"
    body = "<p>أ</p>\n<p>ب</p>\n"
    marked = add_marker(body, uuid)
    assert marked == f"<p>أ</p>\n<p>ب <!-- qalam:{uuid} --></p>\n"
    assert strip_marker(marked) == "<p>أ</p>\n<p>ب</p>\n"
    assert add_marker(marked, uuid) == marked
    assert add_marker("نص بلا فقرات", uuid).endswith(f"\n<!-- qalam:{uuid} -->")


def test_status_for_each_action() -> None:
    from datetime import UTC, datetime, timedelta

    from editor_app.publish.publisher import Action

    now = datetime(2026, 1, 1, 12, tzinfo=UTC)
    assert wp_status(Action.PUBLISH, None, now) == ("publish", None)
    assert wp_status(Action.PUBLISH, now + timedelta(hours=1), now) == ("future", "2026-01-01T13:00:00")
    assert wp_status(Action.PUBLISH, now + timedelta(seconds=30), now) == ("publish", None)
    assert wp_status(Action.SUBMIT, None, now) == ("pending", None)
    assert wp_status(Action.DRAFT, None, now) == ("draft", None)


def test_no_password_in_logs_or_errors_even_at_debug_level(caplog: pytest.LogCaptureFixture) -> None:
    import base64
    import logging

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/wp-json/":
            return httpx.Response(200, json={"name": "S", "namespaces": ["wp/v2"]})
        return httpx.Response(401, json={"code": "incorrect_password", "message": "كلمة المرور غير صحيحة"})

    secret = "Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2"
    http, _ = make(handler)
    client = WordPressClient("https://news.example", "layla", Secret(secret), http=http)
    with caplog.at_level(logging.DEBUG), pytest.raises(PublishError) as err:
        client.me()
    basic = base64.b64encode(f"layla:{secret}".encode()).decode()
    for text in (caplog.text, str(err.value), repr(err.value), repr(client), str(err.value.__cause__)):
        assert secret not in text and basic not in text
