"""Labelled character spans found in a document's text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EntityLabel(StrEnum):
    """Every kind of entity the extractor finds and the reviewer may add."""

    PERSON = "PERSON"
    COMPANY = "COMPANY"
    TICKER = "TICKER"
    EXCHANGE = "EXCHANGE"
    DATE = "DATE"
    DATELINE = "DATELINE"
    ROLE = "ROLE"
    CHANGE = "CHANGE"
    EFFECTIVE = "EFFECTIVE"
    REASON = "REASON"
    DISAGREEMENT = "DISAGREEMENT"
    NOMINATOR = "NOMINATOR"
    AGREEMENT = "AGREEMENT"
    BOARD_SIZE = "BOARD_SIZE"
    INDEPENDENT_COUNT = "INDEPENDENT_COUNT"
    COMMITTEE = "COMMITTEE"


class Origin(StrEnum):
    """Who proposed an entity."""

    MACHINE = "machine"
    USER = "user"


@dataclass(frozen=True, slots=True)
class Entity:
    """A labelled span ``[start, end)`` of a document's text.

    Attributes:
        start: offset of the first character.
        end: offset one past the last character.
        label: the entity type.
        text: the covered text, ``document.text[start:end]``.
        confidence: the extractor's confidence in [0, 1]; 1.0 for the user's own.
        origin: machine proposal or added by the reviewer.
    """

    start: int
    end: int
    label: EntityLabel
    text: str
    confidence: float = 1.0
    origin: Origin = Origin.MACHINE
