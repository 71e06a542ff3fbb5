"""One window per data folder: the first ``qalam`` holds the folder's lock and listens; a second one
hands its request (``qalam --open ID``) to the first and exits 0.

The local server's name derives from the user and the data folder, so two folders (or two users)
never meet. The message is one JSON line, ``{"open": ID or null}``; the answer is ``ok``.

On POSIX systems the server is a Unix socket of Python's own in the user's runtime folder, watched by a
``QSocketNotifier``: QtNetwork (about 2 MB of memory, and time before the window shows) is loaded only
where there are no Unix sockets, for ``QLocalServer``.
"""

from __future__ import annotations

import _socket
import logging
import os
import stat
import tempfile
import time
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from editor_app.core.sha import sha256_hex
from editor_app.storage.folder_lock import FolderLock, owner_pid

if TYPE_CHECKING:
    import socket

    from PySide6.QtCore import QSocketNotifier

    from editor_app.cli.context import CliContext

# ``socket``, ``json``, ``getpass`` and QSocketNotifier are imported when first used: the window listens
# once it is shown, and a start that hands over has no window to wait for (~4 ms before the window).

log = logging.getLogger(__name__)

# The first window may still be starting (it listens once it is shown), or still writing
# everything before it quits: keep trying this long.
HANDOVER_TIMEOUT_S = 8.0
HANDED_OVER, CLAIMED, FAILED = "handed over", "claimed", "failed"
MAX_LINE = 4096
UNIX = hasattr(_socket, "AF_UNIX")


def server_name(data_dir: Path) -> str:
    import getpass

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    key = f"{user}\0{data_dir.resolve()}".encode()
    return "qalam-" + sha256_hex(key)[:24]


def socket_path(name: str) -> Path:
    """Where the Unix socket lives: the user's runtime folder (private), else the temporary folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = Path(runtime) if runtime and Path(runtime).is_dir() else Path(tempfile.gettempdir())
    return folder / name


def _read_line(conn: socket.socket) -> bytes:
    data = b""
    while b"\n" not in data and len(data) < MAX_LINE:
        chunk = conn.recv(MAX_LINE)
        if not chunk:
            break
        data += chunk
    return data.split(b"\n", 1)[0]


class SingleInstance(QObject):
    """``claim()`` before building the window; ``listen()`` once the application exists."""

    open_requested = Signal(object)  # a draft id (str) or None: bring the window forward

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = FolderLock(data_dir)
        self._server: Any = None  # a QLocalServer where there are no Unix sockets
        self._listening: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._pending: dict[QSocketNotifier, tuple[socket.socket, bytes]] = {}  # requests being read

    @cached_property
    def name(self) -> str:
        return server_name(self.data_dir)

    def claim(self) -> bool:
        """Take the folder's lock; False when a live window already has it."""
        try:
            return self.lock.acquire()
        except OSError as exc:  # an unusable folder: opening the store says what is wrong with it
            log.warning("cannot lock %s: %s", self.lock.path, exc)
            return True

    def owner(self) -> int | None:
        return owner_pid(self.data_dir)

    def listen(self) -> bool:
        if not UNIX:
            return self._listen_qt()
        import socket

        from PySide6.QtCore import QSocketNotifier

        path = socket_path(self.name)
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            try:
                if stat.S_ISSOCK(path.lstat().st_mode):
                    path.unlink()  # a socket left by a crashed window (we hold the lock)
            except FileNotFoundError:
                pass
            old_mask = os.umask(0o177)  # only this user may connect (the socket is made 0600)
            try:
                server.bind(str(path))
            finally:
                os.umask(old_mask)
            server.listen(4)
            server.setblocking(False)
        except OSError as exc:
            server.close()
            log.warning("cannot listen for other windows on %s: %s", path, exc)
            return False
        self._listening = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def stop_listening(self) -> None:
        for notifier in list(self._pending):
            self._drop(notifier)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listening is not None:
            self._listening.close()
            self._listening = None
            try:
                socket_path(self.name).unlink()
            except OSError:
                pass
        if self._server is not None:
            self._server.close()
            self._server = None

    def close(self) -> None:
        self.stop_listening()
        self.lock.release()

    def _accept(self, *_args: object) -> None:
        from PySide6.QtCore import QSocketNotifier

        server = self._listening
        while server is not None:
            try:
                conn, _address = server.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                log.warning("a request from another start failed: %s", exc)
                return
            # Read as the line arrives, from the event loop: a start that connects and stalls (or dies)
            # never holds up this window.
            conn.setblocking(False)
            notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read, self)
            self._pending[notifier] = (conn, b"")
            notifier.activated.connect(lambda *_a, n=notifier: self._read(n))
            self._read(notifier)

    def _read(self, notifier: QSocketNotifier) -> None:
        conn, data = self._pending[notifier]
        try:
            while b"\n" not in data and len(data) < MAX_LINE:
                chunk = conn.recv(MAX_LINE)
                if not chunk:
                    break  # the other start closed: take what came
                data += chunk
        except (BlockingIOError, InterruptedError):
            self._pending[notifier] = (conn, data)
            return  # more to come
        except OSError as exc:
            log.warning("a request from another start failed: %s", exc)
            self._drop(notifier)
            return
        try:
            conn.sendall(b"ok\n")
        except OSError as exc:
            log.warning("a request from another start could not be answered: %s", exc)
        self._drop(notifier)
        self._requested(data.split(b"\n", 1)[0])

    def _drop(self, notifier: QSocketNotifier) -> None:
        conn, _data = self._pending.pop(notifier)
        notifier.setEnabled(False)
        notifier.deleteLater()
        conn.close()

    def _requested(self, line: bytes) -> None:
        import json

        try:
            request = json.loads(line.decode("utf-8", "replace"))
            wanted = request.get("open") if isinstance(request, dict) else None
        except ValueError:
            wanted = None
        self.open_requested.emit(str(wanted) if wanted else None)

    # -- QtNetwork, where there are no Unix sockets ---------------------------------------------------
    def _listen_qt(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left by a crashed window (we hold the lock)
        if not server.listen(self.name):
            log.warning("cannot listen for other windows on %s: %s", self.name, server.errorString())
            return False
        server.newConnection.connect(self._accept_qt)
        self._server = server
        return True

    def _accept_qt(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            conn = server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._read_qt(c))
            conn.disconnected.connect(conn.deleteLater)
            self._read_qt(conn)

    def _read_qt(self, conn: Any) -> None:
        if not conn.canReadLine():
            return
        line = bytes(conn.readLine().data())
        conn.write(b"ok\n")
        conn.flush()
        conn.disconnectFromServer()
        self._requested(line)

    def attach(self, window: Any) -> None:
        """Listen for later starts; each brings ``window`` forward and opens the draft it asked for.

        A closing window stops listening at once, but keeps the folder until the application has
        written everything and quits (a start meanwhile waits for it, then takes the folder)."""
        self.listen()
        self.open_requested.connect(lambda wanted: bring_forward(window, wanted))
        window.on_close.append(self.stop_listening)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.lock.release)

    def hand_over(self, open_id: str | None, timeout_s: float = HANDOVER_TIMEOUT_S) -> str:
        """Ask the window that holds the folder to come forward (and open ``open_id``). Blocking.

        Returns HANDED_OVER, CLAIMED (that window has just quit: this process has the folder now) or
        FAILED (it holds the folder but does not answer)."""
        deadline = time.monotonic() + timeout_s
        while True:
            if self._send(open_id, max(100, int((deadline - time.monotonic()) * 1000))):
                return HANDED_OVER
            if self.claim():
                return CLAIMED
            if time.monotonic() >= deadline:
                return FAILED
            time.sleep(0.1)

    def _send(self, open_id: str | None, timeout_ms: int) -> bool:
        import json
        import socket

        message = (json.dumps({"open": open_id}) + "\n").encode()
        if not UNIX:
            return self._send_qt(message, timeout_ms)
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
                conn.settimeout(min(timeout_ms, 1000) / 1000)
                conn.connect(str(socket_path(self.name)))
                conn.settimeout(timeout_ms / 1000)
                conn.sendall(message)
                return _read_line(conn).strip() == b"ok"
        except OSError:  # nobody listens (yet, or any more), or no answer in time
            return False

    def _send_qt(self, message: bytes, timeout_ms: int) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        conn = QLocalSocket()
        conn.connectToServer(self.name)
        if not conn.waitForConnected(min(timeout_ms, 1000)):
            return False
        conn.write(message)
        ok = conn.waitForBytesWritten(timeout_ms)
        ok = ok and conn.waitForReadyRead(timeout_ms) and conn.canReadLine()
        ok = ok and bytes(conn.readLine().data()).strip() == b"ok"
        conn.abort()
        return bool(ok)


def bring_forward(window: Any, draft_id: str | None) -> None:
    """Another start asked for this window: show it on top, and open the draft it names."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    if draft_id:
        # The window may have started without its draft store (it opens on demand): opening a draft asks
        # for it and waits (DocumentController.open). Waiting for store_ready instead waited forever.
        window.open_draft(draft_id)


def hand_over_message(ctx: CliContext, pid: int | None) -> str:
    return ctx.translate(
        "Launch",
        "Qalam is already open with this data folder (process {pid}) but does not answer. "
        "Close that window, or end the process if it hangs, then start Qalam again.",
    ).format(pid=pid if pid is not None else "?")
