"""The analysis of a document's text, computed once: span layers for the stages.

Sentences of the read regions, which of them carry a board word or a change
word, and the people named where either is found (mentions, clustered into
people, with later bare surnames). The engine's later stages read these layers
and never recompute them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from reviewer.core import lazyre as re
from reviewer.core.extraction.names import Mention, Person, cluster, find_mentions
from reviewer.core.extraction.patterns import (
    BOARD_LOWER_RE,
    BOARD_RE,
    TRIGGER_HINT,
    TRIGGER_HINT_LOWER,
    UPPER,
)
from reviewer.core.extraction.sentences import Sentence, split_sentences


@dataclass(frozen=True, slots=True)
class Layers:
    """A document's text and the span layers read from it.

    Attributes:
        text: the document's text as loaded.
        flat: the text with line breaks flattened (same offsets).
        spans: the regions read (``scope.regions``).
        sentences: the sentences of those regions, in order.
        on_board: for each sentence, whether it has a board word.
        on_hint: for each sentence, whether it has a change word.
        issuer_words: the issuer's name words (not people).
        mentions: the people's mentions, by start.
        people: the people, each with their mentions.
        person_of: mention start -> person.
    """

    text: str
    flat: str
    spans: list[tuple[int, int]]
    sentences: list[Sentence]
    on_board: list[bool]
    on_hint: list[bool]
    issuer_words: frozenset[str]
    mentions: list[Mention]
    people: list[Person]
    person_of: dict[int, Person]


def read_layers(
    text: str, flat: str, spans: list[tuple[int, int]], issuer_words: frozenset[str]
) -> Layers:
    """Sentences, their board and change-word flags, and the people named."""
    sentences: list[Sentence] = []
    for start, end in spans:
        sentences += split_sentences(text, start, end, flat)
    on_board, on_hint = _sentence_flags(flat, spans, sentences)
    mentions, people, person_of = _people(
        text, sentences, on_board, on_hint, issuer_words
    )
    return Layers(
        text,
        flat,
        spans,
        sentences,
        on_board,
        on_hint,
        issuer_words,
        mentions,
        people,
        person_of,
    )


def _sentence_flags(
    flat: str, spans: list[tuple[int, int]], sentences: list[Sentence]
) -> tuple[list[bool], list[bool]]:
    """For each sentence: a board word in it, a change word in it."""
    lowered = flat.lower()
    if len(lowered) == len(flat):  # lower() kept every offset
        on_board = _flags(BOARD_LOWER_RE, lowered, spans, sentences)
        on_hint = _flags(TRIGGER_HINT_LOWER, lowered, spans, sentences)
    else:
        on_board = _flags(BOARD_RE, flat, spans, sentences)
        on_hint = _flags(TRIGGER_HINT, flat, spans, sentences)
    return on_board, on_hint


def _people(
    text: str,
    sentences: list[Sentence],
    on_board: list[bool],
    on_hint: list[bool],
    issuer_words: frozenset[str],
) -> tuple[list[Mention], list[Person], dict[int, Person]]:
    """The mentions (by start), people and mention start -> person.

    Names are read only in sentences with a board or change word; a name made
    only of organisation words is no one.
    """
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
    return mentions, people, person_of


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
