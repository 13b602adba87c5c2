"""Agreement between two reviewers of the same filings.

Events are counted as DATASET.md scores extraction: (person, direction) with the
same name-matching rules, one reviewer taken as gold. Cohen's kappa is computed
on the fine change type (``appointed`` and ``elected`` count as one) over every
person either reviewer named, a person only one of them named counting as
``none`` for the other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reviewer.core.evaluate import direction, names_match
from reviewer.core.schema import ChangeType

Records = Sequence[Mapping[str, Any]]


def _events(records: Records) -> list[tuple[str, str, str]]:
    """(person, direction, change type) of the rows that are events."""
    found: list[tuple[str, str, str]] = []
    for row in records:
        change = str(row.get("change_type", ""))
        way = direction(change)
        if way and str(row.get("person", "")).strip():
            found.append(
                (
                    str(row["person"]),
                    way,
                    ChangeType.APPOINTED if change == ChangeType.ELECTED else change,
                )
            )
    return found


def _pairs(
    a: list[tuple[str, str, str]], b: list[tuple[str, str, str]]
) -> tuple[list[tuple[str, str]], int]:
    """Change-type label pairs over the union of people, and matched event count."""
    labels: list[tuple[str, str]] = []
    used: set[int] = set()
    matched = 0
    for person, way, change in a:
        hit = next(
            (
                i
                for i, (other, _, _) in enumerate(b)
                if i not in used and names_match(person, other)
            ),
            None,
        )
        if hit is None:
            labels.append((change, ChangeType.NONE))
            continue
        used.add(hit)
        labels.append((change, b[hit][2]))
        matched += b[hit][1] == way
    labels += [
        (ChangeType.NONE, change) for i, (_, _, change) in enumerate(b) if i not in used
    ]
    return labels, matched


def same_events(a: Records, b: Records) -> bool:
    """Whether two reviews hold the same events with the same change types."""
    ea, eb = _events(a), _events(b)
    labels, matched = _pairs(ea, eb)
    return len(ea) == len(eb) == matched and all(x == y for x, y in labels)


def unmatched_rows(a: Records, b: Records) -> tuple[set[int], set[int]]:
    """The rows of each review the other does not hold, by index.

    A row is held by the other review when one of its rows names the same person
    (DATASET.md's name matching; both empty counts as the same) with the same
    change type (``appointed`` and ``elected`` as one). For the adjudication
    view, which marks the rows the two reviewers disagree on.
    """

    def key(row: Mapping[str, Any]) -> tuple[str, str]:
        change = str(row.get("change_type", ""))
        if change == ChangeType.ELECTED:
            change = ChangeType.APPOINTED
        return str(row.get("person", "")).strip(), change

    left, right = set(range(len(a))), set(range(len(b)))
    for i, row in enumerate(a):
        person, change = key(row)
        for j in sorted(right):
            other, other_change = key(b[j])
            same = (not person and not other) or (
                bool(person and other) and names_match(person, other)
            )
            if same and change == other_change:
                left.discard(i)
                right.discard(j)
                break
    return left, right


def kappa(labels: Iterable[tuple[str, str]]) -> float:
    """Cohen's kappa of paired labels; 1.0 when both always agree on one label."""
    pairs = list(labels)
    if not pairs:
        return 1.0
    n = len(pairs)
    observed = sum(x == y for x, y in pairs) / n
    left = Counter(x for x, _ in pairs)
    right = Counter(y for _, y in pairs)
    expected = sum(left[k] * right[k] for k in left) / (n * n)
    if expected >= 1.0:
        return 1.0
    return (observed - expected) / (1 - expected)


@dataclass
class PairAgreement:
    """Agreement of two reviewers over the filings both reviewed."""

    first: str
    second: str
    filings: int = 0
    events_first: int = 0
    events_second: int = 0
    matched: int = 0
    labels: list[tuple[str, str]] = field(default_factory=list)
    disagreeing: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        """Event F1 with either reviewer as gold (it is symmetric)."""
        total = self.events_first + self.events_second
        return 1.0 if total == 0 else 2 * self.matched / total

    @property
    def kappa(self) -> float:
        """Cohen's kappa on the change type."""
        return kappa(self.labels)


@dataclass
class Agreement:
    """Per pair of reviewers and overall."""

    pairs: list[PairAgreement]
    overall: PairAgreement

    def as_dict(self) -> dict[str, Any]:
        """The figures as plain data (for ``--json``)."""

        def one(p: PairAgreement) -> dict[str, Any]:
            return {
                "reviewers": [p.first, p.second],
                "filings": p.filings,
                "event_f1": round(p.f1, 4),
                "kappa_change_type": round(p.kappa, 4),
                "disagreeing_filings": p.disagreeing,
            }

        return {"pairs": [one(p) for p in self.pairs], "overall": one(self.overall)}


def agreement(reviews: Iterable[tuple[str, str, Records, str, Records]]) -> Agreement:
    """Agreement from (doc_id, reviewer 1, rows 1, reviewer 2, rows 2) tuples."""
    by_pair: dict[tuple[str, str], PairAgreement] = {}
    overall = PairAgreement("all", "all")
    for doc_id, r1, rows1, r2, rows2 in reviews:
        key = (r1, r2) if r1 <= r2 else (r2, r1)
        if key != (r1, r2):
            rows1, rows2 = rows2, rows1
        pair = by_pair.setdefault(key, PairAgreement(*key))
        e1, e2 = _events(rows1), _events(rows2)
        labels, matched = _pairs(e1, e2)
        for target in (pair, overall):
            target.filings += 1
            target.events_first += len(e1)
            target.events_second += len(e2)
            target.matched += matched
            target.labels += labels
            if not same_events(rows1, rows2):
                target.disagreeing.append(doc_id)
    pairs = [by_pair[k] for k in sorted(by_pair)]
    return Agreement(pairs=pairs, overall=overall)


__all__ = ["Agreement", "PairAgreement", "agreement", "kappa", "same_events"]
