"""The loader's character boxes land on the printed words of QtPdf's render."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from reviewer.ui.pdf.page_view import PageView

_DARK = bytes(range(160))


class _Ink:
    """Dark-pixel fractions (grey level under 160) of rectangles of an image."""

    def __init__(self, image: QImage) -> None:
        gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
        self.bounds = gray.rect()
        self.data = bytes(gray.constBits())
        self.stride = gray.bytesPerLine()

    def __call__(self, rect: QRect) -> float:
        rect = rect.intersected(self.bounds)
        total = dark = 0
        for y in range(rect.top(), rect.bottom() + 1):
            start = y * self.stride + rect.left()
            row = self.data[start : start + rect.width()]
            total += len(row)
            dark += len(row) - len(row.translate(None, _DARK))
        return dark / total if total else 0.0


@pytest.mark.corpus
def test_word_boxes_cover_ink_on_every_corpus_pdf(qtbot: QtBot, corpus: Path) -> None:
    from reviewer.io.loaders import load_document

    pdfs = sorted((corpus / "raw").glob("*.pdf"))
    assert pdfs
    view = PageView()
    qtbot.addWidget(view)
    view.resize(700, 900)
    view.show()
    qtbot.waitExposed(view)
    for path in pdfs:
        document = load_document(path)
        assert document.layout is not None
        with qtbot.waitSignal(view.page_rendered, timeout=10_000):
            view.set_document(document)
        image = view.page_image()
        ink = _Ink(image)
        page_ink = ink(image.rect())
        first_page_end = (
            document.layout.page_starts[1]
            if document.page_count > 1
            else len(document.text)
        )
        words = list(re.finditer(r"[A-Za-z]{5,}", document.text[:first_page_end]))
        assert len(words) >= 10, path.name
        sample = words[:: max(1, len(words) // 15)]
        inks = []
        for word in sample:
            boxes = [
                b
                for b in document.layout.boxes_for(word.start(), word.end())
                if b.page == 1
            ]
            for box in boxes:
                inks.append(ink(view.box_rect(box).toAlignedRect()))
        assert inks, path.name
        inked = sum(ink > 0.08 for ink in inks)
        assert inked >= 0.9 * len(inks), (path.name, inks)
        assert sum(inks) / len(inks) > 3 * page_ink, (path.name, page_ink)
