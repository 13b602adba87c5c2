"""Board roles in a span of text: which words name a seat on *this* board.

Job titles that contain "Director" (``Director of Marketing``, ``Managing
Director``), officer titles and other organisations' boards are not board roles.
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.core import lazyre as re
from reviewer.core.extraction.patterns import (
    JOB_DIRECTOR_RE,
    OFFICER_RE,
    ROLE_RE,
    UPPER,
)

_BOARD_WORD_BEFORE_DIRECTOR = frozenset(
    {"independent", "non-executive", "executive", "lead", "board", "company", "class",
     "presiding", "senior", "new", "outside", "non-employee", "employee", "a", "the",
     "as", "and", "interim", "nominee", "its", "our", "corporation", "i", "ii", "iii"}
)  # fmt: skip
_PREV_WORD = re.compile(r"([A-Za-z-]+)\s*$")
# Lower-case words of a committee's name ("nominating and corporate governance").
_LOWER_WORDS = (
    r"(?:(?!(?:board|member|members|of|the|a|an|and|its|our|each)\b)[a-z][\w-]*,?\s+"
    r"(?:and\s+)?){1,5}"
)
_COMMITTEE_CHAIR_RE = re.compile(
    r"\b[Cc]hair(?:man|woman|person)?(?:ship)?\s+of\s+(?:the\s+|its\s+|our\s+)?(?:["
    + UPPER
    + r"][\w,&'’-]*\s+(?:and\s+|&\s+)?){1,6}Committee"
    r"|\b(?:["
    + UPPER
    + r"][\w,&'’-]*\s+(?:and\s+)?){1,6}Committee\s+[Cc]hair(?:man|woman|person)?\b"
    # the same in lower case: "chairman of the audit committee"
    r"|\b[Cc]hair(?:man|woman|person)?(?:ship)?\s+of\s+(?:the|its|our)\s+"
    + _LOWER_WORDS
    + r"committee\b"
    r"|\b(?<=the\s)" + _LOWER_WORDS + r"committee\s+chair(?:man|woman|person)?\b"
    # "chair of that committee": the committee named before
    r"|\b[Cc]hair(?:man|woman|person)?\s+of\s+(?P<that>that|this|the\s+same)\s+committee\b",
)
_NAMED_COMMITTEE_RE = re.compile(
    r"((?:[" + UPPER + r"][\w,&'’-]*\s+(?:and\s+|&\s+)?){1,6})Committee\b"
)
_CHAIR_OF_OTHER_RE = re.compile(
    r"\bchair(?:man|woman|person)?\s+of\s+(?!the\s+board|its\s+board|our\s+board|the\s+company|the\s+supervisory\s+board)(?:the\s+)?(?-i:[A-Z])",  # noqa: E501 (a named organisation)
    re.IGNORECASE,
)
_DIRECTOR_OF_OTHER_RE = re.compile(
    r"\bdirectors?\s+(?:of|at)\s+(?!the\s+(?i:company|corporation|registrant|board|bank|trust|fund|issuer|partnership)\b)"
    r"(?:the\s+)?[A-Z]",
)


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A board role written in the text."""

    start: int
    end: int
    role: str
    family: str


def role_family(role: str) -> str:
    """Return the family: lead independent, vice/committee chair, chair, director."""
    text = re.sub(r"\([^)]*\)", " ", role.lower())
    # the UK's "Senior Independent Director" is the lead independent director
    if re.search(
        r"lead\s+(?:independent|director)|presiding director|senior\s+independent", text
    ):
        return "lead independent director"
    # "Vice President of the Board (of Directors)" (role:president_of_the_board)
    if re.search(
        r"vice[- ]?chair|deputy chair|(?:vice[- ]|deputy )president of the", text
    ):
        return "vice chair"
    if re.search(
        r"committee\s+chair|chair(?:man|woman|person)?\s+of\s+(?:the\s+)?[\w ,&]*committee",  # noqa: E501
        text,
    ):
        return "committee chair"
    if "chair" in text or re.search(r"\bpresident of the (?:supervisory )?board", text):
        return "chair"
    return "director"


def _normalise(raw: str) -> str:
    text = " ".join(raw.lower().split())
    text = re.sub(
        r"^member\s+of\s+the\s+board(?:\s+of\s+directors)?$", "director", text
    )
    # "president of the board of directors": the chair, named so
    text = re.sub(
        r"\bpresident\s+of\s+the\s+(?:supervisory\s+)?board(?:\s+of\s+directors)?$",
        "chairman",
        text,
    )
    text = re.sub(r"\s+of\s+the\s+board(?:\s+of\s+directors)?$", "", text)
    text = text.replace("board member", "director")
    if text.endswith("directors"):
        text = text[:-1]
    return text


def find_roles(flat: str, start: int, end: int) -> list[RoleMention]:
    """Return board roles in ``flat[start:end]`` except job titles, other boards."""
    found: list[RoleMention] = []
    blocked: list[tuple[int, int]] = [
        (m.start(), m.end()) for m in JOB_DIRECTOR_RE.finditer(flat, start, end)
    ]
    for match in _COMMITTEE_CHAIR_RE.finditer(flat, start, end):
        committee = re.search(
            r"((?:[\w,&'’-]+\s+(?:and\s+)?){1,6}?)[Cc]ommittee",
            re.sub(r"^\w+\s+of\s+(?:the|its|our)\s+", "", match.group()),
        )
        name = committee.group(1).strip().lower() if committee else ""
        if match.group("that"):
            named = list(_NAMED_COMMITTEE_RE.finditer(flat, max(0, start - 600), start))
            named += _NAMED_COMMITTEE_RE.finditer(flat, start, match.start())
            name = named[-1].group(1).strip().lower() if named else ""
        found.append(
            RoleMention(
                match.start(),
                match.end(),
                f"{name} committee chair".strip(),
                "committee chair",
            )
        )
        blocked.append((match.start(), match.end()))
    for match in ROLE_RE.finditer(flat, start, end):
        if any(a <= match.start() < b for a, b in blocked):
            continue
        raw = match.group()
        lowered = raw.lower()
        if "director" in lowered and not lowered.startswith(("lead", "member")):
            prev = _PREV_WORD.search(
                flat[max(start, match.start() - 25) : match.start()]
            )
            if (
                prev
                and prev.group(1)[:1].isupper()
                and prev.group(1).lower() not in _BOARD_WORD_BEFORE_DIRECTOR
            ):
                continue  # "Safeguards Director", "Art Director"
            title = lowered.rfind("director") if "board" not in lowered else 0
            if _DIRECTOR_OF_OTHER_RE.match(
                flat, match.start() + title, min(end, match.end() + 40)
            ):
                continue  # "a non-executive Director of Harbour Bank Limited"
        if (
            "chair" in lowered
            and "committee" not in lowered
            and _CHAIR_OF_OTHER_RE.match(
                flat,
                match.start() + lowered.rfind("chair"),
                min(end, match.end() + 40),
            )
            and not re.match(
                r"\w+\s+of\s+the\s+board",
                flat[match.start() : match.end() + 20],
                re.IGNORECASE,
            )
        ):
            continue
        role = _normalise(raw)
        found.append(RoleMention(match.start(), match.end(), role, role_family(role)))
    found.sort(key=lambda r: r.start)
    return found


def has_officer(flat: str, start: int, end: int) -> bool:
    """Whether an officer title (CEO, CFO, President...) appears in the span."""
    # "Director of Safety", "Regional Director": job titles, held by officers
    return (
        OFFICER_RE.search(flat, start, end) is not None
        or JOB_DIRECTOR_RE.search(flat, start, end) is not None
    )
