"""Sites the newsroom publishes to, and their cached categories and tags. Never holds a secret."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


def _new_id() -> str:
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
    id: str = field(default_factory=_new_id)
    created_at: datetime = field(default_factory=_now)


@dataclass(frozen=True)
class Term:
    """A category or tag as cached from a site (``parent`` is the parent's remote id, 0 for none)."""

    site_id: str
    remote_id: int
    name: str
    slug: str = ""
    parent: int = 0
