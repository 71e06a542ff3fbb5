"""`qalam sites add|list|test|remove`: the WordPress sites this newsroom publishes to.

The application password goes to the keyring only (or, without a secure keyring, this
process's memory); ``QALAM_PASSWORD`` serves any command without being stored.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from editor_app.cli.context import CliContext
from editor_app.core.site import Site
from editor_app.errors import QalamError
from editor_app.publish import credentials
from editor_app.publish.credentials import Secret, Where
from editor_app.publish.http import check_url

if TYPE_CHECKING:  # imported lazily: keeps `qalam --help` fast
    from editor_app.storage.store import DraftStore


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sites", help="add, list, test and remove WordPress sites")
    ssub = p.add_subparsers(dest="sites_command", metavar="ACTION", required=True)

    add = ssub.add_parser("add", help="add a site (application password from stdin or QALAM_PASSWORD)")
    add.add_argument("name")
    add.add_argument("--url", required=True, help="the site's address, https://…")
    add.add_argument("--user", required=True, help="the WordPress user name")
    add.add_argument("--no-check", action="store_true", help="do not connect to the site now")
    add.set_defaults(handler=run_add)

    ls = ssub.add_parser("list", help="list the sites")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    ls.set_defaults(handler=run_list)

    test = ssub.add_parser("test", help="connect and show the user, roles and what they may do")
    test.add_argument("name")
    test.add_argument("--json", action="store_true", help="machine-readable output")
    test.set_defaults(handler=run_test)

    pw = ssub.add_parser("password", help="replace the site's application password (from stdin)")
    pw.add_argument("name")
    pw.set_defaults(handler=run_password)

    rm = ssub.add_parser("remove", help="remove a site and forget its password")
    rm.add_argument("name")
    rm.set_defaults(handler=run_remove)


@contextmanager
def open_store(ctx: CliContext) -> Iterator[DraftStore]:
    from editor_app.storage.store import DraftStore

    store = DraftStore.open(ctx.paths)
    try:
        yield store
    finally:
        store.close(backup=False)


def site_or_fail(ctx: CliContext, store: DraftStore, name: str) -> Site:
    from editor_app.publish.store_bridge import find_site

    site = find_site(store, name)
    if site is None:
        raise QalamError(
            ctx.translate("Sites", "No site named {name}. See `qalam sites list`.").format(name=name)
        )
    return site


def read_password(ctx: CliContext) -> tuple[str, bool]:
    """(password, from_environment). Never echoed, never logged."""
    import os

    env = os.environ.get(credentials.ENV_PASSWORD)
    if env:
        return env, True
    if sys.stdin.isatty():
        value = getpass.getpass(ctx.translate("Sites", "Application password: "))
    else:
        value = sys.stdin.readline()
    value = value.strip()
    if not value:
        raise QalamError(
            ctx.translate(
                "Sites", "No application password given: pipe it on standard input or set QALAM_PASSWORD."
            )
        )
    return value, False


def password_for(ctx: CliContext, site: Site) -> Secret:
    found = credentials.get_password(site.url, site.username)
    if found is None:
        raise QalamError(
            ctx.translate(
                "Sites",
                "No application password for {user} on {site}: add the site again or set QALAM_PASSWORD.",
            ).format(user=site.username, site=site.name)
        )
    return found[0]


def run_add(ctx: CliContext) -> int:
    from editor_app.publish import sites as service

    args = ctx.args
    check_url(args.url)
    password, from_env = read_password(ctx)
    with open_store(ctx) as store:
        site, _report, where = service.add_site(
            store,
            args.name,
            args.url,
            args.user,
            password,
            check=not args.no_check,
            save_password=not from_env,
            require_keyring=True,  # fails (and adds nothing) when the password cannot be kept
        )
    del where
    ctx.out(
        ctx.translate("Sites", "Added site {name} ({url}) for user {user}.").format(
            name=site.name, url=site.url, user=site.username
        )
    )
    return 0


def run_list(ctx: CliContext) -> int:
    from editor_app.publish import sites as service

    with open_store(ctx) as store:
        summaries = service.list_sites(store)
    rows: list[dict[str, Any]] = [
        {
            "name": s.site.name,
            "url": s.site.url,
            "user": s.site.username,
            "roles": list(s.site.roles),
            "companion_plugin": s.site.has_plugin,
            "password": s.password,
            "id": s.site.id,
        }
        for s in summaries
    ]
    if ctx.args.json:
        ctx.json_out(rows)
        return 0
    if not rows:
        ctx.out(
            ctx.translate("Sites", "No sites yet. Add one with `qalam sites add NAME --url URL --user USER`.")
        )
        return 0
    for r in rows:
        ctx.out(
            ctx.translate("Sites", "{name}: {url} as {user} ({roles}); password: {password}").format(
                name=r["name"],
                url=r["url"],
                user=r["user"],
                roles=", ".join(str(x) for x in r["roles"]) or "-",
                password=r["password"],
            )
        )
    return 0


def run_test(ctx: CliContext) -> int:
    from editor_app.core.i18n import UserMessage
    from editor_app.publish import sites as service

    with open_store(ctx) as store:
        site = site_or_fail(ctx, store, ctx.args.name)
        report = service.test_site(store, site, password=password_for(ctx, site))
    if ctx.args.json:
        ctx.json_out(report.to_json())
        return 0
    ctx.out(
        ctx.translate("Sites", "Connected to {site} as {user} (roles: {roles}).").format(
            site=report.site_name or site.url, user=report.user, roles=", ".join(report.roles) or "-"
        )
    )
    yes, no = ctx.translate("Sites", "yes"), ctx.translate("Sites", "no")
    for _cap, label, allowed in report.abilities:
        ctx.out(f"  {ctx.say(UserMessage('Publish', label))}: {yes if allowed else no}")
    if report.companion_plugin:
        ctx.out(ctx.translate("Sites", "The Qalam companion plugin is installed."))
    if report.direction:
        rtl, ltr = ctx.translate("Sites", "right to left"), ctx.translate("Sites", "left to right")
        shown = rtl if report.direction == "rtl" else ltr
        ctx.out(
            ctx.translate("Sites", "Site language: {language}; articles are shown {direction}.").format(
                language=report.language or "-", direction=shown
            )
        )
    return 0


def run_remove(ctx: CliContext) -> int:
    from editor_app.publish import sites as service

    with open_store(ctx) as store:
        site = site_or_fail(ctx, store, ctx.args.name)
        service.remove_site(store, site)
    ctx.out(ctx.translate("Sites", "Removed site {name}.").format(name=site.name))
    return 0


def run_password(ctx: CliContext) -> int:
    from editor_app.publish import sites as service

    password, _from_env = read_password(ctx)
    with open_store(ctx) as store:
        site = site_or_fail(ctx, store, ctx.args.name)
    where = service.set_password(site, password)
    if where is Where.MEMORY:
        ctx.err(
            ctx.translate(
                "Sites",
                "No secure keyring on this computer: the password was not saved. Set QALAM_PASSWORD for "
                "each command, or install gnome-keyring.",
            )
        )
        return 1
    ctx.out(ctx.translate("Sites", "Password saved."))
    return 0
