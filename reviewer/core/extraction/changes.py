"""Change triggers and who they belong to, sentence by sentence.

A trigger (``resigned``, ``the appointment of``, ``will not stand for
re-election``...) takes as its people either the names right after it (object:
``appointed Jane Doe and John Roe``) or the nearest name before it (subject:
``Jane Doe has resigned``), or a pronoun's antecedent. Triggers inside quotations
are statements by quoted people, not announcements, and are skipped.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from reviewer.core import lazyre as re
from reviewer.core.extraction.names import Mention
from reviewer.core.extraction.patterns import TRIGGER_KEYS, TRIGGER_RES
from reviewer.core.extraction.sentences import Sentence

_TITLE = r"(?:chair(?:man|woman|person)?|ceo|cfo|coo|officer|president|founder)"
_OBJECT_GAP = re.compile(
    r"^[\s:]*(?:to\s+(?:the|its|our|\w+['’]s)\s+board(?:\s+of\s+directors)?\s+)?"
    r"(?:(?:of|the|by|as|its|our|their|has|have|had|new|independent|non-executive|each|all"
    r"|alongside|with|along|together|\w+['’]s|is|are|was|were|been|be)[\s:]+){0,5}"
    r"(?:(?:[a-z'’-]+\s+){0,3}(?:directors?|members?|nominees?)\s*[,:]?\s*"
    # a title before the name: "appointed Chief Executive Officer Robert Eno to its
    # Board", "the passing of Executive Chairman and CEO Charles Fernandez"
    r"|(?:(?:[a-z'’-]+\s+){0,3}" + _TITLE + r"\s+(?:and|&)\s+)?"
    r"(?:[a-z'’-]+\s+){0,3}" + _TITLE + r"\s+)?$",
    re.IGNORECASE,
)
# "elected the three nominees put forward by Ridge Capital, A, B and C":
# a plural noun phrase, then the names.
_DESCRIBED_GAP = re.compile(
    r"^\s*(?:the|its|our|all|both)\s+(?:[\w-]+\s+){0,2}(?:nominees|candidates|individuals"
    r"|persons|people|directors)\b[^.;:\d]{0,80}?[,:]\s*$",
    re.IGNORECASE,
)
# "the three newly elected directors", "recently appointed members": an adjective.
_PARTICIPLE_BEFORE = re.compile(r"\b(?:newly|recently|duly|the)\s+$", re.IGNORECASE)
_COMPOSED_OF = re.compile(
    r"\bboard\s+(?:now\s+|will\s+)?(?:comprises?|consists?\s+of|is\s+(?:composed|made\s+up)"
    r"\s+of|includes?)\b",
    re.IGNORECASE,
)
_PLURAL_AFTER = re.compile(
    r"\s+(?:independent\s+|non-executive\s+)?(?:directors|members|nominees|board\s+members)\b",
    re.IGNORECASE,
)
_HAND_TO = re.compile(r"\bto\s+(?=\S)")
_LIST_GAP = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
    r"(?:(?:Professor|Ambassador|Senator|Governor|Admiral|Judge|General|Lord|Lady)\s+)?$"
)
_APPOSITIVE_END = re.compile(r",\s*(?:and\s+)?$")
# "appointed A as President and B as Executive Chairman": each name its own role
_OWN_ROLE_GAP = re.compile(
    r"^\s*,?\s+as\s+(?:(?:the|its|our|a|an)\s+)?[\w&'’ -]{2,80}?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*(?:and\s+)?)$"
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A change word: its type and span."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Assignment:
    """A trigger applied to one mention (or to a pronoun's antecedent).

    Attributes:
        trigger: the change word.
        mention: the name, or None when resolved through a pronoun.
        as_object: whether the name follows the trigger (``appointed Jane Doe``).
        list_end: end of the list of names the mention belongs to.
    """

    trigger: Trigger
    mention: Mention | None
    as_object: bool
    list_end: int = -1
    # "A as President and B as Executive Chairman": where this name's own role
    # words end (the next name of the list); -1 when the list shares one role
    own_role_end: int = -1


_QUOTE_MARK_RE = re.compile(r"[“”\"]|\n[ \t]*\n")
_MIN_QUOTE = 40  # a quoted nickname or defined term is not a statement
_HYPOTHETICAL_AFTER = re.compile(
    r"\s*(?:,\s*|\s+or\s+|,\s*or\s+)(?:death|resignation|removal|retirement|"
    r"disqualification|incapacity)",
    re.IGNORECASE,
)
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:earlier|future|any|until|or|upon\s+(?:his|her|their|the)|in\s+the\s+event\s+of"
    r"|policy|age|letter\s+of|event\s+of|asked\s+to|proposals?\s+to|vote\s+(?:on|for))"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "a retired senior partner", "a recently retired banker": an adjective in a
# biography, not a retirement.
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+ly\s+|former\s+)?$", re.IGNORECASE
)
_DATED_AFTER = re.compile(
    r"\s+(?:on|effective)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
)
_BOILERPLATE_RE = re.compile(
    r"Departure\s+of\s+Directors\s+(?:or|of)\s+(?:Certain|Principal)\s+Officers"
    r"[;,]?\s*Election\s+of\s+Directors[;,]?\s*Appointment\s+of\s+(?:Certain|Principal)"
    r"\s+Officers[;:,]?(?:\s*Compensatory\s+Arrangements\s+of\s+Certain\s+Officers)?"
    r"|Submission\s+of\s+Matters\s+to\s+a\s+Vote\s+of\s+Security\s+Holders",
    re.IGNORECASE,
)


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quotations in ``text[start:end]``: quoted people, not announcements.

    Curly quotes pair up; straight quotes toggle; a blank line closes any open
    quotation. Short quotations (nicknames, defined terms) are left out.
    """
    spans: list[tuple[int, int]] = []
    opened = -1
    for match in _QUOTE_MARK_RE.finditer(text, start, end):
        mark = match.group()
        if mark == "“" or (mark == '"' and opened < 0):
            if opened < 0:
                opened = match.start()
            continue
        if opened >= 0:
            close = match.end() if mark in '”"' else match.start()
            if close - opened > _MIN_QUOTE:
                spans.append((opened, close))
            opened = -1
    if opened >= 0 and end - opened > _MIN_QUOTE:
        spans.append((opened, end))
    return spans


def boilerplate_spans(flat: str, start: int, end: int) -> list[tuple[int, int]]:
    """Form item titles (``Departure of Directors ...; Election of Directors``)."""
    return [(m.start(), m.end()) for m in _BOILERPLATE_RE.finditer(flat, start, end)]


_NEGATED_BEFORE = re.compile(r"\b(?:not|never)\s+(?:to\s+)?(?:be\s+)?$", re.IGNORECASE)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def find_triggers(
    flat: str, sentence: Sentence, quotes: list[tuple[int, int]]
) -> list[Trigger]:
    """Non-overlapping triggers in the sentence, outside quotations and boilerplate.

    Hypothetical changes (``her earlier resignation or removal``) are skipped.
    """
    taken: list[Trigger] = []
    lowered = sentence.text.lower()
    for kind, pattern in TRIGGER_RES:
        if not any(key in lowered for key in TRIGGER_KEYS[kind]):
            continue
        for match in pattern.finditer(flat, sentence.start, sentence.end):
            if _inside(match.start(), quotes):
                continue
            head = flat[max(sentence.start, match.start() - 30) : match.start()]
            if (
                _HYPOTHETICAL_AFTER.match(
                    flat, match.end(), min(sentence.end, match.end() + 40)
                )
                or _HYPOTHETICAL_BEFORE.search(head)
            ) and not _DATED_AFTER.match(flat, match.end(), sentence.end):
                continue  # "upon his retirement on May 15, 2026" is no hypothesis
            if any(t.start < match.end() and match.start() < t.end for t in taken):
                continue
            if kind != "not_standing" and _NEGATED_BEFORE.search(head):
                continue  # "He will not join the board."
            if kind == "retired" and _ADJECTIVE_BEFORE.search(head):
                continue
            if _PARTICIPLE_BEFORE.search(head) and (
                _PLURAL_AFTER.match(flat, match.end(), sentence.end)
                or _COMPOSED_OF.search(flat, sentence.start, match.start())
            ):
                continue  # "the Board comprises A (Chair), newly appointed director B"
            taken.append(Trigger(kind, match.start(), match.end()))
    taken.sort(key=lambda t: t.start)
    # "appointed by the Board to serve as its Chairman": one change, not two.
    kept: list[Trigger] = []
    for trigger in taken:
        word = flat[trigger.start : trigger.end].lower()
        if word.startswith("nominee") and len(taken) > 1:
            continue  # "elected the Board's nominees, A and B": a noun, not a change
        if word.startswith("serve") and kept and trigger.start - kept[-1].end < 80:
            continue
        kept.append(trigger)
    return kept


_RELATIVE_WHO = re.compile(r"\s*,\s*who\b")
_RELATIVE_OPEN = re.compile(r"\s*,\s*(?:who|whose)\b")
_AND_WORD = re.compile(r"\band\b")
_CAP_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_CAP_AFTER = re.compile(r"\s+[A-Z][a-z]")
_AND_GAP = re.compile(r"\band\b|&|alongside|together\s+with|along\s+with")


def _coordinated(flat: str, chain: list[Mention]) -> list[Mention]:
    """A chain of names is a list only when its last link says "and"."""
    if len(chain) < 2:
        return chain
    if _AND_GAP.search(flat[chain[-2].end : chain[-1].start]):
        return chain
    return chain[:1]


def _object_list(
    flat: str, trigger: Trigger, mentions: list[Mention], limit: int
) -> list[Mention]:
    after = [m for m in mentions if m.start >= trigger.end and m.start < limit]
    if not after:
        return []
    first = after[0]
    gap = flat[trigger.end : first.start]
    if (
        not _OBJECT_GAP.match(gap) or first.start - trigger.end > 60
    ) and not _DESCRIBED_GAP.match(gap):
        return []
    chosen = [first]
    for nxt in after[1:]:
        gap = flat[chosen[-1].end : nxt.start]
        if _OWN_ROLE_GAP.match(gap) and (len(chosen) == 1 or _own_roles(flat, chosen)):
            chosen.append(nxt)
            continue
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
    return _coordinated(flat, chosen)


def _own_roles(flat: str, chain: list[Mention]) -> bool:
    """Whether every name of ``chain`` but the last is followed by its own role."""
    return all(
        _OWN_ROLE_GAP.match(flat[a.end : b.start]) is not None
        for a, b in zip(chain, chain[1:], strict=False)
    )


def _own_role_ends(flat: str, chain: list[Mention]) -> list[int]:
    """Where each name's own role words end (-1: the list shares one role)."""
    if len(chain) < 2 or not _own_roles(flat, chain):
        return [-1] * len(chain)
    return [b.start for a, b in zip(chain, chain[1:], strict=False)] + [-1]


def _subject_list(
    flat: str, trigger: Trigger, mentions: list[Mention], floor: int
) -> list[Mention]:
    before = [m for m in mentions if floor <= m.start and m.end <= trigger.start]
    if not before:
        return []
    chosen = [before[-1]]
    # "Drew Hill, the CEO of Acme and a friend of Jo Lee, joined the board":
    # the name inside the appositive is not the subject.
    index = len(before) - 1
    while index > 0:
        prev, current = before[index - 1], before[index]
        to_trigger = flat[current.end : trigger.start]
        inside = flat[prev.end : current.start]
        if _RELATIVE_OPEN.match(inside) and "," in to_trigger:
            # "Al Li, who handed the role to Jo Ng in 2020, will retire": the name
            # inside the relative clause is not the subject
            index -= 1
            chosen = [prev]
            continue
        if (
            to_trigger.lstrip().startswith(",")
            and inside.lstrip().startswith(",")
            and not _LIST_GAP.match(inside)
            and not _RELATIVE_WHO.match(
                to_trigger
            )  # "..., succeeding Al Li, who retires"
        ):
            index -= 1
            chosen = [prev]
            continue
        break
    for prev in reversed(before[: before.index(chosen[0])]):
        gap = flat[prev.end : chosen[0].start]
        if _LIST_GAP.match(gap):
            chosen.insert(0, prev)
            continue
        break
    if len(chosen) > 1 and not _AND_GAP.search(flat[chosen[-2].end : chosen[-1].start]):
        return chosen[-1:]
    return chosen


# Verbs whose subject is the one making the change, never the person changed:
# "Acme names Jane Doe", "stockholders voted to elect Jane Doe / remove John Roe".
_ACTIVE_PRESENT = re.compile(
    r"(?:names|appoints|elects|welcomes|designates|adds|nominates|promotes|elect|remove"
    r"|appoint)"
)
_ALONGSIDE = re.compile(r"alongside|together\s+with|along\s+with")
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b[^.;]{0,60}$", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her)\s+(?:\w+\s+)?$", re.IGNORECASE)


def assign(
    flat: str,
    sentence: Sentence,
    triggers: list[Trigger],
    mentions: list[Mention],
) -> list[Assignment]:
    """Attach each trigger to the people it is about."""
    result: list[Assignment] = []
    last_object: Assignment | None = None
    # "and" inside a title-case name ("the Audit and Risk Committee") joins no clause
    found = [
        m
        for m in _AND_WORD.finditer(flat, sentence.start, sentence.end)
        if not (
            _CAP_BEFORE.search(flat, max(0, m.start() - 30), m.start())
            and _CAP_AFTER.match(flat, m.end())
        )
    ]
    and_starts = [m.start() for m in found]
    and_ends = [m.end() for m in found]
    for index, trigger in enumerate(triggers):
        earlier = last_object  # the latest earlier trigger that took objects
        limit = triggers[index + 1].start if index + 1 < len(triggers) else sentence.end
        word = flat[trigger.start : trigger.end].lower()
        passive_by = bool(re.match(r"\s+by\b", flat[trigger.end : trigger.end + 5]))
        takes_object = not (
            trigger.kind == "role_change"
            and word.startswith("succeed")
            and not passive_by
        ) and not word.startswith(("replac", "join"))
        objects = _object_list(flat, trigger, mentions, limit) if takes_object else []
        if word.startswith("hand"):
            # "hand over the chair of the Audit Committee to Jo Ng": the receiver
            to = _HAND_TO.search(flat, trigger.end, min(limit, trigger.end + 120))
            receiver = Trigger(trigger.kind, trigger.start, to.end()) if to else None
            objects = _object_list(flat, receiver, mentions, limit) if receiver else []
        if word.startswith("join"):
            objects = [
                m
                for m in _object_list(flat, trigger, mentions, limit)
                if _ALONGSIDE.search(flat[trigger.end : m.start])
            ]
        alongside = bool(objects) and bool(
            _ALONGSIDE.search(flat[trigger.end : objects[0].start])
        )
        result += [
            Assignment(trigger, m, True, objects[-1].end if objects else -1, own)
            for m, own in zip(objects, _own_role_ends(flat, objects), strict=True)
        ]
        if objects:
            last_object = result[-1]
        if objects and not alongside:
            continue
        if _ACTIVE_PRESENT.fullmatch(word):
            continue  # "Acme names Jane Doe": the subject is the company, not a person
        floor = sentence.start
        if earlier is not None:
            # Only the latest trigger with objects matters: an earlier one ends
            # before it starts.  "remove A and B ... and to elect ...": a new verb
            # phrase; its subject is not the earlier object.
            floor = max(floor, earlier.trigger.end)
            ands = and_ends[bisect_left(and_starts, earlier.list_end) :]
            if ands and ands[0] <= trigger.start:
                floor = max(floor, earlier.list_end)
        subjects = _subject_list(flat, trigger, mentions, floor)
        if subjects:
            result += [Assignment(trigger, m, False) for m in subjects]
            continue
        head = flat[max(sentence.start, trigger.start - 90) : trigger.start]
        if _SUBJECT_PRONOUN.search(head) or _POSSESSIVE_BEFORE.search(head):
            result.append(Assignment(trigger, None, False))
    return result
