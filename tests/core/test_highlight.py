"""Span logic behind the highlighted view: lookup, paint order, trimming, UTF-16."""

from __future__ import annotations

import math
from array import array

from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.document import PageLayout
from reviewer.core.entities import Entity, EntityLabel, Origin
from reviewer.core.highlight import (
    SpanIndex,
    Utf16Offsets,
    describe,
    display_text,
    label_counts,
    offset_at_point,
    paint_order,
    trim_span,
    word_span,
)


def _entity(start: int, end: int, label: EntityLabel = EntityLabel.PERSON) -> Entity:
    return Entity(start, end, label, "x" * (end - start))


def test_entity_at_prefers_the_innermost_span() -> None:
    outer = _entity(0, 40, EntityLabel.CHANGE)
    inner = _entity(10, 17, EntityLabel.PERSON)
    index = SpanIndex([outer, inner])
    assert index.entity_at(5) == 0
    assert index.entity_at(10) == 1
    assert index.entity_at(16) == 1
    assert index.entity_at(17) == 0
    assert index.entity_at(40) is None
    assert index.covering(12) == [1, 0]


def test_entity_at_skips_hidden_labels() -> None:
    index = SpanIndex([_entity(0, 40, EntityLabel.CHANGE), _entity(10, 17)])
    assert index.entity_at(12, hidden={"PERSON"}) == 0
    assert index.entity_at(12, hidden={"PERSON", "CHANGE"}) is None


def test_empty_spans_are_never_found_nor_painted() -> None:
    entities = [_entity(5, 5), _entity(0, 3)]
    assert SpanIndex(entities).entity_at(5) is None
    assert paint_order(entities) == [1]


def test_paint_order_puts_longer_spans_first_and_drops_hidden() -> None:
    entities = [
        _entity(10, 12),
        _entity(0, 50, EntityLabel.CHANGE),
        _entity(5, 20, EntityLabel.ROLE),
    ]
    assert paint_order(entities) == [1, 2, 0]
    assert paint_order(entities, {"ROLE"}) == [1, 0]


@given(
    st.lists(st.tuples(st.integers(0, 200), st.integers(1, 60)), max_size=40),
    st.integers(-5, 270),
)
def test_span_index_agrees_with_a_linear_scan(
    spans: list[tuple[int, int]], offset: int
) -> None:
    entities = [_entity(s, s + n) for s, n in spans]
    found = SpanIndex(entities).entity_at(offset)
    covering = [i for i, e in enumerate(entities) if e.start <= offset < e.end]
    if not covering:
        assert found is None
    else:
        shortest = min(entities[i].end - entities[i].start for i in covering)
        best = max(
            i for i in covering if entities[i].end - entities[i].start == shortest
        )
        assert found == best


def test_trim_span_strips_whitespace_and_clamps() -> None:
    text = "  Mr. Tao Zou \n, a director"
    assert trim_span(text, 0, 15) == (2, 13)
    assert text[2:13] == "Mr. Tao Zou"
    assert trim_span(text, 15, 0) == (2, 13)
    assert trim_span(text, 13, 15) is None
    assert trim_span(text, 20, 999) == (20, len(text))


def test_label_counts_and_description() -> None:
    entities = [_entity(0, 3), _entity(5, 8), _entity(9, 12, EntityLabel.DATE)]
    assert label_counts(entities) == {"PERSON": 2, "DATE": 1}
    entity = Entity(0, 7, EntityLabel.PERSON, "Tao\nZou", 0.87, Origin.MACHINE)
    text = describe(entity)
    assert "PERSON" in text
    assert "\u201cTao Zou\u201d" in text
    assert "87%" in text
    assert "added by you" in describe(
        Entity(0, 3, EntityLabel.DATE, "x", 1.0, Origin.USER)
    )
    assert len(describe(Entity(0, 500, EntityLabel.REASON, "w " * 250))) < 200


def test_utf16_offsets_round_trip_around_astral_characters() -> None:
    text = "a\U0001f600b\U0001f680c"
    utf16 = Utf16Offsets(text)
    assert [utf16.to_utf16(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    for i in range(len(text) + 1):
        assert utf16.from_utf16(utf16.to_utf16(i)) == i
    assert len(text.encode("utf-16-le")) // 2 == utf16.to_utf16(len(text))
    plain = Utf16Offsets("plain ascii")
    assert plain.to_utf16(4) == 4
    assert plain.from_utf16(4) == 4


def test_display_text_keeps_the_length() -> None:
    text = "one\r\ntwo\rthree\n"
    assert len(display_text(text)) == len(text)
    assert "\r\n" not in display_text(text)


def _layout() -> PageLayout:
    # Two pages: "ab" on page 1 (x 10-20, 20-30 at top 100-110), "\n", "cd" on page 2.
    nan = math.nan
    boxes = array(
        "d",
        [10, 100, 20, 110, 20, 100, 30, 110, nan, nan, nan, nan]
        + [50, 200, 60, 212, 60, 200, 70, 212],
    )
    return PageLayout(((600.0, 800.0), (600.0, 800.0)), (0, 3), boxes)


def test_offset_at_point_finds_the_character_under_a_point() -> None:
    layout = _layout()
    assert offset_at_point(layout, 1, 15, 105) == 0
    assert offset_at_point(layout, 1, 25, 105) == 1
    assert offset_at_point(layout, 2, 65, 205) == 4
    assert offset_at_point(layout, 1, 32, 105) == 1  # just right of "b"
    assert offset_at_point(layout, 1, 65, 205) is None  # page 1 has nothing there
    assert offset_at_point(layout, 1, 300, 500) is None
    assert offset_at_point(layout, 3, 15, 105) is None


def test_word_span_expands_to_the_word() -> None:
    text = "Mr. O'Neil joined AT&T's board, effective 1.5 years later."
    at = text.index("Neil")
    start, end = word_span(text, at) or (0, 0)
    assert text[start:end] == "O'Neil"
    start, end = word_span(text, text.index("T&T")) or (0, 0)
    assert text[start:end] == "AT&T's"
    start, end = word_span(text, text.index(",")) or (0, 0)
    assert text[start:end] == ","
    assert word_span(text, text.index(" ")) is None
    assert word_span(text, len(text)) is None
    start, end = word_span(text, text.index("1.5")) or (0, 0)
    assert text[start:end] == "1.5"


def test_printed_span_is_the_print_between_the_paper_margins() -> None:
    from array import array

    from reviewer.core.document import PageLayout

    nan = float("nan")
    boxes = array(
        "d",
        [72, 10, 80, 20, nan, nan, nan, nan, 300, 10, 540, 20]  # page 1
        + [100, 10, 110, 20],  # page 2
    )
    layout = PageLayout(((612, 792), (612, 792)), (0, 3), boxes)
    assert layout.printed_span(1) == (72, 540)
    assert layout.printed_span(2) == (100, 110)
    assert layout.printed_span(3) is None
