"""Dump everything an extraction decides to one JSON file, to compare two versions.

Run from the repository root::

    python scripts/dump_extraction.py OUT.json [PATH ...]

For every file (default: data/corpus/raw, data/nonannouncements,
tests/data/*/raw, tests/data/meetings, tests/data/edgar-submission.txt) it
writes the filing fields, rows (with their rule ids) and entities of
``extract()`` with the shipped model and with ``rules_only=True``, and every
candidate of the decision layer with its features in order, score, rules, role
and dates. A refactoring that must not change behaviour gives the same file
before and after (``cmp``); docs/extraction-stages.md used it for #12.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _default_paths() -> list[Path]:
    skip = {".tsv", ".md"}
    paths = [*(ROOT / "data" / "corpus" / "raw").iterdir()]
    paths += [*(ROOT / "tests" / "data").glob("*/raw/*")]
    paths += [*(ROOT / "tests" / "data" / "meetings").iterdir()]
    paths += [*(ROOT / "data" / "nonannouncements").iterdir()]
    paths.append(ROOT / "tests" / "data" / "edgar-submission.txt")
    return sorted(p for p in paths if p.is_file() and p.suffix not in skip)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)
        }
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return repr(value)


def _candidate(candidate: Any) -> dict[str, Any]:
    event = candidate.event
    return {
        "source": candidate.source,
        "veto": candidate.veto,
        "mention": candidate.mention_start,
        "as_object": candidate.as_object,
        "score": candidate.score,
        "features": list(candidate.features.items()),  # in order: the sum's order
        "person": " ".join(event.person.full.tokens),
        "kind": event.kind,
        "role": event.role,
        "sentence": [event.sentence.start, event.sentence.end],
        "trigger": [event.trigger_start, event.trigger_end],
        "effective": [event.effective_date, event.effective_text],
        "rules": list(event.rules),
    }


def dump(path: Path) -> dict[str, Any]:
    """What the extractor decides for one file."""
    from reviewer.core.extraction import extract
    from reviewer.core.extraction.decision import shipped_model
    from reviewer.core.extraction.engine import run
    from reviewer.io.errors import LoadError
    from reviewer.io.loaders import load_document

    try:
        document = load_document(path)
    except LoadError as exc:
        return {"error": str(exc)}
    result: dict[str, Any] = {}
    for mode, rules_only in (("model", False), ("rules", True)):
        extraction = extract(document, rules_only=rules_only)
        result[mode] = {
            "filing": _plain(extraction.filing),
            "rows": [
                {**_plain(row), "rules": list(row.rules)} for row in extraction.rows
            ],
            "entities": _plain(extraction.entities),
        }
    sink: list[Any] = []
    run(document, shipped_model(), sink=sink)
    result["candidates"] = [_candidate(c) for c in sink]
    return result


def main(argv: list[str]) -> int:
    """Write the dump; print how many files it holds."""
    if not argv:
        print(__doc__)
        return 2
    out = Path(argv[0])
    paths = [Path(p) for p in argv[1:]] or _default_paths()
    dumped = {}
    for path in paths:
        key = (
            path.resolve().relative_to(ROOT)
            if path.resolve().is_relative_to(ROOT)
            else path
        )
        dumped[str(key)] = dump(path)
    out.write_text(json.dumps(dumped, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(dumped)} files -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
