"""Chair and committee-chair seats stated apart from the change's own words.

For example ``He will chair the Audit Committee`` after an appointment, or ``Al
Roe, the Company's Chair, will not stand`` before a departure.
"""

from __future__ import annotations

from reviewer.core import lazyre as re
from reviewer.core.extraction import details
from reviewer.core.extraction.context import Event
from reviewer.core.extraction.details import PRONOUN_START
from reviewer.core.extraction.names import Person
from reviewer.core.extraction.patterns import UPPER
from reviewer.core.extraction.roles import role_family
from reviewer.core.extraction.sentences import Sentence
from reviewer.core.schema import Direction

# "will chair the X Committee", "will become Chair of the X Committee", "will join
# the X Committee, which he will chair"
_NAMED = (
    r"(?P<committee>(?:[" + UPPER + r"][\w,&'’-]*\s+(?:and\s+|&\s+)?){1,6}Committee)"
)
_WILL_CHAIR_RES = (
    re.compile(
        r"\b(?:will|to|shall)\s+(?:also\s+)?(?:chair|(?:become|be|serve\s+as)\s+(?:the\s+)?"
        r"(?i:chair(?:man|woman|person)?)\s+of)\s+(?:the\s+|its\s+)?"
        r"(?:(?i:board)['’]s\s+)?" + _NAMED
    ),
    re.compile(
        r"\bjoin\s+(?:the\s+)?(?:newly[- ]formed\s+|new\s+)?"
        + _NAMED
        + r",\s+which\s+(?:he|she|they)\s+will\s+(?:also\s+)?chair\b"
    ),
)
_BOTH = re.compile(r"\W*(?:both|each)\b")
_OTHER_NAME = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\b\.?\s")


def will_chair(flat: str, sentences: list[Sentence], index: int, person: Person) -> str:
    """The committee chair a new director will hold, or "".

    ``He will chair the Audit Committee`` in the new director's sentence or the
    next two about them gives ``audit committee chair``.
    """
    surname = person.surname.lower()
    for offset, sentence in enumerate(sentences[index : index + 3]):
        lowered = sentence.text.lower()
        pronoun = PRONOUN_START.search(sentence.text) is not None
        if offset and not (pronoun or surname in lowered or _BOTH.match(lowered)):
            break
        found = [
            m
            for r in _WILL_CHAIR_RES
            if (m := r.search(flat, sentence.start, sentence.end))
        ]
        match = found[0] if found else None
        at = flat.lower().rfind(surname, sentence.start, match.start()) if match else -1
        if (
            match
            and (at >= 0 or pronoun)
            and not _OTHER_NAME.search(flat, max(at, sentence.start), match.start())
        ):  # not "Ms. Roe will join A, and Mr. Poe will chair B"
            name = " ".join(match.group("committee").split()[:-1]).lower()
            return f"{name} committee chair"
    return ""


def add_seat_details(
    flat: str,
    sentences: list[Sentence],
    sentence_index: dict[int, int],
    events: list[Event],
    issuer: frozenset[str] = frozenset(),
) -> None:
    """Add the chair a new director takes and the seat a leaving one held (in place).

    Only changes whose role is a plain director's are touched. ``issuer``: the
    issuer's distinctive words ("the Executive Chair of Corvane Inc.").
    """
    for event in events:
        if role_family(event.role) != "director":
            continue
        if event.direction == Direction.JOIN:
            _add_chair_taken(flat, sentences, sentence_index, event)
        if event.direction == Direction.LEAVE:
            _add_seat_left(flat, sentences, sentence_index, event, issuer)


def _add_chair_taken(
    flat: str, sentences: list[Sentence], sentence_index: dict[int, int], event: Event
) -> None:
    """``Ms. Roe will chair the Audit Committee.``."""
    at = sentence_index.get(event.sentence.start, 0)
    chair = will_chair(flat, sentences, at, event.person)
    # "as an independent director, the chairwoman of the audit committee"
    chair = chair or details.listed_committee_chair(event.sentence)
    if chair:
        event.role = f"{event.role}; {chair}"


def _add_seat_left(
    flat: str,
    sentences: list[Sentence],
    sentence_index: dict[int, int],
    event: Event,
    issuer: frozenset[str],
) -> None:
    """``Al Roe, the Company's Chair, will not stand. He will leave the Board.``.

    The chair title may stand before any earlier mention of the person, the
    headline's too (rule ``role:chair_held``: "Corvane Chairman Bram Okafor to
    leave board").
    """
    at = sentence_index.get(event.sentence.start, 0)
    seat = details.held_seat(flat, sentences, at, event.person) or next(
        (
            title
            for before in reversed(sentences[: at + 1])
            if (title := details.chair_title_before(flat, before, event.person, issuer))
        ),
        None,
    )
    listed = details.listed_committee_chair(event.sentence)
    if seat is not None:
        event.role = f"director; {seat.role}"
        event.rules.append("role:chair_held")
    elif listed:
        event.role = f"{event.role}; {listed}"
