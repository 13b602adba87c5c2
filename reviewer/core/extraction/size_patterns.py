"""Expressions for the board's size and independent count after the change."""

from __future__ import annotations

from reviewer.core import lazyre as re

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20,
}  # fmt: skip
_NUM = r"(\d{1,2}|" + "|".join(WORD_NUMBERS) + r")"
ORDINALS = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
_ORD = r"(\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")"
BOARD_SIZE_RES = (
    re.compile(
        # "the Board grows to eleven members", "expands to 12", "stands at ten"
        r"\bboard\s+(?:has\s+|will\s+have\s+|was\s+|will\s+be\s+|will\s+|now\s+)?(?:been\s+)?"
        r"(?:expand(?:ed|s)?|increased|enlarged|grown|grows?|grew|rises|rose|shr[ia]nks?"
        r"|decreased|reduced|stands|stood|falls|fell)\s+(?:in\s+size\s+)?(?:to|at)\s+"
        + _NUM
        + r"\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bboard[^.;]{0,100}?\b(?:will|would|shall|to)?\s*(?:consist|(?:be|is|are)\s+(?:now\s+)?"
        r"(?:comprised|composed|made\s+up)|comprise|have|has|include)s?\s+(?:of\s+)?"
        + _NUM
        + r"\s+(?:members|directors|seats)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:increas(?:e[sd]?|ing)|expand(?:ed|s|ing)?|decreas(?:e[sd]?|ing)|reduc(?:e[sd]?|ing)"
        r"|set|fix(?:ed)?|bring(?:s|ing)?|rais(?:e[sd]?|ing))\s+(?:the\s+|its\s+)?(?:total\s+)?"
        r"(?:size|number)"
        r"[^.;]{0,60}?\b(?:to|at)\s+" + _NUM + r"\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bboard[^.;]{0,40}?\b(?:remains?|remained|will\s+remain|continues?\s+to\s+be)"
        r"\s+(?:at\s+)?" + _NUM + r"\s+(?:members|directors|seats)",
        re.IGNORECASE,
    ),
    re.compile(  # "bringing the company's board to ten members"
        r"\bbring(?:s|ing)?\s+(?:the\s+|its\s+|our\s+)?(?:\w+['’]s\s+)?board\s+(?:size\s+)?"
        r"to\s+" + _NUM + r"\s+(?:members|directors|seats)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bfrom\s+" + _NUM + r"\s+to\s+" + _NUM + r"\s+(?:members|directors|seats)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:will\s+have|now\s+has|now\s+consists\s+of)\s+"
        + _NUM
        + r"\s+directors\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bbecomes?\s+the\s+(\d{1,2})(?:st|nd|rd|th)\s+member\s+of\s+the\s+board",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bbecom(?:es?|ing)\s+(?:the\s+board['’]s|the|its)\s+"
        + _ORD
        + r"\s+(?:director|member|board\s+member)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bthe\s+following\s+"
        + _NUM
        + r"\s+(?:persons|individuals|nominees|directors)\s+were\s+(?:re-?)?elected",
        re.IGNORECASE,
    ),
    re.compile(  # "expand its board to ten members"
        r"\b(?:expand|increase|enlarge)(?:s|d|ed|ing)?\s+(?:the\s+|its\s+)?"
        r"(?:size\s+of\s+(?:the\s+|its\s+)?)?board(?:\s+of\s+directors)?\s+"
        r"(?:from\s+\w+\s+)?to\s+" + _NUM + r"\s+(?:members|directors|seats)\b",
        re.IGNORECASE,
    ),
)
INDEPENDENT_COUNT_RES = (
    re.compile(
        r"\b(?:have|has|with|comprise|comprises|consist\s+of)\s+(?:only\s+)?"
        + _NUM
        + r"\s+independent\s+(?:non-executive\s+)?directors",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:including|of\s+whom|with)\s+" + _NUM + r"\s+(?:are\s+)?independent",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b"
        + _NUM
        + r"\s+of\s+whom\s+(?:are|will\s+be|is)\s+(?:classified\s+as\s+)?independent",
        re.IGNORECASE,
    ),
)


# "the Board comprises three executive Directors, one non-executive Director and
# four independent non-executive Directors": the parts add up to the board.
# One part: "three independent directors", or one seat named by its title
# ("the Non-Executive Chair", "the Chief Financial Officer").
_PART = (
    r"(?:" + _NUM + r"\s+(?:[\w-]+\s+){0,3}?directors?"
    r"|the\s+(?:[\w-]+\s+){0,3}?(?:chair(?:man|woman|person)?|officer|president"
    r"|chief\s+executive(?!\s+officer)))"
)
BOARD_COMPOSITION_RE = re.compile(
    r"\bboard\s+(?:now\s+|then\s+|will\s+(?:then\s+|now\s+)?)?"
    r"(?:comprises?|consists?\s+of|is\s+composed\s+of)\s+"
    r"((?:" + _PART + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)?){2,6})",
    re.IGNORECASE,
)
COMPOSITION_PART_RE = re.compile(
    r"(?P<n>\d{1,2}|" + "|".join(WORD_NUMBERS) + r")\s+(?P<words>(?:[\w-]+\s+){0,3}?)"
    r"directors?|the\s+(?P<title>(?:[\w-]+\s+){0,3}?)(?:chair(?:man|woman|person)?"
    r"|officer|president|chief\s+executive(?!\s+officer))",
    re.IGNORECASE,
)


def number_value(word: str) -> int | None:
    """Return the integer for ``"7"`` or ``"seven"``, else None."""
    if word.isdigit():
        return int(word)
    if word[:-2].isdigit() and word[-2:].lower() in ("st", "nd", "rd", "th"):
        return int(word[:-2])
    return WORD_NUMBERS.get(word.lower()) or ORDINALS.get(word.lower())
