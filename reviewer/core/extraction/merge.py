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


# "will retire at the AGM and will not seek re-election": the person's own "retire"
_RETIRE_VERB = re.compile(
    r"\bretir(?:e|es|ing)\b(?!\s+(?:as|from\s+(?:his|her|their)\s+(?:executive\s+)?"
    r"(?:position|role|post|duties|employment))\b)",
    re.IGNORECASE,
)


_LISTED = re.compile(r"[\s,]*(?:(?:and|&)\s+)?")


def _listed_with(flat: str, end: int, verb: int, spans: list[tuple[int, int]]) -> bool:
    """Whether every name between ``end`` and ``verb`` is listed with the person's.

    ``Tom Reyes and Ada Lind have decided to retire``: co-subjects, joined by
    commas and "and" only.
    """
    for start, stop in spans:
        if end <= start < verb:
            if _LISTED.fullmatch(flat, end, start) is None:
                return False
            end = stop
    return True


def says_retire(flat: str, events: list[Event], spans: list[tuple[int, int]]) -> None:
    """A not-standing change whose text says retire first is ``retired`` (in place).

    ``kind:says_retire``: "X will retire at the AGM and will not seek
    re-election" (the corpus convention: not_standing unless the text says
    retire). The retirement must come after the person's name and before the
    not-standing words, with no other person's name (``spans``: every mention,
    in text order) between the name and "retire" unless listed with it; "retire
    as Chief Executive" is another post.
    """
    for event in events:
        if event.kind != ChangeType.NOT_STANDING:
            continue
        sentence = event.sentence
        own = [
            m.end
            for m in event.person.mentions
            if sentence.start <= m.start < event.trigger_start
        ]
        if not own:
            continue
        verb = _RETIRE_VERB.search(flat, own[-1], event.trigger_start)
        if verb is None:
            continue
        if not _listed_with(flat, own[-1], verb.start(), spans):
            continue
        event.kind = ChangeType.RETIRED
        event.rules.append("kind:says_retire")


# "As the resolution was not carried, Mr Lim will retire", "failed to win
# re-election ... and will leave the board"
_FAILED_VOTE = re.compile(
    r"\b(?:resolution|motion|proposal)s?\b[^.;]{0,80}?\b(?:was|were|has\s+been|had\s+been"
    r"|having\s+been)\s+(?:not\s+(?:carried|passed|approved|adopted)|defeated|rejected"
    r"|voted\s+down)\b"
    r"|\b(?:failed|did\s+not\s+manage|was\s+unable)\s+to\s+(?:win|secure|obtain|gain|be)\s+"
    r"(?:re-?\s?election|re-?\s?elected|re-?\s?appointment|re-?\s?appointed)\b"
    r"|\bre-?\s?election\s+(?:resolution\s+)?(?:failed|(?:was|having\s+been)\s+"
    r"(?:defeated|rejected|not\s+(?:carried|approved|passed)))\b",
    re.IGNORECASE,
)
_VOTED_OUT = frozenset(
    {ChangeType.RETIRED, ChangeType.RESIGNED, ChangeType.NOT_STANDING}
)


def not_re_elected(
    flat: str, events: list[Event], spans: list[tuple[int, int]]
) -> None:
    """A departure caused by a failed re-election vote is ``removed`` (in place).

    ``kind:not_re_elected``: the vote's failure stated in the change's sentence
    before its trigger, the person's name the nearest to it (the first after it,
    else the last before it). data/corpus/README.md: a sitting director whose
    re-election fails is removed, though the text says he "will retire".
    """
    for event in events:
        if event.kind not in _VOTED_OUT:
            continue
        sentence = event.sentence
        vote = _FAILED_VOTE.search(flat, sentence.start, event.trigger_start)
        if vote is None:
            continue
        own = [
            m.start
            for m in event.person.mentions
            if sentence.start <= m.start < event.trigger_start
        ]
        # the first name after the failure, or the last before it ("Tom Reyes
        # failed to win re-election"), is the person's
        after = [s for s, _ in spans if vote.start() <= s < event.trigger_start]
        ahead = [s for s, _ in spans if sentence.start <= s < vote.start()]
        nearest = after[0] if after else (ahead[-1] if ahead else -1)
        if own and nearest in own:
            event.kind = ChangeType.REMOVED
            event.rules.append("kind:not_re_elected")
