"""Clauses around a trigger that do not state a new change.

Appositives that describe a seat held now, and possessive change nouns that
refer back to a change stated elsewhere.
"""

from __future__ import annotations

from reviewer.core import lazyre as re
from reviewer.core.extraction.changes import Assignment
from reviewer.core.extraction.context import Context
from reviewer.core.extraction.names import Mention
from reviewer.core.extraction.seats import board_roles
from reviewer.core.extraction.sentences import Sentence

_POSSESSIVE_NOUN = re.compile(r"\b(?:his|her|their)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CHANGE_NOUN = re.compile(
    r"(?:appointment|resignation|retirement|election|departure|removal|nomination)s?",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:]")
_APPOSITIVE_RE = re.compile(
    r",\s*(?:a|an|the|currently|who|its|our|previously)\b[^,;]{0,120},", re.IGNORECASE
)
# "appointed Jo Lee to that role": the role named earlier in the sentence
THAT_ROLE = re.compile(
    r"\s*,?\s*to\s+(?:that|this|the\s+new)\s+(?:role|position|post|office)\b",
    re.IGNORECASE,
)


def appositive(
    flat: str, mention: Mention | None, assignment: Assignment, end: int
) -> tuple[int, int]:
    """The span of an appositive describing the seat held now, else (-1, -1).

    ``, an independent director since 2018,`` after an object name describes
    the seat held now, not the new one.
    """
    if mention is None or not assignment.as_object:
        return (-1, -1)
    start = max(mention.end, assignment.list_end)
    match = _APPOSITIVE_RE.match(flat, start, end)
    return (match.start(), match.end()) if match else (start, start)


def refers_back(ctx: Context, sentence: Sentence, assignment: Assignment) -> bool:
    """Whether a change noun refers back to a change stated elsewhere.

    ``In connection with his appointment, ...``: a noun with a pronoun is not a
    board change on its own unless its clause names the board seat (``her
    resignation from the Board``).
    """
    trigger = assignment.trigger
    if assignment.mention is not None or not _CHANGE_NOUN.fullmatch(
        ctx.flat, trigger.start, trigger.end
    ):
        return False
    head = ctx.flat[max(sentence.start, trigger.start - 20) : trigger.start]
    if not _POSSESSIVE_NOUN.search(head):
        return False
    stop = _CLAUSE_END.search(ctx.flat, trigger.end, sentence.end)
    roles, board = board_roles(ctx, trigger.end, stop.start() if stop else sentence.end)
    return not roles and not board
