"""PDF loading: text, character boxes, flow, progress, cancellation, bad PDFs."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reviewer.core.document import DocumentFormat
from reviewer.io.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedPdfError,
    LoadCancelledError,
    NoTextLayerError,
)
from reviewer.io.loaders import LoadOptions, load_document
from tests.io.pdfmaker import make_pdf, page_content, table_content, wrap

PARAGRAPH = (
    "Example Holdings Ltd. today announced that Ms. Sha-Chelle Jones, a director "
    "of the Company nominated by Example Ventures Limited, informed the board of "
    "her decision to resign with immediate effect due to personal reasons. Her "
    "resignation did not result from any disagreement with the Company."
)


def _write(tmp_path: Path, data: bytes, name: str = "filing.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _three_pages() -> bytes:
    pages = []
    for number in range(1, 4):
        body = wrap(f"Page {number} text. " + PARAGRAPH, 60)
        lines = ["EXAMPLE HOLDINGS LTD - CURRENT REPORT", "", *body]
        lines += [""] * (57 - len(lines)) + [str(number)]
        pages.append(page_content(lines))
    return make_pdf(pages)


def test_text_and_boxes(tmp_path: Path) -> None:
    document = load_document(_write(tmp_path, _three_pages()))
    assert document.format is DocumentFormat.PDF
    assert document.page_count == 3
    text = document.text
    # wrapped lines joined into sentences, header and page numbers gone
    assert "Ms. Sha-Chelle Jones, a director of the Company nominated by" in text
    assert "EXAMPLE HOLDINGS" not in text
    assert not any(line.strip().isdigit() for line in text.splitlines())
    for page in (1, 2, 3):
        start = text.index(f"Page {page} text.")
        assert document.page_of(start) == page
        boxes = document.layout.boxes_for(start, start + len("Page 1 text."))
        assert [box.page for box in boxes] == [page]
        box = boxes[0]
        # Courier 10 pt: 0.6 * 10 pt per character; the body's first baseline
        # is the third line, 720 - 2 * 12 pt up from the bottom, 96 pt from the top
        assert box.x0 == pytest.approx(72, abs=1)
        assert box.x1 == pytest.approx(72 + 12 * 6, abs=1.5)
        assert 84 < box.top < 96 < box.bottom < 100
    assert len(document.layout.boxes) == 4 * len(text)


def test_phrase_across_lines_gets_one_box_per_line(tmp_path: Path) -> None:
    document = load_document(_write(tmp_path, _three_pages()))
    text = document.text
    start = text.index("informed the board")
    end = text.index("personal reasons") + len("personal reasons")
    boxes = document.layout.boxes_for(start, end)
    assert len(boxes) >= 2
    assert all(box.page == 1 for box in boxes)
    assert boxes[0].top < boxes[1].top


def test_progress_per_page_and_cancel(tmp_path: Path) -> None:
    path = _write(tmp_path, _three_pages())
    calls: list[tuple[int, int]] = []
    load_document(path, LoadOptions(progress=lambda d, t: calls.append((d, t))))
    assert calls == [(1, 3), (2, 3), (3, 3)]

    cancel = threading.Event()

    def stop_after_first(done: int, total: int) -> None:
        if done == 1:
            cancel.set()

    with pytest.raises(LoadCancelledError, match="cancel"):
        load_document(path, LoadOptions(progress=stop_after_first, cancel=cancel))


def test_encrypted_pdf(tmp_path: Path) -> None:
    data = make_pdf([page_content(["Secret board minutes"])], user_password="pw")
    with pytest.raises(EncryptedPdfError, match="password"):
        load_document(_write(tmp_path, data))


def test_scan_without_text_layer(tmp_path: Path) -> None:
    drawing = b"0.5 g 72 72 468 648 re f 0 G 100 700 m 500 100 l S"
    with pytest.raises(NoTextLayerError) as info:
        load_document(_write(tmp_path, make_pdf([drawing, drawing])))
    message = str(info.value)
    assert "scan" in message
    assert "OCR" in message


def test_zero_pages(tmp_path: Path) -> None:
    with pytest.raises(EmptyFileError, match="no pages"):
        load_document(_write(tmp_path, make_pdf([])))


@pytest.mark.parametrize("keep", [0.05, 0.3])
def test_truncated_pdf_is_corrupt_or_partial(tmp_path: Path, keep: float) -> None:
    data = _three_pages()
    path = _write(tmp_path, data[: int(len(data) * keep)])
    with pytest.raises(CorruptFileError, match="damaged"):
        load_document(path)


def test_not_a_pdf_despite_the_name(tmp_path: Path) -> None:
    path = _write(tmp_path, b"%PDF-1.7\n" + b"garbage " * 100)
    with pytest.raises(CorruptFileError, match="damaged"):
        load_document(path)


def test_pdf_content_with_text_name_is_read_as_pdf(tmp_path: Path) -> None:
    path = _write(tmp_path, _three_pages(), name="filing.txt")
    assert load_document(path).format is DocumentFormat.PDF


def test_hyphenation_at_line_ends(tmp_path: Path) -> None:
    lines = [
        "The board of directors today announced the appoint-",
        "ment of a new chair for its carrier-neutral data centre",
        "business, a leading carrier-neutral provider, and of Ms. Sha-",
        "Chelle Jones as its first independent director, effective",
        "immediately upon the closing of the offering.",
    ]
    document = load_document(_write(tmp_path, make_pdf([page_content(lines)])))
    text = document.text
    assert "announced the appointment of a new chair" in text
    assert "of Ms. Sha-Chelle Jones as its first" in text
    assert "effective immediately upon" in text
    start = text.index("appointment")
    boxes = document.layout.boxes_for(start, start + len("appointment"))
    assert len(boxes) == 2  # one box per printed line
    assert boxes[0].top < boxes[1].top


def test_table_rows_keep_their_columns(tmp_path: Path) -> None:
    rows = [
        ["Nominee", "For", "Against"],
        ["Jane Q. Roe", "1,005,178,935", "12,334,137"],
        ["John Doe", "995,535,275", "21,945,852"],
        ["(a)", "Item one of a list, indented after its marker"],
    ]
    data = make_pdf([table_content(rows, [72, 250, 400])])
    document = load_document(_write(tmp_path, data))
    assert document.text.splitlines()[:3] == [
        "Nominee | For | Against",
        "Jane Q. Roe | 1,005,178,935 | 12,334,137",
        "John Doe | 995,535,275 | 21,945,852",
    ]
    assert "(a) Item one of a list" in document.text
    start = document.text.index("1,005,178,935")
    (box,) = document.layout.boxes_for(start, start + len("1,005,178,935"))
    assert box.x0 == pytest.approx(250, abs=1)
