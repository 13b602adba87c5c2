"""Roster assembly: from triggers attached to people to one row per change."""

from __future__ import annotations

import re
from bisect import bisect_left

from reviewer.core.extraction.changes import (
    Assignment,
    Trigger,
    assign,
    boilerplate_spans,
    find_triggers,
)
from reviewer.core.extraction.clauses import THAT_ROLE, appositive, refers_back
from reviewer.core.extraction.context import JOIN, LEAVE, Context, Event, Vetoed
from reviewer.core.extraction.details import is_contact
from reviewer.core.extraction.effective import effective
from reviewer.core.extraction.names import Mention, Person
from reviewer.core.extraction.patterns import (
    BOARD_RE,
    NOT_ON_BOARD_RE,
    REASON_RE,
    UPPER,
)
from reviewer.core.extraction.roles import (
    RoleMention,
    has_officer,
    role_family,
)
from reviewer.core.extraction.seated import seated_by
from reviewer.core.extraction.seats import (
    at_subsidiary,
    board_roles,
    is_biography,
    is_current_role,
    leading_roles,
    other_board_spans,
    pick_role,
)
from reviewer.core.extraction.sentences import Sentence
from reviewer.core.schema import Direction

_JOIN_BOARD_RE = re.compile(
    r"\bto\s+(?:the|its|our|\w+['’]s)\s+board\b|\bjoin|\bas\s+(?:a\s+|an\s+)?(?:new\s+)?(?:independent\s+|non-executive\s+)*director|\bnominee|\bwelcom|\bnew\s+(?:board\s+)?(?:member|director)",
    re.IGNORECASE,
)


# "step down as chair of the Audit Committee": a committee seat left, not the board
# (unless "... and from the Board" follows)
_COMMITTEE_SEAT_LEFT = re.compile(
    r"\s*(?:as|from)\s+(?:the\s+|its\s+)?(?:chair\w*|head|member)\s+of\s+(?:the\s+|its\s+)?"
    r"(?:(?:[" + UPPER + r"]|[a-z])[\w,&'’-]*\s+(?:and\s+|&\s+)?){1,8}[Cc]ommittees?\b"
    r"(?![^.;]{0,60}\band\s+(?:as\s+a\s+|from\s+(?:the|its)\s+)(?:[Bb]oard|director))"
)
# "retires from management": an employment, not a board seat
_FROM_EMPLOYMENT = re.compile(
    r"\s+from\s+(?:(?:his|her|their|its|the\s+company['’]s)\s+)?(?:management|employment"
    r"|executive\s+(?:role|position|duties|office)s?|day-to-day|operational)\b",
    re.IGNORECASE,
)
_TO_THE_BOARD = re.compile(r"\s+(?:to|on|from|off)\s+(?:the\s+)?", re.IGNORECASE)
# A post that is no board seat: an adviser or observer "to the board", an
# honorary or emeritus title, an advisory body.
_NOT_A_SEAT = re.compile(
    r"\s*(?:(?:as|to)\s+)?(?:(?:an?|the|its|our|their)\s+)?"
    r"(?:(?!(?:director|chair|member|board)\w*\b)[\w-]+\s+){0,3}?"
    r"(?:advis[eo]rs?\b(?!\s+(?:board|council|committee|panel))|consultants?\b"
    r"|(?:board\s+)?observers?\b|honorary\s+\w+|emerit(?:us|a)\b|\w+\s+emerit(?:us|a)\b"
    r"|advisory\s+(?:board|council|committee|panel)\b)",
    re.IGNORECASE,
)
_COMMITTEE_ONLY = re.compile(
    r"\s*(?:as\s+)?(?:a\s+|the\s+)?(?:new\s+)?(?:member|members)\s+of\s+"
    r"(?:the\s+|its\s+|our\s+)?(?:["
    + UPPER
    + r"][\w,&'’-]*\s+(?:and\s+|&\s+)?){1,8}Committees?"
    r"|\s*to\s+(?:the\s+|its\s+)?(?:["
    + UPPER
    + r"][\w,&'’-]*\s+(?:and\s+|&\s+)?){1,8}Committees?",
)


_TITLE_BEFORE_RE = re.compile(
    r"\b(?i:board\s+member|director|(?:vice[- ])?chair(?:man|woman|person)?"
    r"|member\s+of\s+the\s+board)(?:\s*,)?"
    # "Chairman and Chief Executive Officer Tsang Chiu Kwan"
    r"(?:\s+(?:and\b|&)|\s+(?!(?:Mr|Ms|Mrs|Dr)\b)[" + UPPER + r"][\w.&'’-]*){0,5}"
    r"\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s*)?$"
)
_NEW_MEMBER = re.compile(
    r"\s*(?:a|an|the|\w+['’]s)\s+(?:new\s+)?(?:\d+(?:st|nd|rd|th)\s+|\w+th\s+)?"
    r"(?:member\s+of\s+(?:the|its|our)\s+board|director|board\s+member)",
    re.IGNORECASE,
)


_VOTERS_BEFORE = re.compile(
    r"\b(?:share|stock|unit)holders\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
_IN_TURN = re.compile(r"\bin\s+turn\b", re.IGNORECASE)
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
    if is_contact(sentence) or NOT_ON_BOARD_RE.search(sentence.text):
        return []
    first = max(0, bisect_left(ctx.quotes, (sentence.start, -1)) - 1)
    quotes = []
    for quote in ctx.quotes[first:]:
        if quote[0] >= sentence.end:
            break
        if quote[1] > sentence.start:
            quotes.append(quote)
    quotes += boilerplate_spans(flat, sentence.start, sentence.end)
    inside = [m for m in mentions if not any(a <= m.start < b for a, b in quotes)]
    triggers = ctx.triggers[sentence.start] = find_triggers(flat, sentence, quotes)
    if not triggers:
        return []
    events: list[Event] = []
    for assignment in assign(flat, sentence, triggers, inside):
        about = topic
        if assignment.mention is None:
            # "... succeed Tom Reyes upon his retirement": the nearest name before
            before = [m for m in inside if m.end <= assignment.trigger.start]
            if before:
                about = ctx.person_of.get(before[-1].start, topic)
        event = _event(
            ctx,
            sentence,
            assignment,
            triggers,
            about,
            # "X will step down ... and will be succeeded by Y": X's change
            events[-1] if events and events[-1].direction == Direction.LEAVE else prior,
            on_board=bool(events),
        )
        if event is not None:
            if (
                not event.effective_date
                and prior is not None
                and (
                    _CONCURRENT_RE.match(sentence.text)
                    or _IN_TURN.search(
                        flat, sentence.start, assignment.trigger.start
                    )  # "Jo Ng will in turn hand over the chair ... to Al Li"
                )
            ):
                event.effective_date = prior.effective_date
                event.effective_text = prior.effective_text
                event.rules.append("date:concurrent_with_prior")
            events.append(event)
    return events


def _event(
    ctx: Context,
    sentence: Sentence,
    assignment: Assignment,
    triggers: list[Trigger],
    topic: Person | None,
    prior: Event | None = None,
    on_board: bool = False,
) -> Event | None:
    """One change for one assignment, or None when it is not a board change.

    ``on_board`` tells that an earlier change in the same sentence was a board
    change (``A and B have joined the Board, and C has retired``).
    """
    trigger = assignment.trigger
    mention = assignment.mention
    person = topic if mention is None else ctx.person_of.get(mention.start)
    if person is None:
        return None
    rules = [
        f"trigger:{trigger.kind}",
        "assign:pronoun"
        if mention is None
        else ("assign:object" if assignment.as_object else "assign:subject"),
    ]

    def veto(name: str) -> Event | None:
        """Drop the change under the named veto, keeping it as a candidate."""
        assert person is not None
        ctx.vetoed.append(
            Vetoed(
                person,
                trigger.kind,
                sentence,
                trigger.start,
                trigger.end,
                name,
                assignment.as_object,
                -1 if mention is None else mention.start,
                tuple(rules),
            )
        )
        return None

    if is_biography(ctx, sentence, trigger.start, trigger.end):
        return veto("veto:biography")
    later = [t for t in triggers if t.start > trigger.start]
    window_start = trigger.end
    window_end = min(later[0].start if later else sentence.end, window_start + 260)
    if refers_back(ctx, sentence, assignment):
        return veto("veto:refers_back")
    if "board" in ctx.flat[trigger.start : trigger.end].lower() and any(
        a <= trigger.end + 1 and b > trigger.end
        for a, b in other_board_spans(ctx, trigger.start, window_end)
    ):
        return veto("veto:other_board")  # "joins Board of the Food Bank"
    if ctx.issuer_words and any(  # (an unknown issuer's own board looks the same)
        _TO_THE_BOARD.fullmatch(ctx.flat, trigger.end, a)
        for a, _ in other_board_spans(ctx, trigger.end, window_end, False)
    ):
        return veto("veto:other_org_board")  # "... board of the Mining Association"
    if at_subsidiary(ctx, trigger.start, window_end):
        return veto("veto:subsidiary")  # "stepped down from the TTL board"
    after_name = window_start
    if mention is not None and assignment.as_object:
        after_name = max(mention.end, assignment.list_end)
    if _COMMITTEE_ONLY.match(ctx.flat, after_name, window_end):
        return veto("veto:committee_only")  # a committee seat, on the board row
    if (trigger.kind in JOIN or trigger.kind == "role_change") and _NOT_A_SEAT.match(
        ctx.flat, after_name, window_end
    ):
        return veto("veto:not_a_seat")  # "as an adviser to the board", "honorary chair"
    if trigger.kind in LEAVE and _COMMITTEE_SEAT_LEFT.match(
        ctx.flat, after_name, window_end
    ):
        return veto("veto:committee_seat_left")  # "steps down as chair of the X ..."
    if trigger.kind in LEAVE and _FROM_EMPLOYMENT.match(
        ctx.flat, trigger.end, window_end
    ):
        return veto("veto:from_employment")  # "retires from management"
    leading = leading_roles(ctx, after_name, window_end)
    if leading is not None and leading[2] and not leading[0]:
        return veto("veto:officer_title")  # "appointed as Chief Financial Officer"
    if leading is not None and leading[0]:
        roles, board = leading[0], True
        rules.append("role:leading_title")
    else:
        roles, board = board_roles(ctx, window_start, window_end)
        if roles or board:
            rules.append("role:trigger_window")
    # A name right after the trigger carries its role words after the name.
    if not roles and not board and mention is not None and assignment.as_object:
        roles, board = board_roles(
            ctx, mention.end, min(sentence.end, mention.end + 200)
        )
        if roles or board:
            rules.append("role:after_object")
    successor = (
        trigger.kind == "role_change"
        and assignment.as_object
        and re.match(r"\s+by\b", ctx.flat[trigger.end : trigger.end + 5]) is not None
    )
    if (
        successor
        and prior is not None
        and all(is_current_role(ctx.flat, r, sentence) for r in roles)
    ):  # "succeeded by Jo Ng, currently Senior Independent Director": the seat left
        # "He will be succeeded by Jane Doe": she takes the predecessor's role.
        roles, board = list(prior.roles), True
        rules.append("role:successor_takes_seat")
        if not roles:
            roles = [RoleMention(-1, -1, prior.role, role_family(prior.role))]
    if (
        not roles
        and not board
        and trigger.kind in JOIN
        and prior is not None
        and prior.direction == Direction.LEAVE
        and prior.person is not person
        and _SUCCESSOR_OF.match(ctx.flat, after_name, window_end)
    ):  # "named Bo Kroll as O'Cathain's successor": the seat the predecessor left
        roles, board = list(prior.roles), True
        rules.append("role:successor_of")
        if not roles:
            roles = [RoleMention(-1, -1, prior.role, role_family(prior.role))]
    if not roles and not board and trigger.kind == "not_standing":
        board = True  # only directors stand for re-election
        rules.append("board:not_standing")
    if (
        not roles
        and not board
        and trigger.kind == "elected"
        and _VOTERS_BEFORE.search(
            ctx.flat, max(sentence.start, trigger.start - 50), trigger.start
        )
    ):
        board = True  # shareholders elect directors
        rules.append("board:shareholders_elect")
    if not roles and not board and _BY_ROTATION.match(ctx.flat, trigger.end):
        board = True  # only directors retire by rotation
        rules.append("board:by_rotation")
    if (
        not roles
        and not board
        and trigger.kind in LEAVE
        and prior is not None
        and prior.direction == Direction.JOIN
        and _REPLACES_RE.search(ctx.flat, sentence.start, trigger.start)
    ):
        board = True  # "She replaces Max Kline, who retired": the seat she fills
        rules.append("board:replaced_seat")
    if (
        not roles
        and not board
        and on_board
        and trigger.kind in LEAVE
        and _AND_THAT.search(ctx.flat, sentence.start, trigger.start)
        and not has_officer(ctx.flat, sentence.start, sentence.end)
    ):
        board = True  # "... appointed to the Board, and that Mr. Hale has retired"
        rules.append("board:and_that")
    if not roles and not board:
        board = (
            "board" in ctx.flat[trigger.start : trigger.end].lower()
        )  # "joined the board"
        if board:
            rules.append("board:trigger_word")
    if not roles and not board:
        if has_officer(ctx.flat, window_start, window_end):
            return veto("veto:officer_only")  # "appointed Chief Financial Officer"
        # The subject's own description: "Jane Doe, a director, resigned".
        lo = (
            mention.end
            if mention is not None and not assignment.as_object
            else sentence.start
        )
        roles, board = board_roles(ctx, lo, trigger.start)
        if roles and all(
            _FORMER_BEFORE.search(ctx.flat, max(lo, r.start - 25), r.start)
            for r in roles
        ):
            return veto("veto:former_director")  # "Ed Ray, a former director, died"
        if roles or board:
            rules.append("role:subject_description")
        if not roles and not board and mention is not None:
            # A title before the name: "board member Jane Doe resigned".
            title = _TITLE_BEFORE_RE.search(
                ctx.flat, max(sentence.start, mention.start - 60), mention.start
            )
            if title:
                roles, board = board_roles(ctx, title.start(), title.end())
                rules.append("role:title_before_name")
        if not roles and not board:
            return veto("veto:no_board_role")
    if trigger.kind in JOIN or trigger.kind == "role_change":
        aside = appositive(ctx.flat, mention, assignment, window_end)
        new_roles = [
            r
            for r in roles
            if not is_current_role(ctx.flat, r, sentence)
            and not aside[0] <= r.start < aside[1]
        ]
        if (
            not new_roles
            and aside[1] >= 0
            and THAT_ROLE.match(ctx.flat, aside[1], window_end)
        ):
            # "created the post of Lead Director and appointed Jo Lee to that role"
            new_roles = [
                r
                for r in board_roles(ctx, sentence.start, trigger.start)[0]
                if r.family != "director"
            ][-1:]
            rules.append("role:that_role")
        if len(new_roles) < len(roles) and not new_roles and later:
            return veto("veto:current_role")  # "elected Jane Doe, currently Lead ..."
        roles = new_roles or roles
    role = pick_role(roles, board)
    if not role:
        return veto("veto:no_role")
    if not roles:  # "resigned from the board": the board word is the role's span
        word = BOARD_RE.search(ctx.flat, window_start, window_end) or BOARD_RE.search(
            ctx.flat, sentence.start, sentence.end
        )
        if word:
            roles = [RoleMention(word.start(), word.end(), role, role_family(role))]
    kind = trigger.kind
    family = role_family(role)
    if (
        kind in LEAVE
        and family == "committee chair"
        and "director" not in role
        and re.search(r"\bboard\b", ctx.flat[window_start:window_end], re.IGNORECASE)
    ):
        role = f"director; {role}"  # "retiring from the Board and as chair of ..."
        rules.append("role:board_and_committee_chair")
    if kind in JOIN and family != "director":
        senior = [r for r in roles if r.family != "director"]
        upto = senior[0].start if senior else window_end
        joined = ctx.flat[trigger.start : max(trigger.end, upto)]
        if not _JOIN_BOARD_RE.search(joined):
            seat = seated_by(ctx.flat, person) if family in _NEW_CHAIR else "seated"
            if seat:
                kind = "role_change"
                rules.append("kind:senior_role_not_joining")
                if family in _NEW_CHAIR:
                    rules.append(f"seat:{seat}")
            else:
                # a chair the text never seats on the board joins it as chair
                rules.append("kind:new_chair")
    if _REDESIGNATED.match(ctx.flat, trigger.start, trigger.end) and roles:
        # "re-designated from an executive Director to a non-executive Director"
        kind, role = "role_change", roles[-1].role
        rules.append("kind:redesignated")
    elif kind == "role_change" and family == "director":
        if not _NEW_MEMBER.match(ctx.flat, after_name, window_end):
            return veto("veto:role_change_to_director")
        kind = "appointed"
        rules.append("kind:new_member")
    elif trigger.kind == "role_change" and not successor:
        senior = [r for r in roles if r.family != "director"]
        if not senior or senior[0].start - after_name > 60:
            return veto("veto:role_change_no_senior_role")
    effective_date, effective_text, effective_span = effective(
        ctx, sentence, trigger.start, window_end
    )
    if successor and prior is not None and not effective_date:
        # The successor takes the seat when the predecessor leaves it.
        effective_date, effective_text = prior.effective_date, prior.effective_text
        rules.append("date:predecessor")
    reason_match = (
        REASON_RE.search(ctx.flat, trigger.start, sentence.end)
        if kind in LEAVE or kind == "role_change"
        else None
    )
    officer = leading is not None and leading[2]
    if mention is not None and not officer:
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
        rules=rules,
    )


# "as O'Cathain's successor", "as successor to Jo Lee", "as her successor"
_SUCCESSOR_OF = re.compile(
    r"\s*,?\s*as\s+(?:the\s+)?(?:(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+['’]s?\s+|his\s+|her\s+|"
    r"their\s+)?(?:new\s+)?successor\b",
    re.IGNORECASE,
)
_AND_THAT = re.compile(r"\band\s+that\b|;\s+and\b", re.IGNORECASE)
_FORMER_BEFORE = re.compile(
    r"\b(?:former|formerly|retired|past|one-time|onetime|emeritus)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_NEW_CHAIR = frozenset({"chair", "vice chair"})
_REDESIGNATED = re.compile(r"re-?designat", re.IGNORECASE)
_BY_ROTATION = re.compile(r"\s+by\s+rotation\b", re.IGNORECASE)
_REPLACES_RE = re.compile(
    r"\b(?:replac(?:es|ed|ing)|succeed(?:s|ed|ing)?|fill(?:s|ed|ing)?\s+the\s+"
    r"(?:seat|vacancy)\s+(?:left|created)\s+by)\b",
    re.IGNORECASE,
)
