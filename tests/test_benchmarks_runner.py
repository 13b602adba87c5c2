"""The one-table benchmark runner: specs, skipping without a corpus, rendering."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.__main__ import _cells, collect, render, replace_table, spec_for


def test_corpus_benchmarks_say_skipped_without_the_corpus(tmp_path: Path) -> None:
    table = collect(tmp_path / "no-corpus", quick=True, only={"bench_loading"})
    assert table == [["bench_loading", "skipped (no corpus)", "", "", "", "", "", ""]]


def test_cells_scale_units_and_judge_the_goal() -> None:
    met = _cells(("open seed-21vianet.txt: roster + highlights", 0.034, 0.008, 4.25))
    assert met[1:3] == ["34.0", "ms"]
    assert met[-1] == "yes"
    missed = _cells(("cold start to shown window (median of 7)", 0.32, 0.16, 2.0))
    assert missed[-2:] == ["ratio <= 1.5", "NO"]
    assert spec_for("gh-007.pdf (31 p): whole document shown").unit == "ms"


def test_render_aligns_every_row_under_the_header() -> None:
    table = [_cells(("peak RSS MB, gh-007.pdf open in the window", 130.0, 63.0, 2.06))]
    text = render(table).splitlines()
    assert text[0].startswith("figure")
    assert "130" in text[2]
    assert "< 300 MB" in text[2]
    assert render(table, markdown=True).startswith("| figure | value |")


def test_every_measured_row_says_when_and_where() -> None:
    import datetime
    import platform

    from benchmarks.__main__ import measured_stamp

    stamp = measured_stamp()
    today = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    assert stamp.startswith(today)
    assert " UTC, " in stamp
    assert platform.node() in stamp
    assert "cores" in stamp
    row = [*_cells(("cold start to first paint", 0.3, 0.2, 1.5)), stamp]
    markdown = render([row], markdown=True).splitlines()
    assert markdown[0].endswith("| measured |")
    assert markdown[2].endswith(f"| {stamp} |")


def test_the_table_is_replaced_between_its_markers_only() -> None:
    document = "# Perf\n\n<!-- bench:start -->\nold table\n<!-- bench:end -->\n\nWhy.\n"
    updated = replace_table(document, "| new |")
    assert updated == (
        "# Perf\n\n<!-- bench:start -->\n| new |\n<!-- bench:end -->\n\nWhy.\n"
    )
    assert replace_table(updated, "| new |") == updated
    with pytest.raises(ValueError, match="markers"):
        replace_table("no markers here", "| new |")


def test_the_scaling_benchmark_prints_its_goals(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from benchmarks.bench_cluster import print_goals

    rows = [
        ("extract docs/s, --jobs 1 (2000 x 5 KB, ...)", 300.0, 300.0, 1.0),
        ("extract docs/s, --jobs 2 (2000 x 5 KB, ...)", 510.0, 300.0, 1.7),
        ("extract docs/s, 2-worker cluster (2000 x 5 KB, ...)", 450.0, 300.0, 1.5),
        ("Dask scheduling overhead: CPU ms per doc ...", 0.1, 2.7, 0.037),
        ("Dask overhead with its clocks' ticking ...", 0.3, 2.7, 0.11),
        ("load average (1 min) after vs before, 2 cores", 0.2, 0.1, 2.0),
    ]
    print_goals(rows)
    goals = capsys.readouterr().out.split("goal", 1)[1].splitlines()
    assert any("--jobs 2 >= 1.6x" in line and line.endswith("yes") for line in goals)
    assert any("2-worker cluster" in line and line.endswith("NO") for line in goals)
    assert any("< 5 %" in line and "3.7 %" in line and "yes" in line for line in goals)
