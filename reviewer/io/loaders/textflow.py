"""Make extracted lines read like the document: unwrap, dehyphenate, expand ligatures.

Two entry points share the same rules:

* :func:`unwrap_plain_text` for text files: a single newline inside a hard-wrapped
  paragraph becomes a space; blank lines, headings and list items stay.
* :func:`flow_lines` for PDF lines that carry one box per character: the same
  joins, decided from the page geometry, and every inserted or removed character
  is mirrored in the box array so offsets map to boxes exactly.
"""

from __future__ import annotations

import logging
import math
import re
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)

NAN = math.nan
NO_BOX: tuple[float, float, float, float] = (NAN, NAN, NAN, NAN)

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}

HYPHENS = "-\u2010\u00ad\x02"
"""Characters that may end a line in a hyphenated word (\\x02 is PDFium's mark)."""
HYPHEN_SET = frozenset(HYPHENS)


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a lexicon written as one string."""
    return frozenset(text.split())


# Prefixes and suffixes that form real compounds: the hyphen stays when a line
# break splits such a word (``carrier-`` / ``neutral``).
COMPOUND_PREFIXES = words(
    "non co self well ex vice pre post multi anti mid cross long short  "
    "full part half high low first second third one two three four five  "
    "six seven eight nine ten year month day carrier cloud board chief  "
    "non-executive lead independent senior wholly majority minority owner  "
    "award record fee "
)
COMPOUND_SUFFIXES = words(
    "based owned term time neutral related known level led wide elect  "
    "elected appointed chair free like old year month day scale run making  "
    "stated class focused oriented driven "
)

FUNCTION_WORDS = words(
    "a an the of to in on at by for with from and or nor but as into onto upon "
    "its his her their our your this that these those which who whom whose "
    "is are was were be been has have had will would shall should may can"
)
"""Words that cannot end a paragraph: a line ending in one goes on."""

_BULLET = re.compile(
    r"^\s*(?:[\u2022\u25cf\u25aa\u25a0\u2013\u2014\u00b7*\-\u2043\u25e6]\s|"
    r"\(?[0-9]{1,3}[.)]\s|\([a-zA-Z]\)\s|[a-z][.)]\s|\([ivxIVX]{1,5}\)\s|"
    r"(?:item|section)\s+\d)",
    re.IGNORECASE,
)
_WORD_END = re.compile(r"([A-Za-z\u00c0-\u024f]+)[" + re.escape(HYPHENS) + r"]$")
_WORD_START = re.compile(r"^([A-Za-z\u00c0-\u024f]+)")
_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*")
TAIL = 256
"""Characters at the end of a line that decide how it joins the next one.

Only this tail is searched, so a very long line (or a long paragraph being
built) costs the same as a short one: without it the end-of-word search is
quadratic in the line's length.
"""


@dataclass
class Line:
    """One printed line: its text and, for PDFs, one box per character.

    Attributes:
        text: the characters of the line.
        boxes: one (x0, top, x1, bottom) per character, or None for text files.
        page: 0-based page index (PDFs).
        x0: left edge of the line.
        top: top edge.
        x1: right edge.
        bottom: bottom edge.
        tabular: the line has table columns (never joined to its neighbours).
    """

    text: str
    boxes: list[tuple[float, float, float, float]] | None = None
    page: int = 0
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    tabular: bool = False

    @property
    def height(self) -> float:
        """Line height in points."""
        return self.bottom - self.top


@dataclass
class Flowed:
    """The result of :func:`flow_lines`: text, boxes and where each page starts."""

    text: str
    boxes: array[float] = field(repr=False)
    page_starts: list[int]


_LIGATURE_CHARS = re.compile("[" + "".join(LIGATURES) + "]")
"""One precompiled class of every ligature: a C-speed test for "any ligature?"."""
_LIGATURE_TABLE = str.maketrans(LIGATURES)


def expand_ligatures(
    text: str, boxes: list[tuple[float, float, float, float]] | None = None
) -> tuple[str, list[tuple[float, float, float, float]] | None]:
    """Replace ligature characters by their letters, splitting each box evenly."""
    if _LIGATURE_CHARS.search(text) is None:
        return text, boxes
    if boxes is None:
        return text.translate(_LIGATURE_TABLE), None
    # Only the ligatures' boxes change: copy the runs between them whole.
    out_boxes: list[tuple[float, float, float, float]] = []
    done = 0
    for match in _LIGATURE_CHARS.finditer(text):
        i = match.start()
        out_boxes.extend(boxes[done:i])
        letters = LIGATURES[text[i]]
        x0, top, x1, bottom = boxes[i]
        step = (x1 - x0) / len(letters)
        for k in range(len(letters)):
            out_boxes.append((x0 + k * step, top, x0 + (k + 1) * step, bottom))
        done = i + 1
    out_boxes.extend(boxes[done : len(text)])
    return text.translate(_LIGATURE_TABLE), out_boxes


def is_list_item(line: str) -> bool:
    """True when a line starts a bullet, a numbered item or an ``Item 5.02``."""
    return bool(_BULLET.match(line))


def word_vocabulary(text: str) -> Counter[str]:
    """Count lower-cased words and hyphenated compounds in ``text``."""
    counts: Counter[str] = Counter()
    for token in _TOKEN.findall(text):
        lower = token.lower()
        counts[lower] += 1
        if "-" in lower:
            counts[lower.replace("-", "")] += 0  # make the key known
    return counts


class LazyVocabulary:
    """:func:`word_vocabulary` of a text, counted the first time it is asked.

    Most texts never ask: only a lower-case word cut by a line-end hyphen
    (``re-`` / ``elected``) needs the vocabulary to decide.
    """

    __slots__ = ("_counts", "_text")

    def __init__(self, text: str | Callable[[], str]) -> None:
        """Count ``text`` (or the text the callable returns) on first use."""
        self._text = text
        self._counts: Counter[str] | None = None

    def get(self, word: str, default: int = 0) -> int:
        """How often ``word`` occurs (like ``Counter.get``)."""
        if self._counts is None:
            text = self._text if isinstance(self._text, str) else self._text()
            self._counts = word_vocabulary(text)
            self._text = ""
        return self._counts.get(word, default)


Vocabulary = Counter[str] | LazyVocabulary


def keep_hyphen(prefix: str, suffix: str, vocabulary: Vocabulary) -> bool:
    """Decide whether a line-end hyphen between two word halves is a real hyphen.

    A capitalised second half (``Sha-`` / ``Chelle``) keeps it; so does a pair the
    document writes hyphenated elsewhere, or a known compound part
    (``carrier-`` / ``neutral``). A pair the document writes solid elsewhere, or
    anything else continued in lower case, is a hyphenation and loses it.
    """
    if not suffix or not suffix[0].islower():
        return True
    pre, suf = prefix.lower(), suffix.lower()
    if vocabulary.get(f"{pre}-{suf}", 0) > 0:
        return True
    if vocabulary.get(pre + suf, 0) > 0:
        return False
    return pre in COMPOUND_PREFIXES or suf in COMPOUND_SUFFIXES


def join_kind(first: str, second: str, vocabulary: Vocabulary) -> str:
    """How to glue two lines of one paragraph.

    Returns:
        ``" "`` (join with a space), ``"-"`` (keep the hyphen, no space) or
        ``""`` (drop the hyphen and join).
    """
    if first[-1:] not in HYPHEN_SET and not first.endswith("\n"):
        return " "  # most lines: no regex at all (``$`` also matches before "\n")
    end = _WORD_END.search(first[-TAIL:])
    start = _WORD_START.match(second[:TAIL])
    if end is None or start is None:
        return " "
    if first[-1] in "\u00ad\x02":
        return ""
    return "-" if keep_hyphen(end.group(1), start.group(1), vocabulary) else ""


# --------------------------------------------------------------------------- text


def _wrap_width(lengths: Sequence[int]) -> int:
    ordered = sorted(lengths)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]


def unwrap_plain_text(text: str) -> str:
    """Join the hard-wrapped lines of a plain text into paragraphs.

    A text counts as hard-wrapped when many of its lines stop near one common
    width (at most ~220 characters). In such a text, a line shorter than 60 % of
    that width, a line ending in ``:``, a blank line, a list item or a heading
    ends the line; other line breaks become spaces (or vanish after a word
    hyphenated across the break). Texts that are not hard-wrapped only get their
    line ends tidied.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text, _ = expand_ligatures(text)
    lines = [line.rstrip() for line in text.split("\n")]
    lengths = [len(line.strip()) for line in lines if line.strip()]
    if not lengths:
        return ""
    width = _wrap_width(lengths)
    long_lines = sum(
        1
        for a, b in zip(lines, lines[1:], strict=False)
        if len(a.strip()) >= 0.75 * width and b.strip()
    )
    wrapped = 20 <= width <= 220 and long_lines >= 2
    if not wrapped:
        return _squeeze_blank_lines(lines)
    vocabulary = LazyVocabulary(text)
    # Each output line is built from pieces and only its tail is looked at, so
    # joining the lines of a huge paragraph stays linear in its length.
    out: list[list[str]] = []
    previous = ""  # the tail of the output line being built
    last_length = 0  # length of the last physical line appended
    for line in lines:
        if (
            previous.strip()
            and line.strip()
            and (last_length >= 0.6 * width or continues(previous, line))
            and not previous.endswith(":")
            and not is_list_item(line)
        ):
            piece = line.lstrip()
            kind = join_kind(previous, piece, vocabulary)
            pieces = out[-1]
            if kind in ("", "-"):
                pieces[-1] = pieces[-1][:-1]
                previous = previous[:-1]
            pieces.append(kind + piece)
            previous = (previous + kind + piece)[-TAIL:]
        else:
            out.append([line])
            previous = line[-TAIL:]
        last_length = len(line.strip())
    return _squeeze_blank_lines(["".join(pieces) for pieces in out])


_BORDER_LINE = re.compile(r"[ \t]*\|[|+=\-_ \t]*")
_CELL_LINE = re.compile(r"([ \t]*)\|(.*?)\|?([ \t]*)")
_PAGE_NUMBER = re.compile(
    r"[ \t]*(?:-[ \t]*)?(?:page[ \t]+)?\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?"
    r"(?:[ \t]*-)?[ \t]*",
    re.IGNORECASE,
)


def blank_text_artefacts(text: str) -> str:
    """Blank the layout debris of plain-text filings, keeping every offset.

    EDGAR's plain-text exhibits carry table cell borders (lines of ``|``, and
    ``|`` around a cell's text) and bare page numbers (``2``, ``- 2 -``,
    ``Page 2 of 9`` alone between blank lines). They are replaced by spaces,
    never removed: the text keeps its length, so offsets saved with earlier
    reviews (evidence spans) still point at the same words.
    """
    lines = text.split("\n")
    out = list(lines)
    for number, line in enumerate(lines):
        if "|" in line:
            if _BORDER_LINE.fullmatch(line):
                out[number] = " " * len(line)
                continue
            cell = _CELL_LINE.fullmatch(line)
            if cell is not None and "|" not in cell.group(2):
                head, tail = line[: cell.start(2) - 1], len(line) - cell.end(2)
                out[number] = f"{head} {cell.group(2)}{' ' * tail}"
            continue
        if _PAGE_NUMBER.fullmatch(line) and line.strip():
            before = lines[number - 1].strip() if number > 0 else ""
            after = lines[number + 1].strip() if number + 1 < len(lines) else ""
            if not before and not after:
                out[number] = " " * len(line)
    return "\n".join(out)


def continues(first: str, second: str) -> bool:
    """True when ``first`` cannot end a paragraph before ``second``.

    It ends in a word cut by a hyphen, or in a function word such as ``of``,
    or in a lower-case word or comma while ``second`` goes on in lower case.
    """
    if _hyphenated(first, second):
        return True
    words_ = first.rsplit(None, 1)
    last = words_[-1] if words_ else ""
    if last in FUNCTION_WORDS:
        return True
    start = second.lstrip()[:1]
    return bool(start.islower() and (last[-1:].islower() or last.endswith(",")))


def _hyphenated(first: str, second: str) -> bool:
    """True when ``first`` ends in a word cut by a hyphen and ``second`` goes on."""
    if first[-1:] not in HYPHEN_SET and not first.endswith("\n"):
        return False
    return _WORD_END.search(first[-TAIL:]) is not None and second.lstrip()[:1].islower()


def _squeeze_blank_lines(lines: Sequence[str]) -> str:
    out: list[str] = []
    blank = False
    for line in lines:
        if line.strip():
            out.append(line)
            blank = False
        elif not blank and out:
            out.append("")
            blank = True
    return "\n".join(out).strip("\n")


# ---------------------------------------------------------------------------- pdf

Decision = Callable[[Line, Line], str]


def flow_lines(lines: Sequence[Line], page_count: int, decide: Decision) -> Flowed:
    r"""Concatenate PDF lines into text, keeping one box per character.

    Args:
        lines: the lines in reading order, each with ``boxes``.
        page_count: number of pages (pages without lines still get a start).
        decide: returns ``"\n\n"``, ``"\n"`` or ``"join"`` for two neighbours.
    """
    vocabulary = LazyVocabulary(lambda: "\n".join(line.text for line in lines))
    parts: list[str] = []
    boxes: array[float] = array("f")
    page_starts: list[int] = []
    length = 0
    previous: Line | None = None
    for line in lines:
        text = line.text
        line_boxes = line.boxes or [NO_BOX] * len(text)
        if previous is not None:
            kind = decide(previous, line)
            if kind == "join":
                glue = join_kind(previous.text, text, vocabulary)
                if glue in ("", "-"):
                    # drop the line-end hyphen; "-" keeps it (already in the text)
                    if glue == "":
                        parts[-1] = parts[-1][:-1]
                        del boxes[-4:]
                        length -= 1
                else:
                    parts.append(" ")
                    boxes.extend(NO_BOX)
                    length += 1
            else:
                parts.append(kind)
                for _ in kind:
                    boxes.extend(NO_BOX)
                length += len(kind)
        while len(page_starts) <= line.page:
            page_starts.append(length)
        parts.append(text)
        for box in line_boxes:
            boxes.extend(box)
        length += len(text)
        previous = line
    while len(page_starts) < page_count:
        page_starts.append(length)
    return Flowed("".join(parts), boxes, page_starts)
