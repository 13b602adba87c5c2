"""Results of shareholders' meetings: who was elected, nominee by nominee.

Reads the ways results name the directors elected (see :mod:`.meeting_patterns`
for the rules, their ids and examples): per-nominee vote tables (HTML tables as
the loader renders them, ``cell | cell``, Markdown tables, plain-text columns and
tables copied one cell per line with ``|`` lines between cells), lists after
"the following nominees were elected", sentences that name the people elected,
and named resolutions in exchange AGM results ("To re-elect Mr X as a Director").

Conventions (data/corpus/README.md): re-elections count as ``elected`` only when
the document names each nominee with a result; "all nominees were elected"
without names gives nothing; a nominee who fails the vote (more votes against
than for, "was not elected", a resolution not passed) is not elected, and one
who stood for re-election and lost is ``removed``. The date is the meeting's; the
role is director. See docs/meetings.md.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import chain

from reviewer.core.extraction import meeting_patterns as mp
from reviewer.core.extraction.context import Context, Event
from reviewer.core.extraction.dates import find_dates, iso
from reviewer.core.extraction.lists import meeting_date
from reviewer.core.extraction.names import Mention, Person, attach, find_mentions
from reviewer.core.extraction.sentences import Sentence, flatten, split_sentences

_MAX_TABLE_ROWS = 60
_MAX_CELL_LINES = 1500  # a one-cell-per-line table: its heading and 60 rows
# a word every table heading the reader knows has (a vote or a name column)
_HEADING_WORDS = ("for", "against", "withh", "abstain", "favo", "vote", "nominee")
_CONTEXT = 40  # characters of context around a span read title-cased
_LOOK_BACK_LINES = 6
_TOKEN_RE = re.compile(r"[^\s|]+")
_NOT_PASSED_RE = re.compile(
    r"\bnot\s+(?:passed|carried|approved)\b|\bdefeated\b|\bwithdrawn\b|\brejected\b",
    re.IGNORECASE,
)
_MEETING_NEAR_RE = re.compile(
    r"\b(?:meeting|AGM|EGM|share|stockholders?|shareholders?|holders)\b", re.IGNORECASE
)
_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# "who retires by rotation and, being eligible, offers himself for re-election"
_ROTATION_RE = re.compile(
    r"\bby\s+rotation\b|\boffers?\s+(?:him|her|them)sel(?:f|ves)\s+for\s+re-?\s*election"
    r"|\bbeing\s+eligible\b",
    re.IGNORECASE,
)
# Vote counts: "166,630,146"
_VOTES_RE = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")
_FAILED_HINT_RE = re.compile(
    r"\bnot\s+(?:re-?\s*)?elected\b|\bdid\s+not\s+receive\b|\bfailed\s+to\b|\bwithdr",
    re.IGNORECASE,
)
_RE_ELECT_RE = re.compile(r"\bre-?\s*elect(?:ed|ion)?\b", re.IGNORECASE)
_BY_THE_BOARD_RE = re.compile(
    r"\bby\s+(?:the\s+|its\s+)?(?:board|directors)\b", re.IGNORECASE
)
_RULE_LINE_RE = re.compile(r"^[\s|:=+-]*-[\s|:=+-]*$")
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
                if not event.effective_date:
                    event.effective_date = elected[key].effective_date
                    event.effective_text = elected[key].effective_text
            kept.append(event)
        other = {id(e.person) for e in kept}
        return kept + [
            row.event for row in self.rows if id(row.event.person) not in other
        ]


@dataclass
class _Line:
    start: int
    end: int
    text: str


class _Reader:
    """One document's reading: people found once, one row per person."""

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
        found = meeting_date(ctx, sentences, []) or _held_on(ctx, sentences)
        self.date, self.date_text = found if found else ("", "")

    # ---- people ------------------------------------------------------------

    def mentions(self, start: int, end: int, honorific: bool = False) -> list[Mention]:
        """Full names in ``text[start:end]`` (or, with ``honorific``, ``Mr Lewis``);
        a span in capitals (``MR BRIAN KENNEDY``) is read as if title-cased."""
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
        """Record a nominee: elected, or failed; a failed nominee who stood for
        re-election (a sitting director voted out) is ``removed``."""
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
        index = bisect_right(self.starts, at) - 1
        if index >= 0 and at < self.sentences[index].end:
            return self.sentences[index]
        start = self.text.rfind("\n", 0, at) + 1
        end = self.text.find("\n", at)
        end = len(self.text) if end < 0 else end
        return Sentence(start, end, self.ctx.flat[start:end])

    # ---- nominees who failed ----------------------------------------------

    def failures(self) -> None:
        """``Jane Roe was not elected``, ``did not receive a majority``: read
        first, so that no rule later counts the nominee elected."""
        for sentence in self.sentences:
            if not _FAILED_HINT_RE.search(sentence.text):
                continue
            for mention in self.mentions(sentence.start, sentence.end, honorific=True):
                after = self.ctx.flat[mention.end : sentence.end]
                lost = mp.FAILED_AFTER_NAME_RE.match(after)
                if lost:
                    self.add(
                        mention,
                        mp.FAILED_VOTE_ID,
                        (sentence.start, sentence.end),
                        failed=True,
                        sitting=bool(_RE_ELECT_RE.search(lost.group())),
                    )

    # ---- vote tables ---------------------------------------------------------

    def tables(self, lines: list[_Line]) -> None:
        index = 0
        while index < len(lines):
            lowered = lines[index].text.lower()
            if not any(word in lowered for word in _HEADING_WORDS):
                index += 1
                continue  # a cheap test before the heading is parsed
            columns = _header_columns(lines[index].text)
            if columns is not None and self._election_before(lines, index):
                index = self._table_rows(lines, index, columns)
            elif _opens_cells(lines, index) and self._election_before(lines, index):
                index = self._cell_table(lines, index)
            else:
                index += 1

    def _cell_table(self, lines: list[_Line], index: int) -> int:
        """A table copied from a web page with one cell per line and ``|``
        between cells (``Nominee`` / ``|`` / ``FOR`` / ``|`` / ``WITHHELD`` ...):
        the heading's cells, then rows that start at each nominee's name."""
        cells = _cells_from(lines, index)
        columns: list[str] = []
        heading: list[_Line] = []
        first: _Line | None = None
        for cell in cells:
            if not _heading_cell(cell.text):
                first = cell
                break
            heading.append(cell)
            if not mp.NAME_HEADING_RE.match(cell.text):
                columns.append(cell.text)
        voted = [c for c in columns if mp.VOTE_COLUMN_RE.search(c)]
        if len(voted) < 2 or first is None:
            # not a table: go on after the heading-like cells read
            end = heading[-1].end if heading else lines[index].end
            return max(index + 1, _line_after(lines, end))
        trigger = (heading[0].start, heading[-1].end)
        current: Mention | None = None
        figures: list[str] = []
        rows = 0
        last = heading[-1].end
        for cell in chain([first], cells):
            text = cell.text
            if all(mp.FIGURE_RE.match(t) for t in _TOKEN_RE.findall(text)):
                figures += _TOKEN_RE.findall(text)
                continue
            if mp.VOTE_COLUMN_RE.fullmatch(text.rstrip(": ")):
                continue  # a label repeated in each row: "For:", "Withheld:"
            if current is not None and figures:
                rows += 1
                self.add(current, mp.VOTE_TABLE.id, trigger, _lost(columns, figures))
            current, figures = None, []
            lead = mp.ENTRY_LEAD_RE.match(text)
            begin = cell.start + (lead.end() if lead else 0)
            current = self.person(begin, cell.end)
            if current is None and len(text) > 40 or rows >= _MAX_TABLE_ROWS:
                break  # the next matter, in words
            last = cell.end
        if current is not None and figures:
            self.add(current, mp.VOTE_TABLE.id, trigger, _lost(columns, figures))
        return max(index + 1, _line_after(lines, last))

    def _election_before(self, lines: list[_Line], index: int) -> bool:
        seen = 0
        for back in range(index - 1, -1, -1):
            line = lines[back].text
            if not any(c.isalnum() for c in line):
                continue  # blank, or a cell border "|"
            if _header_columns(line) is not None or _figures_only(line):
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

    def _table_rows(self, lines: list[_Line], index: int, columns: list[str]) -> int:
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
            if _RULE_LINE_RE.match(line.text):
                at += 1
                continue  # Markdown's "| --- | --- |" under the heading
            entry = _entry(line)
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
                        failed=_lost(columns, figures),
                    )
            at += 1
        return at

    # ---- lists and sentences ---------------------------------------------

    def lists(self, lines: list[_Line], reported: bool) -> None:
        for sentence in self.sentences:
            if "elect" not in sentence.text.lower():
                continue
            lead = mp.LIST_LEAD_IN_RE.search(sentence.text)
            if not lead and reported:
                lead = mp.ELECTION_OF_FOLLOWING_RE.search(sentence.text)
            if not lead:
                continue
            trigger = (sentence.start + lead.start(), sentence.start + lead.end())
            colon = sentence.text.find(":", lead.end())
            line_end = self.text.find("\n", sentence.start + colon + 1)
            line_end = sentence.end if line_end < 0 else min(line_end, sentence.end)
            tail = self.text[sentence.start + colon + 1 : line_end].strip()
            if colon >= 0 and tail:
                end = sentence.end
                while end > sentence.start and self.text[end - 1] in ". ":
                    end -= 1
                for mention in self.names_in(sentence.start + colon + 1, end):
                    self.add(mention, mp.ELECTED_LIST.id, trigger)
                continue
            self._entries_after(lines, sentence.start + lead.end(), trigger)

    def _entries_after(
        self, lines: list[_Line], at: int, trigger: tuple[int, int]
    ) -> None:
        index = _line_after(lines, at)  # the line after the lead-in's line
        found = 0
        while index < len(lines) and found < _MAX_TABLE_ROWS:
            line = lines[index]
            index += 1
            if not line.text.strip():
                if found:
                    break
                continue
            if _header_columns(line.text) is not None:
                continue  # the table rule reads a table with a heading
            entry = _entry(line)
            if entry is None:
                break
            name_start, name_end, figures = entry
            mention = self.person(name_start, name_end)
            if mention is None:
                break
            found += 1
            self.add(mention, mp.ELECTED_LIST.id, trigger)

    def sentences_naming(self, reported: bool) -> None:
        """``the shareholders elected A and B as directors``, ``A and B were
        elected``; a re-election (no change unless results are given) only
        where the document reports the meeting's results."""
        for number, sentence in enumerate(self.sentences):
            if "elect" not in sentence.text.lower():
                continue
            holders = mp.HOLDERS_ELECTED_RE.search(sentence.text)
            if holders and (reported or not _RE_ELECT_RE.search(holders.group())):
                start = sentence.start + holders.end()
                stop = mp.NAMES_END_RE.search(self.ctx.flat, start, sentence.end)
                end = stop.start() if stop else _trimmed_end(self.text, sentence)
                trigger = (sentence.start + holders.start(), start)
                for mention in self.names_in(start, end):
                    self.add(mention, mp.ELECTED_NAMES.id, trigger)
                continue
            were = mp.WERE_ELECTED_RE.search(sentence.text)
            if not were or not self._near_meeting(number):
                continue
            if not reported and _RE_ELECT_RE.search(were.group()):
                continue  # "Anne Lane was re-elected at the annual meeting."
            if _BY_THE_BOARD_RE.search(sentence.text, were.end()):
                continue  # elected by the directors: an appointment
            head = sentence.text[: were.start()]
            opening = mp.OPENING_RE.match(head)
            begin = opening.end() if opening else 0
            begin = max(begin, head.rfind(":") + 1)
            trigger = (sentence.start + were.start(), sentence.start + were.end())
            for mention in self.names_in(
                sentence.start + begin, sentence.start + were.start()
            ):
                self.add(mention, mp.ELECTED_NAMES.id, trigger)

    def _near_meeting(self, number: int) -> bool:
        return any(
            _MEETING_NEAR_RE.search(s.text)
            for s in self.sentences[max(0, number - 2) : number + 1]
        )

    # ---- resolutions -----------------------------------------------------

    def resolutions(
        self, spans: list[tuple[int, int]], lines: list[_Line], reported: bool
    ) -> None:
        flat = self.ctx.flat
        if any(mp.NOTICE_RE.search(flat, a, b) for a, b in spans):
            return
        lost: set[str] = set()
        for a, b in spans:
            for found in mp.FAILED_RESOLUTIONS_RE.finditer(flat, a, b):
                lost.update(re.findall(r"\d{1,2}", found.group(1)))
        for line in lines:
            lowered = line.text.lower()
            if "elect" not in lowered and "appoint" not in lowered:
                continue  # a cheap test before the expression
            for match in mp.RESOLUTION_RE.finditer(flat, line.start, line.end):
                if reported or self._votes_follow(match.end()):
                    self._resolution(match, lost)
        if not reported:
            return
        for sentence in self.sentences:
            if "elected" not in sentence.text.lower():
                continue
            for match in mp.THAT_ELECTED_RE.finditer(
                flat, sentence.start, sentence.end
            ):
                lost_here = bool(
                    _NOT_PASSED_RE.search(flat, match.end(), match.end() + 40)
                )
                for mention in self.names_in(
                    match.start("names"), match.end("names"), honorific=True
                ):
                    self.add(
                        mention,
                        mp.RESOLUTION.id,
                        match.span(),
                        failed=lost_here,
                        sitting=bool(_RE_ELECT_RE.search(match.group())),
                    )

    def _votes_follow(self, at: int) -> bool:
        """Whether vote counts stand on the resolution's line or the next one."""
        end = self.text.find("\n", at)
        end = self.text.find("\n", end + 1) if end >= 0 else len(self.text)
        end = len(self.text) if end < 0 else end
        return len(_VOTES_RE.findall(self.text, at, end)) >= 2

    def _resolution(self, match: re.Match[str], lost: set[str]) -> None:
        flat = self.ctx.flat
        start = match.end()
        line_start = self.text.rfind("\n", 0, match.start()) + 1
        line_end = self.text.find("\n", start)
        line_end = len(self.text) if line_end < 0 else line_end
        reach = min(start + 200, len(flat), line_end)
        tail = mp.RESOLUTION_TAIL_RE.search(flat, start, reach)
        if tail is not None and re.search(
            r"[a-z]{3}\.\s|;\s", flat[start : tail.start()]
        ):
            tail = None  # the tail of another sentence ("Mr. ", "J. " are not ends)
        if tail is not None:
            names = self.names_in(start, tail.start(), honorific=True)
        else:
            names = self._names_run(start, reach, bool(match.group("lead")))
        if not names:
            return
        number = mp.RESOLUTION_NUMBER_RE.match(
            self.text, line_start - 1 if line_start else 0
        )
        lost_here = bool(number and number.group(1) in lost) or bool(
            _NOT_PASSED_RE.search(self.text, match.end(), line_end)
        )
        trigger = (match.start(), match.end())
        for mention in names:
            self.add(
                mention,
                mp.RESOLUTION.id,
                trigger,
                failed=lost_here,
                sitting=bool(re.match(r"(?i)(?:to\s+)?re", match.group())),
            )

    def _names_run(self, start: int, reach: int, lead: bool) -> list[Mention]:
        """Names right after the verb, up to the end of their list: ``the
        re-election of directors A and B, the election of C, ...``."""
        mentions = self.mentions(start, reach, honorific=True)
        run: list[Mention] = []
        at = start
        for mention in mentions:
            glue = self.text[at : mention.start]
            if run and not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)", glue):
                break
            if not run and glue.strip():
                break
            run.append(mention)
            at = mention.end
        if not run:
            return []
        after = self.text[at : at + 12]
        if not re.match(r"\s*(?:[,;.)]|$|\n|and\s+the\b|at\s+the\b)", after):
            return []
        if not lead and len(run) == 1:
            # "the election of Jane Roe, the re-appointment of ...": a director's
            # election only where the sentence speaks of directors
            sentence = self.sentence_at(start)
            if not re.search(r"\bdirectors?\b", sentence.text, re.IGNORECASE):
                return []
        return run


def read_meetings(
    ctx: Context,
    text: str,
    sentences: list[Sentence],
    spans: list[tuple[int, int]],
    issuer_words: frozenset[str],
) -> MeetingResults:
    """Nominees elected (and nominees who failed) in a meeting's results."""
    flat = ctx.flat
    if not any(
        mp.ELECTION_CONTEXT_RE.search(flat, a, b) for a, b in spans
    ):  # cheap exit for the many documents about something else
        return MeetingResults()
    reader = _Reader(ctx, text, sentences, issuer_words)
    lines = [line for a, b in spans for line in _lines(text, a, b)]
    reported = any(mp.RESULTS_RE.search(flat, a, b) for a, b in spans)
    reader.failures()
    reader.tables(lines)
    reported = reported or bool(reader.results.rows or reader.results.failed)
    reader.lists(lines, reported)
    reader.sentences_naming(reported)
    reader.resolutions(spans, lines, reported)
    return reader.results


def _lines(text: str, start: int, end: int) -> list[_Line]:
    lines = []
    at = start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        lines.append(_Line(at, stop, text[at:stop]))
        at = stop + 1
    return lines


def _opens_cells(lines: list[_Line], index: int) -> bool:
    """Whether a one-cell-per-line table heading starts at ``lines[index]``."""
    return (
        index + 1 < len(lines)
        and lines[index + 1].text.strip() == "|"
        and _heading_cell(lines[index].text.strip())
    )


def _heading_cell(text: str) -> bool:
    return len(text) <= 48 and bool(
        mp.VOTE_COLUMN_RE.search(text)
        or mp.NAME_HEADING_RE.match(text)
        or (mp.PERCENT_HEADING_RE.search(text) and not re.search(r"\d", text))
    )


def _cells_from(lines: list[_Line], index: int) -> Iterator[_Line]:
    """Cells of a one-cell-per-line table: the lines between ``|`` lines (a cell
    may wrap onto a few lines), up to a blank line or a paragraph of prose."""
    parts: list[_Line] = []
    for line in lines[index : index + _MAX_CELL_LINES]:
        stripped = line.text.strip()
        if stripped.strip("|") == "" and stripped:
            if parts:
                text = " ".join(p.text.strip() for p in parts)
                yield _Line(parts[0].start, parts[-1].end, text)
            parts = []
            continue
        if not stripped or len(parts) >= 4:
            return
        parts.append(line)
    if parts:
        yield _Line(
            parts[0].start, parts[-1].end, " ".join(p.text.strip() for p in parts)
        )


def _line_after(lines: list[_Line], at: int) -> int:
    """Index of the first line that starts after ``at``."""
    low, high = 0, len(lines)
    while low < high:
        middle = (low + high) // 2
        if lines[middle].start <= at:
            low = middle + 1
        else:
            high = middle
    return low


def _cells(line: str) -> list[str]:
    stripped = line.strip().strip("|").strip()
    return [c.strip() for c in mp.CELL_SPLIT_RE.split(stripped) if c.strip(" |")]


def _header_columns(line: str) -> list[str] | None:
    """The vote columns of a table heading (``Nominee | For | Against``), else None."""
    if len(line) > 240 or not line.strip() or re.search(r"\d{2,}", line):
        return None
    cells = _cells(line)
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


def _figures_only(line: str) -> bool:
    tokens = _TOKEN_RE.findall(line)
    return bool(tokens) and all(mp.FIGURE_RE.match(t) for t in tokens)


def _entry(line: _Line) -> tuple[int, int, list[str]] | None:
    """A table row or list entry: the name's span and the figures after it."""
    text = line.text
    lead = mp.ENTRY_LEAD_RE.match(text)
    begin = lead.end() if lead else 0
    tokens = list(_TOKEN_RE.finditer(text, begin))
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


def _lost(columns: list[str], figures: list[str]) -> bool:
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


def _held_on(ctx: Context, sentences: list[Sentence]) -> tuple[str, str] | None:
    """``... of the Annual General Meeting of X Limited ... held on 29 October
    2019``: the first full date after ``held`` in a sentence about a meeting."""
    for sentence in sentences:
        if not _MEETING_NEAR_RE.search(sentence.text):
            continue
        for held in _HELD_ON_RE.finditer(sentence.text):
            start = sentence.start + held.start()
            dates = find_dates(ctx.flat, start, min(sentence.end, start + 60))
            if dates and dates[0].year is not None:
                return iso(dates[0].resolve(ctx.announcement)), ctx.flat[
                    start : dates[0].end
                ]
    return None


def _trimmed_end(text: str, sentence: Sentence) -> int:
    end = sentence.end
    while end > sentence.start and text[end - 1] in ". ":
        end -= 1
    return end


def read_text(text: str) -> MeetingResults:
    """Read a text on its own (no announcement date, no issuer): for tests and
    tools that want each row's rule id."""
    flat = flatten(text)
    sentences = split_sentences(text, 0, len(text), flat)
    ctx = Context(flat, [], {}, None, frozenset())
    return read_meetings(ctx, text, sentences, [(0, len(text))], frozenset())
