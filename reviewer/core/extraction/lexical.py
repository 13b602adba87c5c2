"""Lexical features of a change candidate: hashed words around it (#12, #13).

The rule features (:mod:`.features`) name cues someone wrote down; these let
the decision layer learn words nobody did, from the gold and from an analyst's
reviews. Each is a word (lower-cased, digits as ``0``, a light suffix strip:
"resigned", "resigns" and "resignation" are one word) in a slot:

- ``t-`` / ``t+``: the three words before / after the trigger, in its sentence;
- ``tb``: the trigger's word with the next word (a bigram: "step down",
  "appointed chief");
- ``n-`` / ``n+``: the three words before / after the name;
- ``bw``: the words between the name and the trigger (up to 12 words apart);
- ``hd``: the words of the document's first line (its headline).

Every slot but ``hd`` is crossed with the candidate's direction ("resign" by a
joining candidate says something else than by a leaving one). The slot and word
are hashed by CRC-32 (deterministic in every process, unlike ``hash``) into
``BUCKETS`` buckets, named ``lx:<bucket>``. The features carry the value
``LEXICAL_VALUE`` instead of 1: the logistic regression's L2 penalty on a weight
is then ``1 / LEXICAL_VALUE**2`` times stronger in effect, so the rule features
stay dominant until the data says otherwise.
"""

from __future__ import annotations

import re
import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reviewer.core.extraction.candidates import Candidate

LEXICAL_PREFIX = "lx:"
BUCKETS = 1 << 14
LEXICAL_VALUE = 0.25
WINDOW = 3  # words on each side of the trigger and of the name
MAX_BETWEEN = 12  # words between name and trigger that still count
_REACH = 60  # characters looked at on each side (enough for WINDOW words)

_TOKEN = re.compile(r"[a-z][a-z'’-]*|\d+")
_STRIP = re.compile(r"(?:ations?|ments?|ings?|ed|es|s)$")
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


def bucket_name(slot: str, word: str) -> str:
    """The feature name of ``word`` in ``slot`` (``lx:<crc32 mod BUCKETS>``)."""
    return _BUCKET_NAMES[zlib.crc32(f"{slot}|{word}".encode()) & (BUCKETS - 1)]


def _words(low: str, start: int, end: int) -> list[str]:
    return [word_of(m.group()) for m in _TOKEN.finditer(low, start, end)]


def heading_features(lowered: str) -> dict[str, float]:
    """The ``hd`` features of a document: its first non-empty line's words."""
    at = 0
    while at < len(lowered):
        end = lowered.find("\n", at)
        end = len(lowered) if end < 0 else end
        words = _words(lowered, at, min(end, at + 200))
        if words:
            return {bucket_name("hd", w): LEXICAL_VALUE for w in words[:12]}
        at = end + 1
    return {}


def lexical_features(
    low: str,
    candidate: Candidate,
    mention_end: int,
    heading: dict[str, float],
    out: dict[str, float],
) -> None:
    """Add the candidate's lexical features to ``out``.

    ``low``: the document's lower-cased flat text; ``mention_end``: where the
    candidate's name ends; ``heading``: :func:`heading_features` of the document.
    """
    event = candidate.event
    start, end = event.sentence.start, event.sentence.end
    direction = str(event.direction)
    words: list[tuple[str, str]] = []
    before = _words(low, max(start, event.trigger_start - _REACH), event.trigger_start)
    words += [("t-", w) for w in before[-WINDOW:]]
    trigger = _words(low, event.trigger_start, event.trigger_end)
    after = _words(low, event.trigger_end, min(end, event.trigger_end + _REACH))
    words += [("t+", w) for w in after[:WINDOW]]
    if trigger and after:
        words.append(("tb", f"{trigger[0]} {after[0]}"))
    mention = candidate.mention_start
    if mention >= 0:
        words += [
            ("n-", w) for w in _words(low, max(start, mention - _REACH), mention)[-WINDOW:]
        ]
        stop = min(end, mention_end + _REACH)
        words += [("n+", w) for w in _words(low, mention_end, stop)[:WINDOW]]
        lo, hi = (
            (mention_end, event.trigger_start)
            if mention < event.trigger_start
            else (event.trigger_end, mention)
        )
        between = _words(low, lo, hi) if hi > lo else []
        if len(between) <= MAX_BETWEEN:
            words += [("bw", w) for w in between]
    for slot, word in words:
        out[bucket_name(f"{direction}|{slot}", word)] = LEXICAL_VALUE
    out.update(heading)
