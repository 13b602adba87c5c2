"""docs/architecture.md shows the layers the code has today."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_the_architecture_diagram_is_current() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/architecture.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
