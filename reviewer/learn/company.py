"""Training and cross-validating the issuer ranker (``fields/issuer.py``).

``python scripts/issuer_ranker.py train [--gold DIR ...] [-o FILE]`` rebuilds
the shipped ``resources/models/company.json`` (default gold: data/corpus/gold);
``python scripts/issuer_ranker.py cv [--gold DIR ...] [--dates]`` prints
grouped 5-fold cross-validation by document and leave-one-batch-out figures,
per batch, beside the rules' first answer (``--dates``: the same for a ranker
over the announcement date's candidates, measured but not shipped). The fit
is :func:`reviewer.learn.solver.fit_logistic`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewer.core.evaluate import normalise_company
from reviewer.core.extraction.fields.dated import DateCandidate
from reviewer.core.extraction.fields.issuer import IssuerCandidate, Ranker
from reviewer.learn import (
    SEED,
    GoldDoc,
    corpus_hash,
    folds,
    load_corpus,
    training_hash,
)

C = 1.0  # inverse L2 strength
THRESHOLD = 0.0  # the best candidate is the company (3 of 198 gold readings have none)


@dataclass
class Doc:
    """One gold document's candidates and the gold company's comparison form."""

    name: str
    gold: str
    candidates: Sequence[IssuerCandidate | DateCandidate]

    @property
    def labels(self) -> list[int]:
        """1 for the candidate that is the gold company."""
        return [int(c.key == self.gold) for c in self.candidates]

    @property
    def batch(self) -> str:
        """``gw`` for ``gw-012``."""
        return self.name.split("-")[0]


def doc_of(item: GoldDoc) -> Doc:
    """One loaded gold document's candidates and gold company."""
    from reviewer.core.extraction.fields.resolve import issuer_candidates

    gold = normalise_company(item.gold.get("company") or "")
    return Doc(item.name, gold, issuer_candidates(item.document))


def date_doc_of(item: GoldDoc) -> Doc:
    """One loaded gold document's date candidates and gold announcement date."""
    from reviewer.core.extraction.fields.resolve import date_candidates

    gold = str(item.gold.get("announcement_date") or "")
    return Doc(item.name, gold, date_candidates(item.document))


def gather(gold_dirs: Sequence[Path], dates: bool = False) -> list[Doc]:
    """Every gold document's candidates (issuer, or with ``dates`` the date's)."""
    make = date_doc_of if dates else doc_of
    return [make(item) for d in gold_dirs for item in load_corpus(d)]


def fit(docs: Sequence[Doc], meta: dict[str, Any] | None = None) -> Ranker:
    """The logistic ranker over every candidate of ``docs``."""
    import numpy as np

    from reviewer.learn.solver import fit_logistic

    names = sorted({k for d in docs for c in d.candidates for k in c.features})
    column = {n: i for i, n in enumerate(names)}
    rows = [c for d in docs for c in d.candidates]
    labels = [y for d in docs for y in d.labels]
    matrix = np.zeros((len(rows), len(names)))
    for at, candidate in enumerate(rows):
        for key, value in candidate.features.items():
            matrix[at, column[key]] = value
    coefs, intercept = fit_logistic(matrix, labels, C)
    weights = {
        n: round(float(w), 6)
        for n, w in zip(names, coefs, strict=True)
        if round(float(w), 6)
    }
    info = {
        "kind": "issuer-ranker (logistic regression)",
        "C": C,
        "seed": SEED,
        "candidates": len(rows),
        "positives": sum(labels),
        **(meta or {}),
    }
    return Ranker(weights, round(float(intercept), 6), THRESHOLD, info)


def predicted(doc: Doc, ranker: Ranker) -> str:
    """The ranker's company for ``doc`` (comparison form; "" for none)."""
    best = ranker.choose(doc.candidates)
    return best.key if best else ""


def rules_answer(doc: Doc) -> str:
    """The first-answer-wins rules' company (comparison form)."""
    return next((c.key for c in doc.candidates if "first_wins" in c.features), "")


def cross_validate(docs: Sequence[Doc], k: int = 5) -> dict[str, str]:
    """Out-of-fold answers, grouped by document (``reviewer.learn.folds``)."""
    out: dict[str, str] = {}
    for held in folds([d.name for d in docs], k, SEED):
        ranker = fit([d for d in docs if d.name not in held])
        for doc in docs:
            if doc.name in held:
                out[doc.name] = predicted(doc, ranker)
    return out


def leave_batch_out(docs: Sequence[Doc]) -> dict[str, str]:
    """Each batch answered by a ranker trained on the other batches."""
    out: dict[str, str] = {}
    for batch in sorted({d.batch for d in docs}):
        ranker = fit([d for d in docs if d.batch != batch])
        for doc in docs:
            if doc.batch == batch:
                out[doc.name] = predicted(doc, ranker)
    return out


def per_batch(docs: Sequence[Doc], answers: dict[str, str]) -> dict[str, float]:
    """Accuracy per batch (seed counted with gh) and over all documents."""
    table: dict[str, list[int]] = {}
    for doc in docs:
        batch = "gh" if doc.batch == "seed" else doc.batch
        for key in (batch, "all"):
            table.setdefault(key, []).append(int(answers[doc.name] == doc.gold))
    return {k: round(sum(v) / len(v), 3) for k, v in table.items()}


def report(docs: Sequence[Doc]) -> dict[str, dict[str, float]]:
    """Rules, reachable, cross-validated and leave-one-batch-out accuracy."""
    rules = {d.name: rules_answer(d) for d in docs}
    reach = {
        d.name: d.gold
        if (not d.gold or d.gold in {c.key for c in d.candidates})
        else "?"
        for d in docs
    }
    return {
        "rules (first answer wins, in-sample)": per_batch(docs, rules),
        "reachable (gold among candidates)": per_batch(docs, reach),
        "ranker, 5-fold CV by document": per_batch(docs, cross_validate(docs)),
        "ranker, leave one batch out": per_batch(docs, leave_batch_out(docs)),
    }


def train(gold_dirs: Sequence[Path]) -> Ranker:
    """The ranker trained on every gold document, recording its data's hash."""
    docs = gather(gold_dirs)
    meta = {
        "training_data_sha256": training_hash(gold_dirs),
        "training_sets": [
            {"gold": Path(d).as_posix(), "sha256": corpus_hash(d)} for d in gold_dirs
        ],
        "documents": len(docs),
    }
    return fit(docs, meta)


def write(ranker: Ranker, path: Path) -> None:
    """Write the ranker as stable, diffable JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(ranker.to_json(), indent=1) + "\n", encoding="utf-8")
