"""Lexical features of a change candidate: hashed words around it (#12, #13).

The rule features (:mod:`.features`) name cues someone wrote down; these let
the decision layer learn words nobody did, from the gold and from an analyst's
reviews. Each is a word (lower-cased, digits as ``0``, a light suffix strip:
"resigned", "resigns" and "resignation" are one word; a person's name is the
word ``NAME``, so no feature is anyone's name) in a slot:

- ``t-`` / ``t+``: the three words before / after the trigger, in its sentence;
- ``tb``: the trigger's first two words (a bigram: "step down", "appointed
  NAME");
- ``n-`` / ``n+``: the three words before / after the name;
- ``bw``: the words between the name and the trigger (up to 12 words apart).

No document-wide words: a headline slot was tried, and it read a filing's
cover lines as evidence for every candidate of the document (an election found
in a proxy's "Mr. X elected to defer receipt of his compensation"). Every slot
is crossed with the candidate's direction ("resign" by a joining candidate says
something else than by a leaving one). The slot and word
are hashed by CRC-32 (deterministic in every process, unlike ``hash``) into
``BUCKETS`` buckets, named ``lx:<bucket>``. The features carry the value
``LEXICAL_VALUE`` instead of 1: the logistic regression's L2 penalty on a weight
is then ``1 / LEXICAL_VALUE**2`` times stronger in effect, so the rule features
stay dominant until the data says otherwise.
"""

from __future__ import annotations

import zlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from reviewer.core import lazyre as re

if TYPE_CHECKING:
    from reviewer.core.extraction.candidates import Candidate

LEXICAL_PREFIX = "lx:"
BUCKETS = 1 << 14
LEXICAL_VALUE = 0.35
WINDOW = 3  # words on each side of the trigger and of the name
MAX_BETWEEN = 12  # words between name and trigger that still count

_TOKEN = re.compile(r"[a-z][a-z'’-]*|\d+")
_STRIP = re.compile(r"(?:ations?|ments?|ings?|ed|es|s)$")
NAME = "NAME"  # a person's name, whoever it is (never lower-case: no word is)
Names = tuple[list[int], dict[int, int]]  # mention starts (sorted), their ends
_BUCKET_NAMES = tuple(f"{LEXICAL_PREFIX}{i}" for i in range(BUCKETS))


def word_of(token: str) -> str:
    """A token as the features see it: digits as ``0``, a light suffix strip."""
    if token[0].isdigit():
        return "0"
    if len(token) > 4:
        stripped = _STRIP.sub("", token)
        if len(stripped) >= 3:
            return stripped
    return token


@lru_cache(maxsize=1 << 16)
def bucket_name(slot: str, word: str) -> str:
    """The feature name of ``word`` in ``slot`` (``lx:<crc32 mod BUCKETS>``)."""
    return _BUCKET_NAMES[zlib.crc32(f"{slot}|{word}".encode()) & (BUCKETS - 1)]


@dataclass(frozen=True, slots=True)
class Tokens:
    """A sentence's words with their offsets; each person's name one ``NAME``."""

    starts: list[int]
    ends: list[int]
    words: list[str]


def tokens(low: str, start: int, end: int, names: Names) -> Tokens:
    """The words of ``low[start:end]``, names (``names``) as ``NAME``."""
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    mention_starts, mention_ends = names
    first = max(0, bisect_right(mention_starts, start) - 1)
    last = bisect_left(mention_starts, end)
    spans = [(s, mention_ends.get(s, s)) for s in mention_starts[first:last]]
    spans = [(lo, hi) for lo, hi in spans if hi > start]
    at = start
    for lo, hi in [*spans, (end, end)]:
        for m in _TOKEN.finditer(low, at, max(at, lo)):
            starts.append(m.start())
            ends.append(m.end())
            words.append(word_of(m.group()))
        if lo < end:
            starts.append(max(at, lo))
            ends.append(hi)
            words.append(NAME)
        at = max(at, hi)
    return Tokens(starts, ends, words)


def lexical_features(
    low: str,
    candidate: Candidate,
    mention_end: int,
    out: dict[str, float],
    names: Names,
    cache: dict[int, Tokens],
) -> None:
    """Add the candidate's lexical features to ``out``.

    ``low``: the document's lower-cased flat text; ``mention_end``: where the
    candidate's name ends; ``names``: where people's names are (each becomes
    the word ``NAME``, so no feature is a person's name); ``cache``: the
    sentences' :class:`Tokens`, by sentence start (filled here).
    """
    event = candidate.event
    sentence = event.sentence
    found = cache.get(sentence.start)
    if found is None:
        found = tokens(low, sentence.start, sentence.end, names)
        cache[sentence.start] = found
    starts, ends, words = found.starts, found.ends, found.words
    trigger_start, trigger_end = event.trigger_start, event.trigger_end
    slots: list[tuple[str, str]] = []
    before = bisect_right(ends, trigger_start)  # words ending before the trigger
    slots += [("t-", w) for w in words[max(0, before - WINDOW) : before]]
    opening = bisect_left(starts, trigger_start)
    if opening + 1 < len(words):
        slots.append(("tb", f"{words[opening]} {words[opening + 1]}"))
    after = bisect_left(starts, trigger_end)
    slots += [("t+", w) for w in words[after : after + WINDOW]]
    mention = candidate.mention_start
    if mention >= 0:
        before = bisect_right(ends, mention)
        slots += [("n-", w) for w in words[max(0, before - WINDOW) : before]]
        after = bisect_left(starts, mention_end)
        slots += [("n+", w) for w in words[after : after + WINDOW]]
        lo, hi = (
            (mention_end, trigger_start)
            if mention < trigger_start
            else (trigger_end, mention)
        )
        first, last = bisect_left(starts, lo), bisect_right(ends, hi)
        if 0 <= last - first <= MAX_BETWEEN:
            slots += [("bw", w) for w in words[first:last]]
    direction = str(event.direction)
    for slot, word in slots:
        out[bucket_name(f"{direction}|{slot}", word)] = LEXICAL_VALUE
