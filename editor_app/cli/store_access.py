"""Opening the draft store from a command: ``open_store`` for commands that write (or need the whole
store), ``read_store`` for the read-only ones, which take the plain-sqlite3 fast path when they can."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from editor_app.cli.context import CliContext

if TYPE_CHECKING:  # imported lazily: keeps the read-only commands off SQLAlchemy
    from editor_app.storage.store import DraftStore

R = TypeVar("R")


@contextmanager
def open_store(ctx: CliContext) -> Iterator[DraftStore]:
    """The store through ``DraftStore.open`` (checks, repairs, migrations); its report goes to stderr."""
    from editor_app.storage.store import DraftStore

    store = DraftStore.open(ctx.paths)
    for message in store.report.messages:
        ctx.fail(ctx.say(message))
    try:
        yield store
    finally:
        try:
            store.backup_if_due(timedelta(hours=6))
        finally:
            store.close(backup=False)


def read_store(ctx: CliContext, read: Callable[[Any], R]) -> R:
    """``read(store)`` with the quickest store that may answer: a :class:`QuickReader` when the file is this
    version's and healthy, else ``DraftStore`` (both have the same reading methods). ``read`` must only
    read and return what the command prints, since it may run twice (a damaged file found mid-read)."""
    from editor_app.storage.quick_read import read_with

    def careful() -> R:
        with open_store(ctx) as store:
            return read(store)

    return read_with(ctx.paths, read, careful)
