"""The GUI's settings file (``settings.ini``, QSettings' INI format) read and changed without Qt.

The GUI keeps its settings with ``QSettings(path, IniFormat)``; the command line reads the saved
language and digit style from the same file (``qalam settings get|set``) without importing QtCore.
QSettings writes one ``[group]`` per first key part (``ui/language`` is ``language`` under
``[ui]``), plain values unquoted, and other values quoted with backslash escapes; when it syncs it
re-reads the file and applies only the keys it changed, so a value set here survives a running GUI.

A change rewrites the file through a temporary file renamed into place, keeping every other line
as it was (geometry, recent files…). A file that cannot be read, is not UTF-8 text or holds lines
that are not INI is *broken*: :class:`SettingsError` names it and says what to do.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from editor_app.core.i18n import QT_TRANSLATE_NOOP, UserMessage
from editor_app.errors import QalamError

LANGUAGE_KEY = "ui/language"
DIGITS_KEY = "ui/digits"

MSG_UNREADABLE = QT_TRANSLATE_NOOP("Settings", "The settings file {path} cannot be read ({reason}). Check its permissions, or give --lang.")  # noqa: E501
MSG_BROKEN = QT_TRANSLATE_NOOP("Settings", "The settings file {path} is damaged (line {line} is not a setting). Correct or delete that file; Qalam then starts with its default settings.")  # noqa: E501
MSG_UNWRITABLE = QT_TRANSLATE_NOOP("Settings", "The settings file {path} cannot be written ({reason}). Check the permissions of its folder.")  # noqa: E501

_SECTION = re.compile(r"^\[(.*)\]$")
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\",
            '"': '"', "'": "'", "?": "?", ";": ";", ",": ",", "=": "="}


class SettingsError(QalamError):
    """The settings file is unreadable, damaged or cannot be written."""


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _unescape_key(key: str) -> str:
    """QSettings percent-encodes unusual key characters (``%XX``, ``%UXXXX``) and writes ``/`` as ``\\``."""
    key = re.sub(r"%U([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), key)
    key = re.sub(r"%([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), key)
    return key.replace("\\", "/")


def _unquote(value: str) -> str:
    """A value as QSettings wrote it: quoted parts unescaped; a single plain value kept as it is."""
    value = value.strip()
    out: list[str] = []
    quoted = False
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            if nxt == "x":
                digits = re.match(r"[0-9A-Fa-f]{1,4}", value[i + 2:])
                if digits:
                    out.append(chr(int(digits.group(), 16)))
                    i += 2 + len(digits.group())
                    continue
            out.append(_ESCAPES.get(nxt, nxt))
            i += 1
        else:
            out.append(ch)
        i += 1
    text = "".join(out)
    return text[1:] if text.startswith("@@") else text


def _plain(value: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9_.:/+-]+", value))


def _escape(value: str) -> str:
    if _plain(value):
        return value
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


class SettingsFile:
    """``settings.ini`` of one data folder: :meth:`get` and :meth:`set` by QSettings key (``ui/language``)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _lines(self) -> list[str]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise SettingsError(UserMessage("Settings", MSG_UNREADABLE,
                                            {"path": str(self.path), "reason": _reason(exc)})) from exc
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            where = raw[: exc.start].count(b"\n") + 1
            raise SettingsError(UserMessage("Settings", MSG_BROKEN,
                                            {"path": str(self.path), "line": str(where)})) from exc
        lines = text.splitlines()
        for number, line in enumerate(lines, 1):
            stripped = line.strip()
            if (not stripped or stripped.startswith((";", "#")) or _SECTION.match(stripped)
                    or ("=" in stripped and "\0" not in stripped and not stripped.startswith("="))):
                continue
            raise SettingsError(UserMessage("Settings", MSG_BROKEN,
                                            {"path": str(self.path), "line": str(number)}))
        return lines

    def read(self) -> dict[str, str]:
        """Every setting as ``group/key`` → text (QSettings' ``[General]`` keys have no group)."""
        values: dict[str, str] = {}
        section = ""
        for line in self._lines():
            stripped = line.strip()
            match = _SECTION.match(stripped)
            if match:
                name = _unescape_key(match.group(1))
                section = "" if name == "General" else name
                continue
            if not stripped or stripped.startswith((";", "#")):
                continue
            key, _, value = stripped.partition("=")
            full = _unescape_key(key.strip())
            values[f"{section}/{full}" if section else full] = _unquote(value)
        return values

    def get(self, key: str) -> str | None:
        return self.read().get(key)

    def set(self, key: str, value: str) -> None:
        """Change one key, keeping every other line; written to a temporary file renamed into place."""
        group, _, name = key.rpartition("/")
        group = group or "General"
        lines = self._lines()
        new_line = f"{name}={_escape(value)}"
        section = None
        insert_at = None
        replaced = False
        for index, line in enumerate(lines):
            stripped = line.strip()
            match = _SECTION.match(stripped)
            if match:
                if section == group and insert_at is None:
                    insert_at = index
                section = _unescape_key(match.group(1))
                continue
            line_key = _unescape_key(stripped.partition("=")[0].strip()) if "=" in stripped else None
            if section == group and line_key == name:
                lines[index] = new_line
                replaced = True
                break
        if not replaced:
            if section == group and insert_at is None:
                insert_at = len(lines)
            if insert_at is None:
                if lines and lines[-1].strip():
                    lines.append("")
                lines += [f"[{group}]", new_line]
            else:
                while insert_at > 0 and not lines[insert_at - 1].strip():
                    insert_at -= 1  # before the blank line that ends the group
                lines.insert(insert_at, new_line)
        self._write("\n".join(lines) + "\n")

    def _write(self, text: str) -> None:
        import tempfile

        folder = self.path.parent
        tmp_name = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=folder)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp_name, self.path)
            tmp_name = None
        except OSError as exc:
            raise SettingsError(UserMessage("Settings", MSG_UNWRITABLE,
                                            {"path": str(self.path), "reason": _reason(exc)})) from exc
        finally:
            if tmp_name is not None:
                try:
                    os.unlink(tmp_name)
                except OSError:
                    pass
