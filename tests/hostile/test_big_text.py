"""Big and degenerate text files load in time proportional to their size."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reviewer.io.errors import FileTooLargeError
from reviewer.io.loaders import LoadOptions, load_document

LINE = (
    "The Board of Directors of Acme Holdings, Inc. announced that John Q. Public "
    "resigned as a director effective March 1, 2021, and that Jane Roe was "
    "appointed to fill the vacancy created by his departure from the board and"
)


def _paragraph(size: int) -> str:
    """One hard-wrapped paragraph of about ``size`` characters (no blank line)."""
    words = (LINE + " ") * (size // len(LINE) + 1)
    lines, line = [], ""
    for word in words.split():
        if len(line) + 1 + len(word) > 72:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines) + "\n"


@pytest.mark.slow  # a wall-clock bound (complexity guard): CI runs it
def test_one_megabyte_paragraph_is_unwrapped_in_linear_time(tmp_path: Path) -> None:
    # Each joined line used to be searched whole: 0.5 MB took over a minute.
    path = tmp_path / "paragraph.txt"
    path.write_text(_paragraph(1_000_000))
    start = time.perf_counter()
    document = load_document(path)
    assert time.perf_counter() - start < 10
    assert "\n" not in document.text  # one paragraph, every wrap joined
    assert document.text.startswith("The Board of Directors")


def test_a_huge_word_without_spaces_loads(tmp_path: Path) -> None:
    path = tmp_path / "word.txt"
    wrapped = "\n".join(["x" * 70] * 20)
    # no hyphen at the end: the end-of-word search used to retry at every letter
    path.write_text(wrapped + "\n" + "a" * 400_000 + "\n" + "b" * 400_000 + "\n")
    document = load_document(path)
    assert "a" * 400_000 + " " + "b" * 400_000 in document.text


def test_fifty_megabytes_over_the_limit_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no need to write the bytes
    with pytest.raises(FileTooLargeError) as caught:
        load_document(path, LoadOptions(max_bytes=10 * 1024 * 1024))
    assert "52.4 MB, over the 10.5 MB limit" in caught.value.message


@pytest.mark.slow
def test_fifty_megabytes_under_a_raised_limit_loads_in_bounded_time(
    tmp_path: Path,
) -> None:
    path = tmp_path / "big.txt"
    paragraph = _paragraph(100_000)
    path.write_text((paragraph + "\n") * (50_000_000 // len(paragraph)))
    assert path.stat().st_size > 49_000_000
    start = time.perf_counter()
    document = load_document(path, LoadOptions(max_bytes=60 * 1024 * 1024))
    assert time.perf_counter() - start < 90
    assert len(document.text) > 45_000_000
    assert document.text.count("\n\n") >= 400  # the blank lines between paragraphs
