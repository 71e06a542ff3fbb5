"""Reading what a damaged SQLite file still holds, page by page, in plain Python.

SQLite refuses to read past a damaged page, and its own ``.recover`` lives in the ``sqlite3``
command-line tool, which a user's machine may lack. This reader needs neither: it parses the file
format (https://www.sqlite.org/fileformat2.html) directly and skips what it cannot parse.

* The schema comes from ``sqlite_schema`` (page 1). Each table's b-tree is walked from its root
  page; an interior or leaf page that does not parse is counted and skipped, its siblings are still
  read. Rows are decoded from the leaf cells, with their overflow chains; a cell that does not decode
  (bad varints, a chain that loops or runs off the file, text that is not valid UTF-8) is dropped.
* Leaf pages that no tree reaches (their parent page was damaged) and that are neither free pages
  nor overflow pages are read as orphans and given to the one damaged table whose columns their
  records fit.
* Committed frames of a leftover ``-wal`` file (checksums verified) replace the pages they hold, so
  the newest commits are read too.
* A damaged header (page size unknown) is survived by guessing the page size from the pages.

Nothing here writes; :mod:`editor_app.storage.salvage_merge` puts the rows into the restored store.
"""

from __future__ import annotations

import logging
import sqlite3
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

HEADER_MAGIC = b"SQLite format 3\x00"
LEAF_TABLE, INTERIOR_TABLE, LEAF_INDEX, INTERIOR_INDEX = 13, 5, 10, 2
PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
MAX_CHAIN = 1 << 20  # overflow pages per cell, at most (a 4 GB value): stops a looping chain


class _Bad(Exception):
    """A page or cell that does not parse."""


@dataclass
class TableSchema:
    name: str
    columns: list[str]
    types: list[str]
    rowid_column: str | None  # the INTEGER PRIMARY KEY column, stored as the rowid
    root: int = 0


@dataclass
class SalvagedTable:
    schema: TableSchema
    rows: list[dict[str, Any]] = field(default_factory=list)
    bad_pages: int = 0  # pages of its tree that did not parse
    bad_cells: int = 0
    orphan_rows: int = 0  # rows read from pages no longer reached from the root

    @property
    def damaged(self) -> bool:
        return bool(self.bad_pages or self.bad_cells)


@dataclass
class Salvage:
    path: Path
    page_size: int
    pages: int
    tables: dict[str, SalvagedTable] = field(default_factory=dict)
    schema_damaged: bool = False
    wal_frames: int = 0

    def rows(self, table: str) -> list[dict[str, Any]]:
        found = self.tables.get(table)
        return found.rows if found else []

    def damaged(self, table: str) -> bool:
        found = self.tables.get(table)
        return self.schema_damaged if found is None else found.damaged or self.schema_damaged


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    value = 0
    for i in range(8):
        byte = buf[pos + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, pos + i + 1
    return (value << 8) | buf[pos + 8], pos + 9


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def decode_record(payload: bytes, encoding: str = "utf-8") -> list[Any]:
    """The values of one record (raises _Bad when it does not decode)."""
    try:
        header_size, pos = _varint(payload, 0)
        if header_size > len(payload) or header_size < 1:
            raise _Bad("header")
        types = []
        while pos < header_size:
            serial, pos = _varint(payload, pos)
            types.append(serial)
        if pos != header_size:
            raise _Bad("header end")
        values: list[Any] = []
        body = header_size
        for serial in types:
            if serial == 0:
                values.append(None)
            elif serial in _INT_SIZES:
                size = _INT_SIZES[serial]
                chunk = payload[body: body + size]
                if len(chunk) != size:
                    raise _Bad("short int")
                values.append(int.from_bytes(chunk, "big", signed=True))
                body += size
            elif serial == 7:
                chunk = payload[body: body + 8]
                if len(chunk) != 8:
                    raise _Bad("short real")
                values.append(struct.unpack(">d", chunk)[0])
                body += 8
            elif serial in (8, 9):
                values.append(serial - 8)
            elif serial >= 12:
                size = (serial - 12) // 2
                chunk = payload[body: body + size]
                if len(chunk) != size:
                    raise _Bad("short value")
                values.append(chunk.decode(encoding) if serial % 2 else bytes(chunk))
                body += size
            else:
                raise _Bad("reserved serial type")
        if body != len(payload):
            raise _Bad("length")
        return values
    except (IndexError, UnicodeDecodeError) as exc:
        raise _Bad(str(exc)) from exc


class _Pages:
    """Page access over the main file, with the committed pages of a WAL file laid over it."""

    def __init__(self, data: bytes, page_size: int, reserved: int, wal: dict[int, bytes]) -> None:
        self.data = data
        self.size = page_size
        self.usable = page_size - reserved
        self.wal = wal
        self.count = max(len(data) // page_size, max(wal, default=0))

    def get(self, number: int) -> bytes:
        if number < 1 or number > self.count:
            raise _Bad(f"page {number} out of range")
        page = self.wal.get(number)
        if page is not None:
            return page
        start = (number - 1) * self.size
        page = self.data[start: start + self.size]
        if len(page) != self.size:
            raise _Bad(f"page {number} short")
        return page


def _read_wal(wal_path: Path, page_size: int | None) -> tuple[dict[int, bytes], int, int | None]:
    """Committed frames of a WAL file: (page number -> newest committed content, frames, page size)."""
    try:
        wal = wal_path.read_bytes()
    except OSError:
        return {}, 0, None
    if len(wal) < 32:
        return {}, 0, None
    magic, _version, size, _seq, salt1, salt2 = struct.unpack(">IIIIII", wal[:24])
    if magic not in (0x377F0682, 0x377F0683) or size < 512 or size & (size - 1):
        return {}, 0, None
    if page_size is not None and size != page_size:
        return {}, 0, None
    big = magic & 1
    order = ">" if big else "<"

    def checksum(chunk: bytes, s0: int, s1: int) -> tuple[int, int]:
        words = struct.unpack(f"{order}{len(chunk) // 4}I", chunk)
        for i in range(0, len(words), 2):
            s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
            s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
        return s0, s1

    s0, s1 = checksum(wal[:24], 0, 0)
    if (s0, s1) != struct.unpack(">II", wal[24:32]):
        return {}, 0, None
    committed: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    frames = 0
    pos = 32
    while pos + 24 + size <= len(wal):
        number, db_size, f_salt1, f_salt2, c0, c1 = struct.unpack(">IIIIII", wal[pos: pos + 24])
        if (f_salt1, f_salt2) != (salt1, salt2):
            break
        s0, s1 = checksum(wal[pos: pos + 8], s0, s1)
        s0, s1 = checksum(wal[pos + 24: pos + 24 + size], s0, s1)
        if (s0, s1) != (c0, c1):
            break
        pending[number] = wal[pos + 24: pos + 24 + size]
        pos += 24 + size
        if db_size:
            committed.update(pending)
            pending.clear()
            frames = (pos - 32) // (24 + size)
    return committed, frames, size


def _looks_like_tree_page(page: bytes, size: int, count: int) -> bool:
    kind = page[0]
    if kind not in (LEAF_TABLE, INTERIOR_TABLE, LEAF_INDEX, INTERIOR_INDEX) or page[7] > 60:
        return False
    header = 8 if kind in (LEAF_TABLE, LEAF_INDEX) else 12
    cells = int.from_bytes(page[3:5], "big")
    content = int.from_bytes(page[5:7], "big") or 65536
    if not (header + 2 * cells <= content <= size):
        return False
    if header == 12 and not 1 < int.from_bytes(page[8:12], "big") <= count:
        return False
    for i in range(cells):
        ptr = int.from_bytes(page[header + 2 * i: header + 2 * i + 2], "big")
        if not content <= ptr < size:
            return False
    return True


def _guess_page_size(data: bytes) -> int:
    """The page size of a file whose header is damaged: the size at which the most positions hold a
    well-formed b-tree page (a smaller size finds the same pages plus mid-page bytes, which rarely pass;
    a larger one finds only some of them)."""
    found: dict[int, int] = {}
    for size in PAGE_SIZES:
        count = len(data) // size
        found[size] = sum(
            _looks_like_tree_page(data[(n - 1) * size: n * size], size, count) for n in range(2, count + 1))
    best = max(found.values())
    if best <= 0:
        return 4096
    return max(size for size, hits in found.items() if hits >= best)


class _Reader:
    def __init__(self, pages: _Pages, encoding: str) -> None:
        self.pages = pages
        self.encoding = encoding
        self.reached: set[int] = set()  # tree pages visited
        self.overflow: set[int] = set()  # overflow pages used by cells read

    def _payload(self, page: bytes, pos: int, total: int) -> bytes:
        usable = self.pages.usable
        most = usable - 35
        if total <= most:
            local = total
        else:
            least = ((usable - 12) * 32 // 255) - 23
            local = least + (total - least) % (usable - 4)
            if local > most:
                local = least
        out = bytearray(page[pos: pos + local])
        if len(out) != local:
            raise _Bad("cell runs off the page")
        if local == total:
            return bytes(out)
        next_page = int.from_bytes(page[pos + local: pos + local + 4], "big")
        seen: set[int] = set()
        while len(out) < total:
            if next_page in seen or len(seen) > MAX_CHAIN or next_page == 0:
                raise _Bad("overflow chain")
            seen.add(next_page)
            chunk = self.pages.get(next_page)
            out += chunk[4: 4 + min(usable - 4, total - len(out))]
            next_page = int.from_bytes(chunk[:4], "big")
        self.overflow.update(seen)
        return bytes(out)

    def _header(self, number: int) -> tuple[bytes, int, int, int]:
        page = self.pages.get(number)
        offset = 100 if number == 1 else 0
        kind = page[offset]
        cells = int.from_bytes(page[offset + 3: offset + 5], "big")
        content = int.from_bytes(page[offset + 5: offset + 7], "big") or 65536
        header = 8 if kind in (LEAF_TABLE, LEAF_INDEX) else 12
        if kind not in (LEAF_TABLE, INTERIOR_TABLE, LEAF_INDEX, INTERIOR_INDEX):
            raise _Bad(f"page {number}: type {kind}")
        if offset + header + 2 * cells > min(content, self.pages.size):
            raise _Bad(f"page {number}: {cells} cells do not fit")
        return page, offset, kind, cells

    def leaf_records(self, number: int, table: SalvagedTable | None = None) -> list[tuple[int, list[Any]]]:
        """The (rowid, values) of a table leaf page; undecodable cells are counted on ``table``."""
        page, offset, kind, cells = self._header(number)
        if kind != LEAF_TABLE:
            raise _Bad(f"page {number} is not a table leaf")
        out = []
        for i in range(cells):
            try:
                ptr = int.from_bytes(page[offset + 8 + 2 * i: offset + 10 + 2 * i], "big")
                if ptr < offset + 8 or ptr >= self.pages.usable:
                    raise _Bad("cell pointer")
                total, pos = _varint(page, ptr)
                rowid, pos = _varint(page, pos)
                if rowid >= 1 << 63:
                    rowid -= 1 << 64
                out.append((rowid, decode_record(self._payload(page, pos, total), self.encoding)))
            except (_Bad, IndexError) as exc:
                if table is not None:
                    table.bad_cells += 1
                log.debug("page %s cell %s: %s", number, i, exc)
        return out

    def walk(self, root: int, table: SalvagedTable | None, *,
             decode: bool = True) -> list[tuple[int, list[Any]]]:
        """Every readable row of the table b-tree at ``root`` (``decode=False``: only mark its pages)."""
        rows: list[tuple[int, list[Any]]] = []
        stack = [root]
        while stack:
            number = stack.pop()
            if number in self.reached:
                if table is not None:
                    table.bad_pages += 1  # a page in two places: a damaged pointer
                continue
            try:
                page, offset, kind, cells = self._header(number)
                self.reached.add(number)
                if kind == LEAF_TABLE:
                    if decode:
                        rows.extend(self.leaf_records(number, table))
                elif kind == INTERIOR_TABLE:
                    children = [int.from_bytes(page[offset + 8: offset + 12], "big")]
                    for i in range(cells):
                        ptr = int.from_bytes(page[offset + 12 + 2 * i: offset + 14 + 2 * i], "big")
                        children.append(int.from_bytes(page[ptr: ptr + 4], "big"))
                    stack.extend(reversed(children))
                else:
                    raise _Bad(f"page {number}: an index page in a table tree")
            except (_Bad, IndexError) as exc:
                if table is not None:
                    table.bad_pages += 1
                log.info("skipping damaged page %s: %s", number, exc)
        return rows

    def freelist(self, header: bytes) -> set[int]:
        free: set[int] = set()
        trunk = int.from_bytes(header[32:36], "big")
        seen: set[int] = set()
        while trunk and trunk not in seen and len(seen) < self.pages.count:
            seen.add(trunk)
            try:
                page = self.pages.get(trunk)
            except _Bad:
                break
            count = int.from_bytes(page[4:8], "big")
            if count > (self.pages.usable - 8) // 4:
                break
            free.add(trunk)
            for i in range(count):
                free.add(int.from_bytes(page[8 + 4 * i: 12 + 4 * i], "big"))
            trunk = int.from_bytes(page[:4], "big")
        return free


def table_schema(name: str, sql: str, root: int) -> TableSchema | None:
    """Columns of a CREATE TABLE statement (run in an empty in-memory database to let SQLite parse it)."""
    con = sqlite3.connect(":memory:")
    try:
        con.execute(sql)
        info = con.execute(f'PRAGMA table_info("{name.replace(chr(34), chr(34) * 2)}")').fetchall()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    columns = [str(r[1]) for r in info]
    types = [str(r[2]).upper() for r in info]
    pks = [r for r in info if r[5]]
    rowid = str(pks[0][1]) if len(pks) == 1 and str(pks[0][2]).upper() == "INTEGER" else None
    return TableSchema(name, columns, types, rowid, root)


def _fits(schema: TableSchema, values: list[Any]) -> bool:
    if len(values) != len(schema.columns):
        return False
    for value, column, kind in zip(values, schema.columns, schema.types, strict=True):
        if value is None:
            continue
        if column == schema.rowid_column:
            return False  # stored as NULL in the record
        if ("CHAR" in kind or "TEXT" in kind) and not isinstance(value, str):
            return False
        if kind in ("INTEGER", "BOOLEAN") and not isinstance(value, int):
            return False
        if "BLOB" in kind and not isinstance(value, bytes | str):
            return False
    return True


def _as_row(schema: TableSchema, rowid: int, values: list[Any]) -> dict[str, Any] | None:
    if len(values) > len(schema.columns):
        return None
    padded = values + [None] * (len(schema.columns) - len(values))  # columns added later (ALTER TABLE)
    row = dict(zip(schema.columns, padded, strict=True))
    if schema.rowid_column is not None:
        row[schema.rowid_column] = rowid
    return row


def read_damaged(path: Path, *, tables: Iterable[str] | None = None,
                 fallback: dict[str, str] | None = None, page_size_hint: int | None = None) -> Salvage:
    """Every row that can still be read from ``path`` (and its ``-wal``), for ``tables`` (None: all).

    ``fallback`` maps table names to CREATE TABLE statements, used when the schema page cannot be
    read (then every table leaf page is an orphan, given to the table its records fit).
    ``page_size_hint`` (the page size of the backup) is used when the header is damaged; without it
    the page size is guessed from the pages.
    """
    data = path.read_bytes()
    header_ok = data[:16] == HEADER_MAGIC
    page_size = int.from_bytes(data[16:18], "big") if header_ok else 0
    page_size = 65536 if page_size == 1 else page_size
    if page_size not in PAGE_SIZES:
        header_ok = False
        page_size = 0
    wal, frames, wal_size = _read_wal(path.with_name(path.name + "-wal"), page_size or None)
    if not page_size:
        page_size = wal_size or page_size_hint or _guess_page_size(data)
    reserved = data[20] if header_ok and data[20] < 64 else 0
    encoding = {2: "utf-16-le", 3: "utf-16-be"}.get(int.from_bytes(data[56:60], "big"), "utf-8") \
        if header_ok else "utf-8"
    pages = _Pages(data, page_size, reserved, wal)
    reader = _Reader(pages, encoding)
    salvage = Salvage(path=path, page_size=page_size, pages=pages.count, wal_frames=frames)
    wanted = set(tables) if tables is not None else None

    master = SalvagedTable(TableSchema("sqlite_schema", ["type", "name", "tbl_name", "rootpage", "sql"],
                                       ["TEXT", "TEXT", "TEXT", "INTEGER", "TEXT"], None, 1))
    schema_rows = reader.walk(1, master)
    salvage.schema_damaged = master.damaged or not schema_rows
    schemas: dict[str, TableSchema] = {}
    other_roots: list[int] = []
    for _rowid, values in schema_rows:
        if len(values) != 5 or values[0] != "table" or not isinstance(values[4], str):
            continue
        name, root = values[1], values[3]
        if not isinstance(root, int) or root <= 0 or "WITHOUT ROWID" in values[4].upper():
            continue  # virtual tables (FTS) have no pages of their own; WITHOUT ROWID ones are index trees
        if not isinstance(name, str) or name.startswith("sqlite_") or (wanted and name not in wanted):
            other_roots.append(root)  # walked only to know its pages are not orphans
            continue
        found = table_schema(name, values[4], root)
        if found is not None:
            schemas[name] = found
    for name, sql in (fallback or {}).items():
        if name not in schemas and (not wanted or name in wanted):
            found = table_schema(name, sql, 0)
            if found is not None:
                schemas[name] = found
                salvage.schema_damaged = True

    for name, schema in schemas.items():
        table = SalvagedTable(schema)
        salvage.tables[name] = table
        if schema.root:
            for rowid, values in reader.walk(schema.root, table):
                row = _as_row(schema, rowid, values)
                if row is None:
                    table.bad_cells += 1
                else:
                    table.rows.append(row)
        elif salvage.schema_damaged:
            table.bad_pages += 1  # its root is unknown: all its rows are orphans

    damaged = [t for t in salvage.tables.values() if t.damaged]
    if damaged:
        for root in other_roots:
            reader.walk(root, None, decode=False)
        _read_orphans(reader, data, damaged)
    return salvage


def _read_orphans(reader: _Reader, data: bytes, damaged: list[SalvagedTable]) -> None:
    """Leaf pages cut off from their tree by a damaged parent, given to the damaged table they fit."""
    free = reader.freelist(data[:100]) if data[:16] == HEADER_MAGIC else set()
    for number in range(2, reader.pages.count + 1):
        if number in reader.reached or number in reader.overflow or number in free:
            continue
        try:
            records = reader.leaf_records(number)
        except (_Bad, IndexError):
            continue
        for rowid, values in records:
            fits = [t for t in damaged if _fits(t.schema, values)]
            if len(fits) != 1:
                continue
            row = _as_row(fits[0].schema, rowid, values)
            if row is not None:
                fits[0].rows.append(row)
                fits[0].orphan_rows += 1
