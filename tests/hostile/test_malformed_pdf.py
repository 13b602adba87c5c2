"""Hostile PDFs: cut, corrupted, empty, locked, huge: a Document or a LoadError."""

from __future__ import annotations

import random
import time
import zlib
from pathlib import Path

import pytest

from reviewer.core.document import Document
from reviewer.io.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedPdfError,
    LoadError,
    NoTextLayerError,
)
from reviewer.io.loaders import load_document
from reviewer.io.pipeline import open_and_extract
from tests.io.pdfmaker import make_pdf, page_content

SENTENCES = [
    "Acme Holdings, Inc. announced today that Jane Roe has been appointed",
    "to its Board of Directors, effective March 1, 2021.",
]
GOOD = make_pdf([page_content(SENTENCES)])


def _load(path: Path) -> Document | LoadError:
    try:
        return load_document(path)
    except LoadError as error:
        return error


def _write(tmp_path: Path, data: bytes, name: str = "file.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_the_good_pdf_loads(tmp_path: Path) -> None:
    document = load_document(_write(tmp_path, GOOD))
    assert "Jane Roe has been appointed to its Board" in document.text


@pytest.mark.parametrize("share", [0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99])
def test_a_truncated_pdf_is_corrupt_not_a_crash(tmp_path: Path, share: float) -> None:
    data = GOOD[: int(len(GOOD) * share)] or b"%PDF-1.4\n"
    outcome = _load(_write(tmp_path, data))
    # PDFium repairs some cuts (the xref is rebuilt): then the text is still right
    if isinstance(outcome, Document):
        assert outcome.layout is not None
        assert len(outcome.layout.boxes) == 4 * len(outcome.text)
    else:
        assert isinstance(outcome, CorruptFileError | EmptyFileError | NoTextLayerError)


def test_flipped_inserted_and_deleted_bytes_never_crash(tmp_path: Path) -> None:
    rng = random.Random(20261126)
    kinds: set[str] = set()
    for trial in range(60):
        data = bytearray(GOOD)
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(data))
            action = rng.choice(["flip", "insert", "delete"])
            if action == "flip":
                data[at] ^= 1 << rng.randrange(8)
            elif action == "insert":
                data[at:at] = rng.randbytes(rng.randint(1, 64))
            else:
                del data[at : at + rng.randint(1, 64)]
        outcome = _load(_write(tmp_path, bytes(data), f"m{trial}.pdf"))
        kinds.add(type(outcome).__name__)
        if isinstance(outcome, Document):
            assert outcome.layout is not None
            assert len(outcome.layout.boxes) == 4 * len(outcome.text)
    assert "Document" in kinds  # most single-byte damage is repaired


def test_a_pdf_with_zero_pages(tmp_path: Path) -> None:
    with pytest.raises(EmptyFileError, match="no pages"):
        load_document(_write(tmp_path, make_pdf([])))


def test_an_encrypted_pdf_asks_for_an_unprotected_copy(tmp_path: Path) -> None:
    locked = make_pdf([page_content(SENTENCES)], user_password="secret")
    with pytest.raises(EncryptedPdfError, match="password-protected"):
        load_document(_write(tmp_path, locked))


@pytest.mark.slow  # a wall-clock bound (complexity guard): CI runs it
def test_three_thousand_blank_pages_are_a_scan_and_load_quickly(tmp_path: Path) -> None:
    path = _write(tmp_path, make_pdf([b""] * 3000))
    start = time.perf_counter()
    with pytest.raises(NoTextLayerError, match="3000 page"):
        load_document(path)
    assert time.perf_counter() - start < 20


def test_three_thousand_one_word_pages_keep_their_words(tmp_path: Path) -> None:
    # the word repeats in the same place on every page, like a running header:
    # it used to be dropped everywhere, leaving a document with no text at all
    path = _write(tmp_path, make_pdf([page_content(["Director"])] * 3000))
    document = load_document(path)
    assert document.text.count("Director") == 3000
    assert document.metadata["page_count"] == "3000"


def test_a_200_inch_page_loads_with_its_size(tmp_path: Path) -> None:
    huge = make_pdf(
        [page_content(SENTENCES, top=14000.0, left=7000.0)], size=(14400.0, 14400.0)
    )
    document = load_document(_write(tmp_path, huge))
    assert "Jane Roe" in document.text
    assert document.layout is not None
    assert document.layout.page_sizes == ((14400.0, 14400.0),)
    boxes = document.layout.boxes_for(0, 4)
    assert boxes
    assert 7000 <= boxes[0].x0 < 7100


def _deflated_page(content: bytes) -> bytes:
    """A one-page PDF whose content stream is Flate-compressed."""
    packed = zlib.compress(content, 9)
    plain = make_pdf([b"PLACEHOLDER"])
    stream = b"<< /Length 11 >>\nstream\nPLACEHOLDER\nendstream"
    assert stream in plain
    body = (
        f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode()
        + packed
        + b"\nendstream"
    )
    return plain.replace(stream, body)  # offsets now wrong: PDFium rebuilds them


@pytest.mark.slow  # a wall-clock bound (complexity guard): CI runs it
def test_a_compressed_content_bomb_is_bounded(tmp_path: Path) -> None:
    # 200 MB of spaces in the page's content stream, 200 KB on disk
    bomb = _deflated_page(b"BT /F1 10 Tf 72 720 Td (Bomb) Tj ET" + b" " * 200_000_000)
    assert len(bomb) < 1_000_000
    start = time.perf_counter()
    outcome = _load(_write(tmp_path, bomb))
    assert time.perf_counter() - start < 30
    assert isinstance(outcome, Document | LoadError)


@pytest.mark.slow  # a wall-clock bound (complexity guard): CI runs it
@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n" + b"1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\n" * 1000,
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [2 0 R] /Count 1 >>\nendobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF",
        b"%PDF-1.4\n" + b"[" * 100_000,
        b"%PDF-1.4\n" + b"<<" * 100_000,
        b"%PDF-" + bytes(range(256)) * 100,
    ],
    ids=["catalog-loop", "page-tree-loop", "deep-array", "deep-dict", "garbage"],
)
def test_structurally_hostile_pdfs(tmp_path: Path, data: bytes) -> None:
    start = time.perf_counter()
    outcome = _load(_write(tmp_path, data))
    assert time.perf_counter() - start < 10
    assert isinstance(outcome, LoadError)
    assert outcome.message


def test_a_broken_pdf_through_the_whole_pipeline(tmp_path: Path) -> None:
    with pytest.raises(CorruptFileError):
        open_and_extract(_write(tmp_path, GOOD[: len(GOOD) // 3]))


def _with_to_unicode(pdf: bytes, mapping: bytes) -> bytes:
    """Give the test font a ToUnicode map, e.g. ``<41> <D83DDE00>`` (A -> emoji)."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Test def\n1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"1 beginbfchar\n" + mapping + b"\nendbfchar\nendcmap\n"
        b"CMapName currentdict /CMap defineresource pop end end"
    )
    font = b"/Encoding /WinAnsiEncoding >>"
    assert font in pdf
    pdf = pdf.replace(font, b"/Encoding /WinAnsiEncoding /ToUnicode 99 0 R >>")
    stream = b"99 0 obj\n<< /Length %d >>\nstream\n" % len(cmap) + cmap
    return pdf.replace(b"xref\n", stream + b"\nendstream\nendobj\nxref\n", 1)


@pytest.mark.parametrize(
    ("mapping", "expected"),
    [
        (b"<41> <D83DDE00>", "Jane Roe \U0001f600BC joined the board."),
        (b"<41> <D835DC00>", "Jane Roe \U0001d400BC joined the board."),
        (b"<41> <D83D>", "Jane Roe \ufffdBC joined the board."),
    ],
    ids=["emoji", "math-letter", "lone-half"],
)
def test_characters_outside_the_bmp_are_whole_characters(
    tmp_path: Path, mapping: bytes, expected: str
) -> None:
    # PDFium gives them as two UTF-16 halves; the text could not be saved as UTF-8
    pdf = _with_to_unicode(
        make_pdf([page_content(["Jane Roe ABC joined the board."])]), mapping
    )
    loaded = open_and_extract(_write(tmp_path, pdf))
    document = loaded.document
    assert document.text == expected
    document.text.encode("utf-8")
    assert document.layout is not None
    assert len(document.layout.boxes) == 4 * len(document.text)
    odd = document.text.index("BC") - 1
    box = document.layout.boxes_for(odd, odd + 1)
    assert len(box) == 1
    assert box[0].x1 > box[0].x0
