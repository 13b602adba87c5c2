"""Roster assembly: from triggers attached to people to one row per change."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from reviewer.core.extraction.changes import (
    Assignment,
    Trigger,
    assign,
    boilerplate_spans,
    find_triggers,
)
from reviewer.core.extraction.dates import find_dates, iso
from reviewer.core.extraction.names import Mention, Person
from reviewer.core.extraction.patterns import (
    BOARD_RE,
    EFFECTIVE_DATED_RE,
    EFFECTIVE_EVENT_RE,
    EFFECTIVE_IMMEDIATE_RE,
    JOB_DIRECTOR_RE,
    OTHER_BOARD_RE,
    REASON_RE,
)
from reviewer.core.extraction.roles import (
    RoleMention,
    find_roles,
    has_officer,
    role_family,
)
from reviewer.core.extraction.sentences import Sentence

JOIN = frozenset({"appointed", "elected"})
LEAVE = frozenset({"resigned", "retired", "not_standing", "deceased", "removed"})
_LEAVE_PRIORITY = {
    "deceased": 5,
    "retired": 4,
    "not_standing": 3,
    "removed": 2,
    "resigned": 1,
}
_YEAR_RE = re.compile(
    r"\b(?:in|from|during|until|between)\s+(?:\w+\s+)?(19\d\d|20\d\d)\b",
    re.IGNORECASE,
)
_BIO_RE = re.compile(
    r"\b(?:since\s+(?:his|her|their)|prior\s+to|previously|formerly|former|earlier\s+in\s+(?:his|her)\s+career"
    r"|before\s+joining|served\s+as|has\s+served|he\s+was|she\s+was|following\s+(?:his|her)\s+retirement\s+from)\b",
    re.IGNORECASE,
)
_JOIN_BOARD_RE = re.compile(
    r"\bto\s+(?:the|its|our|\w+['’]s)\s+board\b|\bjoin|\bas\s+(?:a\s+|an\s+)?(?:new\s+)?(?:independent\s+|non-executive\s+)*director|\bnominee|\bwelcom|\bnew\s+(?:board\s+)?(?:member|director)",
    re.IGNORECASE,
)


@dataclass
class Event:
    """One person's change as found, before it becomes a row."""

    person: Person
    kind: str
    role: str
    sentence: Sentence
    trigger_start: int
    trigger_end: int
    roles: list[RoleMention] = field(default_factory=list)
    effective_date: str = ""
    effective_text: str = ""
    effective_span: tuple[int, int] | None = None
    reason: str = ""
    reason_span: tuple[int, int] | None = None
    officer: bool = False  # described as an officer (CEO, CFO...) where named

    @property
    def direction(self) -> str:
        """JOIN, LEAVE or ROLE."""
        if self.kind in JOIN:
            return "JOIN"
        if self.kind in LEAVE:
            return "LEAVE"
        return "ROLE"


@dataclass
class Context:
    """What assembly needs to know about the document."""

    flat: str
    people: list[Person]
    person_of: dict[int, Person]  # mention start -> person
    announcement: date | None
    issuer_words: frozenset[str]
    quotes: list[tuple[int, int]] = field(default_factory=list)
    latest_year: int | None = None  # the latest year written, when no date is known


_SEAT_OF_RE = re.compile(
    r"\b(?:(?:vice[- ])?chair\w*|member|director)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _other_board_spans(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for match in OTHER_BOARD_RE.finditer(ctx.flat, start, end):
        tail = match.group().lower()
        words = set(re.findall(r"[a-z0-9]+", tail)) - {
            "board",
            "boards",
            "of",
            "directors",
            "the",
        }
        if words & ctx.issuer_words:
            continue  # "Board of Directors of PepsiCo" is the issuer's board
        lead = _SEAT_OF_RE.search(
            ctx.flat, max(start, match.start() - 40), match.start()
        )
        spans.append((lead.start() if lead else match.start(), match.end()))
    return spans


def _clause_start(flat: str, sentence: Sentence, position: int) -> int:
    """Start of the clause holding ``position`` (after a comma within 40 chars)."""
    floor = max(sentence.start, position - 40)
    comma = flat.rfind(",", floor, position)
    return comma + 1 if comma >= 0 else floor


def _is_biography(
    ctx: Context, sentence: Sentence, trigger_start: int, trigger_end: int
) -> bool:
    window = ctx.flat[
        max(sentence.start, trigger_start - 30) : min(sentence.end, trigger_end + 60)
    ]
    reference = ctx.announcement.year if ctx.announcement else ctx.latest_year
    if reference is not None:
        for year in _YEAR_RE.findall(window):
            if int(year) < reference - 1:
                return True
    return bool(
        _BIO_RE.search(
            ctx.flat, _clause_start(ctx.flat, sentence, trigger_start), trigger_start
        )
    )


def _board_roles(ctx: Context, start: int, end: int) -> tuple[list[RoleMention], bool]:
    """Board roles in [start, end) outside other boards; whether "board" appears."""
    other = _other_board_spans(ctx, start, end)
    other += [
        (m.start(), m.end()) for m in JOB_DIRECTOR_RE.finditer(ctx.flat, start, end)
    ]
    roles = [
        r
        for r in find_roles(ctx.flat, start, end)
        if not any(a < r.end and r.start < b for a, b in other)
    ]
    board = any(
        not any(a <= m.start() < b for a, b in other)
        for m in BOARD_RE.finditer(ctx.flat, start, end)
    )
    return roles, board


def _pick_role(roles: list[RoleMention], board: bool) -> str:
    if not roles:
        return "director" if board else ""
    families = {r.family for r in roles}
    ordered = sorted(
        roles,
        key=lambda r: (
            "lead independent director",
            "vice chair",
            "committee chair",
            "chair",
            "director",
        ).index(r.family),
    )
    best = ordered[0]
    if best.family != "director" and "director" in families:
        directors = [r.role for r in roles if r.family == "director"]
        return f"{directors[0]}; {best.role}"
    return best.role


def _effective(
    ctx: Context, sentence: Sentence, start: int, end: int
) -> tuple[str, str, tuple[int, int] | None]:
    flat = ctx.flat
    for lo, hi in ((start, end), (sentence.start, sentence.end)):
        match = EFFECTIVE_IMMEDIATE_RE.search(flat, lo, hi)
        if match:
            event = _event_date(ctx, sentence, match.start())
            value = event or iso(ctx.announcement)
            return value, match.group(), (match.start(), match.end())
        match = EFFECTIVE_DATED_RE.search(flat, lo, hi)
        if match:
            dates = find_dates(flat, match.end(), min(hi, match.end() + 25))
            if dates:
                found = dates[0]
                return (
                    iso(found.resolve(ctx.announcement)),
                    flat[match.start() : found.end],
                    (match.start(), found.end),
                )
        match = EFFECTIVE_EVENT_RE.search(flat, lo, hi)
        if match:
            dates = find_dates(flat, match.start(), min(hi, match.end() + 60))
            value = iso(dates[0].resolve(ctx.announcement)) if dates else ""
            text = match.group().strip()
            return value, text, (match.start(), match.start() + len(text))
    match = re.search(r"\b(?:on|dated)\s+(?=[A-Z][a-z]{2,8}\.?\s+\d)", flat[start:end])
    if match:
        dates = find_dates(
            flat, start + match.end(), min(end, start + match.end() + 25)
        )
        if dates:
            d = dates[0]
            return (
                iso(d.resolve(ctx.announcement)),
                flat[start + match.start() : d.end],
                (start + match.start(), d.end),
            )
    event = _event_date(ctx, sentence, start)
    if event:
        return event, "", None
    return "", "", None


def _event_date(ctx: Context, sentence: Sentence, before: int) -> str:
    """The date of an opening ``On December 14, 2020, ...`` before ``before``."""
    head = ctx.flat[sentence.start : before]
    match = re.search(
        r"\b[Oo]n\s+(?=(?:[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z]))", head
    )
    if not match:
        return ""
    dates = find_dates(
        ctx.flat,
        sentence.start + match.end(),
        min(before, sentence.start + match.end() + 25),
    )
    return iso(dates[0].resolve(ctx.announcement)) if dates else ""


_LEADING_TITLE = re.compile(
    r"\s*,?\s*(?:by\s+the\s+(?:board|company)(?:\s+of\s+directors)?\s+)?"
    r"(?:as|to\s+serve\s+as|to\s+be|to\s+the\s+(?:role|position|office)s?\s+of)\s+"
    r"(?:the\s+|its\s+|our\s+|a\s+|an\s+)?(?:new\s+|interim\s+|acting\s+)?",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(
    r"\s+and\s+(?:there|he|she|the|his|her|it|any)\b|\s+or\s+any\b|,|;|\s+effective\b|\s+on\s+|\s+and\s+will\b|\s+who\b|\s+with\s+effect"
    r"|\s+from\s+|\s+until\b|\s+following\b|\s+in\s+addition|\s+after\b",
    re.IGNORECASE,
)
_COMMITTEE_ONLY = re.compile(
    r"\s*(?:as\s+)?(?:a\s+|the\s+)?(?:new\s+)?(?:member|members)\s+of\s+"
    r"(?:the\s+|its\s+|our\s+)?(?:[A-Z][\w,&'’-]*\s+(?:and\s+|&\s+)?){1,8}Committees?"
    r"|\s*to\s+(?:the\s+|its\s+)?(?:[A-Z][\w,&'’-]*\s+(?:and\s+|&\s+)?){1,8}Committees?",
)
_NEW_MEMBER = re.compile(
    r"\s*(?:a|an|the)\s+(?:new\s+)?(?:\d+(?:st|nd|rd|th)\s+|\w+th\s+)?"
    r"(?:member\s+of\s+(?:the|its|our)\s+board|director|board\s+member)",
    re.IGNORECASE,
)


_CONCURRENT_RE = re.compile(
    r"\W*(?:concurrently|simultaneously|at\s+the\s+same\s+time|on\s+the\s+same\s+(?:day|date)"
    r"|in\s+connection\s+with"
    r"\s+(?:this|the|his|her)\s+(?:resignation|retirement|departure|change))\b",
    re.IGNORECASE,
)


def events_in_sentence(
    ctx: Context,
    sentence: Sentence,
    mentions: list[Mention],
    topic: Person | None,
    prior: Event | None = None,
) -> list[Event]:
    """Board-change events stated in one sentence."""
    flat = ctx.flat
    quotes = [q for q in ctx.quotes if q[0] < sentence.end and q[1] > sentence.start]
    quotes += boilerplate_spans(flat, sentence.start, sentence.end)
    inside = [m for m in mentions if not any(a <= m.start < b for a, b in quotes)]
    triggers = find_triggers(flat, sentence, quotes)
    if not triggers:
        return []
    events: list[Event] = []
    for assignment in assign(flat, sentence, triggers, inside):
        event = _event(ctx, sentence, assignment, triggers, topic, prior)
        if event is not None:
            if (
                not event.effective_date
                and prior is not None
                and _CONCURRENT_RE.match(sentence.text)
            ):
                event.effective_date = prior.effective_date
                event.effective_text = prior.effective_text
            events.append(event)
    return events


def _leading_roles(
    ctx: Context, start: int, end: int
) -> tuple[list[RoleMention], bool, bool] | None:
    """Roles in the title right after a trigger (``appointed as Chief Financial
    Officer``): (roles, board word present, officer present), or None."""
    lead = _LEADING_TITLE.match(ctx.flat, start, end)
    if not lead:
        return None
    stop = _PHRASE_END.search(ctx.flat, lead.end(), min(end, lead.end() + 120))
    phrase_end = stop.start() if stop else min(end, lead.end() + 120)
    roles, board = _board_roles(ctx, lead.end(), phrase_end)
    return roles, board, has_officer(ctx.flat, lead.end(), phrase_end)


def _event(
    ctx: Context,
    sentence: Sentence,
    assignment: Assignment,
    triggers: list[Trigger],
    topic: Person | None,
    prior: Event | None = None,
) -> Event | None:
    trigger = assignment.trigger
    mention = assignment.mention
    person = topic if mention is None else ctx.person_of.get(mention.start)
    if person is None:
        return None
    if _is_biography(ctx, sentence, trigger.start, trigger.end):
        return None
    later = [t for t in triggers if t.start > trigger.start]
    window_start = trigger.end
    window_end = min(later[0].start if later else sentence.end, window_start + 260)
    after_name = window_start
    if mention is not None and assignment.as_object:
        after_name = max(mention.end, assignment.list_end)
    if _COMMITTEE_ONLY.match(ctx.flat, after_name, window_end):
        return None  # a committee seat, recorded on the person's board row
    leading = _leading_roles(ctx, after_name, window_end)
    if leading is not None and leading[2] and not leading[0]:
        return None  # an officer-only change: "appointed as Chief Financial Officer"
    if leading is not None and leading[0]:
        roles, board = leading[0], True
    else:
        roles, board = _board_roles(ctx, window_start, window_end)
    # A name right after the trigger carries its role words after the name.
    if not roles and not board and mention is not None and assignment.as_object:
        roles, board = _board_roles(
            ctx, mention.end, min(sentence.end, mention.end + 200)
        )
    successor = (
        trigger.kind == "role_change"
        and assignment.as_object
        and re.match(r"\s+by\b", ctx.flat[trigger.end : trigger.end + 5]) is not None
    )
    if successor and prior is not None and not roles:
        # "He will be succeeded by Jane Doe": she takes the predecessor's role.
        roles, board = list(prior.roles), True
        if not roles:
            roles = [RoleMention(-1, -1, prior.role, role_family(prior.role))]
    if not roles and not board:
        if has_officer(ctx.flat, window_start, window_end):
            return None  # an officer-only change: "appointed Chief Financial Officer"
        # The subject's own description: "Jane Doe, a director, resigned".
        lo = (
            mention.end
            if mention is not None and not assignment.as_object
            else sentence.start
        )
        roles, board = _board_roles(ctx, lo, trigger.start)
        if not roles and not board:
            return None
    role = _pick_role(roles, board)
    if not role:
        return None
    if not roles:  # "resigned from the board": the board word is the role's span
        word = BOARD_RE.search(ctx.flat, window_start, window_end) or BOARD_RE.search(
            ctx.flat, sentence.start, sentence.end
        )
        if word:
            roles = [RoleMention(word.start(), word.end(), role, role_family(role))]
    kind = trigger.kind
    family = role_family(role)
    if kind in JOIN and family != "director":
        senior = [r for r in roles if r.family != "director"]
        upto = senior[0].start if senior else window_end
        joined = ctx.flat[trigger.start : max(trigger.end, upto)]
        if not _JOIN_BOARD_RE.search(joined):
            kind = "role_change"
    if kind == "role_change" and family == "director":
        if not _NEW_MEMBER.match(ctx.flat, after_name, window_end):
            return None
        kind = "appointed"
    elif trigger.kind == "role_change" and not successor:
        senior = [r for r in roles if r.family != "director"]
        if not senior or senior[0].start - after_name > 60:
            return None
    effective_date, effective_text, effective_span = _effective(
        ctx, sentence, trigger.start, window_end
    )
    reason_match = (
        REASON_RE.search(ctx.flat, trigger.start, sentence.end)
        if kind in LEAVE or kind == "role_change"
        else None
    )
    officer = False
    if mention is not None:
        officer = has_officer(
            ctx.flat, max(sentence.start, mention.start - 45), mention.start
        ) or (
            not assignment.as_object
            and has_officer(ctx.flat, mention.end, trigger.start)
        )
    return Event(
        officer=officer,
        person=person,
        kind=kind,
        role=role,
        sentence=sentence,
        trigger_start=trigger.start,
        trigger_end=trigger.end,
        roles=roles,
        effective_date=effective_date,
        effective_text=effective_text,
        effective_span=effective_span,
        reason=reason_match.group(1) if reason_match else "",
        reason_span=(reason_match.start(1), reason_match.end(1))
        if reason_match
        else None,
    )


def merge_events(events: list[Event]) -> list[Event]:
    """One event per person and direction, with the strongest leave type."""
    merged: dict[tuple[int, str], Event] = {}
    order: list[tuple[int, str]] = []
    for event in events:
        key = (id(event.person), event.direction)
        current = merged.get(key)
        if current is None:
            merged[key] = event
            order.append(key)
            continue
        if (
            event.direction == "LEAVE"
            and _LEAVE_PRIORITY[event.kind] > _LEAVE_PRIORITY[current.kind]
        ):
            current.kind = event.kind
        if not current.effective_date and event.effective_date:
            current.effective_date = event.effective_date
            current.effective_text = event.effective_text
            current.effective_span = event.effective_span
        if not current.reason and event.reason:
            current.reason, current.reason_span = event.reason, event.reason_span
        if (
            role_family(current.role) == "director"
            and role_family(event.role) != "director"
            and event.direction != "JOIN"
        ):
            current.role = event.role
    return [merged[k] for k in order]
