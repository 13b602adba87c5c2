"""Which roster row or filing field a highlight feeds; a new row from a selection."""

from __future__ import annotations

from reviewer.core.entities import Entity, EntityLabel
from reviewer.core.linking import (
    FILING_FIELD_OF_LABEL,
    ROW_FIELD_OF_LABEL,
    row_field_of,
    row_for_entity,
    row_from_selection,
)
from reviewer.core.records import FILING_FIELD_NAMES, ROW_FIELD_NAMES, RosterRow


def test_row_for_entity_prefers_evidence_then_names() -> None:
    rows = (
        RosterRow(row_id="a", person="Tao Zou", evidence_start="0", evidence_end="50"),
        RosterRow(row_id="b", person="Ann Lee", evidence_start="0", evidence_end="50"),
        RosterRow(row_id="c", person="Bo Chen"),
    )
    assert row_for_entity(rows, Entity(10, 17, EntityLabel.PERSON, "Ann Lee")) == 1
    assert row_for_entity(rows, Entity(20, 30, EntityLabel.ROLE, "director")) == 0
    assert row_for_entity(rows, Entity(90, 97, EntityLabel.PERSON, "Mr. Chen")) == 2
    assert row_for_entity(rows, Entity(90, 99, EntityLabel.REASON, "health")) == -1
    assert row_for_entity((), Entity(0, 3, EntityLabel.PERSON, "Ann")) == -1


def test_every_label_feeds_a_real_column_and_none_feeds_two() -> None:
    assert set(ROW_FIELD_OF_LABEL.values()) <= set(ROW_FIELD_NAMES)
    assert set(FILING_FIELD_OF_LABEL.values()) <= set(FILING_FIELD_NAMES)
    assert not set(ROW_FIELD_OF_LABEL) & set(FILING_FIELD_OF_LABEL)
    assert row_field_of(EntityLabel.ROLE) == "role"
    assert row_field_of(EntityLabel.COMPANY) == "person"  # a filing label: the row


def test_row_from_selection_drops_the_title_and_rests_on_the_sentence() -> None:
    text = "The board met. Mrs.  Ann   Lee joined the board. Then it rose."
    start = text.index("Mrs.")
    end = text.index(" joined")
    row = row_from_selection(text, start, end, lambda offset: 1 + offset // 20)
    assert row.person == "Ann Lee"
    assert row.evidence == "Mrs. Ann Lee joined the board."
    begin, finish = row.span()
    assert text[begin:finish].startswith("Mrs.")
    assert row.page == str(1 + begin // 20)
    assert row_from_selection(text, start, end).page == ""  # no pages
