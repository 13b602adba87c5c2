"""Long PDFs hand over their first page early; the pipeline extracts it."""

from __future__ import annotations

from pathlib import Path

from reviewer.core.document import Document
from reviewer.io.loaders import LoadOptions, load_document
from reviewer.io.loaders.pdf import PARTIAL_MIN_PAGES
from reviewer.io.pipeline import LoadedFiling, open_and_extract
from tests.io.pdfmaker import make_pdf, page_content

FIRST = [
    "Acme Widgets Inc. (NYSE: ACW) today announced that Mr. Peter Quill has",
    "resigned from the Board of Directors, effective immediately.",
]


def _pdf(tmp_path: Path, pages: int) -> Path:
    words = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf")
    contents = [page_content(FIRST, top=500)] + [
        page_content([f"Part {words[n % 7]} says something about widgets."], top=500)
        for n in range(2, pages + 1)
    ]
    path = tmp_path / f"{pages}-pages.pdf"
    path.write_bytes(make_pdf(contents))
    return path


def test_long_pdf_hands_over_its_first_page_before_the_rest(tmp_path: Path) -> None:
    path = _pdf(tmp_path, 6)
    seen: list[tuple[Document, list[int]]] = []
    progress: list[int] = []

    def partial(document: Document) -> None:
        seen.append((document, list(progress)))

    options = LoadOptions(progress=lambda done, total: progress.append(done))
    full = load_document(path, LoadOptions(progress=options.progress, partial=partial))
    assert len(seen) == 1
    first, pages_read = seen[0]
    assert pages_read == [1]  # handed over right after page 1, before page 2
    assert first.metadata["pages_loaded"] == "1"
    assert first.metadata["page_count"] == "6"
    assert first.sha256 == full.sha256  # the same filing: same dataset key
    assert first.layout is not None
    assert len(first.layout.page_sizes) == 1
    assert "Peter Quill has resigned" in first.text
    assert "Part charlie" not in first.text
    assert "Part charlie says" in full.text
    assert "pages_loaded" not in full.metadata
    assert first.layout.boxes_for(0, 4)  # the preview's text has boxes too


def test_short_pdf_and_no_callback_load_in_one_go(tmp_path: Path) -> None:
    seen: list[Document] = []
    short = _pdf(tmp_path, PARTIAL_MIN_PAGES - 1)
    load_document(short, LoadOptions(partial=seen.append))
    assert seen == []
    assert "Part golf says" in load_document(_pdf(tmp_path, 6)).text


def test_pipeline_extracts_the_preview(tmp_path: Path) -> None:
    previews: list[LoadedFiling] = []
    final = open_and_extract(_pdf(tmp_path, 5), on_partial=previews.append)
    assert len(previews) == 1
    assert "pages_loaded" in previews[0].document.metadata  # a preview
    assert "pages_loaded" not in final.document.metadata
    people = {e.text for e in previews[0].extraction.entities if e.label == "PERSON"}
    assert any("Quill" in name for name in people)
    assert previews[0].extraction.rows  # the resignation is proposed already


def test_first_page_of_a_corpus_pdf_is_a_prefix_of_the_whole(corpus: Path) -> None:
    seen: list[Document] = []
    full = load_document(
        corpus / "raw" / "gh-007.pdf", LoadOptions(partial=seen.append)
    )
    assert len(seen) == 1
    head = seen[0].text.split("\n")[:5]
    assert full.text.split("\n")[:5] == head
    assert len(seen[0].text) < len(full.text) / 10
