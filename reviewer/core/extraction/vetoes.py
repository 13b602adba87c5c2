"""Named vetoes: a change word applied to a person that is no board change.

Each veto is a predicate over a :class:`ChangeSite`, the trigger and person with
the windows the rules read; :data:`VETOES` holds them in the order they are
tried, the first that applies names the veto. What a veto drops stays a
candidate for the decision layer (:class:`.context.Vetoed`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reviewer.core import lazyre as re
from reviewer.core.extraction.changes import Assignment, Trigger
from reviewer.core.extraction.clauses import refers_back
from reviewer.core.extraction.context import JOIN, LEAVE, Context, Event
from reviewer.core.extraction.names import Mention, Person
from reviewer.core.extraction.patterns import UPPER
from reviewer.core.extraction.seats import (
    at_subsidiary,
    is_biography,
    other_board_spans,
)
from reviewer.core.extraction.sentences import Sentence
from reviewer.core.schema import ChangeType


@dataclass(frozen=True, slots=True)
class ChangeSite:
    """One change word applied to one person, with the windows the rules read.

    Attributes:
        ctx: what the rules know about the document.
        sentence: the sentence the change is stated in.
        assignment: the trigger and the name it was applied to.
        trigger: the change word (the assignment's).
        mention: the name the trigger was applied to; None through a pronoun.
        person: the person the change is about.
        later: the sentence's triggers after this one.
        window_start: where the trigger's window starts (the trigger's end).
        window_end: where the trigger's window ends (the next trigger, the
            sentence's end, or 260 characters on).
        after_name: where the words after the name start (after the trigger,
            or after an object name or list).
        prior: a change stated just before (the predecessor of a successor).
        on_board: an earlier change in the same sentence was a board change.
        successor: ``succeeded by Jo Ng``: the object takes the seat.
    """

    ctx: Context
    sentence: Sentence
    assignment: Assignment
    trigger: Trigger
    mention: Mention | None
    person: Person
    later: list[Trigger]
    window_start: int
    window_end: int
    after_name: int
    prior: Event | None
    on_board: bool
    successor: bool


def change_site(
    ctx: Context,
    sentence: Sentence,
    assignment: Assignment,
    triggers: list[Trigger],
    person: Person,
    prior: Event | None,
    on_board: bool,
) -> ChangeSite:
    """The site of one assignment: its windows computed once."""
    trigger = assignment.trigger
    mention = assignment.mention
    later = [t for t in triggers if t.start > trigger.start]
    window_end = min(later[0].start if later else sentence.end, trigger.end + 260)
    after_name = trigger.end
    if mention is not None and assignment.as_object:
        after_name = max(mention.end, assignment.list_end)
    successor = (
        trigger.kind == ChangeType.ROLE_CHANGE
        and assignment.as_object
        and _BY.match(ctx.flat[trigger.end : trigger.end + 5]) is not None
    )
    return ChangeSite(
        ctx,
        sentence,
        assignment,
        trigger,
        mention,
        person,
        later,
        trigger.end,
        window_end,
        after_name,
        prior,
        on_board,
        successor,
    )


def first_veto(site: ChangeSite) -> str:
    """The id of the first veto of :data:`VETOES` that applies, else ""."""
    for name, applies in VETOES:
        if applies(site):
            return name
    return ""


def _biography(site: ChangeSite) -> bool:
    """``In 2019 she joined the board of ...``: a biography."""
    trigger = site.trigger
    return is_biography(site.ctx, site.sentence, trigger.start, trigger.end)


def _refers_back(site: ChangeSite) -> bool:
    """``In connection with his appointment``: a change stated elsewhere."""
    return refers_back(site.ctx, site.sentence, site.assignment)


def _speaker(site: ChangeSite) -> bool:
    """``Board Chair X added that the appointment ...``: the one who comments.

    The name is the subject of a speech verb and the change word sits in what
    they say, with no pronoun for themselves ("X said he will resign" is kept).
    """
    mention = site.mention
    if mention is None or site.assignment.as_object:
        return False
    flat, start = site.ctx.flat, site.trigger.start
    if start - mention.end > 150:
        return False
    verb = _SPEECH.search(flat, mention.end, start)
    if verb is None:
        return False
    selves = [m.group() for m in _SELF.finditer(flat, verb.end(), start)]
    if not selves:
        return True
    # "Chairman X said the Board welcomed her appointment": a possessive before
    # the change word, after a welcome, or of the other gender, is someone else's
    own = _POSSESSIVE_AT.match(flat, max(verb.end(), start - 30), site.trigger.end)
    if own is None or len(selves) > 1:
        return False
    return bool(
        _WELCOME.search(flat, verb.end(), own.start(1))
        or own.group(1).lower() in _OTHER_GENDER.get(_gender(site), ())
    )


def _gender(site: ChangeSite) -> str:
    """``m`` or ``f`` when a mention of the person has Mr or Ms/Mrs, else ""."""
    flat = site.ctx.flat
    for mention in site.person.mentions:
        title = _TITLE.match(flat, mention.start)
        if title:
            return "m" if title.group(1) == "Mr" else "f"
    return ""


def _executive_chair_made_non_executive(site: ChangeSite) -> bool:
    """An executive chair who stays chair as a non-executive: no board change.

    ``Executive Chairman X will become Non-Executive Chairman``, ``X, the
    Executive Chair, transitions to Non-Executive Chair``, ``X will move from
    Executive Chairman to Non-Executive Chairman``: the seat and the chair are
    kept, only the executive duties end (data/corpus/README.md, conventions: an
    executive's post left with no board-role change is no event).
    """
    kind, mention = site.trigger.kind, site.mention
    if kind != ChangeType.ROLE_CHANGE and kind not in JOIN:
        return False
    flat, trigger = site.ctx.flat, site.trigger
    if _NON_EXECUTIVE_CHAIR.search(flat, trigger.end, site.window_end) is None:
        return False
    said = flat[trigger.start : trigger.end]  # "move from Executive Chairman to"
    if _FROM_EXECUTIVE_CHAIR.match(flat, trigger.end, site.window_end) or re.search(
        _EXECUTIVE_CHAIR, said, re.IGNORECASE
    ):
        return True
    if mention is None or site.assignment.as_object:
        return False
    before = flat[max(site.sentence.start, mention.start - 40) : mention.start]
    after = flat[mention.end : min(trigger.start, mention.end + 60)]
    return bool(
        _EXECUTIVE_CHAIR_BEFORE.search(before) or _EXECUTIVE_CHAIR_AFTER.match(after)
    )


def _unnamed_successor(site: ChangeSite) -> bool:
    """``... will retire once a successor has been appointed``: no one joins yet.

    The passive's subject is a successor or replacement the text does not name,
    never the sentence's named subject.
    """
    if site.trigger.kind not in JOIN:
        return False
    start = site.trigger.start
    before = site.ctx.flat[max(site.sentence.start, start - 50) : start]
    return _UNNAMED_SUCCESSOR.search(before) is not None


def _role_at_other_org(site: ChangeSite) -> bool:
    """``was appointed Chair-elect at NZX listed issuer Harbour Airport``.

    A board role "at" or "with" a named organisation none of whose words is the
    issuer's: another organisation's seat. Only with a known issuer.
    """
    ctx = site.ctx
    if not ctx.issuer_words or (
        site.trigger.kind not in JOIN and site.trigger.kind != ChangeType.ROLE_CHANGE
    ):
        return False
    found = _ROLE_AT.match(ctx.flat, site.after_name, site.window_end)
    if found is None:
        return False
    words = {w.lower().strip(".,’'") for w in found.group("org").split()}
    return words.isdisjoint(ctx.issuer_words)


def _other_board(site: ChangeSite) -> bool:
    """``joins Board of the Food Bank``."""
    trigger, ctx = site.trigger, site.ctx
    return "board" in ctx.flat[trigger.start : trigger.end].lower() and any(
        a <= trigger.end + 1 and b > trigger.end
        for a, b in other_board_spans(ctx, trigger.start, site.window_end)
    )


def _other_org_board(site: ChangeSite) -> bool:
    """``... board of the Mining Association``.

    Only with a known issuer: an unknown issuer's own board looks the same.
    """
    ctx, end = site.ctx, site.trigger.end
    return bool(ctx.issuer_words) and any(
        _TO_THE_BOARD.fullmatch(ctx.flat, end, a)
        for a, _ in other_board_spans(ctx, end, site.window_end, False)
    )


# A subsidiary's board the document does not name: "resigned from the board of one
# of its Asian subsidiaries", "will step down from the subsidiary's board"
_UNNAMED_SUBSIDIARY_BOARD = re.compile(
    r"(?i:\bboards?\s+of\s+(?:(?:one|each|several|two|three)\s+of\s+)?"
    r"(?:its|the\s+company's|their|our|a|the)\s+"
    r"(?:(?!and\b|or\b|company\b|group\b)[\w-]+\s+){0,3}"
    r"subsidiar(?:y|ies)\b|\bsubsidiar(?:y's|ies')\s+boards?\b)"
)


def _subsidiary(site: ChangeSite) -> bool:
    """``stepped down from the TTL board``, ``the board of one of its subsidiaries``."""
    return at_subsidiary(site.ctx, site.trigger.start, site.window_end) or bool(
        _UNNAMED_SUBSIDIARY_BOARD.search(
            site.ctx.flat, site.trigger.start, site.window_end
        )
    )


def _committee_only(site: ChangeSite) -> bool:
    """A committee seat, on the board row."""
    return (
        _COMMITTEE_ONLY.match(site.ctx.flat, site.after_name, site.window_end)
        is not None
    )


def _not_a_seat(site: ChangeSite) -> bool:
    """``as an adviser to the board``, ``honorary chair``, ``alternate director``.

    A departure only from an alternate's post: ``resigned as alternate director``.
    """
    kind, flat = site.trigger.kind, site.ctx.flat
    if kind in LEAVE:
        return _ALTERNATE.match(flat, site.after_name, site.window_end) is not None
    return (kind in JOIN or kind == ChangeType.ROLE_CHANGE) and _NOT_A_SEAT.match(
        flat, site.after_name, site.window_end
    ) is not None


def _committee_seat_left(site: ChangeSite) -> bool:
    """``steps down as chair of the X Committee``."""
    return (
        site.trigger.kind in LEAVE
        and _COMMITTEE_SEAT_LEFT.match(site.ctx.flat, site.after_name, site.window_end)
        is not None
    )


def _from_employment(site: ChangeSite) -> bool:
    """``retires from management``."""
    return (
        site.trigger.kind in LEAVE
        and _FROM_EMPLOYMENT.match(site.ctx.flat, site.trigger.end, site.window_end)
        is not None
    )


def _executive_stepping_back(site: ChangeSite) -> bool:
    """An executive who leaves the officer post and stays on as a non-executive.

    ``resigned as CEO and been re-designated as a Non-Executive Director``,
    ``stepped back from his role as CEO and has been appointed a Non-Executive
    Director``, ``will step down as CEO and remain a non-executive director``: no
    board-role change (data/corpus/README.md, conventions).
    """
    ctx, trigger = site.ctx, site.trigger
    flat, kind = ctx.flat, trigger.kind
    if kind in LEAVE:
        post_after = _EXECUTIVE_POST_AFTER.match(flat, trigger.end, site.window_end)
        the_role = _THE_ROLE_AFTER.match(flat, trigger.end, site.window_end)
        post_before = _EXECUTIVE_POST.search(flat, site.sentence.start, trigger.start)
        left = post_after is not None or (
            the_role is not None and post_before is not None
        )
        stays = _STAYS_NON_EXECUTIVE.search(flat, trigger.end, site.window_end)
        return left and stays is not None
    if kind not in JOIN and kind != ChangeType.ROLE_CHANGE:
        return False
    start = site.sentence.start
    if site.mention is not None and not site.assignment.as_object:
        start = site.mention.end
    return (
        _LEFT_EXECUTIVE_POST.search(flat, start, trigger.start) is not None
        and _NON_EXECUTIVE.search(flat, trigger.end, site.window_end) is not None
    )


# The vetoes tried before any role is read, in order: the first that applies wins.
VETOES: tuple[tuple[str, Callable[[ChangeSite], bool]], ...] = (
    ("veto:biography", _biography),
    ("veto:refers_back", _refers_back),
    ("veto:speaker", _speaker),
    ("veto:unnamed_successor", _unnamed_successor),
    ("veto:other_board", _other_board),
    ("veto:other_org_board", _other_org_board),
    ("veto:role_at_other_org", _role_at_other_org),
    ("veto:subsidiary", _subsidiary),
    ("veto:committee_only", _committee_only),
    ("veto:not_a_seat", _not_a_seat),
    ("veto:committee_seat_left", _committee_seat_left),
    ("veto:from_employment", _from_employment),
    ("veto:executive_stepping_back", _executive_stepping_back),
    ("veto:executive_chair_stays_chair", _executive_chair_made_non_executive),
)

_BY = re.compile(r"\s+by\b")
# A speech verb after the name, the change word after it: "X added that the
# appointment", "X, Chair of the Board, said the appointment"
_SPEECH = re.compile(
    r"\b(?:said|says|added|adds|commented|comments|noted|notes|stated|states"
    r"|explained|explains|remarked|remarks|observed|observes|told)\b",
)
# The speaker speaking of themselves: their change, in their words
_SELF = re.compile(r"\b(?:I|[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Mm]y|[Hh]im|[Mm]e)\b")
# "appointed Chair-elect at NZX listed issuer Harbour Airport", "as a director
# with Globex Corp": a board role at another named organisation
_ROLE_AT = re.compile(
    r"\s*(?i:(?:as\s+)?(?:(?:the|a|an)\s+)?"
    r"(?:(?:new|non-executive|independent|interim)\s+)*"
    r"(?:chair(?:man|woman|person)?(?:-elect)?|director|board\s+member"
    r"|vice[- ]chair\w*)\s+(?:at|with)\s+)"
    r"(?:(?:the\s+)?(?:[A-Z]{2,6}[- ])?listed\s+(?:issuer|company)\s+)?"
    rf"(?P<org>(?:[{UPPER}][\w&’'.-]*\s*){{1,5}})"
)
# "once a successor has been appointed", "until his replacement is named"
_UNNAMED_SUCCESSOR = re.compile(
    r"\b(?:an?|his|her|their|the|its)\s+(?:new\s+|permanent\s+)?(?:successor|replacement)s?"
    r"\s+(?:(?:has|have|had|is|are|was|were|will|can|could|may|would|shall)\s+)?"
    r"(?:(?:been|be|being)\s+)?$",
    re.IGNORECASE,
)
# "Chairman X said the Board welcomed her appointment": whose change it is
_POSSESSIVE_AT = re.compile(
    r".*\b([Hh]is|[Hh]er)\s+(?:\w+\s+)?(?:appointment|election|resignation"
    r"|retirement|nomination|departure)$"
)
_WELCOME = re.compile(
    r"\b(?:welcom\w*|congratulat\w*|thank\w*|pleased|delighted|glad|excited"
    r"|look(?:s|ing)?\s+forward)\b",
    re.IGNORECASE,
)
_OTHER_GENDER = {"m": ("her",), "f": ("his",)}
_TITLE = re.compile(r"(Mr|Mrs|Ms|Miss)\b\.?")
# "Executive Chairman X", "X, (the Company's) Executive Chair,"; not "Non-Executive"
_EXECUTIVE_CHAIR = r"(?<![-\w])(?<!non )executive\s+chair(?:man|woman|person)?\b"
_EXECUTIVE_CHAIR_BEFORE = re.compile(_EXECUTIVE_CHAIR + r"\s+$", re.IGNORECASE)
_EXECUTIVE_CHAIR_AFTER = re.compile(
    r"\s*,\s*(?:(?:the|its|our|[\w’']+['’]s)\s+){0,2}(?:current\s+)?"
    + _EXECUTIVE_CHAIR,
    re.IGNORECASE,
)
_FROM_EXECUTIVE_CHAIR = re.compile(
    r"\s*from\s+(?:(?:the|his|her)\s+)?(?:(?:role|position)\s+of\s+)?"
    + _EXECUTIVE_CHAIR,
    re.IGNORECASE,
)
_NON_EXECUTIVE_CHAIR = re.compile(
    r"\bnon[-\s]?executive\s+chair(?:man|woman|person)?\b", re.IGNORECASE
)
# An executive officer's post (not a chair: leaving a chair is a board change)
_EXECUTIVE_POST_WORDS = (
    r"(?:(?:group|interim|joint|co-?)\s*)?(?:ceo\b|chief\s+executive|managing\s+director"
    r"|president\b|executive\s+(?:role|position|duties))"
)
_EXECUTIVE_POST = re.compile(r"\b" + _EXECUTIVE_POST_WORDS, re.IGNORECASE)
# "has resigned as CEO and (been) re-designated", "stepped back from his role as
# CEO and has been appointed": an executive post left, then the new designation
_LEFT_EXECUTIVE_POST = re.compile(
    r"\b(?:resign\w*|step(?:s|ped|ping)?\s+down|stood\s+down|retir\w*|relinquish\w*"
    r"|step(?:s|ped|ping)?\s+back)\s+(?:as|from)\s+(?:(?:the|his|her|its)\s+)?"
    r"(?:(?:role|position|post|office)\s+(?:of|as)\s+)?"
    + _EXECUTIVE_POST_WORDS
    + r"[^.;]{0,120}?\band\b",
    re.IGNORECASE,
)
# right after a departure: "as CEO", "from his role as Managing Director"
_EXECUTIVE_POST_AFTER = re.compile(
    r"\s*(?:as|from)\s+(?:(?:the|his|her|its)\s+)?"
    r"(?:(?:role|position|post|office)\s+(?:of|as)\s+)?" + _EXECUTIVE_POST_WORDS,
    re.IGNORECASE,
)
# "from the role": the post named before the name ("X, Managing Director, will ...")
_THE_ROLE_AFTER = re.compile(
    r"\s*from\s+(?:the|this|that|his|her)\s+(?:role|position|post)\b", re.IGNORECASE
)
# "and (will) remain (on the Board as) a non-executive director"
_STAYS_NON_EXECUTIVE = re.compile(
    r"\band\s+(?:will\s+|to\s+)?(?:remain|continue|stay)s?\b[^.;]{0,60}?"
    r"\bnon[-\s]?executive\b",
    re.IGNORECASE,
)
# "as (an) alternate director to Mr X": sits only in another director's absence
_ALTERNATE = re.compile(
    r"\s*(?:as|from)\s+(?:(?:an?|the|his|her|its)\s+)?(?:role\s+of\s+)?alternate\b",
    re.IGNORECASE,
)
_NON_EXECUTIVE = re.compile(r"\bnon[-\s]?executive\b", re.IGNORECASE)
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
    r"|(?:board\s+)?observers?\b|alternates?(?:\s+(?:non-?\s?executive\s+)?directors?)?\b|honorary\s+\w+|emerit(?:us|a)\b|\w+\s+emerit(?:us|a)\b"
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
