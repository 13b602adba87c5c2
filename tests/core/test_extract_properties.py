"""Any text: the extractor never fails and every span it reports is real."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.extraction import extract
from reviewer.core.records import FILING_FIELD_NAMES

# Pieces of announcement language, so random texts reach the deeper rules.
FRAGMENTS = [
    "Mr. ", "Ms. ", "Dr. ", "Jane ", "Q. ", "Doe", "Zhang Wei", 'William "Bill" ',
    "Hartman", ", Jr.", " resigned", " has been appointed", " elected", " retire",
    " passed away", " will not stand for re-election", " succeeded by ", " as ",
    " Chairman of the Board", " director", " Director of Marketing", " the Board",
    " of Directors", " independent", " Audit Committee", " effective immediately",
    " effective March 1, 2025", " on 14 May", " with immediate effect", ", ", ". ",
    "\n", "\n\n", "“", "”", '"', "(Nasdaq: ACME)", "NEW YORK, Feb. 7, 2025 -- ",
    "Acme Inc.", " due to personal reasons", " did not result from any disagreement",
    " nominated by Big Holdings Limited", " the board will consist of seven members",
    " including five independent directors", "The following 3 persons were elected:",
    "* ", "(1) ", "Date: June 1, 2024", "CEO", " Chief Financial Officer", "’s",
]  # fmt: skip

texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40
).map("".join)


def _check(text: str) -> None:
    document = Document(text, "t.txt", "0" * 64, DocumentFormat.TEXT)
    extraction = extract(document)
    starts = [e.start for e in extraction.entities]
    assert starts == sorted(starts)
    for entity in extraction.entities:
        assert 0 <= entity.start < entity.end <= len(text)
        assert text[entity.start : entity.end] == entity.text
        assert 0.0 <= entity.confidence <= 1.0
    for row in extraction.rows:
        span = row.span()
        assert span is not None
        assert 0 <= span[0] <= span[1] <= len(text)
        assert row.row_id.startswith("m")
        assert row.change_type in (
            "appointed", "elected", "resigned", "retired", "deceased", "removed",
            "not_standing", "role_change", "continuing",
        )  # fmt: skip
        assert row.disagreement in ("no", "yes", "not_stated")
        assert row.independent in ("true", "false", "")
    for name in FILING_FIELD_NAMES:
        assert isinstance(getattr(extraction.filing, name), str)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_announcement_like_text(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_text(text: str) -> None:
    _check(text)
