"""``reviewer evaluate --gold DIR [PATH...]``: score extraction against gold.

``--cv K`` cross-validates the decision layer by document: K groups (fixed
seed), each scored by a model trained on the others (needs the ``train`` extra).
``--json`` prints DATASET.md's figures as JSON, ``-o FILE`` writes the rows (out
of fold with ``--cv``) as a dataset CSV, ``--explain`` names the rules that fired
and the model's score for every miss and every false event, ``--why`` gives
candidate recall (gold events with a candidate at all) and splits the misses
into "no candidate" and "rejected".
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reviewer.core.candidate_recall import CandidateRecall
    from reviewer.core.document import Document
    from reviewer.core.evaluate import Report
    from reviewer.core.extraction.decision import Model
    from reviewer.core.records import Extraction


def register(sub: Any) -> None:
    """Add the ``evaluate`` subcommand to the parser's subparsers."""
    parser = sub.add_parser(
        "evaluate", help="score extraction against gold JSON readings"
    )
    parser.add_argument(
        "--gold", type=Path, required=True, help="folder of gold JSON files"
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help="documents or folders (default: the raw/ folder beside the gold folder)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="per-document detail"
    )
    parser.add_argument(
        "--cv",
        type=int,
        metavar="K",
        help="K-fold cross-validation of the decision layer, grouped by document",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        help="write the extracted rows (out of fold with --cv) as a dataset CSV",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="for each miss and false event, the rules that fired and the score",
    )
    parser.add_argument(
        "--also-train",
        type=Path,
        action="append",
        default=[],
        metavar="GOLD_DIR",
        help="with --cv: gold folders added to every training fold, never scored",
    )
    parser.add_argument(
        "--why",
        action="store_true",
        help="candidate recall: each miss without a candidate, or with one dropped",
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--rules-only",
        action="store_true",
        help="the hand-ordered rules alone, without the decision layer",
    )
    which.add_argument(
        "--model", type=Path, help="a decision model JSON instead of the shipped one"
    )
    parser.set_defaults(func=run)


class _Failure(Exception):
    """A message for stderr and an exit code."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def _load_model(path: Path) -> Model:
    from reviewer.core.modelfile import ModelFileError, load_model_file

    try:
        return load_model_file(path).model
    except ModelFileError as exc:
        raise _Failure(str(exc)) from exc


def run(args: argparse.Namespace) -> int:
    """Load, extract and score every document that has a gold reading."""
    try:
        return _run(args)
    except _Failure as failure:
        print(f"reviewer: {failure}", file=sys.stderr)
        return failure.code


Item = tuple[str, dict[str, Any], "Extraction", "Document", "Model | None"]


def _run(args: argparse.Namespace) -> int:
    from reviewer.core.evaluate import format_report, report_json, score

    gold_dir: Path = args.gold
    if not gold_dir.is_dir():
        raise _Failure(f"the gold folder {gold_dir} does not exist")
    if args.cv is not None and (args.rules_only or args.model):
        raise _Failure("--cv trains its own models: drop --rules-only/--model")
    model = _load_model(args.model) if args.model else None
    started = time.perf_counter()
    if args.cv is not None:
        items, failed = _cross_validated(args, gold_dir)
    else:
        items, failed = _extracted(args, gold_dir, model)
    if not items:
        raise _Failure("no document with a gold reading was found")
    report = score((name, gold, extraction) for name, gold, extraction, _, _ in items)
    if args.output:
        _write_rows(args.output, items)
    if args.json:
        figures = report_json(report)
        figures["cv_folds"] = args.cv
        figures["decision"] = (
            "cross-validated" if args.cv else "rules only" if args.rules_only else
            str(args.model or "shipped model")
        )  # fmt: skip
        if args.why:
            figures["candidates"] = _why(report, items, args.rules_only).as_json()
        lines = [json.dumps(figures, indent=1)]
    else:
        lines = list(format_report(report, verbose=args.verbose))
        if args.cv:
            lines.insert(0, f"{args.cv}-fold cross-validation, grouped by document")
        lines.append(
            f"time: {time.perf_counter() - started:.2f} s"
            + (f"; {failed} file(s) failed to load" if failed else "")
        )
    if args.why and not args.json:
        from reviewer.core.candidate_recall import format_recall

        recall = _why(report, items, args.rules_only)
        lines += format_recall(recall, scored=not args.rules_only)
    if args.explain:
        lines += _explain(report, items, args.rules_only)
    try:
        for line in lines:
            print(line)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1 if failed else 0


def _extracted(
    args: argparse.Namespace, gold_dir: Path, model: Model | None
) -> tuple[list[Item], int]:
    from reviewer.core.extraction import extract
    from reviewer.core.extraction.decision import shipped_model
    from reviewer.io.errors import LoadError
    from reviewer.io.loaders import load_document

    gold = {p.stem: p for p in gold_dir.glob("*.json")}
    paths = args.paths or [gold_dir.parent / "raw"]
    used = None if args.rules_only else (model or shipped_model())
    items: list[Item] = []
    failed = 0
    from reviewer.io.formats import files_in

    for path in files_in(paths, recursive=False):
        gold_path = gold.get(path.stem)
        if gold_path is None:
            if args.verbose:
                print(f"skipped (no gold reading): {path}")
            continue
        try:
            document = load_document(path)
            extraction = extract(document, model, args.rules_only)
        except LoadError as exc:
            print(f"reviewer: {exc}", file=sys.stderr)
            failed += 1
            continue
        try:
            reading = json.loads(gold_path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise _Failure(f"{gold_path} is not valid JSON ({exc})") from exc
        items.append((path.stem, reading, extraction, document, used))
    return items, failed


def _cross_validated(
    args: argparse.Namespace, gold_dir: Path
) -> tuple[list[Item], int]:
    from reviewer.learn import cross_validate, load_corpus

    folders = [p for p in args.paths if p.is_dir()]
    if len(folders) != len(args.paths) or len(folders) > 1:
        raise _Failure("--cv reads one folder of documents (default: raw/)")
    failed = 0

    def report_failure(path: Path, exc: Exception) -> None:
        nonlocal failed
        failed += 1
        print(f"reviewer: {exc}", file=sys.stderr)

    try:
        docs = load_corpus(gold_dir, folders[0] if folders else None, report_failure)
    except (OSError, ValueError) as exc:
        raise _Failure(f"cannot read the corpus: {exc}") from exc
    extra = []
    for gold in args.also_train:
        if not gold.is_dir():
            raise _Failure(f"the gold folder {gold} does not exist")
        extra += load_corpus(gold, None, report_failure)
    try:
        folded = cross_validate(docs, args.cv, also_train=extra)
    except ValueError as exc:
        raise _Failure(str(exc)) from exc
    by_name = {doc.name: doc.document for doc in docs}
    items: list[Item] = [
        (name, gold, extraction, by_name[name], model)
        for name, gold, extraction, model in folded
    ]
    return items, failed


def _write_rows(path: Path, items: list[Item]) -> None:
    from reviewer.core.provenance import build_records
    from reviewer.core.records import ReviewState
    from reviewer.io.dataset import DatasetError, save_records, source_file_for

    records = []
    for _, _, extraction, document, _ in items:
        state = ReviewState.from_extraction(extraction)
        source = source_file_for(document.source_path, path)
        records += build_records(document, extraction, state, source)
    try:
        save_records(path, records)
    except DatasetError as exc:
        raise _Failure(str(exc)) from exc


def _why(report: Report, items: list[Item], rules_only: bool) -> CandidateRecall:
    """Every document's candidates (each from its own fold's model) against gold."""
    from reviewer.core.candidate_recall import candidate_recall
    from reviewer.core.extraction.candidates import Candidate
    from reviewer.core.extraction.engine import run as run_engine

    results = {doc.doc: doc for doc in report.docs}
    scored = []
    for name, gold, _, document, model in items:
        found: list[Candidate] = []
        run_engine(document, model, rules_only, sink=found)
        if model is not None:
            for candidate in found:
                candidate.score = model.probability(candidate.features)
        scored.append((name, gold, results[name], found))
    return candidate_recall(scored)


def _explain(report: Report, items: list[Item], rules_only: bool) -> list[str]:
    """Each miss with the candidates for that person; each false event's rules."""
    from reviewer.core.evaluate import direction, names_match
    from reviewer.core.extraction.candidates import Candidate
    from reviewer.core.extraction.engine import run as run_engine

    by_name = {name: (document, model) for name, _, _, document, model in items}
    lines = ["explain (rules that fired; the model's score p):"]
    for doc in report.docs:
        if not doc.missed and not doc.false:
            continue
        lines.append(f"-- {doc.doc}")
        document, model = by_name[doc.doc]
        found: list[Candidate] = []
        if doc.missed:
            run_engine(document, model, rules_only, sink=found)
            if model is not None:
                for candidate in found:
                    candidate.score = model.probability(candidate.features)
        for change in doc.missed:
            want = direction(str(change.get("change")))
            lines.append(f"   missed: {change['person']} {change['change']}")
            near = [
                c
                for c in found
                if c.event.direction == want
                and names_match(c.event.person.name, str(change["person"]))
            ]
            if not near:
                lines.append("      no candidate (name or change word not found)")
            for candidate in sorted(near, key=lambda c: -c.score)[:3]:
                score = "" if model is None else f" p={candidate.score:.2f}"
                lines.append(
                    f"      {candidate.source}{score} {candidate.event.kind}: "
                    + " ".join(candidate.event.rules)
                )
        for row in doc.false:
            lines.append(
                f"   false:  {row['person']} {row['change_type']} ({row['role']}): "
                f"{row.get('rules') or '-'}"
            )
    return lines
