"""Person or not, on real filings that are not board announcements.

Run from the repository root::

    python -m benchmarks.bench_persons

Runs the extractor over data/nonannouncements (10-K, 10-Q, 20-F, prospectuses,
proxies, 8-Ks on other items...) and prints:

* the event rows that name something not reviewed as a person (goal: 0), out of
  all event rows written on those filings;
* the time to extract one filing, against the time to load it;
* the cost of one ``person_likelihood`` call, in microseconds.

``run()`` returns the figures as rows (figure, value, baseline, ratio).
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

from benchmarks import Row, print_rows

ROOT = Path(__file__).resolve().parent.parent
FILINGS = ROOT / "data" / "nonannouncements"


def _people() -> dict[str, set[str]]:
    lines = (FILINGS / "people.tsv").read_text(encoding="utf-8").splitlines()
    people: dict[str, set[str]] = {}
    for row in csv.DictReader((ln for ln in lines if ln[:1] != "#"), delimiter="\t"):
        people.setdefault(row["file"], set()).add(row["person"])
    return people


def bench_filings() -> list[Row]:
    """Non-person event rows, and extraction time per filing against loading."""
    from reviewer.core.evaluate import direction
    from reviewer.core.extraction import extract
    from reviewer.io.errors import LoadError
    from reviewer.io.loaders import load_document

    manifest = (FILINGS / "manifest.tsv").read_text(encoding="utf-8").splitlines()
    files = [row["file"] for row in csv.DictReader(manifest, delimiter="\t")]
    people = _people()
    rows = offenders = loaded = 0
    load_s = extract_s = 0.0
    for name in files:
        start = time.perf_counter()
        try:
            document = load_document(FILINGS / name)
        except LoadError:
            continue
        middle = time.perf_counter()
        extraction = extract(document)
        extract_s += time.perf_counter() - middle
        load_s += middle - start
        loaded += 1
        for row in extraction.rows:
            if direction(row.change_type):
                rows += 1
                offenders += row.person not in people.get(name, set())
    per_extract = extract_s / max(loaded, 1)
    per_load = load_s / max(loaded, 1)
    return [
        ("persons: non-person event rows", offenders, rows, offenders / max(rows, 1)),
        (
            "persons: extract time per filing (vs load)",
            per_extract,
            per_load,
            per_extract / per_load if per_load else 0.0,
        ),
    ]


def bench_likelihood(repeat: int = 2000) -> list[Row]:
    """Microseconds per ``person_likelihood`` call, against a bare regex match."""
    import re

    from reviewer.core.extraction.persons import NameContext, person_likelihood

    sentence = "Mr. Zou Tao, aged 54, has tendered his resignation as a director."
    context = NameContext.around(sentence, 0, 11)
    names = ["Mr. Zou Tao", "Expense Disaggregation Disclosures", "Lisa M. Mooney"]
    person_likelihood(names[0], context)  # read the lists once
    start = time.perf_counter()
    for _ in range(repeat):
        for name in names:
            person_likelihood(name, context)
    score_us = (time.perf_counter() - start) / (repeat * len(names)) * 1e6
    pattern = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z.]+)+")
    start = time.perf_counter()
    for _ in range(repeat):
        for name in names:
            pattern.match(name)
    regex_us = (time.perf_counter() - start) / (repeat * len(names)) * 1e6
    return [("persons: likelihood us/name", score_us, regex_us, score_us / regex_us)]


def run() -> list[Row]:
    """Every figure of this benchmark as (figure, value, baseline, ratio) rows."""
    return bench_filings() + bench_likelihood()


def main() -> None:
    """Print the figures."""
    print_rows(run())


if __name__ == "__main__":
    main()
