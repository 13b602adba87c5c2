"""First-person letters: a director's own change, given to the writer (#12).

A resignation letter filed as an 8-K exhibit, or an e-mail declining
re-nomination, says "I hereby resign" or "my decision not to stand"; the person
is the writer: the name after the closing ("Sincerely, Jane Roe"), or the
e-mail's "From:" sender when there is no closing. The candidate it gives carries
the rule ``letter:signer`` (:func:`.candidates.letter`), which the decision
layer keeps whatever its score (``decision.BINDING_RULES``).
"""

from __future__ import annotations

from reviewer.core import lazyre as re
from reviewer.core.extraction.changes import Trigger
from reviewer.core.extraction.context import Context
from reviewer.core.extraction.names import Mention, Person, attach, find_mentions
from reviewer.core.extraction.sentences import Sentence
from reviewer.core.schema import ChangeType

# A letter's own change: "I hereby resign", "my decision not to stand for re-election"
_FIRST_PERSON_CHANGE = re.compile(
    r"\bI\s+(?:\w+\s+){0,3}?(?:resign|tender|retire|step\s+down|decline|will\s+not"
    r"|do\s+not\s+intend|have\s+decided)\w*|\bmy\s+(?:\w+\s+){0,2}?(?:resignation"
    r"|retirement|decision\s+(?:to\s+resign|not\s+to\s+stand))",
)
_CLOSING = re.compile(
    r"\b(?:Sincerely|Regards|Yours(?:\s+(?:sincerely|faithfully|truly))?|Respectfully)\b"
    r"[,.]?",
    re.IGNORECASE,
)
_CLOSING_WORDS = ("sincerely", "regards", "yours", "respectfully", "from:")
# An e-mail's sender, when the letter has no closing: "From: Jane Roe Sent: ..."
_FROM_HEADER = re.compile(r"\bFrom:[ \t]*")
_FIRST_PERSON_KIND = (
    (
        ChangeType.NOT_STANDING,
        re.compile(r"declin|not\s+(?:to\s+)?stand|will\s+not|intend", re.I),
    ),
    (ChangeType.RETIRED, re.compile(r"retire", re.I)),
    (ChangeType.RESIGNED, re.compile(r".")),
)


LetterChange = tuple[Person, str, Sentence, Trigger]


def letter_change(
    ctx: Context, text: str, sentences: list[Sentence], lowered: str
) -> LetterChange | None:
    """A first-person letter's change and its writer: (person, kind, sentence, trigger).

    The writer is the name after the closing (``Sincerely,``) or the e-mail's
    sender; the letter may stand on its own or be an 8-K's exhibit.
    """
    if not any(word in lowered for word in _CLOSING_WORDS):
        return None
    said = next(
        (
            (s, m)
            for s in sentences
            if (m := _FIRST_PERSON_CHANGE.search(ctx.flat, s.start, s.end))
        ),
        None,
    )
    if said is None:
        return None
    mention = _signer(ctx, text, said[1])
    if mention is None:
        return None
    person = ctx.person_of.get(mention.start)
    if person is None:
        person = ctx.person_of[mention.start] = attach(ctx.people, mention)
    sentence, match = said
    said_text = ctx.flat[match.start() : min(sentence.end, match.end() + 60)]
    kind = str(next(k for k, p in _FIRST_PERSON_KIND if p.search(said_text)))
    return person, kind, sentence, Trigger(kind, match.start(), match.end())


def _signer(ctx: Context, text: str, said: re.Match[str]) -> Mention | None:
    """The letter's writer: the name after the last closing, else the e-mail's sender.

    ``letter:signer`` ("Sincerely, Jane Roe"); an e-mail with no closing names its
    writer in the "From:" header before the first-person change.
    """
    closings = list(_CLOSING.finditer(ctx.flat, said.end()))
    if closings:
        start = closings[-1].end()
    else:
        senders = list(_FROM_HEADER.finditer(ctx.flat, 0, said.start()))
        if not senders:
            return None
        start = senders[-1].end()
    end = min(len(text), start + 300)
    signed = [m for m in find_mentions(text, start, end, ctx.issuer_words) if m.is_full]
    if not signed or (not closings and signed[0].start - start > 5):
        return None
    return signed[0]
