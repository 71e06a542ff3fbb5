#!/usr/bin/env python3
"""Import of a 50-page Word document (made here with python-docx) must take at most 2 s.

About 25,000 words: headings, paragraphs with bold/italic runs, bulleted lists, links and a few
images. The floor is python-docx merely opening the same file, measured in the same run.
"""

from __future__ import annotations

import io
import statistics
import struct
import sys
import tempfile
import time
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor_app.core.importers import import_file  # noqa: E402

BUDGET_S = 2.0
PAGES = 50
RUNS = 3

SENTENCE = ("الرئيس الروسي فلاديمير بوتين والزعيم البيلاروسي الكسندر لوكاشينكو التقيا في الكرملين يوم الأحد، "
            "بعد يومين من تحذير موسكو من أن أي اعتداء على جارتها وحليفها الأقوى سيعتبر هجوماً على روسيا. ")


def png(width: int = 64, height: int = 48) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(
        b"\x00" + b"".join(bytes((x * 4 % 256, y * 5 % 256, 128)) for x in range(width))
        for y in range(height)
    )
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def make_docx(path: Path) -> int:
    import docx
    from docx.shared import Inches

    doc = docx.Document()
    doc.add_paragraph("تقرير طويل من خمسين صفحة", style="Title")
    image = png()
    words = 0
    for page in range(PAGES):
        doc.add_heading(f"الفصل {page + 1}", level=2)
        for n in range(7):
            p = doc.add_paragraph(SENTENCE * 2)
            p.add_run("عبارة بخط عريض ").bold = True
            p.add_run("وأخرى مائلة. ").italic = True
            words += len((SENTENCE * 2).split()) + 4
            if n == 1:
                for item in range(3):
                    doc.add_paragraph(f"بند رقم {item + 1} في قائمة الفصل", style="List Bullet")
                    words += 6
        if page % 10 == 0:
            doc.add_paragraph().add_run().add_picture(io.BytesIO(image), width=Inches(2))
        doc.add_page_break()
    doc.save(str(path))
    return words


def main() -> int:
    import docx

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.docx"
        words = make_docx(path)
        print(f"document: {PAGES} pages, about {words} words, {path.stat().st_size // 1024} KB")
        times: list[float] = []
        cpu: list[float] = []
        result = None
        for _ in range(RUNS):
            started, cpu_started = time.perf_counter(), time.process_time()
            result = import_file(path)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
        floor = []
        for _ in range(RUNS):
            started = time.perf_counter()
            docx.Document(str(path))
            floor.append(time.perf_counter() - started)
    assert result is not None and result.title and len(result.media) == 5
    median = statistics.median(times)
    cpu_median = statistics.median(cpu)
    print(f"import: median {median:.2f} s wall, {cpu_median:.2f} s CPU, best {min(times):.2f} s; "
          f"floor (python-docx open) {statistics.median(floor):.2f} s; budget {BUDGET_S:.1f} s")
    if min(median, cpu_median) > BUDGET_S:
        print("FAIL: over budget")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
