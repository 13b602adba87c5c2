"""Run-on texts (no sentence end for hundreds of kilobytes) extract in bounded time.

Only abbreviations such as ``Inc.`` and the initial ``Q.`` end in a full stop, so
the whole text would be one "sentence" with thousands of trigger words.
"""

from __future__ import annotations

import time

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.extraction import extract
from reviewer.core.extraction.sentences import MAX_SENTENCE, split_sentences

_FIRST = ["Odile", "Praveen", "Quincy", "Rosalind", "Sven", "Tamsin", "Ulric"]
_LAST = ["Marchetti", "Haverford", "Okonkwo", "Lindqvist", "Brannigan", "Yeats"]


def _run_on(size: int) -> str:
    parts = ["Corvane Inc. announces that "]
    length, index = 0, 0
    while length < size:
        a = f"{_FIRST[index % 7]} Q. {_LAST[index % 6]}"
        b = f"{_FIRST[(index + 3) % 7]} Q. {_LAST[(index + 2) % 6]}"
        part = (
            f"Belmarsh Inc. appointed {a} to the Board and {b} resigned from the "
            f"Board, retired and was succeeded by {a}, "
        )
        parts.append(part)
        length += len(part)
        index += 1
    return "".join(parts)


def test_long_run_on_sentences_are_cut_at_commas() -> None:
    text = _run_on(20_000)
    sentences = split_sentences(text)
    assert len(sentences) >= 10
    assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)
    # pieces end at a comma, never inside a word
    assert all(text[s.end - 1] == "," for s in sentences[:-1])
    assert sentences[0].start == 0
    assert sentences[-1].end == len(text.rstrip())


def test_short_sentences_are_not_cut() -> None:
    text = "Lorna Q. Whitcombe, Ezra Q. Dunleavy and Mina Q. Castellane were elected."
    assert len(split_sentences(text)) == 1


def test_200_kb_run_on_text_extracts_in_bounded_time() -> None:
    text = _run_on(200_000)
    document = Document(
        text=text, source_path="runon.txt", sha256="7" * 64, format=DocumentFormat.TEXT
    )
    started = time.process_time()
    extraction = extract(document)
    spent = time.process_time() - started
    # about 1.3 s of CPU on the shared development machine; it was minutes
    assert spent < 6.0, f"{spent:.1f} s for a 200 KB run-on text"
    people = {row.person for row in extraction.rows}
    assert "Odile Q. Marchetti" in people
