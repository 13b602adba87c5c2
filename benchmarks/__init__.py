"""Benchmarks: `python -m benchmarks` runs all; `python -m benchmarks.NAME` one."""

from __future__ import annotations

from collections.abc import Iterable

Row = tuple[str, float, float, float]
"""(figure name, value, baseline measured in the same run, ratio value / baseline)."""


def print_rows(rows: Iterable[Row]) -> None:
    """Print one benchmark's rows as an aligned table (the runner prints them all)."""
    rows = list(rows)
    width = max((len(name) for name, *_ in rows), default=6)
    print(f"{'figure':<{width}}  {'value':>10}  {'baseline':>10}  {'ratio':>7}")
    for name, value, baseline, ratio in rows:
        print(f"{name:<{width}}  {value:10.3f}  {baseline:10.3f}  {ratio:7.3f}")
