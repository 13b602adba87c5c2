"""REVIEWER_SMOKE_EXIT_MS: the switch that lets packaged builds be smoke-tested."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reviewer.ui.smoke import ENV_VAR, smoke_exit_ms

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3000", 3000),
        (" 250 ", 250),
        ("0", 0),
        ("", None),
        ("soon", None),
        ("-5", None),
    ],
)
def test_the_delay_is_read_from_the_environment(
    value: str, expected: int | None
) -> None:
    assert smoke_exit_ms({ENV_VAR: value}) == expected


def test_no_variable_means_no_delay() -> None:
    assert smoke_exit_ms({}) is None


def _run_app(env_value: str | None, timeout: float) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "from reviewer.ui.smoke import install_smoke_exit\n"
        "app = QApplication(sys.argv[:1])\n"
        "window = QMainWindow(); window.show()\n"
        "print('delay', install_smoke_exit(app), flush=True)\n"
        "sys.exit(app.exec())\n"
    )
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if env_value is not None:
        env[ENV_VAR] = env_value
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_a_running_app_quits_cleanly_after_the_delay() -> None:
    started = time.monotonic()
    result = _run_app("300", timeout=60)
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert "delay 300" in result.stdout
    assert elapsed >= 0.3


def test_without_the_variable_the_app_keeps_running() -> None:
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    env["QT_QPA_PLATFORM"] = "offscreen"
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from reviewer.ui.smoke import install_smoke_exit\n"
        "app = QApplication(sys.argv[:1])\n"
        "print('delay', install_smoke_exit(app), flush=True)\n"
        "sys.exit(app.exec())\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "delay None"
            # Well past the 300 ms the other test quits after: still in its loop.
            with pytest.raises(subprocess.TimeoutExpired):
                proc.wait(timeout=1.5)
        finally:
            proc.kill()
