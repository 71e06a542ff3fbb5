"""Render Qalam's SVG icon into a hicolor icon tree (PNG sizes plus the scalable SVG), with Qt.

Usage: python scripts/build-icons.py OUTDIR [--name ICON_NAME]
Writes OUTDIR/hicolor/<N>x<N>/apps/<name>.png for each size, OUTDIR/hicolor/scalable/apps/<name>.svg,
and OUTDIR/qalam.ico (Windows: PyInstaller and Inno Setup) and OUTDIR/qalam.icns (macOS) at 256 px.
Uses Qt's SVG renderer (QtSvg in PySide6-Essentials), so no rsvg or ImageMagick is needed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, out: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"build-icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"build-icons: could not write {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--name", default="io.github.qalam.Qalam")
    parser.add_argument("--svg", type=Path, default=ROOT / "resources" / "icons" / "qalam.svg")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    hicolor = args.outdir / "hicolor"
    scalable = hicolor / "scalable" / "apps" / f"{args.name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.svg, scalable)
    for size in SIZES:
        render(args.svg, size, hicolor / f"{size}x{size}" / "apps" / f"{args.name}.png")
    # Qt's image plugins write both formats; one 256 px image is enough for Windows and macOS to scale.
    for fmt in ("ico", "icns"):
        image = QImage(str(hicolor / "256x256" / "apps" / f"{args.name}.png"))
        if not image.save(str(args.outdir / f"qalam.{fmt}"), fmt.upper()):
            print(f"build-icons: Qt could not write qalam.{fmt} (image plugin missing)", file=sys.stderr)
    print(f"build-icons: {len(SIZES)} PNG sizes and the SVG in {hicolor}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
