"""Random bytes never crash the loaders: a Document or a LoadError, nothing else."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.core.document import Document
from reviewer.io.errors import LoadError
from reviewer.io.loaders import load_document
from tests.io.pdfmaker import make_pdf, page_content

_PDF = make_pdf([page_content(["A director resigned.", "Another was elected."])])

_payloads = st.one_of(
    st.binary(max_size=4096),
    st.text(max_size=2000).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.binary(max_size=512).map(lambda tail: b"%PDF-1.4\n" + tail),
    # a real PDF cut short or with bytes overwritten
    st.integers(min_value=0, max_value=len(_PDF)).map(lambda cut: _PDF[:cut]),
    st.tuples(
        st.integers(min_value=0, max_value=len(_PDF) - 1), st.binary(min_size=1)
    ).map(lambda pair: _PDF[: pair[0]] + pair[1] + _PDF[pair[0] + len(pair[1]) :]),
    st.text(max_size=500).map(
        lambda text: f"<html><body><p>{text}</p><table><tr><td>{text}".encode()
    ),
)


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(payload=_payloads, suffix=st.sampled_from([".txt", ".html", ".pdf", ".md"]))
def test_random_bytes_give_document_or_load_error(payload: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(payload)
        outcome: Document | LoadError
        try:
            outcome = load_document(path)
        except LoadError as error:
            outcome = error
        if isinstance(outcome, LoadError):
            assert outcome.message
            return
        document = outcome
        assert isinstance(document, Document)
        if document.layout is not None:
            assert len(document.layout.boxes) == 4 * len(document.text)
