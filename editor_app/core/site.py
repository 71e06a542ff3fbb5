"""Sites the newsroom publishes to, and their cached categories and tags. Never holds a secret."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


def _new_id() -> str:
    import uuid  # when an id is made, not at start: with platform, ~2 ms to import

    return str(uuid.uuid4())


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Site:
    """A WordPress site. Passwords live in the keyring only (publish/credentials.py), never here."""

    name: str
    url: str
    username: str = ""
    api_root: str = ""
    has_plugin: bool = False
    roles: list[str] = field(default_factory=list)
    capabilities: dict[str, Any] = field(default_factory=dict)
    timezone: str = "UTC"
    language: str = ""  # the site's locale as WordPress reports it ("ar", "en_US"); "" until learnt
    direction: str = ""  # how the site shows its pages ("rtl"/"ltr", from is_rtl() or the locale)
    direction_setting: str = ""  # the user's choice for this site ("rtl"/"ltr"); "" follows the site
    id: str = field(default_factory=_new_id)
    created_at: datetime = field(default_factory=_now)

    @property
    def text_direction(self) -> str:
        """The direction the site shows an article in ("" when unknown): a paragraph whose direction
        differs carries ``dir`` when published there."""
        return self.direction_setting or self.direction


# WordPress locales written right to left (their language packs say so; is_rtl() is the authority when the
# companion plugin reports it).
_RTL_LANGUAGES = frozenset(
    {"ar", "arq", "ary", "azb", "ckb", "dv", "fa", "haz", "he", "ps", "sd", "skr", "ug", "ur", "yi"}
)


def locale_direction(locale: str) -> str:
    """"rtl" or "ltr" for a WordPress locale ("ar", "fa_IR", "en_US"); "" for none."""
    language = locale.replace("-", "_").split("_")[0].lower()
    if not language:
        return ""
    return "rtl" if language in _RTL_LANGUAGES else "ltr"


@dataclass(frozen=True)
class Term:
    """A category or tag as cached from a site (``parent`` is the parent's remote id, 0 for none)."""

    site_id: str
    remote_id: int
    name: str
    slug: str = ""
    parent: int = 0


@dataclass(frozen=True)
class TermSyncState:
    """What the last look at a site's categories (or tags) saw: ``total`` and ``max_id`` as the site
    reported them, ``edited`` the companion plugin's edit stamp, ``full_at`` the last complete listing."""

    site_id: str
    kind: str
    total: int = 0
    max_id: int = 0
    edited: str = ""
    full_at: datetime | None = None


@dataclass
class TermChanges:
    """How a refresh changed the local copy of a site's categories or tags."""

    added: int = 0
    renamed: int = 0  # name, slug or parent changed
    deleted: int = 0

    @property
    def any(self) -> bool:
        return bool(self.added or self.renamed or self.deleted)


@dataclass(frozen=True)
class TermStatus:
    """An article's categories and tags against the local copy of its site's (as the last sync left it)."""

    site_name: str
    unknown_categories: tuple[str, ...] = ()
    unknown_tags: tuple[str, ...] = ()
    may_create_categories: bool = False  # editors and administrators; any role may create tags

    @property
    def any_unknown(self) -> bool:
        return bool(self.unknown_categories or self.unknown_tags)

    @property
    def refused_categories(self) -> tuple[str, ...]:
        """Unknown categories this user's role cannot create: publishing them is refused."""
        return () if self.may_create_categories else tuple(c for c in self.unknown_categories)
