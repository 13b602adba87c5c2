"""Train or cross-validate the issuer ranker (reviewer.learn.company).

    python scripts/issuer_ranker.py train [--gold DIR ...] [-o FILE]
    python scripts/issuer_ranker.py cv [--gold DIR ...] [--dates]

``train`` rebuilds the shipped ``resources/models/company.json`` from the gold
folders (default: data/corpus/gold; run from the checkout's root, the file
records the folders relative to it). ``cv`` prints, per batch, the rules' first
answer, how often the gold value is among the candidates, grouped 5-fold
cross-validation by document and leave-one-batch-out; ``--dates`` does the same
for the announcement date's candidates (measured, no ranker shipped).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reviewer.core.extraction.fields.issuer import ranker_path
from reviewer.learn.company import gather, report, train, write

DEFAULT_GOLD = Path("data/corpus/gold")


def main(argv: list[str] | None = None) -> int:
    """``train`` or ``cv`` (see the module's docstring)."""
    parser = argparse.ArgumentParser(prog="scripts/issuer_ranker.py")
    parser.add_argument("action", choices=("train", "cv"))
    parser.add_argument("--gold", type=Path, action="append", default=[])
    parser.add_argument("-o", "--output", type=Path)
    parser.add_argument(
        "--dates", action="store_true", help="cv: the announcement date's candidates"
    )
    args = parser.parse_args(argv)
    golds: list[Path] = args.gold or [DEFAULT_GOLD]
    if args.action == "cv":
        print(json.dumps(report(gather(golds, dates=args.dates)), indent=1))
        return 0
    ranker = train(golds)
    output: Path = args.output or ranker_path()
    write(ranker, output)
    print(
        f"trained the issuer ranker on {ranker.meta['documents']} documents, "
        f"{ranker.meta['candidates']} candidates; wrote {output}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
