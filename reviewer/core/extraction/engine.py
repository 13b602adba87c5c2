"""One extraction run, as named stages that pass their results on.

1. scope and filing fields (:mod:`.scope`, :mod:`.fields`);
2. the text's layers, computed once (:mod:`.layers`): sentences, board and
   change-word flags, people;
3. the rule path's changes, sentence by sentence (:mod:`.roster`, :mod:`.lists`);
4. the decision (:mod:`.decision`), meeting results, one event per person and
   direction (:mod:`.merge`);
5. document-wide resolvers: effective dates (:mod:`.dating`), chair and
   committee-chair seats (:mod:`.chairs`);
6. rows and entities (:mod:`.output`), board size, filing fields.
"""

from __future__ import annotations

from bisect import bisect_left

from reviewer.core import lazyre as re
from reviewer.core.document import Document
from reviewer.core.entities import Entity, EntityLabel
from reviewer.core.extraction import details
from reviewer.core.extraction.announce import issuer_words_of
from reviewer.core.extraction.candidates import Candidate
from reviewer.core.extraction.chairs import add_seat_details
from reviewer.core.extraction.changes import quote_spans
from reviewer.core.extraction.context import Context, Event
from reviewer.core.extraction.dates import iso
from reviewer.core.extraction.dating import resolve_dates
from reviewer.core.extraction.decision import Model, choose
from reviewer.core.extraction.fields.resolve import FilingValues, filing_fields
from reviewer.core.extraction.filing import Span, find_board_size
from reviewer.core.extraction.layers import Layers, read_layers
from reviewer.core.extraction.lists import list_events
from reviewer.core.extraction.meetings import read_meetings
from reviewer.core.extraction.merge import merge_events, not_re_elected, says_retire
from reviewer.core.extraction.names import Mention, Person
from reviewer.core.extraction.output import EntityCollector, build_row
from reviewer.core.extraction.patterns import AGREEMENT_RE
from reviewer.core.extraction.roster import events_in_sentence
from reviewer.core.extraction.scope import regions
from reviewer.core.extraction.seats import subsidiary_names
from reviewer.core.extraction.sentences import flatten
from reviewer.core.extraction.succession import predecessors
from reviewer.core.records import FilingFields, RosterRow
from reviewer.core.schema import Direction


def run(
    document: Document,
    model: Model | None = None,
    rules_only: bool = False,
    sink: list[Candidate] | None = None,
) -> tuple[FilingFields, tuple[RosterRow, ...], tuple[Entity, ...]]:
    """Extract filing fields, roster rows and entities from a document.

    The rule path's changes and the candidates it leaves out go to the decision
    layer (``model``, the shipped one by default; ``rules_only`` skips it);
    ``sink`` receives the described candidates.
    """
    text = document.text
    flat = flatten(text)
    spans = regions(document)
    ents = EntityCollector(text)
    fields = filing_fields(document, flat, spans, ents)
    issuer_words = issuer_words_of(fields.release_issuer.value)
    layers = read_layers(text, flat, spans, issuer_words)
    ctx = _context(layers, fields)

    events, sentence_index = _rule_events(ctx, layers)
    events = _decided_events(ctx, layers, events, model, rules_only, sink)
    resolve_dates(ctx, layers.sentences, sentence_index, layers.on_board, events)
    # "the Executive Chair of Corvane Inc.": the issuer as the release names it,
    # else the company field
    issuer = ctx.issuer_words or issuer_words_of(fields.company.value)
    add_seat_details(flat, layers.sentences, sentence_index, events, issuer)

    rows = _rows(ctx, document, layers, sentence_index, events, ents)
    size, independent = _board_entities(layers, ents)
    filing = _filing(document, fields, size, independent)
    entities = tuple(sorted(ents.items, key=lambda e: (e.start, e.end, e.label)))
    return filing, rows, entities


def _context(layers: Layers, fields: FilingValues) -> Context:
    """What the rules need to know about the document."""
    text, flat, spans = layers.text, layers.flat, layers.spans
    first = spans[0][0] if spans else 0
    last = spans[-1][1] if spans else len(text)
    quotes = [q for a, b in spans for q in quote_spans(text, a, b)]
    years = [int(y) for y in _YEAR_RE.findall(flat, first, last) if int(y) <= 2100]
    return Context(
        flat,
        layers.people,
        layers.person_of,
        fields.announcement_date,
        layers.issuer_words,
        quotes,
        max(years) if years else None,
        subsidiary_names(flat),
    )


def _rule_events(ctx: Context, layers: Layers) -> tuple[list[Event], dict[int, int]]:
    """The rule path's changes, and sentence start -> sentence index.

    A sentence is read when it has a board word, or a change word near an
    earlier change or about shareholders electing, or is a list's lead-in after
    a board sentence.
    """
    mentions, on_board, on_hint = layers.mentions, layers.on_board, layers.on_hint
    starts = [m.start for m in mentions]  # sorted: mentions are in text order
    events: list[Event] = []
    sentence_index: dict[int, int] = {}
    cursor = 0
    for index, sentence in enumerate(layers.sentences):
        sentence_index[sentence.start] = index
        prior = None
        if events and sentence_index.get(events[-1].sentence.start, -9) >= index - 2:
            prior = events[-1]  # a change in one of the two sentences before
        if not (
            on_board[index]
            or (on_hint[index] and prior is not None)
            or (on_hint[index] and _HOLDERS_ELECT.search(sentence.text))
            or (index and on_board[index - 1] and details.is_lead_in(sentence))
        ):
            continue
        cursor = max(cursor, bisect_left(starts, sentence.start))
        topic = layers.person_of.get(mentions[cursor - 1].start) if cursor else None
        if prior is not None:
            topic = prior.person
        inside = mentions[cursor : bisect_left(starts, sentence.end, cursor)]
        events += _sentence_events(ctx, layers, index, inside, topic, prior)
    return events, sentence_index


def _sentence_events(
    ctx: Context,
    layers: Layers,
    index: int,
    inside: list[Mention],
    topic: Person | None,
    prior: Event | None,
) -> list[Event]:
    """The changes one sentence states, else those of the list it introduces."""
    sentences = layers.sentences
    sentence = sentences[index]
    found = (
        events_in_sentence(ctx, sentence, inside, topic, prior)
        if layers.on_hint[index]
        else []
    )
    if found or not details.is_lead_in(sentence):
        return found
    lead = (
        index if layers.on_board[index] else details.nominees_elected(sentences, index)
    )
    if lead < 0:
        return []
    return list_events(ctx, layers.text, sentences, index, layers.issuer_words, lead)


def _decided_events(
    ctx: Context,
    layers: Layers,
    events: list[Event],
    model: Model | None,
    rules_only: bool,
    sink: list[Candidate] | None,
) -> list[Event]:
    """The rule path's changes through the decision layer, with meeting results.

    One event per person and direction comes out.
    """
    text, sentences = layers.text, layers.sentences
    # "X was named Chair, succeeding Y": Y leaves the chair
    events = events + predecessors(ctx, sentences, layers.mentions, events)
    events = choose(
        ctx, text, sentences, layers.mentions, events, model, rules_only, sink
    )
    # results of shareholders' meetings: nominees elected, nominees who lost
    meetings = read_meetings(ctx, text, sentences, layers.spans, layers.issuer_words)
    merged = merge_events(meetings.combine(events))
    spans = [(m.start, m.end) for m in layers.mentions]
    says_retire(ctx.flat, merged, spans)
    not_re_elected(ctx.flat, merged, spans)
    return merged


def _rows(
    ctx: Context,
    document: Document,
    layers: Layers,
    sentence_index: dict[int, int],
    events: list[Event],
    ents: EntityCollector,
) -> tuple[RosterRow, ...]:
    """One row per event; the people named become entities."""
    rows: list[RosterRow] = []
    disagreements = details.disagreement(layers.flat, layers.sentences)
    leave_people = {id(e.person) for e in events if e.direction == Direction.LEAVE}
    for number, event in enumerate(events, start=1):
        rows.append(
            build_row(
                ctx,
                document,
                layers.text,
                layers.sentences,
                sentence_index,
                event,
                number,
                disagreements,
                len(leave_people),
                ents,
            )
        )
        for mention in event.person.mentions:
            ents.add(mention.start, mention.end, EntityLabel.PERSON, 0.9)
    for person in layers.people:
        for mention in person.mentions:
            if person.full.is_full:
                ents.add(mention.start, mention.end, EntityLabel.PERSON, 0.6)
    return tuple(rows)


def _board_entities(layers: Layers, ents: EntityCollector) -> tuple[Span, Span]:
    """Board size and independent count, and agreements named in board changes."""
    flat, sentences = layers.flat, layers.sentences
    size, independent = find_board_size(
        flat,
        [
            (s.start, s.end)
            for s, b in zip(sentences, layers.on_board, strict=True)
            if b
        ],
    )
    ents.add_span(size, EntityLabel.BOARD_SIZE, 0.7)
    ents.add_span(independent, EntityLabel.INDEPENDENT_COUNT, 0.7)
    for sentence, board, hint in zip(
        sentences, layers.on_board, layers.on_hint, strict=True
    ):
        lowered = sentence.text.lower()
        if board and hint and ("agreement" in lowered or "indenture" in lowered):
            for match in AGREEMENT_RE.finditer(flat, sentence.start, sentence.end):
                ents.add(match.start(), match.end(), EntityLabel.AGREEMENT, 0.6)
    return size, independent


def _filing(
    document: Document, fields: FilingValues, size: Span, independent: Span
) -> FilingFields:
    """The document-level fields of the dataset."""
    meta = document.metadata
    return FilingFields(
        form_type=meta.get("form_type", ""),
        cik=meta.get("cik", ""),
        accession_number=meta.get("accession_number", ""),
        company=fields.company.value,
        ticker=fields.ticker.value.upper(),
        exchange=fields.exchange.value,
        announcement_date=iso(fields.announcement_date),
        dateline_city=fields.city.value,
        board_size_after=size.value,
        independent_directors_after=independent.value,
    )


# "Stockholders elected ...": shareholders elect directors, board word or not.
_HOLDERS_ELECT = re.compile(
    r"\b(?:share|stock)holders\s+(?:\w+\s+){0,2}elected\b"
    # only directors stand for re-election: "X won't stand for re-election"
    r"|\bre-?\s?election\b",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
