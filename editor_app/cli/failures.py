"""One line for each way the environment can stop Qalam: what is wrong and what to do.

Used by :mod:`editor_app.cli.run` for the folders it prepares and, as the last guard, for any
exception a command did not turn into a :class:`~editor_app.errors.QalamError` itself: a broken
certificate file, a database another program keeps locked, a keyring daemon that is gone… The
traceback goes to the log file only.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from editor_app.cli.context import CliContext
from editor_app.core.i18n import QT_TRANSLATE_NOOP

CTX = "Environment"
MSG_FILE_IN_PATH = QT_TRANSLATE_NOOP("Environment", "The data folder {path} cannot be used: {file} is a file, not a folder. Move that file away, or choose another folder with --data-dir.")  # noqa: E501
MSG_READ_ONLY = QT_TRANSLATE_NOOP("Environment", "The data folder {path} is read-only. Give yourself write permission on it, or choose another folder with --data-dir.")  # noqa: E501
MSG_MISSING = QT_TRANSLATE_NOOP("Environment", "The data folder {path} does not exist, and neither does {parent} (is a drive not connected?). Create the folder first, or choose another one with --data-dir.")  # noqa: E501
MSG_CANNOT_CREATE = QT_TRANSLATE_NOOP("Environment", "Qalam may not create the folder {path} ({reason}). Check the permissions of its parent folder, or choose another folder with --data-dir.")  # noqa: E501
MSG_DISK_FULL = QT_TRANSLATE_NOOP("Environment", "The disk is full: Qalam cannot create the folder {path}. Free some space and try again.")  # noqa: E501
MSG_FOLDER = QT_TRANSLATE_NOOP("Environment", "Qalam cannot use the folder {path} ({reason}). Check the disk, or choose another folder with --data-dir.")  # noqa: E501
MSG_LOG = QT_TRANSLATE_NOOP("Environment", "Qalam cannot write its log file in {path} ({reason}). Give yourself write permission on that folder, or choose another data folder with --data-dir.")  # noqa: E501
MSG_CA_FILE = QT_TRANSLATE_NOOP("Environment", "The certificate file in {var} ({path}) is missing or unusable, so no secure connection can be made. Correct {var}, or unset it to use the system's certificates.")  # noqa: E501
MSG_TLS = QT_TRANSLATE_NOOP("Environment", "No secure connection could be made ({reason}). Check the system's certificates (the ca-certificates package).")  # noqa: E501
MSG_DAMAGED = QT_TRANSLATE_NOOP("Environment", "The drafts database in {path} is damaged. Start Qalam again: it keeps the damaged file aside and restores the newest backup.")  # noqa: E501
MSG_KEYRING = QT_TRANSLATE_NOOP("Environment", "The system keyring cannot be used ({reason}). Start or unlock it (for example gnome-keyring), or set QALAM_PASSWORD for each command.")  # noqa: E501
MSG_DICTIONARIES = QT_TRANSLATE_NOOP("Environment", "The spelling dictionaries cannot be loaded ({reason}). Install hunspell-ar and hunspell-en-us (see qalam doctor).")  # noqa: E501
MSG_MEMORY = QT_TRANSLATE_NOOP("Environment", "Qalam ran out of memory. Close other programs and try again.")
MSG_OS = QT_TRANSLATE_NOOP("Environment", "Qalam could not use {path} ({reason}). Check that it exists and that you may use it.")  # noqa: E501
MSG_UNEXPECTED = QT_TRANSLATE_NOOP("Environment", "Qalam stopped on an unexpected error ({error}). The details are in {log}. Please report it.")  # noqa: E501


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def _blocking_file(path: Path) -> Path | None:
    """The regular file that sits where one of ``path``'s folders should be, if any."""
    for candidate in (path, *path.parents):
        try:
            if candidate.exists():
                return candidate if not candidate.is_dir() else None
        except OSError:
            return None
    return None


def check_data_folder(ctx: CliContext) -> str | None:
    """The data folder must be (or become) a folder this user may write to. A folder named with
    --data-dir (or QALAM_DATA_DIR) is created only where its parent exists: a typing mistake or a drive
    that is not mounted must not silently start an empty store."""
    folder = Path(ctx.paths.data_dir)
    blocking = _blocking_file(folder)
    if blocking is not None:
        return ctx.translate(CTX, MSG_FILE_IN_PATH).format(
            path=str(folder), file=str(blocking))
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        return ctx.translate(CTX, MSG_READ_ONLY).format(path=str(folder))
    explicit = bool(getattr(ctx.args, "data_dir", None) or os.environ.get("QALAM_DATA_DIR"))
    if explicit and not folder.exists() and not folder.parent.is_dir():
        return ctx.translate(CTX, MSG_MISSING).format(path=str(folder), parent=str(folder.parent))
    return None


def folder_problem(ctx: CliContext, exc: OSError) -> str:
    where = exc.filename or ctx.paths.data_dir
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ctx.translate(CTX, MSG_CANNOT_CREATE).format(
            path=str(where), reason=_reason(exc))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ctx.translate(CTX, MSG_DISK_FULL).format(path=str(where))
    return ctx.translate(CTX, MSG_FOLDER).format(path=str(where), reason=_reason(exc))


def log_problem(ctx: CliContext, exc: OSError) -> str:
    return ctx.translate(CTX, MSG_LOG).format(
        path=str(ctx.paths.log_dir), reason=_reason(exc))


def _is_tls(exc: BaseException) -> bool:
    import ssl

    current: BaseException | None = exc
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError | ssl.CertificateError):
            return True
        current = current.__cause__ or current.__context__
    return False


def _from_module(exc: BaseException, *prefixes: str) -> bool:
    current: BaseException | None = exc
    while current is not None:
        if type(current).__module__.split(".")[0] in prefixes:
            return True
        current = current.__cause__ or current.__context__
    return False


def _in_tls_setup(exc: BaseException) -> bool:
    """Raised while a TLS context was being made (``ssl.create_default_context`` loading CA files)."""
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename.replace("\\", "/")
        if name.endswith(("/ssl.py", "/httpx/_config.py", "/certifi/core.py")):
            return True
        tb = tb.tb_next
    return False


def _ca_file_problem(ctx: CliContext, exc: BaseException) -> str | None:
    """A broken SSL_CERT_FILE / SSL_CERT_DIR / REQUESTS_CA_BUNDLE: name the variable and the file."""
    for var in ("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE"):
        value = os.environ.get(var)
        if not value:
            continue
        path = Path(value)
        usable = path.is_dir() if var == "SSL_CERT_DIR" else path.is_file() and path.stat().st_size > 0
        if not usable or _is_tls(exc):
            return ctx.translate(CTX, MSG_CA_FILE).format(var=var, path=value)
    return None


def explain(ctx: CliContext, exc: BaseException) -> str:
    """One translated line for an exception no command caught."""
    import sqlite3
    import ssl

    from editor_app.storage.errors import classify, is_corruption

    if isinstance(exc, ssl.SSLError | ssl.CertificateError) or _is_tls(exc) or _in_tls_setup(exc):
        found = _ca_file_problem(ctx, exc)
        if found:
            return found
        return ctx.translate(CTX, MSG_TLS).format(reason=str(exc))
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlalchemy"):
        if is_corruption(exc):
            return ctx.translate(CTX, MSG_DAMAGED).format(
                path=str(ctx.paths.data_dir))
        storage = classify(exc, ctx.paths.data_dir)
        if storage is not None:
            return ctx.say(storage.user_message)
    if _from_module(exc, "keyring", "secretstorage", "jeepney", "dbus"):
        return ctx.translate(CTX, MSG_KEYRING).format(
            reason=type(exc).__name__)
    if _from_module(exc, "enchant"):
        return ctx.translate(CTX, MSG_DICTIONARIES).format(reason=str(exc))
    if isinstance(exc, MemoryError):
        return ctx.translate(CTX, MSG_MEMORY)
    if isinstance(exc, OSError):
        storage = classify(exc, exc.filename or ctx.paths.data_dir)
        if storage is not None and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES,
                                                 errno.EPERM):
            return ctx.say(storage.user_message)
        return ctx.translate(CTX, MSG_OS).format(path=str(exc.filename or ctx.paths.data_dir),
                                                        reason=_reason(exc))
    return ctx.translate(CTX, MSG_UNEXPECTED).format(
        error=f"{type(exc).__name__}: {exc}"[:200], log=str(ctx.paths.log_file))
