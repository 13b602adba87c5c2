"""What roster assembly knows about a document, and one change as found."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reviewer.core import lazyre as re
from reviewer.core.extraction.changes import Trigger
from reviewer.core.extraction.names import Person
from reviewer.core.extraction.roles import RoleMention
from reviewer.core.extraction.sentences import Sentence
from reviewer.core.schema import JOIN_TYPES, LEAVE_TYPES, Direction

JOIN = JOIN_TYPES  # the change types that seat someone (schema's vocabulary)
LEAVE = LEAVE_TYPES  # the change types that unseat someone


@dataclass
class Event:
    """One person's change as found, before it becomes a row."""

    person: Person
    kind: str
    role: str
    sentence: Sentence
    trigger_start: int
    trigger_end: int
    roles: list[RoleMention] = field(default_factory=list)
    effective_date: str = ""
    effective_text: str = ""
    effective_span: tuple[int, int] | None = None
    reason: str = ""
    reason_span: tuple[int, int] | None = None
    officer: bool = False  # described as an officer (CEO, CFO...) where named
    # ids of the rules that produced it ("trigger:resigned", "role:leading"...)
    rules: list[str] = field(default_factory=list)

    @property
    def direction(self) -> Direction:
        """JOIN, LEAVE or ROLE."""
        if self.kind in JOIN:
            return Direction.JOIN
        if self.kind in LEAVE:
            return Direction.LEAVE
        return Direction.ROLE


@dataclass(frozen=True, slots=True)
class Vetoed:
    """A change the rules found and a named veto dropped.

    It is a candidate for the learned decision layer (:mod:`.decision`).
    """

    person: Person
    kind: str
    sentence: Sentence
    trigger_start: int
    trigger_end: int
    veto: str
    as_object: bool
    mention_start: int  # -1 when the person came through a pronoun
    rules: tuple[str, ...] = ()


@dataclass
class Context:
    """What assembly needs to know about the document."""

    flat: str
    people: list[Person]
    person_of: dict[int, Person]  # mention start -> person
    announcement: date | None
    issuer_words: frozenset[str]
    quotes: list[tuple[int, int]] = field(default_factory=list)
    latest_year: int | None = None  # the latest year written, when no date is known
    # names of subsidiaries the document introduces ("its subsidiary, X Ltd ("XL")")
    subsidiaries: re.Pattern[str] | None = None
    # sentence (start, end) -> its sentence-wide effective wording (effective.py)
    sentence_effective: dict[
        tuple[int, int], tuple[str, str, tuple[int, int] | None] | None
    ] = field(default_factory=dict)
    # changes dropped by a named veto (roster.py), kept for the decision layer
    vetoed: list[Vetoed] = field(default_factory=list)
    # sentence start -> the triggers roster.py found in it (reused by candidates.py)
    triggers: dict[int, list[Trigger]] = field(default_factory=dict)

    @property
    def reference(self) -> date | None:
        """What a date without a year and "immediately" are read against.

        The release's date (rule ``date:release_year``), as the dataset's
        ``announcement_date`` column reads it.
        """
        return self.announcement
