"""Which seat a change is about: board roles near a trigger, not other boards."""

from __future__ import annotations

from reviewer.core import lazyre as re
from reviewer.core.extraction.context import Context
from reviewer.core.extraction.patterns import (
    BOARD_RE,
    JOB_DIRECTOR_RE,
    OTHER_BOARD_RE,
    UPPER,
)
from reviewer.core.extraction.roles import (
    RoleMention,
    find_roles,
    has_officer,
)
from reviewer.core.extraction.sentences import Sentence

_YEAR_RE = re.compile(
    r"\b(?:in|from|during|until|between)\s+(?:\w+,?\s+)?(?:\d{1,2},?\s+)?(19\d\d|20\d\d)\b",
    re.IGNORECASE,
)


_BIO_RE = re.compile(
    r"\b(?:since\s+(?:his|her|their|joining)|prior\s+to|previously|formerly|former|earlier\s+in\s+(?:his|her)\s+career"
    r"|before\s+joining|served\s+as|has\s+served|(?:he|she)\s+was(?!\s+\w+ing\b)|following\s+(?:his|her)\s+retirement\s+from)\b",
    re.IGNORECASE,
)


_SEAT_OF_RE = re.compile(
    r"\b(?:(?:vice[- ])?chair\w*|member|director)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A subsidiary's board: "the subsidiary's board", "the board of its Irish subsidiary".
_SUBSIDIARY_BOARD_RE = re.compile(
    r"\b(?:subsidiary|subsidiaries|affiliate)['’]?s?\s+boards?(?:\s+of\s+directors)?\b"
    r"|\bboards?\s+of\s+(?:directors\s+of\s+)?(?:the|its|our|a|an|each|one\s+of\s+"
    r"(?:its|our|the\s+company['’]s))\s+(?:[\w-]+\s+){0,3}subsidiar(?:y|ies)\b",
    re.IGNORECASE,
)
# "X Ltda., the company's wholly owned subsidiary, has appointed A to its board":
# "its" is the subsidiary (but "Acme, a subsidiary of Big Corp, ... its board" is not).
_ITS_BOARD_RE = re.compile(
    r"\b(?:its|their)\s+(?:[\w-]+\s+)?boards?(?:\s+of\s+directors)?\b", re.IGNORECASE
)
_SUBSIDIARY_WORD = re.compile(
    r"\bsubsidiar(?:y|ies)\b(?!\s+of\b(?!\s+(?:the|our)\s+(?i:company|corporation|group)\b))",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[.;]\s+(?=[A-Z])")


# "the Bank's board of directors": an organisation named by a common noun
_NOUN_BOARD_RE = re.compile(
    r"\bthe\s+(?P<org>(?!(?:Company|Corporation|Registrant|Issuer|Group|Board)\b)"
    r"[A-Z][a-z]+)['’]s\s+boards?(?:\s+of\s+directors)?\b"
)


# "appointed to the World Nuclear Association Board": a body that is no company
_BODY_BOARD_RE = re.compile(
    r"\b(?:[A-Z][\w&'’-]*\s+){0,5}(?:Association|Institute|Foundation|Council|Society"
    r"|Federation|University|College|Hospital|Museum|Chamber|Forum|Alliance|Academy"
    r"|Commission|Charity|Coalition|Consortium)\s+[Bb]oards?\b"
)


# "the Company's and the Bank's boards": the issuer's board is named too
_ISSUER_ALSO = re.compile(
    r"\b(?:Company|Corporation|Registrant)['’]s\s+(?:and|as\s+well\s+as)\s+$"
)


def _subsidiary_spans(flat: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = [
        (m.start(), m.end()) for m in _SUBSIDIARY_BOARD_RE.finditer(flat, start, end)
    ]
    for match in _ITS_BOARD_RE.finditer(flat, start, end):
        head = flat[max(0, match.start() - 240) : match.start()]
        stops = list(_SENTENCE_STOP.finditer(head))
        if stops:
            head = head[stops[-1].end() :]
        if _SUBSIDIARY_WORD.search(head):
            spans.append((match.start(), match.end()))
    return spans


# "its wholly-owned subsidiary, Tarnby Trust Limited ("TTL")": the name and its alias
_SUBSIDIARY_NAMED = re.compile(
    # "subsidiary, Kestrel Re (Cayman) Ltd. ("KRC")": a parenthesised place inside
    r"\bsubsidiar(?:y|ies)\b,?\s+(?P<name>(?:(?:[A-Z][\w&.'-]*|\([A-Z][\w.' -]*\))\s+)"
    r"{0,6}[A-Z][\w&.'-]*)"
    r"(?:\s*\(\s*(?:the\s+)?[\"“](?P<alias>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})[\"”])?"
)


def subsidiary_names(flat: str) -> re.Pattern[str] | None:
    """A pattern for the seats at subsidiaries the document names, or None.

    For example ``of TTL``, ``the TTL board``, ``Tarnby Trust Limited's board``.
    """
    names: set[str] = set()
    if "ubsidiar" not in flat:
        return None
    for match in _SUBSIDIARY_NAMED.finditer(flat):
        names.add(match.group("name"))
        if match.group("alias"):
            names.add(match.group("alias"))
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(
        rf"\b(?:of|from|to|on|at)\s+(?:the\s+)?(?:board\s+of\s+)?(?:{alternatives})\b"
        rf"|\b(?:{alternatives})(?:['’]s)?\s+board\b"
    )


def at_subsidiary(ctx: Context, start: int, end: int) -> bool:
    """Whether ``[start, end)`` places the seat at a subsidiary the document named."""
    return ctx.subsidiaries is not None and bool(
        ctx.subsidiaries.search(ctx.flat, start, end)
    )


def other_board_spans(
    ctx: Context, start: int, end: int, subsidiaries: bool = True
) -> list[tuple[int, int]]:
    """Spans in ``[start, end)`` naming another organisation's board.

    A named company's, or a subsidiary's unless ``subsidiaries`` is false.
    """
    lowered = ctx.flat[max(0, start - 240) : end].lower()
    spans = (
        _subsidiary_spans(ctx.flat, start, end)
        if subsidiaries and "subsidiar" in lowered
        else []
    )
    spans += [
        (m.start(), m.end())
        for m in _NOUN_BOARD_RE.finditer(ctx.flat, start, end)
        if m.group("org").lower() not in ctx.issuer_words
        and not _ISSUER_ALSO.search(ctx.flat, max(0, m.start() - 40), m.start())
    ]
    spans += [
        (m.start(), m.end())
        for m in _BODY_BOARD_RE.finditer(ctx.flat, start, end)
        if not set(re.findall(r"[a-z0-9]+", m.group().lower())) & ctx.issuer_words
    ]
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


def is_biography(
    ctx: Context, sentence: Sentence, trigger_start: int, trigger_end: int
) -> bool:
    """Whether the trigger sits in a biography (``in 2019``, ``previously``)."""
    clause = _clause_start(ctx.flat, sentence, trigger_start)
    window = ctx.flat[
        max(clause, trigger_start - 30) : min(sentence.end, trigger_end + 60)
    ]
    reference = ctx.announcement.year if ctx.announcement else ctx.latest_year
    if reference is not None:
        for year in _YEAR_RE.findall(window):
            if int(year) < reference - 1:
                return True
    found = _BIO_RE.search(ctx.flat, clause, trigger_end)  # "she was resigning" is not
    return found is not None and found.start() < trigger_start


_NAMED_BEFORE_PAREN = re.compile(r"[" + UPPER + r"][\w'’-]+\s*\(\s*$")


def board_roles(ctx: Context, start: int, end: int) -> tuple[list[RoleMention], bool]:
    """Board roles in [start, end) outside other boards; whether "board" appears."""
    other = other_board_spans(ctx, start, end)
    for m in JOB_DIRECTOR_RE.finditer(ctx.flat, start, end):
        # "a non-executive Director of Harbour Bank Limited": the whole title
        lead = _DIRECTOR_ADJECTIVES.search(
            ctx.flat, max(start, m.start() - 40), m.start()
        )
        other.append((lead.start() if lead else m.start(), m.end()))
    other += [  # "its Scientific Advisory Board" advises; it is not the board
        (m.start(), m.end()) for m in _ADVISORY_RE.finditer(ctx.flat, start, end)
    ]
    roles = [
        r
        for r in find_roles(ctx.flat, start, end)
        if not any(a < r.end and r.start < b for a, b in other)
        # "the Audit Committee consists of Jo Ng (Chair) and Al Li": Jo Ng's role
        and not _NAMED_BEFORE_PAREN.search(ctx.flat, max(0, r.start - 40), r.start)
    ]
    board = any(
        not any(a <= m.start() < b for a, b in other)
        for m in BOARD_RE.finditer(ctx.flat, start, end)
    )
    return roles, board


_CURRENT_ROLE_RE = re.compile(
    r"\b(?:currently|current|formerly|former|previously|existing|incumbent|who\s+is"
    r"|who\s+was|has\s+served\s+as|serves\s+as)\s+(?:(?:the|a|an|its|our)\s+)?$",
    re.IGNORECASE,
)


_SINCE_AFTER_RE = re.compile(r"\s+since\b", re.IGNORECASE)


def is_current_role(flat: str, role: RoleMention, sentence: Sentence) -> bool:
    """Whether a role is the one held now or before.

    For example ``currently Lead Director``, ``a director since 2019``.
    """
    head = flat[max(sentence.start, role.start - 30) : role.start]
    return (
        _CURRENT_ROLE_RE.search(head) is not None
        or _SINCE_AFTER_RE.match(flat, role.end, sentence.end) is not None
    )


def pick_role(roles: list[RoleMention], board: bool) -> str:
    """The role for a row: the most senior role found, with the director title."""
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
    directors = sorted(
        (r.role for r in roles if r.family == "director"), key=len, reverse=True
    )
    if best.family != "director" and "director" in families:
        return f"{directors[0]}; {best.role}"
    return directors[0] if best.family == "director" else best.role


_LEADING_TITLE = re.compile(
    r"\s*,?\s*(?:by\s+the\s+(?:board|company)(?:\s+of\s+directors)?\s+)?"
    r"(?:(?:as|to\s+serve\s+as|to\s+be|to\s+the\s+(?:role|position|office)s?\s+of)\s+"
    r"|(?=(?:the\s+|its\s+)?(?:new\s+|interim\s+|acting\s+)?(?-i:Chief|President|Treasurer"
    r"|Corporate\s+Secretary|General\s+Counsel|Controller|CEO|CFO|COO|CTO"
    r"|(?:Executive\s+|Senior\s+)?Vice\s+President)\b))"  # "named Chief Legal Officer"
    r"(?:the\s+|its\s+|our\s+|a\s+|an\s+)?(?:new\s+|interim\s+|acting\s+)?",
    re.IGNORECASE,
)


_PHRASE_END = re.compile(
    r"\s+and\s+(?:there|he|she|the|his|her|it|any)\b|\s+or\s+any\b|,|;|\s+effective\b|\s+on\s+|\s+and\s+will\b|\s+who\b|\s+with\s+effect"
    r"|\s+from\s+|\s+until\b|\s+following\b|\s+in\s+addition|\s+after\b|\s+but\b"
    r"|\s+while\b|\s+although\b",
    re.IGNORECASE,
)


def leading_roles(
    ctx: Context, start: int, end: int
) -> tuple[list[RoleMention], bool, bool] | None:
    """(roles, board word present, officer present) of the title after a trigger.

    For example ``appointed as Chief Financial Officer``; None without a title.
    """
    lead = _LEADING_TITLE.match(ctx.flat, start, end)
    if not lead:
        return None
    stop = _PHRASE_END.search(ctx.flat, lead.end(), min(end, lead.end() + 120))
    phrase_end = stop.start() if stop else min(end, lead.end() + 120)
    roles, board = board_roles(ctx, lead.end(), phrase_end)
    # "will retire as CEO and from the Board": the officer title and the seat
    also = _ALSO_BOARD_RE.search(ctx.flat, lead.end(), min(end, phrase_end + 40))
    officer = has_officer(ctx.flat, lead.end(), phrase_end) and also is None
    return roles, board or also is not None, officer


_DIRECTOR_ADJECTIVES = re.compile(
    r"(?:\b(?:independent|non-executive|executive)\s+)+$", re.IGNORECASE
)
_ALSO_BOARD_RE = re.compile(
    r"\band\s+(?:as\s+(?:a\s+)?(?:director|member\s+of\s+(?:the|its|our)\s+board)"
    r"|(?:from|on|to)\s+(?:the|its|our)\s+board)\b",
    re.IGNORECASE,
)
_ADVISORY_RE = re.compile(
    r"\b(?:(?:[A-Z][a-z]+\s+){0,2}Advisory\s+(?:Board|Council)|Board\s+of\s+Advisors)\b",
    re.IGNORECASE,
)
