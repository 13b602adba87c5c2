"""Property tests: any bytes give a Document or a typed LoadError, and the
extractor's spans and evidence offsets always lie inside the document's text."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.extraction import extract
from reviewer.io.errors import LoadError
from reviewer.io.loaders import LoadOptions
from reviewer.io.loaders.edgar import load_edgar
from reviewer.io.loaders.html import load_html
from reviewer.io.loaders.pdf import load_pdf
from reviewer.io.loaders.text import load_text
from reviewer.io.pipeline import open_and_extract
from tests.io.pdfmaker import make_pdf, page_content

SCALE = int(os.environ.get("HOSTILE_FUZZ_SCALE", "1"))
"""Multiply the examples for a longer bug hunt (the suite runs with 1)."""
FAST = settings(
    max_examples=150 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
HEAVY = settings(
    max_examples=80 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

WORDS = [
    "Acme",
    "Holdings,",
    "Inc.",
    "(the",
    '"Company")',
    "(NASDAQ:",
    "ACME)",
    "announced",
    "that",
    "Mr.",
    "John",
    "Q.",
    "Public",
    "Ms.",
    "Jane",
    "Roe",
    "Dr.",
    "Li",
    "Wei",
    "resigned",
    "appointed",
    "elected",
    "named",
    "retired",
    "removed",
    "director",
    "Director",
    "Board",
    "board",
    "of",
    "Directors",
    "Chairman",
    "Chief",
    "Executive",
    "Officer",
    "independent",
    "non-executive",
    "member",
    "Audit",
    "Committee",
    "Compensation",
    "Nominating",
    "effective",
    "immediately",
    "as",
    "of",
    "March",
    "1,",
    "2021",
    "12/31/2020",
    "2021-03-01",
    "for",
    "personal",
    "reasons",
    "no",
    "disagreement",
    "with",
    "the",
    "Company's",
    "operations",
    "policies",
    "or",
    "practices",
    "pursuant",
    "to",
    "Agreement",
    "nominated",
    "by",
    "Fund",
    "the",
    "size",
    "of",
    "the",
    "Board",
    "increased",
    "to",
    "nine",
    "seven",
    "members",
    "he",
    "she",
    "his",
    "her",
    "and",
    ",",
    ".",
    ";",
    ":",
    "-",
    "--",
    "(",
    ")",
    '"',
    "'",
    "\n",
    "\n\n",
    "Item",
    "5.02",
    "EX-99.1",
    "NEW",
    "YORK,",
    "--",
    "/",
    "*",
    "#",
]

board_text = st.lists(st.sampled_from(WORDS), max_size=300).map(" ".join)
any_text = st.one_of(
    board_text,
    st.text(max_size=3000),
    st.lists(st.one_of(board_text, st.text(max_size=40)), max_size=20).map("".join),
)


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


any_bytes = st.one_of(
    st.binary(max_size=4096),
    any_text.map(_utf8),
    st.tuples(any_text, st.sampled_from(["cp1252", "utf-16", "latin-1"])).map(
        lambda pair: pair[0].encode(pair[1], "replace")
    ),
)


def _attempt(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """The function's result, or the LoadError it raised (any other escapes)."""
    try:
        return function(*args, **kwargs)
    except LoadError as error:
        problem = error
    assert problem.message, "a LoadError must say what is wrong"
    return problem


def _check_extraction(document: Document) -> None:
    extraction = extract(document)
    text = document.text
    for entity in extraction.entities:
        assert 0 <= entity.start <= entity.end <= len(text), entity
        assert entity.text == text[entity.start : entity.end], entity
        assert 0.0 <= entity.confidence <= 1.0
    starts = [entity.start for entity in extraction.entities]
    assert starts == sorted(starts)
    for row in extraction.rows:
        span = row.span()
        if span is None:
            continue
        start, end = span
        assert 0 <= start <= end <= len(text), row
        assert row.evidence == " ".join(text[start:end].split())
        if document.layout is not None and row.page:
            assert 1 <= int(row.page) <= len(document.layout.page_sizes)


def _document(text: str, doc_format: DocumentFormat = DocumentFormat.TEXT) -> Document:
    return Document(
        text=text,
        source_path="fuzz.txt",
        sha256=hashlib.sha256(_utf8(text)).hexdigest(),
        format=doc_format,
    )


@FAST
@given(data=any_bytes, markdown=st.booleans())
def test_text_loader(data: bytes, markdown: bool) -> None:
    outcome = _attempt(load_text, "fuzz.txt", data, markdown=markdown)
    if isinstance(outcome, LoadError):
        return
    text, doc_format, metadata = outcome
    assert text.strip()
    assert doc_format in (DocumentFormat.TEXT, DocumentFormat.MARKDOWN)
    assert metadata["encoding"]
    _check_extraction(_document(text, doc_format))


@FAST
@given(
    front=st.lists(st.sampled_from(["---", "...", "key: v", "- item", "", "# h"])),
    body=any_text,
)
def test_markdown_front_matter(front: list[str], body: str) -> None:
    data = _utf8("\n".join(front) + "\n" + body)
    try:
        text, _format, _metadata = load_text("fuzz.md", data, markdown=True)
    except LoadError:
        return
    _check_extraction(_document(text, DocumentFormat.MARKDOWN))


TAGS = [
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "<table>",
    "<tr>",
    "<td>",
    "</td>",
    "</tr>",
    "</table>",
    "<pre>",
    "</pre>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<?xml version='1.0'?>",
    "<!DOCTYPE x [",
    "]>",
    "<!ENTITY a 'b'>",
    "&a;",
    "&amp;",
    "&#0;",
    "&#x110000;",
    "&nbsp;",
    "<font size=2>",
    "<b>",
    "<ix:header>",
    "<span style='display:none'>",
    "<embed>",
    "<iframe>",
    "<li>",
    "<h1>",
    "<a href='x'>",
    "</a>",
    "<",
    "<meta charset='undefined'>",
    "<meta charset=utf-16>",
    "<meta charset=unicode_escape>",
    "<?xml version='1.0' encoding='punycode'?>",
]
markup = st.lists(st.one_of(st.sampled_from(TAGS), board_text), max_size=60).map(
    "".join
)


@FAST
@given(body=markup, wrapped=st.booleans())
def test_html_loader(body: str, wrapped: bool) -> None:
    if wrapped:
        body = f"<html><body>{body}</body></html>"
    outcome = _attempt(load_html, "fuzz.html", _utf8(body))
    if isinstance(outcome, LoadError):
        return
    text, _metadata = outcome
    assert text.strip()
    _check_extraction(_document(text, DocumentFormat.HTML))


SGML = [
    "<SEC-DOCUMENT>",
    "</SEC-DOCUMENT>",
    "<SEC-HEADER>",
    "</SEC-HEADER>",
    "<DOCUMENT>",
    "</DOCUMENT>",
    "<TYPE>8-K\n",
    "<TYPE>EX-99.1\n",
    "<TYPE>EX-101\n",
    "<TEXT>",
    "</TEXT>",
    "<DESCRIPTION>PRESS RELEASE\n",
    "<FILENAME>a.htm\n",
    "CONFORMED SUBMISSION TYPE:\t8-K\n",
    "FILED AS OF DATE:\t20210301\n",
    "CENTRAL INDEX KEY:\t0000012345\n",
    "SUBJECT COMPANY:\n",
    "FILER:\n",
    "<PDF>",
    "begin 644 x\n",
    "<XBRL>",
    "<html>",
    "<PAGE>\n",
]


@FAST
@given(parts=st.lists(st.one_of(st.sampled_from(SGML), board_text), max_size=40))
def test_edgar_loader(parts: list[str]) -> None:
    data = _utf8("<SEC-DOCUMENT>\n" + "".join(parts))
    outcome = _attempt(load_edgar, "fuzz.txt", data)
    if isinstance(outcome, LoadError):
        return
    text, doc_parts, metadata = outcome
    previous_end = 0
    for part in doc_parts:
        assert previous_end <= part.start <= part.end <= len(text)
        previous_end = part.end
    if "cik" in metadata:
        assert len(metadata["cik"]) == 10
    assert metadata["cik"].isdigit() if "cik" in metadata else True
    document = Document(
        text=text,
        source_path="fuzz.txt",
        sha256="0" * 64,
        format=DocumentFormat.EDGAR,
        metadata=metadata,
        parts=doc_parts,
    )
    _check_extraction(document)


GOOD_PDF = make_pdf(
    [
        page_content(
            [
                "Acme Holdings, Inc. announced that Jane Roe resigned as a",
                "director effective March 1, 2021, and John Public was appointed.",
            ]
        ),
        page_content(["The Board now has seven members."]),
    ]
)


def _mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for where, action, payload in edits:
        if not out:
            break
        at = where % len(out)
        if action == 0:  # flip a bit
            out[at] ^= 1 << (payload[0] % 8 if payload else 0)
        elif action == 1:  # insert
            out[at:at] = payload
        elif action == 2:  # delete
            del out[at : at + len(payload) + 1]
        else:  # truncate
            del out[at:]
    return bytes(out)


edits = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=len(GOOD_PDF)),
        st.integers(min_value=0, max_value=3),
        st.binary(min_size=1, max_size=32),
    ),
    min_size=1,
    max_size=6,
)


@pytest.mark.slow
@HEAVY
@given(changes=edits)
def test_pdf_loader_on_mutated_pdfs(changes: list[tuple[int, int, bytes]]) -> None:
    data = _mutate(GOOD_PDF, changes)
    outcome = _attempt(load_pdf, "fuzz.pdf", data, LoadOptions())
    if isinstance(outcome, LoadError):
        return
    text, layout, metadata = outcome
    assert len(layout.boxes) == 4 * len(text)
    assert list(layout.page_starts) == sorted(layout.page_starts)
    assert all(0 <= start <= len(text) for start in layout.page_starts)
    assert int(metadata["page_count"]) == len(layout.page_sizes)
    document = Document(
        text=text,
        source_path="fuzz.pdf",
        sha256="0" * 64,
        format=DocumentFormat.PDF,
        metadata=metadata,
        layout=layout,
    )
    _check_extraction(document)


@FAST
@given(text=any_text)
def test_extractor_on_any_text(text: str) -> None:
    _check_extraction(_document(text))


@pytest.mark.slow
@HEAVY
@given(
    payload=st.one_of(
        any_bytes, markup.map(_utf8), edits.map(lambda e: _mutate(GOOD_PDF, e))
    ),
    suffix=st.sampled_from([".txt", ".md", ".htm", ".html", ".pdf", ""]),
)
def test_whole_pipeline_by_file(payload: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(payload)
        outcome = _attempt(open_and_extract, path, LoadOptions(max_bytes=1_000_000))
        if isinstance(outcome, LoadError):
            assert str(outcome).startswith(str(path))
            return
        _check_extraction(outcome.document)
