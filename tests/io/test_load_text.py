"""Plain text and Markdown loading: encodings, unwrapping, front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.document import DocumentFormat
from reviewer.io.loaders import load_document
from reviewer.io.loaders.textflow import unwrap_plain_text

WRAPPED = "\n".join(
    [
        "BEIJING, December 14, 2020 -- Example Holdings Ltd. (the Company), "
        "a leading carrier-",
        "neutral data centre services provider, today announced that Mr. "
        "Wei Chen, a director",
        "of the Company nominated by Example Ventures Limited in accordance "
        "with an investor",
        "rights agreement, informed the board of his decision to resign from "
        "the board with",
        "immediate effect due to personal reasons. His resignation did not "
        "result from any",
        "disagreement with the Company and the Company thanks him for his "
        "long service on",
        "the board and its committees, and for his help in selecting his "
        "successor, Ms. Sha-",
        "Chelle Jones, who was appointed a direc-",
        "tor.",
        "",
        "About Example",
        "",
        "* first item",
        "* second item",
    ]
)


def test_hard_wrapped_text_reads_as_sentences() -> None:
    text = unwrap_plain_text(WRAPPED)
    assert "Mr. Wei Chen, a director of the Company nominated by" in text
    assert "carrier-neutral data centre" in text
    assert "Ms. Sha-Chelle Jones" in text
    assert "appointed a director." in text
    assert "\n\nAbout Example\n\n* first item\n* second item" in text


def test_text_that_is_not_wrapped_keeps_its_lines() -> None:
    text = "Title\n\nOne long paragraph " + "word " * 200 + "\nNext line\n"
    assert unwrap_plain_text(text).endswith("word\nNext line")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1"])
def test_encodings_are_recognised(tmp_path: Path, encoding: str) -> None:
    body = "Ren\u00e9e M\u00fcller joined the board of Soci\u00e9t\u00e9 Anonyme."
    if encoding == "cp1252":
        body += " \u201cIndependent\u201d \u2013 effective today."
    path = tmp_path / "release.txt"
    path.write_bytes(body.encode(encoding))
    document = load_document(path)
    assert document.text == body
    assert document.format is DocumentFormat.TEXT
    assert len(document.sha256) == 64


def test_markdown_front_matter_becomes_metadata(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(
        '---\ntitle: "Acme Names New Director"\ndate: "2025-02-10 19:30:00"\n'
        'tags:\n  - "news"\ncomments: false\n---\n\n'
        "# Acme Names **New** Director\n\n"
        "ACME today named [Jane Roe](https://x.test/a) to its board.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert document.format is DocumentFormat.MARKDOWN
    assert document.metadata["front_matter.title"] == "Acme Names New Director"
    assert document.metadata["front_matter.date"] == "2025-02-10 19:30:00"
    assert document.metadata["front_matter.comments"] == "false"
    assert "front_matter.tags" not in document.metadata
    assert "---" not in document.text
    assert "title:" not in document.text
    assert document.text.startswith("Acme Names New Director\n\n")
    assert "named Jane Roe to its board." in document.text


def test_markdown_heading_and_indent_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(
        "# Acme Names Director\n\n DALLAS - Acme named Jo Park.\n\n \\* not a list\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert document.format is DocumentFormat.MARKDOWN
    assert (
        document.text
        == "Acme Names Director\n\nDALLAS - Acme named Jo Park.\n\n* not a list"
    )


def test_md_suffix_is_markdown_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("Board news\n\nA director resigned.\n", encoding="utf-8")
    document = load_document(path)
    assert document.format is DocumentFormat.MARKDOWN
    assert document.text == "Board news\n\nA director resigned."


def test_nbsp_and_crlf_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Mr.\u00a0Smith resigned.\r\n\r\nEnd.\r\n".encode())
    assert load_document(path).text == "Mr. Smith resigned.\n\nEnd."


def test_progress_is_reported_for_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("hello board", encoding="utf-8")
    calls: list[tuple[int, int]] = []
    from reviewer.io.loaders import LoadOptions

    load_document(path, LoadOptions(progress=lambda d, t: calls.append((d, t))))
    assert calls[-1] == (1, 1)
