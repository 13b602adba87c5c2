"""Hostile text, Markdown and EDGAR files: a Document or a typed LoadError."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reviewer.core.document import DocumentFormat
from reviewer.io.errors import BinaryFileError, EmptyFileError, UnsupportedTypeError
from reviewer.io.loaders import load_document
from reviewer.io.pipeline import open_and_extract

NEWS = "Acme Holdings, Inc. announced that Jane Roe joined its board of directors."


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_nul_bytes_are_refused_as_binary(tmp_path: Path) -> None:
    path = _write(tmp_path, "nul.txt", NEWS.encode() + b"\x00\x00" + NEWS.encode())
    with pytest.raises(BinaryFileError, match="NUL bytes"):
        load_document(path)


def test_many_control_characters_are_refused_as_binary(tmp_path: Path) -> None:
    path = _write(tmp_path, "controls.txt", bytes(range(1, 9)) * 200)
    with pytest.raises(BinaryFileError, match="control bytes"):
        load_document(path)


def test_a_few_control_characters_still_load(tmp_path: Path) -> None:
    data = f"{NEWS}\x07 Terminal \x1b[31mred\x1b[0m and a bell.\x0b\n".encode()
    document = open_and_extract(_write(tmp_path, "few.txt", data)).document
    assert NEWS in document.text


@pytest.mark.parametrize(
    "data",
    [
        "Café ".encode() + "Zürich ".encode("cp1252") + NEWS.encode(),
        "Zürich ".encode("cp1252") + b"\x81\x8d " + NEWS.encode(),
        NEWS.encode("utf-16"),
        b"\xef\xbb\xbf" + NEWS.encode() + b"\xff\xfe",
        NEWS.encode() + "日本語".encode("shift_jis"),
    ],
    ids=["utf8-then-cp1252", "undefined-cp1252", "utf16", "bom-then-junk", "sjis"],
)
def test_mixed_and_odd_encodings_load(tmp_path: Path, data: bytes) -> None:
    document = load_document(_write(tmp_path, "mixed.txt", data))
    assert NEWS in document.text
    assert document.metadata["encoding"]


def test_only_white_space_is_empty(tmp_path: Path) -> None:
    with pytest.raises(EmptyFileError):
        load_document(_write(tmp_path, "blank.txt", b" \n\t\r\n \f "))


def test_an_unknown_type_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedTypeError, match="'.exe'"):
        load_document(_write(tmp_path, "tool.exe", b"MZ\x90\x00"))


def test_front_matter_that_never_closes(tmp_path: Path) -> None:
    data = ("---\ntitle: Board news\ndate: 2021-03-01\n" + NEWS + "\n").encode()
    document = load_document(_write(tmp_path, "open.md", data))
    assert document.format is DocumentFormat.MARKDOWN
    assert NEWS in document.text  # nothing is swallowed as front matter
    assert not any(key.startswith("front_matter.") for key in document.metadata)


@pytest.mark.slow  # a wall-clock bound (complexity guard): CI runs it
def test_a_megabyte_of_unclosed_front_matter_is_quick(tmp_path: Path) -> None:
    data = ("---\n" + "key: value\n" * 100_000 + NEWS + "\n").encode()
    start = time.perf_counter()
    document = load_document(_write(tmp_path, "long.md", data))
    assert time.perf_counter() - start < 10
    assert NEWS in document.text


def _edgar(body: str) -> bytes:
    return (
        "<SEC-DOCUMENT>0000000000-21-000001.txt\n<SEC-HEADER>\n"
        "CONFORMED SUBMISSION TYPE:\t8-K\nFILED AS OF DATE:\t20210301\n"
        "</SEC-HEADER>\n" + body
    ).encode()


def test_edgar_with_an_unclosed_document(tmp_path: Path) -> None:
    data = _edgar(f"<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n{NEWS}\n")
    document = load_document(_write(tmp_path, "unclosed.txt", data))
    assert document.format is DocumentFormat.EDGAR
    assert NEWS in document.text
    assert document.metadata["filing_date"] == "2021-03-01"


def test_edgar_without_a_text_part(tmp_path: Path) -> None:
    data = _edgar(f"<DOCUMENT>\n<TYPE>8-K\n{NEWS}\n</DOCUMENT>\n")
    with pytest.raises(EmptyFileError, match="no readable main document"):
        load_document(_write(tmp_path, "notext.txt", data))


def test_edgar_without_any_document(tmp_path: Path) -> None:
    with pytest.raises(EmptyFileError, match="no <DOCUMENT> parts"):
        load_document(_write(tmp_path, "nodoc.txt", _edgar("nothing here\n")))


def test_edgar_with_a_garbage_header(tmp_path: Path) -> None:
    data = (
        b"<SEC-HEADER>\x01\x02 ??? ::: \xff\xfe garbage " + b"ZZ: " * 50_000 + b"\n"
        b"<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n" + NEWS.encode() + b"\n</TEXT>\n</DOCUMENT>\n"
    )
    document = load_document(_write(tmp_path, "garbage.txt", data))
    assert NEWS in document.text
    assert "form_type" in document.metadata  # taken from the first <TYPE>


def test_edgar_with_thousands_of_empty_documents(tmp_path: Path) -> None:
    data = _edgar("<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n</TEXT>\n</DOCUMENT>\n" * 5000)
    with pytest.raises(EmptyFileError):
        load_document(_write(tmp_path, "many.txt", data))


@pytest.mark.slow  # a wall-clock bound (complexity guard): CI runs it
@pytest.mark.parametrize(
    "line",
    [
        "[a](" * 20_000,
        "**a " * 20_000,
        "![a](" * 20_000,
        "[" * 50_000,
        "__x _" * 20_000,
    ],
    ids=["open-links", "open-bold", "open-images", "brackets", "underscores"],
)
def test_pathological_markdown_lines_are_read_in_linear_time(
    tmp_path: Path, line: str
) -> None:
    # each of these took from 7 s to 30 s for 80 KB: quadratic regexes
    path = _write(tmp_path, "odd.md", f"# Title\n{line}\n{NEWS}\n".encode())
    start = time.perf_counter()
    document = load_document(path)
    assert time.perf_counter() - start < 3
    assert NEWS in document.text


def test_markdown_links_images_and_bold_still_read_as_words(tmp_path: Path) -> None:
    text = (
        "# News\nSee [Acme](https://example.com/a_(b)) and ![the logo](logo.png) "
        "with **bold words** and __underlined__.\n"
    )
    document = load_document(_write(tmp_path, "ok.md", text.encode()))
    assert "See Acme and the logo with bold words and underlined." in document.text
