"""Lines of a results document: table headings, rows, list entries, cells.

Helpers of :mod:`.meetings` that read text layout only (no names, no rules'
meaning): the lines of a document, the vote columns of a table heading, a row's
name span and figures, whether a row's figures lose a majority vote, and the
cells of a table copied one cell per line with ``|`` lines between cells.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reviewer.core import lazyre as re
from reviewer.core.extraction import meeting_patterns as mp

MAX_CELL_LINES = 1500  # a one-cell-per-line table: its heading and 60 rows
# a word every table heading the reader knows has (a vote or a name column)
HEADING_WORDS = ("for", "against", "withh", "abstain", "favo", "vote", "nominee")
TOKEN_RE = re.compile(r"[^\s|]+")
# Markdown's "| --- | --- |" under a heading
RULE_LINE_RE = re.compile(r"^[\s|:=+-]*-[\s|:=+-]*$")
_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass
class Line:
    """One line of the document: offsets and text."""

    start: int
    end: int
    text: str


def lines_of(text: str, start: int, end: int) -> list[Line]:
    """The lines of ``text[start:end]``."""
    lines = []
    at = start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        lines.append(Line(at, stop, text[at:stop]))
        at = stop + 1
    return lines


def cell_border(text: str) -> bool:
    """Whether a line is a border between one-cell-per-line cells.

    A ``|`` line, or the same line after the loader blanked it to spaces (it
    keeps the text's offsets); an empty line is a paragraph break, not a border.
    """
    return bool(text) and text.strip().strip("|") == ""


def opens_cells(lines: list[Line], index: int) -> bool:
    """Whether a one-cell-per-line table heading starts at ``lines[index]``."""
    return (
        index + 1 < len(lines)
        and cell_border(lines[index + 1].text)
        and heading_cell(lines[index].text.strip())
    )


def heading_cell(text: str) -> bool:
    """Whether a cell is a vote, name or percent heading."""
    return len(text) <= 48 and bool(
        mp.VOTE_COLUMN_RE.search(text)
        or mp.NAME_HEADING_RE.match(text)
        or (mp.PERCENT_HEADING_RE.search(text) and not re.search(r"\d", text))
    )


def cells_from(lines: list[Line], index: int) -> Iterator[Line]:
    """Cells of a one-cell-per-line table.

    The lines between ``|`` lines (a cell may wrap onto a few lines), up to a
    blank line or a paragraph of prose.
    """
    parts: list[Line] = []
    for line in lines[index : index + MAX_CELL_LINES]:
        stripped = line.text.strip()
        if cell_border(line.text):
            if parts:
                text = " ".join(p.text.strip() for p in parts)
                yield Line(parts[0].start, parts[-1].end, text)
            parts = []
            continue
        if not stripped or len(parts) >= 4:
            return
        parts.append(line)
    if parts:
        yield Line(
            parts[0].start, parts[-1].end, " ".join(p.text.strip() for p in parts)
        )


def line_after(lines: list[Line], at: int) -> int:
    """Index of the first line that starts after ``at``."""
    low, high = 0, len(lines)
    while low < high:
        middle = (low + high) // 2
        if lines[middle].start <= at:
            low = middle + 1
        else:
            high = middle
    return low


def split_cells(line: str) -> list[str]:
    """The non-empty cells of a row (``|``, tabs or runs of spaces between)."""
    stripped = line.strip().strip("|").strip()
    return [c.strip() for c in mp.CELL_SPLIT_RE.split(stripped) if c.strip(" |")]


def header_columns(line: str) -> list[str] | None:
    """The vote columns of a table heading (``Nominee | For | Against``), else None."""
    if len(line) > 240 or not line.strip() or re.search(r"\d{2,}", line):
        return None
    cells = split_cells(line)
    if len(cells) == 1:  # "Nominee For Against Abstain Broker Non-Votes"
        words = [m.group() for m in mp.VOTE_COLUMN_RE.finditer(cells[0])]
        leftover = mp.VOTE_COLUMN_RE.sub(" ", cells[0])
        leftover = re.sub(
            r"(?i)\b(?:nominees?|directors?|names?|votes?|%)\b", " ", leftover
        )
        if len(words) >= 3 and not re.sub(r"[\W_]+", "", leftover):
            return words
        return None
    columns = []
    for cell in cells:
        if (
            mp.VOTE_COLUMN_RE.search(cell)
            and len(cell) <= 48
            or mp.PERCENT_HEADING_RE.search(cell)
            and len(cell) <= 24
        ):
            columns.append(cell)
        elif not mp.NAME_HEADING_RE.match(cell):
            return None
    voted = [c for c in columns if mp.VOTE_COLUMN_RE.search(c)]
    return columns if len(voted) >= 2 else None


def figures_only(line: str) -> bool:
    """Whether a line holds figures only."""
    tokens = TOKEN_RE.findall(line)
    return bool(tokens) and all(mp.FIGURE_RE.match(t) for t in tokens)


def row_entry(line: Line) -> tuple[int, int, list[str]] | None:
    """A table row or list entry: the name's span and the figures after it."""
    text = line.text
    lead = mp.ENTRY_LEAD_RE.match(text)
    begin = lead.end() if lead else 0
    tokens = list(TOKEN_RE.finditer(text, begin))
    if not tokens:
        return None
    first_figure = len(tokens)
    for at in range(len(tokens) - 1, -1, -1):
        word = tokens[at].group().strip("“”\"'")
        if mp.FIGURE_RE.match(word) or word.lower() in ("for", "against", "withheld"):
            first_figure = at
        else:
            break
    figures = [
        t.group() for t in tokens[first_figure:] if mp.FIGURE_RE.match(t.group())
    ]
    name_end = tokens[first_figure].start() if first_figure < len(tokens) else len(text)
    name = text[begin:name_end]
    stripped = name.rstrip(" |:–—-,\t")
    if not figures and len(stripped) > 80:
        return None
    return line.start + begin, line.start + begin + len(stripped), figures


def lost(columns: list[str], figures: list[str]) -> bool:
    """Whether a row's figures show more votes against than for (majority vote)."""
    counts = [c for c in columns if not mp.PERCENT_HEADING_RE.search(c)]
    if len(figures) != len(columns):
        if len(figures) != len(counts):
            return False
        columns = counts
    votes_for = votes_against = None
    for column, figure in zip(columns, figures, strict=True):
        number = _NUMBER_RE.search(figure)
        if number is None:
            continue
        value = float(number.group().replace(",", ""))
        if mp.AGAINST_RE.search(column):
            if not re.search(r"withh", column, re.IGNORECASE) and votes_against is None:
                votes_against = value
        elif mp.FOR_RE.search(column) and votes_for is None:
            votes_for = value
    return (
        votes_for is not None
        and votes_against is not None
        and votes_against > votes_for
    )
