"""The single-instance channel alone: a private Unix socket, a stale one replaced, a request delivered."""

from __future__ import annotations

import socket
import stat
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.gui import single_instance as single
from editor_app.gui.single_instance import SingleInstance, socket_path


@pytest.mark.skipif(not single.UNIX, reason="Unix sockets only (elsewhere QLocalServer)")
def test_a_request_reaches_the_listening_window_over_a_private_socket(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    data = tmp_path / "data"
    data.mkdir()
    first = SingleInstance(data)
    path = socket_path(first.name)
    # A socket file left by a window that crashed: nobody listens on it.
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()
    assert first.claim() and first.listen()
    try:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0  # only this user may connect
        got: list[object] = []
        first.open_requested.connect(got.append)
        # A start that connects and then says nothing (it hung, or died) does not hold up the window.
        silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        silent.connect(str(path))
        qtbot.wait(50)
        assert len(first._pending) == 1 and got == []
        second = SingleInstance(data)
        assert not second.claim()  # the folder is the first window's
        with qtbot.waitSignal(first.open_requested, timeout=3000):
            # The second start blocks in _send while the first answers from its event loop: run the
            # sender on a thread of its own, as the real second process would be.
            result: list[bool] = []
            sender = threading.Thread(target=lambda: result.append(second._send("abc123", 2000)))
            sender.start()
            qtbot.waitUntil(lambda: not sender.is_alive(), timeout=3000)
        assert result == [True] and got == ["abc123"]
        silent.close()
        qtbot.waitUntil(lambda: len(got) == 2)  # it closed without a line: taken as "come forward"
        assert got[1] is None and first._pending == {}
    finally:
        first.close()
    assert not path.exists()  # cleaned up when the window closes
    assert SingleInstance(data)._send(None, 200) is False  # nobody listens now
