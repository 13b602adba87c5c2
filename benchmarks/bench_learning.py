"""The learning curve of #13, and the time to train on 1,000 reviewed documents.

``python -m benchmarks.bench_learning [--orders 5] [--quick] [--plot PNG]
[--table MD] [--speed-only]``

**Learning curve.** The real corpus (data/corpus: all 162 gold readings) is
replayed as an analyst would: the documents arrive in a fixed shuffled order
(one seed per order); after k of them are "reviewed" (their gold readings
written as reviewed dataset rows by :mod:`reviewer.learn.replay`), models are
trained with ``reviewer train``'s code and the documents not yet seen are
scored (event F1):

- **base**: the built-in recipe without the replayed documents, i.e. trained
  on the rest of the shipped model's data (the four fictional gold sets of
  tests/data): what an analyst has before reviewing anything. This is the fair
  "built-in" baseline: the shipped model was trained on the whole corpus, so
  on these documents it would be scored in-sample (leakage);
- **adapted**: the reviews adapting the base model (it is their prior), as
  ``reviewer train DATASET`` and the window's Retrain adapt the built-in one;
- **refit**: reviews and the base model's data refitted together, as
  ``reviewer train DATASET --gold ...`` with the bundled gold;
- **shipped**: the shipped model (in-sample, shown for reference only);
- **rules**: the rule path alone.

**Speed.** 1,000 distinct reviewed documents (the corpus's text and HTML files,
each copy made distinct by a line of its own) are written as a reviewed dataset
and trained on from cold (reading the dataset, loading every file, candidates,
the fit): the figure must stay <= 10 s. Then trained again as a retraining
would, its candidates read from the disk cache (:mod:`reviewer.learn.cache`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks import Row, print_rows

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
FICTIONAL = [
    ROOT / "tests" / "data" / s / "gold"
    for s in ("heldout", "final", "blind", "unseen")
]
KS = (10, 20, 40, 60, 80, 99, 120, 160)
SEEDS = (1, 2, 3, 4, 5, 6, 7, 8)
SPEED_DOCS = 1000


def corpus_names(gold_dir: Path) -> list[str]:
    """Every gold document of the corpus, sorted."""
    return sorted(p.stem for p in gold_dir.glob("*.json"))


def _f1(items: Sequence[tuple[str, dict[str, Any], Any]]) -> float:
    from reviewer.core.evaluate import score

    return score(items).f1


def learning_curve(
    corpus: Path = CORPUS,
    orders: int = 5,
    ks: Sequence[int] = KS,
    review_weight: float = 1.0,
) -> dict[str, Any]:
    """Event F1 on the unseen documents after k reviews, per order and k."""
    from reviewer.core.extraction import extract
    from reviewer.core.extraction.decision import shipped_model
    from reviewer.learn import fit, label, load_corpus
    from reviewer.learn.replay import corpus_pairs, write_reviewed
    from reviewer.learn.reviews import CandidateCache, train_on_reviews

    learned = ("adapted", "refit")

    gold_dir = corpus / "gold"
    names = corpus_names(gold_dir)
    docs = {d.name: d for d in load_corpus(gold_dir) if d.name in set(names)}
    names = [n for n in names if n in docs]
    fictional = [label(doc) for d in FICTIONAL for doc in load_corpus(d)]
    base = fit(fictional)
    shipped = shipped_model()
    fixed: dict[str, dict[str, Any]] = {"base": {}, "shipped": {}, "rules": {}}
    for name in names:
        document = docs[name].document
        fixed["base"][name] = extract(document, base)
        fixed["shipped"][name] = extract(document, shipped)
        fixed["rules"][name] = extract(document, rules_only=True)
    cache = CandidateCache()
    runs = []
    for seed in SEEDS[:orders]:
        order = list(names)
        random.Random(seed).shuffle(order)
        curve = []
        with tempfile.TemporaryDirectory() as tmp:
            dataset = Path(tmp) / "reviewed.csv"
            done = 0
            for k in ks:
                if k >= len(order):
                    break
                write_reviewed(dataset, corpus_pairs(gold_dir, order[done:k]))
                done = k
                started = time.perf_counter()
                models = {
                    "adapted": train_on_reviews(
                        [dataset], cache=cache, review_weight=review_weight, prior=base
                    )[0],
                    "refit": train_on_reviews(
                        [dataset],
                        FICTIONAL,
                        cache=cache,
                        gold_examples=fictional,
                        review_weight=review_weight,
                    )[0],
                }
                seconds = time.perf_counter() - started
                unseen = order[k:]
                point = {"k": k, "unseen": len(unseen), "train_s": round(seconds, 2)}
                for what in learned:
                    point[what] = _f1(
                        [
                            (n, docs[n].gold, extract(docs[n].document, models[what]))
                            for n in unseen
                        ]
                    )
                for what, extractions in fixed.items():
                    point[what] = _f1(
                        [(n, docs[n].gold, extractions[n]) for n in unseen]
                    )
                curve.append(point)
                print(
                    f"order {seed} k={k:3d} unseen={len(unseen):3d} "
                    f"adapted {point['adapted']:.3f} refit {point['refit']:.3f} "
                    f"base {point['base']:.3f} "
                    f"shipped(in-sample) {point['shipped']:.3f} "
                    f"rules {point['rules']:.3f} (trained in {seconds:.1f} s)",
                    flush=True,
                )
        runs.append({"seed": seed, "curve": curve})
    return {
        "documents": len(names),
        "fictional_documents": len(fictional),
        "review_weight": review_weight,
        "runs": runs,
    }


def summary(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Mean, min and max over orders per k, for each model and the gain."""
    by_k: dict[int, list[dict[str, Any]]] = {}
    for run in result["runs"]:
        for point in run["curve"]:
            by_k.setdefault(point["k"], []).append(point)
    rows = []
    for k, points in sorted(by_k.items()):
        row: dict[str, Any] = {
            "k": k,
            "unseen": points[0]["unseen"],
            "orders": len(points),
        }
        for what in ("adapted", "refit", "base", "shipped", "rules"):
            values = [p[what] for p in points]
            row[what] = (statistics.mean(values), min(values), max(values))
        for what in ("adapted", "refit"):
            gains = [p[what] - p["base"] for p in points]
            row[f"gain_{what}"] = (statistics.mean(gains), min(gains), max(gains))
        rows.append(row)
    return rows


def table(rows: Sequence[dict[str, Any]]) -> str:
    """A Markdown table: mean [min, max] over orders."""

    def cell(triple: tuple[float, float, float], sign: bool = False) -> str:
        mean, low, high = triple
        fmt = "{:+.3f}" if sign else "{:.3f}"
        return f"{fmt.format(mean)} [{fmt.format(low)}, {fmt.format(high)}]"

    lines = [
        "| k reviewed | unseen docs | base (built-in recipe without the corpus) | "
        "adapted (reviews, base as prior) | gain | refit (reviews + base data) | "
        "gain | shipped (in-sample) | rules only |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row['k']} | {row['unseen']} | {cell(row['base'])} | "
            f"{cell(row['adapted'])} | {cell(row['gain_adapted'], True)} | "
            f"{cell(row['refit'])} | {cell(row['gain_refit'], True)} | "
            f"{cell(row['shipped'])} | {cell(row['rules'])} |"
        )
    return "\n".join(lines)


def plot(rows: Sequence[dict[str, Any]], result: dict[str, Any], path: Path) -> None:
    """The curve as a PNG (matplotlib, the ``bench`` extra): event F1 on the
    unseen documents (mean over orders), and the gain over the base model for
    each order (the unseen documents differ between orders, so the gain on the
    same documents is what shows the spread)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ks = [row["k"] for row in rows]
    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(7, 6.4), dpi=110, sharex=True, height_ratios=(3, 2)
    )
    styles = {
        "adapted": ("adapted: k reviews, base model as prior", "tab:blue", "-"),
        "refit": ("refit: k reviews + base data", "tab:purple", "-"),
        "base": ("base: built-in recipe without the corpus", "tab:orange", "--"),
        "shipped": ("shipped model (in-sample, reference)", "tab:gray", ":"),
        "rules": ("rules only", "tab:green", "-."),
    }
    for what, (text, colour, style) in styles.items():
        means = [row[what][0] for row in rows]
        top.plot(ks, means, style, color=colour, label=text, marker="o", markersize=3)
    half = result["documents"] / 2
    for axis in (top, bottom):
        axis.axvline(half, color="black", linewidth=0.6)
        axis.grid(alpha=0.3)
    top.set_ylabel("event F1 on unseen docs (mean)")
    weight = result.get("review_weight", 1.0)
    top.set_title(
        f"Learning curve: {result['documents']} real documents, "
        f"{len(result['runs'])} orders"
        + (f", reviews weighted x{weight:g}" if weight != 1.0 else "")
    )
    top.legend(fontsize=7, loc="lower right")
    for run in result["runs"]:
        curve = run["curve"]
        bottom.plot(
            [p["k"] for p in curve],
            [p["adapted"] - p["base"] for p in curve],
            color="tab:blue", alpha=0.35, linewidth=0.8,
        )  # fmt: skip
    bottom.plot(
        ks, [row["gain_adapted"][0] for row in rows], color="tab:blue", linewidth=2,
        marker="o", markersize=3, label="adapted - base, mean (thin: each order)",
    )  # fmt: skip
    bottom.plot(
        ks, [row["gain_refit"][0] for row in rows], color="tab:purple",
        linewidth=1.2, marker="o", markersize=2, label="refit - base, mean",
    )  # fmt: skip
    bottom.axhline(0.03, color="tab:red", linestyle="--", linewidth=0.8, label="goal")
    bottom.axhline(0.0, color="black", linewidth=0.5)
    bottom.set_ylabel("gain over base (F1)")
    bottom.set_xlabel("documents reviewed (k); scored on the documents not yet seen")
    bottom.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)


def training_speed(
    corpus: Path = CORPUS, count: int = SPEED_DOCS, workers: int | None = None
) -> Row:
    """Seconds to train from cold on ``count`` distinct reviewed documents.

    ``workers``: processes reading the files (default: as ``reviewer train``).
    """
    import resource

    from reviewer.learn.cache import DiskCandidateCache
    from reviewer.learn.replay import reviewed_records
    from reviewer.learn.reviews import CandidateCache, train_on_reviews, workers_for

    gold_dir = corpus / "gold"
    sources = [
        (p, gold_dir / f"{p.stem}.json")
        for p in sorted((corpus / "raw").iterdir())
        if p.suffix in (".txt", ".html")
        and (gold_dir / f"{p.stem}.json").is_file()
        and not p.stem.startswith("gv-")
    ]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        dataset = folder / "reviewed.csv"
        records = []
        for i in range(count):
            raw, gold_path = sources[i % len(sources)]
            copy = folder / "docs" / f"{i:04d}-{raw.name}"
            copy.parent.mkdir(exist_ok=True)
            copy.write_bytes(raw.read_bytes() + f"\n\nReference {i}.\n".encode())
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            records.extend(reviewed_records(copy, gold, dataset))
        from reviewer.io.dataset import save_records

        save_records(dataset, records)
        used = workers if workers is not None else workers_for(count)

        def children() -> float:
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            return usage.ru_utime + usage.ru_stime

        started = time.perf_counter()
        cpu = time.process_time() + children()
        model, data = train_on_reviews(
            [dataset], cache=CandidateCache(), workers=workers
        )  # from cold: no candidate kept from an earlier training
        seconds = time.perf_counter() - started
        cpu_s = time.process_time() + children() - cpu
        # again with the disk cache: filled once, then a retraining reads it
        disk = DiskCandidateCache(folder / "cache")
        train_on_reviews([dataset], cache=disk, workers=workers)
        started = time.perf_counter()
        cpu = time.process_time() + children()
        warm = DiskCandidateCache(folder / "cache")  # as a new process would
        rerun, _ = train_on_reviews([dataset], cache=warm, workers=workers)
        warm_s = time.perf_counter() - started
        warm_cpu = time.process_time() + children() - cpu
        if rerun.to_json() != model.to_json() or warm.hits != count:
            raise RuntimeError("the disk cache changed the model or missed files")
    if data.reviewed != count or data.problems:
        raise RuntimeError(f"not every document trained: {data.problems[:3]}")
    print(
        f"trained on {count} reviewed documents ({model.meta['candidates']} "
        f"candidates) in {seconds:.2f} s wall, {cpu_s:.2f} s CPU "
        f"({used} process{'es' if used > 1 else ''}) "
        f"(sha {hashlib.sha256(json.dumps(model.to_json()).encode()).hexdigest()[:6]})"
        "; "
        f"retrained with the disk cache in {warm_s:.2f} s wall, {warm_cpu:.2f} s CPU"
    )
    return (f"train {count} reviewed documents s", seconds, 10.0, seconds / 10.0)


def run(corpus: Path = CORPUS) -> list[Row]:
    """The speed figure (the runner's entry point; the curve is ``main``)."""
    if not (corpus / "gold").is_dir():
        return []
    return [training_speed(corpus)]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orders", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="2 orders, fewer k")
    parser.add_argument("--speed-only", action="store_true")
    parser.add_argument(
        "--workers", type=int, help="with --speed-only: processes reading the files"
    )
    parser.add_argument("--plot", type=Path, default=ROOT / "docs" / "learning.png")
    parser.add_argument("--json", type=Path, help="write every point as JSON")
    parser.add_argument(
        "--review-weight", type=float, default=1.0,
        help="weight of a reviewed document against a base one (default 1)",
    )  # fmt: skip
    parser.add_argument(
        "--from-json", type=Path, help="plot and tabulate a saved --json run"
    )
    args = parser.parse_args(argv)
    if args.from_json:
        result = json.loads(args.from_json.read_text(encoding="utf-8"))
        rows = summary(result)
        print(table(rows))
        plot(rows, result, args.plot)
        return
    if args.speed_only:
        print_rows([training_speed(CORPUS, workers=args.workers)])
        return
    print_rows(run())
    orders, ks = (2, (10, 40, 99)) if args.quick else (args.orders, KS)
    result = learning_curve(CORPUS, orders, ks, args.review_weight)
    rows = summary(result)
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    plot(rows, result, args.plot)
    print(f"plot written to {args.plot}")


if __name__ == "__main__":
    main()
