"""One extraction run: scope, sentences, names, changes, rows, fields, entities."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from reviewer.core.document import Document
from reviewer.core.entities import Entity, EntityLabel
from reviewer.core.extraction import details
from reviewer.core.extraction.announce import issuer_words_of
from reviewer.core.extraction.candidates import Candidate
from reviewer.core.extraction.chairs import will_chair
from reviewer.core.extraction.changes import quote_spans
from reviewer.core.extraction.context import Context, Event
from reviewer.core.extraction.dates import iso
from reviewer.core.extraction.decision import Model, choose
from reviewer.core.extraction.effective import same_date, stated_before, stated_later
from reviewer.core.extraction.fields.resolve import filing_fields
from reviewer.core.extraction.filing import find_board_size
from reviewer.core.extraction.lists import AT_MEETING, list_events, meeting_date
from reviewer.core.extraction.meetings import read_meetings
from reviewer.core.extraction.merge import merge_events, same_occasion_dates
from reviewer.core.extraction.names import (
    Mention,
    Person,
    cluster,
    find_mentions,
)
from reviewer.core.extraction.output import EntityCollector, build_row
from reviewer.core.extraction.patterns import (
    AGREEMENT_RE,
    BOARD_LOWER_RE,
    BOARD_RE,
    TRIGGER_HINT,
    TRIGGER_HINT_LOWER,
    UPPER,
)
from reviewer.core.extraction.roles import role_family
from reviewer.core.extraction.roster import events_in_sentence
from reviewer.core.extraction.scope import regions
from reviewer.core.extraction.seats import subsidiary_names
from reviewer.core.extraction.sentences import Sentence, flatten, split_sentences
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
    first = spans[0][0] if spans else 0
    last = spans[-1][1] if spans else len(text)

    fields = filing_fields(document, flat, spans, ents)
    announced, city = fields.announced, fields.city
    company, ticker, exchange = fields.company, fields.ticker, fields.exchange

    sentences: list[Sentence] = []
    for start, end in spans:
        sentences += split_sentences(text, start, end, flat)
    issuer_words = issuer_words_of(fields.release_issuer.value)
    lowered = flat.lower()
    if len(lowered) == len(flat):  # lower() kept every offset
        on_board = _flags(BOARD_LOWER_RE, lowered, spans, sentences)
        on_hint = _flags(TRIGGER_HINT_LOWER, lowered, spans, sentences)
    else:
        on_board = _flags(BOARD_RE, flat, spans, sentences)
        on_hint = _flags(TRIGGER_HINT, flat, spans, sentences)
    mentions: list[Mention] = []
    org_tokens: set[str] = set()
    for index, sentence in enumerate(sentences):
        if on_board[index] or on_hint[index]:
            mentions += find_mentions(
                text, sentence.start, sentence.end, issuer_words, org_tokens
            )
    mentions = [
        m for m in mentions if not all(t.lower() in org_tokens for t in m.tokens)
    ]
    people = cluster(mentions)
    mentions += _bare_surnames(text, people, mentions, sentences, on_board, on_hint)
    mentions.sort(key=lambda m: m.start)
    person_of: dict[int, Person] = {}
    for person in people:
        for mention in person.mentions:
            person_of[mention.start] = person
    mentions = [m for m in mentions if m.start in person_of]
    quotes = [q for a, b in spans for q in quote_spans(text, a, b)]
    years = [int(y) for y in _YEAR_RE.findall(flat, first, last) if int(y) <= 2100]
    ctx = Context(
        flat,
        people,
        person_of,
        announced,
        issuer_words,
        quotes,
        max(years) if years else None,
        subsidiary_names(flat),
    )

    events: list[Event] = []
    sentence_index: dict[int, int] = {}
    cursor = 0
    for index, sentence in enumerate(sentences):
        sentence_index[sentence.start] = index
        prior = None
        if events and sentence_index.get(events[-1].sentence.start, -9) >= index - 2:
            prior = events[-1]
        if (
            not on_board[index]
            and not (on_hint[index] and prior is not None)
            and not (on_hint[index] and _HOLDERS_ELECT.search(sentence.text))
            and not (index and on_board[index - 1] and details.is_lead_in(sentence))
        ):
            continue
        while cursor < len(mentions) and mentions[cursor].start < sentence.start:
            cursor += 1
        inside = []
        probe = cursor
        while probe < len(mentions) and mentions[probe].start < sentence.end:
            inside.append(mentions[probe])
            probe += 1
        topic = person_of.get(mentions[cursor - 1].start) if cursor > 0 else None
        if events and sentence_index.get(events[-1].sentence.start, -9) >= index - 2:
            topic = events[-1].person
        found = (
            events_in_sentence(ctx, sentence, inside, topic, prior)
            if on_hint[index]
            else []
        )
        events += found
        if not found and details.is_lead_in(sentence):
            lead = (
                index if on_board[index] else details.nominees_elected(sentences, index)
            )
            if lead >= 0:
                events += list_events(ctx, text, sentences, index, issuer_words, lead)

    # "X was named Chair, succeeding Y": Y leaves the chair
    events += predecessors(ctx, sentences, mentions, events)
    events = choose(ctx, text, sentences, mentions, events, model, rules_only, sink)
    # results of shareholders' meetings: nominees elected, nominees who lost
    events = read_meetings(ctx, text, sentences, spans, issuer_words).combine(events)
    events = merge_events(events)
    for event in events:
        if not event.effective_date and not event.effective_text:
            # "... appointed Jane Doe. The appointment is effective July 1, 2026."
            at = sentence_index.get(event.sentence.start, -1)
            if at >= 0:
                (
                    event.effective_date,
                    event.effective_text,
                    event.effective_span,
                ) = stated_later(ctx, sentences, at)
    meeting = meeting_date(ctx, sentences, on_board)
    for event in events:
        if (
            not event.effective_date
            and meeting
            and (event.kind in AT_MEETING or _MEETING_WORD.search(event.effective_text))
        ):
            # shareholders' votes, and changes "at the close of the AGM"
            event.effective_date = meeting[0]
            event.effective_text = event.effective_text or meeting[1]
    _dates_from_other_changes(events)
    same_occasion_dates(events)
    dated: Event | None = None
    for event in events:
        at = sentence_index.get(event.sentence.start, -1)
        same = same_date(event.sentence)
        if not event.effective_date and not event.effective_text and dated and same:
            # "... will take over as Chair of the Audit Committee from the same date"
            event.effective_date, event.effective_text = dated.effective_date, same
        if not event.effective_date and not event.effective_text and at >= 0:
            # "The Board roles described below take effect on January 1."
            earlier = stated_before(ctx, sentences, at)
            if earlier[0]:
                event.effective_date, event.effective_text = earlier[0], earlier[1]
                event.effective_span = earlier[2]
        if event.effective_date:
            dated = event
    for event in events:
        if event.direction == Direction.JOIN and role_family(event.role) == "director":
            at = sentence_index.get(event.sentence.start, 0)
            chair = will_chair(flat, sentences, at, event.person)
            # "as an independent director, the chairwoman of the audit committee"
            chair = chair or details.listed_committee_chair(event.sentence)
            if chair:  # "Ms. Roe will chair the Audit Committee."
                event.role = f"{event.role}; {chair}"
        if event.direction == Direction.LEAVE and role_family(event.role) == "director":
            at = sentence_index.get(event.sentence.start, 0)
            seat = details.held_seat(flat, sentences, at, event.person) or next(
                (
                    title
                    for before in reversed(sentences[max(0, at - 2) : at + 1])
                    if (title := details.chair_title_before(flat, before, event.person))
                ),
                None,
            )  # "Al Roe, the Company's Chair, will not stand. He will leave the Board."
            listed = details.listed_committee_chair(event.sentence)
            if seat is not None:
                event.role = f"director; {seat.role}"
            elif listed:
                event.role = f"{event.role}; {listed}"
    rows: list[RosterRow] = []
    disagreements = details.disagreement(flat, sentences)
    leave_people = {id(e.person) for e in events if e.direction == Direction.LEAVE}
    for number, event in enumerate(events, start=1):
        rows.append(
            build_row(
                ctx,
                document,
                text,
                sentences,
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
    for person in people:
        for mention in person.mentions:
            if person.full.is_full:
                ents.add(mention.start, mention.end, EntityLabel.PERSON, 0.6)

    size, independent = find_board_size(
        flat, [(s.start, s.end) for s, b in zip(sentences, on_board, strict=True) if b]
    )
    ents.add_span(size, EntityLabel.BOARD_SIZE, 0.7)
    ents.add_span(independent, EntityLabel.INDEPENDENT_COUNT, 0.7)
    for sentence, board, hint in zip(sentences, on_board, on_hint, strict=True):
        lowered = sentence.text.lower()
        if board and hint and ("agreement" in lowered or "indenture" in lowered):
            for match in AGREEMENT_RE.finditer(flat, sentence.start, sentence.end):
                ents.add(match.start(), match.end(), EntityLabel.AGREEMENT, 0.6)
    meta = document.metadata
    filing = FilingFields(
        form_type=meta.get("form_type", ""),
        cik=meta.get("cik", ""),
        accession_number=meta.get("accession_number", ""),
        company=company.value,
        ticker=ticker.value.upper(),
        exchange=exchange.value,
        announcement_date=iso(fields.announcement_date),
        dateline_city=city.value,
        board_size_after=size.value,
        independent_directors_after=independent.value,
    )
    entities = tuple(sorted(ents.items, key=lambda e: (e.start, e.end, e.label)))
    return filing, tuple(rows), entities


_AS_OF_CHANGE_RE = re.compile(
    r"\b(?:as\s+of|upon|at\s+the\s+time\s+of|following)\s+(?:(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    r"([" + UPPER + r"][\w'-]+)['’]s|his|her|their)\s+"
    r"(?:retirement|resignation|departure|death|passing)"
    # "when Sir Alan steps down": the name may be a first name after a title
    r"|\bwhen\s+(?:(?:Mr|Ms|Mrs|Dr|Sir|Dame)\.?\s+)?([" + UPPER + r"][\w'-]+)\s+"
    r"(?:steps\s+down|retires|leaves\s+the\s+board)\b"
)


def _dates_from_other_changes(events: list[Event]) -> None:
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


def _bare_surnames(
    text: str,
    people: list[Person],
    mentions: list[Mention],
    sentences: list[Sentence],
    on_board: list[bool],
    on_hint: list[bool],
) -> list[Mention]:
    """Later references by surname alone (``Gray becomes the 12th member``).

    Only surnames of people named in full, and only when one person has it.
    """
    owners: dict[str, list[Person]] = {}
    for person in people:
        if person.full.is_full:
            owners.setdefault(person.surname, []).append(person)
    unique = {name: group[0] for name, group in owners.items() if len(group) == 1}
    if not unique:
        return []
    pattern = re.compile(
        r"(?<![\w.’'-])("
        + "|".join(re.escape(n) for n in unique)
        + r")(?![\w-])(?!,?\s+(?:Inc|Corp|LLC|Ltd|plc|Co\.|["
        + UPPER
        + r"]))"
    )
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    found: list[Mention] = []
    for index, sentence in enumerate(sentences):
        if not (on_board[index] and on_hint[index]):
            continue
        for match in pattern.finditer(text, sentence.start, sentence.end):
            at = match.start()
            inside = bisect_right(starts, at) - 1
            if (inside >= 0 and at < spans[inside][1]) or _CAPITAL_BEFORE.search(
                text, max(0, at - 30), at
            ):
                continue  # part of a longer name: "Acme Beauty"
            mention = Mention(at, match.end(), (match.group(1),))
            unique[match.group(1)].add(mention)
            found.append(mention)
    return found


# "Stockholders elected ...": shareholders elect directors, board word or not.
_HOLDERS_ELECT = re.compile(
    r"\b(?:share|stock)holders\s+(?:\w+\s+){0,2}elected\b"
    # only directors stand for re-election: "X won't stand for re-election"
    r"|\bre-?\s?election\b",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
# "at the close of the AGM", "at the end of his current term" (a term ends at the
# annual meeting)
_MEETING_WORD = re.compile(
    r"\b(?:meeting|AGM|EGM)\b|\bend\s+of\s+(?:his|her|their)\s+(?:current\s+)?term\b",
    re.IGNORECASE,
)


_CAPITAL_BEFORE = re.compile(r"[" + UPPER + r"][\w'’-]*[ \t]+$")


def _flags(
    pattern: re.Pattern[str],
    flat: str,
    spans: list[tuple[int, int]],
    sentences: list[Sentence],
) -> list[bool]:
    """For each sentence, whether ``pattern`` matches inside it (one pass per span)."""
    hits = [m.start() for a, b in spans for m in pattern.finditer(flat, a, b)]
    flags = []
    for sentence in sentences:
        at = bisect_left(hits, sentence.start)
        flags.append(at < len(hits) and hits[at] < sentence.end)
    return flags
