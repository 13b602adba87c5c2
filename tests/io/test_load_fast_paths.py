"""The loader's fast paths give exactly what the character-by-character code gave.

``tests/io/textflow_reference.py`` holds the functions as they were before
``str.translate``, the precompiled ligature class, the hyphen-only joins, the
vocabulary counted on demand and ``bytes.translate`` in the binary check. Each
new function is run beside its old self on every corpus file and on generated
text, and the outputs must be equal (boxes compared bit for bit, NaN included).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.io.errors import BinaryFileError
from reviewer.io.loaders import textflow
from reviewer.io.loaders.pdf import _Decider, _read_page
from reviewer.io.loaders.pdflines import drop_headers_and_footers
from reviewer.io.loaders.text import check_not_binary, decode_text, normalise_text
from reviewer.io.loaders.textflow import Line
from tests.io import textflow_reference as old

# Everything the rules look at: ligatures, every hyphen, soft hyphen and PDFium's
# \x02, capitals, colons, bullets, digits, function words, blank lines.
_ALPHABET = "abeoXYZ \n-\u2010\u00ad\x02:,.()\u2022*1\ufb00\ufb01\ufb03\ufb06\r\f\t"
_CHUNKS = st.sampled_from(
    [
        "the ",
        "of ",
        "re-",
        "elected ",
        "non-",
        "executive ",
        "co-\n",
        "Sha-\n",
        "Chelle",
        "\u2022 ",
        "1. ",
        "Item 5.02 ",
        "Board:",
        "\n\n",
        "\n",
        "of\n",
        "direc\u00ad\n",
        "tor ",
        "e\ufb00ective ",
        "o\ufb03ce ",
        "reelected ",
        "re-elected ",
        "carrier-\n",
        "neutral ",
    ]
)
texts = st.one_of(
    st.text(alphabet=_ALPHABET, max_size=400),
    st.lists(
        st.one_of(_CHUNKS, st.text(alphabet=_ALPHABET, max_size=12)), max_size=120
    ).map("".join),
)


def _raw_files(corpus: Path) -> list[Path]:
    return sorted(path for path in (corpus / "raw").iterdir() if path.is_file())


def _binary_verdict(check: object, data: bytes) -> str:
    try:
        check("f", data)  # type: ignore[operator]
    except BinaryFileError as exc:
        return str(exc)
    return "text"


def _boxes_of(boxes: list[tuple[float, ...]] | None) -> list[str] | None:
    return None if boxes is None else [repr(box) for box in boxes]


def _same_flow(lines: list[Line], page_count: int, decide: object) -> None:
    new = textflow.flow_lines(lines, page_count, decide)  # type: ignore[arg-type]
    was = old.flow_lines(lines, page_count, decide)  # type: ignore[arg-type]
    assert new.text == was.text
    assert new.boxes.tobytes() == was.boxes.tobytes()  # NaN boxes too
    assert new.page_starts == was.page_starts


def test_text_and_html_files_of_the_corpus_flow_as_before(corpus: Path) -> None:
    checked = 0
    for path in _raw_files(corpus):
        data = path.read_bytes()
        assert _binary_verdict(check_not_binary, data) == _binary_verdict(
            old.check_not_binary, data
        ), path.name
        if path.suffix == ".pdf":
            continue
        text = normalise_text(decode_text(str(path), data)[0])
        assert textflow.expand_ligatures(text) == old.expand_ligatures(text)
        unwrapped = textflow.unwrap_plain_text(text)
        assert unwrapped == old.unwrap_plain_text(text), path.name
        checked += 1
    assert checked >= 80


def test_pdf_lines_of_the_corpus_flow_as_before(corpus: Path) -> None:
    import pypdfium2

    pdfs = [path for path in _raw_files(corpus) if path.suffix == ".pdf"]
    assert len(pdfs) >= 7
    for path in pdfs:
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            pages, sizes = [], []
            for index in range(len(pdf)):
                lines, size = _read_page(pdf, index)
                pages.append(lines)
                sizes.append(size)
        finally:
            pdf.close()
        body = drop_headers_and_footers(pages, sizes)
        _same_flow(body, len(pages), _Decider(body, sizes).decide)
        every = [line for page in pages for line in page]
        _same_flow(every, len(pages), _Decider(every, sizes).decide)
        vocabulary = old.word_vocabulary("\n".join(line.text for line in every))
        for first, second in zip(every, every[1:], strict=False):
            assert textflow.join_kind(
                first.text, second.text, vocabulary
            ) == old.join_kind(first.text, second.text, vocabulary), path.name


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_unwrapping_generated_text_is_unchanged(text: str) -> None:
    assert textflow.unwrap_plain_text(text) == old.unwrap_plain_text(text)
    assert textflow.expand_ligatures(text) == old.expand_ligatures(text)


@settings(max_examples=200, deadline=None)
@given(text=texts, x=st.floats(0, 500, allow_nan=False), width=st.floats(0, 12))
def test_ligature_boxes_are_split_as_before(text: str, x: float, width: float) -> None:
    boxes = [(x + i * width, 1.0, x + (i + 1) * width, 9.5) for i in range(len(text))]
    new_text, new_boxes = textflow.expand_ligatures(text, boxes)
    old_text, old_boxes = old.expand_ligatures(text, boxes)
    assert new_text == old_text
    assert _boxes_of(new_boxes) == _boxes_of(old_boxes)


@settings(max_examples=300, deadline=None)
@given(first=texts, second=texts, context=texts)
def test_joins_decide_as_before(first: str, second: str, context: str) -> None:
    counts = old.word_vocabulary(context + "\n" + first + "\n" + second)
    lazy = textflow.LazyVocabulary(lambda: context + "\n" + first + "\n" + second)
    expected = old.join_kind(first, second, counts)
    assert textflow.join_kind(first, second, counts) == expected
    assert textflow.join_kind(first, second, lazy) == expected
    assert textflow.continues(first, second) == old.continues(first, second)


@settings(max_examples=150, deadline=None)
@given(
    raw=st.lists(texts.filter(lambda t: "\n" not in t), min_size=1, max_size=10),
    choices=st.lists(st.sampled_from(["join", "\n", "\n\n"]), min_size=10),
)
def test_flowing_generated_pdf_lines_is_unchanged(
    raw: list[str], choices: list[str]
) -> None:
    lines = []
    for number, piece in enumerate(raw):
        boxes = [(float(i), 0.0, i + 0.5, 1.0) for i in range(len(piece))]
        text, expanded = textflow.expand_ligatures(piece, boxes)
        lines.append(Line(text, expanded, page=number // 3))
    decisions = list(choices)

    def decide(first: Line, second: Line) -> str:
        return decisions[lines.index(second) - 1]

    _same_flow(lines, 4, decide)


@settings(max_examples=300, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=3000),
        st.lists(
            st.sampled_from([b"ab", b"\x01", b"\x1b", b"\t\n", b"\x7f", b"\xff"])
        ).map(b"".join),
    )
)
def test_binary_check_agrees_with_the_byte_loop(data: bytes) -> None:
    assert _binary_verdict(check_not_binary, data) == _binary_verdict(
        old.check_not_binary, data
    )


@pytest.mark.parametrize("size", [0, 1, 65536, 65537, 200_000])
def test_binary_check_counts_only_the_first_64k(size: int) -> None:
    data = (b"\x01" * size) + b"text"
    assert _binary_verdict(check_not_binary, data) == _binary_verdict(
        old.check_not_binary, data
    )


def test_the_vocabulary_is_counted_only_when_a_hyphen_asks() -> None:
    asked: list[int] = []

    def text() -> str:
        asked.append(1)
        return "re-elected twice"

    lazy = textflow.LazyVocabulary(text)
    assert textflow.join_kind("the director was", "appointed", lazy) == " "
    assert asked == []
    assert textflow.join_kind("was re-", "elected", lazy) == "-"
    assert textflow.join_kind("was re-", "elected", lazy) == "-"
    assert asked == [1]
    assert isinstance(old.word_vocabulary("a"), Counter)
