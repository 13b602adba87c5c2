"""People listed under a change sentence: bullets, lines and "They are A, B and C".

An announcement often states the change once and lists the people after it::

    The following were elected to the Board for three-year terms:
      • Jane Roe is the founder of ...
      • Tom Reyes is a partner at ...

    The regulator approved the appointment of five independent directors.
    They are – Jane Roe, Tom Reyes, ... and Ann Lee.

The change word and the names are in different sentences, so the sentence-wide
candidates (:func:`.candidates.wide`) never pair them. This stage finds the
lead-in (a change cue before a colon, or a change sentence followed within three
sentences by one that opens "They are", "These include", "The new directors
are") and gives every listed person a candidate with the lead-in's change. It
decides nothing: the rule ids say where the name came from (``lists:colon``,
``lists:introducer``, ``lists:bullet``, ``lists:far``) and the learned model
weighs them. A colon after a speech verb, a roster ("the Board comprises:") or
a change word that belongs to someone named before the colon leads no list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reviewer.core import lazyre as re
from reviewer.core.extraction.changes import Trigger
from reviewer.core.extraction.context import Context
from reviewer.core.extraction.details import is_contact
from reviewer.core.extraction.names import Mention, Person, attach, find_mentions
from reviewer.core.extraction.patterns import BOARD_RE
from reviewer.core.extraction.sentences import Sentence
from reviewer.core.schema import ChangeType

# a colon that opens a list (not a time "10:30" nor a URL)
_COLON = re.compile(r":(?=\s|$)")
# a list item's opening: a bullet, a dash, a number or letter in brackets
_BULLET = re.compile(
    r"^\W{0,3}?(?:[•·▪◦●‣⁃\-–—]|\*(?!\*)|\(?\d{1,2}[.)]|\(?[a-z][.)])\s*"
)
# "They are", "These include", "The new directors are", "namely": the list that
# names the people of the change stated just before
_INTRODUCER = re.compile(
    r"^\W*(?:(?:they|these|those)(?:\s+\w+){0,2}\s+(?:are|were|include[sd]?|being)"
    r"|(?:the\s+)?(?:new|newly\s+\w+|incoming|outgoing|departing|retiring|elected"
    r"|re-?elected|appointed)(?:\s+\w+){0,3}\s+(?:are|were|include[sd]?)"
    r"|namely)\b",
    re.IGNORECASE,
)
# list-only change cues: the list's adjective carries the change
_LIST_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        ChangeType.APPOINTED,
        re.compile(
            r"\b(?:new|incoming|newly\s+(?:appointed|elected|named))"
            r"(?:\s+[\w-]+){0,2}?\s+(?:directors?|trustees?|board\s+members?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        ChangeType.RESIGNED,
        re.compile(
            r"\b(?:outgoing|departing)(?:\s+[\w-]+){0,2}?\s+(?:directors?|trustees?"
            r"|board\s+members?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        ChangeType.RETIRED,
        re.compile(
            r"\bretiring(?:\s+[\w-]+){0,2}?\s+(?:directors?|trustees?|board\s+members?)\b",
            re.IGNORECASE,
        ),
    ),
)
# between the change word and the colon: the list is the board as it stands
# ("Following the appointment, the Board comprises:"), not the change's people
_ROSTER = re.compile(
    r"\b(?:compris\w*|consist\w*|compos\w*|currently|existing|continuing|remain\w*"
    r"|now\s+(?:has|includes?|is)|as\s+at|as\s+of)\b",
    re.IGNORECASE,
)
# a colon after a speech verb opens a quotation ("Jane Roe, outgoing Chair, added:")
_SPEECH = re.compile(
    r"\b(?:said|says|add(?:s|ed)|comment(?:s|ed)|stat(?:es|ed)|not(?:es|ed)|remark(?:s|ed)"
    r"|explain(?:s|ed)|quot(?:es|ed)|wr(?:ote|ites)|told)\W*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’-]+")
# what may stand before a list's first name, and between two of its names
_OPENS = re.compile(r"[\s•·▪◦●‣⁃*\-–—:]*")
_INTRODUCED = re.compile(r"[^.;:]{0,80}")
_JOINED = re.compile(
    r"(?:\s*,|\s*,?\s+(?:and|&))(?:[^.;:]{0,90}?,\s*(?:and\s+|&\s+)?)?\s*"
)
# the change word must govern the colon: this many words before it at most
_CUE_REACH = 14
_STOP = re.compile(
    r"^\W*(?:about\s|for\s+(?:further|more)\s|contact|forward-looking)", re.I
)
_MAX_ITEMS = 40
_LOOK_BACK = 3

Triggers = Callable[[Sentence], list[tuple[Trigger, str]]]


@dataclass(frozen=True)
class Listed:
    """A person listed under a change: who, where, and the lead-in's change."""

    person: Person
    mention: Mention
    lead: Sentence
    trigger: Trigger
    rules: tuple[str, ...]


def list_cues(ctx: Context, sentence: Sentence) -> list[tuple[Trigger, str]]:
    """The adjectives of a list's lead-in: "the new directors", "outgoing members"."""
    found = []
    for kind, pattern in _LIST_CUES:
        for match in pattern.finditer(ctx.flat, sentence.start, sentence.end):
            found.append((Trigger(str(kind), match.start(), match.end()), "lists:cue"))
    return found


def listed(
    ctx: Context, text: str, sentences: list[Sentence], triggers: Triggers
) -> list[Listed]:
    """Every person listed after a lead-in, with the lead-in's change."""
    found: list[Listed] = []
    for index, sentence in enumerate(sentences):
        if _INTRODUCER.match(sentence.text):
            found += _introduced(ctx, text, sentences, index, triggers)
            continue
        colon, lines = _lead_in_colon(sentence)
        if colon < 0:
            continue
        before = [
            t for t in triggers(sentence) + list_cues(ctx, sentence)
            if t[0].end <= colon
        ]  # fmt: skip
        if not before:
            continue
        trigger, rule = max(before, key=lambda t: t[0].start)
        if not _governs(ctx, text, trigger, colon):
            continue
        found += _inline(ctx, text, sentence, colon, trigger, rule)
        if lines:
            found += _items(ctx, text, sentences, index, trigger, rule)
    return found


def _lead_in_colon(sentence: Sentence) -> tuple[int, bool]:
    """Where the colon that opens a list is (-1: none), and whether lines follow.

    Lines follow a colon at the sentence's end ("were elected:") or one followed
    in the same sentence by a bullet (a list written on one line); after any
    other colon the names are in the sentence ("outgoing members: A and B").
    """
    for match in _COLON.finditer(sentence.text):
        rest = sentence.text[match.end() :].lstrip()
        lines = not rest or bool(
            _BULLET.match(rest) and not rest[:1].isalpha() and not rest.startswith("**")
        )  # "**" is bold type, not a bullet
        return sentence.start + match.start(), lines
    return -1, False


def is_roster(words: str) -> bool:
    """Whether the words after a change word describe the board as it stands."""
    return bool(_ROSTER.search(words))


def _governs(ctx: Context, text: str, trigger: Trigger, colon: int) -> bool:
    """Whether the change word before a colon states the change of the list after it.

    Not when a quotation opens ("added:"), when the clause before the colon
    describes the board as it stands ("the Board comprises:"), when the change
    word is far from the colon, or when a person stands between them (the change
    is that person's: "Names A as Chair replacing B ... Press Release:").
    """
    between = ctx.flat[trigger.end : colon]
    if _SPEECH.search(ctx.flat, trigger.start, colon) or _ROSTER.search(between):
        return False
    if len(_WORD.findall(between)) > _CUE_REACH:
        return False
    return not find_mentions(text, trigger.end, colon, ctx.issuer_words)


def _rules(rule: str, kind: str, far: bool, bullet: bool) -> tuple[str, ...]:
    rules = [rule, "source:list", kind]
    if bullet:
        rules.append("lists:bullet")
    if far:
        rules.append("lists:far")
    return tuple(rules)


def _inline(
    ctx: Context,
    text: str,
    lead: Sentence,
    colon: int,
    trigger: Trigger,
    rule: str,
) -> list[Listed]:
    """The names after the colon in the lead-in itself ("outgoing members: A and B")."""
    rules = _rules(rule, "lists:inline", False, False)
    found = find_mentions(text, colon + 1, lead.end, ctx.issuer_words)
    return [
        Listed(_person(ctx, m), m, lead, trigger, rules)
        for m in _series(ctx.flat, colon + 1, found)
    ]


def _series(
    flat: str, start: int, mentions: list[Mention], opens: re.Pattern[str] | None = None
) -> list[Mention]:
    """The names that open at ``start`` and follow one another: "A, B and C".

    The first must open the list (``opens`` before it: by default a bullet or a
    dash at most), each next one follow a comma or "and" within a short clause
    ("A, who chaired the Board, and B"); the first name that does not ends the
    series.
    """
    series: list[Mention] = []
    at = start
    for mention in mentions:
        gap = flat[at : mention.start]
        first = opens or _OPENS
        joined = first.fullmatch(gap) if not series else _JOINED.fullmatch(gap)
        if not joined or not (mention.is_full or mention.honorific):
            break
        series.append(mention)
        at = mention.end
    return series


def _items(
    ctx: Context,
    text: str,
    sentences: list[Sentence],
    index: int,
    trigger: Trigger,
    rule: str,
) -> list[Listed]:
    """The people that open the lines after the lead-in at ``index``.

    A line that does not open with a name (a second sentence about the last
    person) is skipped; three in a row end the list, as do a contact block and
    an "About" section.
    """
    lead = sentences[index]
    found: list[Listed] = []
    misses = 0
    for offset, sentence in enumerate(sentences[index + 1 : index + 1 + _MAX_ITEMS]):
        if _STOP.match(sentence.text) or is_contact(sentence):
            break
        item = _item_name(ctx, text, sentence)
        if item is None:
            misses += 1
            if misses > 2:
                break
            continue
        misses = 0
        mention, bullet = item
        rules = _rules(rule, "lists:colon", offset >= 5, bullet)
        found.append(Listed(_person(ctx, mention), mention, lead, trigger, rules))
    return found


def _item_name(
    ctx: Context, text: str, sentence: Sentence
) -> tuple[Mention, bool] | None:
    """The name that opens a list line (after its bullet), and whether it had one."""
    body = sentence.text
    bullet = _BULLET.match(body)
    skip = bullet.end() if bullet and not body[:1].isalpha() else 0
    lead = len(body[skip:]) - len(body[skip:].lstrip())
    first = sentence.start + skip + lead
    mentions = find_mentions(
        text, first, min(sentence.end, first + 80), ctx.issuer_words
    )
    if not mentions or mentions[0].start != first:
        return None
    mention = mentions[0]
    if not (mention.is_full or mention.honorific):
        return None
    return mention, skip > 0


def _introduced(
    ctx: Context,
    text: str,
    sentences: list[Sentence],
    index: int,
    triggers: Triggers,
) -> list[Listed]:
    """The names of "They are A, B and C", with the change of a sentence before.

    The introducer must open the list (its first name within a short clause
    after it: "These included the re-election of directors A and B"), and the
    change must be about a board (a board word in the change's sentence or the
    list's).
    """
    sentence = sentences[index]
    opening = _INTRODUCER.match(sentence.text)
    if opening is None:
        return []
    found = find_mentions(text, sentence.start, sentence.end, ctx.issuer_words)
    people = _series(ctx.flat, sentence.start + opening.end(), found, _INTRODUCED)
    if not people:
        return []
    change = None
    for back in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        cues = triggers(sentences[back]) + list_cues(ctx, sentences[back])
        if cues:
            change = (sentences[back], *max(cues, key=lambda t: t[0].start))
            break
    own = list_cues(ctx, sentence)
    if own:  # "The outgoing members are A and B": the list's own adjective
        change = (sentence, *own[0])
    if change is None:
        return []
    lead, trigger, rule = change
    if not (BOARD_RE.search(lead.text) or BOARD_RE.search(sentence.text)):
        return []
    rules = _rules(rule, "lists:introducer", index - sentences.index(lead) > 1, False)
    return [Listed(_person(ctx, m), m, lead, trigger, rules) for m in people]


def _person(ctx: Context, mention: Mention) -> Person:
    person = ctx.person_of.get(mention.start)
    if person is None:
        person = ctx.person_of[mention.start] = attach(ctx.people, mention)
    return person
