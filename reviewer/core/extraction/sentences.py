"""Sentence spans over a document's text, robust to hard-wrapped lines.

Offsets always refer to the original text. :func:`flatten` gives a
same-length copy with every whitespace character turned into a space, so
regular expressions see names and phrases that a line break split.
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.core import lazyre as re
from reviewer.core.extraction.patterns import UPPER

_WS_RE = re.compile(r"[\n\r\t\f\v]")

# Words whose trailing period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st no inc corp co ltd llc plc lp nos vs etc fig jan
    feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e p.m a.m gen
    gov sen rep rev hon messrs mssrs mmes ph.d m.d approx dept est ala ariz ark
    calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()  # noqa: SIM905
)

_BOUNDARY = re.compile(
    r"(?=[.!?\n \t])(?:(?P<blank>\n[ \t\f\r]*\n\s*)"
    r"|(?P<stop>[.!?][\"”’)\]]*)(?P<space>\s+)(?=[\"“(\[]?[0-9•*\-" + UPPER + r"])"
    r"|(?P<line>\n)(?=[ \t]*(?:[•*\-–]\s|\(\w{1,3}\)\s|Item\s+\d|ITEM\s+\d))"
    r"|(?<=:)[ \t]*(?P<colon>\n)"  # a line ending in a colon introduces lines
    r"|(?P<enum>[ \t])(?=\(\d{1,2}\)[ \t]+[A-Z]))"
)
_COMPANY_ENDINGS = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "lp"})
_SENTENCE_OPENER = re.compile(
    r"\s+(?:The|This|These|He|She|It|They|We|Our|His|Her|Its|In|On|As|At|For|Mr|Ms|Mrs"
    r"|Dr|Additionally|Prior|During|Since|Before|After|Following|Effective|There)\b"
)
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
_SHORT_LINE = 60


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: offsets into the document text and its flattened text."""

    start: int
    end: int
    text: str


def flatten(text: str) -> str:
    """Return ``text`` with every whitespace character replaced by a space."""
    return _WS_RE.sub(" ", text)


def _is_abbreviation(text: str, stop_at: int) -> bool:
    head = text[max(0, stop_at - 12) : stop_at]
    cut = len(head)
    while cut > 0 and (head[cut - 1].isalpha() or head[cut - 1] == "."):
        cut -= 1
    word = head[cut:].lower().rstrip(".")
    if not word:
        return False
    if word in _COMPANY_ENDINGS and _SENTENCE_OPENER.match(text, stop_at + 1):
        return False  # "... of Beta Corp. The Board ..."
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Joseph J. Rutherford"
    if _INITIALISM.fullmatch(word):
        return True  # "C.H. Robinson", "U.S."
    return word in _ABBREVIATIONS


def _line_breaks(text: str, start: int, end: int) -> list[int]:
    """Split points inside [start, end) after short lines that end a heading."""
    cuts: list[int] = []
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        if nl < 0:
            return cuts
        line = text[pos:nl].strip()
        if (
            line
            and len(line) < _SHORT_LINE
            and not line.endswith((",", "-", "("))
            and not line.startswith(("•", "* ", "- ", "– "))  # a wrapped bullet item
        ):
            words = line.split()
            capital = sum(1 for w in words if not w[:1].islower())
            last = words[-1]
            if (
                capital >= 0.6 * len(words)
                and not last[:1].islower()
                and last.lower() not in ("and", "of", "the")
            ):
                cuts.append(nl + 1)
        pos = nl + 1


def split_sentences(
    text: str, start: int = 0, end: int | None = None, flat: str | None = None
) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences.

    Boundaries: blank lines, a sentence-final mark followed by a capital, a line
    that starts a bullet or an item, and the end of a short heading-like line.
    """
    end = len(text) if end is None else end
    flat = flatten(text) if flat is None else flat
    cuts = [start]
    for match in _BOUNDARY.finditer(text, start, end):
        if match.group("stop"):
            if _is_abbreviation(text, match.start("stop")):
                continue
            cuts.append(match.start("space"))
        elif match.group("blank"):
            cuts.append(match.start())
        else:
            cuts.append(match.end())
    cuts.append(end)
    bounds = sorted(set(cuts))
    result: list[Sentence] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        for piece_start, piece_end in _pieces(text, a, b):
            for s, e in _capped(text, *_trim(text, piece_start, piece_end)):
                if e > s:
                    result.append(Sentence(s, e, flat[s:e]))
    return result


# A "sentence" longer than this (a run-on text without sentence marks) is cut
# at semicolons or line breaks, else commas, else spaces, so that the work per
# sentence stays bounded.
MAX_SENTENCE = 2000
_CUT_MARKS = (";\n", ",", " \t")


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` cut into pieces of at most ``MAX_SENTENCE`` characters."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = limit
        for marks in _CUT_MARKS:
            best = max(
                text.rfind(mark, start + MAX_SENTENCE // 4, limit) for mark in marks
            )
            if best > start:
                cut = best + 1
                break
        pieces.append(_trim(text, start, cut))
        start = cut
    pieces.append(_trim(text, start, end))
    return pieces


def _pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    inner = _line_breaks(text, a, b)
    if not inner:
        return [(a, b)]
    points = [a, *inner, b]
    return list(zip(points, points[1:], strict=False))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
