"""The command line's own contract: version and the extract round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer import __version__
from reviewer.cli import main
from reviewer.core.schema import COLUMN_NAMES


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_extract_writes_the_dataset_header(samples_dir: Path, tmp_path: Path) -> None:
    import pandas as pd

    out = tmp_path / "out.csv"
    assert (
        main(["extract", str(samples_dir / "seed-21vianet.txt"), "-o", str(out)]) == 0
    )
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert tuple(frame.columns) == COLUMN_NAMES
    assert len(frame) >= 1


@pytest.mark.parametrize("name", ["seed-21vianet.txt", "seed-21vianet.pdf"])
def test_extract_reads_the_founding_row_from_text_and_pdf(
    samples_dir: Path, tmp_path: Path, name: str
) -> None:
    import pandas as pd

    out = tmp_path / "out.csv"
    assert main(["extract", str(samples_dir / name), "-o", str(out)]) == 0
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    zou = frame[frame["person"] == "Tao Zou"]
    assert len(zou) == 1
    row = zou.iloc[0]
    assert row["change_type"] == "resigned"
    assert row["role"] == "director"
    assert row["effective_date"] == "2020-12-14"
    assert row["reason"] == "personal reasons"
    assert row["disagreement"] == "no"
    assert row["nominated_by"] == "King Venture Holdings Limited"
    assert row["company"] == "21Vianet Group, Inc."
    assert row["ticker"] == "VNET"
    assert row["exchange"] == "Nasdaq"
    assert row["announcement_date"] == "2020-12-14"
    assert row["dateline_city"] == "BEIJING"
    assert row["board_size_after"] == "7"
    assert row["independent_directors_after"] == "5"
    assert row["review_status"] == "extracted"
    # The PDF's evidence points at its page; a text file has none.
    assert row["page"] == ("1" if name.endswith(".pdf") else "")
    assert "Tao Zou" in row["evidence"]


@pytest.mark.parametrize(
    ("argv", "meant"),
    [(["extrct", "x.txt"], "extract"), (["workspce", "--help"], "workspace")],
)
def test_a_mistyped_command_says_so_and_exits_2(
    tmp_path: Path, argv: list[str], meant: str
) -> None:
    """A real process: no window opens, nothing waits, status 2 (issue 18, 15)."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "reviewer", *argv],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    said = f"'{argv[0]}' is neither a command nor a file; did you mean '{meant}'?"
    assert done.stderr.strip() == f"reviewer: {said}"


def test_an_existing_file_named_like_a_command_is_still_a_file(tmp_path: Path) -> None:
    from reviewer.cli import mistyped_command

    (tmp_path / "extrct").write_text("a filing", encoding="utf-8")
    assert mistyped_command(str(tmp_path / "extrct")) is None
    assert mistyped_command("extrct") == "extract"
    assert mistyped_command("filing-1.txt") is None
