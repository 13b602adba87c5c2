"""Change triggers and who they belong to, sentence by sentence.

A trigger (``resigned``, ``the appointment of``, ``will not stand for
re-election``...) takes as its people either the names right after it (object:
``appointed Jane Doe and John Roe``) or the nearest name before it (subject:
``Jane Doe has resigned``), or a pronoun's antecedent. Triggers inside quotations
are statements by quoted people, not announcements, and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.core.extraction.names import Mention
from reviewer.core.extraction.patterns import QUOTE_RE, TRIGGER_RES
from reviewer.core.extraction.sentences import Sentence

_OBJECT_GAP = re.compile(
    r"^[\s,:]*(?:(?:of|to|the|by|as|its|our|their|has|have|had|board|board's|directors?|new"
    r"|independent|non-executive|alongside|with|along|together|\w+['’]s|and|is|are|was|were|been|be"
    r"|pleased|announced|announce|that)[\s,:]+){0,6}$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$")
_PRONOUN_RE = re.compile(r"\b(?:he|she|his|her|they|their)\b", re.IGNORECASE)
_APPOSITIVE_END = re.compile(r",\s*(?:and\s+)?$")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A change word: its type and span."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Assignment:
    """A trigger applied to one mention (or to a pronoun's antecedent)."""

    trigger: Trigger
    mention: Mention | None  # None: resolved through a pronoun
    as_object: bool


def quote_spans(flat: str, sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of quotations within the sentence."""
    return [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in QUOTE_RE.finditer(sentence.text)
        if m.end() - m.start()
        > 40  # a quoted nickname or defined term is not a statement
    ]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def find_triggers(
    flat: str, sentence: Sentence, quotes: list[tuple[int, int]]
) -> list[Trigger]:
    """Non-overlapping triggers in the sentence, outside quotations."""
    taken: list[Trigger] = []
    for kind, pattern in TRIGGER_RES:
        for match in pattern.finditer(flat, sentence.start, sentence.end):
            if _inside(match.start(), quotes):
                continue
            if any(t.start < match.end() and match.start() < t.end for t in taken):
                continue
            taken.append(Trigger(kind, match.start(), match.end()))
    taken.sort(key=lambda t: t.start)
    return taken


def _object_list(
    flat: str, trigger: Trigger, mentions: list[Mention], limit: int
) -> list[Mention]:
    after = [m for m in mentions if m.start >= trigger.end and m.start < limit]
    if not after:
        return []
    first = after[0]
    if (
        not _OBJECT_GAP.match(flat[trigger.end : first.start])
        or first.start - trigger.end > 60
    ):
        return []
    chosen = [first]
    for nxt in after[1:]:
        gap = flat[chosen[-1].end : nxt.start]
        if (
            _LIST_GAP.match(gap)
            or (
                len(gap) < 160
                and _APPOSITIVE_END.search(gap)
                and gap.lstrip().startswith(",")
            )
            or re.match(
                r"^,?\s*(?:alongside|together\s+with|along\s+with|and)\s+$", gap
            )
        ):
            chosen.append(nxt)
            continue
        break
    return chosen


def _subject_list(
    flat: str, trigger: Trigger, mentions: list[Mention], floor: int
) -> list[Mention]:
    before = [m for m in mentions if floor <= m.start and m.end <= trigger.start]
    if not before:
        return []
    chosen = [before[-1]]
    for prev in reversed(before[:-1]):
        gap = flat[prev.end : chosen[-1].start]
        if _LIST_GAP.match(gap):
            chosen.insert(0, prev)
            continue
        break
    return chosen


def assign(
    flat: str,
    sentence: Sentence,
    triggers: list[Trigger],
    mentions: list[Mention],
) -> list[Assignment]:
    """Attach each trigger to the people it is about."""
    result: list[Assignment] = []
    for index, trigger in enumerate(triggers):
        limit = triggers[index + 1].start if index + 1 < len(triggers) else sentence.end
        word = flat[trigger.start : trigger.end].lower()
        takes_object = not (
            trigger.kind == "role_change"
            and word.startswith("succeed")
            and not re.match(r"\s+by\b", flat[trigger.end : trigger.end + 5])
        ) and not word.startswith(("replac", "join"))
        objects = _object_list(flat, trigger, mentions, limit) if takes_object else []
        alongside = bool(objects) and bool(
            re.search(
                r"alongside|together\s+with|along\s+with",
                flat[trigger.end : objects[0].start],
            )
        )
        if word.startswith("join"):
            objects = [
                m
                for m in _object_list(flat, trigger, mentions, limit)
                if re.search(
                    r"alongside|together\s+with|along\s+with",
                    flat[trigger.end : m.start],
                )
            ]
            alongside = bool(objects)
        if objects and not alongside:
            result += [Assignment(trigger, m, True) for m in objects]
            continue
        result += [Assignment(trigger, m, True) for m in objects]
        floor = sentence.start
        for prev in triggers[:index]:
            if any(a.trigger is prev and a.as_object for a in result):
                floor = max(floor, prev.end)
        subjects = _subject_list(flat, trigger, mentions, floor)
        if subjects:
            result += [Assignment(trigger, m, False) for m in subjects]
            continue
        if _PRONOUN_RE.search(
            flat, sentence.start, trigger.start
        ) or _PRONOUN_RE.search(flat, trigger.end, min(limit, trigger.end + 40)):
            result.append(Assignment(trigger, None, False))
    return result
