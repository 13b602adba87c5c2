"""Reading a results document: its rows, the people in it, its vote tables.

:class:`Reading` holds what one document's reading has found (one row per
person) and reads names and vote tables; :mod:`.meetings` adds the readings of
lists, sentences and resolutions and folds the result into the other rules'
events (:meth:`MeetingResults.combine`).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from itertools import chain

from reviewer.core import lazyre as re
from reviewer.core.extraction import meeting_patterns as mp
from reviewer.core.extraction.context import Context, Event
from reviewer.core.extraction.dates import find_dates, iso
from reviewer.core.extraction.lists import meeting_date
from reviewer.core.extraction.meeting_lines import (
    HEADING_WORDS,
    RULE_LINE_RE,
    TOKEN_RE,
    Line,
    cells_from,
    figures_only,
    header_columns,
    heading_cell,
    line_after,
    lost,
    opens_cells,
    row_entry,
)
from reviewer.core.extraction.names import Mention, Person, attach, find_mentions
from reviewer.core.extraction.sentences import Sentence

_MAX_TABLE_ROWS = 60
_CONTEXT = 40  # characters of context around a span read title-cased
_LOOK_BACK_LINES = 6
MEETING_NEAR_RE = re.compile(
    r"\b(?:meeting|AGM|EGM|share|stockholders?|shareholders?|holders)\b", re.IGNORECASE
)
# "who retires by rotation and, being eligible, offers himself for re-election"
_ROTATION_RE = re.compile(
    r"\bby\s+rotation\b|\boffers?\s+(?:him|her|them)sel(?:f|ves)\s+for\s+re-?\s*election"
    r"|\bbeing\s+eligible\b",
    re.IGNORECASE,
)
_HELD_ON_RE = re.compile(r"\bheld\b", re.IGNORECASE)


@dataclass
class MeetingRow:
    """One elected nominee as read, with the id of the rule that read it."""

    event: Event
    rule: str
    statement: tuple[int, int] = (0, 0)  # the sentence that says who was elected


@dataclass
class MeetingResults:
    """What the reader found in one document."""

    rows: list[MeetingRow] = field(default_factory=list)
    failed: list[Person] = field(default_factory=list)  # nominees who lost the vote

    def combine(self, events: list[Event]) -> list[Event]:
        """Fold the reading into the changes found elsewhere in the document.

        A nominee who failed the vote joins nobody's board: their joining events
        go (a sitting director voted out gets a ``removed`` row). A nominee the
        results show elected is ``elected`` (a change found elsewhere that calls
        it an appointment is made an election, and a "retires by rotation" that
        leads to re-election is no departure). Other nominees are added unless
        another change speaks of them.
        """
        failed = {id(person) for person in self.failed}
        elected = {
            id(row.event.person): row.event
            for row in self.rows
            if row.event.kind == "elected"
        }
        # results name the shareholders' vote; a sentence may not ("A was
        # elected to the Board"): an appointment found elsewhere stays one
        voted = {
            id(row.event.person)
            for row in self.rows
            if row.event.kind == "elected" and row.rule != mp.ELECTED_NAMES.id
        }
        statements = [row.statement for row in self.rows]
        kept: list[Event] = []
        for event in events:
            key = id(event.person)
            if key in failed and event.direction == "JOIN":
                continue
            if (
                key in elected
                and event.direction == "LEAVE"
                and (
                    _ROTATION_RE.search(event.sentence.text)
                    # "... to hold office unless such office is earlier vacated":
                    # the statement of the election is no departure
                    or any(a <= event.trigger_start < b for a, b in statements)
                )
            ):
                continue
            if key in elected and event.direction == "JOIN":
                if key in voted:
                    event.kind = "elected"
                    event.rules.append(f"{self._rule_of(key)}:confirms")
                if not event.effective_date:
                    event.effective_date = elected[key].effective_date
                    event.effective_text = elected[key].effective_text
            kept.append(event)
        other = {id(e.person) for e in kept}
        added = [row for row in self.rows if id(row.event.person) not in other]
        for row in added:
            if row.rule not in row.event.rules:
                row.event.rules.append(row.rule)
        return kept + [row.event for row in added]

    def _rule_of(self, person: int) -> str:
        """The id of the rule that read ``person``'s election."""
        return next(r.rule for r in self.rows if id(r.event.person) == person)


class Reading:
    """One document's reading of meeting results.

    People are found once, one row per person, and the vote tables are read
    here (the other readings are in :mod:`.meetings`).
    """

    def __init__(
        self,
        ctx: Context,
        text: str,
        sentences: list[Sentence],
        issuer_words: frozenset[str],
    ) -> None:
        self.ctx = ctx
        self.text = text
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.issuer_words = issuer_words
        self.results = MeetingResults()
        self.seen: set[int] = set()
        found = meeting_date(ctx, sentences, []) or held_on(ctx, sentences)
        self.date, self.date_text = found if found else ("", "")

    # ---- people ------------------------------------------------------------

    def mentions(self, start: int, end: int, honorific: bool = False) -> list[Mention]:
        """Full names in ``text[start:end]`` (with ``honorific``, ``Mr Lewis`` too).

        A span in capitals (``MR BRIAN KENNEDY``) is read as if title-cased.
        """
        span = self.text[start:end]
        if not any(c.islower() for c in span) and len(span.title()) == len(span):
            # read a title-cased copy of the span with a little context around
            # it, then shift the mentions back to the document's offsets
            left = max(0, start - _CONTEXT)
            window = (
                self.text[left:start]
                + span.title()
                + self.text[end : min(len(self.text), end + _CONTEXT)]
            )
            found = [
                replace(m, start=m.start + left, end=m.end + left)
                for m in find_mentions(
                    window, start - left, end - left, self.issuer_words
                )
            ]
        else:
            found = find_mentions(self.text, start, end, self.issuer_words)
        return [m for m in found if m.is_full or (honorific and m.honorific)]

    def person(self, start: int, end: int) -> Mention | None:
        """The one full name that fills ``text[start:end]`` (extras aside)."""
        if end - start < 3 or end - start > 80:
            return None
        mentions = self.mentions(start, end)
        if len(mentions) != 1:
            return None
        mention = mentions[0]
        rest = self.text[start : mention.start] + " " + self.text[mention.end : end]
        rest = mp.NAME_EXTRAS_RE.sub(" ", rest)
        rest = re.sub(r"\([^()]{0,30}\)", " ", rest)  # "(Rony)", "(Independent)"
        return mention if not re.sub(r"[\W_]+", "", rest) else None

    def names_in(self, start: int, end: int, honorific: bool = False) -> list[Mention]:
        """The names of a list that fills ``text[start:end]``, else none."""
        if end <= start or end - start > 400:
            return []
        mentions = self.mentions(start, end, honorific)
        if not mentions:
            return []
        rest = ""
        at = start
        for mention in mentions:
            rest += self.text[at : mention.start] + "\n"
            at = mention.end
        rest += self.text[at:end]
        rest = mp.NAME_EXTRAS_RE.sub(" ", rest)
        rest = mp.LIST_GLUE_RE.sub(" ", rest)
        return mentions if not re.sub(r"[\W_]+", "", rest) else []

    def add(
        self,
        mention: Mention,
        rule: str,
        trigger: tuple[int, int],
        failed: bool = False,
        sitting: bool = False,
    ) -> None:
        """Record a nominee: elected, or failed.

        A failed nominee who stood for re-election (a sitting director voted
        out) is ``removed``.
        """
        person = self.ctx.person_of.get(mention.start)
        if person is None:
            person = self.ctx.person_of[mention.start] = attach(
                self.ctx.people, mention
            )
        if id(person) in self.seen:
            return
        self.seen.add(id(person))
        if failed:
            self.results.failed.append(person)
            if not sitting:
                return
            rule = mp.FAILED_VOTE_ID
        event = Event(
            person=person,
            kind="removed" if failed else "elected",
            role="director",
            sentence=self.sentence_at(mention.start),
            trigger_start=trigger[0],
            trigger_end=trigger[1],
            effective_date=self.date,
            effective_text=self.date_text,
        )
        said = self.sentence_at(trigger[0])
        self.results.rows.append(MeetingRow(event, rule, (said.start, said.end)))

    def sentence_at(self, at: int) -> Sentence:
        """The sentence holding offset ``at`` (else the line around it)."""
        index = bisect_right(self.starts, at) - 1
        if index >= 0 and at < self.sentences[index].end:
            return self.sentences[index]
        start = self.text.rfind("\n", 0, at) + 1
        end = self.text.find("\n", at)
        end = len(self.text) if end < 0 else end
        return Sentence(start, end, self.ctx.flat[start:end])

    # ---- vote tables ---------------------------------------------------------

    def tables(self, lines: list[Line]) -> None:
        """Read every vote table among ``lines`` into the results."""
        index = 0
        while index < len(lines):
            lowered = lines[index].text.lower()
            if not any(word in lowered for word in HEADING_WORDS):
                index += 1
                continue  # a cheap test before the heading is parsed
            columns = header_columns(lines[index].text)
            if columns is not None and self._election_before(lines, index):
                index = self._table_rows(lines, index, columns)
            elif opens_cells(lines, index) and self._election_before(lines, index):
                index = self._cell_table(lines, index)
            else:
                index += 1

    def _cell_table(self, lines: list[Line], index: int) -> int:
        """A table copied from a web page with one cell per line.

        ``|`` lines stand between cells (``Nominee`` / ``|`` / ``FOR`` / ``|`` /
        ``WITHHELD`` ...): the heading's cells, then rows that start at each
        nominee's name.
        """
        cells = cells_from(lines, index)
        columns: list[str] = []
        heading: list[Line] = []
        first: Line | None = None
        for cell in cells:
            if not heading_cell(cell.text):
                first = cell
                break
            heading.append(cell)
            if not mp.NAME_HEADING_RE.match(cell.text):
                columns.append(cell.text)
        voted = [c for c in columns if mp.VOTE_COLUMN_RE.search(c)]
        if len(voted) < 2 or first is None:
            # not a table: go on after the heading-like cells read
            end = heading[-1].end if heading else lines[index].end
            return max(index + 1, line_after(lines, end))
        trigger = (heading[0].start, heading[-1].end)
        current: Mention | None = None
        figures: list[str] = []
        rows = 0
        last = heading[-1].end
        for cell in chain([first], cells):
            text = cell.text
            if all(mp.FIGURE_RE.match(t) for t in TOKEN_RE.findall(text)):
                figures += TOKEN_RE.findall(text)
                continue
            if mp.VOTE_COLUMN_RE.fullmatch(text.rstrip(": ")):
                continue  # a label repeated in each row: "For:", "Withheld:"
            if current is not None and figures:
                rows += 1
                self.add(current, mp.VOTE_TABLE.id, trigger, lost(columns, figures))
            current, figures = None, []
            lead = mp.ENTRY_LEAD_RE.match(text)
            begin = cell.start + (lead.end() if lead else 0)
            current = self.person(begin, cell.end)
            if current is None and len(text) > 40 or rows >= _MAX_TABLE_ROWS:
                break  # the next matter, in words
            last = cell.end
        if current is not None and figures:
            self.add(current, mp.VOTE_TABLE.id, trigger, lost(columns, figures))
        return max(index + 1, line_after(lines, last))

    def _election_before(self, lines: list[Line], index: int) -> bool:
        seen = 0
        for back in range(index - 1, -1, -1):
            line = lines[back].text
            if not any(c.isalnum() for c in line):
                continue  # blank, or a cell border "|"
            if header_columns(line) is not None or figures_only(line):
                return False  # the previous table's lines: no heading of ours
            if mp.ELECTION_CONTEXT_RE.search(line):
                return not (
                    mp.OTHER_MATTER_RE.search(line)
                    and not re.search(r"\bdirectors?\b", line, re.IGNORECASE)
                )
            seen += 1
            if seen >= _LOOK_BACK_LINES or mp.PROPOSAL_HEADING_RE.match(line):
                return False
        return False

    def _table_rows(self, lines: list[Line], index: int, columns: list[str]) -> int:
        header = lines[index]
        trigger = (header.start, header.start + len(header.text.rstrip()))
        blank = 0
        rows = 0
        at = index + 1
        while at < len(lines) and rows < _MAX_TABLE_ROWS:
            line = lines[at]
            if not line.text.strip():
                blank += 1
                if blank > 2:
                    break
                at += 1
                continue
            blank = 0
            if RULE_LINE_RE.match(line.text):
                at += 1
                continue  # Markdown's "| --- | --- |" under the heading
            entry = row_entry(line)
            if entry is None:
                break
            name_start, name_end, figures = entry
            if not figures:
                break
            if name_end > name_start:
                # a row with figures whose name is not read ("Total", a name the
                # name reader misses) is passed over; prose without figures ends
                mention = self.person(name_start, name_end)
                if mention is not None:
                    rows += 1
                    self.add(
                        mention,
                        mp.VOTE_TABLE.id,
                        trigger,
                        failed=lost(columns, figures),
                    )
            at += 1
        return at


def held_on(ctx: Context, sentences: list[Sentence]) -> tuple[str, str] | None:
    """The first full date after ``held`` in a sentence about a meeting.

    ``... of the Annual General Meeting of X Limited ... held on 29 October 2019``.
    """
    for sentence in sentences:
        if not MEETING_NEAR_RE.search(sentence.text):
            continue
        for held in _HELD_ON_RE.finditer(sentence.text):
            start = sentence.start + held.start()
            dates = find_dates(ctx.flat, start, min(sentence.end, start + 60))
            if dates and dates[0].year is not None:
                return iso(dates[0].resolve(ctx.announcement)), ctx.flat[
                    start : dates[0].end
                ]
    return None
