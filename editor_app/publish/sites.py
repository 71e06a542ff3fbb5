"""Adding, checking, listing and removing sites: the service behind `qalam sites` and the sites dialog.

Every function may block on the network or the database: the GUI calls them through its
TaskRunner. The application password is handed to publish/credentials.py and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from editor_app.core.site import Site
from editor_app.publish import credentials, errors
from editor_app.publish.credentials import Secret, Where
from editor_app.publish.http import HttpClient, check_url
from editor_app.publish.wordpress import WordPressClient, abilities, learn_language

if TYPE_CHECKING:
    from editor_app.storage.store import DraftStore


@dataclass
class SiteCheck:
    """What a connection to the site showed: who we are there and what we may do."""

    site_name: str
    user: str
    user_id: int
    roles: list[str]
    abilities: list[tuple[str, str, bool]]  # capability, label (QT_TRANSLATE_NOOP "Publish"), allowed
    companion_plugin: bool
    pretty_permalinks: bool
    terms: dict[str, int] = field(default_factory=dict)
    language: str = ""  # the site's locale ("" when the site does not say)
    direction: str = ""  # the direction articles are shown in there: the setting, else the site's

    def to_json(self) -> dict[str, Any]:
        return {
            "site_name": self.site_name,
            "user": self.user,
            "user_id": self.user_id,
            "roles": list(self.roles),
            "abilities": {cap: allowed for cap, _label, allowed in self.abilities},
            "companion_plugin": self.companion_plugin,
            "pretty_permalinks": self.pretty_permalinks,
            "terms": dict(self.terms),
            "language": self.language,
            "direction": self.direction,
        }


@dataclass(frozen=True)
class SiteSummary:
    site: Site
    password: str  # "keyring", "memory", "environment", "missing" or "unknown"


def check_site(
    site: Site, password: Secret, *, http: HttpClient | None = None
) -> tuple[SiteCheck, WordPressClient]:
    """Connect, read the REST index and the user; fill the site's cached roles and capabilities.

    Returns the open client too (close it when done).
    """
    client = WordPressClient(site.url, site.username, password, http=http)
    try:
        info = client.discover()
        me = client.me()
    except BaseException:
        client.close()
        raise
    site.api_root = client.endpoint("/")
    site.has_plugin = info.has_companion
    site.roles = list(me.roles)
    site.capabilities = {cap: True for cap in sorted(me.capabilities)}
    try:
        learn_language(site, client, me)
    except BaseException:
        client.close()
        raise
    report = SiteCheck(
        site_name=info.name,
        user=me.name or me.slug,
        user_id=me.id,
        roles=list(me.roles),
        abilities=abilities(me),
        companion_plugin=info.has_companion,
        pretty_permalinks=info.pretty_permalinks,
        language=site.language,
        direction=site.text_direction,
    )
    return report, client


def set_direction(store: DraftStore, site: Site, direction: str) -> Site:
    """The user's direction for articles on this site ("rtl"/"ltr"), or "" to follow the site's language."""
    site.direction_setting = direction if direction in ("rtl", "ltr") else ""
    store.update_site(site)
    return site


def add_site(
    store: DraftStore,
    name: str,
    url: str,
    user: str,
    password: str,
    *,
    check: bool = True,
    save_password: bool = True,
    require_keyring: bool = False,
    http: HttpClient | None = None,
) -> tuple[Site, SiteCheck | None, Where | None]:
    """Check the login (unless ``check`` is False), store the site, then the password.

    Returns the site, what the check showed, and where the password is kept (None when not
    saved, e.g. it came from QALAM_PASSWORD). With ``require_keyring`` a password that cannot go
    to a secure keyring is an error and nothing is added: the password is stored first, and taken
    out again if the site cannot be saved (the command line: a site must not outlive its password).
    """
    site = Site(name=name.strip(), url=check_url(url), username=user.strip())
    report: SiteCheck | None = None
    if require_keyring and save_password and store.site_by_name(site.name) is not None:
        store.add_site(site)  # raises the store's "already exists" error, before touching the keyring
    if check:
        report, client = check_site(site, Secret(credentials.normalise_password(password)), http=http)
        client.close()
    if not (require_keyring and save_password):
        store.add_site(site)
        where = credentials.store_password(site.url, site.username, password) if save_password else None
        return site, report, where
    had = credentials.in_keyring(site.url, site.username)
    where = credentials.store_password(site.url, site.username, password)
    if where is not Where.KEYRING:
        credentials.forget_in_memory(site.url, site.username)
        raise errors.no_keyring_error(site.name)
    try:
        store.add_site(site)
    except BaseException:
        if not had:  # a password stored for a site that could not be saved: take it out again
            credentials.delete_password(site.url, site.username)
        raise
    return site, report, where


def password_of(site: Site) -> Secret:
    found = credentials.get_password(site.url, site.username)
    if found is None:
        raise errors.no_password_error(site.name, site.username)
    return found[0]


def test_site(
    store: DraftStore, site: Site, *, password: Secret | None = None, http: HttpClient | None = None
) -> SiteCheck:
    """Connect with the stored password; refresh the cached roles, categories and tags."""
    from editor_app.publish.site_terms import refresh_terms

    report, client = check_site(site, password or password_of(site), http=http)
    try:
        store.update_site(site)
        refreshed = refresh_terms(store, client, site.id, full=True)
        report.terms = {"category": refreshed.categories, "tag": refreshed.tags}
    finally:
        client.close()
    return report


def set_password(site: Site, password: str) -> Where:
    """A new application password for a site (the old one is replaced)."""
    return credentials.store_password(site.url, site.username, password)


def remove_site(store: DraftStore, site: Site) -> None:
    """Forget the site, its cached terms, its queued jobs and its password (drafts keep their text)."""
    store.delete_site(site.id)
    credentials.delete_password(site.url, site.username)


def password_state(site: Site) -> str:
    try:
        found = credentials.get_password(site.url, site.username)
    except Exception:
        return "unknown"
    return found[1].value if found else "missing"


def list_sites(store: DraftStore) -> list[SiteSummary]:
    return [SiteSummary(site, password_state(site)) for site in store.list_sites()]
