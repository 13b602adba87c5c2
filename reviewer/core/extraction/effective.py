"""When a change takes effect: dated, immediate, or upon an event."""

from __future__ import annotations

from datetime import timedelta

from reviewer.core import lazyre as re
from reviewer.core.extraction.context import Context
from reviewer.core.extraction.dates import find_dates, iso
from reviewer.core.extraction.patterns import (
    EFFECTIVE_DATED_RE,
    EFFECTIVE_EVENT_RE,
    EFFECTIVE_IMMEDIATE_RE,
)
from reviewer.core.extraction.sentences import Sentence


def effective(
    ctx: Context, sentence: Sentence, start: int, end: int
) -> tuple[str, str, tuple[int, int] | None]:
    """Return (effective date, wording, span) for a change in ``sentence``.

    Looks in the trigger's window ``[start, end)`` first, then in the whole
    sentence: immediate wording, a dated ``effective ...``, an event such as
    ``upon the closing of ...``, then ``on DATE``.
    """
    flat = ctx.flat
    stated = _stated(ctx, sentence, start, end)
    if stated is not None:
        return stated
    key = (sentence.start, sentence.end)
    if key not in ctx.sentence_effective:  # the same for every change in it
        ctx.sentence_effective[key] = _stated(ctx, sentence, *key)
    stated = ctx.sentence_effective[key]
    if stated is not None:
        return stated
    match = _ON_DATE.search(flat, start, end)
    if match:
        dates = find_dates(flat, match.end(), min(end, match.end() + 25))
        if dates:
            d = dates[0]
            return (
                iso(d.resolve(ctx.reference)),
                flat[match.start() : d.end],
                (match.start(), d.end),
            )
    then = _AT_THAT_TIME.search(flat, start, end)
    if then:  # "will serve through January 31, 2025, and step down at that time"
        earlier = find_dates(flat, sentence.start, start) or find_dates(
            flat, max(0, sentence.start - 250), sentence.start
        )  # "... effective January 1. She will join the Board at that time."
        if earlier:
            text = then.group()
            return (
                iso(earlier[-1].resolve(ctx.reference)),
                text,
                (then.start(), then.end()),
            )
    event = event_date(ctx, sentence, start)
    if event:
        return event, "", None
    return "", "", None


def _stated(
    ctx: Context, sentence: Sentence, lo: int, hi: int
) -> tuple[str, str, tuple[int, int] | None] | None:
    """Immediate, dated ``effective ...`` or event wording in ``[lo, hi)``."""
    flat = ctx.flat
    early = _before_immediate(ctx, lo, hi)
    if early is not None:
        return early
    match = EFFECTIVE_IMMEDIATE_RE.search(flat, lo, hi)
    if match:
        event = event_date(ctx, sentence, match.start())
        value = event or iso(ctx.reference)
        return value, match.group(), (match.start(), match.end())
    match = EFFECTIVE_DATED_RE.search(flat, lo, hi)
    if match:
        dates = find_dates(flat, match.end(), min(hi, match.end() + 30))
        if dates:
            found = dates[0]
            return (
                iso(found.resolve(ctx.reference)),
                flat[match.start() : found.end],
                (match.start(), found.end),
            )
    match = EFFECTIVE_EVENT_RE.search(flat, lo, hi)
    if match:
        dates = [  # "the audit for the fiscal year ended March 27": a period's end
            d
            for d in find_dates(flat, match.start(), min(hi, match.end() + 60))
            if not _PERIOD_END.search(flat, max(lo, d.start - 30), d.start)
        ]
        value = iso(dates[0].resolve(ctx.reference)) if dates else ""
        text = match.group().strip()
        return value, text, (match.start(), match.start() + len(text))
    return None


def _before_immediate(
    ctx: Context, lo: int, hi: int
) -> tuple[str, str, tuple[int, int] | None] | None:
    """The wordings read before "immediately": yesterday, a condition, a last day.

    ``date:last_day``: "his last day of service, Oct 1" dates the change, not the
    letter's date; ``date:upon_condition``: "effective upon the appointment of his
    successor", "effective as of immediately prior to the closing" leave it
    undated (the condition is the wording); ``date:yesterday``: "with effect,
    yesterday" is the day before the release; ``date:into_effect``: "comes into
    effect from 1 May".
    """
    flat = ctx.flat
    last = _LAST_DAY.search(flat, lo, hi)
    if last:
        dates = find_dates(flat, last.end(), min(len(flat), last.end() + 40))
        if dates and dates[0].start - last.end() < 25:
            value = iso(dates[0].resolve(ctx.reference))
            if value:
                return (
                    value,
                    flat[last.start() : dates[0].end],
                    (last.start(), dates[0].end),
                )
    condition = _UPON_CONDITION.search(flat, lo, hi)
    if condition and not [  # "upon the closing of the merger on June 1": its date
        d
        for d in find_dates(flat, condition.start(), min(hi, condition.end() + 20))
        if not _PERIOD_END.search(flat, max(lo, d.start - 30), d.start)
    ]:
        return "", condition.group(), (condition.start(), condition.end())
    yesterday = _YESTERDAY.search(flat, lo, hi)
    if yesterday and ctx.reference is not None:
        value = iso(ctx.reference - timedelta(days=1))
        return value, yesterday.group(), (yesterday.start(), yesterday.end())
    into = _INTO_EFFECT.search(flat, lo, hi)
    if into:
        dates = find_dates(flat, into.end(), min(hi, into.end() + 30))
        if dates and dates[0].start == into.end():
            value = iso(dates[0].resolve(ctx.reference))
            span = (into.start(), dates[0].end)
            return value, flat[span[0] : span[1]], span
    return None


# "his last day of service, Oct 1", "her last day as a director will be November
# 30, 2026", "with her last day of service on October 30"
_LAST_DAY = re.compile(
    r"\b(?:his|her|their|my|the)\s+last\s+day\s+(?:of\s+(?:service|employment|office)"
    r"|in\s+office|as\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:director|chair\w*|member"
    r"\s+of\s+the\s+board)|on\s+the\s+board)"
    r"(?:\s+(?:with|at|on\s+the\s+board\s+of)\s+(?:the\s+)?[\w.&'’ -]{2,40}?)?"
    r"\s*(?:,|(?:will\s+be|was|is|being|shall\s+be)(?:\s+on)?|on)\s*",
    re.IGNORECASE,
)
# "effective upon the appointment of his successor", "effective as of immediately
# prior to funding of the loan": a condition, not a date
_UPON_CONDITION = re.compile(
    r"\b(?:effective|with\s+effect)\s+(?:as\s+of\s+|from\s+)?(?:immediately\s+)?"
    r"(?:upon|on|from|following|after|prior\s+to|before|at\s+the\s+time\s+of)\s+"
    r"(?:the\s+)?(?:(?:appointment|election|selection|identification|hiring)\s+of\s+"
    r"(?:(?:his|her|their|my|a|the)\s+)?(?:successor|replacement)s?"
    r"|(?:funding|closing|completion|consummation|effectiveness)\s+of\b[^.;,]{0,60})"
    r"|\b(?:effective|with\s+effect)\s+(?:as\s+of\s+)?immediately\s+(?:prior\s+to"
    r"|before|after|following|upon)\s+[^.;,]{3,60}",
    re.IGNORECASE,
)
_YESTERDAY = re.compile(
    r"\b(?:effective\s+(?:as\s+of\s+|from\s+)?|with\s+effect\s*,?\s*(?:from\s+|as\s+of\s+)?)"
    r"yesterday\b",
    re.IGNORECASE,
)
_INTO_EFFECT = re.compile(
    r"\b(?:comes?|came|coming|will\s+come)\s+into\s+(?:effect|force)\s+(?:from|on|as\s+of)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
_PERIOD_END = re.compile(
    r"\b(?:year|quarter|period|half|months?)\s+(?:ended|ending)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
# "on June 7", "on Saturday, June 7", "dated 3 May 2025"
_ON_DATE = re.compile(
    r"\b(?:on|dated)\s+" + _WEEKDAY + r"(?=[A-Z][a-z]{2,8}\.?\s+\d"
    r"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?[A-Z][a-z]{2})"
)
_AT_THAT_TIME = re.compile(
    r"\b(?:at\s+that\s+time|on\s+that\s+date|at\s+that\s+point)\b"
)


def event_date(ctx: Context, sentence: Sentence, before: int) -> str:
    """The date of an opening ``On December 14, 2020, ...`` before ``before``."""
    head = ctx.flat[sentence.start : before]
    match = re.search(
        r"\b[Oo]n\s+"
        + _WEEKDAY
        + r"(?=(?:[A-Z][a-z]{2,8}\.?\s+\d|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
        r"(?:day\s+of\s+)?[A-Z]))",
        head,
    )
    if not match:
        return ""
    dates = find_dates(
        ctx.flat,
        sentence.start + match.end(),
        min(before, sentence.start + match.end() + 25),
    )
    return iso(dates[0].resolve(ctx.reference)) if dates else ""


_TAKES_EFFECT_RE = re.compile(
    r"^\W*(?:the|these|this|his|her|their|both|each|all|such"
    r"|(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[\w'’-]+['’]s?)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:appointments?|resignations?|retirements?|elections?|removals?|departures?)"
    r"(?:\s+(?:of|to|from)\s+[^.;]{0,50}?)?|changes?|roles?)"
    r"(?:\s+(?:described|set\s+out|listed|announced)\s+(?:below|above|here|today))?"
    r"\s+(?:(?:is|are|was|were|will\s+be|becomes?|became)\s+effective|takes?\s+effect"
    r"|took\s+effect|will\s+take\s+effect)\b",
    re.IGNORECASE,
)
# "announced changes to its Board, which will take effect on June 30"
_CHANGES_WHICH_RE = re.compile(
    r"\bchanges\b[^.;]{0,80}?,?\s+which\s+(?:will\s+)?(?:takes?|took)\s+effect\b",
    re.IGNORECASE,
)
_ALL_CHANGES_RE = re.compile(r"\b(?:changes|roles)\b", re.IGNORECASE)
_SAME_DATE_RE = re.compile(r"\bthe\s+same\s+(?:date|day|time)\b", re.IGNORECASE)


def stated_before(
    ctx: Context, sentences: list[Sentence], index: int
) -> tuple[str, str, tuple[int, int] | None]:
    """(date, wording, span) stated ahead for the changes that follow, else empty.

    ``The new Board roles described below take effect on January 1.`` in one of
    the twelve sentences before a change dates every change it introduces.
    """
    for sentence in reversed(sentences[max(0, index - 12) : index]):
        if (
            _TAKES_EFFECT_RE.match(sentence.text)
            and _ALL_CHANGES_RE.search(sentence.text)
        ) or _CHANGES_WHICH_RE.search(sentence.text):
            found = effective(ctx, sentence, sentence.start, sentence.end)
            if found[0]:
                return found
    return "", "", None


# "announces the following changes to the Board with immediate effect",
# "the Board changes set out below take effect from the close of the AGM":
# one effective wording for every change the announcement goes on to list.
_FOR_ALL_RE = re.compile(
    r"\b(?:the\s+following\s+(?:board\s+)?changes|changes\s+to\s+(?:the\s+)?"
    r"(?:composition\s+of\s+(?:the|its)\s+)?board|board\s+changes)\b"
    r"(?![^.;]{0,40}\b(?:committees?|management|officers?|executive\s+team)\b)",
    re.IGNORECASE,
)


def stated_for_all(
    ctx: Context, sentences: list[Sentence], index: int
) -> tuple[str, str, tuple[int, int] | None]:
    """(date, wording, span) a lead sentence states for every change listed after it.

    ``The Board announces the following changes with immediate effect.`` in one
    of the twelve sentences before a change, when that sentence names no person's
    change itself (rule ``date:stated_for_all``).
    """
    for sentence in reversed(sentences[max(0, index - 12) : index]):
        if _FOR_ALL_RE.search(sentence.text):
            found = _stated(ctx, sentence, sentence.start, sentence.end)
            if found is not None and (found[0] or found[1]):
                return found
    return "", "", None


# "Mike Clarke's appointment will commence 1 January 2021.": one person's own
# date, stated after a date shared by several.
_OWN_DATE_RE = re.compile(
    r"^\W*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[\w .'’-]{2,60}?)['’]s?\s+"
    r"(?:appointment|resignation|retirement|election|term|tenure|departure)\s+"
    r"(?:(?:will|shall)\s+(?:commence|begin|start|take\s+effect|become\s+effective|be"
    r"\s+effective)|commences|begins|starts|takes\s+effect|is\s+effective"
    r"|becomes\s+effective)\b",
    re.IGNORECASE,
)


def stated_for_one(
    ctx: Context, sentences: list[Sentence], index: int, names: tuple[str, ...]
) -> tuple[str, str, tuple[int, int] | None]:
    """(date, wording, span) the next sentences state for this person alone.

    ``Mike Clarke's appointment will commence 1 January 2021.`` in one of the
    three sentences after the change's own, naming the person by ``names``
    (full name or surname), with a date (rule ``date:stated_for_one``).
    """
    for sentence in sentences[index + 1 : index + 4]:
        match = _OWN_DATE_RE.match(sentence.text)
        if not match or match.group("name").strip() not in names:
            continue
        at = sentence.start + match.end()
        dates = find_dates(ctx.flat, at, min(sentence.end, at + 40))
        if dates:
            value = iso(dates[0].resolve(ctx.reference))
            if value:
                span = (sentence.start + match.start("name"), dates[0].end)
                return value, ctx.flat[span[0] : span[1]], span
    return "", "", None


def same_date(sentence: Sentence) -> str:
    """``the same date`` when the sentence dates its change as the one before."""
    match = _SAME_DATE_RE.search(sentence.text)
    return match.group() if match else ""


_LAST_DAY_AHEAD = re.compile(
    r"^\W*(?:(?:his|her|their|my)|(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[\w'’-]+)['’]s?)"
    r"\s+last\s+day\b",
    re.IGNORECASE,
)


def last_day_after(
    ctx: Context, sentences: list[Sentence], index: int, names: tuple[str, ...]
) -> tuple[str, str, tuple[int, int] | None]:
    """(date, wording, span) of "Her last day will be November 30" just after.

    One of the two sentences after the change's own, opening with a possessive
    pronoun or the person's surname (rule ``date:last_day``).
    """
    for sentence in sentences[index + 1 : index + 3]:
        match = _LAST_DAY_AHEAD.match(sentence.text)
        if not match or (match.group("name") and match.group("name") not in names):
            continue
        found = _before_immediate(ctx, sentence.start, sentence.end)
        if found is not None and found[0]:
            return found
    return "", "", None


def stated_later(
    ctx: Context, sentences: list[Sentence], index: int
) -> tuple[str, str, tuple[int, int] | None]:
    """(date, wording, span) stated just after a change's sentence, else empty.

    ``The appointment is effective July 1, 2026.`` in one of the two sentences
    after the change's own sentence.
    """
    for sentence in sentences[index + 1 : index + 3]:
        if _TAKES_EFFECT_RE.match(sentence.text):
            found = effective(ctx, sentence, sentence.start, sentence.end)
            if found[0] or found[1]:
                return found
    return "", "", None
