"""Render the application icon's PNG, ICO and ICNS files from its SVG.

Usage (from the checkout root)::

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py [--out DIR]

The SVG ``resources/icons/org.boardchange.Reviewer.svg`` is the only source; this
script writes a freedesktop ``hicolor`` tree (``hicolor/<N>x<N>/apps/<id>.png`` for
every size in :data:`SIZES`, plus ``hicolor/scalable/apps/<id>.svg``) and, when
Pillow is importable, ``<id>.ico`` (Windows) and ``<id>.icns`` (macOS) beside the
SVG. Rendering uses Qt's ``QSvgRenderer`` so the pixels match what the app shows.

It also renders every action's 24px line icon (``resources/icons/*.svg`` drawn in
``currentColor``) into ``resources/icons/line/<name>-<N>.png`` for each size in
:data:`LINE_SIZES`: black masks the app tints in the palette's text colour, so
the window starts without QtSvg.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
from pathlib import Path

APP_ID = "org.boardchange.Reviewer"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)
LINE_SIZES = (16, 24, 32, 48, 64)
"""Pre-rendered sizes of the line icons (toolbar, menus, and 2x for HiDPI)."""
ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"

logger = logging.getLogger("make_icons")


def render_png(svg: Path, size: int, target: Path, data: bytes | None = None) -> None:
    """Render ``svg`` (or its text ``data``) into a square transparent PNG."""
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(data) if data is not None else str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise OSError(f"could not write {target}")


def write_platform_icons(pngs: dict[int, Path], out: Path) -> list[Path]:
    """Write the ``.ico`` and ``.icns`` files with Pillow; skip without it."""
    try:
        from PIL import Image
    except ImportError:
        logger.warning("Pillow is not installed: skipping the .ico and .icns files")
        return []
    biggest = Image.open(pngs[max(pngs)]).convert("RGBA")
    ico = out / f"{APP_ID}.ico"
    ico_images = [Image.open(pngs[s]).convert("RGBA") for s in ICO_SIZES]
    ico_images[-1].save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=ico_images[:-1],
    )
    icns = out / f"{APP_ID}.icns"
    biggest.save(
        icns,
        format="ICNS",
        append_images=[Image.open(pngs[s]).convert("RGBA") for s in ICNS_SIZES],
    )
    return [ico, icns]


def line_icon_svgs(icons: Path = ICONS) -> list[Path]:
    """The action icons: every 24px ``currentColor`` SVG beside the app icon."""
    return sorted(
        path
        for path in icons.glob("*.svg")
        if path.stem != APP_ID and "currentColor" in path.read_text(encoding="utf-8")
    )


def line_png(out: Path, svg: Path, size: int) -> Path:
    """Where the ``size`` px mask of the line icon ``svg`` goes under ``out``."""
    return out / "line" / f"{svg.stem}-{size}.png"


def make_line_icons(out: Path = ICONS, icons: Path = ICONS) -> list[Path]:
    """Render every line icon as black masks of :data:`LINE_SIZES` pixels."""
    written: list[Path] = []
    for svg in line_icon_svgs(icons):
        data = svg.read_text(encoding="utf-8").replace("currentColor", "#000000")
        for size in LINE_SIZES:
            target = line_png(out, svg, size)
            render_png(svg, size, target, data.encode("utf-8"))
            written.append(target)
    return written


def make_icons(out: Path = ICONS, svg: Path | None = None) -> list[Path]:
    """Write every derived icon into ``out``; return the files written."""
    from PySide6.QtGui import QGuiApplication

    svg = svg or ICONS / f"{APP_ID}.svg"
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written: list[Path] = []
    pngs: dict[int, Path] = {}
    for size in SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render_png(svg, size, target)
        pngs[size] = target
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    written += write_platform_icons(pngs, out)
    written += make_line_icons(out)
    del _app
    return written


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and write the icons."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS, help="output folder")
    parser.add_argument("--svg", type=Path, default=None, help="source SVG")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="make_icons: %(message)s")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in make_icons(args.out, args.svg):
        logger.info("wrote %s", path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
