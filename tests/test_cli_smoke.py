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
