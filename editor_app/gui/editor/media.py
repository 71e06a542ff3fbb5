"""Where the editor keeps images: an interface the main window wires to the draft store.

The editor never touches the database itself. It hands a picked file to a
:class:`MediaSink` and gets back (possibly later) the ``src`` to write into the
article; to show an image it asks the sink for its bytes, and a sink that has to fetch
them in the background calls back when they arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable
from urllib.parse import unquote, urlsplit

from editor_app.gui.tasks import TaskRunner

MEDIA_SCHEME = "qalam-media:"

StoredCallback = Callable[[str], None]
LoadedCallback = Callable[[str, bytes], None]


@runtime_checkable
class MediaSink(Protocol):
    """Stores picked images and gives their bytes back for display.

    ``store_image`` calls ``on_stored(src)`` with the ``src`` to write into the HTML
    (``qalam-media:<id>`` for the draft store), now or later from the GUI thread.
    ``load_image`` returns the bytes if it has them; otherwise it may fetch them in the
    background and call ``on_loaded(src, data)`` when they arrive.
    """

    def store_image(
        self, path: Path, alt: str, caption: str, article_id: str | None, on_stored: StoredCallback
    ) -> None: ...

    def load_image(self, src: str, on_loaded: LoadedCallback | None = None) -> bytes | None: ...


def _read_local(src: str) -> bytes | None:
    parts = urlsplit(src)
    if parts.scheme == "file":
        path = Path(unquote(parts.path))
    elif not parts.scheme and src:
        path = Path(src)
    else:
        return None
    try:
        return path.read_bytes()
    except OSError:
        return None


class FileMediaSink:
    """The fallback until the draft store is wired: images stay where they are, referenced by file URL."""

    def store_image(
        self, path: Path, alt: str, caption: str, article_id: str | None, on_stored: StoredCallback
    ) -> None:
        del alt, caption, article_id
        on_stored(path.resolve().as_uri())

    def load_image(self, src: str, on_loaded: LoadedCallback | None = None) -> bytes | None:
        del on_loaded
        return _read_local(src)


class StoreMediaSink:
    """Images kept in the draft store's media table, every store call on the task runner.

    ``store`` needs ``add_media(data=…, mime=…, filename=…, alt=…, caption=…, article_id=…)``
    returning an item with ``id``, and ``get_media(id)`` returning an item with ``data``/``path``.
    """

    def __init__(self, store: Any, runner: TaskRunner) -> None:
        self.store = store
        self.runner = runner
        self._cache: dict[str, bytes] = {}
        self._fetching: set[str] = set()

    def store_image(
        self, path: Path, alt: str, caption: str, article_id: str | None, on_stored: StoredCallback
    ) -> None:
        import mimetypes  # (reads the system's type tables: only when a file is added)

        data = path.read_bytes()
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"

        def work() -> str:
            item = self.store.add_media(
                data=data, mime=mime, filename=path.name, alt=alt, caption=caption, article_id=article_id
            )
            return f"{MEDIA_SCHEME}{item.id}"

        def stored(src: Any) -> None:
            self._cache[str(src)] = data
            on_stored(str(src))

        self.runner.submit(work, on_result=stored)

    def load_image(self, src: str, on_loaded: LoadedCallback | None = None) -> bytes | None:
        if not src.startswith(MEDIA_SCHEME):
            return _read_local(src)
        if src in self._cache:
            return self._cache[src]
        if on_loaded is not None and src not in self._fetching:
            self._fetching.add(src)
            media_id = src[len(MEDIA_SCHEME) :]

            def work() -> bytes:
                item = self.store.get_media(media_id)
                if item.data is not None:
                    return bytes(item.data)
                return Path(item.path).read_bytes() if item.path else b""

            def done(data: Any) -> None:
                self._fetching.discard(src)
                if data:
                    self._cache[src] = bytes(data)
                    on_loaded(src, bytes(data))

            def failed(exc: BaseException, tb: str) -> None:
                del exc, tb
                self._fetching.discard(src)

            self.runner.submit(work, on_result=done, on_error=failed)
        return None
