"""Which board seat a change concerns: an ordered tuple of named strategies.

The role words right after the trigger come first (:func:`.seats.leading_roles`,
read by :mod:`.roster`); then :data:`SEAT_RULES` in order. A strategy returns
the seat it finds (roles, whether a board word names it), a veto's id, or None
when it does not apply; each found seat records the strategy's id on the row.
Most strategies run only while no seat is found; ``role:successor_takes_seat``
replaces a successor's seat held now by the predecessor's.
"""

from __future__ import annotations

from collections.abc import Callable

from reviewer.core import lazyre as re
from reviewer.core.extraction.context import JOIN, LEAVE, Event
from reviewer.core.extraction.patterns import UPPER
from reviewer.core.extraction.roles import RoleMention, has_officer, role_family
from reviewer.core.extraction.seats import board_roles, is_current_role
from reviewer.core.extraction.vetoes import ChangeSite
from reviewer.core.schema import ChangeType, Direction

Seat = tuple[list[RoleMention], bool]  # (role mentions, a board word names the seat)
SeatRule = Callable[[ChangeSite, Seat], Seat | str | None]


def board_seat(site: ChangeSite, seat: Seat, rules: list[str]) -> Seat | str:
    """The seat after :data:`SEAT_RULES`, from ``seat``; or the id of a veto.

    The id of every strategy that found a seat is appended to ``rules``.
    """
    for name, while_empty, rule in SEAT_RULES:
        if while_empty and (seat[0] or seat[1]):
            continue
        found = rule(site, seat)
        if isinstance(found, str):
            return found
        if found is not None:
            seat = found
            rules.append(name)
    if not seat[0] and not seat[1]:
        return "veto:no_board_role"
    return seat


def _found(seat: Seat) -> Seat | None:
    """``seat`` when it names roles or the board, else None."""
    return seat if seat[0] or seat[1] else None


def _predecessors_seat(prior: Event) -> Seat:
    """The seat a predecessor left, as a successor takes it."""
    roles = list(prior.roles)
    if not roles:
        roles = [RoleMention(-1, -1, prior.role, role_family(prior.role))]
    return roles, True


def _trigger_window(site: ChangeSite, _seat: Seat) -> Seat | None:
    """Role words in the trigger's window: ``resigned as a director``."""
    return _found(board_roles(site.ctx, site.window_start, site.window_end))


def _after_object(site: ChangeSite, _seat: Seat) -> Seat | None:
    """A name right after the trigger carries its role words after the name."""
    mention = site.mention
    if mention is None or not site.assignment.as_object:
        return None
    end = min(site.sentence.end, mention.end + 200)
    return _found(board_roles(site.ctx, mention.end, end))


def _successor_takes_seat(site: ChangeSite, seat: Seat) -> Seat | None:
    """``He will be succeeded by Jane Doe``: she takes the predecessor's role.

    Also over a role she holds now: ``succeeded by Jo Ng, currently Senior
    Independent Director``.
    """
    prior = site.prior
    if not site.successor or prior is None:
        return None
    if not all(is_current_role(site.ctx.flat, r, site.sentence) for r in seat[0]):
        return None
    return _predecessors_seat(prior)


def _successor_of(site: ChangeSite, _seat: Seat) -> Seat | None:
    """``named Bo Kroll as O'Cathain's successor``: the seat the predecessor left."""
    prior = site.prior
    if (
        site.trigger.kind in JOIN
        and prior is not None
        and prior.direction == Direction.LEAVE
        and prior.person is not site.person
        and _SUCCESSOR_OF.match(site.ctx.flat, site.after_name, site.window_end)
    ):
        return _predecessors_seat(prior)
    return None


def _not_standing(site: ChangeSite, _seat: Seat) -> Seat | None:
    """Only directors stand for re-election."""
    return ([], True) if site.trigger.kind == ChangeType.NOT_STANDING else None


def _shareholders_elect(site: ChangeSite, _seat: Seat) -> Seat | None:
    """Shareholders elect directors."""
    trigger = site.trigger
    if trigger.kind == ChangeType.ELECTED and _VOTERS_BEFORE.search(
        site.ctx.flat, max(site.sentence.start, trigger.start - 50), trigger.start
    ):
        return [], True
    return None


def _by_rotation(site: ChangeSite, _seat: Seat) -> Seat | None:
    """Only directors retire by rotation."""
    return ([], True) if _BY_ROTATION.match(site.ctx.flat, site.trigger.end) else None


def _replaced_seat(site: ChangeSite, _seat: Seat) -> Seat | None:
    """``She replaces Max Kline, who retired``: the seat she fills."""
    prior, trigger = site.prior, site.trigger
    if (
        trigger.kind in LEAVE
        and prior is not None
        and prior.direction == Direction.JOIN
        and _REPLACES_RE.search(site.ctx.flat, site.sentence.start, trigger.start)
    ):
        return [], True
    return None


def _and_that(site: ChangeSite, _seat: Seat) -> Seat | None:
    """``... appointed to the Board, and that Mr. Hale has retired``."""
    sentence, flat = site.sentence, site.ctx.flat
    if (
        site.on_board
        and site.trigger.kind in LEAVE
        and _AND_THAT.search(flat, sentence.start, site.trigger.start)
        and not has_officer(flat, sentence.start, sentence.end)
    ):
        return [], True
    return None


def _trigger_word(site: ChangeSite, _seat: Seat) -> Seat | None:
    """``joined the board``: the board word is the trigger's."""
    trigger = site.trigger
    board = "board" in site.ctx.flat[trigger.start : trigger.end].lower()
    return ([], True) if board else None


def _officer_only(site: ChangeSite, _seat: Seat) -> str | None:
    """``appointed Chief Financial Officer``: an officer's change, no seat."""
    if has_officer(site.ctx.flat, site.window_start, site.window_end):
        return "veto:officer_only"
    return None


def _subject_description(site: ChangeSite, _seat: Seat) -> Seat | str | None:
    """The subject's own description: ``Jane Doe, a director, resigned``.

    ``Ed Ray, a former director, died`` is vetoed.
    """
    mention, flat = site.mention, site.ctx.flat
    lo = (
        mention.end
        if mention is not None and not site.assignment.as_object
        else site.sentence.start
    )
    roles, board = board_roles(site.ctx, lo, site.trigger.start)
    if roles and all(
        _FORMER_BEFORE.search(flat, max(lo, r.start - 25), r.start) for r in roles
    ):
        return "veto:former_director"
    return _found((roles, board))


def _title_before_name(site: ChangeSite, _seat: Seat) -> Seat | None:
    """A title before the name: ``board member Jane Doe resigned``."""
    mention = site.mention
    if mention is None:
        return None
    title = _TITLE_BEFORE_RE.search(
        site.ctx.flat, max(site.sentence.start, mention.start - 60), mention.start
    )
    if not title:
        return None
    return board_roles(site.ctx, title.start(), title.end())


# (id, runs only while no seat is found, strategy), in the order they are tried.
SEAT_RULES: tuple[tuple[str, bool, SeatRule], ...] = (
    ("role:trigger_window", True, _trigger_window),
    ("role:after_object", True, _after_object),
    ("role:successor_takes_seat", False, _successor_takes_seat),
    ("role:successor_of", True, _successor_of),
    ("board:not_standing", True, _not_standing),
    ("board:shareholders_elect", True, _shareholders_elect),
    ("board:by_rotation", True, _by_rotation),
    ("board:replaced_seat", True, _replaced_seat),
    ("board:and_that", True, _and_that),
    ("board:trigger_word", True, _trigger_word),
    ("veto:officer_only", True, _officer_only),
    ("role:subject_description", True, _subject_description),
    ("role:title_before_name", True, _title_before_name),
)

_VOTERS_BEFORE = re.compile(
    r"\b(?:share|stock|unit)holders\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
_TITLE_BEFORE_RE = re.compile(
    r"\b(?i:board\s+member|director|(?:vice[- ])?chair(?:man|woman|person)?"
    r"|member\s+of\s+the\s+board)(?:\s*,)?"
    # "Chairman and Chief Executive Officer Tsang Chiu Kwan"
    r"(?:\s+(?:and\b|&)|\s+(?!(?:Mr|Ms|Mrs|Dr)\b)[" + UPPER + r"][\w.&'’-]*){0,5}"
    r"\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s*)?$"
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
_BY_ROTATION = re.compile(r"\s+by\s+rotation\b", re.IGNORECASE)
_REPLACES_RE = re.compile(
    r"\b(?:replac(?:es|ed|ing)|succeed(?:s|ed|ing)?|fill(?:s|ed|ing)?\s+the\s+"
    r"(?:seat|vacancy)\s+(?:left|created)\s+by)\b",
    re.IGNORECASE,
)
