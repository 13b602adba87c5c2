"""Candidate recall: which gold events have a candidate at all (issue #12).

The decision layer can only keep the candidates the rules propose, so the share
of gold events with a candidate (a candidate of the same direction for a
matching name, DATASET.md's name rules) is the ceiling of event recall. A miss
is either **no candidate** (the name or the change word was never read: rule or
name-finder work) or **rejected** (a candidate existed and the model or a veto
dropped it: decision work). ``reviewer evaluate --why`` prints both.

Pure functions over gold dictionaries, :class:`~reviewer.core.evaluate.DocResult`
and the candidates :func:`reviewer.core.extraction.engine.run` hands its
``sink``, so that the CLI only does IO.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reviewer.core.evaluate import DocResult, direction, names_match
from reviewer.core.extraction.candidates import Candidate

NO_CANDIDATE = "no candidate"
REJECTED = "rejected"


@dataclass(frozen=True)
class Miss:
    """A gold event the extraction did not return, and why."""

    doc: str
    person: str
    change: str
    reason: str  # NO_CANDIDATE or REJECTED
    best: Candidate | None = None  # the best-scored candidate, when rejected


@dataclass
class CandidateRecall:
    """Gold events with a candidate, and the misses split by reason."""

    events: int = 0
    with_candidate: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """The share of gold events with a candidate: event recall's ceiling."""
        return self.with_candidate / self.events if self.events else 1.0

    def count(self, reason: str) -> int:
        """How many misses have that reason."""
        return sum(1 for miss in self.misses if miss.reason == reason)

    def as_json(self) -> dict[str, Any]:
        """The figures for ``evaluate --json``."""
        return {
            "gold_events": self.events,
            "with_candidate": self.with_candidate,
            "recall": round(self.recall, 4),
            "missed_no_candidate": self.count(NO_CANDIDATE),
            "missed_rejected": self.count(REJECTED),
        }


def matching(found: Sequence[Candidate], person: str, change: str) -> list[Candidate]:
    """The candidates of a gold change: same direction, a matching name."""
    want = direction(change)
    return [
        c
        for c in found
        if c.event.direction == want and names_match(c.event.person.name, person)
    ]


def add_document(
    recall: CandidateRecall,
    doc: str,
    gold: Mapping[str, Any],
    result: DocResult,
    found: Sequence[Candidate],
) -> None:
    """Count one document's gold events against its candidates."""
    missed = [id(change) for change in result.missed]
    for change in gold.get("changes", []):
        kind = str(change.get("change"))
        if direction(kind) is None:
            continue  # ``continuing``/``none``: not an event
        recall.events += 1
        near = matching(found, str(change["person"]), kind)
        recall.with_candidate += bool(near)
        if id(change) not in missed:
            continue
        best = max(near, key=lambda c: c.score) if near else None
        reason = REJECTED if near else NO_CANDIDATE
        recall.misses.append(Miss(doc, str(change["person"]), kind, reason, best))


def candidate_recall(
    items: Iterable[tuple[str, Mapping[str, Any], DocResult, Sequence[Candidate]]],
) -> CandidateRecall:
    """Candidate recall over ``(doc, gold, its DocResult, its candidates)``."""
    recall = CandidateRecall()
    for doc, gold, result, found in items:
        add_document(recall, doc, gold, result, found)
    return recall


def format_recall(recall: CandidateRecall, scored: bool) -> list[str]:
    """The figure, then each miss with its reason (and best candidate's rules)."""
    lines = [
        f"candidate recall: {recall.with_candidate}/{recall.events} "
        f"({recall.recall:.3f}); misses: {recall.count(NO_CANDIDATE)} without a "
        f"candidate, {recall.count(REJECTED)} with a candidate the decision dropped"
    ]
    for miss in sorted(recall.misses, key=lambda m: (m.reason, m.doc)):
        line = f"   {miss.reason:12} {miss.doc}: {miss.person} {miss.change}"
        if miss.best is not None:
            score = f" p={miss.best.score:.2f}" if scored else ""
            line += f" | {miss.best.source}{score} {miss.best.event.kind}: " + " ".join(
                miss.best.event.rules
            )
        lines.append(line)
    return lines
