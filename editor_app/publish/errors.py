"""Publishing failures as messages for the user, decided from WordPress's ``code`` and the HTTP status.

WordPress translates its ``message`` into the site's language, so the message is never
shown or parsed: the ``code`` field (``rest_not_logged_in``, ``rest_cannot_publish``…)
and the status decide. No message, log line or exception here ever carries a password.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.errors import QalamError

CTX = "Publish"


class ErrorKind(StrEnum):
    AUTH = "auth"  # wrong user name or application password
    FORBIDDEN = "forbidden"  # logged in but not allowed
    NOT_FOUND = "not_found"
    TOO_LARGE = "too_large"
    BAD_REQUEST = "bad_request"  # WordPress refused a field
    RATE_LIMITED = "rate_limited"
    SERVER = "server"  # 5xx
    TIMEOUT = "timeout"
    CONNECTION = "connection"  # refused, reset, DNS, offline
    TLS = "tls"
    NOT_JSON = "not_json"  # HTML (captive portal, security plugin) where JSON was expected
    REDIRECTED = "redirected"  # 3xx: the site moved, or a hotspot wants a login first
    INSECURE = "insecure"  # plain http to a non-loopback host
    UNKNOWN_CATEGORY = "unknown_category"
    CONFLICT = "conflict"
    NO_PASSWORD = "no_password"
    INVALID = "invalid"  # the request could not be built (bad URL, missing file…)


# Which capability a refused action needs, by WordPress error code (and, for the generic ones, the route).
_CAPABILITY_BY_CODE = {
    "rest_cannot_publish": "publish_posts",
    "rest_cannot_edit_others": "edit_others_posts",
    "rest_cannot_edit": "edit_posts",
    "rest_cannot_delete": "delete_posts",
    "rest_cannot_assign_term": "assign_terms",
    "rest_cannot_assign_sticky": "edit_others_posts",
    "rest_cannot_view": "edit_posts",
    "rest_forbidden_context": "edit_posts",
    "rest_cannot_read": "read",
    "rest_cannot_edit_media": "upload_files",
}

# Outcomes that say nothing about whether the server acted on the request.
AMBIGUOUS_KINDS = frozenset({ErrorKind.TIMEOUT, ErrorKind.CONNECTION, ErrorKind.SERVER, ErrorKind.NOT_JSON})
# Outcomes worth trying again later (offline, server trouble).
TRANSIENT_KINDS = frozenset(
    {
        ErrorKind.TIMEOUT,
        ErrorKind.CONNECTION,
        ErrorKind.SERVER,
        ErrorKind.RATE_LIMITED,
        ErrorKind.NOT_JSON,
        ErrorKind.REDIRECTED,
    }
)


class PublishError(QalamError):
    """A failed exchange with a site. ``ambiguous``: the server may have acted on the request."""

    def __init__(
        self,
        message: UserMessage,
        *,
        kind: ErrorKind,
        status: int | None = None,
        code: str | None = None,
        ambiguous: bool = False,
        capability: str | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status
        self.code = code
        self.ambiguous = ambiguous
        self.capability = capability

    @property
    def transient(self) -> bool:
        """True when trying again later may succeed (the outbox keeps the item queued)."""
        return self.kind in TRANSIENT_KINDS

    def __repr__(self) -> str:
        return f"PublishError(kind={self.kind.value}, status={self.status}, code={self.code})"


def _msg(text: str, **args: str) -> UserMessage:
    return UserMessage(CTX, text, dict(args))


def _capability_for(code: str, method: str, path: str) -> str:
    if code in _CAPABILITY_BY_CODE:
        return _CAPABILITY_BY_CODE[code]
    if "/media" in path:
        return "upload_files"
    if "/categories" in path and method != "GET":
        return "manage_categories"
    if "/tags" in path and method != "GET":
        return "edit_posts"
    if "/users" in path:
        return "list_users"
    return "edit_posts"


def auth_error() -> PublishError:
    return PublishError(
        _msg(
            QT_TRANSLATE_NOOP(
                "Publish",
                "The site refused the user name or application password. Check them in the site settings "
                "(an application password is not the login password).",
            )
        ),
        kind=ErrorKind.AUTH,
        status=401,
    )


def forbidden_error(capability: str, code: str | None = None, status: int = 403) -> PublishError:
    if capability == "publish_posts":
        text = QT_TRANSLATE_NOOP(
            "Publish",
            "This account may not publish on this site (it lacks the “{capability}” permission). "
            "Submit the article for review instead.",
        )
    elif capability == "upload_files":
        text = QT_TRANSLATE_NOOP(
            "Publish",
            "This account may not upload images to this site (it lacks the “{capability}” permission).",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Publish",
            "This account is not allowed to do this on the site (it lacks the “{capability}” permission).",
        )
    return PublishError(
        _msg(text, capability=capability),
        kind=ErrorKind.FORBIDDEN,
        status=status,
        code=code,
        capability=capability,
    )


def not_json_error(status: int) -> PublishError:
    return PublishError(
        _msg(
            QT_TRANSLATE_NOOP(
                "Publish",
                "The site answered with a web page instead of data. A hotspot login page, a firewall or a "
                "security plugin may be in the way: open the site in a browser, then try again.",
            )
        ),
        kind=ErrorKind.NOT_JSON,
        status=status,
        ambiguous=True,
    )


def timeout_error(*, ambiguous: bool) -> PublishError:
    return PublishError(
        _msg(QT_TRANSLATE_NOOP("Publish", "The site took too long to answer. The article stays queued.")),
        kind=ErrorKind.TIMEOUT,
        ambiguous=ambiguous,
    )


def connection_error(host: str, *, ambiguous: bool) -> PublishError:
    return PublishError(
        _msg(
            QT_TRANSLATE_NOOP(
                "Publish", "Cannot reach {host}. You may be offline; the article stays queued."
            ),
            host=host,
        ),
        kind=ErrorKind.CONNECTION,
        ambiguous=ambiguous,
    )


def tls_error(host: str) -> PublishError:
    return PublishError(
        _msg(
            QT_TRANSLATE_NOOP(
                "Publish",
                "The secure connection to {host} failed: its certificate is not valid or not trusted. "
                "Nothing was sent.",
            ),
            host=host,
        ),
        kind=ErrorKind.TLS,
    )


def insecure_url_error(url: str) -> PublishError:
    return PublishError(
        _msg(
            QT_TRANSLATE_NOOP(
                "Publish",
                "{url} uses plain http: passwords would travel unencrypted. Use an https address.",
            ),
            url=url,
        ),
        kind=ErrorKind.INSECURE,
    )


def invalid_url_error(url: str) -> PublishError:
    return PublishError(
        _msg(QT_TRANSLATE_NOOP("Publish", "“{url}” is not a web address of a site."), url=url),
        kind=ErrorKind.INVALID,
    )


def no_keyring_error(site: str) -> PublishError:
    return PublishError(
        _msg(
            QT_TRANSLATE_NOOP(
                "Publish",
                "The password cannot be stored: no secure keyring (Secret Service) is running, so the site "
                "{site} was not added. Start and unlock gnome-keyring (or KWallet), then add the site again; "
                "or give the password in QALAM_PASSWORD to each command.",
            ),
            site=site,
        ),
        kind=ErrorKind.NO_PASSWORD,
    )


def no_password_error(site: str, user: str) -> PublishError:
    return PublishError(
        _msg(
            QT_TRANSLATE_NOOP(
                "Publish",
                "No application password is known for {user} on {site}. Enter it in the site settings "
                "or set QALAM_PASSWORD.",
            ),
            site=site,
            user=user,
        ),
        kind=ErrorKind.NO_PASSWORD,
    )


def unknown_categories_error(names: list[str]) -> PublishError:
    return PublishError(
        _msg(
            QT_TRANSLATE_NOOP(
                "Publish",
                "These categories do not exist on the site: {names}. Refresh the list or choose others.",
            ),
            names=", ".join(names),
        ),
        kind=ErrorKind.UNKNOWN_CATEGORY,
    )


def categories_not_allowed_error(names: list[str]) -> PublishError:
    return PublishError(
        _msg(
            QT_TRANSLATE_NOOP(
                "Publish",
                "These categories do not exist on the site, and your role there may not create them: "
                "{names}. Choose categories the site has, or ask an editor to create them. Nothing was sent.",
            ),
            names=", ".join(names),
        ),
        kind=ErrorKind.UNKNOWN_CATEGORY,
        capability="manage_categories",
    )


def other_site_error() -> PublishError:
    return PublishError(
        _msg(
            QT_TRANSLATE_NOOP(
                "Publish",
                "This article is already a post on another site: copy the draft to publish it here.",
            )
        ),
        kind=ErrorKind.INVALID,
    )


def local_media_error(name: str) -> PublishError:
    return PublishError(
        _msg(QT_TRANSLATE_NOOP("Publish", "The image {name} cannot be read from this computer."), name=name),
        kind=ErrorKind.INVALID,
    )


def server_error(status: int, code: str | None = None) -> PublishError:
    return PublishError(
        _msg(
            QT_TRANSLATE_NOOP(
                "Publish", "The site had an internal error (HTTP {status}). The article stays queued."
            ),
            status=str(status),
        ),
        kind=ErrorKind.SERVER,
        status=status,
        code=code,
        ambiguous=True,
    )


def parse_wp_error(body: bytes) -> tuple[str | None, dict[str, Any]]:
    """WordPress's ``{"code": …, "message": …, "data": {…}}``, or (None, {}) for anything else."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None, {}
    if isinstance(data, dict) and isinstance(data.get("code"), str):
        extra = data.get("data")
        return data["code"], extra if isinstance(extra, dict) else {}
    return None, {}


def looks_like_html(content_type: str, body: bytes) -> bool:
    if "html" in content_type.lower():
        return True
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<head", b"<body"))


def redirected_error(status: int, location: str | None) -> PublishError:
    host = urlsplit(location or "").hostname or "?"
    return PublishError(
        _msg(
            QT_TRANSLATE_NOOP(
                "Publish",
                "The site sent Qalam to another address ({host}). If the site has moved, change its address "
                "in the site settings; on a hotspot, log in to it first.",
            ),
            host=host,
        ),
        kind=ErrorKind.REDIRECTED,
        status=status,
    )


def page_error(url: str, status: int) -> PublishError:
    """A public page or file of the site (front page, stylesheet) that could not be fetched."""
    path = urlsplit(url).path or "/"
    too_large = status == 413
    return PublishError(
        _msg(
            QT_TRANSLATE_NOOP("Publish", "The site's page {path} is too large to keep.")
            if too_large
            else QT_TRANSLATE_NOOP("Publish", "The site did not give its page {path} (HTTP {status})."),
            path=path,
            status=str(status),
        ),
        kind=ErrorKind.TOO_LARGE if too_large else ErrorKind.NOT_FOUND if status == 404 else ErrorKind.SERVER,
        status=status,
    )


def error_from_response(
    status: int, body: bytes, content_type: str, *, method: str, path: str, location: str | None = None
) -> PublishError:
    """Map a non-2xx answer (or an HTML 2xx) to a PublishError, from ``code`` first, then the status."""
    code, data = parse_wp_error(body)
    if code is None and 200 <= status < 300:
        return not_json_error(status)
    if 300 <= status < 400:
        return redirected_error(status, location)
    if (
        code
        in (
            "rest_not_logged_in",
            "incorrect_password",
            "invalid_username",
            "invalid_email",
            "application_passwords_disabled",
            "rest_authentication_error",
        )
        or status == 401
    ):
        err = auth_error()
        err.code = code
        return err
    if code == "rest_cannot_create" and status in (401, 403) and "/posts" in path:
        # WordPress answers a missing login on a create with rest_cannot_create as well.
        return forbidden_error("edit_posts", code, status)
    if status == 403 or (code or "").startswith("rest_cannot") or code == "rest_forbidden":
        return forbidden_error(_capability_for(code or "", method, path), code, status)
    if status == 404 or code in (
        "rest_post_invalid_id",
        "rest_no_route",
        "rest_term_invalid",
        "rest_user_invalid_id",
    ):
        return PublishError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Publish", "The site has no such item any more (it may have been deleted there)."
                )
            ),
            kind=ErrorKind.NOT_FOUND,
            status=status,
            code=code,
        )
    if status == 413 or code in ("rest_upload_file_too_big", "rest_upload_limited_space", "upload_error"):
        return PublishError(
            _msg(QT_TRANSLATE_NOOP("Publish", "The file is too large for the site. Use a smaller image.")),
            kind=ErrorKind.TOO_LARGE,
            status=status,
            code=code,
        )
    if status == 429:
        return PublishError(
            _msg(QT_TRANSLATE_NOOP("Publish", "The site asks to slow down. The article stays queued.")),
            kind=ErrorKind.RATE_LIMITED,
            status=status,
            code=code,
        )
    if status >= 500:
        return server_error(status, code)
    if code is None and looks_like_html(content_type, body):
        return not_json_error(status)
    param = ""
    params = data.get("params")
    if isinstance(params, dict) and params:
        param = ", ".join(sorted(str(k) for k in params))
    return PublishError(
        _msg(
            QT_TRANSLATE_NOOP("Publish", "The site refused the request ({code} {fields})."),
            code=code or str(status),
            fields=param,
        ),
        kind=ErrorKind.BAD_REQUEST,
        status=status,
        code=code,
    )
