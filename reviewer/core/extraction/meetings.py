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

from reviewer.core import lazyre as re
from reviewer.core.extraction import meeting_patterns as mp
from reviewer.core.extraction.context import Context
from reviewer.core.extraction.meeting_lines import (
    Line,
    header_columns,
    line_after,
    lines_of,
    row_entry,
)
from reviewer.core.extraction.meeting_reading import (
    MEETING_NEAR_RE,
    MeetingResults,
    MeetingRow,
    Reading,
)
from reviewer.core.extraction.names import Mention
from reviewer.core.extraction.sentences import Sentence, flatten, split_sentences

__all__ = ["MeetingResults", "MeetingRow", "read_meetings", "read_text"]

_MAX_TABLE_ROWS = 60
_NOT_PASSED_RE = re.compile(
    r"\bnot\s+(?:passed|carried|approved)\b|\bdefeated\b|\bwithdrawn\b|\brejected\b",
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


class _Reader(Reading):
    """A document's reading with lists, sentences and resolutions."""

    # ---- nominees who failed ----------------------------------------------

    def failures(self) -> None:
        """Nominees who lost: ``Jane Roe was not elected``, ``did not receive ...``.

        Read first, so that no rule later counts the nominee elected.
        """
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

    # ---- lists and sentences ---------------------------------------------

    def lists(self, lines: list[Line], reported: bool) -> None:
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
        self, lines: list[Line], at: int, trigger: tuple[int, int]
    ) -> None:
        index = line_after(lines, at)  # the line after the lead-in's line
        found = 0
        while index < len(lines) and found < _MAX_TABLE_ROWS:
            line = lines[index]
            index += 1
            if not line.text.strip():
                if found:
                    break
                continue
            if header_columns(line.text) is not None:
                continue  # the table rule reads a table with a heading
            entry = row_entry(line)
            if entry is None:
                break
            name_start, name_end, figures = entry
            mention = self.person(name_start, name_end)
            if mention is None:
                break
            found += 1
            self.add(mention, mp.ELECTED_LIST.id, trigger)

    def sentences_naming(self, reported: bool) -> None:
        """Sentences naming the elected: ``the shareholders elected A and B ...``.

        Also ``A and B were elected``; a re-election (no change unless results
        are given) only where the document reports the meeting's results.
        """
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
            MEETING_NEAR_RE.search(s.text)
            for s in self.sentences[max(0, number - 2) : number + 1]
        )

    # ---- resolutions -----------------------------------------------------

    def resolutions(
        self, spans: list[tuple[int, int]], lines: list[Line], reported: bool
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
        """Names right after the verb, up to the end of their list.

        ``the re-election of directors A and B, the election of C, ...``.
        """
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
    lines = [line for a, b in spans for line in lines_of(text, a, b)]
    reported = any(mp.RESULTS_RE.search(flat, a, b) for a, b in spans)
    reader.failures()
    reader.tables(lines)
    reported = reported or bool(reader.results.rows or reader.results.failed)
    reader.lists(lines, reported)
    reader.sentences_naming(reported)
    reader.resolutions(spans, lines, reported)
    return reader.results


def _trimmed_end(text: str, sentence: Sentence) -> int:
    end = sentence.end
    while end > sentence.start and text[end - 1] in ". ":
        end -= 1
    return end


def read_text(text: str) -> MeetingResults:
    """Read a text on its own (no announcement date, no issuer).

    For tests and tools that want each row's rule id.
    """
    flat = flatten(text)
    sentences = split_sentences(text, 0, len(text), flat)
    ctx = Context(flat, [], {}, None, frozenset())
    return read_meetings(ctx, text, sentences, [(0, len(text))], frozenset())
