"""The outgoing holder of a board role another person "succeeds".

"Bruce Hansen was appointed Chair of the Board, succeeding J. Birks Bovaird",
"named Wong Howard to succeed Tsang as chairman", "Foletta was named chairman.
He succeeds Douglas Wheat": when the successor's change is a board role (chair,
vice chair, lead independent director) and the predecessor has no change of
their own, the predecessor leaves that role: ``resigned`` (``retired`` when
the sentence says so), with rule ids ``trigger:succeeded`` and
``succession:predecessor``. Officer successions ("succeeds X as CEO") are left
alone: the successor's own change has to be a board role.
"""

from __future__ import annotations

from bisect import bisect_left

from reviewer.core import lazyre as re
from reviewer.core.extraction.context import Context, Event
from reviewer.core.extraction.details import PRONOUN_START
from reviewer.core.extraction.names import Mention
from reviewer.core.extraction.roles import role_family
from reviewer.core.extraction.sentences import Sentence
from reviewer.core.schema import ChangeType, Direction

# "succeeds", "succeeding", "to succeed", "will succeed" + the predecessor's name
SUCCEEDS_RE = re.compile(
    r"\b(?:succeed(?:s|ing)?|takes?\s+over\s+from|taking\s+over\s+from)\s+"
    r"(?:(?:the\s+)?(?:outgoing|retiring|departing)\s+(?:\w+\s+){0,3}?)?",
    re.IGNORECASE,
)
_RETIRES_RE = re.compile(r"\bretir(?:e|es|ed|ing|ement)\b", re.IGNORECASE)
# the predecessor's role named after the name: "succeed Tsang as chairman and CEO"
_AS_OFFICER_ONLY = re.compile(
    r"\s+(?:as|in\s+the\s+role\s+of)\s+(?:the\s+)?(?:(?:president|chief|ceo|cfo|coo|"
    r"managing|general|executive\s+(?:officer|director))\b)",
    re.IGNORECASE,
)
_SENIOR = frozenset({"chair", "vice chair", "lead independent director"})


def predecessors(
    ctx: Context,
    sentences: list[Sentence],
    mentions: list[Mention],
    events: list[Event],
) -> list[Event]:
    """Leaving changes for the people the board-role successors succeed."""
    leaving = {id(e.person) for e in events}  # a change of their own says more
    starts = [s.start for s in sentences]
    found: list[Event] = []
    for event in events:
        if event.direction == Direction.LEAVE or role_family(event.role) not in _SENIOR:
            continue
        at = bisect_left(starts, event.sentence.start)
        if at >= len(sentences) or starts[at] != event.sentence.start:
            continue
        where = [sentences[at]]
        if at + 1 < len(sentences) and _about(ctx, sentences[at + 1], event):
            where.append(sentences[at + 1])  # "... named chairman. He succeeds X"
        for sentence in where:
            for match in SUCCEEDS_RE.finditer(ctx.flat, sentence.start, sentence.end):
                mention = _mention_at(mentions, match.end())
                if mention is None or mention.end > sentence.end:
                    continue
                person = ctx.person_of.get(mention.start)
                if person is None or person is event.person or id(person) in leaving:
                    continue
                if _AS_OFFICER_ONLY.match(ctx.flat, mention.end):
                    continue
                leaving.add(id(person))
                tail = ctx.flat[mention.end : sentence.end]
                kind = (
                    ChangeType.RETIRED
                    if _RETIRES_RE.search(tail)
                    else ChangeType.RESIGNED
                )
                found.append(
                    Event(
                        person=person,
                        kind=kind,
                        role=event.role,
                        sentence=sentence,
                        trigger_start=match.start(),
                        trigger_end=match.end(),
                        effective_date=event.effective_date,
                        effective_text=event.effective_text,
                        rules=["trigger:succeeded", "succession:predecessor"],
                    )
                )
    return found


def _about(ctx: Context, sentence: Sentence, event: Event) -> bool:
    """Whether ``sentence`` starts with a pronoun or the event's person."""
    if PRONOUN_START.search(sentence.text):
        return True
    head = sentence.start + 3
    return any(sentence.start <= m.start <= head for m in event.person.mentions) or any(
        ctx.flat.startswith(m.tokens[-1], sentence.start)
        for m in event.person.mentions
        if m.tokens
    )


def _mention_at(mentions: list[Mention], position: int) -> Mention | None:
    """The mention starting at ``position`` (an honorific may come first)."""
    at = bisect_left([m.start for m in mentions], position)
    if at < len(mentions) and mentions[at].start - position <= 1:
        return mentions[at]
    return None
