"""Changes stated for a list of people (bullets, vote tables); annual-meeting dates."""

from __future__ import annotations

from datetime import timedelta

from reviewer.core import lazyre as re
from reviewer.core.extraction import details
from reviewer.core.extraction.context import Context, Event
from reviewer.core.extraction.dates import find_dates, iso
from reviewer.core.extraction.effective import event_date
from reviewer.core.extraction.listed import is_roster
from reviewer.core.extraction.names import Mention, attach, find_mentions
from reviewer.core.extraction.patterns import TRIGGER_RES
from reviewer.core.extraction.sentences import Sentence

_RESULTS = re.compile(r"\bresults\b", re.IGNORECASE)
_FOLLOWING_N = re.compile(r"\bfollowing\s+(\d{1,2})\s+", re.IGNORECASE)


# Changes that shareholders make at a meeting: dated by the meeting.
AT_MEETING = frozenset({"elected", "not_standing", "removed"})


_MEETING_RE = re.compile(
    r"\b(?:annual|special|extraordinary)\s+(?:general\s+)?(?:and\s+special\s+)?"
    r"(?:meeting|shareholders['’]?\s+meeting)(?:\s+of\s+(?:share|stock)holders)?"
    # "the AGM held today", "the Company's AGM will be held on", "AGM on 28 July"
    # (not a page header's "AGM Information • May 6, 2022")
    r"|\b(?-i:AGM|EGM)\b(?=[^.;:•|]{0,25}?\b(?:held|on|convened|scheduled)\b)",
    re.IGNORECASE,
)
_MEETING_WORD_RE = re.compile(r"eeting|EETING|\bAGM\b|\bEGM\b")
# "held yesterday": a meeting dated relative to the announcement.
_HELD_RELATIVE_RE = re.compile(
    r"\bheld\s+(?:(yesterday)|today|earlier\s+today|this\s+morning)\b", re.IGNORECASE
)


def meeting_date(
    ctx: Context, sentences: list[Sentence], on_board: list[bool]
) -> tuple[str, str] | None:
    """The date of the annual meeting the document speaks of, when it gives one."""
    for sentence in sentences:
        if not _MEETING_WORD_RE.search(sentence.text):
            continue
        match = _MEETING_RE.search(sentence.text)
        if not match:
            continue
        start = sentence.start + match.start()
        dates = find_dates(ctx.flat, start, min(sentence.end, start + 160))
        if dates and (
            dates[0].year is not None
            # "Annual General Meeting on 27 June": the year nearest the announcement
            or (
                ctx.reference is not None
                and dates[0].start - (sentence.start + match.end()) < 12
            )
        ):
            text = ctx.flat[start : dates[0].end]
            return iso(dates[0].resolve(ctx.reference)), text
        held = _HELD_RELATIVE_RE.search(ctx.flat, start, min(sentence.end, start + 80))
        if held and ctx.reference is not None:
            day = ctx.reference - timedelta(days=1 if held.group(1) else 0)
            return iso(day), ctx.flat[start : held.end()]
        if re.search(r"\bheld\b", sentence.text):
            # "On May 20, 2026, the Company held its Annual Meeting"
            opening = event_date(ctx, sentence, start)
            if opening:
                return opening, match.group()
    return None


def list_events(
    ctx: Context,
    text: str,
    sentences: list[Sentence],
    index: int,
    issuer_words: frozenset[str],
    lead: int | None = None,
) -> list[Event]:
    """Events for the names listed after the lead-in sentence at ``index``.

    The change is stated in the lead-in or, when given, in the sentence at
    ``lead`` (``The nominees were elected. The results are as follows:``).
    """
    sentence = sentences[index]
    stated = sentences[index if lead is None else lead]
    words = [
        (kind, found)
        for kind, pattern in TRIGGER_RES
        if kind in ("appointed", "elected", "resigned", "retired", "not_standing")
        and (found := pattern.search(ctx.flat, stated.start, stated.end))
    ]
    if not words:
        return []
    kind, word = words[0]
    if stated is sentence and is_roster(ctx.flat[word.end() : sentence.end]):
        # "Following the appointment, the Board comprises:": the board as it
        # stands, sitting directors included, not the change's people
        return []
    if word.group().lower().startswith("election") and _RESULTS.search(sentence.text):
        # "Voting results for the election of directors are set out below:": a
        # report of every nominee's votes, incumbents included, not a change
        return []
    count = _FOLLOWING_N.search(sentence.text)
    limit = int(count.group(1)) if count else None
    following = sentences[index + 1 : index + 60]
    mentions: list[Mention] = []
    for item in following:
        mentions += find_mentions(text, item.start, item.end, issuer_words)
    listed = details.listed_people(text, sentences, index, mentions, limit)
    result: list[Event] = []
    for mention in listed:
        person = ctx.person_of.get(mention.start)
        if person is None:
            person = ctx.person_of[mention.start] = attach(ctx.people, mention)
        item = next(
            (s for s in sentences[index + 1 :] if s.start <= mention.start < s.end),
            sentence,
        )
        result.append(
            Event(
                person=person,
                kind=kind,
                role="director",
                sentence=item,
                trigger_start=word.start(),
                trigger_end=word.end(),
                effective_date=_lead_in_date(ctx, sentence),
                rules=[f"trigger:{kind}", "lists:lead_in"],
            )
        )
    return result


def _lead_in_date(ctx: Context, sentence: Sentence) -> str:
    dates = find_dates(ctx.flat, sentence.start, sentence.end)
    return iso(dates[0].resolve(ctx.reference)) if dates else ""
