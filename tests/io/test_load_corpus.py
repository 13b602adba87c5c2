"""Every file of the development corpus loads; PDF boxes agree with pdfplumber."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from reviewer.core.document import DocumentFormat
from reviewer.io.loaders import load_document

SEED_SENTENCE = (
    "Mr. Tao Zou, a director of the Company nominated by King Venture Holdings Limited"
)


def _raw_files(corpus: Path) -> list[Path]:
    return sorted(path for path in (corpus / "raw").iterdir() if path.is_file())


def _heldout_batches() -> list[Path]:
    """Held-out batches kept outside the training folders (data/heldout/<batch>)."""
    heldout = Path(__file__).resolve().parents[2] / "data" / "heldout"
    if not heldout.is_dir():
        return []
    return sorted(p for p in heldout.iterdir() if (p / "raw").is_dir())


def test_every_corpus_file_loads(corpus: Path) -> None:
    _check_every_file_loads(_raw_files(corpus))


@pytest.mark.parametrize("batch", _heldout_batches(), ids=lambda p: p.name)
def test_every_heldout_file_loads(batch: Path) -> None:
    """Held-out batches (not in the training gold) load like the corpus does."""
    _check_every_file_loads(_raw_files(batch))


@pytest.mark.parametrize("batch", _heldout_batches(), ids=lambda p: p.name)
def test_every_heldout_file_has_gold_notes_and_a_manifest_line(batch: Path) -> None:
    import csv
    import json

    raws = {p.stem for p in (batch / "raw").iterdir() if p.is_file()}
    golds = {p.stem for p in (batch / "gold").glob("*.json")}
    with (batch / "manifest.tsv").open(encoding="utf-8") as fh:
        listed = {row[0] for row in csv.reader(fh, delimiter="\t") if row}
    assert raws == golds == listed
    for gold in (batch / "gold").glob("*.json"):
        data = json.loads(gold.read_text(encoding="utf-8"))
        assert data.get("notes"), f"{gold.name} has no notes"
        assert data["doc_id"] == gold.stem


def _check_every_file_loads(files: list[Path]) -> None:
    assert files
    for path in files:
        document = load_document(path)
        # One-line newswire briefs (gn-016: 103 characters) are real documents too.
        assert len(document.text.strip()) > 80, path.name
        assert "\x00" not in document.text
        assert "\r" not in document.text
        if path.suffix == ".pdf":
            assert document.format is DocumentFormat.PDF
            assert document.layout is not None
            assert len(document.layout.boxes) == 4 * len(document.text)
            assert document.layout.page_starts[0] == 0
            assert list(document.layout.page_starts) == sorted(
                document.layout.page_starts
            )
            boxes = document.layout.boxes
            unboxed = [
                i
                for i, ch in enumerate(document.text)
                if ch.isalnum() and math.isnan(boxes[4 * i])
            ]
            assert not unboxed, (path.name, unboxed[:5])
        if document.format is DocumentFormat.EDGAR:
            assert document.parts
            for part in document.parts:
                assert document.text[part.start :].startswith(part.name)
            for key in ("form_type", "cik", "accession_number", "filing_date"):
                assert document.metadata.get(key), (path.name, key)
        if document.format in (DocumentFormat.HTML, DocumentFormat.EDGAR):
            assert "<div" not in document.text.lower()
            assert "display:none" not in document.text


def test_edgar_submission_metadata(corpus: Path) -> None:
    document = load_document(corpus / "raw" / "gh-001.txt")
    assert document.format is DocumentFormat.EDGAR
    assert document.metadata["form_type"] == "8-K"
    assert document.metadata["cik"] == "0001326801"
    assert document.metadata["accession_number"] == "0001628280-25-058337"
    assert document.metadata["filing_date"] == "2025-12-19"
    assert document.metadata["company_name"] == "Meta Platforms, Inc."
    assert [part.name for part in document.parts] == ["8-K"]
    assert "Item 5.02" in document.text
    assert "dei:" not in document.text


def test_edgar_exhibits_are_parts(corpus: Path) -> None:
    document = load_document(corpus / "raw" / "gh-029.txt")
    names = [part.name for part in document.parts]
    assert names == ["8-K", "EX-99.1"]
    exhibit = document.parts[1]
    assert "Adobe" in document.text[exhibit.start : exhibit.end]
    assert "begin 644" not in document.text


def test_hard_wrapped_seed_reads_as_sentences(corpus: Path) -> None:
    document = load_document(corpus / "raw" / "seed-21vianet.txt")
    assert SEED_SENTENCE in document.text
    assert "carrier-neutral and cloud-neutral" in document.text


def test_markdown_front_matter_from_corpus(corpus: Path) -> None:
    document = load_document(corpus / "raw" / "gh-010.txt")
    assert document.format is DocumentFormat.MARKDOWN
    assert document.metadata["front_matter.date"] == "2025-02-10 19:30:00"
    assert not document.text.startswith("---")
    assert "sidebar:" not in document.text


def test_pdf_boxes_match_pdfplumber_words(corpus: Path) -> None:
    """A word's boxes lie on its page where pdfplumber puts that word."""
    import pdfplumber

    for path in sorted((corpus / "raw").glob("*.pdf")):
        document = load_document(path)
        assert document.layout is not None
        checked = 0
        with pdfplumber.open(path) as pdf:
            count = len(pdf.pages)
            for index in sorted({0, count - 1}):
                page = pdf.pages[index]
                words = page.extract_words()
                seen: dict[str, int] = {}
                for word in words:
                    seen[word["text"]] = seen.get(word["text"], 0) + 1
                candidates = [
                    word
                    for word in words
                    if seen[word["text"]] == 1
                    and re.fullmatch(r"[A-Za-z]{6,}", word["text"])
                ][:10]
                for word in candidates:
                    hits = [
                        match.start()
                        for match in re.finditer(rf"\b{word['text']}\b", document.text)
                        if document.page_of(match.start()) == index + 1
                    ]
                    if len(hits) != 1:
                        continue
                    boxes = document.layout.boxes_for(
                        hits[0], hits[0] + len(word["text"])
                    )
                    assert len(boxes) == 1, (path.name, word["text"], boxes)
                    box = boxes[0]
                    width, height = document.layout.page_sizes[index]
                    assert box.page == index + 1
                    assert 0 <= box.x0 < box.x1 <= width
                    assert 0 <= box.top < box.bottom <= height
                    # within a fraction of the font size: PDFium's loose boxes
                    # reach a little higher than pdfplumber's (font ascent)
                    tall = word["bottom"] - word["top"]
                    assert box.x0 == pytest.approx(word["x0"], abs=0.3 * tall)
                    assert box.x1 == pytest.approx(word["x1"], abs=0.3 * tall)
                    assert box.bottom == pytest.approx(word["bottom"], abs=0.2 * tall)
                    assert box.top == pytest.approx(word["top"], abs=0.4 * tall)
                    checked += 1
        assert checked >= 5, path.name
