"""Roster assembly: from triggers attached to people to one row per change."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from reviewer.core import lazyre as re
from reviewer.core.extraction.changes import (
    Assignment,
    Trigger,
    assign,
    boilerplate_spans,
    find_triggers,
)
from reviewer.core.extraction.clauses import THAT_ROLE, appositive
from reviewer.core.extraction.context import JOIN, LEAVE, Context, Event, Vetoed
from reviewer.core.extraction.details import is_contact
from reviewer.core.extraction.effective import effective
from reviewer.core.extraction.names import Mention, Person
from reviewer.core.extraction.patterns import BOARD_RE, NOT_ON_BOARD_RE, REASON_RE
from reviewer.core.extraction.roles import RoleMention, has_officer, role_family
from reviewer.core.extraction.seat_rules import Seat, board_seat
from reviewer.core.extraction.seated import seated_by
from reviewer.core.extraction.seats import (
    board_roles,
    is_current_role,
    leading_roles,
    pick_role,
)
from reviewer.core.extraction.sentences import Sentence
from reviewer.core.extraction.vetoes import ChangeSite, change_site, first_veto
from reviewer.core.schema import Direction

_JOIN_BOARD_RE = re.compile(
    r"\bto\s+(?:the|its|our|\w+['’]s)\s+board\b|\bjoin|\bas\s+(?:a\s+|an\s+)?(?:new\s+)?(?:independent\s+|non-executive\s+)*director|\bnominee|\bwelcom|\bnew\s+(?:board\s+)?(?:member|director)",
    re.IGNORECASE,
)
_NEW_MEMBER = re.compile(
    r"\s*(?:a|an|the|\w+['’]s)\s+(?:new\s+)?(?:\d+(?:st|nd|rd|th)\s+|\w+th\s+)?"
    r"(?:member\s+of\s+(?:the|its|our)\s+board|director|board\s+member)",
    re.IGNORECASE,
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
    change (``A and B have joined the Board, and C has retired``). The stages:
    named vetoes (:mod:`.vetoes`), the seat (leading title, then
    :mod:`.seat_rules`), the new roles, the change type, dates and reason. A
    vetoed change is kept as a candidate (``Context.vetoed``).
    """
    mention = assignment.mention
    person = topic if mention is None else ctx.person_of.get(mention.start)
    if person is None:
        return None
    rules = [
        f"trigger:{assignment.trigger.kind}",
        "assign:pronoun"
        if mention is None
        else ("assign:object" if assignment.as_object else "assign:subject"),
    ]
    site = _own_role_site(
        change_site(ctx, sentence, assignment, triggers, person, prior, on_board)
    )
    found = _change(site, rules)
    if isinstance(found, str):
        _veto(site, found, rules)
        return None
    return found


def _own_role_site(site: ChangeSite) -> ChangeSite:
    """``appointed A as President and B as Executive Chairman``: A's words end at B.

    A name of a list where each name has its own role reads only its own role
    words (``Assignment.own_role_end``).
    """
    assignment = site.assignment
    if assignment.own_role_end < 0 or assignment.mention is None:
        return site
    return replace(
        site,
        after_name=assignment.mention.end,
        window_end=min(site.window_end, assignment.own_role_end),
    )


def _change(site: ChangeSite, rules: list[str]) -> Event | str:
    """The change at ``site``, or the id of the veto that drops it."""
    vetoed = first_veto(site)
    if vetoed:
        return vetoed
    leading = leading_roles(site.ctx, site.after_name, site.window_end)
    if leading is not None and leading[2] and not leading[0]:
        return "veto:officer_title"  # "appointed as Chief Financial Officer"
    seat: Seat = ([], False)
    if leading is not None and leading[0]:
        seat = (leading[0], True)
        rules.append("role:leading_title")
    found = board_seat(site, seat, rules)
    if isinstance(found, str):
        return found
    roles, board = found
    new_roles = _new_roles(site, roles, rules)
    if new_roles is None:
        return "veto:current_role"  # "elected Jane Doe, currently Lead ..."
    roles = new_roles
    role = pick_role(roles, board)
    if not role:
        return "veto:no_role"
    if not roles:  # "resigned from the board": the board word is the role's span
        roles = _board_word(site, role)
    changed = _change_type(site, roles, role, rules)
    if isinstance(changed, str):
        return changed
    return _finished(site, changed, roles, leading, rules)


def _veto(site: ChangeSite, name: str, rules: list[str]) -> None:
    """Drop the change under the named veto, keeping it as a candidate."""
    trigger, mention = site.trigger, site.mention
    site.ctx.vetoed.append(
        Vetoed(
            site.person,
            trigger.kind,
            site.sentence,
            trigger.start,
            trigger.end,
            name,
            site.assignment.as_object,
            -1 if mention is None else mention.start,
            tuple(rules),
        )
    )


def _new_roles(
    site: ChangeSite, roles: list[RoleMention], rules: list[str]
) -> list[RoleMention] | None:
    """The roles a join or role change gives, not those held now; None: a veto.

    ``elected Jane Doe, currently Lead Director, as Chair``: the Chair.
    """
    if site.trigger.kind not in JOIN and site.trigger.kind != "role_change":
        return roles
    flat, sentence = site.ctx.flat, site.sentence
    aside = appositive(flat, site.mention, site.assignment, site.window_end)
    new_roles = [
        r
        for r in roles
        if not is_current_role(flat, r, sentence) and not aside[0] <= r.start < aside[1]
    ]
    if (
        not new_roles
        and aside[1] >= 0
        and THAT_ROLE.match(flat, aside[1], site.window_end)
    ):
        # "created the post of Lead Director and appointed Jo Lee to that role"
        new_roles = [
            r
            for r in board_roles(site.ctx, sentence.start, site.trigger.start)[0]
            if r.family != "director"
        ][-1:]
        rules.append("role:that_role")
    if len(new_roles) < len(roles) and not new_roles and site.later:
        return None
    return new_roles or roles


def _board_word(site: ChangeSite, role: str) -> list[RoleMention]:
    """The board word as the role's span, when no role word was found."""
    flat, sentence = site.ctx.flat, site.sentence
    word = BOARD_RE.search(flat, site.window_start, site.window_end) or BOARD_RE.search(
        flat, sentence.start, sentence.end
    )
    if word:
        return [RoleMention(word.start(), word.end(), role, role_family(role))]
    return []


def _change_type(
    site: ChangeSite, roles: list[RoleMention], role: str, rules: list[str]
) -> tuple[str, str] | str:
    """(change type, role) of the change, or the id of a veto."""
    kind = site.trigger.kind
    flat = site.ctx.flat
    family = role_family(role)
    if (
        kind in LEAVE
        and family == "committee chair"
        and "director" not in role
        and re.search(
            r"\bboard\b", flat[site.window_start : site.window_end], re.IGNORECASE
        )
    ):
        role = f"director; {role}"  # "retiring from the Board and as chair of ..."
        rules.append("role:board_and_committee_chair")
    if kind in JOIN and family != "director":
        kind = _joining_senior_role(site, roles, family, rules)
    if _REDESIGNATED.match(flat, site.trigger.start, site.trigger.end) and roles:
        # "re-designated from an executive Director to a non-executive Director"
        rules.append("kind:redesignated")
        return "role_change", roles[-1].role
    if kind == "role_change" and family == "director":
        if not _NEW_MEMBER.match(flat, site.after_name, site.window_end):
            return "veto:role_change_to_director"
        rules.append("kind:new_member")
        return "appointed", role
    if site.trigger.kind == "role_change" and not site.successor:
        senior = [r for r in roles if r.family != "director"]
        if not senior or senior[0].start - site.after_name > 60:
            return "veto:role_change_no_senior_role"
    return kind, role


def _joining_senior_role(
    site: ChangeSite, roles: list[RoleMention], family: str, rules: list[str]
) -> str:
    """A join to a chair-type role: a role change when the person sits already."""
    trigger, flat = site.trigger, site.ctx.flat
    senior = [r for r in roles if r.family != "director"]
    upto = senior[0].start if senior else site.window_end
    joined = flat[trigger.start : max(trigger.end, upto)]
    if _JOIN_BOARD_RE.search(joined):
        return trigger.kind
    seat = seated_by(flat, site.person) if family in _NEW_CHAIR else "seated"
    if not seat:
        # a chair the text never seats on the board joins it as chair
        rules.append("kind:new_chair")
        return trigger.kind
    rules.append("kind:senior_role_not_joining")
    if family in _NEW_CHAIR:
        rules.append(f"seat:{seat}")
    return "role_change"


def _finished(
    site: ChangeSite,
    changed: tuple[str, str],
    roles: list[RoleMention],
    leading: tuple[list[RoleMention], bool, bool] | None,
    rules: list[str],
) -> Event:
    """The event, with its effective date, reason and officer flag."""
    ctx, sentence, trigger, mention = (
        site.ctx,
        site.sentence,
        site.trigger,
        site.mention,
    )
    kind, role = changed
    effective_date, effective_text, effective_span = effective(
        ctx, sentence, trigger.start, site.window_end
    )
    prior = site.prior
    if site.successor and prior is not None and not effective_date:
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
            not site.assignment.as_object
            and has_officer(ctx.flat, mention.end, trigger.start)
        )
    return Event(
        officer=officer,
        person=site.person,
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


_NEW_CHAIR = frozenset({"chair", "vice chair"})
_REDESIGNATED = re.compile(r"re-?designat", re.IGNORECASE)
