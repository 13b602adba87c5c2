"""Which table cell or form field a highlight of the document feeds.

The window links a clicked highlight to the roster cell or filing field it
stands for, and a selection to a new row; the rules live here, without Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reviewer.core.edits import sentence_around, with_evidence
from reviewer.core.entities import Entity, EntityLabel
from reviewer.core.records import RosterRow
from reviewer.core.vocabulary import without_honorific

ROW_FIELD_OF_LABEL = {
    EntityLabel.PERSON: "person",
    EntityLabel.CHANGE: "change_type",
    EntityLabel.ROLE: "role",
    EntityLabel.DATE: "effective_date",
    EntityLabel.EFFECTIVE: "effective_text",
    EntityLabel.REASON: "reason",
    EntityLabel.DISAGREEMENT: "disagreement",
    EntityLabel.NOMINATOR: "nominated_by",
    EntityLabel.COMMITTEE: "committees",
}
"""The roster column a highlight of each label feeds."""

FILING_FIELD_OF_LABEL = {
    EntityLabel.COMPANY: "company",
    EntityLabel.TICKER: "ticker",
    EntityLabel.EXCHANGE: "exchange",
    EntityLabel.DATELINE: "dateline_city",
    EntityLabel.BOARD_SIZE: "board_size_after",
    EntityLabel.INDEPENDENT_COUNT: "independent_directors_after",
}
"""The filing-level field a highlight of each label feeds."""


def row_field_of(label: EntityLabel) -> str:
    """The roster column a highlight of ``label`` feeds (the person by default)."""
    return ROW_FIELD_OF_LABEL.get(label, "person")


def row_for_entity(rows: Sequence[RosterRow], entity: Entity) -> int:
    """The row an entity feeds: evidence holding its span, else the person's name.

    Among rows sharing the evidence sentence, a PERSON entity picks the row of
    that person. Returns -1 when no row matches.
    """
    words = {w.lower().strip(".,") for w in entity.text.split()}
    holders = []
    for number, row in enumerate(rows):
        span = row.span()
        if span is not None and span[0] <= entity.start and entity.end <= span[1]:
            holders.append(number)
    named = [
        n
        for n in (holders or range(len(rows)))
        if words & {w.lower() for w in rows[n].person.split()}
    ]
    if entity.label is EntityLabel.PERSON and named:
        return named[0]
    if holders:
        return holders[0]
    return named[0] if named else -1


def row_from_selection(
    text: str,
    start: int,
    end: int,
    page_of: Callable[[int], int | None] = lambda _offset: None,
) -> RosterRow:
    """A new roster row for the person selected at ``text[start:end]``.

    The person is the selection without a leading title; the evidence is the
    sentence around it, on the page ``page_of`` gives for the sentence's start
    (by default none: the text has no pages).
    """
    person = without_honorific(text[start:end])
    begin, finish = sentence_around(text, start, end)
    blank = RosterRow(row_id="", person=person)
    return with_evidence(blank, text[begin:finish], begin, finish, page_of(begin))
