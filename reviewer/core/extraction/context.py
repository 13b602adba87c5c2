"""What roster assembly knows about a document, and one change as found."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

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

    @property
    def direction(self) -> Direction:
        """JOIN, LEAVE or ROLE."""
        if self.kind in JOIN:
            return Direction.JOIN
        if self.kind in LEAVE:
            return Direction.LEAVE
        return Direction.ROLE


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
