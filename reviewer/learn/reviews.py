"""Training on the analyst's own reviewed dataset rows (issue #13).

A dataset's rows with ``review_status = reviewed`` are read back as gold
readings: each reviewed document (``doc_id``) gives the changes a person
confirmed (person, change type, role, effective date); a reviewed document
whose only row has ``change_type = none`` is a negative. Its source file is
found through ``source_file`` (relative to the dataset's folder, or absolute)
and checked against ``source_sha256``; a file missing, moved or changed since
the review is named and left out, the rest trains.

Candidates of a document depend on its bytes only, so :class:`CandidateCache`
keeps them by sha256 between trainings in memory (the learning-curve
benchmark), and :class:`reviewer.learn.cache.DiskCandidateCache` on disk (by
default: ``reviewer train`` and the window's Retrain).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewer.core.document import Document
from reviewer.core.evaluate import direction, names_match
from reviewer.core.extraction.decision import FeatureSink, Model, shipped_model
from reviewer.core.extraction.engine import run
from reviewer.core.schema import ChangeType, ReviewStatus
from reviewer.learn import (
    Labelled,
    Reading,
    Sample,
    _shown,
    corpus_hash,
    fit,
    label,
    load_corpus,
    training_hash,
)

BUILT_IN = "built-in"
"""``prior`` of :func:`train_on_reviews`: the shipped model."""

Progress = Callable[[int, int, str], None]
"""``(done, total, what)``: called as documents are read and labelled."""


class NoReviewsError(ValueError):
    """The datasets hold no reviewed document that can be trained on."""


@dataclass
class ReviewedDoc:
    """One reviewed document of a dataset, its source located or not."""

    doc_id: str
    source_file: str
    source_sha256: str
    changes: list[dict[str, Any]]
    path: Path


@dataclass
class ReviewedData:
    """What the datasets gave: documents to train on, and what was left out."""

    docs: list[Reading] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    sets: list[dict[str, Any]] = field(default_factory=list)
    reviewed: int = 0


def reviewed_rows(dataset: Path) -> list[ReviewedDoc]:
    """The reviewed documents of one dataset, in the file's order.

    Raises:
        reviewer.io.errors.DatasetError: the dataset cannot be read.
    """
    from reviewer.io.dataset import read_dataset

    frame = read_dataset(dataset, restore_formulas=True)
    docs: dict[str, ReviewedDoc] = {}
    if "review_status" not in frame.columns:
        return []
    reviewed = frame[frame["review_status"] == ReviewStatus.REVIEWED]
    for row in reviewed.to_dict("records"):
        doc_id = str(row.get("doc_id", ""))
        if not doc_id:
            continue
        doc = docs.get(doc_id)
        if doc is None:
            source = str(row.get("source_file", ""))
            path = Path(source)
            if source and not path.is_absolute():
                path = dataset.parent / path
            doc = ReviewedDoc(
                doc_id, source, str(row.get("source_sha256", "")).lower(), [], path
            )
            docs[doc_id] = doc
        change = str(row.get("change_type", ""))
        person = str(row.get("person", ""))
        if change and change != ChangeType.NONE and person:
            doc.changes.append(
                {
                    "person": person,
                    "change": change,
                    "role": str(row.get("role", "")) or None,
                    "effective_date": str(row.get("effective_date", "")) or None,
                }
            )
    return list(docs.values())


class CandidateCache:
    """Documents' training candidates, by the sha256 of their bytes."""

    def __init__(self) -> None:
        self._docs: dict[str, list[Sample]] = {}

    def get(self, sha256: str) -> list[Sample] | None:
        """The candidates of these bytes, if already read."""
        return self._docs.get(sha256)

    def put(self, sha256: str, samples: list[Sample]) -> None:
        """Keep the candidates of these bytes."""
        self._docs[sha256] = samples

    def prune(self) -> None:
        """Bound what is kept (nothing to do in memory)."""


def samples_of(document: Document) -> list[Sample]:
    """The document's candidates as training reads them."""
    found = FeatureSink()
    run(document, rules_only=True, sink=found)
    return [Sample(c.features, c.event.person.name, c.event.direction) for c in found]


def _read(path: str) -> tuple[list[Sample], str]:
    """Load a source file and find its candidates (in a worker process).

    Returns the candidates, or an empty list and why the file does not load.
    """
    from reviewer.io.errors import LoadError
    from reviewer.io.loaders import load_document

    try:
        document = load_document(Path(path))
    except LoadError as exc:
        return [], str(exc)
    return samples_of(document), ""


PARALLEL_FROM = 100
"""Documents to read from which worker processes share the work."""
MAX_WORKERS = 4


def workers_for(count: int) -> int:
    """How many processes read ``count`` documents.

    One (this process) below :data:`PARALLEL_FROM`, on a platform without
    ``fork``, or when other threads run here (the window trains on a thread,
    and forking a threaded process is unsafe); else one per CPU (at most
    :data:`MAX_WORKERS`). Forked workers inherit the loaded extractor and
    re-import nothing (spawned ones would re-run the caller's main module).
    """
    import multiprocessing
    import threading

    if (
        count < PARALLEL_FROM
        or "fork" not in multiprocessing.get_all_start_methods()
        or threading.active_count() > 1
    ):
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_WORKERS))


def _read_all(
    paths: Sequence[Path], workers: int, done: Callable[[int], None]
) -> Iterator[tuple[list[Sample], str]]:
    """:func:`_read` for each path, in order; ``done(i)`` as each finishes.

    With ``workers`` > 1 the files are read by that many forked processes
    (see :func:`workers_for`); else here.
    """
    if workers <= 1:
        for index, path in enumerate(paths):
            result = _read(str(path))
            done(index)
            yield result
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        try:
            chunk = max(1, min(16, len(paths) // (workers * 4)))
            results = pool.map(_read, [str(p) for p in paths], chunksize=chunk)
            for index, result in enumerate(results):
                done(index)
                yield result
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _label(
    candidates: Sequence[Sample], changes: Sequence[dict[str, Any]]
) -> list[int]:
    wanted = [(direction(str(c["change"])), str(c["person"])) for c in changes]
    return [
        int(
            any(
                want == c.direction and names_match(c.person, person)
                for want, person in wanted
            )
        )
        for c in candidates
    ]


def load_reviews(
    datasets: Sequence[Path],
    cache: CandidateCache | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> tuple[ReviewedData, list[Labelled]]:
    """Every reviewed document of ``datasets`` that can be found, labelled.

    A source file that is missing, changed since the review (its sha256 differs
    from ``source_sha256``) or that fails to load is named in ``problems``.
    ``workers``: processes that load files and find candidates (default:
    :func:`workers_for` the number of files to read). ``cache``: candidates
    already found (default: :class:`reviewer.learn.cache.DiskCandidateCache`,
    the user's cache folder, so a retraining reads only the new files).

    Raises:
        reviewer.io.errors.DatasetError: a dataset cannot be read.
    """
    if cache is None:
        from reviewer.learn.cache import DiskCandidateCache

        cache = DiskCandidateCache()
    data = ReviewedData()
    per_set = [(dataset, reviewed_rows(dataset)) for dataset in datasets]
    total = sum(len(rows) for _, rows in per_set)
    count = 0

    def step(what: str) -> None:
        nonlocal count
        count += 1
        if progress is not None:
            progress(count, total, what)

    # first the checks that need no loading; each document's outcome, in order
    outcome: list[tuple[int, ReviewedDoc, str, list[Sample] | None, str]] = []
    pending: list[int] = []
    for number, (_, rows) in enumerate(per_set):
        for doc in rows:
            sha, problem = _check(doc)
            samples = cache.get(sha) if sha else None
            if problem or samples is not None:
                step(doc.source_file)
            else:
                pending.append(len(outcome))
            outcome.append((number, doc, sha, samples, problem))
    paths = [outcome[i][1].path for i in pending]
    use = workers if workers is not None else workers_for(len(paths))

    def done(index: int) -> None:
        step(outcome[pending[index]][1].source_file)

    for at, (samples, problem) in zip(
        pending, _read_all(paths, use, done), strict=True
    ):
        number, doc, sha, _, _ = outcome[at]
        if problem:
            outcome[at] = (number, doc, sha, None, f"{doc.source_file}: {problem}")
        else:
            cache.put(sha, samples)
            outcome[at] = (number, doc, sha, samples, "")
    examples: list[Labelled] = []
    for number, (dataset, _) in enumerate(per_set):
        digest = hashlib.sha256()
        used = 0
        for owner, doc, sha, samples, problem in outcome:
            if owner != number:
                continue
            data.reviewed += 1
            if problem or samples is None:
                data.problems.append(problem)
                continue
            reading = Reading(
                doc.doc_id, {"changes": doc.changes, "negative": not doc.changes}
            )
            data.docs.append(reading)
            examples.append(Labelled(reading, samples, _label(samples, doc.changes)))
            used += 1
            digest.update(doc.doc_id.encode() + b"\0" + sha.encode() + b"\0")
            for change in sorted(doc.changes, key=lambda c: (c["person"], c["change"])):
                digest.update(
                    "\0".join(
                        str(change.get(k) or "")
                        for k in ("person", "change", "role", "effective_date")
                    ).encode()
                    + b"\n"
                )
        data.sets.append(
            {
                "dataset": _shown(dataset),
                "sha256": digest.hexdigest(),
                "documents": used,
            }
        )
    cache.prune()
    return data, examples


def _check(doc: ReviewedDoc) -> tuple[str, str]:
    """The source file's sha256, or why it cannot be trained on."""
    if not doc.source_file:
        return "", f"{doc.doc_id}: the row names no source file"
    try:
        raw = doc.path.read_bytes()
    except FileNotFoundError:
        return "", f"{doc.source_file}: not found (missing or moved) at {doc.path}"
    except OSError as exc:
        return "", f"{doc.source_file}: cannot be read ({exc.strerror or exc})"
    sha = hashlib.sha256(raw).hexdigest()
    if doc.source_sha256 and sha != doc.source_sha256:
        return sha, (
            f"{doc.source_file}: changed since it was reviewed "
            "(its sha256 differs from source_sha256)"
        )
    return sha, ""


def train_on_reviews(
    datasets: Sequence[Path],
    gold_dirs: Sequence[Path] = (),
    *,
    cache: CandidateCache | None = None,
    progress: Progress | None = None,
    gold_examples: Sequence[Labelled] | None = None,
    review_weight: float = 1.0,
    prior: Model | None | str = BUILT_IN,
    workers: int | None = None,
) -> tuple[Model, ReviewedData]:
    """Train a decision model on the datasets' reviewed documents (and gold).

    The model records what it was trained on: the datasets and gold folders.

    ``gold_examples``: already labelled gold documents (instead of reading
    ``gold_dirs`` again; their hashes are still recorded). ``review_weight``:
    how much a reviewed document counts against a gold one (recorded when not 1).
    ``prior``: without gold, the reviews adapt this model (the built-in one by
    default; None: from scratch): its weights are where the regularisation
    pulls, instead of zero, so a few reviews move it a little and many move it
    further, and what it learnt elsewhere is kept. With gold the model is
    refitted on reviews and gold together, and ``prior`` is not used.
    ``workers``: as for :func:`load_reviews`.

    Raises:
        NoReviewsError: no reviewed document could be used.
        reviewer.io.errors.DatasetError: a dataset cannot be read.
        ValueError: the data has no positive or no negative candidate.
    """
    data, examples = load_reviews(datasets, cache, progress, workers)
    if not examples:
        names = ", ".join(str(d) for d in datasets)
        if data.reviewed:
            raise NoReviewsError(
                f"none of the {data.reviewed} reviewed documents in {names} could "
                "be read (see above)"
            )
        raise NoReviewsError(
            f"{names} has no reviewed rows (review_status = reviewed): review some "
            "filings first"
        )
    if gold_examples is None:
        gold_examples = [label(doc) for d in gold_dirs for doc in load_corpus(d)]
    digest = hashlib.sha256()
    for item in data.sets:
        digest.update(str(item["sha256"]).encode())
    if gold_dirs:
        digest.update(training_hash(gold_dirs).encode())
    meta = {
        "trained_on": "reviewed datasets" + (" and gold" if gold_dirs else ""),
        "training_data_sha256": digest.hexdigest(),
        "training_sets": [
            *data.sets,
            *({"gold": _shown(d), "sha256": corpus_hash(d)} for d in gold_dirs),
        ],
        "reviewed_documents": len(examples),
        "documents": len(examples) + len(gold_examples),
    }
    weights = None
    if review_weight != 1.0:
        meta["review_weight"] = review_weight
        weights = [review_weight] * len(examples) + [1.0] * len(gold_examples)
    start = _prior(prior) if not gold_examples else None
    if start is not None:
        meta["prior"] = {
            "model": prior if isinstance(prior, str) else "given",
            "extractor_version": start.meta.get("extractor_version"),
            "training_data_sha256": start.meta.get("training_data_sha256"),
        }
    model = fit(
        [*examples, *gold_examples],
        meta=meta,
        doc_weights=weights,
        prior=start,
        lexical=True,  # the words an analyst's reviews teach (lexical.py)
    )
    return model, data


def _prior(prior: Model | None | str) -> Model | None:
    """The model the reviews adapt: the built-in one, a given one, or none."""
    if isinstance(prior, str):
        if prior != BUILT_IN:
            raise ValueError(f"unknown prior {prior!r}")
        return shipped_model()
    return prior
