"""Opening the draft store from a command: ``open_store`` for commands that write (or need the whole
store), ``read_store`` for the read-only ones, which take the plain-sqlite3 fast path when they can."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from editor_app.cli.context import CliContext

if TYPE_CHECKING:  # imported lazily: keeps the read-only commands off SQLAlchemy
    from editor_app.storage.store import DraftStore

R = TypeVar("R")


@contextmanager
def open_store(ctx: CliContext) -> Iterator[DraftStore]:
    """The store through ``DraftStore.open`` (checks, repairs, migrations); its report goes to stderr.

    A command is short-lived: the full integrity check only when it is due (storage/integrity.py), a light
    one otherwise. A command that changed drafts keeps the backups fresh (at most BACKUP_EVERY apart)."""
    from editor_app.errors import QalamError
    from editor_app.storage.store import DraftStore
    from editor_app.storage.store_state import BACKUP_EVERY

    store = DraftStore.open(ctx.paths, ordinary_check="light")
    for message in store.report.messages:
        ctx.fail(ctx.say(message))
    done = False
    try:
        yield store
        done = True
    finally:
        try:
            if done and store.wrote_anything:
                store.backup_if_due(BACKUP_EVERY)
                if store.backup_note is not None:  # no room for it: say so, the command still worked
                    ctx.fail(ctx.say(store.backup_note))
            store.close(backup=False)
        except QalamError:
            if done:
                raise  # otherwise the command's own error is the one to tell


def read_store(ctx: CliContext, read: Callable[[Any], R]) -> R:
    """``read(store)`` with the quickest store that may answer: a :class:`QuickReader` when the file is this
    version's and healthy, else ``DraftStore`` (both have the same reading methods). ``read`` must only
    read and return what the command prints, since it may run twice (a damaged file found mid-read)."""
    from editor_app.storage.quick_read import read_with

    def careful() -> R:
        with open_store(ctx) as store:
            return read(store)

    return read_with(ctx.paths, read, careful)
