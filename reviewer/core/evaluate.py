"""Score extractions against gold readings, as ``DATASET.md`` describes.

Pure functions over gold dictionaries (the corpus' JSON) and
:class:`~reviewer.core.records.Extraction` objects, so the CLI only does IO.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reviewer.core.extraction.fields.lexicon import (
    POSTAL_REGIONS,
    REGION_WITH_AND,
    exchange_family,
)
from reviewer.core.extraction.roles import role_family
from reviewer.core.records import Extraction
from reviewer.core.schema import JOIN_TYPES, Direction, direction_of
from reviewer.core.vocabulary import HONORIFICS

_SUFFIXES = frozenset(
    {"jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "cbe", "obe", "esq"}
)
_NICKNAME_RE = re.compile(r"\([^)]*\)|[\"“][^\"”]*[\"”]")
_IMMEDIATE_RE = re.compile(r"immediate|today", re.IGNORECASE)
_COMPANY_SUFFIX_RE = re.compile(
    r"\b(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|sa|ag|nv|srl"
    r"|pte|the)\b"
)
FIELDS = (
    "company",
    "ticker",
    "exchange",
    "announcement_date",
    "dateline_city",
    "board_size_after",
)


def direction(change_type: str) -> Direction | None:
    """JOIN, LEAVE or ROLE for a change type; None for ``continuing``/``none``."""
    return direction_of(change_type)


def name_tokens(name: str) -> list[str]:
    """Lower-case name words without honorifics, suffixes, nicknames or punctuation."""
    name = _NICKNAME_RE.sub(" ", name)
    words = []
    for raw in re.split(r"[\s,]+", name):
        word = raw.strip(".").lower().replace(".", "")
        if not word or word in HONORIFICS or word in _SUFFIXES:
            continue
        words.append(word)
    return words


def names_match(a: str, b: str) -> bool:
    """Whether two written names denote the same person (DATASET.md's rules)."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if set(ta) == set(tb):
        return True
    if len(ta) >= 2 and len(tb) >= 2:
        if ta[-1] == tb[-1] and ta[0][0] == tb[0][0]:
            return True
        if ta[-1] == tb[0] and ta[0] == tb[-1]:
            return True  # surname-first order
    return False


# compiled with the module (the company ranker's name comparison runs it on a
# first open; the warm-up imports this module, so that open compiles nothing)
_PUNCTUATION_RE = re.compile(r"[^\w\s]")


def _norm_text(value: Any) -> str:
    text = unicodedata.normalize("NFKD", str(value or ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_PUNCTUATION_RE.sub(" ", text.lower()).split())


def normalise_company(value: Any) -> str:
    """Company name for comparison: case, punctuation and legal suffixes ignored."""
    text = _norm_text(re.sub(r"\([^)]*\)", " ", str(value or "")))
    return " ".join(_COMPANY_SUFFIX_RE.sub(" ", text).split())


def normalise_exchange(value: Any) -> str:
    """Exchange family for comparison.

    ``The Nasdaq Stock Market LLC`` == ``Nasdaq``, ``OTCQB`` == ``OTC`` (the short
    list and families are in docs/fields.md).
    """
    text = " ".join(str(value or "").split())
    if not text:
        return ""
    return _norm_text(exchange_family(text))


_DATELINE_PLACES_RE = re.compile(r"\s+(?:and|&)\s+")


def normalise_dateline(value: Any) -> str:
    """Dateline places for comparison.

    ``SAN JOSE, Calif.`` == ``San Jose`` == ``SAN JOSE CA``; ``Tokyo, Japan and
    Cambridge, UK`` == ``TOKYO and CAMBRIDGE``; ``ST. JOHN'S, Newfoundland and
    Labrador`` == ``St. John's``.
    """
    text = _REGION_WITH_AND_RE.sub(" ", str(value or "").strip())
    places = _DATELINE_PLACES_RE.split(text)
    return " and ".join(_place(p) for p in places if p.strip())


_REGION_WITH_AND_RE = re.compile(rf",[ \t]*{REGION_WITH_AND}")


def _place(written: str) -> str:
    """``SAN JOSE, Calif.`` and ``CONCORD NC`` -> the city alone, normalised."""
    words = _norm_text(written.split(",")[0]).split()
    if len(words) > 1 and words[-1].upper() in POSTAL_REGIONS:
        words = words[:-1]
    return " ".join(words)


def _norm_field(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name == "company":
        return normalise_company(value)
    if name == "exchange":
        return normalise_exchange(value)
    if name == "dateline_city":
        return normalise_dateline(value)
    if name in ("ticker", "announcement_date", "board_size_after"):
        return str(value).strip().upper()
    return _norm_text(value)


@dataclass
class DocResult:
    """Per-document outcome."""

    doc: str
    negative: bool
    format: str = ""
    matched: list[tuple[dict[str, Any], dict[str, str]]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    false: list[dict[str, str]] = field(default_factory=list)
    field_errors: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class Report:
    """Corpus figures."""

    docs: list[DocResult] = field(default_factory=list)
    tp: int = 0
    fp: int = 0
    fn: int = 0
    type_ok: int = 0
    date_ok: int = 0
    role_ok: int = 0
    field_ok: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    negatives: int = 0
    negatives_with_events: int = 0

    @property
    def precision(self) -> float:
        """Event precision."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Event recall."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Event F1."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, what: str) -> float:
        """Accuracy of ``type``/``date``/``role`` (matched events) or a field."""
        if what in ("type", "date", "role"):
            hits = {"type": self.type_ok, "date": self.date_ok, "role": self.role_ok}[
                what
            ]
            return hits / self.tp if self.tp else 1.0
        return self.field_ok[what] / len(self.docs) if self.docs else 1.0


def _same_type(gold: str, predicted: str) -> bool:
    both = {gold, predicted}
    return gold == predicted or both == JOIN_TYPES


def _same_date(gold: Any, row: Mapping[str, str], announcement: str) -> bool:
    predicted = row.get("effective_date", "")
    if gold is None:
        return predicted == ""
    if gold == "immediate":
        return predicted == announcement or bool(
            _IMMEDIATE_RE.search(row.get("effective_text", ""))
        )
    return bool(predicted == gold)


def score_document(
    doc: str, gold: Mapping[str, Any], extraction: Extraction, report: Report
) -> DocResult:
    """Score one document into ``report`` and return its details."""
    result = DocResult(doc, bool(gold.get("negative")), str(gold.get("format") or ""))
    predicted = [
        {"person": r.person, "change_type": r.change_type, "role": r.role,
         "effective_date": r.effective_date, "effective_text": r.effective_text,
         "evidence": r.evidence, "rules": " ".join(r.rules)}
        for r in extraction.rows
        if direction(r.change_type)
    ]  # fmt: skip
    pool = list(predicted)
    for change in gold.get("changes", []):
        want = direction(change["change"])
        if want is None:
            continue  # ``continuing``/``none``: not an event (DATASET.md)
        hit = next(
            (
                p
                for p in pool
                if direction(p["change_type"]) == want
                and names_match(p["person"], change["person"])
            ),
            None,
        )
        if hit is None:
            result.missed.append(change)
            continue
        pool.remove(hit)
        result.matched.append((change, hit))
        report.type_ok += _same_type(change["change"], hit["change_type"])
        ann = str(gold.get("announcement_date") or "")
        report.date_ok += _same_date(change.get("effective_date"), hit, ann)
        report.role_ok += role_family(
            str(change.get("role") or "director")
        ) == role_family(hit["role"] or "director")
    result.false = pool
    report.tp += len(result.matched)
    report.fn += len(result.missed)
    report.fp += len(result.false)
    filing = extraction.filing
    for name in FIELDS:
        want_value = _norm_field(name, gold.get(name))
        got = _norm_field(name, getattr(filing, name))
        if want_value == got:
            report.field_ok[name] += 1
        else:
            result.field_errors[name] = (str(gold.get(name)), getattr(filing, name))
    if result.negative:
        report.negatives += 1
        report.negatives_with_events += bool(predicted)
    report.docs.append(result)
    return result


def score(items: Iterable[tuple[str, Mapping[str, Any], Extraction]]) -> Report:
    """Score ``(doc name, gold dict, extraction)`` triples."""
    report = Report()
    for doc, gold, extraction in items:
        score_document(doc, gold, extraction, report)
    return report


def by_format(report: Report) -> list[str]:
    """One line per source format (from the gold ``format``): events and fields."""
    groups: dict[str, list[DocResult]] = {}
    for doc in report.docs:
        groups.setdefault(doc.format or "unknown", []).append(doc)
    if len(groups) < 2:
        return []
    lines = []
    for name, docs in sorted(groups.items()):
        tp = sum(len(d.matched) for d in docs)
        fn = sum(len(d.missed) for d in docs)
        fp = sum(len(d.false) for d in docs)
        errors = sum(len(d.field_errors) for d in docs)
        checked = len(docs) * len(FIELDS)
        lines.append(
            f"  {name}: {len(docs)} docs, events matched {tp} of {tp + fn} "
            f"(false {fp}), filing fields right {checked - errors} of {checked}"
        )
    return ["by format:", *lines]


def format_report(report: Report, verbose: bool = False) -> Sequence[str]:
    """The figures as lines of text."""
    lines = [
        f"documents: {len(report.docs)}  (negative: {report.negatives})",
        f"events: gold {report.tp + report.fn}, "
        f"predicted {report.tp + report.fp}, matched {report.tp}",
        f"event precision {report.precision:.3f}  "
        f"recall {report.recall:.3f}  F1 {report.f1:.3f}",
        f"among matched events: change type {report.accuracy('type'):.3f}  "
        f"effective date {report.accuracy('date'):.3f}  "
        f"role family {report.accuracy('role'):.3f}",
    ]
    lines += [f"{name}: {report.accuracy(name):.3f}" for name in FIELDS]
    lines.append(
        "negative documents with any event: "
        f"{report.negatives_with_events} of {report.negatives}"
    )
    lines += by_format(report)
    if verbose:
        for doc in report.docs:
            tag = " (negative)" if doc.negative else ""
            lines.append(
                f"-- {doc.doc}{tag}: {len(doc.matched)} matched, "
                f"{len(doc.missed)} missed, {len(doc.false)} false"
            )
            for change in doc.missed:
                role = change.get("role")
                lines.append(
                    f"   missed: {change['person']} {change['change']} ({role})"
                )
            for row in doc.false:
                lines.append(
                    f"   false:  {row['person']} {row['change_type']} ({row['role']})"
                    f" <- {row['evidence'][:160]}"
                )
            for gold_change, row in doc.matched:
                got_date = row["effective_date"] or "-"
                want_date = gold_change.get("effective_date") or "-"
                lines.append(
                    f"   match:  {row['person']} "
                    f"{row['change_type']}/{gold_change['change']} "
                    f"date {got_date}/{want_date} "
                    f"role {row['role']}/{gold_change.get('role')}"
                )
            for name, (want, got) in doc.field_errors.items():
                lines.append(f"   {name}: gold {want!r} got {got!r}")
    return lines


def report_json(report: Report) -> dict[str, Any]:
    """The figures under DATASET.md's names (``reviewer evaluate --json``)."""
    return {
        "documents": len(report.docs),
        "event": {
            "precision": round(report.precision, 4),
            "recall": round(report.recall, 4),
            "f1": round(report.f1, 4),
            "gold": report.tp + report.fn,
            "predicted": report.tp + report.fp,
            "matched": report.tp,
        },
        "change_type_acc": round(report.accuracy("type"), 4),
        "effective_date_acc": round(report.accuracy("date"), 4),
        "role_family_acc": round(report.accuracy("role"), 4),
        "doc_fields": {name: round(report.accuracy(name), 4) for name in FIELDS},
        "negative_docs_with_false_events": (
            f"{report.negatives_with_events}/{report.negatives}"
        ),
    }
