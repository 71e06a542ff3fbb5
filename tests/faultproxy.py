"""A fault-injecting HTTP/1.1 proxy on loopback, between the client under test and WordPress.

It reads each request (head plus ``Content-Length`` body), then either forwards it or
injects a fault chosen for the next matching requests:

- ``DROP_AFTER_REQUEST``: forward, let WordPress finish, then close without an answer;
- ``HTTP_503``: answer 503 without forwarding; ``HTTP_503_AFTER``: forward, then answer 503;
- ``DELAY``: forward, then hold the answer ``delay`` seconds (past the client's timeout);
- ``CUT_UPLOAD``: read half of the body, then close both sides (WordPress never gets it all);
- ``HTML_200``: answer a captive-portal web page with status 200;
- ``LATE_ARRIVAL``: drop the client at once, deliver the request to WordPress ``late`` seconds later
  (a site still working on a request whose answer was lost).

The proxy runs its own asyncio loop in a thread so that synchronous tests can use it.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum


class Fault(Enum):
    DROP_AFTER_REQUEST = "drop"
    HTTP_503 = "503"
    HTTP_503_AFTER = "503-after"
    DELAY = "delay"
    CUT_UPLOAD = "cut"
    HTML_200 = "html"
    LATE_ARRIVAL = "late"


@dataclass
class Seen:
    method: str
    target: str
    fault: Fault | None


@dataclass
class _Rule:
    fault: Fault
    times: int
    match: Callable[[str, str], bool]


CAPTIVE_PAGE = (
    b"<!DOCTYPE html><html><head><title>Hotel WiFi</title></head>"
    b"<body><h1>Welcome! Please log in to use the Internet.</h1></body></html>"
)


@dataclass
class FaultProxy:
    upstream_host: str
    upstream_port: int
    delay: float = 3.0
    late: float = 0.6
    port: int = 0
    seen: list[Seen] = field(default_factory=list)
    _rules: list[_Rule] = field(default_factory=list)
    _loop: asyncio.AbstractEventLoop | None = None
    _server: asyncio.base_events.Server | None = None
    _thread: threading.Thread | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- control from the test thread -----------------------------------------------------

    def inject(
        self, fault: Fault, *, times: int = 1, method: str | None = None, path: str | None = None
    ) -> None:
        """Apply ``fault`` to the next ``times`` requests matching the method and path fragment."""

        def match(m: str, target: str) -> bool:
            return (method is None or m == method) and (path is None or path in target)

        with self._lock:
            self._rules.append(_Rule(fault, times, match))

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()
            self.seen.clear()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def faults_applied(self) -> list[Seen]:
        return [s for s in self.seen if s.fault is not None]

    def start(self) -> FaultProxy:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            self._server = loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            loop.run_forever()
            self._server.close()
            loop.run_until_complete(self._server.wait_closed())
            loop.close()

        self._thread = threading.Thread(target=run, name="faultproxy", daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    # --- the proxy ------------------------------------------------------------------------

    def _take_fault(self, method: str, target: str) -> Fault | None:
        with self._lock:
            for rule in self._rules:
                if rule.times > 0 and rule.match(method, target):
                    rule.times -= 1
                    return rule.fault
        return None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
                method, target = [*request_line.split(" "), "", ""][:2]
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value.strip() or 0)
                fault = self._take_fault(method, target)
                self.seen.append(Seen(method, target, fault))
                if fault is Fault.CUT_UPLOAD:
                    with contextlib.suppress(Exception):
                        await reader.readexactly(length // 2)
                    return
                body = await reader.readexactly(length) if length else b""
                if fault is Fault.HTML_200:
                    await self._answer(writer, 200, "OK", CAPTIVE_PAGE, "text/html; charset=utf-8")
                    return
                if fault is Fault.HTTP_503:
                    await self._answer(writer, 503, "Service Unavailable", b"<html>busy</html>", "text/html")
                    return
                if fault is Fault.LATE_ARRIVAL:
                    writer.close()
                    await asyncio.sleep(self.late)
                    await self._forward(head, body)
                    return
                response = await self._forward(head, body)
                if fault is Fault.DROP_AFTER_REQUEST:
                    return
                if fault is Fault.HTTP_503_AFTER:
                    await self._answer(writer, 503, "Service Unavailable", b"<html>busy</html>", "text/html")
                    return
                if fault is Fault.DELAY:
                    await asyncio.sleep(self.delay)
                writer.write(response)
                await writer.drain()
                return  # php -S closes after every answer; so do we
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _forward(self, head: bytes, body: bytes) -> bytes:
        up_reader, up_writer = await asyncio.open_connection(self.upstream_host, self.upstream_port)
        # Ask for a close-delimited answer so that reading to EOF gets all of it.
        lines = [ln for ln in head.split(b"\r\n") if ln and not ln.lower().startswith(b"connection:")]
        fixed = b"\r\n".join(lines) + b"\r\nConnection: close\r\n\r\n"
        up_writer.write(fixed + body)
        await up_writer.drain()
        data = await up_reader.read()
        up_writer.close()
        return data

    @staticmethod
    async def _answer(
        writer: asyncio.StreamWriter, status: int, reason: str, body: bytes, ctype: str
    ) -> None:
        writer.write(
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
            f"Connection: close\r\n\r\n".encode()
            + body
        )
        await writer.drain()
