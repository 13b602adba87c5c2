"""Cues that a name next to a change word is not the one changing (issue #12).

The second group of trap features (docs/extraction.md §17): unlike the first
(:func:`.features.trap_features`), these are computed for rule rows too, because
the rules do not read them. Each is the language of a category of false events,
never one document's wording:

- the name is the one who asked for the change ("at the request of President A
  and CEO B that I resign"): ``trap:requester``;
- the name is the predecessor whose successor is to be appointed ("appoint Sir
  Donald's successor", "successor to X"): ``trap:successor_of_name``;
- the change is denied, negated, hedged, reported or conditional ("denied
  reports that X had resigned", "is likely to step down", "if elected ... will
  succeed", "subject to shareholder approval"): ``trap:denied``,
  ``trap:negated_clause``, ``trap:hedged``, ``trap:hearsay``, ``trap:conditional``;
- the name's own title is an officer's ("appointed A as CFO and B as a
  director"), an executive team's, or a business unit's ("Chairman, Health,
  Wealth & Career"): ``trap:officer_after_name``, ``trap:executive_team``,
  ``trap:unit_title``;
- the name's departure is told as the cause of another change ("following the
  retirement of X"): ``trap:following_departure``;
- the name is shaped like an organisation ("Gosford Quarries", "Hong Kong
  Exchanges and Clearing", "Mehra Goel & Co"): ``trap:org_shaped_name``.

Three of them follow an absolute convention and bind the decision layer
(:data:`BINDING_CUES`): an organisation is no person, the requester of a
resignation is not the one resigning, and the predecessor is not the successor.
"""

from __future__ import annotations

from bisect import bisect_right

from reviewer.core import lazyre as re
from reviewer.core.extraction.candidates import Candidate
from reviewer.core.extraction.context import Context
from reviewer.core.extraction.patterns import BOARD_LOWER_RE
from reviewer.core.extraction.persons.lexicon import given_names, surnames
from reviewer.core.schema import Direction

BINDING_CUES = frozenset(
    {"trap:requester", "trap:successor_of_name", "trap:org_shaped_name"}
)
"""Cues the decision layer obeys: a candidate carrying one is never kept, and
no other candidate may add that person's change in that direction."""

# --- the patterns (run on the lower-cased text, offsets kept) ---------------------

# titles and honorifics that may stand between a cue and the name
_TITLE_WORDS = (
    r"(?:(?:mr|mrs|ms|dr|sir|dame|lady|lord|prof)\.?\s+"
    r"|(?:its|the|our|their|company['’]s|group|board|executive|non-executive"
    r"|independent|lead|senior|vice|deputy|interim|acting|co-?|chief\s+\w+\s+officer"
    r"|chair\w*|president|ceo|cfo|coo|director|managing|founder|and|,)\s*)"
)
# "at the (verbal) request of", "at the behest of", "as requested by", "pursuant
# to the request of": the names after it asked for the change
_REQUEST = re.compile(
    r"\b(?:(?:at|upon|on|pursuant\s+to|following)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:request|behest|urging|insistence|demand|invitation)s?\s+(?:of|from)"
    r"|(?:as\s+)?(?:requested|asked|urged)\s+by)\s+"
)
# "X's successor", "X’s replacement" right after the name
_POSSESSIVE_SUCCESSOR = re.compile(
    r"\s*['’]s?\s+(?:(?:new|eventual|permanent|future|likely)\s+)?"
    r"(?:successor|replacement)s?\b"
)
# "successor to X", "replacement for X" right before the name
_SUCCESSOR_TO = re.compile(
    r"\b(?:successor|replacement)s?\s+(?:to|of|for)\s+" + _TITLE_WORDS + r"{0,4}$"
)
# denials and clarifications before the trigger, in its sentence
_DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|refut\w+|dismiss\w*\s+(?:the\s+)?(?:media\s+|press\s+)?"
    r"(?:reports?|rumou?rs?|speculation)|no\s+truth|untrue|unfounded|baseless"
    r"|(?:not|never)\s+(?:received|been\s+(?:informed|notified))"
    r"|rumou?r\w*|speculat\w+|media\s+(?:enquir\w+|inquir\w+|reports?)"
    r"|press\s+(?:reports?|speculation))\b"
)
# a negation in the trigger's clause; "not stand/seek/offer" is a departure's own word
_NEGATED = re.compile(
    r"\b(?:not|never|neither|nor|no\s+(?:intention|plans?))\b"
    r"(?!\s+(?:to\s+)?(?:stand|seek|offer|put|be\s+(?:standing|seeking|offering|re-?)"
    r"|run|continue|renew|return|only|just|later|less|yet))"
)
# hedged: likely, may, might, could ... right before the trigger
_HEDGED = re.compile(
    r"\b(?:likely|unlikely|may|might|could|possibly|probably|reportedly|poised"
    r"|tipped|considering|mulling|weighing|in\s+talks|set\s+to|is\s+said\s+to)\b"
)
# told on someone else's word
_HEARSAY = re.compile(
    r"\b(?:the\s+(?:report|newspaper|paper)\s+said|according\s+to\s+(?:a\s+|the\s+)?"
    r"(?:(?:media|press|news|newspaper)\s+)?(?:reports?|sources?|people|persons)"
    r"(?!\s+(?:of|by|from)\b)|sources\s+(?:said|say)"
    r"|people\s+(?:familiar|close)|reported\s+(?:that|on)|reportedly)\b"
)
# a change that waits on a condition
_CONDITIONAL = re.compile(
    r"\bif\s+(?:re-?)?(?:elected|appointed|approved|confirmed|successful)\b"
    r"|\bshould\s+[^.;]{0,80}?\bbe\s+(?:approved|elected|appointed|passed)\b"
    r"|\b(?:up)?on\s+(?:(?:his|her|their)\s+)?re-?election\b"
    r"|\b(?:intention|intends?|intended|proposes?|proposed|proposal)\s+to\s+"
    r"(?:appoint|nominate|elect|propose|re-?designate)\b"
)
# "as (Interim) Chief Financial Officer", "as President": an officer's title
_OFFICER_TITLE = re.compile(
    r"(?:\s*,[^,;.]{1,80},)?\s*,?\s*(?:as|to\s+(?:the\s+)?(?:role|position|post)\s+of)\s+"
    r"(?:(?:the|a|an|its|our|new|interim|acting|global|group|permanent|deputy)\s+)*"
    r"(?:chief\s+[\w-]+(?:\s+[\w-]+)?\s+officer|c[efoitm]o|president|treasurer"
    r"|(?:company\s+)?secretary|general\s+counsel|controller|vice\s+president"
    r"|executive\s+vice\s+president|head\s+of|chief\s+executive|managing\s+partner"
    r"|general\s+manager)\b"
)
# "to its senior executive leadership team", "to the management team"
_EXECUTIVE_TEAM = re.compile(
    r"\bto\s+(?:its|the|our|their)\s+(?:[\w-]+\s+){0,3}(?:leadership|management"
    r"|executive)\s+(?:team|committee)\b"
)
# "Chairman, Health, Wealth & Career" (text as written): a business unit's chair
_UNIT_TITLE = re.compile(
    r"\b(?:Chair(?:man|woman|person)?|President|Head|Leader),\s+"
    r"(?P<unit>[A-Z][\w&;-]*(?:\s*,?\s*(?:&(?:amp;)?|and)?\s*[A-Z][\w&;-]*){0,5})"
)
_TITLE_UNIT_WORDS = frozenset(
    """president chief ceo cfo coo executive director officer vice managing board
    chair chairman chairwoman chairperson mr mrs ms dr sir dame lady lord prof
    deputy senior lead independent non executive secretary treasurer founder
    effective immediately as to from with transition january february
    march april may june july august september october november december""".split()  # noqa: SIM905
)
# "following the retirement of X": a departure told as the cause of another change
_FOLLOWING = re.compile(
    r"(?<!immediately\s)\b(?:following|after|since|in\s+the\s+wake\s+of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?"
    r"(?:retirement|resignation|departure|death|passing|removal|exit|stepping\s+down)"
    r"\s+of\s+" + _TITLE_WORDS + r"{0,4}$"
)
# an organisation's words ending the name or right after it (text as written)
_ORG_WORDS = (
    r"(?:Holdings?|Partners|Quarries|Exchanges?|Clearing|Securities|Associates"
    r"|Capital|Industries|Resources|Ventures|Investments|Limited|Ltd|LLP|LLC|Inc"
    r"|Corp|Corporation|Group|Mining|Minerals|Airways|Airlines|Logistics"
    r"|Pharmaceuticals|Technologies|Systems|Solutions|Services|Enterprises|Motors"
    r"|Foods|Properties|Realty|Insurance|Bancorp|Accountants"
    r"|Auditors|Advisors|Advisers|Consultants|Consulting|Laboratories|Labs"
    r"|PLC|Plc|plc|N\.V|S\.A|SpA|GmbH|Pty|Bhd|Berhad|Tbk)"
)
_ORG_LAST = re.compile(r"(?:^|\s)" + _ORG_WORDS + r"\.?$")
_ORG_AFTER = re.compile(
    r"\s*(?:&|and)\s+(?:Co\b|Company\b|Partners\b|Associates\b|Clearing\b|Sons\b)"
    r"|\s+" + _ORG_WORDS + r"\b\.?(?!\s*(?:of\s+the\s+)?board)"
)
_BOARD = BOARD_LOWER_RE
CAUTION_CUE = "trap:not_this_change"
"""The pooled advisory cue: a rule row carrying it needs the add threshold."""
# the advisory cues, pooled (each alone is rare in training): trap:not_this_change
_POOLED = (
    "trap:denied", "trap:negated_clause", "trap:hedged", "trap:hearsay",
    "trap:conditional", "trap:officer_after_name", "trap:executive_team",
    "trap:unit_title", "trap:following_departure",
)  # fmt: skip


def precision_features(
    ctx: Context,
    low: str,
    mention_starts: list[int],
    mention_ends: dict[int, int],
    candidate: Candidate,
    out: dict[str, float],
    cache: dict[tuple[str, int], bool] | None = None,
) -> None:
    """The second trap group: who is not the one changing, and changes not made.

    ``low`` is the lower-cased flat text (offsets kept); the mention lists are
    the document's (:class:`.features.DocInfo`). Also on rule rows. ``cache``
    (one per document) keeps what is read per sentence, trigger or person.
    """
    cache = {} if cache is None else cache
    event = candidate.event
    sentence = event.sentence
    mention = candidate.mention_start
    if mention >= 0:
        end = mention_ends.get(mention, mention)
        _name_cues(ctx, low, candidate, mention, end, mention_starts, out)
    key = ("person", id(event.person))
    if key not in cache:
        cache[key] = any(
            _org_shaped(ctx.flat, m.start, m.end) for m in event.person.mentions
        )
    if cache[key]:
        out["trap:org_shaped_name"] = 1.0
    _clause_cues(ctx.flat, low, candidate, out, cache)
    key = ("unit", event.trigger_start)
    if key not in cache:
        cache[key] = _unit(ctx.flat, event.trigger_start, sentence.end)
    if cache[key]:
        out["trap:unit_title"] = 1.0
    if any(name in out for name in _POOLED):
        out[CAUTION_CUE] = 1.0


def _unit(flat: str, start: int, stop: int) -> bool:
    """A unit after "Chairman, ": no title word among its words."""
    for found in _UNIT_TITLE.finditer(flat, start, stop):
        words = set(re.findall(r"[a-z]+", found.group("unit").lower()))
        if words and not words & _TITLE_UNIT_WORDS:
            return True
    return False


def _name_cues(
    ctx: Context,
    low: str,
    candidate: Candidate,
    mention: int,
    end: int,
    mention_starts: list[int],
    out: dict[str, float],
) -> None:
    """Cues read next to the candidate's name."""
    event = candidate.event
    sentence = event.sentence
    direction = event.direction
    before_start = max(sentence.start, mention - 90)
    found = _REQUEST.search(low, before_start, mention)
    if found and _only_titles(low, found.end(), mention):
        out["trap:requester"] = 1.0
    if direction != Direction.LEAVE and (
        _POSSESSIVE_SUCCESSOR.match(low, end, min(len(low), end + 30))
        or _SUCCESSOR_TO.search(low, max(sentence.start, mention - 60), mention)
    ):
        out["trap:successor_of_name"] = 1.0
    if direction == Direction.LEAVE and _FOLLOWING.search(
        low, max(sentence.start, mention - 80), mention
    ):
        out["trap:following_departure"] = 1.0
    nxt = bisect_right(mention_starts, end)
    stop = mention_starts[nxt] if nxt < len(mention_starts) else sentence.end
    stop = min(stop, sentence.end, end + 140)
    officer = _OFFICER_TITLE.match(low, end, stop)
    if officer and not _BOARD.search(low, officer.end(), min(stop, officer.end() + 80)):
        out["trap:officer_after_name"] = 1.0
    team = _EXECUTIVE_TEAM.search(low, end, min(sentence.end, end + 120))
    if team and not _BOARD.search(low, end, team.start()):
        out["trap:executive_team"] = 1.0


def _org_shaped(flat: str, start: int, end: int) -> bool:
    """An organisation's word ends the name or follows it, and is no name's word.

    "Gosford Quarries", "Hong Kong Exchanges (and Clearing)", "Mehra Goel & Co";
    not "John Chambers" (a surname on the lexicon's list).
    """
    name = flat[start:end]
    last = _ORG_LAST.search(name)
    if last is not None:
        word = last.group().strip().rstrip(".").lower()
        if word not in surnames() and word not in given_names():
            return True
    return "&" in name or _ORG_AFTER.match(flat, end, end + 30) is not None


def _only_titles(low: str, start: int, stop: int) -> bool:
    """Between a request cue and the name: titles, other names and "and" only."""
    between = low[start:stop]
    return not re.search(
        r"[.;:]|,(?!\s*and\b)|\b(?:that|who|to|has|have|had|was|is|will)\b", between
    )


def _negated(low: str, start: int, stop: int) -> bool:
    """A negation at most four words before the trigger, no comma between.

    "has not resigned", "will not be appointed"; not "As the resolution was not
    carried, X will retire", nor "did not provide a reason for his resignation".
    """
    for found in _NEGATED.finditer(low, start, stop):
        between = low[found.end() : stop]
        if "," not in between and len(between.split()) <= 4:
            return True
    return False


def _clause_cues(
    flat: str,
    low: str,
    candidate: Candidate,
    out: dict[str, float],
    cache: dict[tuple[str, int], bool],
) -> None:
    """Denial, negation, hedging, hearsay and conditions around the trigger."""
    event = candidate.event
    sentence = event.sentence
    start = event.trigger_start
    if _DENIED.search(low, sentence.start, start):
        out["trap:denied"] = 1.0
    if _negated(low, max(sentence.start, start - 40), start):
        out["trap:negated_clause"] = 1.0
    if any(
        flat[m.start()] != "M"  # "1 May", "May 2026": the month
        for m in _HEDGED.finditer(low, max(sentence.start, start - 40), start)
    ):
        out["trap:hedged"] = 1.0
    for name, pattern in (("hearsay", _HEARSAY), ("conditional", _CONDITIONAL)):
        key = (name, sentence.start)
        if key not in cache:
            cache[key] = pattern.search(low, sentence.start, sentence.end) is not None
        if cache[key]:
            out["trap:" + name] = 1.0
