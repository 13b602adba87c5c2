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
