"""Training and cross-validating the extractor's decision layer.

``reviewer train`` and ``reviewer evaluate --cv`` use this package. The fit
(:mod:`reviewer.learn.solver`) needs numpy only, imported inside :func:`fit`.
The model it writes is plain JSON read by :mod:`reviewer.core.extraction.decision`.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from reviewer.core.document import Document
from reviewer.core.evaluate import direction, names_match
from reviewer.core.extraction import EXTRACTOR_VERSION, extract
from reviewer.core.extraction.decision import FeatureSink, Model
from reviewer.core.extraction.engine import run
from reviewer.core.extraction.lexical import BUCKETS, LEXICAL_PREFIX, LEXICAL_VALUE
from reviewer.core.records import Extraction

SEED = 20261202
C = 0.5  # inverse L2 strength of the logistic regression
KEEP = 0.3  # probability from which a rule row is kept
ADD = 0.5  # probability from which another candidate is added
LEXICAL_MIN_DOCS = 2  # a lexical feature is learned once this many documents show it


@dataclass
class Reading:
    """One document's gold reading (or an analyst's reviewed one)."""

    name: str
    gold: dict[str, Any]


@dataclass
class GoldDoc(Reading):
    """One gold reading and its loaded document."""

    document: Document


class Featured(Protocol):
    """What training reads of a candidate: its features."""

    @property
    def features(self) -> Mapping[str, float]:
        """The candidate's features (name: value)."""


@dataclass(frozen=True)
class Sample:
    """A candidate as training needs it: features, person's name, direction.

    Plain data, cheap to send back from a worker process.
    """

    features: dict[str, float]
    person: str
    direction: str


@dataclass
class Labelled:
    """A document's candidates with their labels (1: a gold change)."""

    doc: Reading
    candidates: Sequence[Featured]
    labels: list[int]


def raw_dir_for(gold_dir: Path) -> Path:
    """The raw/ folder beside a gold folder."""
    return gold_dir.parent / "raw"


def load_corpus(
    gold_dir: Path,
    raw_dir: Path | None = None,
    on_error: Callable[[Path, Exception], None] | None = None,
) -> list[GoldDoc]:
    """Every gold reading with its raw document, in name order.

    A document that fails to load is reported to ``on_error`` and left out.
    """
    from reviewer.io.errors import LoadError
    from reviewer.io.loaders import load_document

    raw_dir = raw_dir or raw_dir_for(gold_dir)
    raws = {p.stem: p for p in raw_dir.iterdir() if p.is_file()}
    docs = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        raw = raws.get(gold_path.stem)
        if raw is None:
            continue
        try:
            document = load_document(raw)
        except LoadError as exc:
            if on_error is not None:
                on_error(raw, exc)
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        docs.append(GoldDoc(gold_path.stem, gold, document))
    return docs


def corpus_hash(gold_dir: Path, raw_dir: Path | None = None) -> str:
    """sha256 over the gold and raw files' names and bytes (the training data)."""
    raw_dir = raw_dir or raw_dir_for(gold_dir)
    digest = hashlib.sha256()
    for folder, pattern in ((gold_dir, "*.json"), (raw_dir, "*")):
        for path in sorted(p for p in folder.glob(pattern) if p.is_file()):
            digest.update(f"{folder.name}/{path.name}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def label(doc: GoldDoc) -> Labelled:
    """The document's candidates, each labelled by the gold changes."""
    found = FeatureSink()
    run(doc.document, rules_only=True, sink=found)
    changes = [
        (direction(str(c.get("change", ""))), str(c.get("person", "")))
        for c in doc.gold.get("changes", [])
    ]
    labels = [
        int(
            any(
                want == c.event.direction and names_match(c.event.person.name, person)
                for want, person in changes
            )
        )
        for c in found
    ]
    return Labelled(doc, found, labels)


def fit(
    examples: Sequence[Labelled],
    seed: int = SEED,
    meta: dict[str, Any] | None = None,
    doc_weights: Sequence[float] | None = None,
    prior: Model | None = None,
    lexical: bool = False,
) -> Model:
    """A logistic regression over the candidates' features (:mod:`.solver`).

    ``lexical``: learn the lexical features too (:mod:`..lexical`; the reviews'
    models); without it they are left out (the built-in model: the rule
    features only).

    ``doc_weights``: one per example (document), given to each of its candidates.
    ``prior``: a model whose weights the L2 penalty pulls towards instead of zero
    (its features absent from ``examples`` keep their weights).
    """
    from reviewer.learn.solver import fit_logistic, fit_logistic_split

    labels = [y for item in examples for y in item.labels]
    if len(set(labels)) < 2:
        raise ValueError("training needs both kept and dropped candidates")
    prior_names = set(prior.weights if prior is not None else ())
    names = sorted(
        {
            n
            for item in examples
            for c in item.candidates
            for n in c.features
            if not n.startswith(LEXICAL_PREFIX)
        }
        | {n for n in prior_names if not n.startswith(LEXICAL_PREFIX)}
    )
    words = sorted(
        _lexical_columns(examples)
        | {n for n in prior_names if n.startswith(LEXICAL_PREFIX)}
    )
    words = words if lexical else []
    sample_weight = None
    if doc_weights is not None:
        sample_weight = [
            w
            for item, w in zip(examples, doc_weights, strict=True)
            for _ in item.candidates
        ]
    centre = None
    if prior is not None:
        centre = [prior.weights.get(n, 0.0) for n in [*names, *words]]
    prior_intercept = 0.0 if prior is None else prior.intercept
    matrix, rows = _design(examples, names)
    if words:
        coefs, intercept = fit_logistic_split(
            matrix,
            _sparse_design(examples, words),
            labels,
            C,
            sample_weight,
            centre,
            prior_intercept,
        )
    else:
        coefs, intercept = fit_logistic(
            matrix, labels, C, sample_weight, centre, prior_intercept
        )
    names = [*names, *words]
    weights = {
        n: round(float(w), 6)
        for n, w in zip(names, coefs, strict=True)
        if round(float(w), 6)
    }
    info = {
        "kind": "logistic-regression",
        "extractor_version": EXTRACTOR_VERSION,
        "seed": seed,
        "C": C,
        "candidates": rows,
        "positives": sum(labels),
        **(meta or {}),
    }
    if lexical:
        info["lexical"] = {
            "buckets": BUCKETS,
            "value": LEXICAL_VALUE,
            "min_documents": LEXICAL_MIN_DOCS,
            "columns": len(words),
        }
    return Model(weights, round(intercept, 6), KEEP, ADD, info)


def _design(examples: Sequence[Labelled], names: Sequence[str]) -> tuple[Any, int]:
    """The candidates' features as a dense matrix (one column per name)."""
    import numpy as np

    column = {n: i for i, n in enumerate(names)}
    rows = sum(len(item.candidates) for item in examples)
    matrix = np.zeros((rows, len(names)))
    at = 0
    for item in examples:
        for candidate in item.candidates:
            for name, value in candidate.features.items():
                index = column.get(name)
                if index is not None:  # a lexical feature: _sparse_design
                    matrix[at, index] = value
            at += 1
    return matrix, rows


def _lexical_columns(examples: Sequence[Labelled]) -> set[str]:
    """The lexical features seen in at least ``LEXICAL_MIN_DOCS`` documents.

    A hashed word seen in one training document only would fit that document
    and nothing else (and weigh down the model file).
    """
    seen: dict[str, int] = {}
    for item in examples:
        for name in {
            n
            for c in item.candidates
            for n in c.features
            if n.startswith(LEXICAL_PREFIX)
        }:
            seen[name] = seen.get(name, 0) + 1
    return {n for n, count in seen.items() if count >= LEXICAL_MIN_DOCS}


def _sparse_design(
    examples: Sequence[Labelled], names: Sequence[str]
) -> tuple[list[int], list[int], list[float], int]:
    """The lexical columns' non-zero entries: (rows, columns, values, columns)."""
    column = {n: i for i, n in enumerate(names)}
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    at = 0
    for item in examples:
        for candidate in item.candidates:
            for name, value in candidate.features.items():
                index = column.get(name)
                if index is not None:
                    rows.append(at)
                    cols.append(index)
                    values.append(value)
            at += 1
    return rows, cols, values, len(names)


def training_hash(gold_dirs: Sequence[Path]) -> str:
    """One sha256 over every training folder's :func:`corpus_hash`, in order."""
    digest = hashlib.sha256()
    for gold_dir in gold_dirs:
        digest.update(corpus_hash(gold_dir).encode())
    return digest.hexdigest()


def train(gold_dirs: Sequence[Path], seed: int = SEED) -> Model:
    """Train the model on every gold document of ``gold_dirs``.

    Each gold folder has its raw/ folder beside it; the model records the
    data's hash.
    """
    docs = [doc for gold_dir in gold_dirs for doc in load_corpus(gold_dir)]
    examples = [label(doc) for doc in docs]
    meta = {
        "training_data_sha256": training_hash(gold_dirs),
        "training_sets": [
            {"gold": _shown(d), "sha256": corpus_hash(d)} for d in gold_dirs
        ],
        "documents": len(docs),
    }
    return fit(examples, seed, meta)


def _shown(path: Path) -> str:
    """A folder as the model records it: relative to the working folder if below."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.name


def write_model(model: Model, path: Path) -> None:
    """Write the model as stable, diffable JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(model.to_json(), indent=1, sort_keys=False) + "\n"
    path.write_text(text, encoding="utf-8")


def folds(names: Sequence[str], k: int, seed: int = SEED) -> list[set[str]]:
    """Split the documents into ``k`` groups, shuffled with a fixed seed."""
    order = sorted(names)
    random.Random(seed).shuffle(order)
    return [set(order[i::k]) for i in range(k)]


def cross_validate(
    docs: Sequence[GoldDoc],
    k: int = 5,
    seed: int = SEED,
    also_train: Sequence[GoldDoc] = (),
) -> list[tuple[str, dict[str, Any], Extraction, Model]]:
    """Out-of-fold extractions of ``docs``.

    Each document is extracted by a model trained on the other folds (and on
    ``also_train``, never scored). Returns (name, gold, extraction, fold model).
    """
    if k < 2 or k > len(docs):
        raise ValueError(f"--cv needs between 2 and {len(docs)} folds, not {k}")
    from reviewer.core.extraction.fields.issuer import using_ranker
    from reviewer.learn import company

    examples = {doc.name: label(doc) for doc in docs}
    extra = [label(doc) for doc in also_train]
    issuers = {doc.name: company.doc_of(doc) for doc in docs}
    out: list[tuple[str, dict[str, Any], Extraction, Model]] = []
    for held in folds([d.name for d in docs], k, seed):
        model = fit([e for n, e in examples.items() if n not in held] + extra, seed)
        # the issuer ranker too is trained on the other folds (the corpus only,
        # as the shipped one)
        ranker = company.fit([d for n, d in issuers.items() if n not in held])
        for doc in docs:
            if doc.name in held:
                with using_ranker(ranker):
                    extraction = extract(doc.document, model)
                out.append((doc.name, doc.gold, extraction, model))
    out.sort(key=lambda item: item[0])
    return out
