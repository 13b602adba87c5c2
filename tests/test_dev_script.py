"""``./dev setup`` tells a newcomer what it installs (issue 18, item 16).

pip itself is replaced by a stand-in ``python`` in a throw-away environment
folder: a real install takes minutes and a package index; what is tested here is
what the script prints around it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

STAND_IN = """#!/bin/sh
# A stand-in for the environment's python: pip prints as it does.
echo "$@" >> "$(dirname "$0")/calls.log"
case "$*" in
  *"-e .[test,dev,team]"*)
    echo "Obtaining file:///checkout"
    echo "Collecting pandas>=2.2 (from board-change-reviewer==1.0)"
    echo "  Using cached pandas-2.2.3.whl (13.1 MB)"
    echo "Collecting pyside6-essentials>=6.7"
    echo "Successfully installed board-change-reviewer-1.0 pandas-2.2.3"
    ;;
esac
"""


@pytest.mark.skipif(shutil.which("bash") is None, reason="./dev is a bash script")
def test_setup_says_what_it_installs(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    python = venv / "bin" / "python"
    python.write_text(STAND_IN, encoding="utf-8")
    python.chmod(0o755)
    env = dict(os.environ, REVIEWER_VENV=str(venv))
    done = subprocess.run(
        ["bash", str(ROOT / "dev"), "setup"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    said = done.stderr
    assert "dev: installing board-change-reviewer (editable)" in said
    assert "PySide6, pandas" in said
    assert "  Collecting pandas>=2.2" in said
    assert "  Successfully installed board-change-reviewer-1.0" in said
    assert "Using cached" not in said  # pip's chatter is left out
    assert (venv / ".installed").is_file()
    calls = (venv / "bin" / "calls.log").read_text(encoding="utf-8")
    assert "-e .[test,dev,team]" in calls
    again = subprocess.run(
        ["bash", str(ROOT / "dev"), "setup"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert again.returncode == 0
    assert "installing" not in again.stderr  # nothing to do the second time
