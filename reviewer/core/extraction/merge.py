"""One event per person and direction: merging what several sentences say."""

from __future__ import annotations

from reviewer.core import lazyre as re
from reviewer.core.extraction.context import Event
from reviewer.core.extraction.roles import role_family
from reviewer.core.schema import ChangeType, Direction

_LEAVE_PRIORITY = {
    "deceased": 5,
    "retired": 4,
    "not_standing": 3,
    "removed": 2,
    "resigned": 1,
}


def merge_events(events: list[Event]) -> list[Event]:
    """One event per person and direction, with the strongest leave type.

    A new director's chair or committee-chair role is part of the appointment:
    no separate role change is kept for a person who joins the board.
    """
    merged: dict[tuple[int, str], Event] = {}
    order: list[tuple[int, str]] = []
    for event in events:
        key = (id(event.person), event.direction)
        current = merged.get(key)
        if current is None:
            merged[key] = event
            order.append(key)
            continue
        current.rules += [r for r in event.rules if r not in current.rules]
        if (
            event.direction == Direction.LEAVE
            and {event.kind, current.kind}
            == {ChangeType.RETIRED, ChangeType.NOT_STANDING}
            and event.sentence == current.sentence
        ):
            # "did not stand for re-election and retired" / "retire from, and not
            # stand for re-election to, the Board": the first-stated change
            first = min(event, current, key=lambda e: e.trigger_start)
            current.kind = first.kind
        elif (
            event.direction == Direction.LEAVE
            and _LEAVE_PRIORITY[event.kind] > _LEAVE_PRIORITY[current.kind]
        ):
            current.kind = event.kind
        if not current.effective_date and event.effective_date:
            current.effective_date = event.effective_date
            current.effective_text = event.effective_text
            current.effective_span = event.effective_span
        if not current.reason and event.reason:
            current.reason, current.reason_span = event.reason, event.reason_span
        if (
            role_family(current.role) == "director"
            and role_family(event.role) != "director"
            and event.direction != Direction.JOIN
        ):
            current.role = event.role
    joining = {key[0] for key in order if key[1] == Direction.JOIN}
    return [
        merged[k] for k in order if not (k[1] == Direction.ROLE and k[0] in joining)
    ]


# "At the same meeting, ...", "Later that day, ...": the occasion of the change before
_SAME_OCCASION = re.compile(
    r"^\W*(?:at\s+(?:the\s+same|that)\s+meeting|(?:later\s+)?(?:that|the\s+same)\s+day"
    r"|on\s+the\s+same\s+(?:day|date))\b",
    re.IGNORECASE,
)


def same_occasion_dates(events: list[Event]) -> None:
    """Date an undated change said to happen on the same occasion as another.

    A sentence opening with ``At the same meeting`` or ``Later that day`` takes
    the date of the latest dated change stated before it.
    """
    for event in events:
        if event.effective_date or not _SAME_OCCASION.match(event.sentence.text):
            continue
        before = [
            other
            for other in events
            if other.effective_date and other.sentence.start < event.sentence.start
        ]
        if before:
            latest = max(before, key=lambda other: other.sentence.start)
            event.effective_date = latest.effective_date
            event.effective_text = event.sentence.text.split(",")[0].strip()
