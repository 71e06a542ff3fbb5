"""One window per data folder: the first ``qalam`` holds the folder's lock and listens; a second one
hands its request (``qalam --open ID``) to the first and exits 0.

The local server's name derives from the user and the data folder, so two folders (or two users)
never meet. The message is one JSON line, ``{"open": ID or null}``; the answer is ``ok``.
"""

from __future__ import annotations

import getpass
import json
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from editor_app.core.sha import sha256_hex
from editor_app.storage.folder_lock import FolderLock, owner_pid

if TYPE_CHECKING:
    from editor_app.cli.context import CliContext

log = logging.getLogger(__name__)

# The first window may still be starting (it listens once its QApplication exists), or still writing
# everything before it quits: keep trying this long.
HANDOVER_TIMEOUT_S = 8.0
HANDED_OVER, CLAIMED, FAILED = "handed over", "claimed", "failed"


def server_name(data_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    key = f"{user}\0{data_dir.resolve()}".encode()
    return "qalam-" + sha256_hex(key)[:24]


class SingleInstance(QObject):
    """``claim()`` before building the window; ``listen()`` once the application exists."""

    open_requested = Signal(object)  # a draft id (str) or None: bring the window forward

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self.lock = FolderLock(data_dir)
        self._server: QLocalServer | None = None

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
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left by a crashed window (we hold the lock)
        if not server.listen(self.name):
            log.warning("cannot listen for other windows on %s: %s", self.name, server.errorString())
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def stop_listening(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def close(self) -> None:
        self.stop_listening()
        self.lock.release()

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace")
        try:
            request = json.loads(line)
            wanted = request.get("open") if isinstance(request, dict) else None
        except ValueError:
            wanted = None
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.open_requested.emit(str(wanted) if wanted else None)

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
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(min(timeout_ms, 1000)):
            return False
        socket.write((json.dumps({"open": open_id}) + "\n").encode())
        ok = socket.waitForBytesWritten(timeout_ms)
        ok = ok and socket.waitForReadyRead(timeout_ms) and socket.canReadLine()
        ok = ok and bytes(socket.readLine().data()).strip() == b"ok"
        socket.abort()
        return bool(ok)


def bring_forward(window: Any, draft_id: str | None) -> None:
    """Another start asked for this window: show it on top, and open the draft it names."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    if not draft_id:
        return
    if "store" in window.ctx.services:
        window.open_draft(draft_id)
    else:  # still starting: once the store is open
        window.store_ready.connect(lambda _store: window.open_draft(draft_id))


def hand_over_message(ctx: CliContext, pid: int | None) -> str:
    return ctx.translate(
        "Launch",
        "Qalam is already open with this data folder (process {pid}) but does not answer. "
        "Close that window, or end the process if it hangs, then start Qalam again.",
    ).format(pid=pid if pid is not None else "?")
