"""The trigger prefilters cannot hide a trigger (issue #14).

Two prefilters skip work: a sentence is read for changes only when
``TRIGGER_HINT`` matches in it, and a trigger family's pattern runs only on a
sentence holding one of its ``TRIGGER_KEYS``. A trigger alternative whose words
neither lets through never fires. These tests walk every path through each
trigger pattern (``re``'s own parse of it: literals kept, whitespace as a space,
any other class as a stand-in character) and check that the path's text passes
both prefilters, so that a pattern added or widened without its prefilter words
fails here instead of silently never matching.

``KNOWN_GAPS`` lists the gaps the rules had when this test was written. Closing
one changes outputs (cross-validate, retrain); then delete its line: the second
test fails while a listed gap no longer exists.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre
from re import _parser

from reviewer.core.extraction.patterns import TRIGGER_HINT, TRIGGER_KEYS, TRIGGERS

_OTHER = "\x00"  # stands for a character class: no key, no word boundary made
_MOST_PATHS = 50_000

# family -> path texts (a regular expression over the stand-in text) that the
# prefilters drop today
KNOWN_GAPS: dict[str, tuple[str, ...]] = {
    # "not be a candidate for reelection": no hint word ("elect" needs a word
    # start; "reelection" has none); "withdrew his candidacy": neither
    "not_standing": (r"reelection$", r"^withdr"),
    # "naming ... as/to": the hint has "name"; "chooses": the key is "chos"
    "appointed": (r"^naming ", r"^chooses$"),
    # "redesignated" (no word start before "designat"), "taking over": hint "take"
    "role_change": (r"^redesignated$", r"^taking "),
}


def _texts(items: list[tuple[object, object]]) -> list[str]:
    """Every path's stand-in text through a parsed pattern."""
    out = [""]
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width
        if op is sre.LITERAL:
            out = [t + chr(av) for t in out]
        elif op is sre.SUBPATTERN:
            subs = _texts(list(av[-1]))
            out = [t + s for t in out for s in subs]
        elif op is sre.BRANCH:
            subs = [s for alt in av[1] for s in _texts(list(alt))]
            out = [t + s for t in out for s in subs]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            least, _, sub = av
            once = [t + s for t in out for s in _texts(list(sub))]
            out = out + once if least == 0 else once
        elif op is sre.IN and any(
            o is sre.CATEGORY and a is sre.CATEGORY_SPACE for o, a in av
        ):
            out = [t + " " for t in out]
        elif op is sre.IN and len(av) <= 3 and all(o is sre.LITERAL for o, _ in av):
            out = [t + chr(c) for t in out for _, c in av]
        else:
            out = [t + _OTHER for t in out]
        out = list(dict.fromkeys(out))
        assert len(out) <= _MOST_PATHS, "a trigger pattern with too many paths"
    return out


@functools.cache
def _gaps() -> dict[str, set[str]]:
    """family -> the path texts that one of the two prefilters drops."""
    gaps: dict[str, set[str]] = {}
    for kind, pattern in TRIGGERS:
        for text in _texts(list(_parser.parse(pattern, re.IGNORECASE))):
            lowered = text.lower()
            has_key = any(key in lowered for key in TRIGGER_KEYS[kind])
            hinted = TRIGGER_HINT.search(" " + lowered.replace(_OTHER, "x"))
            if not (has_key and hinted):
                gaps.setdefault(kind, set()).add(lowered.replace(_OTHER, "·"))
    return gaps


def test_every_trigger_family_has_prefilter_keys():
    assert {kind for kind, _ in TRIGGERS} <= set(TRIGGER_KEYS)


def test_no_trigger_path_is_dropped_by_the_prefilters_but_the_known_ones():
    new = {
        kind: sorted(
            text
            for text in texts
            if not any(re.search(g, text) for g in KNOWN_GAPS.get(kind, ()))
        )[:10]
        for kind, texts in _gaps().items()
    }
    new = {kind: texts for kind, texts in new.items() if texts}
    assert not new, (
        "these trigger texts can never fire: add their words to TRIGGER_HINT "
        f"and the family's TRIGGER_KEYS (patterns.py): {new}"
    )


def test_the_known_gaps_are_still_there():
    """A gap that was closed must leave KNOWN_GAPS (so the list stays true)."""
    gaps = _gaps()
    closed = [
        (kind, gap)
        for kind, listed in KNOWN_GAPS.items()
        for gap in listed
        if not any(re.search(gap, text) for text in gaps.get(kind, ()))
    ]
    assert not closed


def test_the_path_walk_sees_a_gap_it_is_shown():
    # the walk itself: a made-up family whose words the prefilters lack
    texts = _texts(list(_parser.parse(r"\bnot\s+(?:a\s+)?candidate", re.IGNORECASE)))
    assert texts == ["not candidate", "not a candidate"]
    assert not TRIGGER_HINT.search(" " + texts[1])
