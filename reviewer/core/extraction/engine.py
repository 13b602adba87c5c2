"""One extraction run: scope, sentences, names, changes, rows, fields, entities."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from reviewer.core.document import Document
from reviewer.core.entities import Entity, EntityLabel
from reviewer.core.extraction import details
from reviewer.core.extraction.changes import quote_spans
from reviewer.core.extraction.dates import find_dates, iso
from reviewer.core.extraction.filing import (
    Span,
    company_after_dateline,
    filed_as_of,
    find_board_size,
    find_company,
    find_dateline,
    find_signature_date,
    find_ticker,
)
from reviewer.core.extraction.names import (
    Mention,
    Person,
    attach,
    cluster,
    find_mentions,
)
from reviewer.core.extraction.patterns import (
    AGREEMENT_RE,
    BOARD_LOWER_RE,
    BOARD_RE,
    TRIGGER_HINT,
    TRIGGER_HINT_LOWER,
    TRIGGER_RES,
)
from reviewer.core.extraction.roster import (
    Context,
    Event,
    events_in_sentence,
    merge_events,
)
from reviewer.core.extraction.scope import regions
from reviewer.core.extraction.sentences import Sentence, flatten, split_sentences
from reviewer.core.records import FilingFields, RosterRow

_STOP_WORDS = re.compile(
    r"\b(?:inc|corp|corporation|co|ltd|limited|plc|llc|the|company|group|holdings|sa|ag|nv)\b"
)
_FOLLOWING_N = re.compile(r"\bfollowing\s+(\d{1,2})\s+", re.IGNORECASE)


class _Entities:
    """Collects entities with spans into the original text."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._seen: set[tuple[int, int, EntityLabel]] = set()
        self.items: list[Entity] = []

    def add(self, start: int, end: int, label: EntityLabel, confidence: float) -> None:
        if start < 0 or end <= start or end > len(self._text):
            return
        key = (start, end, label)
        if key in self._seen:
            return
        self._seen.add(key)
        self.items.append(Entity(start, end, label, self._text[start:end], confidence))

    def add_span(self, span: Span, label: EntityLabel, confidence: float) -> None:
        self.add(span.start, span.end, label, confidence)


def _issuer_words(company: str) -> frozenset[str]:
    words = set(re.findall(r"[a-z0-9]+", _STOP_WORDS.sub(" ", company.lower())))
    return frozenset(w for w in words if len(w) > 1)


def _announcement(
    document: Document,
    flat: str,
    text: str,
    spans: list[tuple[int, int]],
    ents: _Entities,
) -> tuple[date | None, Span, Span]:
    """Announcement date, dateline city and the issuer named after the dateline."""
    city, issuer = Span(""), Span("")
    for start, end in spans:
        found, dateline, tail = find_dateline(flat, text, start, end)
        if tail < 0:
            continue
        if not city.value:
            city = found
            ents.add_span(city, EntityLabel.DATELINE, 0.8)
            issuer = company_after_dateline(text, tail, end)
        if dateline is not None:
            ents.add(dateline.start, dateline.end, EntityLabel.DATE, 0.9)
            return dateline.resolve(None), city, issuer
    return _fallback_date(document, flat, text, spans, ents), city, issuer


def _fallback_date(
    document: Document,
    flat: str,
    text: str,
    spans: list[tuple[int, int]],
    ents: _Entities,
) -> date | None:
    for start, end in spans:
        signed = find_signature_date(flat, start, end)
        if signed is not None:
            ents.add(signed.start, signed.end, EntityLabel.DATE, 0.8)
            return signed.resolve(None)
    meta = document.metadata.get("filing_date", "")
    try:
        return date.fromisoformat(meta[:10])
    except ValueError:
        pass
    return filed_as_of(text)


def run(
    document: Document,
) -> tuple[FilingFields, tuple[RosterRow, ...], tuple[Entity, ...]]:
    """Extract filing fields, roster rows and entities from a document."""
    text = document.text
    flat = flatten(text)
    spans = regions(document)
    ents = _Entities(text)
    first = spans[0][0] if spans else 0
    last = spans[-1][1] if spans else len(text)

    announced, city, issuer = _announcement(document, flat, text, spans, ents)
    company = find_company(text, flat, first, last, "")
    if not company.value or (issuer.value and company.start > issuer.start):
        company = issuer if issuer.value else company
    if not company.value:
        company = Span(document.metadata.get("company_name", ""))
    ents.add_span(company, EntityLabel.COMPANY, 0.8)
    ticker, exchange = Span(""), Span("")
    for start, end in spans:
        ticker, exchange = find_ticker(text, flat, start, end)
        if ticker.value:
            break
    ents.add_span(ticker, EntityLabel.TICKER, 0.8)
    ents.add_span(exchange, EntityLabel.EXCHANGE, 0.8)

    sentences: list[Sentence] = []
    for start, end in spans:
        sentences += split_sentences(text, start, end, flat)
    issuer_words = _issuer_words(company.value)
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
    )

    events: list[Event] = []
    sentence_index: dict[int, int] = {}
    cursor = 0
    for index, sentence in enumerate(sentences):
        sentence_index[sentence.start] = index
        prior = None
        if events and sentence_index.get(events[-1].sentence.start, -9) >= index - 2:
            prior = events[-1]
        if not on_board[index] and not (on_hint[index] and prior is not None):
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
        if not found and on_board[index] and details.is_lead_in(sentence):
            events += _list_events(ctx, text, sentences, index, issuer_words)

    events = merge_events(events)
    meeting = _meeting_date(ctx, sentences, on_board)
    for event in events:
        if not event.effective_date and meeting and event.kind in _AT_MEETING:
            event.effective_date, event.effective_text = meeting
    rows: list[RosterRow] = []
    disagreements = details.disagreement(flat, sentences)
    leave_people = {id(e.person) for e in events if e.direction == "LEAVE"}
    for number, event in enumerate(events, start=1):
        rows.append(
            _row(
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
        announcement_date=iso(announced),
        dateline_city=city.value,
        board_size_after=size.value,
        independent_directors_after=independent.value,
    )
    entities = tuple(sorted(ents.items, key=lambda e: (e.start, e.end, e.label)))
    return filing, tuple(rows), entities


def _bare_surnames(
    text: str,
    people: list[Person],
    mentions: list[Mention],
    sentences: list[Sentence],
    on_board: list[bool],
    on_hint: list[bool],
) -> list[Mention]:
    """Later references by surname alone (``Winston becomes the 12th member``).

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
        + r")(?![\w-])(?!,?\s+(?:Inc|Corp|LLC|Ltd|plc|Co\.|[A-Z]))"
    )
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for index, sentence in enumerate(sentences):
        if not (on_board[index] and on_hint[index]):
            continue
        for match in pattern.finditer(text, sentence.start, sentence.end):
            at = match.start()
            if any(a <= at < b for a, b in taken) or _CAPITAL_BEFORE.search(
                text, max(0, at - 30), at
            ):
                continue  # part of a longer name: "Ulta Beauty"
            mention = Mention(at, match.end(), (match.group(1),))
            unique[match.group(1)].add(mention)
            found.append(mention)
    return found


_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
_AT_MEETING = frozenset({"elected", "not_standing"})
_MEETING_RE = re.compile(
    r"\bannual\s+(?:general\s+)?(?:meeting|shareholders['’]?\s+meeting)"
    r"(?:\s+of\s+(?:share|stock)holders)?",
    re.IGNORECASE,
)


def _meeting_date(
    ctx: Context, sentences: list[Sentence], on_board: list[bool]
) -> tuple[str, str] | None:
    """The date of the annual meeting the document speaks of, when it gives one."""
    for sentence in sentences:
        match = _MEETING_RE.search(sentence.text)
        if not match:
            continue
        start = sentence.start + match.start()
        dates = find_dates(ctx.flat, start, min(sentence.end, start + 160))
        if dates and dates[0].year is not None:
            text = ctx.flat[start : dates[0].end]
            return iso(dates[0].resolve(ctx.announcement)), text
    return None


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


def _list_events(
    ctx: Context,
    text: str,
    sentences: list[Sentence],
    index: int,
    issuer_words: frozenset[str],
) -> list[Event]:
    sentence = sentences[index]
    words = [
        (kind, found)
        for kind, pattern in TRIGGER_RES
        if kind in ("appointed", "elected", "resigned", "retired", "not_standing")
        and (found := pattern.search(ctx.flat, sentence.start, sentence.end))
    ]
    if not words:
        return []
    kind, word = words[0]
    count = _FOLLOWING_N.search(sentence.text)
    limit = int(count.group(1)) if count else None
    following = sentences[index + 1 : index + 60]
    mentions: list[Mention] = []
    for item in following:
        mentions += find_mentions(text, item.start, item.end, issuer_words)
    listed = details.listed_people(text, sentences, index, mentions, limit)
    result: list[Event] = []
    for mention in listed:
        person = ctx.person_of.get(mention.start)
        if person is None:
            person = ctx.person_of[mention.start] = attach(ctx.people, mention)
        item = next(
            (s for s in sentences[index + 1 :] if s.start <= mention.start < s.end),
            sentence,
        )
        result.append(
            Event(
                person=person,
                kind=kind,
                role="director",
                sentence=item,
                trigger_start=word.start(),
                trigger_end=word.end(),
                effective_date=_lead_in_date(ctx, sentence),
            )
        )
    return result


def _lead_in_date(ctx: Context, sentence: Sentence) -> str:
    dates = find_dates(ctx.flat, sentence.start, sentence.end)
    return iso(dates[0].resolve(ctx.announcement)) if dates else ""


def _row(
    ctx: Context,
    document: Document,
    text: str,
    sentences: list[Sentence],
    sentence_index: dict[int, int],
    event: Event,
    number: int,
    disagreements: list[tuple[Sentence, str, int, int]],
    leave_count: int,
    ents: _Entities,
) -> RosterRow:
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
    if event.direction == "LEAVE":
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
    if event.direction != "LEAVE":
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
    elif event.officer and event.direction == "JOIN":
        independent = "false"  # an officer of the company is not independent
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
    )
