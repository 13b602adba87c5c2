"""Effective dates the change's own sentence does not give, for the whole document.

An ordered tuple of named passes (:data:`DATE_PASSES`), each over every event
still undated: a date stated in the next sentences, the meeting's date for
shareholders' votes, another person's change it is tied to, the same occasion's
date, "the same date" and a date stated ahead for the changes that follow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reviewer.core import lazyre as re
from reviewer.core.extraction.context import Context, Event
from reviewer.core.extraction.dates import find_dates, iso
from reviewer.core.extraction.effective import (
    last_day_after,
    same_date,
    stated_before,
    stated_for_all,
    stated_for_one,
    stated_later,
)
from reviewer.core.extraction.lists import AT_MEETING, meeting_date
from reviewer.core.extraction.merge import same_occasion_dates
from reviewer.core.extraction.patterns import UPPER
from reviewer.core.extraction.sentences import Sentence
from reviewer.core.schema import Direction


@dataclass(frozen=True, slots=True)
class Dating:
    """What the passes read: the rules' context and the document's sentences."""

    ctx: Context
    sentences: list[Sentence]
    sentence_index: dict[int, int]  # sentence start -> index
    on_board: list[bool]  # for each sentence: a board word in it


def resolve_dates(
    ctx: Context,
    sentences: list[Sentence],
    sentence_index: dict[int, int],
    on_board: list[bool],
    events: list[Event],
) -> None:
    """Run :data:`DATE_PASSES` in order over ``events`` (in place)."""
    dating = Dating(ctx, sentences, sentence_index, on_board)
    for _name, date_pass in DATE_PASSES:
        date_pass(dating, events)


# (context, sentences, the event's sentence index, the person's names) -> a date
DateFinder = Callable[..., tuple[str, str, tuple[int, int] | None]]


def _stated_for_one(dating: Dating, events: list[Event]) -> None:
    """A person's own date, stated after a shared one, wins over it.

    ``A, B and C have been appointed, commencing 17 November. C's appointment
    will commence 1 January 2021.``
    """
    _date_named_later(dating, events, stated_for_one, "date:stated_for_one")


def _last_day(dating: Dating, events: list[Event]) -> None:
    """``... resigned from the Board. Her last day will be November 30, 2026.``.

    The last day stated next wins over the letter's or the notice's date.
    """
    leaving = [e for e in events if e.direction == Direction.LEAVE]
    _date_named_later(dating, leaving, last_day_after, "date:last_day")


def _date_named_later(
    dating: Dating, events: list[Event], finder: DateFinder, rule: str
) -> None:
    """Each event's date from ``finder`` (a later sentence naming its person)."""
    for event in events:
        at = dating.sentence_index.get(event.sentence.start, -1)
        if at < 0:
            continue
        names = (event.person.name, event.person.surname)
        found = finder(dating.ctx, dating.sentences, at, names)
        if found[0]:
            (
                event.effective_date,
                event.effective_text,
                event.effective_span,
            ) = found
            event.rules.append(rule)


def _stated_later(dating: Dating, events: list[Event]) -> None:
    """``... appointed Jane Doe. The appointment is effective July 1, 2026.``."""
    for event in events:
        if not event.effective_date and not event.effective_text:
            at = dating.sentence_index.get(event.sentence.start, -1)
            if at >= 0:
                (
                    event.effective_date,
                    event.effective_text,
                    event.effective_span,
                ) = stated_later(dating.ctx, dating.sentences, at)


def _stated_for_all(dating: Dating, events: list[Event]) -> None:
    """``The Board announces the following changes with immediate effect. Mr. A ...``.

    Only for a change whose own sentence and the next two state nothing: the lead
    sentence ties every change it introduces (the corpus convention copies a date
    to another person only when the text ties them).
    """
    for event in events:
        if event.effective_date or event.effective_text:
            continue
        at = dating.sentence_index.get(event.sentence.start, -1)
        if at > 0:
            (
                event.effective_date,
                event.effective_text,
                event.effective_span,
            ) = stated_for_all(dating.ctx, dating.sentences, at)
            if event.effective_date or event.effective_text:
                event.rules.append("date:stated_for_all")


def _meeting(dating: Dating, events: list[Event]) -> None:
    """Shareholders' votes, and changes "at the close of the AGM": its date."""
    meeting = meeting_date(dating.ctx, dating.sentences, dating.on_board)
    for event in events:
        if (
            not event.effective_date
            and meeting
            and (event.kind in AT_MEETING or _MEETING_WORD.search(event.effective_text))
        ):
            event.effective_date = meeting[0]
            event.effective_text = event.effective_text or meeting[1]


def _from_other_changes(_dating: Dating, events: list[Event]) -> None:
    """Date a change by another person's change it is tied to.

    ``effective as of Mr. Smith's retirement`` takes the date of Smith's change;
    so does ``succeed Mr. Smith ... upon his retirement``, Smith named before.
    """
    for event in events:
        if event.effective_date:
            continue
        match = _AS_OF_CHANGE_RE.search(event.sentence.text)
        if not match:
            continue
        name = match.group(1) or match.group(2)
        head = event.sentence.text[: match.start()]
        for other in events:
            if (
                other is not event
                and other.direction == Direction.LEAVE
                and other.effective_date
                and (
                    (name is not None and name in other.person.full.tokens)
                    or (
                        name is None
                        and (
                            other.sentence == event.sentence
                            or other.person.surname in head
                        )
                    )
                )
            ):
                event.effective_date = other.effective_date
                event.effective_text = match.group()
                break


def _same_occasion(_dating: Dating, events: list[Event]) -> None:
    """Changes of one occasion share its date (:func:`.merge.same_occasion_dates`)."""
    same_occasion_dates(events)


def _same_or_stated_before(dating: Dating, events: list[Event]) -> None:
    """``from the same date`` as the change before, or a date stated ahead.

    ``... will take over as Chair of the Audit Committee from the same date``;
    ``The Board roles described below take effect on January 1.``
    """
    dated: Event | None = None
    for event in events:
        at = dating.sentence_index.get(event.sentence.start, -1)
        same = same_date(event.sentence)
        if not event.effective_date and not event.effective_text and dated and same:
            event.effective_date, event.effective_text = dated.effective_date, same
        if not event.effective_date and not event.effective_text and at >= 0:
            earlier = stated_before(dating.ctx, dating.sentences, at)
            if earlier[0]:
                event.effective_date, event.effective_text = earlier[0], earlier[1]
                event.effective_span = earlier[2]
        if event.effective_date:
            dated = event


def _form_field(dating: Dating, events: list[Event]) -> None:
    """``(3) Effective date of the Change  26 March 2025``: a form's one date.

    An announcement laid out as a form states the date once, in a field
    followed by the date alone (rule ``date:form_field``); every change still
    undated and without wording takes it when the document's fields agree on
    one date. "On the Effective Date, March 1" (a defined term) is no field.
    """
    undated = [e for e in events if not e.effective_date and not e.effective_text]
    if not undated:
        return
    flat, found = dating.ctx.flat, set()
    for match in _FORM_FIELD.finditer(flat):
        dates = find_dates(flat, match.end(), min(len(flat), match.end() + 30))
        if dates and dates[0].start == match.end():
            found.add(
                (
                    iso(dates[0].resolve(dating.ctx.reference)),
                    match.start(),
                    dates[0].end,
                )
            )
    if len({value for value, _, _ in found}) != 1:
        return
    value, start, end = min(found, key=lambda f: f[1])
    if not value:
        return
    for event in undated:
        event.effective_date, event.effective_text = value, flat[start:end]
        event.effective_span = (start, end)
        event.rules.append("date:form_field")


# The passes, in the order they run: an earlier pass's date wins.
DATE_PASSES: tuple[tuple[str, Callable[[Dating, list[Event]], None]], ...] = (
    ("date:stated_for_one", _stated_for_one),
    ("date:last_day", _last_day),
    ("date:stated_later", _stated_later),
    ("date:stated_for_all", _stated_for_all),
    ("date:meeting", _meeting),
    ("date:other_change", _from_other_changes),
    ("date:same_occasion", _same_occasion),
    ("date:same_or_stated_before", _same_or_stated_before),
    ("date:form_field", _form_field),
)
# "(3) Effective date of the Change", "Effective Date of Change :", "Effective date:"
_FORM_FIELD = re.compile(
    r"(?<![Tt]he\s)(?<![Tt]he)\b[Ee]ffective\s+[Dd]ate(?:\s+of\s+(?:the\s+)?(?:[Cc]hanges?"
    r"|[Aa]ppointments?|[Rr]esignations?|[Rr]etirements?|[Cc]essation))?[\s*:–-]*"
)

_AS_OF_CHANGE_RE = re.compile(
    r"\b(?:as\s+of|upon|at\s+the\s+time\s+of|following)\s+(?:(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    r"([" + UPPER + r"][\w'-]+)['’]s|his|her|their)\s+"
    r"(?:retirement|resignation|departure|death|passing)"
    # "when Sir Alan steps down": the name may be a first name after a title
    r"|\bwhen\s+(?:(?:Mr|Ms|Mrs|Dr|Sir|Dame)\.?\s+)?([" + UPPER + r"][\w'-]+)\s+"
    r"(?:steps\s+down|retires|leaves\s+the\s+board)\b"
)
# "at the close of the AGM", "at the end of his current term" (a term ends at the
# annual meeting)
_MEETING_WORD = re.compile(
    r"\b(?:meeting|AGM|EGM)\b|\bend\s+of\s+(?:his|her|their)\s+(?:current\s+)?term\b",
    re.IGNORECASE,
)
