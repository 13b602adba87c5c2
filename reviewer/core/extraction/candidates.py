"""High-recall change candidates: (person, change) pairs for the decision layer.

Three sources, each a :class:`Candidate` holding the :class:`Event` it would
become:

- ``rule``: the hand-ordered rule path's changes (:mod:`.roster`, :mod:`.lists`);
- ``veto``: changes the rule path found and a named veto dropped;
- ``wide``: every person x trigger pair in a sentence with a change word, the
  sentences the rule path never reads included (no board word nearby, several
  names before the verb, deaths the company "mourns", a director who "takes the
  chair"...).

The learned model (:mod:`.decision`) keeps or drops them; the rule path's
answers for role and dates come with the ``rule`` candidates, the others get the
generic resolvers (:func:`.seats.board_roles`, :func:`.effective.effective`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from reviewer.core import lazyre as re
from reviewer.core.extraction.changes import Trigger, boilerplate_spans, find_triggers
from reviewer.core.extraction.context import JOIN, LEAVE, Context, Event, Vetoed
from reviewer.core.extraction.effective import effective
from reviewer.core.extraction.letters import letter_change
from reviewer.core.extraction.listed import listed
from reviewer.core.extraction.names import Mention, Person, attach, find_mentions
from reviewer.core.extraction.roles import RoleMention
from reviewer.core.extraction.seats import board_roles, pick_role
from reviewer.core.extraction.sentences import Sentence

# Change words the rule path's trigger list lacks, by change type: the lexicon of
# the categories it misses (issue #12), never one document's wording.
_EXTRA_TRIGGER_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "deceased",
        r"\bmourn(?:s|ed|ing)?\b|\bremember(?:s|ing)\b|\bin\s+memoriam\b"
        r"|\bcondolences?\b|\bsad(?:ness|dened)?\b|\bpassed\b|\bdeath\b|\bdied\b",
    ),
    (
        "role_change",
        r"\btak(?:e|es|ing|en)\s+(?:over\s+)?the\s+chair\b|\btook\s+the\s+chair\b"
        r"|\b(?:interim|acting)\s+(?:non-executive\s+)?chair(?:man|woman|person)?\b"
        r"|\bsucceed(?:s|ed|ing)?\b|\bmov(?:e|es|ed|ing)\s+to\s+the\s+role\b",
    ),
    (
        "resigned",
        r"\btender(?:s|ed|ing)?\b|\bhereby\s+(?:resign|tender)\b|\bresign\w*\b"
        r"|\bstep(?:s|ped|ping)?\s+(?:down|aside)\b|\bleav(?:e|es|ing)\b"
        r"|\bst(?:and|ands|ood|anding)\s+down\b|\bdepart(?:s|ed|ing|ure)?\b|\bquit(?:s|ting)?\b"
        r"|\boutgoing\b",
    ),
    (
        "not_standing",
        r"\b(?:not|declin\w*)\b[^.;]{0,40}\b(?:re-?\s?election|re-?nominat\w*"
        r"|stand|seek)\b",
    ),
    (
        "appointed",
        r"\b(?:appoint\w*|join\w*|welcom\w*|nam(?:ed|es)|co-?opt\w*|add(?:s|ed)?"
        # "is pleased to introduce X as", "incoming Chair", "replace A with B",
        # "will serve as the new Board Chair"
        r"|introduc(?:e|es|ed|ing)|incoming|replac(?:e|es|ed|ing))\b"
        r"|\bserv(?:e|es|ing)\s+as\s+(?:the\s+|its\s+|our\s+)?(?:new|next)\b",
    ),
    ("elected", r"\b(?:re-?)?elect(?:s|ed|ion)?\b"),
    ("retired", r"\bretir\w*\b"),
)
# on lower-cased text (fast), and on the text as written when lowering moved offsets
EXTRA_TRIGGERS = tuple((k, re.compile(p)) for k, p in _EXTRA_TRIGGER_PATTERNS)
_EXTRA_TRIGGERS_ANY_CASE = tuple(
    (k, re.compile(p, re.IGNORECASE)) for k, p in _EXTRA_TRIGGER_PATTERNS
)
_EXTRA_HINT = (
    r"\b(?:mourn|remember|memoriam|condolence|sad|passed|death|died|chair|succeed"
    r"|tender|resign|step|stand|stood|leav|depart|quit|declin|appoint|join|welcom|name"
    r"|opt|add|elect|retir|outgoing|introduc|incoming|replac|serv)"
)
_EXTRA_HINT_LOWER = re.compile(_EXTRA_HINT)
_EXTRA_HINT_ANY_CASE = re.compile(_EXTRA_HINT, re.IGNORECASE)
_NAMELESS_HINT = (
    r"\b(?:mourn|remember|memoriam|condolence|passed\s+away|died|death|chair"
    r"|succeed|tender|resign|retir|step(?:s|ped)?\s+down|stand\s+for)"
)
_NAMELESS_HINT_LOWER = re.compile(_NAMELESS_HINT)
_NAMELESS_HINT_ANY_CASE = re.compile(_NAMELESS_HINT, re.IGNORECASE)
_MAX_WIDE_PER_SENTENCE = 24
RoleCache = dict[int, tuple[list[RoleMention], bool]]
_WINDOW = 260


@dataclass
class Candidate:
    """One possible change: the event it would become and how it was found."""

    event: Event
    source: str  # "rule", "veto" or "wide"
    veto: str = ""
    mention_start: int = -1  # the name the trigger was applied to; -1: a pronoun
    as_object: bool = False
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0


def direction_of(kind: str) -> str:
    """JOIN, LEAVE or ROLE for a change type."""
    if kind in JOIN:
        return "JOIN"
    if kind in LEAVE:
        return "LEAVE"
    return "ROLE"


def _nearest_mention(person: Person, sentence: Sentence, at: int) -> int:
    inside = [
        m.start for m in person.mentions if sentence.start <= m.start < sentence.end
    ]
    return min(inside, key=lambda s: abs(s - at)) if inside else -1


def _generic_event(
    person: Person,
    kind: str,
    sentence: Sentence,
    trigger: Trigger,
    rules: list[str],
) -> Event:
    """The event a non-rule candidate would become.

    Its role and dates are resolved later (:func:`resolve`), only for the
    candidates the model keeps.
    """
    return Event(
        person=person,
        kind=kind,
        role="",
        sentence=sentence,
        trigger_start=trigger.start,
        trigger_end=trigger.end,
        rules=rules,
    )


def resolve(ctx: Context, candidate: Candidate, cache: RoleCache) -> None:
    """Fill a non-rule candidate's role and dates with the generic resolvers."""
    event = candidate.event
    if event.role:
        return
    sentence = event.sentence
    end = min(sentence.end, event.trigger_end + _WINDOW)
    roles, board = board_roles(ctx, event.trigger_end, end)
    if not roles:
        if sentence.start not in cache:
            cache[sentence.start] = board_roles(ctx, sentence.start, sentence.end)
        roles, board = cache[sentence.start]
    role = pick_role(roles, board) or "director"
    if event.kind == "role_change" and role == "director":
        role = "chair"
    event.role, event.roles = role, roles
    date, text, span = effective(ctx, sentence, event.trigger_start, end)
    event.effective_date, event.effective_text, event.effective_span = date, text, span


def from_rules(events: list[Event]) -> list[Candidate]:
    """The rule path's changes as candidates."""
    return [
        Candidate(
            event,
            "rule",
            mention_start=_nearest_mention(
                event.person, event.sentence, event.trigger_start
            ),
            as_object="assign:object" in event.rules,
        )
        for event in events
    ]


def from_vetoes(ctx: Context, vetoed: list[Vetoed]) -> list[Candidate]:
    """The changes a named veto dropped, as candidates."""
    found = []
    for item in vetoed:
        trigger = Trigger(item.kind, item.trigger_start, item.trigger_end)
        rules = [*item.rules, item.veto]
        event = _generic_event(item.person, item.kind, item.sentence, trigger, rules)
        found.append(
            Candidate(event, "veto", item.veto, item.mention_start, item.as_object)
        )
    return found


def _quotes_in(ctx: Context, sentence: Sentence) -> list[tuple[int, int]]:
    quotes = [q for q in ctx.quotes if q[0] < sentence.end and q[1] > sentence.start]
    return quotes + boilerplate_spans(ctx.flat, sentence.start, sentence.end)


def _sentence_triggers(
    ctx: Context, sentence: Sentence, quotes: list[tuple[int, int]], lowered: str
) -> list[tuple[Trigger, str]]:
    rule_triggers = ctx.triggers.get(sentence.start)
    if rule_triggers is None:
        rule_triggers = find_triggers(ctx.flat, sentence, quotes)
    found = [(t, "trigger:" + t.kind) for t in rule_triggers]
    same = len(lowered) == len(ctx.flat)
    searched = lowered if same else ctx.flat
    for kind, pattern in EXTRA_TRIGGERS if same else _EXTRA_TRIGGERS_ANY_CASE:
        for match in pattern.finditer(searched, sentence.start, sentence.end):
            if any(a <= match.start() < b for a, b in quotes):
                continue
            if any(t.start < match.end() and match.start() < t.end for t, _ in found):
                continue
            found.append((Trigger(kind, match.start(), match.end()), "extra:" + kind))
    return found


def wide(
    ctx: Context,
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    taken: set[tuple[int, str, int]],
    lowered: str,
) -> list[Candidate]:
    """Person x trigger pairs, the nearest trigger of each direction per name.

    ``taken`` holds (person id, direction, sentence start) already proposed;
    ``lowered`` is the flattened text lower-cased. A sentence where the rule path
    found no name is read only for the categories it misses (deaths, chairs,
    resignations tendered).
    """
    index = 0
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    found: list[Candidate] = []
    same = len(lowered) == len(ctx.flat)
    # a change word where the rule path found names, a missed category's word
    # where it found none; on the lower-cased text when offsets allow
    named_hint = _EXTRA_HINT_LOWER if same else _EXTRA_HINT_ANY_CASE
    nameless_hint = _NAMELESS_HINT_LOWER if same else _NAMELESS_HINT_ANY_CASE
    searched = lowered if same else ctx.flat
    for sentence in sentences:
        index = max(index, bisect_left(starts, sentence.start))
        inside = ordered[index : bisect_left(starts, sentence.end, index)]
        hint = named_hint if inside else nameless_hint
        if not hint.search(searched, sentence.start, sentence.end):
            continue
        inside = inside or _fresh_names(ctx, text, sentence)
        if not inside:
            continue
        quotes = _quotes_in(ctx, sentence)
        triggers = _sentence_triggers(ctx, sentence, quotes, lowered)
        if not triggers:
            continue
        best = _nearest_triggers(ctx, inside, triggers, quotes)
        _other_directions(best)
        found += _pairs(ctx, sentence, best, taken)
    return found


def _fresh_names(ctx: Context, text: str, sentence: Sentence) -> list[Mention]:
    """Full names in a sentence where the rule path found none, each given a person."""
    inside = [
        m
        for m in find_mentions(text, sentence.start, sentence.end, ctx.issuer_words)
        if m.is_full
    ]
    for mention in inside:
        if ctx.person_of.get(mention.start) is None:
            ctx.person_of[mention.start] = attach(ctx.people, mention)
    return inside


_Nearest = dict[tuple[int, str], tuple[int, Mention, Trigger, str]]


def _nearest_triggers(
    ctx: Context,
    inside: list[Mention],
    triggers: list[tuple[Trigger, str]],
    quotes: list[tuple[int, int]],
) -> _Nearest:
    """(person id, direction) -> (gap, mention, nearest trigger, its rule id)."""
    best: _Nearest = {}
    for mention in inside:
        person = ctx.person_of.get(mention.start)
        if person is None or any(a <= mention.start < b for a, b in quotes):
            continue
        for trigger, rule in triggers:
            direction = direction_of(trigger.kind)
            key = (id(person), direction)
            gap = (
                trigger.start - mention.end
                if mention.end <= trigger.start
                else mention.start - trigger.end
            )
            gap = abs(gap)
            if key not in best or gap < best[key][0]:
                best[key] = (gap, mention, trigger, rule)
    return best


def _pairs(
    ctx: Context,
    sentence: Sentence,
    best: _Nearest,
    taken: set[tuple[int, str, int]],
) -> list[Candidate]:
    """The nearest pairs as candidates, closest first, those not taken."""
    found: list[Candidate] = []
    for (pid, direction), (_, mention, trigger, rule) in sorted(
        best.items(), key=lambda kv: kv[1][0]
    )[:_MAX_WIDE_PER_SENTENCE]:
        if (pid, direction, sentence.start) in taken:
            continue
        person = ctx.person_of[mention.start]
        kind = trigger.kind
        rules = [rule, "source:wide"]
        if direction != direction_of(kind):
            # "takes the chair" read as a join, "succeeds X as Chair" as X's
            # leaving: the same words, the other direction
            rules.append(f"relabel:{direction_of(kind)}>{direction}")
            kind = _DEFAULT_KIND[direction]
        event = _generic_event(person, kind, sentence, trigger, rules)
        found.append(
            Candidate(event, "wide", "", mention.start, mention.start > trigger.start)
        )
    return found


def letter(
    ctx: Context, text: str, sentences: list[Sentence], lowered: str
) -> list[Candidate]:
    """A first-person letter's change, given to its writer (:mod:`.letters`)."""
    found = letter_change(ctx, text, sentences, lowered)
    if found is None:
        return []
    person, kind, sentence, trigger = found
    rules = ["letter:signer", "source:wide"]
    event = _generic_event(person, kind, sentence, trigger, rules)
    return [Candidate(event, "wide", "", -1, False)]


_DEFAULT_KIND = {"JOIN": "appointed", "LEAVE": "resigned", "ROLE": "role_change"}


def _other_directions(best: _Nearest) -> None:
    """Give each person the directions no trigger of theirs has.

    They come from the person's nearest trigger: chair successions and
    hand-overs read either way.
    """
    nearest: dict[int, tuple[int, Mention, Trigger, str]] = {}
    for (pid, _), value in best.items():
        if pid not in nearest or value[0] < nearest[pid][0]:
            nearest[pid] = value
    for pid, value in nearest.items():
        for direction in ("JOIN", "LEAVE", "ROLE"):
            best.setdefault((pid, direction), value)


def candidates(
    ctx: Context,
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    events: list[Event],
    lowered: str | None = None,
) -> list[Candidate]:
    """Every candidate of a document, without duplicates.

    Rule rows, vetoed changes, wide person x trigger pairs and a letter's signer.
    """
    found = from_rules(events)
    taken: set[tuple[int, str, int]] = {
        (id(c.event.person), c.event.direction, c.event.sentence.start) for c in found
    }
    for candidate in from_vetoes(ctx, ctx.vetoed):
        key = (
            id(candidate.event.person),
            candidate.event.direction,
            candidate.event.sentence.start,
        )
        if key not in taken:
            taken.add(key)
            found.append(candidate)
    lowered = lowered or ctx.flat.lower()
    found += wide(ctx, text, sentences, mentions, taken, lowered)
    found += letter(ctx, text, sentences, lowered)
    found += from_lists(ctx, text, sentences, found, lowered)
    return found


def from_lists(
    ctx: Context,
    text: str,
    sentences: list[Sentence],
    found: list[Candidate],
    lowered: str,
) -> list[Candidate]:
    """People listed under a change sentence (:mod:`.listed`), one candidate each.

    Only people the rule path gave no change of that direction (a sentence-wide
    pair may stand beside it: the model weighs both, and keeps one).
    """
    have: set[tuple[int, str]] = {
        (id(c.event.person), c.event.direction)
        for c in found
        if c.source in ("rule", "veto")
    }

    def triggers(sentence: Sentence) -> list[tuple[Trigger, str]]:
        return _sentence_triggers(ctx, sentence, _quotes_in(ctx, sentence), lowered)

    listed_now: list[Candidate] = []
    for item in listed(ctx, text, sentences, triggers):
        key = (id(item.person), direction_of(item.trigger.kind))
        if key in have:
            continue
        have.add(key)
        event = _generic_event(
            item.person, item.trigger.kind, item.lead, item.trigger, list(item.rules)
        )
        listed_now.append(
            Candidate(
                event,
                "list",
                "",
                item.mention.start,
                item.mention.start > item.trigger.start,
            )
        )
    return listed_now
