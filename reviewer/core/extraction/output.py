"""The extraction's output: entities with spans and one roster row per change."""

from __future__ import annotations

from reviewer.core.document import Document
from reviewer.core.entities import Entity, EntityLabel
from reviewer.core.extraction import details
from reviewer.core.extraction.context import Context, Event
from reviewer.core.extraction.dates import find_dates
from reviewer.core.extraction.filing import Span
from reviewer.core.extraction.sentences import Sentence
from reviewer.core.records import RosterRow
from reviewer.core.schema import Direction


class EntityCollector:
    """Collects entities with spans into the original text."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._seen: set[tuple[int, int, EntityLabel]] = set()
        self.items: list[Entity] = []

    def add(self, start: int, end: int, label: EntityLabel, confidence: float) -> None:
        """Keep ``text[start:end]`` as an entity, unless out of range or seen."""
        if start < 0 or end <= start or end > len(self._text):
            return
        key = (start, end, label)
        if key in self._seen:
            return
        self._seen.add(key)
        self.items.append(Entity(start, end, label, self._text[start:end], confidence))

    def add_span(self, span: Span, label: EntityLabel, confidence: float) -> None:
        """Keep the entity a field's span covers."""
        self.add(span.start, span.end, label, confidence)


def build_row(
    ctx: Context,
    document: Document,
    text: str,
    sentences: list[Sentence],
    sentence_index: dict[int, int],
    event: Event,
    number: int,
    disagreements: list[tuple[Sentence, str, int, int]],
    leave_count: int,
    ents: EntityCollector,
) -> RosterRow:
    """Turn one event into a roster row, recording its entities."""
    sentence = event.sentence
    ents.add(event.trigger_start, event.trigger_end, EntityLabel.CHANGE, 0.8)
    for found_date in find_dates(ctx.flat, sentence.start, sentence.end):
        ents.add(found_date.start, found_date.end, EntityLabel.DATE, 0.7)
    for found_role in event.roles:
        ents.add(found_role.start, found_role.end, EntityLabel.ROLE, 0.7)
    if event.effective_span:
        ents.add(*event.effective_span, EntityLabel.EFFECTIVE, 0.7)
    if event.reason_span:
        ents.add(*event.reason_span, EntityLabel.REASON, 0.7)
    disagreement = "not_stated"
    if event.direction == Direction.LEAVE:
        surname = event.person.surname.lower()
        for found, value, start, end in disagreements:
            if surname in found.text.lower() or leave_count == 1:
                disagreement = value
                ents.add(start, end, EntityLabel.DISAGREEMENT, 0.8)
                break
    nominated = details.nominator(ctx.flat, sentence.start, sentence.end)
    nominated_by = ""
    if nominated:
        nominated_by = nominated[0]
        ents.add(nominated[1], nominated[2], EntityLabel.NOMINATOR, 0.7)
    committee_names: list[str] = []
    if event.direction != Direction.LEAVE:
        index = sentence_index.get(sentence.start, 0)
        for name, start, end in details.committees(
            ctx.flat, sentences, index, event.person
        ):
            committee_names.append(name)
            ents.add(start, end, EntityLabel.COMMITTEE, 0.6)
    role = event.role
    lowered = role.lower()
    independent = ""
    if "independent" in lowered:
        independent = "true"
    elif "executive director" in lowered and "non-executive" not in lowered:
        independent = "false"
    elif event.officer and event.direction == Direction.JOIN:
        independent = "false"  # an officer of the company is not independent
    elif event.direction == Direction.JOIN:
        index = sentence_index.get(sentence.start, 0)
        independent = details.independence(
            sentences[index : index + 5], event.person.surname
        )
    page = document.page_of(sentence.start)
    return RosterRow(
        row_id=f"m{number}",
        person=event.person.name,
        change_type=event.kind,
        role=role,
        effective_date=event.effective_date,
        effective_text=event.effective_text,
        reason=event.reason,
        disagreement=disagreement,
        nominated_by=nominated_by,
        independent=independent,
        committees="; ".join(committee_names),
        evidence=" ".join(text[sentence.start : sentence.end].split()),
        evidence_start=str(sentence.start),
        evidence_end=str(sentence.end),
        page=str(page) if page is not None else "",
        rules=tuple(event.rules),
    )
