"""When a change takes effect: dated, immediate, or upon an event."""

from __future__ import annotations

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
        dates = find_dates(flat, match.start(), min(hi, match.end() + 60))
        value = iso(dates[0].resolve(ctx.reference)) if dates else ""
        text = match.group().strip()
        return value, text, (match.start(), match.start() + len(text))
    return None


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
