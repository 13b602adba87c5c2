"""HTML, inline XBRL and full EDGAR submissions."""

from __future__ import annotations

from pathlib import Path

from reviewer.core.document import DocumentFormat
from reviewer.io.loaders import load_document
from reviewer.io.loaders.html import html_to_text


def test_visible_text_only_in_reading_order() -> None:
    text = html_to_text(
        "<html><head><title>T</title><style>.x{}</style></head><body>"
        "<div style='display: none'><ix:header>DEI</ix:header></div>"
        "<h1>Board&nbsp;news</h1><p>Ms. <b>Jane</b> Roe&#8217;s term\nends.</p>"
        "<div>First<br>Second</div><script>alert(1)</script><!-- note -->tail"
        "<p>7</p></body></html>"
    )
    assert text == (
        "Board news\n\nMs. Jane Roe\u2019s term ends.\n\nFirst\nSecond\n\ntail"
    )


def test_tables_become_rows() -> None:
    text = html_to_text(
        "<p>Votes:</p><table><tr><th>Name</th><th>For</th><th></th></tr>"
        "<tr><td><p>A. Smith</p></td><td>$</td><td>1,000</td></tr></table><p>End</p>"
    )
    assert text == "Votes:\n\nName | For\nA. Smith | $1,000\n\nEnd"


def test_pre_document_is_unwrapped(tmp_path: Path) -> None:
    path = tmp_path / "filing.htm"
    path.write_text(
        "<html><body><pre>\n"
        "                 FORM 8-K\n\n"
        "Delaware            000-1234          22-333\n\n"
        "Item 5.02 Departure of Directors.\n</pre></body></html>",
        encoding="utf-8",
    )
    document = load_document(path)
    assert document.format is DocumentFormat.HTML
    assert "FORM 8-K\n\nDelaware | 000-1234 | 22-333\n\nItem 5.02" in document.text


def test_html_with_declared_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_bytes(
        b'<html><head><meta charset="windows-1252"></head><body><p>\x93Lead\x94'
        b" director</p></body></html>"
    )
    assert load_document(path).text == "\u201cLead\u201d director"


def test_edgar_submission(data_dir: Path) -> None:
    document = load_document(data_dir / "edgar-submission.txt")
    assert document.format is DocumentFormat.EDGAR
    meta = document.metadata
    assert meta["form_type"] == "8-K"
    assert meta["cik"] == "0000123456"
    assert meta["accession_number"] == "0000123456-24-000007"
    assert meta["filing_date"] == "2024-03-05"
    assert meta["period_of_report"] == "2024-03-01"
    assert meta["company_name"] == "Example Widgets Corp"
    assert [part.name for part in document.parts] == ["8-K", "EX-99.1"]
    main, exhibit = document.parts
    assert document.text[main.start : main.end].startswith("8-K: CURRENT REPORT\n")
    assert "Item 5.02 | Departure of Directors" in document.text
    assert "Jane Q. Roe notified the Board" in document.text[main.start : main.end]
    assert document.text[exhibit.start : exhibit.end] == (
        "EX-99.1: PRESS RELEASE\n\n"
        "Example Widgets names John Doe to its Board of Directors."
    )
    for hidden in ("HIDDEN-DEI-FACT", "never run", "SCHEMA", "begin 644", "p {"):
        assert hidden not in document.text


def test_edgar_markers_win_over_the_name(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "submission.html"
    path.write_bytes((data_dir / "edgar-submission.txt").read_bytes())
    assert load_document(path).format is DocumentFormat.EDGAR


def test_bullets_in_their_own_span_get_a_space() -> None:
    from reviewer.io.loaders.html import markup_to_text

    text = markup_to_text(
        "<div><span>\u2022</span><span style='padding-left:9pt'>Ann Lee joined"
        "</span></div><p>\u00b7 Bo Chan left</p>"
    )
    assert text == "\u2022 Ann Lee joined\n\n\u00b7 Bo Chan left"


def test_utf16_html(tmp_path: Path) -> None:
    path = tmp_path / "a.htm"
    path.write_bytes(
        "<html><body><p>Zo\u00eb Lam resigned.</p></body></html>".encode("utf-16")
    )
    assert load_document(path).text == "Zo\u00eb Lam resigned."
