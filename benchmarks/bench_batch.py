"""Batch extraction speed: ``reviewer extract`` over 1,000 filings, 1 job vs all cores.

Run from the repository root::

    python -m benchmarks.bench_batch [--count N]

Writes ``N`` (default 1,000) varied synthetic announcements of about 5 KB as
text files in a temporary folder, then runs ``reviewer extract`` in this process
over the folder three ways, each into a fresh dataset:

* ``--jobs 1 --timeout 0 --max-memory 0``: the in-process fast path (no
  budgets, no worker process);
* ``--jobs 1`` with the default budgets: one worker process;
* ``--jobs 0``: one worker per core, default budgets.

Prints documents per second for each and the speed-up over the in-process run
(the baseline). ``run()`` returns the rows (figure, value, baseline, ratio).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import tempfile
import time
from pathlib import Path

from benchmarks import Row, print_rows
from reviewer.cli import main as cli_main
from reviewer.io.batch import available_cores

COUNT = 1000
CITIES = ["NEW YORK", "BOSTON", "SHANGHAI", "LONDON", "AUSTIN", "TORONTO", "DENVER"]
COMPANIES = [
    ("Acme Widgets Inc.", "NYSE", "ACW"),
    ("Globex Corporation", "Nasdaq", "GBX"),
    ("Initech Holdings, Ltd.", "Nasdaq", "INTC"),
    ("Umbrella Biotech plc", "NYSE", "UMB"),
    ("Stark Systems Corp.", "NYSE American", "STK"),
]
FIRST = ["Jane", "John", "Wei", "Maria", "Ahmed", "Olga", "Kenji", "Laura", "Tom"]
LAST = ["Roe", "Public", "Chen", "Garcia", "Khan", "Ivanova", "Sato", "Smith"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
CHANGES = [
    "{person} has resigned from the Board of Directors, effective {date}, for "
    "personal reasons. {title} {last}'s resignation did not result from any "
    "disagreement with the Company on any matter relating to its operations, "
    "policies or practices.",
    "the Board of Directors has appointed {person} as an independent director "
    "and a member of the Audit Committee, effective {date}.",
    "{person} will retire from the Board at the annual meeting on {date} and will "
    "not stand for re-election.",
    "shareholders elected {person} to the Board of Directors on {date}, "
    "increasing the size of the Board to {size} members.",
    "{person} was named Chairman of the Board, effective {date}, succeeding the "
    "Company's founder, who remains a director.",
]
FILLER = (
    "About {company}\n\n{company} serves customers in more than forty countries "
    "through its subsidiaries. This press release contains forward-looking "
    "statements within the meaning of the Private Securities Litigation Reform Act "
    "of 1995, which involve risks and uncertainties that could cause actual "
    "results to differ materially from those expressed or implied, including "
    "risks described in the Company's filings with the Securities and Exchange "
    "Commission. The Company undertakes no obligation to update them.\n\n"
)


def announcement(rng: random.Random, index: int, size: int = 5000) -> str:
    """One varied synthetic board-change announcement of about ``size`` chars."""
    company, exchange, ticker = rng.choice(COMPANIES)
    month, day, year = rng.choice(MONTHS), rng.randint(1, 28), rng.randint(2015, 2024)
    parts = [
        f"{rng.choice(CITIES)}, {month} {day}, {year} (NEWSWIRE) -- {company} "
        f"({exchange}: {ticker}) today announced that "
    ]
    for number in range(rng.randint(1, 3)):
        first, last = rng.choice(FIRST), f"{rng.choice(LAST)}{index}x{number}"
        title = rng.choice(["Mr.", "Ms.", "Dr."])
        sentence = rng.choice(CHANGES).format(
            person=f"{title} {first} {last}",
            title=title,
            last=last,
            date=f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}",
            size=rng.randint(5, 13),
        )
        parts.append(sentence + "\n\n" + ("Further, " if number < 2 else ""))
    parts.append(f"Filing number {index}.\n\n")
    text = "".join(parts)
    filler = FILLER.format(company=company)
    while len(text) < size:
        text += filler
    return text[:size].rsplit(" ", 1)[0] + ".\n"


def make_filings(folder: Path, count: int = COUNT) -> list[Path]:
    """Write ``count`` announcements as text files; return their paths."""
    rng = random.Random(8)
    paths = []
    for index in range(count):
        path = folder / f"filing-{index:05d}.txt"
        path.write_text(announcement(rng, index), encoding="utf-8")
        paths.append(path)
    return paths


def _extract(folder: Path, out: Path, *options: str) -> float:
    """Seconds for one ``reviewer extract`` run in this process."""
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    with contextlib.redirect_stderr(io.StringIO()):
        code = cli_main(["extract", str(folder), "-o", str(out), *options])
    seconds = time.perf_counter() - start
    if code != 0:
        raise RuntimeError(f"reviewer extract {' '.join(options)} exited {code}")
    return seconds


def run(count: int = COUNT) -> list[Row]:
    """Measure documents per second in each mode; rows against the in-process run."""
    cores = available_cores()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "filings"
        folder.mkdir()
        make_filings(folder, count)
        out = tmp / "dataset.csv"
        here = count / _extract(folder, out, "--jobs", "1", "--timeout", "0",
                                "--max-memory", "0")  # fmt: skip
        one = count / _extract(folder, out, "--jobs", "1")
        every = count / _extract(folder, out, "--jobs", "0")
    return [
        (f"extract docs/s, 1 job in process ({count} x 5 KB)", here, here, 1.0),
        (f"extract docs/s, 1 worker with budgets ({count})", one, here, one / here),
        (
            f"extract docs/s, --jobs 0 = {cores} workers ({count})",
            every,
            here,
            every / here,
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    """Print the figures as a table."""
    parser = argparse.ArgumentParser(description="Batch extraction benchmark")
    parser.add_argument("--count", type=int, default=COUNT)
    args = parser.parse_args(argv)
    print_rows(run(args.count))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
