"""Does the document say a person already sits on the board?

A chair or vice chair "appointed"/"named" without joining wording is an existing
director's role change only when the text says they already sit on the board
("X, an independent director since 2018", "Board Member X", "X joined the board
in 2012", "X previously served as a director"); otherwise the corpus reading is a
new member who joins as chair (data/corpus/README.md). The patterns are data:
each names the wording it reads, and :func:`seated_by` returns that name (the
rule id ``seat:<name>``).
"""

from __future__ import annotations

from reviewer.core import lazyre as re
from reviewer.core.extraction.names import Person

_DIRECTOR = r"(?:director|board\s+member|member\s+of\s+the\s+board)"
# "board", "board of directors", not "board of Acme Corp" (another organisation)
_THE_BOARD = r"board(?:\s+of\s+directors)?\b(?!\s+of\b)"

# Wording right before a mention of the person.
BEFORE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "chief_executive",  # "elected CEO David Foulkes as chairman": the issuer's
        # chief executive sits on its board
        re.compile(
            r"\b(?:ceo|chief\s+executive(?:\s+officer)?)\s*,?\s*"
            r"(?:(?:mr|ms|mrs|dr)\.?\s+)?$",
            re.IGNORECASE,
        ),
    ),
    (
        "title_before",  # "Board Member Bill Caple", "independent director Jo Lee"
        re.compile(
            r"\b(?:board\s+member|(?:independent|executive|non-executive|existing|"
            r"current|sitting)\s+director|lead\s+independent\s+director)"
            r"\s*,?\s*(?:(?:mr|ms|mrs|dr)\.?\s+)?$",
            re.IGNORECASE,
        ),
    ),
)

# Wording right after a mention of the person (the patterns stop at a sentence end).
AFTER: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "appositive",  # "X, an independent director since 2018," "X, its Lead
        # Independent Director," "X, 3M's CEO and Director," "X, Chair of the Audit
        # Committee," "X ("Ms. Lam"), an executive Director"
        re.compile(
            r"^\s*(?:,\s*[\w.'-]+\s*)?(?:\([^)]{0,40}\)\s*)?,\s*"
            r"(?![^,;.]{0,80}\b(?:join|appoint|elect|name|nominat|becom|as|former|retir)\w*\b)"
            rf"[^,;.]{{0,80}}?\b(?:{_DIRECTOR}|committee)s?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "since",  # "X, a director since 2007", "X, who joined the board in 2012"
        re.compile(
            r"^[^.;]{0,60}?\b(?:"
            rf"{_DIRECTOR}\s+since\b|joined\s+the\s+(?:[\w'’-]+\s+){{0,3}}{_THE_BOARD}|"
            rf"(?:has\s+)?(?:served|sat)\s+on\s+the\s+(?:[\w'’-]+\s+){{0,3}}{_THE_BOARD}"
            r"(?:\s+since|\s+for)|"
            r"(?:previously|already|has)\s+(?:served|serves|been)\s+as\s+an?\s+"
            rf"(?:[\w-]+\s+)?{_DIRECTOR}\b)",
            re.IGNORECASE,
        ),
    ),
)


def seated_by(flat: str, person: Person) -> str:
    """The name of the wording that seats ``person`` on the board, or ``""``."""
    spans = {(m.start, m.end) for m in person.mentions}
    # a bare surname the name finder did not return ("Hansen, a director since 2007")
    for surname in {m.tokens[-1] for m in person.mentions if len(m.tokens) > 1}:
        for found in re.finditer(rf"\b{re.escape(surname)}\b", flat):
            spans.add((found.start(), found.end()))
    for start, end in sorted(spans):
        before = flat[max(0, start - 60) : start]
        for name, pattern in BEFORE:
            if pattern.search(before):
                return name
        after = flat[end : end + 160]
        for name, pattern in AFTER:
            if pattern.search(after):
                return name
    return ""
