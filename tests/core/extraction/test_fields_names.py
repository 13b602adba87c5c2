"""What a company candidate is not: glued markers, descriptors, people, junk (#12).

The issuer's candidates are read from many places, and some arrive with
something glued to the name (a stored page's date marker, an 8-K cover's label
and date, a descriptor such as "Malaysia-based", a title such as "CEO of", the
next sentence's first word) or are not a name at all (a person with an
honorific, a headline cut at a preposition, a time of day, an ordinal, "the
Company's"). ``clean_name`` cuts the glue and drops the rest. Made-up cases.
"""

from __future__ import annotations

import pytest

from reviewer.core.extraction.fields.issuer import clean_name
from reviewer.core.extraction.filing import Span


def _clean(value: str, start: int = 100) -> Span:
    return clean_name(Span(value, start, start + len(value)))


@pytest.mark.parametrize(
    ("written", "name"),
    [
        # markers glued before the name
        ("2024-03-11 Tarn Minerals PLC", "Tarn Minerals PLC"),
        ("date 2024-03-11 Tarn Minerals PLC", "Tarn Minerals PLC"),
        ("March 11, 2024 HARLOW BIOTECH, INC.", "HARLOW BIOTECH, INC."),
        ("11 March 2024 Tarn Minerals plc", "Tarn Minerals plc"),
        (
            "Date of report (Date of earliest event reported): June 2, 2021 "
            "KESTREL FOODS, INC.",
            "KESTREL FOODS, INC.",
        ),
        # descriptors and titles before it
        ("Malaysia-based Merlion Foods", "Merlion Foods"),
        ("Perth-based Harbour Cover", "Harbour Cover"),
        ("ASX-listed Tarn Gold", "Tarn Gold"),
        ("CEO of Vessel Arc Holdings", "Vessel Arc Holdings"),
        ("Chairman Valmont Lusso", "Valmont Lusso"),
        (
            "Directors of Tarn Rides International Corp.",
            "Tarn Rides International Corp.",
        ),
        ("Board of Directors of Quill Labs Inc.", "Quill Labs Inc."),
        # the next sentence glued after it
        ("Harbour Ferry Services. Chair", "Harbour Ferry Services"),
        ("Quill Labs. The", "Quill Labs"),
        # left as written
        ("Tarn Co. Ltd", "Tarn Co. Ltd"),
        ("Marks and Spencer Group plc", "Marks and Spencer Group plc"),
        ("Bank of Kowloon", "Bank of Kowloon"),
        ("Dr. Kessel's Laboratories Limited", "Dr. Kessel's Laboratories Limited"),
        ("3M Company", "3M Company"),
        ("Fjord Data AS", "Fjord Data AS"),  # Norwegian: a suffix, not "as"
        ("1st Source Corporation", "1st Source Corporation"),
    ],
)
def test_the_glue_is_cut(written: str, name: str) -> None:
    span = _clean(written)
    assert span.value == name
    assert span.start == 100 + written.index(name)
    assert span.end == span.start + len(name)


@pytest.mark.parametrize(
    "written",
    [
        "Sir Nigel",  # a person with an honorific
        "Dr. Mara Quist",
        "Ms Jo Park",
        "APPROVAL OF APPOINTMENT OF JO PARK AS",  # a headline cut at a preposition
        "LETTER TO",
        "Resignation of",
        "30 AM Eastern",  # a time of day
        "9:30 a.m",
        "49th",  # an ordinal
        "2024",
        "Company’s",  # the defined term's possessive
        "the Board's",
    ],
)
def test_what_is_not_a_name_is_dropped(written: str) -> None:
    assert _clean(written).value == ""


def test_the_legal_suffixes_lookahead_holds_every_first_letter() -> None:
    """LEGAL_SUFFIX opens on a lookahead of its alternatives' first letters (a
    speed-up): a suffix added with another first letter must be added there."""
    import re._parser as sre_parse  # noqa: PLC2701

    from reviewer.core.extraction.fields.lexicon import LEGAL_SUFFIX

    def firsts(items: list) -> set[str]:  # type: ignore[type-arg]
        op, av = items[0]
        if op is sre_parse.LITERAL:
            return {chr(av)}
        if op is sre_parse.SUBPATTERN:
            return firsts(list(av[-1]))
        if op is sre_parse.BRANCH:
            return set().union(*(firsts(list(b)) for b in av[1]))
        raise AssertionError((op, av))

    tree = list(sre_parse.parse(LEGAL_SUFFIX))
    lookahead, alternatives = tree[0], tree[1:]
    assert lookahead[0] is sre_parse.ASSERT
    allowed = {chr(c) for op, c in lookahead[1][1][0][1] if op is sre_parse.LITERAL}
    assert firsts(alternatives) <= allowed
