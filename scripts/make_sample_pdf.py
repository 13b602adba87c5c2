"""Make resources/samples/seed-21vianet.pdf from the seed text with Qt's QPdfWriter.

The PDF keeps the text's own line breaks (it is hard-wrapped, like the exhibit it
came from), is US Letter sized and has a real text layer, so it exercises the
PDF loader's unwrapping and character boxes. Run from the repository root:

    python scripts/make_sample_pdf.py [--source PATH] [--output PATH]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
MARGIN = 36.0  # points
FONT_FAMILY = "DejaVu Sans"
MAX_FONT_SIZE = 9.0


def make_pdf(source: Path, output: Path) -> int:
    """Write ``source``'s lines into a Letter-size PDF; return the page count."""
    from PySide6.QtCore import QMarginsF, QPointF
    from PySide6.QtGui import (
        QFont,
        QFontMetricsF,
        QGuiApplication,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
    )

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    lines = source.read_text(encoding="utf-8").splitlines()
    writer = QPdfWriter(str(output))
    writer.setResolution(72)  # one device unit = one point
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setPageMargins(
        QMarginsF(MARGIN, MARGIN, MARGIN, MARGIN), QPageLayout.Unit.Point
    )
    writer.setTitle("21Vianet Announces Resignation of Director (sample)")
    writer.setCreator("Board Change Reviewer scripts/make_sample_pdf.py")
    painter = QPainter(writer)
    try:
        width = writer.width()
        height = writer.height()
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(MAX_FONT_SIZE)
        widest = max(QFontMetricsF(font).horizontalAdvance(line) for line in lines)
        if widest > width:  # shrink so that the longest line fits
            font.setPointSizeF(MAX_FONT_SIZE * width / widest * 0.98)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        leading = metrics.lineSpacing() * 1.15
        y = metrics.ascent()
        pages = 1
        for line in lines:
            if y + metrics.descent() > height:
                writer.newPage()
                pages += 1
                y = metrics.ascent()
            if line.strip():
                painter.drawText(QPointF(0.0, y), line)
            y += leading
    finally:
        painter.end()
    del app
    return pages


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SAMPLES / "seed-21vianet.txt")
    parser.add_argument("--output", type=Path, default=SAMPLES / "seed-21vianet.pdf")
    args = parser.parse_args(argv)
    pages = make_pdf(args.source, args.output)
    size = args.output.stat().st_size
    print(f"wrote {args.output} ({pages} page(s), {size / 1024:.1f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
